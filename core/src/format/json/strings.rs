//! JSON strings: escapes, `\u` escapes with their surrogate pairs, and
//! the control characters a string may not hold.

use super::parser::Parser;
use super::fault::JsonFault;
use super::SyntaxError;

impl Parser<'_> {
    pub(super) fn string(&mut self) -> Result<String, SyntaxError> {
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
                    return Err(self.error(JsonFault::UnescapedControl))
                }
                None => {
                    return Err(SyntaxError {
                        at: start,
                        fault: JsonFault::UnclosedText,
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
            _ => return Err(self.error(JsonFault::UnknownEscape(self.found()))),
        };
        self.bump();
        Ok(c)
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let digits = self
            .text
            .get(self.at.offset..self.at.offset + 4)
            .filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()))
            .ok_or_else(|| self.error(JsonFault::ShortUnicodeEscape))?;
        // Four hex digits always parse; folded by hand rather than with
        // `from_str_radix(..).expect(..)`, whose error message would pull
        // the Debug formatter (kilobytes) into the WASM.
        let value = digits
            .chars()
            .fold(0, |n, c| n * 16 + c.to_digit(16).unwrap_or(0));
        for _ in 0..4 {
            self.bump();
        }
        Ok(value)
    }

    fn unicode_escape(&mut self) -> Result<char, SyntaxError> {
        let first = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&first) {
            if !self.bytes[self.at.offset..].starts_with(b"\\u") {
                return Err(self.error(JsonFault::UnpairedSurrogate));
            }
            self.bump();
            self.bump();
            let second = self.hex4()?;
            if !(0xDC00..0xE000).contains(&second) {
                return Err(self.error(JsonFault::UnpairedSurrogate));
            }
            0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        } else {
            first
        };
        char::from_u32(code)
            .ok_or_else(|| self.error(JsonFault::LoneSurrogate))
    }
}
