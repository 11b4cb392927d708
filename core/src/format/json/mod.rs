//! A small JSON parser that remembers where every value starts.
//!
//! The dataset reader needs positions (an author's editor jumps to
//! `line 12, column 5`) and hard limits (a hostile file must not hang or
//! exhaust the page); it needs nothing else serde_json offers, and this is
//! a fraction of its size in the WASM. Strict RFC 8259: no comments, no
//! trailing commas, no duplicate keys.

use std::collections::BTreeSet;
use std::fmt;

mod number;
mod pretty;

pub use pretty::pretty;
#[cfg(test)]
mod tests;

use number::decimal;

/// How deeply arrays and objects may nest; a dataset needs seven levels.
pub const MAX_DEPTH: usize = 32;

/// Where a value starts: 1-based line and column (in characters), and the
/// byte offset for code that slices the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Position {
    pub line: u32,
    pub column: u32,
    pub offset: usize,
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}, column {}", self.line, self.column)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Node>),
    /// Members in document order.
    Object(Vec<Member>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub value: Json,
    pub at: Position,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    pub key: String,
    pub node: Node,
}

impl Json {
    /// What a person calls this kind of value, for "expected a number, found text".
    pub fn kind(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "true or false",
            Json::Number(_) => "a number",
            Json::String(_) => "text",
            Json::Array(_) => "a list",
            Json::Object(_) => "an object",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxError {
    pub at: Position,
    pub message: String,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.at, self.message)
    }
}

/// Parses one JSON document.
pub fn parse(text: &str) -> Result<Node, SyntaxError> {
    let mut parser = Parser {
        bytes: text.as_bytes(),
        text,
        at: Position {
            line: 1,
            column: 1,
            offset: 0,
        },
    };
    // A byte order mark is how some editors save UTF-8; it is not content.
    if text.starts_with('\u{feff}') {
        parser.at.offset = 3;
    }
    parser.skip_space();
    let node = parser.value(0)?;
    parser.skip_space();
    match parser.peek() {
        None => Ok(node),
        Some(_) => Err(parser.error("unexpected text after the end of the document")),
    }
}

struct Parser<'a> {
    bytes: &'a [u8],
    text: &'a str,
    at: Position,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at.offset).copied()
    }

    /// Moves past one byte, counting lines and (UTF-8 leading bytes only) columns.
    fn bump(&mut self) {
        if let Some(b) = self.peek() {
            self.at.offset += 1;
            if b == b'\n' {
                self.at.line += 1;
                self.at.column = 1;
            } else if b & 0xC0 != 0x80 {
                self.at.column += 1;
            }
        }
    }

    fn error(&self, message: impl Into<String>) -> SyntaxError {
        SyntaxError {
            at: self.at,
            message: message.into(),
        }
    }

    /// "found `x`" or "the text ended", for messages.
    fn found(&self) -> String {
        match self
            .text
            .get(self.at.offset..)
            .and_then(|s| s.chars().next())
        {
            None => "the text ended".to_string(),
            Some(c) if c.is_control() => format!("found control character U+{:04X}", c as u32),
            Some(c) => format!("found `{c}`"),
        }
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.bump();
        }
    }

    fn expect_word(&mut self, word: &str, value: Json) -> Result<Json, SyntaxError> {
        if self.bytes[self.at.offset..].starts_with(word.as_bytes()) {
            for _ in 0..word.len() {
                self.bump();
            }
            Ok(value)
        } else {
            Err(self.error(format!("expected a value, {}", self.found())))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Node, SyntaxError> {
        let at = self.at;
        let value = match self.peek() {
            Some(b'{') => self.object(depth)?,
            Some(b'[') => self.array(depth)?,
            Some(b'"') => Json::String(self.string()?),
            Some(b't') => self.expect_word("true", Json::Bool(true))?,
            Some(b'f') => self.expect_word("false", Json::Bool(false))?,
            Some(b'n') => self.expect_word("null", Json::Null)?,
            Some(b'-' | b'0'..=b'9') => Json::Number(self.number()?),
            _ => return Err(self.error(format!("expected a value, {}", self.found()))),
        };
        Ok(Node { value, at })
    }

    fn enter(&self, depth: usize) -> Result<usize, SyntaxError> {
        if depth >= MAX_DEPTH {
            Err(self.error(format!("nested more than {MAX_DEPTH} levels deep")))
        } else {
            Ok(depth + 1)
        }
    }

    fn array(&mut self, depth: usize) -> Result<Json, SyntaxError> {
        let depth = self.enter(depth)?;
        self.bump();
        self.skip_space();
        let mut items = Vec::new();
        if self.peek() == Some(b']') {
            self.bump();
            return Ok(Json::Array(items));
        }
        loop {
            items.push(self.value(depth)?);
            self.skip_space();
            match self.peek() {
                Some(b',') => {
                    self.bump();
                    self.skip_space();
                    if self.peek() == Some(b']') {
                        return Err(self.error("a list cannot end with a comma"));
                    }
                }
                Some(b']') => {
                    self.bump();
                    return Ok(Json::Array(items));
                }
                _ => return Err(self.error(format!("expected `,` or `]`, {}", self.found()))),
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Json, SyntaxError> {
        let depth = self.enter(depth)?;
        self.bump();
        self.skip_space();
        let mut members: Vec<Member> = Vec::new();
        // A set, not a scan of `members`: an object of 50,000 keys must not
        // take a billion comparisons.
        let mut keys = BTreeSet::new();
        if self.peek() == Some(b'}') {
            self.bump();
            return Ok(Json::Object(members));
        }
        loop {
            if self.peek() != Some(b'"') {
                return Err(self.error(format!(
                    "expected a field name in double quotes, {}",
                    self.found()
                )));
            }
            let key_at = self.at;
            let key = self.string()?;
            if !keys.insert(key.clone()) {
                return Err(SyntaxError {
                    at: key_at,
                    message: format!("field `{key}` appears twice in the same object"),
                });
            }
            self.skip_space();
            if self.peek() != Some(b':') {
                return Err(self.error(format!("expected `:` after `\"{key}\"`, {}", self.found())));
            }
            self.bump();
            self.skip_space();
            let node = self.value(depth)?;
            members.push(Member { key, node });
            self.skip_space();
            match self.peek() {
                Some(b',') => {
                    self.bump();
                    self.skip_space();
                    if self.peek() == Some(b'}') {
                        return Err(self.error("an object cannot end with a comma"));
                    }
                }
                Some(b'}') => {
                    self.bump();
                    return Ok(Json::Object(members));
                }
                _ => return Err(self.error(format!("expected `,` or `}}`, {}", self.found()))),
            }
        }
    }

    fn string(&mut self) -> Result<String, SyntaxError> {
        let start = self.at;
        self.bump();
        let mut out = String::new();
        loop {
            let run_start = self.at.offset;
            while matches!(self.peek(), Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.bump();
            }
            // Runs break only at ASCII bytes, so this slice is on char boundaries.
            out.push_str(&self.text[run_start..self.at.offset]);
            match self.peek() {
                Some(b'"') => {
                    self.bump();
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.bump();
                    out.push(self.escape()?);
                }
                Some(_) => {
                    return Err(self.error(
                        "a line break or control character inside text must be escaped (`\\n`)",
                    ))
                }
                None => {
                    return Err(SyntaxError {
                        at: start,
                        message: "this text is never closed with `\"`".to_string(),
                    })
                }
            }
        }
    }

    fn escape(&mut self) -> Result<char, SyntaxError> {
        let c = match self.peek() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.bump();
                return self.unicode_escape();
            }
            _ => return Err(self.error(format!("unknown escape `\\`, {}", self.found()))),
        };
        self.bump();
        Ok(c)
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let digits = self
            .text
            .get(self.at.offset..self.at.offset + 4)
            .filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()))
            .ok_or_else(|| self.error("`\\u` needs four hexadecimal digits"))?;
        let value = u32::from_str_radix(digits, 16).expect("four hex digits");
        for _ in 0..4 {
            self.bump();
        }
        Ok(value)
    }

    fn unicode_escape(&mut self) -> Result<char, SyntaxError> {
        let first = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&first) {
            if !self.bytes[self.at.offset..].starts_with(b"\\u") {
                return Err(self.error("a `\\u` high surrogate must be followed by a low one"));
            }
            self.bump();
            self.bump();
            let second = self.hex4()?;
            if !(0xDC00..0xE000).contains(&second) {
                return Err(self.error("a `\\u` high surrogate must be followed by a low one"));
            }
            0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        } else {
            first
        };
        char::from_u32(code)
            .ok_or_else(|| self.error("`\\u` names no character (a lone surrogate)"))
    }

    fn number(&mut self) -> Result<f64, SyntaxError> {
        let start = self.at.offset;
        let digits = |p: &mut Self| {
            let from = p.at.offset;
            while matches!(p.peek(), Some(b'0'..=b'9')) {
                p.bump();
            }
            p.at.offset - from
        };
        if self.peek() == Some(b'-') {
            self.bump();
        }
        let int_start = self.at.offset;
        let int_digits = digits(self);
        if int_digits == 0 {
            return Err(self.error(format!("expected a digit, {}", self.found())));
        }
        if int_digits > 1 && self.bytes[int_start] == b'0' {
            return Err(SyntaxError {
                at: self.at,
                message: "a number cannot start with 0 (write 7, not 07)".to_string(),
            });
        }
        if self.peek() == Some(b'.') {
            self.bump();
            if digits(self) == 0 {
                return Err(self.error(format!("expected a digit after `.`, {}", self.found())));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.bump();
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.bump();
            }
            if digits(self) == 0 {
                return Err(self.error(format!(
                    "expected a digit in the exponent, {}",
                    self.found()
                )));
            }
        }
        decimal(&self.text[start..self.at.offset])
            .ok_or_else(|| self.error("this number is too large"))
    }
}

/// `text` as a JSON string literal, quotes included.
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
