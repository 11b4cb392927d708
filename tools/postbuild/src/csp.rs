//! The Content-Security-Policy every page runs under, with the hashes of
//! its inline scripts.

use crate::html::insert_after_charset;

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

pub fn sha256_base64_bytes(bytes: &[u8]) -> String {
    use base64::Engine;
    use sha2::Digest;
    base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(bytes))
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
