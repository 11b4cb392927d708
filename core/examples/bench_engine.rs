//! Native recompute time of the engine: one slider move's worth of work
//! (verdict with contributions and robustness, plus every flip point).
//!
//!     cargo run --release -p versus-core --example bench_engine

use std::hint::black_box;
use std::time::Instant;

use versus_core::synthetic::synthetic;
use versus_core::{all_flip_points, evaluate};

fn main() {
    for (criteria, technologies) in [(20, 2), (25, 2), (200, 8)] {
        let (matrix, weights) = synthetic(criteria, technologies, 42);
        let iterations = 20_000;
        let mut samples = Vec::with_capacity(50);
        for _ in 0..50 {
            let start = Instant::now();
            for _ in 0..iterations / 50 {
                black_box(evaluate(black_box(&matrix), black_box(&weights)));
                black_box(all_flip_points(black_box(&matrix), black_box(&weights)));
            }
            samples.push(start.elapsed().as_secs_f64() * 1e6 / (iterations / 50) as f64);
        }
        samples.sort_by(f64::total_cmp);
        println!(
            "native recompute {criteria:>3} criteria x {technologies} technologies: median {:.2} µs, p95 {:.2} µs",
            samples[samples.len() / 2],
            samples[samples.len() * 95 / 100]
        );
    }
}
