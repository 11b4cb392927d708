//! Inserting a tag into a built page's head.

/// `html` with `tag` right after its `<meta charset>`: early enough for a
/// policy to govern every script, and for crawlers to find a link.
pub fn insert_after_charset(html: &str, tag: &str) -> Result<String, String> {
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
