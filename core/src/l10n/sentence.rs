//! A message with its values, kept to be said later. A notice made before
//! the reader's language is settled (a failed load, a link's bad settings)
//! holds what to say, not English, and is said in whatever language the
//! widget speaks when it is shown.

use super::words::{Arg, Msg, Words};

/// The id of `Sentence::as_is`, past every message's.
const AS_IS: Msg = Msg(u16::MAX);

#[derive(Debug, Clone, PartialEq)]
pub struct Sentence {
    id: Msg,
    texts: Vec<(&'static str, String)>,
    counts: Vec<(&'static str, usize)>,
}

impl Sentence {
    pub fn new(id: Msg) -> Sentence {
        Sentence {
            id,
            texts: Vec::new(),
            counts: Vec::new(),
        }
    }

    /// Text that has no message of its own yet (a dataset's problems are
    /// English), said as it is in every language.
    pub fn as_is(text: impl Into<String>) -> Sentence {
        Sentence::new(AS_IS).text("", text)
    }

    /// Text placed as it is, for variable `name`.
    pub fn text(mut self, name: &'static str, value: impl Into<String>) -> Sentence {
        self.texts.push((name, value.into()));
        self
    }

    /// A whole number the locale writes, for variable `name`.
    pub fn count(mut self, name: &'static str, n: usize) -> Sentence {
        self.counts.push((name, n));
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
        if let (AS_IS, [(_, text)]) = (sentence.id, sentence.texts.as_slice()) {
            return text.clone();
        }
        let texts = sentence.texts.iter().map(|(name, text)| (*name, Arg::text(text)));
        let counts = sentence.counts.iter().map(|(name, n)| (*name, Arg::count(*n)));
        let args: Vec<(&str, Arg)> = texts.chain(counts).collect();
        self.say(sentence.id, &args)
    }

    /// Every one of `sentences` in this locale.
    pub fn tell_all(&self, sentences: &[Sentence]) -> Vec<String> {
        sentences.iter().map(|s| self.tell(s)).collect()
    }
}
