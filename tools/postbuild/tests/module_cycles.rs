//! No import cycles between postbuild's modules: each file is one thing,
//! and a thing that needs another never is needed back. Reads the sources,
//! builds the graph of `crate::…` references (the crate root, `lib.rs`, is
//! a node too when it holds items of its own) and prints any cycle.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The root's node: `lib.rs` is only a list of modules and re-exports, so a
/// reference to an item of its own is a reference to this node.
const ROOT: &str = "lib";

/// From a module to the modules it names, each with the first line naming it.
type Graph = BTreeMap<String, BTreeMap<String, String>>;

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The identifiers a path after `crate::` starts with: `a` in `a::b`, and
/// `a`, `b` in `{a::x, b}` (nested groups are read at their top level).
fn heads(rest: &str) -> Vec<String> {
    if let Some(group) = rest.strip_prefix('{') {
        let mut heads = Vec::new();
        let (mut depth, mut start) = (0, true);
        for (i, c) in group.char_indices() {
            match c {
                '{' => depth += 1,
                '}' if depth == 0 => break,
                '}' => depth -= 1,
                ',' if depth == 0 => start = true,
                c if start && is_ident(c) => {
                    let word: String = group[i..].chars().take_while(|&c| is_ident(c)).collect();
                    heads.push(word);
                    start = false;
                }
                c if start && !c.is_whitespace() => start = false,
                _ => {}
            }
        }
        heads
    } else {
        let word: String = rest.chars().take_while(|&c| is_ident(c)).collect();
        vec![word]
    }
}

/// The code lines of a file (comments dropped: a doc link is no import).
fn code_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, line)| (i + 1, line))
        .filter(|(_, line)| !line.trim_start().starts_with("//"))
}

fn graph(dir: &Path) -> Graph {
    let mut files = BTreeMap::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        // The binary is its own crate: it reaches the library by its name.
        if path.extension().is_some_and(|e| e == "rs") && name != "main" {
            files.insert(name, std::fs::read_to_string(&path).unwrap());
        }
    }
    let modules: BTreeSet<String> = files.keys().filter(|m| *m != ROOT).cloned().collect();
    let mut graph = Graph::new();
    for (module, text) in &files {
        let edges = graph.entry(module.clone()).or_default();
        for (number, line) in code_lines(text) {
            let mut targets = Vec::new();
            for (at, _) in line.match_indices("crate::") {
                let before = line[..at].chars().next_back();
                if before.is_some_and(is_ident) {
                    continue;
                }
                for head in heads(&line[at + "crate::".len()..]) {
                    targets.push(if modules.contains(&head) {
                        head
                    } else {
                        ROOT.to_string()
                    });
                }
            }
            // The root names its modules without `crate::`; declaring and
            // re-exporting them is what a root is for, not a dependency.
            let trimmed = line.trim_start();
            let declares = ["mod ", "pub mod ", "pub use "]
                .iter()
                .any(|p| trimmed.starts_with(p));
            if module == ROOT && !declares {
                for other in &modules {
                    let named = line.match_indices(&format!("{other}::")).any(|(at, _)| {
                        !line[..at]
                            .chars()
                            .next_back()
                            .is_some_and(|c| is_ident(c) || c == ':')
                    });
                    if named {
                        targets.push(other.clone());
                    }
                }
            }
            for target in targets {
                if target != *module {
                    edges
                        .entry(target)
                        .or_insert_with(|| format!("{module}.rs:{number}: {}", line.trim()));
                }
            }
        }
    }
    graph
}

/// The shortest cycle through each module that is on one, each cycle once,
/// as its edges with the line that makes each.
fn cycles(graph: &Graph) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    let mut seen = BTreeSet::new();
    for start in graph.keys() {
        // Breadth first from `start`, remembering how each module was reached.
        let mut came_from: BTreeMap<&str, &str> = BTreeMap::new();
        let mut queue = std::collections::VecDeque::from([start.as_str()]);
        let mut last = None;
        while let Some(at) = queue.pop_front() {
            for next in graph.get(at).into_iter().flat_map(|e| e.keys()) {
                if next == start {
                    last = Some(at);
                    break;
                }
                if !came_from.contains_key(next.as_str()) {
                    came_from.insert(next, at);
                    queue.push_back(next);
                }
            }
            if last.is_some() {
                break;
            }
        }
        let Some(mut at) = last else { continue };
        let mut path = vec![start.as_str()];
        while at != start {
            path.insert(1, at);
            at = came_from[at];
        }
        path.push(start);
        let members: BTreeSet<&str> = path.iter().copied().collect();
        if seen.insert(members) {
            found.push(
                path.windows(2)
                    .map(|pair| {
                        format!(
                            "{} -> {}    ({})",
                            pair[0], pair[1], graph[pair[0]][pair[1]]
                        )
                    })
                    .collect(),
            );
        }
    }
    found
}

#[test]
fn postbuild_modules_import_each_other_in_one_direction() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let found = cycles(&graph(&dir));
    let report: Vec<String> = found.iter().map(|c| c.join("\n  ")).collect();
    assert!(
        found.is_empty(),
        "import cycles between tools/postbuild/src modules:\n  {}",
        report.join("\n\n  ")
    );
}

#[test]
fn the_check_sees_a_cycle_through_a_group_and_through_the_root() {
    let dir = std::env::temp_dir().join(format!("postbuild-cycles-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (file, text) in [
        (
            "lib.rs",
            "pub mod a;\npub mod b;\npub use a::x;\nfn shared() { b::y(); }\n",
        ),
        ("a.rs", "use crate::{c::{z, w}, shared};\n"),
        ("b.rs", "use crate::a::x;\npub fn y() {}\n"),
        (
            "c.rs",
            "// crate::a in a comment is no import\nuse crate::d;\n",
        ),
        ("d.rs", "pub fn w() { crate::c::z() }\n"),
    ] {
        std::fs::write(dir.join(file), text).unwrap();
    }
    let found = cycles(&graph(&dir));
    std::fs::remove_dir_all(&dir).unwrap();
    let starts: Vec<&str> = found.iter().map(|c| c[0].as_str()).collect();
    assert_eq!(starts.len(), 2, "{found:?}");
    assert!(starts[0].starts_with("a -> lib "), "{found:?}");
    assert!(starts[1].starts_with("c -> d "), "{found:?}");
}
