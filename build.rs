//! Checks `data/dataset.json` and embeds it in the app: an invalid dataset
//! fails the build with every problem listed. The app reads it with the
//! same reader as any author's dataset (one path for all data), from the
//! compact JSON written here without the fields that exist only to audit
//! the evidence (`Dataset::for_reader`).

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=data/dataset.json");
    let text = std::fs::read_to_string("data/dataset.json").expect("data/dataset.json is readable");
    let dataset = versus_core::Dataset::from_json(&text).unwrap_or_else(|problems| {
        let list: Vec<String> = problems
            .iter()
            .map(|p| format!("  - {}", p.located()))
            .collect();
        panic!("data/dataset.json is invalid:\n{}", list.join("\n"))
    });
    let reader = dataset.for_reader();
    let json = versus_core::dataset::to_json(&reader);
    assert_eq!(
        versus_core::Dataset::from_json(&json).as_ref(),
        Ok(&reader),
        "the embedded JSON reads back as the same dataset"
    );
    let code = format!(
        "/// `data/dataset.json` as the widget uses it, checked at build time.\n\
         pub const BUILTIN_DATASET: &str = {json:?};\n"
    );
    let out =
        PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("dataset.rs");
    std::fs::write(out, code).expect("OUT_DIR is writable");
}
