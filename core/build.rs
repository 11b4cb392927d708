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

/// What a reader needs only when a dataset has problems: the words of
/// each fault (`fault-*`, `json-*`). The reader's WASM and its catalogs
/// leave them out and fetch them when a notice lists problems; the
/// authoring page, which shows problems all the time, and the host (the
/// build, the tests) carry them.
fn is_fault_word(id: &str) -> bool {
    id.starts_with("fault-") || id.starts_with("json-")
}

/// What only the authoring page says (`author-*`, and `table-*` on an
/// imported table): in no reader's page,
/// catalog or WASM; the authoring build compiles English's in and fetches
/// another locale's, with that locale's fault words, from its own file.
fn is_author_word(id: &str) -> bool {
    id.starts_with("author-") || id.starts_with("table-")
}

/// What only the build writes into a page (`boot-*`: the boot script's
/// words, as attributes of each language's pages): in no catalog a
/// reader fetches and in no WASM.
fn is_boot_word(id: &str) -> bool {
    id.starts_with("boot-")
}

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../l10n");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut catalogs: Vec<(String, Vec<ftl::Message>)> = Vec::new();
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
        catalogs.push((tag.to_string(), messages));
    }
    catalogs.push(("en-XA".to_string(), ftl::pseudo(&english)));
    let only = |messages: &[ftl::Message], keep: &dyn Fn(&str) -> bool| -> String {
        let kept: Vec<ftl::Message> = messages.iter().filter(|m| keep(&m.id)).cloned().collect();
        ftl::to_compact(&order, &kept)
    };
    // Whole, for the host; without fault words, for a reader's page and
    // catalog file; fault words alone, for the file fetched when needed.
    let compiled: Vec<(String, String)> = catalogs
        .iter()
        .map(|(tag, messages)| (tag.clone(), ftl::to_compact(&order, messages)))
        .collect();
    let for_reader: Vec<(String, String)> = catalogs
        .iter()
        .map(|(tag, messages)| (tag.clone(), only(messages, &|id| !is_fault_word(id) && !is_author_word(id) && !is_boot_word(id))))
        .collect();
    let faults: Vec<(String, String)> = catalogs
        .iter()
        .map(|(tag, messages)| (tag.clone(), only(messages, &|id| is_fault_word(id))))
        .collect();
    let for_author: Vec<(String, String)> = catalogs
        .iter()
        .map(|(tag, messages)| (tag.clone(), only(messages, &|id| is_fault_word(id) || is_author_word(id))))
        .collect();
    let constants: Vec<String> = order
        .iter()
        .enumerate()
        .map(|(i, id)| format!("    /// `{id}`\n    pub const {}: Msg = Msg({i});\n", ftl::constant_name(id)))
        .collect();
    // The app's English leaves out what only the build writes (`page-*`:
    // the pre-rendered pages' titles; `boot-*`), which the WASM would carry unread,
    // and in the reader's WASM the fault words too.
    println!("cargo:rerun-if-env-changed=CARGO_FEATURE_AUTHOR");
    let reader_wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32")
        && std::env::var_os("CARGO_FEATURE_AUTHOR").is_none();
    let english_compact = only(&english, &|id| {
        !id.starts_with("page-") && !is_boot_word(id) && !(reader_wasm && (is_fault_word(id) || is_author_word(id)))
    });
    let files = |list: &[(String, String)], kind: &str, with_english: bool| -> String {
        let named: Vec<String> = list
            .iter()
            .filter(|(tag, _)| with_english || tag != "en")
            .map(|(tag, compact)| format!("({tag:?}, \"l10n/{tag}{kind}-{}.json\")", fingerprint::fingerprint(compact)))
            .collect();
        named.join(", ")
    };
    let consts = |list: &[(String, String)]| -> String {
        let each: Vec<String> = list.iter().map(|(tag, compact)| format!("({tag:?}, {compact:?})")).collect();
        each.join(", ")
    };
    let code = format!(
        "/// English in its compact form, compiled into the app.\n\
         pub const ENGLISH: &str = {english_compact:?};\n\
         /// Every catalog's compact form, whole, by tag.\n\
         pub const COMPILED: &[(&str, &str)] = &[{}];\n\
         /// Every catalog without its fault words, as a reader's page carries it.\n\
         pub const FOR_READER: &[(&str, &str)] = &[{}];\n\
         /// Every catalog's fault words alone.\n\
         pub const FAULTS: &[(&str, &str)] = &[{}];\n\
         /// Every catalog's authoring words and fault words.\n\
         pub const FOR_AUTHOR: &[(&str, &str)] = &[{}];\n\
         /// Each catalog's file in the build (English's is compiled in).\n\
         pub const CATALOG_FILES: &[(&str, &str)] = &[{}];\n\
         /// Each catalog's fault words' file, English's included.\n\
         pub const FAULT_FILES: &[(&str, &str)] = &[{}];\n\
         /// Each catalog's authoring words' file (English's is compiled in).\n\
         pub const AUTHOR_FILES: &[(&str, &str)] = &[{}];\n\
         /// Every message, by its id in `l10n/en.ftl`.\n\
         pub mod msg {{\n    use super::Msg;\n{}}}\n",
        consts(&compiled),
        consts(&for_reader),
        consts(&faults),
        consts(&for_author),
        files(&for_reader, "", false),
        files(&faults, "-faults", true),
        files(&for_author, "-author", false),
        constants.concat()
    );
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("catalogs.rs"), code).expect("OUT_DIR is writable");
}
