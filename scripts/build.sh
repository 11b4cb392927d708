#!/usr/bin/env bash
# The release build into dist/ (tools must be installed: scripts/setup.sh).
# Two builds of the one crate: the authoring page's WASM (`--features
# author`) first, then the reader's, whose post-build hook takes the first
# in as author.html and `author-<hash>` files. A reader never downloads it.
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
step "Building the authoring page's own WASM into target/author-build/"
VERSUS_AUTHOR_BUILD=1 trunk build --release --offline --features author --dist target/author-build
step "Building the reader's app into dist/ (with the author build taken in)"
trunk build --release --offline
