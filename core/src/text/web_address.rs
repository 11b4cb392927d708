//! Web addresses from a dataset or an embed setting: which ones may become
//! links, and how to write one where a stray character would end it early.

use super::escape::percent_encode;

/// Only `http:` and `https:` addresses become links: never `javascript:`
/// or `data:`, which a link would run or open.
pub fn is_web_address(url: &str) -> bool {
    let lower = url.trim_start().to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    rest.is_some_and(|r| !r.is_empty() && !r.starts_with('/'))
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// `url` with every byte an address may not hold as it is percent-encoded
/// (spaces, control characters, `"`, `<`, `>`, `\`, `^`, `` ` ``, `{`,
/// `|`, `}` and non-ASCII, as UTF-8), and so are the bytes in `also` after
/// the host. `%` is kept, so escapes already there mean what they meant:
/// browsers and servers read the result as the same address.
pub fn percent_encode_url(url: &str, also: &[u8]) -> String {
    let host_end = url.find("://").map_or(0, |at| {
        let after = at + 3;
        url[after..]
            .find(['/', '?', '#'])
            .map_or(url.len(), |end| after + end)
    });
    percent_encode(url, |i, b| {
        let allowed = b.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&'()*+,;=%".contains(&b);
        allowed && (i < host_end || !also.contains(&b))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_unsafe_bytes_are_encoded_and_escapes_are_kept() {
        assert_eq!(
            percent_encode_url("https://x.example/a b/ü?q={1}&r=%20\"", b""),
            "https://x.example/a%20b/%C3%BC?q=%7B1%7D&r=%20%22"
        );
        assert_eq!(
            percent_encode_url("http://[::1]:8080/(a)[b]", b"()[]"),
            "http://[::1]:8080/%28a%29%5Bb%5D"
        );
    }
}
