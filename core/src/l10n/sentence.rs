//! A message with its values, kept to be said later. A notice made before
//! the reader's language is settled (a failed load, a link's bad settings)
//! holds what to say, not English, and is said in whatever language the
//! widget speaks when it is shown.

use super::words::{Arg, Msg, Words};

#[derive(Debug, Clone, PartialEq)]
pub struct Sentence {
    id: Msg,
    values: Vec<(&'static str, Value)>,
}

/// One of a kept sentence's values. One list of them, not a list per kind:
/// less code to clone, compare and drop in the reader's WASM.
#[derive(Debug, Clone, PartialEq)]
enum Value {
    Text(String),
    Count(usize),
    /// A sentence said first and placed whole ("line 3, column 5: …").
    Part(Sentence),
}

impl Sentence {
    pub fn new(id: Msg) -> Sentence {
        Sentence { id, values: Vec::new() }
    }

    /// Text placed as it is, for variable `name`.
    pub fn text(self, name: &'static str, value: impl Into<String>) -> Sentence {
        self.with(name, Value::Text(value.into()))
    }

    /// Another sentence, said in the same language, for variable `name`.
    pub fn part(self, name: &'static str, sentence: Sentence) -> Sentence {
        self.with(name, Value::Part(sentence))
    }

    /// A whole number the locale writes, for variable `name`.
    pub fn count(self, name: &'static str, n: usize) -> Sentence {
        self.with(name, Value::Count(n))
    }

    // Not inlined: dozens of sentences are built in the reader's WASM, and
    // each inlined push is a copy of `Vec`'s growth code.
    #[inline(never)]
    fn with(mut self, name: &'static str, value: Value) -> Sentence {
        self.values.push((name, value));
        self
    }

    /// The first `max` of `items` as sentences, then "…and 3,997 more." for
    /// the rest: how every notice of problems stays short.
    pub fn listed<T>(items: &[T], max: usize, sentence: impl Fn(&T) -> Sentence) -> Vec<Sentence> {
        let mut lines: Vec<Sentence> = items.iter().take(max).map(sentence).collect();
        if items.len() > max {
            lines.push(Sentence::new(super::msg::PROBLEMS_MORE).count("count", items.len() - max));
        }
        lines
    }
}

impl Words {
    /// `sentence` in this locale.
    pub fn tell(&self, sentence: &Sentence) -> String {
        // Parts are said first, so their text can be borrowed below.
        let parts: Vec<String> = sentence
            .values
            .iter()
            .map(|(_, value)| match value {
                // A part whose words are not here yet (a reader's fault
                // words come when a notice needs them) holds its place.
                Value::Part(part) if !self.knows(part.id) => "…".to_string(),
                Value::Part(part) => self.tell(part),
                _ => String::new(),
            })
            .collect();
        let args: Vec<(&str, Arg)> = sentence
            .values
            .iter()
            .zip(&parts)
            .map(|((name, value), said)| match value {
                Value::Text(text) => (*name, Arg::text(text)),
                Value::Count(n) => (*name, Arg::count(*n)),
                Value::Part(_) => (*name, Arg::text(said)),
            })
            .collect();
        self.say(sentence.id, &args)
    }

    /// Every one of `sentences` in this locale.
    pub fn tell_all(&self, sentences: &[Sentence]) -> Vec<String> {
        sentences.iter().map(|s| self.tell(s)).collect()
    }
}
