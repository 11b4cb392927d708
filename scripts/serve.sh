#!/usr/bin/env bash
# README command 1: install what is missing, build the release app, serve it
# at http://127.0.0.1:8080 (PORT=... to change).
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
scripts/setup.sh
scripts/build.sh
# Loopback datasets allowed here only, so an author can try a file served
# from their own machine; the deployed build refuses plain-http addresses.
exec node scripts/static-server.mjs dist "${PORT:-8080}" --loopback-data --compress
