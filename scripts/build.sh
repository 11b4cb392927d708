#!/usr/bin/env bash
# The release build into dist/ (tools must be installed: scripts/setup.sh).
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
step "Building the release app into dist/"
trunk build --release --offline
