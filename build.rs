//! Compiles `data/dataset.json` into the app: it is parsed and validated
//! here, at build time, and written in `versus_core::compact` form, so the
//! WASM carries no JSON parser and no dataset that could fail to load. An
//! invalid dataset fails the build with every problem listed. Fields that
//! exist only to audit the evidence are left out (`Dataset::for_reader`).

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=data/dataset.json");
    let text = std::fs::read_to_string("data/dataset.json").expect("data/dataset.json is readable");
    let dataset = versus_core::Dataset::from_json(&text).unwrap_or_else(|errors| {
        let list: Vec<String> = errors.iter().map(|e| format!("  - {e}")).collect();
        panic!("data/dataset.json is invalid:\n{}", list.join("\n"))
    });
    // Only what the widget shows: the audit fields stay in the JSON.
    let dataset = dataset.for_reader();
    let compact = versus_core::compact::encode(&dataset)
        .expect("the dataset has no control characters and only whole tenths as scores");
    assert_eq!(
        versus_core::compact::decode(&compact).as_ref(),
        Some(&dataset),
        "compact form round-trips"
    );
    let code = format!(
        "const COMPACT_DATASET: &str = {compact:?};\n\
         /// The dataset from `data/dataset.json`, validated at build time.\n\
         pub fn builtin_dataset() -> versus_core::Dataset {{\n\
         \x20   versus_core::compact::decode(COMPACT_DATASET).expect(\"build.rs checked that this decodes\")\n\
         }}\n"
    );
    let out =
        PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("dataset.rs");
    std::fs::write(out, code).expect("OUT_DIR is writable");
}
