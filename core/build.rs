//! Compiles the catalogs in `../l10n/*.ftl` into their compact form (see
//! `src/l10n/ftl.rs`, included here as it is): English, compiled into the
//! app, and every locale for the build's pages and catalog files. A
//! catalog that does not parse fails the build with its line.

#[path = "src/l10n/ftl.rs"]
#[allow(dead_code)]
mod ftl;
#[path = "src/text/fingerprint.rs"]
mod fingerprint;
#[path = "src/text/json_quote.rs"]
mod json_quote;
/// Where `ftl.rs` finds `json_quote` in the crate (`crate::text`).
mod text {
    pub use super::json_quote::json_quote;
}

use std::path::{Path, PathBuf};

/// The locales with a catalog, by tag; `en-XA` is made from English.
const TAGS: [&str; 7] = ["en", "de", "fr", "es", "pt-BR", "ja", "ar"];

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../l10n");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut compiled = Vec::new();
    let english_path = dir.join("en.ftl");
    let english = ftl::parse(&std::fs::read_to_string(&english_path).expect("l10n/en.ftl is readable"))
        .unwrap_or_else(|e| panic!("{}: {e}", english_path.display()));
    let order: Vec<String> = english.iter().map(|m| m.id.clone()).collect();
    for tag in TAGS {
        let path = dir.join(format!("{tag}.ftl"));
        println!("cargo:rerun-if-changed={}", path.display());
        let Ok(source) = std::fs::read_to_string(&path) else {
            // A locale not yet translated falls back to English everywhere.
            println!("cargo:warning=no catalog {}", path.display());
            continue;
        };
        let messages = ftl::parse(&source)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        compiled.push((tag.to_string(), ftl::to_compact(&order, &messages)));
    }
    compiled.push(("en-XA".to_string(), ftl::to_compact(&order, &ftl::pseudo(&english))));
    let constants: Vec<String> = order
        .iter()
        .enumerate()
        .map(|(i, id)| format!("    /// `{id}`\n    pub const {}: Msg = Msg({i});\n", ftl::constant_name(id)))
        .collect();
    // The app's English leaves out what only the build writes (`page-*`:
    // the pre-rendered pages' titles), which the WASM would carry unread.
    let in_app: Vec<ftl::Message> = english
        .iter()
        .filter(|m| !m.id.starts_with("page-"))
        .cloned()
        .collect();
    let english_compact = ftl::to_compact(&order, &in_app);
    let files: Vec<String> = compiled
        .iter()
        .filter(|(tag, _)| tag != "en")
        .map(|(tag, compact)| format!("({tag:?}, \"l10n/{tag}-{}.json\")", fingerprint::fingerprint(compact)))
        .collect();
    let list: Vec<String> = compiled
        .iter()
        .map(|(tag, compact)| format!("({tag:?}, {compact:?})"))
        .collect();
    let code = format!(
        "/// English in its compact form, compiled into the app.\n\
         pub const ENGLISH: &str = {english_compact:?};\n\
         /// Every catalog's compact form, by tag.\n\
         pub const COMPILED: &[(&str, &str)] = &[{}];\n\
         /// Each catalog's file in the build (English's is compiled in).\n\
         pub const CATALOG_FILES: &[(&str, &str)] = &[{}];\n\
         /// Every message, by its id in `l10n/en.ftl`.\n\
         pub mod msg {{\n    use super::Msg;\n{}}}\n",
        list.join(", "),
        files.join(", "),
        constants.concat()
    );
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("catalogs.rs"), code).expect("OUT_DIR is writable");
}
