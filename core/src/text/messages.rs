//! Pieces of messages about someone else's input: a short echo of a value,
//! and a quoted id.

/// How much of a bad setting a notice repeats back to the reader.
const ECHO_CHARS: usize = 32;
/// How much of an id or a name a dataset message repeats.
const SHOWN_CHARS: usize = 40;

/// The first `max` characters of `text`, and `…` where more were cut:
/// how every message repeats untrusted text without growing with it.
pub fn clipped(text: &str, max: usize) -> String {
    let mut short: String = text.chars().take(max).collect();
    if short.len() < text.len() {
        short.push('…');
    }
    short
}

/// At most `ECHO_CHARS` characters of untrusted input, for a message.
pub fn echo(text: &str) -> String {
    clipped(text, ECHO_CHARS)
}

/// An id as a message repeats it: cut short (the message quotes it).
pub fn shown(id: &str) -> String {
    clipped(id, SHOWN_CHARS)
}
