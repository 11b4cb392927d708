//! A short, stable name for a text's content.
//!
//! This file uses nothing, so `core/build.rs` includes it as it is (it
//! names the catalog files with it, as the app and the build must agree).

/// A short fingerprint of a dataset's text, so remembered weights for one
/// comparison never land on another: FNV-1a, as 16 hex digits.
pub fn fingerprint(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}
