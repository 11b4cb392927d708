//! What the post-build hook computes, as functions that can be tested.

pub mod author_build;
pub mod headers;
pub mod oembed;
pub mod pages;
pub mod start;

pub use oembed::{oembed_json, public_url, with_oembed_link};

use std::hash::Hasher;
use std::io;
use std::path::Path;

/// Files the service worker must not precache: itself (a worker caching its
/// own script would never see updates), source maps, and `_headers` (hosts
/// read it and never serve it).
fn excluded(name: &str) -> bool {
    name == "sw.js" || name.ends_with(".map") || name == headers::HEADERS_FILE
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

/// Replaces each `"NAME"` placeholder (a JSON/JS string literal, quotes
/// included) by its value as a string literal, or `["NAME"]` by a list.
/// Each placeholder must appear exactly once, or the template is wrong.
pub fn fill_template(template: &str, values: &[(&str, Filling)]) -> Result<String, String> {
    let mut out = template.to_string();
    for (name, filling) in values {
        let (placeholder, replacement) = match filling {
            Filling::Text(text) => (format!("\"{name}\""), json_string(text)),
            Filling::List(items) => (
                format!("[\"{name}\"]"),
                format!(
                    "[{}]",
                    items
                        .iter()
                        .map(|i| json_string(i))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ),
        };
        if out.matches(&placeholder).count() != 1 {
            return Err(format!(
                "the template must contain {placeholder} exactly once"
            ));
        }
        out = out.replace(&placeholder, &replacement);
    }
    Ok(out)
}

pub enum Filling {
    Text(String),
    List(Vec<String>),
}

/// The staged file named `prefix-<hex><suffix>` (Trunk's hashed names),
/// e.g. `("versus", ".js")` or `("versus", "_bg.wasm")`. Trunk prints its
/// 64-bit hash without leading zeros, so the hex part is up to 16 digits.
pub fn hashed_file<'a>(files: &'a [String], prefix: &str, suffix: &str) -> Option<&'a str> {
    files.iter().map(String::as_str).find(|f| {
        f.strip_prefix(prefix)
            .and_then(|rest| rest.strip_prefix('-'))
            .and_then(|rest| rest.strip_suffix(suffix))
            .is_some_and(headers::is_trunk_hash)
    })
}

pub(crate) fn json_string(text: &str) -> String {
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

/// The policy the app runs under. `'wasm-unsafe-eval'` allows compiling
/// WebAssembly (not JS eval); inline scripts are allowed only by hash.
/// `frame-ancestors` cannot be set from a meta tag: the server adds it.
/// `connect-src` allows any https dataset but no plain-http address, so a
/// crafted `?data=` link cannot make a reader's browser call services on
/// their own machine; a local server may widen it (`static-server.mjs`).
pub fn content_security_policy(inline_script_hashes: &[String]) -> String {
    let hashes: String = inline_script_hashes
        .iter()
        .map(|h| format!(" 'sha256-{h}'"))
        .collect();
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{hashes}; style-src 'self'; img-src 'self' data:; \
         connect-src 'self' https:; frame-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; \
         base-uri 'self'; form-action 'none'"
    )
}

/// The bodies of the inline `<script>` elements (no `src`) in `html`.
pub fn inline_scripts(html: &str) -> Vec<&str> {
    let mut scripts = Vec::new();
    let mut rest = html;
    while let Some(open) = rest.find("<script") {
        let after = &rest[open..];
        let Some(tag_end) = after.find('>') else {
            break;
        };
        let tag = &after[..tag_end];
        let body_and_more = &after[tag_end + 1..];
        let Some(close) = body_and_more.find("</script>") else {
            break;
        };
        if !tag.contains("src=") {
            scripts.push(&body_and_more[..close]);
        }
        rest = &body_and_more[close..];
    }
    scripts
}

/// Base64 of the SHA-256 of `text`, as CSP hash sources want it.
pub fn sha256_base64(text: &str) -> String {
    sha256_base64_bytes(text.as_bytes())
}

fn sha256_base64_bytes(bytes: &[u8]) -> String {
    use base64::Engine;
    use sha2::Digest;
    base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(bytes))
}

/// For each precached file, in order: `sha256-<base64>` (subresource
/// integrity) for the hashed files, which never change, and `""` for the
/// others, which a deploy may replace under the same name.
pub fn precache_integrity(staging: &Path, files: &[String]) -> io::Result<Vec<String>> {
    files
        .iter()
        .map(|file| {
            if !headers::is_hashed(file) {
                return Ok(String::new());
            }
            let bytes = std::fs::read(staging.join(file))?;
            Ok(format!("sha256-{}", sha256_base64_bytes(&bytes)))
        })
        .collect()
}

/// The policy for `html`: inline scripts allowed by their hashes.
pub fn page_csp(html: &str) -> String {
    let hashes: Vec<String> = inline_scripts(html)
        .into_iter()
        .map(sha256_base64)
        .collect();
    content_security_policy(&hashes)
}

/// `html` with `policy` in a CSP meta tag right after its charset
/// declaration (the policy must come before any script it governs).
pub fn with_csp_meta(html: &str, policy: &str) -> Result<String, String> {
    let meta = format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">");
    insert_after_charset(html, &meta)
}

/// `html` with `tag` right after its `<meta charset>`: early enough for a
/// policy to govern every script, and for crawlers to find a link.
pub(crate) fn insert_after_charset(html: &str, tag: &str) -> Result<String, String> {
    let charset = html
        .find("<meta charset")
        .ok_or("index.html has no <meta charset>")?;
    let insert_at = charset
        + html[charset..]
            .find('>')
            .ok_or("unterminated <meta charset>")?
        + 1;
    Ok(format!("{}{tag}{}", &html[..insert_at], &html[insert_at..]))
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
    fn fills_the_template_or_says_what_is_wrong() {
        let values = [
            ("__VERSION__", Filling::Text("abc".into())),
            (
                "__PRECACHE__",
                Filling::List(vec!["./".into(), "a\"b.js".into()]),
            ),
        ];
        let out = fill_template(
            "const V = \"__VERSION__\"; const P = [\"__PRECACHE__\"];",
            &values,
        )
        .unwrap();
        assert_eq!(out, "const V = \"abc\"; const P = [\"./\", \"a\\\"b.js\"];");
        assert!(fill_template("no placeholders", &values).is_err());
    }

    #[test]
    fn the_csp_hashes_exactly_the_inline_scripts() {
        let html = "<html><meta charset=utf-8><script src=/a.js></script><script type=module>boot()</script></html>";
        assert_eq!(inline_scripts(html), ["boot()"]);
        // Known vector: SHA-256 of "abc".
        assert_eq!(
            sha256_base64("abc"),
            "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0="
        );
        let out = with_csp_meta(html, &page_csp(html)).unwrap();
        let meta_at = out.find("Content-Security-Policy").unwrap();
        assert!(
            meta_at < out.find("<script").unwrap(),
            "the policy precedes the scripts"
        );
        assert!(out.contains(&format!("'sha256-{}'", sha256_base64("boot()"))));
        assert!(!out.contains("unsafe-inline"));
        assert!(with_csp_meta("<p>no head</p>", "default-src 'self'").is_err());
    }

    #[test]
    fn datasets_may_come_from_https_but_never_from_plain_http() {
        let policy = content_security_policy(&[]);
        let connect = policy
            .split(';')
            .find(|d| d.trim().starts_with("connect-src"))
            .unwrap();
        assert_eq!(connect.trim(), "connect-src 'self' https:");
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
