//! The dataset compiled into the app equals the JSON it came from, less the
//! fields that only audit the evidence.
#![cfg(not(target_arch = "wasm32"))]

use versus_core::{Dataset, BUILTIN_DATASET_JSON};

#[test]
fn the_compiled_dataset_is_the_json_dataset() {
    let parsed = Dataset::from_json(BUILTIN_DATASET_JSON).expect("valid JSON dataset");
    assert_eq!(versus::builtin_dataset(), parsed.for_reader());
}
