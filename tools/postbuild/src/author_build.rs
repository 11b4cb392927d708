//! The authoring page's own build taken into the reader's.
//!
//! `scripts/build.sh` builds the app twice: first with `--features author`
//! into `target/author-build/` (its hook does nothing), then the reader's
//! build, whose hook calls `take_in`. The author build's module and WASM are
//! renamed `author-<hash>` on the way in, so `ls dist` tells them from the
//! reader's `versus-<hash>`, and its page becomes `author.html`. Its other
//! files (stylesheet, boot script, icons) are the reader's, byte for byte.

use std::path::Path;

/// Where scripts/build.sh puts the author build, under the repository.
pub const AUTHOR_BUILD_DIR: &str = "target/author-build";

/// The authoring page in dist.
pub const AUTHOR_PAGE: &str = "author.html";

/// The authoring page's own stylesheet (`styles/author.css`, copied by
/// Trunk and linked by `pages::author_page` alone).
pub const AUTHOR_STYLE: &str = "author.css";

/// What the author build brings: its page (the Trunk output, with the
/// renamed files) and the names of the files copied into the staging dir.
pub struct AuthorBuild {
    pub page: String,
    pub files: Vec<String>,
}

/// The author build's file name in dist: `versus-<hash>...` becomes
/// `author-<hash>...`; every other file keeps its name.
pub fn renamed(name: &str) -> String {
    match name.strip_prefix("versus-") {
        Some(rest) => format!("author-{rest}"),
        None => name.to_string(),
    }
}

/// Copies the author build in `dir` into `staging` (its own files renamed,
/// files the reader's build already has left alone) and returns its page.
pub fn take_in(dir: &Path, staging: &Path) -> Result<AuthorBuild, String> {
    let read_err = |e: std::io::Error| format!("reading {}: {e}", dir.display());
    let mut page = std::fs::read_to_string(dir.join("index.html")).map_err(read_err)?;
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(read_err)? {
        let entry = entry.map_err(read_err)?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if !entry.file_type().map_err(read_err)?.is_file() || name == "index.html" {
            continue;
        }
        let target = renamed(&name);
        if target == name && staging.join(&name).exists() {
            continue;
        }
        std::fs::copy(entry.path(), staging.join(&target))
            .map_err(|e| format!("copying {name} into the build: {e}"))?;
        page = page.replace(&name, &target);
        files.push(target);
    }
    if !files
        .iter()
        .any(|f| f.starts_with("author-") && f.ends_with("_bg.wasm"))
    {
        return Err(format!("{} has no versus-<hash>_bg.wasm", dir.display()));
    }
    files.sort();
    Ok(AuthorBuild { page, files })
}

/// `page` with the subresource integrity of each `<link>` that loads
/// `file` set to `integrity`: the post-build rewrites the module and WASM
/// after Trunk hashed them, and a stale hash would stop the page loading.
pub fn with_integrity(page: &str, file: &str, integrity: &str) -> String {
    let mut out = String::with_capacity(page.len());
    let mut rest = page;
    while let Some(start) = rest.find("<link") {
        let end = rest[start..].find('>').map_or(rest.len(), |e| start + e + 1);
        let tag = &rest[start..end];
        out.push_str(&rest[..start]);
        match tag.find("integrity=") {
            Some(at) if tag.contains(file) => {
                let value = at + "integrity=".len();
                let quoted = tag[value..].starts_with('"');
                let stop = tag[value + usize::from(quoted)..]
                    .find(|c: char| if quoted { c == '"' } else { c == ' ' || c == '>' })
                    .map_or(tag.len(), |n| value + usize::from(quoted) + n);
                out.push_str(&tag[..value + usize::from(quoted)]);
                out.push_str(integrity);
                out.push_str(&tag[stop..]);
            }
            _ => out.push_str(tag),
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rewritten_files_integrity_is_replaced_and_the_rest_kept() {
        let page = "<link crossorigin href=/author-1.js integrity=sha384-OLD rel=modulepreload>\
                    <link href=\"/author-1_bg.wasm\" integrity=\"sha384-OLD\" rel=preload>\
                    <link href=/app.css integrity=sha384-CSS rel=stylesheet><p>author-1.js</p>";
        let page = with_integrity(page, "author-1.js", "sha256-NEW");
        let page = with_integrity(&page, "author-1_bg.wasm", "sha256-W");
        assert_eq!(
            page,
            "<link crossorigin href=/author-1.js integrity=sha256-NEW rel=modulepreload>\
             <link href=\"/author-1_bg.wasm\" integrity=\"sha256-W\" rel=preload>\
             <link href=/app.css integrity=sha384-CSS rel=stylesheet><p>author-1.js</p>"
        );
    }

    #[test]
    fn the_author_builds_own_files_are_renamed_and_shared_ones_kept() {
        let root = std::env::temp_dir().join(format!("versus-author-{}", std::process::id()));
        let (dir, staging) = (root.join("author"), root.join("staging"));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::create_dir_all(&staging).unwrap();
        let page = "<script type=module>import init from '/versus-ab12.js';init('/versus-ab12_bg.wasm')</script><link href=/app-cd34.css>";
        std::fs::write(dir.join("index.html"), page).unwrap();
        for (name, bytes) in [
            ("versus-ab12.js", "js"),
            ("versus-ab12_bg.wasm", "wasm"),
            ("app-cd34.css", "css"),
        ] {
            std::fs::write(dir.join(name), bytes).unwrap();
        }
        std::fs::write(staging.join("app-cd34.css"), "css").unwrap();
        let build = take_in(&dir, &staging).unwrap();
        assert_eq!(build.files, ["author-ab12.js", "author-ab12_bg.wasm"]);
        assert!(
            build.page.contains("'/author-ab12.js'")
                && build.page.contains("'/author-ab12_bg.wasm'")
        );
        assert!(build.page.contains("/app-cd34.css"));
        assert_eq!(
            std::fs::read_to_string(staging.join("author-ab12_bg.wasm")).unwrap(),
            "wasm"
        );
        assert!(!staging.join("versus-ab12.js").exists());
        std::fs::remove_dir_all(&root).unwrap();
    }
}
