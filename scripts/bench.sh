#!/usr/bin/env bash
# The benchmark (not part of the tests): builds the release app and prints
# sizes, input-to-paint latency against the vanilla twin, Lighthouse, and the
# engine's recompute time natively and in WASM. BENCH_RUNS=5 for more runs.
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
scripts/setup.sh --browser
if ! (cd bench && npm ls --depth=0 >/dev/null 2>&1); then
  step "Installing Lighthouse for the benchmark (bench/package-lock.json)"
  (cd bench && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund)
fi
scripts/build.sh
step "Sizes, latency, Lighthouse"
node bench/run.mjs
step "5. Engine recompute time"
cargo run --quiet --release -p versus-core --example bench_engine
# (No --quiet: cargo would pass it on to wasm-bindgen-test-runner, which rejects it.)
cargo test --release -p versus --target wasm32-unknown-unknown --test engine_bench -- --include-ignored --nocapture 2>&1 | grep "wasm recompute"
