//! The parser: bytes to `Node`s, counting lines and columns as it goes,
//! refusing what RFC 8259 refuses and nesting past `MAX_DEPTH`.

use std::collections::BTreeSet;

use super::number::decimal;
use super::{Json, Member, Node, Position, SyntaxError, MAX_DEPTH};

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

pub(super) struct Parser<'a> {
    pub(super) bytes: &'a [u8],
    pub(super) text: &'a str,
    pub(super) at: Position,
}

impl Parser<'_> {
    pub(super) fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at.offset).copied()
    }

    /// Moves past one byte, counting lines and (UTF-8 leading bytes only) columns.
    pub(super) fn bump(&mut self) {
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

    pub(super) fn error(&self, message: impl Into<String>) -> SyntaxError {
        SyntaxError {
            at: self.at,
            message: message.into(),
        }
    }

    /// "found `x`" or "the text ended", for messages.
    pub(super) fn found(&self) -> String {
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
