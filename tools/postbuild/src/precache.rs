//! The files a build stages, and what the service worker precaches of
//! them: the list, its version id and each file's integrity hash.

use std::io;
use std::path::Path;

use crate::csp::sha256_base64_bytes;
use crate::headers::{is_hashed, is_trunk_hash, HEADERS_FILE};

/// Files the service worker must not precache: itself (a worker caching its
/// own script would never see updates), source maps, and `_headers` (hosts
/// read it and never serve it).
fn excluded(name: &str) -> bool {
    name == "sw.js" || name.ends_with(".map") || name == HEADERS_FILE
}

/// Every staged file as a path relative to the site root, sorted.
pub fn site_files(staging: &Path) -> io::Result<Vec<String>> {
    let mut files = Vec::new();
    collect(staging, staging, &mut files)?;
    files.sort();
    Ok(files)
}

/// The files the service worker precaches as URL paths relative to the
/// site root, sorted, with `./` standing for the start page.
pub fn staged_files(staging: &Path) -> io::Result<Vec<String>> {
    let mut files = site_files(staging)?;
    files.retain(|f| !excluded(f));
    if files.iter().any(|f| f == "index.html") {
        files.insert(0, "./".to_string());
    }
    Ok(files)
}

fn collect(root: &Path, dir: &Path, out: &mut Vec<String>) -> io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect(root, &path, out)?;
        } else if let Ok(relative) = path.strip_prefix(root) {
            let parts: Vec<_> = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            out.push(parts.join("/"));
        }
    }
    Ok(())
}

/// A short id that changes whenever any precached file's name or bytes do:
/// the core's fingerprint (FNV-1a, the same across runs and Rust versions)
/// of each file's name and SHA-256.
pub fn version_id(staging: &Path, files: &[String]) -> io::Result<String> {
    let mut listing = String::new();
    for file in files.iter().filter(|f| *f != "./") {
        let digest = sha256_base64_bytes(&std::fs::read(staging.join(file))?);
        listing.push_str(&format!("{file}\0{digest}\0"));
    }
    Ok(versus_core::fingerprint(&listing))
}

/// The staged file named `prefix-<hex><suffix>` (Trunk's hashed names),
/// e.g. `("versus", ".js")` or `("versus", "_bg.wasm")`. Trunk prints its
/// 64-bit hash without leading zeros, so the hex part is up to 16 digits.
pub fn hashed_file<'a>(files: &'a [String], prefix: &str, suffix: &str) -> Option<&'a str> {
    files.iter().map(String::as_str).find(|f| {
        f.strip_prefix(prefix)
            .and_then(|rest| rest.strip_prefix('-'))
            .and_then(|rest| rest.strip_suffix(suffix))
            .is_some_and(is_trunk_hash)
    })
}

/// For each precached file, in order: `sha256-<base64>` (subresource
/// integrity) for the hashed files, which never change, and `""` for the
/// others, which a deploy may replace under the same name.
pub fn precache_integrity(staging: &Path, files: &[String]) -> io::Result<Vec<String>> {
    files
        .iter()
        .map(|file| {
            if !is_hashed(file) {
                return Ok(String::new());
            }
            let bytes = std::fs::read(staging.join(file))?;
            Ok(format!("sha256-{}", sha256_base64_bytes(&bytes)))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn staging_with(files: &[(&str, &str)]) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!(
            "versus-postbuild-{}-{}",
            std::process::id(),
            files.len()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        for (name, body) in files {
            let path = dir.join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, body).unwrap();
        }
        dir
    }

    #[test]
    fn precaches_every_file_but_the_worker_and_the_header_rules() {
        let dir = staging_with(&[
            ("index.html", "<p>"),
            ("app-0123456789abcdef.js", "x"),
            ("sw.js", "old"),
            ("_headers", "/*"),
            ("icons/a.png", "p"),
        ]);
        let files = staged_files(&dir).unwrap();
        assert_eq!(
            files,
            ["./", "app-0123456789abcdef.js", "icons/a.png", "index.html"]
        );
        assert_eq!(
            site_files(&dir).unwrap(),
            [
                "_headers",
                "app-0123456789abcdef.js",
                "icons/a.png",
                "index.html",
                "sw.js"
            ]
        );
    }

    #[test]
    fn the_version_follows_the_contents() {
        let a = staging_with(&[("index.html", "one")]);
        let files = staged_files(&a).unwrap();
        let first = version_id(&a, &files).unwrap();
        assert_eq!(first, version_id(&a, &files).unwrap());
        std::fs::write(a.join("index.html"), "two").unwrap();
        assert_ne!(first, version_id(&a, &files).unwrap());
        assert_eq!(first.len(), 16);
    }

    #[test]
    fn finds_trunks_hashed_names() {
        let files: Vec<String> = [
            "versus-0123456789abcdef.js",
            "versus-0123456789abcdef_bg.wasm",
            "app-edcba9876543210.css",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        assert_eq!(
            hashed_file(&files, "versus", ".js"),
            Some("versus-0123456789abcdef.js")
        );
        assert_eq!(
            hashed_file(&files, "versus", "_bg.wasm"),
            Some("versus-0123456789abcdef_bg.wasm")
        );
        assert_eq!(
            hashed_file(&files, "app", ".css"),
            Some("app-edcba9876543210.css")
        );
        assert_eq!(hashed_file(&files, "nope", ".js"), None);
    }
}
