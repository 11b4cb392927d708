#!/usr/bin/env bash
# README command 2: install what is missing, then run every test. Exits
# non-zero as soon as any level fails.
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
scripts/setup.sh --browser

step "1/3 Host: core (unit, dataset, property) and build tools"
cargo test -p versus-core -p versus-postbuild
# The dataset compiled into the app equals the JSON, and the app renders to
# static HTML as the build pre-renders it (host tests of the app crate).
cargo test -p versus --features ssr --test compiled_dataset --test prerender

step "2/3 Components: wasm-bindgen-test in headless Chromium"
cargo test -p versus --target wasm32-unknown-unknown

step "3/3 End to end: Playwright against the release build"
scripts/build.sh
node --test --test-concurrency=1 tests/e2e/*.test.mjs
