//! In-browser recompute time of the engine (WASM in headless Chromium).
//! Ignored by the tests; `scripts/bench.sh` runs it in release mode:
//!
//!     cargo test --release -p versus --target wasm32-unknown-unknown --test engine_bench -- --include-ignored
#![cfg(target_arch = "wasm32")]

use std::hint::black_box;

use versus_core::synthetic::synthetic;
use versus_core::{all_flip_points, evaluate};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

#[wasm_bindgen_test]
#[ignore]
fn recompute_time_in_the_browser() {
    for (criteria, technologies) in [(20, 2), (25, 2), (200, 8)] {
        let (matrix, weights) = synthetic(criteria, technologies, 42);
        let per_sample = 400;
        let mut samples: Vec<f64> = (0..25)
            .map(|_| {
                let start = now_ms();
                for _ in 0..per_sample {
                    black_box(evaluate(black_box(&matrix), black_box(&weights)));
                    black_box(all_flip_points(black_box(&matrix), black_box(&weights)));
                }
                (now_ms() - start) * 1000.0 / per_sample as f64
            })
            .collect();
        samples.sort_by(f64::total_cmp);
        console_log!(
            "wasm recompute {criteria:>3} criteria x {technologies} technologies: median {:.2} µs, p95 {:.2} µs",
            samples[samples.len() / 2],
            samples[samples.len() * 95 / 100]
        );
        assert!(samples[0] >= 0.0);
    }
}
