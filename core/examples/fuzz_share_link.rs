//! Fuzzes the share-link decoder with random and link-shaped input.
//! Not part of CI; run it when the codec changes:
//!
//!     cargo run --release -p versus-core --example fuzz_share_link -- 1000000
//!
//! It stops at the first input that panics or yields an out-of-range state.

use std::time::Instant;

use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::{Config, TestRunner};
use versus_core::{decode, Dataset, BUILTIN_DATASET_JSON, MAX_LEVEL};

fn main() {
    let cases: u64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let dataset = Dataset::from_json(BUILTIN_DATASET_JSON).expect("built-in dataset");
    let alphabet = "(v1|v2|&|=|%|%[0-9A-Fa-f]{0,2}|ai_ml|real_time|preset|sort|ml|impact|[0-9]{1,3}|-|\\.|\\PC)*";
    let strategies = [
        alphabet.to_string(),
        "\\PC{0,200}".to_string(),
        "[ -~]{0,64}".to_string(),
    ];
    let mut runner = TestRunner::new(Config::default());
    let started = Instant::now();
    for i in 0..cases {
        let pattern = &strategies[(i % strategies.len() as u64) as usize];
        let input = pattern
            .as_str()
            .new_tree(&mut runner)
            .expect("strategy")
            .current();
        let decoded = decode(&dataset, &input);
        assert!(
            decoded.state.levels.len() == dataset.criteria.len()
                && decoded.state.levels.iter().all(|&l| l <= MAX_LEVEL),
            "out-of-range state for input {input:?}"
        );
        if (i + 1) % 100_000 == 0 {
            eprintln!("{} inputs, no failure ({:.1?})", i + 1, started.elapsed());
        }
    }
    println!(
        "fuzz_share_link: {cases} inputs decoded without a panic in {:.1?}",
        started.elapsed()
    );
}
