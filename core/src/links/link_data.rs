//! A dataset carried inside a link: `#data=<base64url of deflate-raw>`.
//!
//! The browser compresses and decompresses (its `CompressionStream`, so no
//! deflate code ships in the WASM); this module is the text part of the
//! codec: base64url without padding, the fragment key, and the limits.

/// The fragment part that carries a dataset: `data=<encoded>`.
pub const DATA_KEY: &str = "data";

/// The longest encoded dataset a link may carry. Chat apps, mail clients
/// and some servers cut links far shorter than browsers allow; past this
/// a file by URL is the better way to share.
pub const MAX_LINK_DATA_CHARS: usize = 16_000;

/// Links longer than this are fine in a browser but may be cut by chat
/// and mail apps; the authoring page says so.
pub const SHORT_LINK_CHARS: usize = 2_000;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Bytes as base64url without padding.
pub fn encode_bytes(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

/// base64url (padding optional) back to bytes; `None` for any other text.
pub fn decode_bytes(text: &str) -> Option<Vec<u8>> {
    let text = text.trim_end_matches('=');
    if text.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    for chunk in text.as_bytes().chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            let v = ALPHABET.iter().position(|&a| a == c)? as u32;
            n |= v << (18 - 6 * i);
        }
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Some(out)
}

/// Splits a fragment into the dataset it carries (the `data=` part, still
/// encoded) and the rest, the reader's state (`v1&...`).
pub fn split_fragment(fragment: &str) -> (Option<&str>, String) {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let mut data = None;
    let mut rest = Vec::new();
    for part in fragment.split('&') {
        match part.strip_prefix("data=") {
            Some(encoded) if data.is_none() => data = Some(encoded),
            _ => rest.push(part),
        }
    }
    (data, rest.join("&"))
}

/// A fragment holding the reader's state and, when there is one, the dataset.
pub fn join_fragment(state: &str, data: Option<&str>) -> String {
    match data {
        Some(encoded) if state.is_empty() => format!("{DATA_KEY}={encoded}"),
        Some(encoded) => format!("{state}&{DATA_KEY}={encoded}"),
        None => state.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_round_trips_every_length() {
        for len in 0..40 {
            let bytes: Vec<u8> = (0..len).map(|i| (i * 37 + 11) as u8).collect();
            let text = encode_bytes(&bytes);
            assert!(!text.contains(['+', '/', '=']));
            assert_eq!(decode_bytes(&text).unwrap(), bytes);
        }
        assert_eq!(encode_bytes(b"Man"), "TWFu");
        assert_eq!(encode_bytes(b"Ma"), "TWE");
        assert_eq!(decode_bytes("TWE="), Some(b"Ma".to_vec()));
    }

    #[test]
    fn other_text_is_not_base64url() {
        assert_eq!(decode_bytes("a+b/"), None);
        assert_eq!(decode_bytes("abcde"), None);
        assert_eq!(decode_bytes("ab c"), None);
    }

    #[test]
    fn the_dataset_and_the_state_share_a_fragment() {
        assert_eq!(
            split_fragment("#v1&ai=3&data=abc"),
            (Some("abc"), "v1&ai=3".to_string())
        );
        assert_eq!(split_fragment("data=abc"), (Some("abc"), String::new()));
        assert_eq!(split_fragment("v1&ai=3"), (None, "v1&ai=3".to_string()));
        assert_eq!(join_fragment("v1&ai=3", Some("abc")), "v1&ai=3&data=abc");
        assert_eq!(join_fragment("", Some("abc")), "data=abc");
        assert_eq!(join_fragment("v1", None), "v1");
    }
}
