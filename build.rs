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
            .map(|p| format!("  - {}", p.located_in_english()))
            .collect();
        panic!("data/dataset.json is invalid:\n{}", list.join("\n"))
    });
    // The reader's app carries the comparison without its evidence (the
    // quotes, read from `dataset.json` when a reader opens them; see
    // `core/src/format/dataset/evidence.rs`); pre-rendering carries it
    // whole, for the first paint.
    let whole = std::env::var_os("CARGO_FEATURE_SSR").is_some();
    let (core_json, core_file) = dataset.reader_core_file();
    let reader = if whole {
        dataset.for_reader()
    } else {
        dataset.for_reader().without_evidence()
    };
    let json = versus_core::dataset::to_json(&reader);
    assert!(whole || json == core_json, "the site's core file is what the app reads");
    assert_eq!(
        versus_core::Dataset::from_json(&json).as_ref(),
        Ok(&reader),
        "the embedded JSON reads back as the same dataset"
    );
    // Pre-rendering (on the host) carries the whole comparison; the
    // reader's app carries only the name of its core's file on the site.
    let text = if whole {
        format!(
            "/// `data/dataset.json` as the pre-rendered pages show it, checked at build time.\n\
             pub const BUILTIN_DATASET: &str = {json:?};\n"
        )
    } else {
        String::new()
    };
    let code = format!(
        "{text}/// The built-in comparison's core on the site (written by tools/postbuild).\n\
         pub const BUILTIN_FILE: &str = {core_file:?};\n"
    );
    let out =
        PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("dataset.rs");
    std::fs::write(out, code).expect("OUT_DIR is writable");
}
