//! The parser: bytes to `Node`s, counting lines and columns as it goes,
//! refusing what RFC 8259 refuses and nesting past `MAX_DEPTH`.

use std::collections::BTreeSet;

use super::number::decimal;
use super::fault::{Expected, Found, JsonFault};
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
        Some(_) => Err(parser.error(JsonFault::TextAfterEnd)),
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

    pub(super) fn error(&self, fault: JsonFault) -> SyntaxError {
        SyntaxError { at: self.at, fault }
    }

    /// Where `expected` is not what comes next.
    pub(super) fn expected(&self, expected: Expected) -> SyntaxError {
        self.error(JsonFault::Expected(expected, self.found()))
    }

    /// What comes next, for a message.
    pub(super) fn found(&self) -> Found {
        match self
            .text
            .get(self.at.offset..)
            .and_then(|s| s.chars().next())
        {
            None => Found::End,
            Some(c) if c.is_control() => Found::Control(c as u32),
            Some(c) => Found::Char(c),
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
            Err(self.expected(Expected::Value))
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
            _ => return Err(self.expected(Expected::Value)),
        };
        Ok(Node { value, at })
    }

    fn enter(&self, depth: usize) -> Result<usize, SyntaxError> {
        if depth >= MAX_DEPTH {
            Err(self.error(JsonFault::TooDeep))
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
                        return Err(self.error(JsonFault::ListEndsWithComma));
                    }
                }
                Some(b']') => {
                    self.bump();
                    return Ok(Json::Array(items));
                }
                _ => return Err(self.expected(Expected::CommaOrBracket)),
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
                return Err(self.expected(Expected::FieldName));
            }
            let key_at = self.at;
            let key = self.string()?;
            if !keys.insert(key.clone()) {
                return Err(SyntaxError {
                    at: key_at,
                    fault: JsonFault::DuplicateField(key),
                });
            }
            self.skip_space();
            if self.peek() != Some(b':') {
                let found = self.found();
                return Err(self.error(JsonFault::ExpectedColon { key, found }));
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
                        return Err(self.error(JsonFault::ObjectEndsWithComma));
                    }
                }
                Some(b'}') => {
                    self.bump();
                    return Ok(Json::Object(members));
                }
                _ => return Err(self.expected(Expected::CommaOrBrace)),
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
            return Err(self.expected(Expected::Digit));
        }
        if int_digits > 1 && self.bytes[int_start] == b'0' {
            return Err(self.error(JsonFault::LeadingZero));
        }
        if self.peek() == Some(b'.') {
            self.bump();
            if digits(self) == 0 {
                return Err(self.expected(Expected::DigitAfterPoint));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.bump();
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.bump();
            }
            if digits(self) == 0 {
                return Err(self.expected(Expected::ExponentDigit));
            }
        }
        decimal(&self.text[start..self.at.offset])
            .ok_or_else(|| self.error(JsonFault::NumberTooLarge))
    }
}
