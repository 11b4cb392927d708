//! The response headers a deployment sends, defined once. (Past 300 lines
//! with its tests, which are about half of it: one topic, kept together.) The build writes
//! them as `_headers` (the format Netlify and Cloudflare Pages read), and
//! `scripts/static-server.mjs` serves every folder by its `_headers`.
//!
//! Hosts disagree on a header named by two rules that match one path
//! (Cloudflare joins the values with commas, Netlify keeps one), so no
//! header is ever named twice for a path: `/*` carries only what every file
//! gets, and each served file has its own rule for the rest.

use versus_core::embed::FRAME_PAGE;

use crate::pages::PRESET_DIR;

/// What `_headers` is called; hosts read it and never serve it.
pub const HEADERS_FILE: &str = "_headers";
pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";
pub const REVALIDATE: &str = "no-cache";
/// Cloudflare Pages reads at most 100 rules and lines of 2,000 characters.
pub const MAX_RULES: usize = 100;
pub const MAX_LINE: usize = 2000;

/// One `_headers` block: a URL path (`*` matches anything) and its headers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeaderRule {
    pub path: String,
    pub headers: Vec<(&'static str, String)>,
}

impl HeaderRule {
    fn new(path: impl Into<String>, headers: Vec<(&'static str, String)>) -> Self {
        HeaderRule {
            path: path.into(),
            headers,
        }
    }
}

/// Trunk's content hash: 8 to 16 lowercase hex digits (it prints a 64-bit
/// hash without leading zeros).
pub fn is_trunk_hash(text: &str) -> bool {
    (8..=16).contains(&text.len()) && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// Whether `file` is named `name-<hash>.ext` or `name-<hash>_bg.wasm`: its
/// contents never change under that name, so it may be cached forever.
pub fn is_hashed(file: &str) -> bool {
    let name = file.rsplit('/').next().unwrap_or(file);
    let Some((stem, ext)) = name.rsplit_once('.') else {
        return false;
    };
    if ext.is_empty()
        || !ext
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    {
        return false;
    }
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-')
        .is_some_and(|(base, hash)| !base.is_empty() && is_trunk_hash(hash))
}

/// The URL paths a host may serve `file` at: a page also at its name
/// without `.html` (Cloudflare Pages redirects to that), `index.html` at `/`.
fn url_paths(file: &str) -> Vec<String> {
    match file.strip_suffix(".html") {
        Some("index") => vec!["/".into(), "/index.html".into()],
        // Every preset page (`preset/<id>/index.html`) gets the same
        // headers: one rule, or the build would pass hosts' rule limit.
        Some(page) if page.starts_with(&format!("{}/", PRESET_DIR)) => {
            vec![format!("/{}/*", PRESET_DIR)]
        }
        // A language's app page (`de/index.html`) is asked for by its folder.
        Some(page) if page.ends_with("/index") => {
            vec![format!("/{}", &page[..page.len() - "index".len()]), format!("/{file}")]
        }
        Some(page) => vec![format!("/{page}"), format!("/{file}")],
        None => vec![format!("/{file}")],
    }
}

/// Every rule for a build whose files are `files` (paths relative to the
/// site root) and whose pages carry `page_csp` in their meta tag.
pub fn header_rules(files: &[String], page_csp: &str) -> Vec<HeaderRule> {
    header_rules_with(files, page_csp, &[])
}

/// Like `header_rules`, where some pages (`own`: file and policy) have a
/// policy of their own: the author build's page hashes its own boot script.
pub fn header_rules_with(
    files: &[String],
    page_csp: &str,
    own: &[(&str, &str)],
) -> Vec<HeaderRule> {
    let mut rules = vec![HeaderRule::new(
        "/*",
        vec![
            ("X-Content-Type-Options", "nosniff".into()),
            ("Referrer-Policy", "no-referrer".into()),
            // The custom element imports the module and WASM from blog
            // pages on other origins; these are public static files.
            ("Access-Control-Allow-Origin", "*".into()),
        ],
    )];
    for file in files.iter().filter(|f| *f != "./" && *f != HEADERS_FILE) {
        let mut headers = vec![(
            "Cache-Control",
            if is_hashed(file) {
                IMMUTABLE
            } else {
                REVALIDATE
            }
            .to_string(),
        )];
        if file.ends_with(".html") {
            // A meta tag cannot say who may frame a page; policies combine,
            // so the header repeats the page's own and adds that.
            // The iframe page, in every language (`de/embed.html`): the
            // only page other sites may frame.
            let embed = file.rsplit('/').next() == Some(FRAME_PAGE);
            let ancestors = if embed { "*" } else { "'self'" };
            let policy = own
                .iter()
                .find(|(f, _)| f == file)
                .map_or(page_csp, |(_, p)| p);
            headers.push((
                "Content-Security-Policy",
                format!("{policy}; frame-ancestors {ancestors}"),
            ));
            // A cross-origin page that opened the app keeps no handle on
            // its window, so it cannot rewrite the app's state through the
            // fragment. Not on the iframe page, which other sites place and
            // configure by design (and COOP means nothing inside a frame).
            if !embed {
                headers.push(("Cross-Origin-Opener-Policy", "same-origin".into()));
            }
        }
        for path in url_paths(file) {
            if !rules.iter().any(|r| r.path == path) {
                rules.push(HeaderRule::new(path, headers.clone()));
            }
        }
    }
    rules
}

/// `rules` in the `_headers` format, or why a host would not read them all.
pub fn headers_file(rules: &[HeaderRule]) -> Result<String, String> {
    if rules.len() > MAX_RULES {
        return Err(format!(
            "{} header rules: Cloudflare Pages reads only {MAX_RULES}",
            rules.len()
        ));
    }
    let mut out = String::from(
        "# Written by tools/postbuild from tools/postbuild/src/headers.rs; do not edit.\n",
    );
    for rule in rules {
        out.push_str(&rule.path);
        out.push('\n');
        for (name, value) in &rule.headers {
            let line = format!("  {name}: {value}");
            if line.len() > MAX_LINE {
                return Err(format!(
                    "the {name} header of {} is over {MAX_LINE} characters",
                    rule.path
                ));
            }
            out.push_str(&line);
            out.push('\n');
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const CSP: &str = "default-src 'self'";

    fn build() -> Vec<String> {
        [
            "./",
            "app-edcba9876543210.css",
            "de/embed.html",
            "de/index.html",
            "embed.html",
            "embed.js",
            "icons/icon-192.png",
            "index.html",
            "oembed-ml.json",
            "sw.js",
            "versus-0123456789abcdef.js",
            "versus-0123456789abcdef_bg.wasm",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect()
    }

    fn rule<'a>(rules: &'a [HeaderRule], path: &str) -> &'a HeaderRule {
        let found: Vec<_> = rules.iter().filter(|r| r.path == path).collect();
        assert_eq!(found.len(), 1, "one rule for {path}");
        found[0]
    }

    fn header<'a>(rule: &'a HeaderRule, name: &str) -> Option<&'a str> {
        rule.headers
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }

    #[test]
    fn tells_trunks_hashed_names_from_the_rest() {
        assert!(is_hashed("versus-0123456789abcdef.js"));
        assert!(is_hashed("versus-0123456789abcdef_bg.wasm"));
        assert!(is_hashed("app-edcba987.css"));
        assert!(is_hashed("nested/icon-1234abcd.svg"));
        for unhashed in [
            "sw.js",
            "embed.js",
            "index.html",
            "icons/icon-192.png",
            "oembed-ml.json",
            "versus-0123456.js",
            "versus-0123456789abcdef0.js",
            "versus-0123456789ABCDEF.js",
            "-0123456789abcdef.js",
            "versus-0123456789abcdef",
        ] {
            assert!(!is_hashed(unhashed), "{unhashed}");
        }
    }

    #[test]
    fn hashed_files_are_immutable_and_the_rest_revalidate() {
        let rules = header_rules(&build(), CSP);
        for path in [
            "/versus-0123456789abcdef.js",
            "/versus-0123456789abcdef_bg.wasm",
            "/app-edcba9876543210.css",
        ] {
            assert_eq!(header(rule(&rules, path), "Cache-Control"), Some(IMMUTABLE));
        }
        for path in [
            "/",
            "/index.html",
            "/embed.html",
            "/embed",
            "/sw.js",
            "/embed.js",
            "/icons/icon-192.png",
            "/oembed-ml.json",
        ] {
            assert_eq!(
                header(rule(&rules, path), "Cache-Control"),
                Some(REVALIDATE)
            );
        }
        assert!(rules
            .iter()
            .all(|r| r.path != "/./" && r.path != "/_headers"));
    }

    #[test]
    fn pages_get_the_meta_policy_with_their_framing_and_opener_rules() {
        let rules = header_rules(&build(), CSP);
        for path in ["/", "/index.html"] {
            let page = rule(&rules, path);
            assert_eq!(
                header(page, "Content-Security-Policy"),
                Some("default-src 'self'; frame-ancestors 'self'")
            );
            assert_eq!(
                header(page, "Cross-Origin-Opener-Policy"),
                Some("same-origin")
            );
        }
        for path in ["/embed.html", "/embed", "/de/embed.html"] {
            let embed = rule(&rules, path);
            assert_eq!(
                header(embed, "Content-Security-Policy"),
                Some("default-src 'self'; frame-ancestors *")
            );
            assert_eq!(header(embed, "Cross-Origin-Opener-Policy"), None);
        }
        let script = rule(&rules, "/versus-0123456789abcdef.js");
        assert_eq!(header(script, "Content-Security-Policy"), None);
        assert_eq!(header(script, "Cross-Origin-Opener-Policy"), None);
    }

    #[test]
    fn no_path_gets_a_header_from_two_rules() {
        let rules = header_rules(&build(), CSP);
        let everywhere = rule(&rules, "/*");
        assert_eq!(
            header(everywhere, "X-Content-Type-Options"),
            Some("nosniff")
        );
        assert_eq!(header(everywhere, "Referrer-Policy"), Some("no-referrer"));
        assert_eq!(header(everywhere, "Access-Control-Allow-Origin"), Some("*"));
        // `/*` is the only pattern, so a header is doubled only if `/*` and
        // a file's rule both name it, or one rule names it twice.
        for r in &rules {
            let mut names: Vec<_> = r
                .headers
                .iter()
                .map(|(n, _)| n.to_ascii_lowercase())
                .collect();
            names.sort();
            names.dedup();
            assert_eq!(
                names.len(),
                r.headers.len(),
                "{} names a header twice",
                r.path
            );
            if r.path != "/*" {
                assert!(!r.path.contains('*'), "{}", r.path);
                for (name, _) in &everywhere.headers {
                    assert!(header(r, name).is_none(), "{} repeats {name}", r.path);
                }
            }
        }
    }

    #[test]
    fn writes_the_netlify_format_or_says_why_not() {
        let rules = header_rules(&build(), CSP);
        let text = headers_file(&rules).unwrap();
        assert!(text.starts_with('#'));
        assert!(text
            .contains("\n/*\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n"));
        assert!(text.contains("\n/sw.js\n  Cache-Control: no-cache\n"));
        assert!(text.ends_with('\n'));

        let many: Vec<String> = (0..MAX_RULES).map(|i| format!("f{i}.json")).collect();
        let error = headers_file(&header_rules(&many, CSP)).unwrap_err();
        assert!(error.contains("Cloudflare Pages reads only 100"), "{error}");
        let long = "x".repeat(MAX_LINE);
        let error = headers_file(&header_rules(&build(), &long)).unwrap_err();
        assert!(error.contains("Content-Security-Policy"), "{error}");
    }
}
