#!/usr/bin/env bash
# README command 1: install what is missing, build the release app, serve it
# at http://127.0.0.1:8080 (PORT=... to change).
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
scripts/setup.sh
scripts/build.sh
exec node scripts/static-server.mjs dist "${PORT:-8080}"
