//! How the fuzzer damages a dataset: bytes, tokens, numbers, text, and
//! whole objects and lists, all driven by one deterministic generator.

/// Longest mutated input; longer ones are cut.
const MAX_INPUT: usize = 128 * 1024;

/// What the mutations insert, each list separated by spaces.
const TOKENS: &str =
    "{ } [ ] \" , : \\ \\u \\ud800 \\udc00 \\u0000 - 1e999 -0 0.5 1e-400 01 1. null \
    true \"\" {} [] \u{feff} é 😀 \u{0} \n 99999999999999999999 \"id\":\"x\", \"range\":[1,9],";
const KEYS: &str = "id file name title url value range contested citations weights recommended \
    claims correction caveat technology $schema";
const NUMBERS: &str = "0 -1 10 11 10.5 1e308 -0 255 256 2.5 1e-7 4.999999999 5.0 -0.0";
const STRINGS: [&str; 12] = [
    "",
    "  ",
    "javascript:alert(1)",
    "https://",
    "HTTPS://x",
    "sort",
    "a b",
    "node",
    "python",
    "postgres",
    "setup",
    "0123456789012345678901234567890123456789012345678901234567890123456789",
];
const BYTES: &[u8] = b"\"\\{}[],:0-e. \n\x00\x1f\x7f\xc3\xe2\xf0\xff";
const NESTING: &str = "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[";

/// xorshift64*: deterministic, so a failure can be run again.
pub struct Rng(pub u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    fn word<'a>(&mut self, words: &'a str) -> &'a str {
        let n = self.below(words.split(' ').count());
        words.split(' ').nth(n).unwrap_or_default()
    }
}

/// Where each object or array in `text` starts and ends (inclusive),
/// skipping strings; unmatched brackets are left out.
fn containers(text: &[u8]) -> Vec<(usize, usize)> {
    let (mut stack, mut spans, mut in_string, mut escaped) = (Vec::new(), Vec::new(), false, false);
    for (i, &b) in text.iter().enumerate() {
        if escaped {
            escaped = false;
        } else if in_string {
            escaped = b == b'\\';
            in_string = b != b'"';
        } else if b == b'"' {
            in_string = true;
        } else if b == b'{' || b == b'[' {
            stack.push(i);
        } else if b == b'}' || b == b']' {
            if let Some(start) = stack.pop() {
                spans.push((start, i));
            }
        }
    }
    spans
}

/// The span of the first `"…"` at or after `from` (quotes included).
fn string_at(text: &[u8], from: usize) -> Option<(usize, usize)> {
    let start = from + text.get(from..)?.iter().position(|&b| b == b'"')?;
    let mut i = start + 1;
    while i < text.len() {
        match text[i] {
            b'\\' => i += 2,
            b'"' => return Some((start, i)),
            _ => i += 1,
        }
    }
    None
}

/// The span of the first number at or after `from`.
fn number_at(text: &[u8], from: usize) -> Option<(usize, usize)> {
    let start = from + text.get(from..)?.iter().position(|b| b.is_ascii_digit())?;
    let len = text[start..]
        .iter()
        .take_while(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'-' | b'+'))
        .count();
    Some((start, start + len - 1))
}

pub fn mutate(rng: &mut Rng, text: &mut Vec<u8>, other: &[u8]) {
    let len = text.len();
    let at = rng.below(len + 1);
    // Mostly a few bytes; one time in four, up to a quarter of the text.
    let most = if rng.below(4) == 0 { len / 4 + 1 } else { 64 };
    let short = 1 + rng.below(most);
    let end = (at + short).min(len);
    match rng.below(14) {
        0 => {
            if at < len {
                text[at] ^= 1 << rng.below(8);
            }
        }
        1 => {
            if at < len {
                text[at] = BYTES[rng.below(BYTES.len())];
            }
        }
        2 => drop(text.drain(at..end)),
        3 => {
            let slice = text[at..end].to_vec();
            let to = rng.below(len + 1);
            text.splice(to..to, slice);
        }
        4 => {
            let token = rng.word(TOKENS).as_bytes();
            text.splice(at..at, token.iter().copied());
        }
        5 => {
            let depth = 1 + rng.below(NESTING.len());
            text.splice(at..at, NESTING.bytes().take(depth));
        }
        6 => text.truncate(at),
        7 => {
            // A number becomes text, or another number.
            if let Some((s, e)) = number_at(text, at) {
                let with = if rng.below(3) == 0 {
                    "\"7\""
                } else {
                    rng.word(NUMBERS)
                };
                text.splice(s..=e, with.bytes());
            }
        }
        8 => {
            // Text becomes a number, or other text.
            if let Some((s, e)) = string_at(text, at) {
                let with = match rng.below(4) {
                    0 => rng.word(NUMBERS).to_string(),
                    1 => format!("\"{}\"", rng.word(KEYS)),
                    2 => format!("\"{}\"", "word ".repeat(75 + rng.below(10))),
                    _ => format!("\"{}\"", rng.pick(&STRINGS)),
                };
                text.splice(s..=e, with.bytes());
            }
        }
        9 => {
            // Graft a slice of another seed.
            let from = rng.below(other.len());
            let slice = &other[from..(from + short).min(other.len())];
            text.splice(at..end, slice.iter().copied());
        }
        kind => {
            // Whole objects and lists: delete, duplicate or swap them, so
            // the text stays JSON and the validator, not the parser, answers.
            let spans = containers(text);
            if spans.is_empty() {
                return;
            }
            let (s, e) = spans[rng.below(spans.len())];
            match kind {
                10 => {
                    let after = text[e + 1..].iter().position(|b| !b.is_ascii_whitespace());
                    let e = match after {
                        Some(gap) if text[e + 1 + gap] == b',' => e + 1 + gap,
                        _ => e,
                    };
                    text.drain(s..=e);
                }
                11 | 12 => {
                    let copy: Vec<u8> = [b",".as_slice(), &text[s..=e]].concat();
                    text.splice(e + 1..e + 1, copy);
                }
                _ => {
                    let (s2, e2) = spans[rng.below(spans.len())];
                    if e2 < s || e < s2 {
                        let copy = text[s2..=e2].to_vec();
                        text.splice(s..=e, copy);
                    }
                }
            }
        }
    }
    text.truncate(MAX_INPUT);
}
