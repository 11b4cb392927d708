//! The part of Project Fluent's syntax our catalogs use, read into
//! patterns, and the compact form the app reads at run time.
//!
//! The `.ftl` files in `l10n/` are the source; the build (`core/build.rs`,
//! which includes this file as it is) turns each into the compact form, a
//! JSON list, so the WASM carries neither a Fluent parser nor the
//! catalogs it does not use. Supported: messages (`id = pattern`, lines
//! after it indented), comments, text, `{ $variable }`, string literals
//! `{ "text" }` (with `\\uXXXX` escapes), and select expressions on a variable with identifier or
//! number keys and one `*` default, nested or not. Terms, attributes and
//! functions are refused with the line they are on; a host test also
//! parses every catalog with the reference parser (`fluent-syntax`).
//!
//! This file uses nothing else in the crate but `text::json_quote`, which
//! the build script includes too, so the build script can include it.

use crate::text::json_quote;

/// A message's value: text and placeables, in order.
pub type Pattern = Vec<Piece>;

#[derive(Debug, Clone, PartialEq)]
pub enum Piece {
    Text(String),
    /// `{ $name }`: a variable, formatted for the locale where it is a number.
    Variable(String),
    /// `{ $name -> [key] pattern … *[key] pattern }`.
    Select {
        variable: String,
        variants: Vec<(String, Pattern)>,
        /// Index of the `*` variant in `variants`.
        default: usize,
    },
}

/// One message of a catalog.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    pub id: String,
    pub value: Pattern,
}

/// Reads a catalog; an error names its line.
pub fn parse(source: &str) -> Result<Vec<Message>, String> {
    let lines: Vec<&str> = source.lines().collect();
    let mut messages: Vec<Message> = Vec::new();
    let mut at = 0;
    while at < lines.len() {
        let line = lines[at];
        let first = at + 1;
        at += 1;
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if line.starts_with([' ', '\t']) {
            return Err(format!("line {first}: an indented line outside a message"));
        }
        let (id, rest) = line
            .split_once('=')
            .ok_or_else(|| format!("line {first}: expected `id = value`"))?;
        let id = id.trim();
        if id.starts_with('-') {
            return Err(format!("line {first}: terms (`{id}`) are not supported"));
        }
        if id.is_empty() || !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
            return Err(format!("line {first}: `{id}` is not a message id"));
        }
        let mut text = rest.to_string();
        while at < lines.len() && lines[at].starts_with([' ', '\t']) {
            text.push('\n');
            text.push_str(lines[at]);
            at += 1;
        }
        let mut reader = Reader { chars: text.chars().collect(), at: 0, line: first };
        let value = reader.pattern(false)?;
        if reader.at < reader.chars.len() {
            return Err(format!("line {}: unexpected `{}`", reader.line, reader.chars[reader.at]));
        }
        if value.is_empty() {
            return Err(format!("line {first}: `{id}` has no value"));
        }
        if messages.iter().any(|m| m.id == id) {
            return Err(format!("line {first}: `{id}` is defined twice"));
        }
        messages.push(Message { id: id.to_string(), value });
    }
    Ok(messages)
}

struct Reader {
    chars: Vec<char>,
    at: usize,
    line: usize,
}

impl Reader {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    fn error(&self, what: &str) -> String {
        format!("line {}: {what}", self.line)
    }

    fn spaces(&mut self) {
        while let Some(c) = self.peek() {
            if c == '\n' {
                self.line += 1;
            } else if c != ' ' && c != '\t' {
                break;
            }
            self.at += 1;
        }
    }

    /// Text and placeables up to the end (or, in a variant, up to the next
    /// variant or the closing brace). Line breaks inside text are kept as
    /// one `\n` with the indentation dropped; trailing spaces are trimmed.
    fn pattern(&mut self, in_variant: bool) -> Result<Pattern, String> {
        let mut pieces = Vec::new();
        let mut text = String::new();
        // Spaces right after `=` or `]` are not part of the value.
        while matches!(self.peek(), Some(' ' | '\t')) {
            self.at += 1;
        }
        // A value may start on the next line.
        if self.peek() == Some('\n') && !(in_variant && self.variant_ends_after_break_from(self.at + 1)) {
            self.at += 1;
            self.line += 1;
            self.skip_indent();
        }
        while let Some(c) = self.peek() {
            match c {
                '{' => {
                    if !text.is_empty() {
                        pieces.push(Piece::Text(std::mem::take(&mut text)));
                    }
                    self.at += 1;
                    pieces.push(self.placeable()?);
                }
                '}' if in_variant => break,
                '}' => return Err(self.error("an unmatched `}`")),
                '\n' => {
                    if in_variant && self.variant_ends_after_break_from(self.at + 1) {
                        break;
                    }
                    self.at += 1;
                    self.line += 1;
                    if self.chars[self.at..].iter().all(|c| c.is_whitespace()) {
                        break;
                    }
                    let trimmed = text.trim_end().len();
                    text.truncate(trimmed);
                    text.push('\n');
                    self.skip_indent();
                }
                _ => {
                    text.push(c);
                    self.at += 1;
                }
            }
        }
        let trimmed = text.trim_end().len();
        text.truncate(trimmed);
        if !text.is_empty() {
            pieces.push(Piece::Text(text));
        }
        Ok(pieces)
    }

    /// Whether the text after a line break (at `from`) ends a variant:
    /// the next variant's key or the select's closing brace.
    fn variant_ends_after_break_from(&self, from: usize) -> bool {
        let mut probe = from;
        while let Some(&c) = self.chars.get(probe) {
            match c {
                ' ' | '\t' | '\n' => probe += 1,
                '[' | '*' | '}' => return true,
                _ => return false,
            }
        }
        true
    }

    fn skip_indent(&mut self) {
        while matches!(self.peek(), Some(' ' | '\t')) {
            self.at += 1;
        }
    }

    fn name(&mut self) -> String {
        let start = self.at;
        while self
            .peek()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            self.at += 1;
        }
        self.chars[start..self.at].iter().collect()
    }

    /// After `{`: a variable, a string literal or a select expression, and `}`.
    fn placeable(&mut self) -> Result<Piece, String> {
        self.spaces();
        let piece = match self.peek() {
            Some('"') => {
                self.at += 1;
                let mut literal = String::new();
                loop {
                    match self.peek() {
                        Some('"') => break,
                        Some('\\') => {
                            self.at += 1;
                            match self.peek() {
                                Some(c @ ('"' | '\\')) => literal.push(c),
                                Some(u @ ('u' | 'U')) => {
                                    let digits = if u == 'u' { 4 } else { 6 };
                                    let hex: String =
                                        self.chars.iter().skip(self.at + 1).take(digits).collect();
                                    let c = u32::from_str_radix(&hex, 16)
                                        .ok()
                                        .filter(|_| hex.len() == digits)
                                        .and_then(char::from_u32)
                                        .ok_or_else(|| self.error("a bad \\u escape"))?;
                                    literal.push(c);
                                    self.at += digits;
                                }
                                _ => return Err(self.error("a string literal's escapes are \\\", \\\\, \\uXXXX and \\UXXXXXX")),
                            }
                        }
                        Some('\n') | None => return Err(self.error("an unterminated string literal")),
                        Some(c) => literal.push(c),
                    }
                    self.at += 1;
                }
                self.at += 1;
                Piece::Text(literal)
            }
            Some('$') => {
                self.at += 1;
                let variable = self.name();
                if variable.is_empty() {
                    return Err(self.error("a `$` without a variable name"));
                }
                self.spaces();
                if self.chars[self.at..].starts_with(&['-', '>']) {
                    self.at += 2;
                    self.select(variable)?
                } else {
                    Piece::Variable(variable)
                }
            }
            _ => {
                return Err(self.error(
                    "expected `$variable` or a \"string\" (terms, messages and functions are not supported)",
                ))
            }
        };
        self.spaces();
        if self.peek() != Some('}') {
            return Err(self.error("expected `}`"));
        }
        self.at += 1;
        Ok(piece)
    }

    /// After `->`: the variants, up to (not including) the closing `}`.
    fn select(&mut self, variable: String) -> Result<Piece, String> {
        let mut variants = Vec::new();
        let mut default = None;
        loop {
            self.spaces();
            match self.peek() {
                Some('}') => break,
                Some('*') => {
                    if default.is_some() {
                        return Err(self.error("a select expression with two `*` defaults"));
                    }
                    default = Some(variants.len());
                    self.at += 1;
                }
                Some('[') => {}
                _ => return Err(self.error("expected a variant (`[key]`) or `}`")),
            }
            if self.peek() != Some('[') {
                return Err(self.error("expected `[` after `*`"));
            }
            self.at += 1;
            self.spaces();
            let start = self.at;
            while self.peek().is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')) {
                self.at += 1;
            }
            let key: String = self.chars[start..self.at].iter().collect();
            self.spaces();
            if key.is_empty() || self.peek() != Some(']') {
                return Err(self.error("a variant key must be a name or a number in `[ ]`"));
            }
            self.at += 1;
            let value = self.pattern(true)?;
            variants.push((key, value));
        }
        let default = default.ok_or_else(|| self.error("a select expression needs one `*` default variant"))?;
        Ok(Piece::Select { variable, variants, default })
    }
}

/// The compact form of a catalog: a JSON list with one pattern per
/// message of `order` (English's ids, in English's order; the app names a
/// message by its place, `msg::…`), `null` where this catalog lacks it. A
/// pattern is a string (text only) or a list whose items are text (a
/// string), a variable (`{"v":"name"}`) or a select
/// (`{"s":"name","d":default,"k":[[key, pattern], …]}`).
pub fn to_compact(order: &[String], messages: &[Message]) -> String {
    let items: Vec<String> = order
        .iter()
        .map(|id| match messages.iter().find(|m| &m.id == id) {
            Some(m) => compact_pattern(&m.value),
            None => "null".to_string(),
        })
        .collect();
    format!("[{}]", items.join(","))
}

/// `verdict-wins` as the constant that names it in the app: `VERDICT_WINS`.
pub fn constant_name(id: &str) -> String {
    id.to_ascii_uppercase().replace('-', "_")
}

fn compact_pattern(pattern: &Pattern) -> String {
    if let [Piece::Text(text)] = pattern.as_slice() {
        return json_quote(text);
    }
    let pieces: Vec<String> = pattern
        .iter()
        .map(|piece| match piece {
            Piece::Text(text) => json_quote(text),
            Piece::Variable(name) => format!("{{\"v\":{}}}", json_quote(name)),
            Piece::Select { variable, variants, default } => {
                let keyed: Vec<String> = variants
                    .iter()
                    .map(|(key, value)| format!("[{},{}]", json_quote(key), compact_pattern(value)))
                    .collect();
                format!(
                    "{{\"s\":{},\"d\":{default},\"k\":[{}]}}",
                    json_quote(variable),
                    keyed.join(",")
                )
            }
        })
        .collect();
    format!("[{}]", pieces.join(","))
}

/// The pseudo-locale (`en-XA`): English with its letters accented and
/// every text about 40% longer, so a layout that clips or overflows with
/// a longer language shows it in a test. Variables and keys are untouched.
pub fn pseudo(messages: &[Message]) -> Vec<Message> {
    messages
        .iter()
        .map(|m| Message { id: m.id.clone(), value: pseudo_pattern(&m.value) })
        .collect()
}

fn pseudo_pattern(pattern: &Pattern) -> Pattern {
    pattern
        .iter()
        .map(|piece| match piece {
            Piece::Text(text) => Piece::Text(pseudo_text(text)),
            Piece::Variable(name) => Piece::Variable(name.clone()),
            Piece::Select { variable, variants, default } => Piece::Select {
                variable: variable.clone(),
                variants: variants.iter().map(|(k, v)| (k.clone(), pseudo_pattern(v))).collect(),
                default: *default,
            },
        })
        .collect()
}

fn pseudo_text(text: &str) -> String {
    const PLAIN: &str = "aceinouyACEINOUY";
    const ACCENTED: &str = "åçéîñöûýÅÇÉÎÑÖÛÝ";
    let mut out = String::new();
    let mut letters: usize = 0;
    for c in text.chars() {
        match PLAIN.chars().position(|p| p == c) {
            Some(i) => out.push(ACCENTED.chars().nth(i).unwrap_or(c)),
            None => out.push(c),
        }
        if c.is_alphabetic() {
            letters += 1;
        }
    }
    // Longer by 40% of its letters, after the last word (so punctuation
    // and spacing stay where the sentence has them).
    let padding = (letters * 2).div_ceil(5);
    if padding > 0 {
        let filler: String = "·ẋ".chars().cycle().take(padding).collect();
        let cut = out.trim_end_matches(['.', ':', '…', ' ']).len();
        out.insert_str(cut, &format!(" {filler}"));
    }
    out
}
