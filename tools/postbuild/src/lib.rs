//! What the post-build hook computes, as functions that can be tested.

use std::hash::Hasher;
use std::io;
use std::path::Path;

/// Files the service worker must not precache: itself (a worker caching its
/// own script would never see updates) and source maps.
fn excluded(name: &str) -> bool {
    name == "sw.js" || name.ends_with(".map")
}

/// Every staged file as a URL path relative to the site root, sorted, with
/// `./` standing for the start page.
pub fn staged_files(staging: &Path) -> io::Result<Vec<String>> {
    let mut files = Vec::new();
    collect(staging, staging, &mut files)?;
    files.retain(|f| !excluded(f));
    files.sort();
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

/// A short id that changes whenever any precached file's name or bytes do.
/// FNV-1a: deterministic across runs and Rust versions, unlike `DefaultHasher`.
pub fn version_id(staging: &Path, files: &[String]) -> io::Result<String> {
    let mut hash = Fnv1a::default();
    for file in files.iter().filter(|f| *f != "./") {
        hash.write(file.as_bytes());
        hash.write(&[0]);
        hash.write(&std::fs::read(staging.join(file))?);
        hash.write(&[0]);
    }
    Ok(format!("{:016x}", hash.finish()))
}

#[derive(Debug)]
struct Fnv1a(u64);

impl Default for Fnv1a {
    fn default() -> Self {
        Fnv1a(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv1a {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// Replaces the template's `"__VERSION__"` and `["__PRECACHE__"]`
/// placeholders. Both must appear exactly once.
pub fn fill_service_worker(
    template: &str,
    version: &str,
    files: &[String],
) -> Result<String, String> {
    const VERSION: &str = "\"__VERSION__\"";
    const PRECACHE: &str = "[\"__PRECACHE__\"]";
    for placeholder in [VERSION, PRECACHE] {
        if template.matches(placeholder).count() != 1 {
            return Err(format!("sw/sw.js must contain {placeholder} exactly once"));
        }
    }
    let list = files
        .iter()
        .map(|f| json_string(f))
        .collect::<Vec<_>>()
        .join(", ");
    Ok(template
        .replace(VERSION, &json_string(version))
        .replace(PRECACHE, &format!("[{list}]")))
}

fn json_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
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
    fn lists_every_file_but_the_worker_itself() {
        let dir = staging_with(&[
            ("index.html", "<p>"),
            ("app-0123456789abcdef.js", "x"),
            ("sw.js", "old"),
            ("icons/a.png", "p"),
        ]);
        let files = staged_files(&dir).unwrap();
        assert_eq!(
            files,
            ["./", "app-0123456789abcdef.js", "icons/a.png", "index.html"]
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
    fn fills_the_template_or_says_what_is_wrong() {
        let out = fill_service_worker(
            "const V = \"__VERSION__\"; const P = [\"__PRECACHE__\"];",
            "abc",
            &["./".into(), "a\"b.js".into()],
        )
        .unwrap();
        assert_eq!(out, "const V = \"abc\"; const P = [\"./\", \"a\\\"b.js\"];");
        assert!(fill_service_worker("no placeholders", "v", &[]).is_err());
    }
}
