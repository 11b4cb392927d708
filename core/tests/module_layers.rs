//! The core's modules form layers: no two modules use each other, directly
//! or around a loop, and `text` (numbers and untrusted text in messages,
//! escaping, web addresses) uses nothing else in the crate.
//!
//! It reads `core/src/**/*.rs` as text: every `crate::…` and `super::…`
//! path outside comments and strings (`use` lists included) is one
//! reference, and a `crate::Name` re-exported by `lib.rs` counts as the
//! module it comes from. A reference joins two modules side by side in
//! one folder: `crate::format::json::Node` in `format/dataset/read/mod.rs`
//! is `dataset → json` inside `format`, and `crate::settings::…` in it is
//! `format → settings` at the top. A module is a file or a folder.
//!
//! How to read a failure:
//!
//! ```text
//! modules that use each other at the top of core/src: embed, share
//!   a loop: embed → share → embed
//!   embed → share  core/src/embed.rs:23  crate::share::describe_levels
//!   share → embed  core/src/share.rs:110  crate::embed::MAX_SETTINGS
//! ```
//!
//! The first line names the modules caught together and the folder they
//! are in (`the top of core/src`, or a folder such as `core/src/table`);
//! the second, one way round the loop; each line after that is one use
//! between two of them, with the first place that makes it. Break the loop
//! by moving what the lower module needs down (into it, or into a module
//! both may use, such as `text`), never by hiding a path from this test.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The leaf module: it may use only itself.
const LEAF: &str = "text";

/// One reference from a file to a path in the crate.
struct Reference {
    file: String,
    line: usize,
    /// The module the file is, as path segments (`["format", "dataset"]`).
    from: Vec<String>,
    /// The path named, resolved from the crate root.
    to: Vec<String>,
}

#[test]
fn no_module_uses_a_module_that_uses_it() {
    let crate_src = src();
    let references = references(&crate_src);
    let mut cycles = Vec::new();
    for (folder, edges) in edges_by_folder(&crate_src, &references) {
        let place = if folder.is_empty() {
            "the top of core/src".to_string()
        } else {
            format!("core/src/{}", folder.join("/"))
        };
        for (tangle, a_loop) in tangles(&edges) {
            let mut text = format!(
                "modules that use each other at {place}: {}
  a loop: {}",
                tangle.join(", "),
                a_loop.join(" → ")
            );
            for ((from, to), (file, line, path)) in &edges {
                if tangle.contains(from) && tangle.contains(to) {
                    text += &format!("\n  {from} → {to}  {file}:{line}  crate::{path}");
                }
            }
            cycles.push(text);
        }
    }
    assert!(cycles.is_empty(), "\n{}\n", cycles.join("\n\n"));
}

#[test]
fn the_text_module_uses_nothing_else_in_the_crate() {
    let crate_src = src();
    assert!(
        crate_src.join(LEAF).is_dir() || crate_src.join(format!("{LEAF}.rs")).is_file(),
        "core/src has no `{LEAF}` module"
    );
    let outside: Vec<String> = references(&crate_src)
        .into_iter()
        .filter(|r| r.from.first().map(String::as_str) == Some(LEAF))
        .filter(|r| r.to.first().map(String::as_str) != Some(LEAF) && !r.to.is_empty())
        .map(|r| format!("  {}:{}  crate::{}", r.file, r.line, r.to.join("::")))
        .collect();
    assert!(
        outside.is_empty(),
        "`{LEAF}` must use nothing else in the crate:\n{}",
        outside.join("\n")
    );
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every `.rs` file below `dir`, sorted.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

/// The module a file is: `format/dataset/mod.rs` is `["format", "dataset"]`.
fn module_of(crate_src: &Path, file: &Path) -> Vec<String> {
    let relative = file.strip_prefix(crate_src).unwrap().with_extension("");
    let mut path: Vec<String> = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if matches!(path.last().map(String::as_str), Some("mod" | "lib")) {
        path.pop();
    }
    path
}

/// Whether `path` names a module (a folder or a file) in `crate_src`.
fn is_module(crate_src: &Path, path: &[String]) -> bool {
    let at = path.iter().fold(crate_src.to_path_buf(), |p, s| p.join(s));
    at.is_dir() || at.with_extension("rs").is_file()
}

fn references(crate_src: &Path) -> Vec<Reference> {
    let reexports = root_reexports(&code_of(
        &fs::read_to_string(crate_src.join("lib.rs")).unwrap(),
    ));
    let mut found = Vec::new();
    for file in rust_files(crate_src) {
        let from = module_of(crate_src, &file);
        if from.is_empty() {
            continue; // lib.rs: the root re-exports every layer.
        }
        let code = code_of(&fs::read_to_string(&file).unwrap());
        let name = format!(
            "core/src/{}",
            file.strip_prefix(crate_src).unwrap().display()
        );
        for (at, base) in starts(&code, &from) {
            let line = code[..at].iter().filter(|&&c| c == '\n').count() + 1;
            let mut end = at;
            for tail in use_tree(&code, &mut end) {
                let mut to: Vec<String> = base.iter().cloned().chain(tail).collect();
                // `crate::Dataset`: where `lib.rs` re-exports it from, and
                // where that comes from (`dataset` is `format::dataset`).
                while !to.is_empty() && !is_module(crate_src, &to[..1]) {
                    match reexports.get(&to[0]).filter(|origin| origin[0] != to[0]) {
                        Some(origin) => {
                            to.splice(0..1, origin.iter().cloned());
                        }
                        None => break,
                    }
                }
                if to.is_empty() || !is_module(crate_src, &to[..1]) {
                    continue; // an item of `lib.rs` itself
                }
                found.push(Reference {
                    file: name.clone(),
                    line,
                    from: from.clone(),
                    to,
                });
            }
        }
    }
    found
}

/// Where each `crate::` and `super::` path starts (just after its prefix),
/// with the module that prefix stands for.
fn starts(code: &[char], from: &[String]) -> Vec<(usize, Vec<String>)> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < code.len() {
        let word_start = i == 0 || !is_ident(code[i - 1]);
        if word_start && matches_at(code, i, "crate::") {
            found.push((i + "crate::".len(), Vec::new()));
            i += "crate::".len();
        } else if word_start && matches_at(code, i, "super::") {
            // `super` of `a/b.rs` and of `a/b/mod.rs` is `a`.
            let mut base = from.to_vec();
            let mut j = i;
            while matches_at(code, j, "super::") {
                base.pop();
                j += "super::".len();
            }
            found.push((j, base));
            i = j;
        } else {
            i += 1;
        }
    }
    found
}

/// The paths of a use tree (or of a plain path in an expression) at `at`:
/// `a::{b, c::{d, e}}` is `[a, b]`, `[a, c, d]`, `[a, c, e]`.
fn use_tree(code: &[char], at: &mut usize) -> Vec<Vec<String>> {
    let mut prefix = Vec::new();
    loop {
        skip_space(code, at);
        if code.get(*at) == Some(&'{') {
            *at += 1;
            let mut paths = Vec::new();
            loop {
                skip_space(code, at);
                match code.get(*at) {
                    Some('}') => {
                        *at += 1;
                        break;
                    }
                    Some(',') => *at += 1,
                    None => break,
                    _ => {
                        let before = *at;
                        for tail in use_tree(code, at) {
                            paths.push(prefix.iter().cloned().chain(tail).collect());
                        }
                        if *at == before {
                            *at += 1;
                        }
                    }
                }
            }
            return paths;
        }
        let start = *at;
        while code.get(*at).is_some_and(|&c| is_ident(c)) {
            *at += 1;
        }
        let segment: String = code[start..*at].iter().collect();
        if segment.is_empty() || segment == "self" {
            return vec![prefix];
        }
        prefix.push(segment);
        if matches_at(code, *at, "::") {
            *at += 2;
        } else {
            return vec![prefix];
        }
    }
}

/// What `lib.rs` re-exports, by name: `Dataset` comes from
/// `["format", "dataset", "Dataset"]`.
fn root_reexports(code: &[char]) -> BTreeMap<String, Vec<String>> {
    let mut names = BTreeMap::new();
    let mut i = 0;
    while i < code.len() {
        if (i == 0 || !is_ident(code[i - 1])) && matches_at(code, i, "pub use ") {
            let mut at = i + "pub use ".len();
            for path in use_tree(code, &mut at) {
                if let Some(last) = path.last() {
                    names.insert(last.clone(), path.clone());
                }
            }
            i = at;
        } else {
            i += 1;
        }
    }
    names
}

/// For each folder (`[]` is `core/src` itself), the modules in it that use
/// each other: `(from, to)` with one place that does.
type Edges = BTreeMap<(String, String), (String, usize, String)>;

fn edges_by_folder(crate_src: &Path, references: &[Reference]) -> BTreeMap<Vec<String>, Edges> {
    let mut folders: BTreeMap<Vec<String>, Edges> = BTreeMap::new();
    for r in references {
        let Some(split) = (0..r.from.len().min(r.to.len())).find(|&i| r.from[i] != r.to[i]) else {
            continue; // a module using itself, its parent or its children
        };
        if !is_module(crate_src, &r.to[..=split]) {
            continue; // an item of the folder's own `mod.rs`
        }
        folders
            .entry(r.from[..split].to_vec())
            .or_default()
            .entry((r.from[split].clone(), r.to[split].clone()))
            .or_insert_with(|| (r.file.clone(), r.line, r.to.join("::")));
    }
    folders
}

/// Each group of modules that reach each other through `edges`, with one
/// loop through its first module (that module repeated at the end).
fn tangles(edges: &Edges) -> Vec<(Vec<String>, Vec<String>)> {
    let mut next: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (from, to) in edges.keys() {
        next.entry(from).or_default().push(to);
    }
    let reaches = |a: &str, b: &str| {
        let mut seen = BTreeSet::new();
        let mut todo = vec![a];
        while let Some(m) = todo.pop() {
            for &n in next.get(m).into_iter().flatten() {
                if n == b {
                    return true;
                }
                if seen.insert(n) {
                    todo.push(n);
                }
            }
        }
        false
    };
    let mut done: BTreeSet<&str> = BTreeSet::new();
    let mut cycles = Vec::new();
    for &start in next.keys() {
        if done.contains(start) || !reaches(start, start) {
            continue;
        }
        // Walk from `start`, always to a module that leads back to it.
        let mut cycle = vec![start.to_string()];
        let mut at = start;
        loop {
            let step = next[at]
                .iter()
                .copied()
                .find(|&n| n == start)
                .or_else(|| {
                    next[at]
                        .iter()
                        .copied()
                        .find(|&n| !cycle.iter().any(|c| c == n) && reaches(n, start))
                })
                .unwrap();
            cycle.push(step.to_string());
            if step == start {
                break;
            }
            at = step;
        }
        let tangle: Vec<String> = next
            .keys()
            .filter(|&&m| m == start || (reaches(start, m) && reaches(m, start)))
            .map(|m| m.to_string())
            .collect();
        done.extend(next.keys().filter(|m| tangle.iter().any(|t| t == *m)));
        cycles.push((tangle, cycle));
    }
    cycles
}

/// The source with comments, strings and character literals blanked out
/// (newlines kept, so line numbers still hold).
fn code_of(source: &str) -> Vec<char> {
    let text: Vec<char> = source.chars().collect();
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    let blank = |out: &mut Vec<char>, part: &[char]| {
        out.extend(part.iter().map(|&c| if c == '\n' { '\n' } else { ' ' }))
    };
    while i < text.len() {
        let c = text[i];
        let word_start = i == 0 || !is_ident(text[i - 1]);
        let end = if matches_at(&text, i, "//") {
            text[i..]
                .iter()
                .position(|&c| c == '\n')
                .map_or(text.len(), |n| i + n)
        } else if matches_at(&text, i, "/*") {
            let mut depth = 0;
            let mut j = i;
            loop {
                if matches_at(&text, j, "/*") {
                    depth += 1;
                    j += 2;
                } else if matches_at(&text, j, "*/") {
                    depth -= 1;
                    j += 2;
                    if depth == 0 {
                        break j;
                    }
                } else if j >= text.len() {
                    break j;
                } else {
                    j += 1;
                }
            }
        } else if word_start && (c == 'r' || (c == 'b' && text.get(i + 1) == Some(&'r'))) && {
            let j = i + if c == 'b' { 2 } else { 1 };
            let hashes = text[j..].iter().take_while(|&&c| c == '#').count();
            text.get(j + hashes) == Some(&'"')
        } {
            let j = i + if c == 'b' { 2 } else { 1 };
            let hashes = text[j..].iter().take_while(|&&c| c == '#').count();
            let close: String = std::iter::once('"')
                .chain("#".repeat(hashes).chars())
                .collect();
            let body = j + hashes + 1;
            let mut k = body;
            while k < text.len() && !matches_at(&text, k, &close) {
                k += 1;
            }
            (k + close.chars().count()).min(text.len())
        } else if c == '"' {
            let mut k = i + 1;
            while k < text.len() && text[k] != '"' {
                k += if text[k] == '\\' { 2 } else { 1 };
            }
            (k + 1).min(text.len())
        } else if c == '\'' && text.get(i + 1) == Some(&'\\') {
            let mut k = i + 2;
            while k < text.len() && text[k] != '\'' {
                k += 1;
            }
            (k + 1).min(text.len())
        } else if c == '\'' && text.get(i + 2) == Some(&'\'') {
            i + 3
        } else {
            out.push(c);
            i += 1;
            continue;
        };
        blank(&mut out, &text[i..end]);
        i = end;
    }
    out
}

fn matches_at(code: &[char], at: usize, word: &str) -> bool {
    word.chars()
        .enumerate()
        .all(|(i, w)| code.get(at + i) == Some(&w))
}

fn skip_space(code: &[char], at: &mut usize) {
    while code.get(*at).is_some_and(|c| c.is_whitespace()) {
        *at += 1;
    }
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}
