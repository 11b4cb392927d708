//! A locale's catalog, read from its compact form, and the sentences made
//! from it. English is compiled in (it is also every other catalog's
//! fallback); another locale's catalog comes from the page or a file.

use super::ftl::{Pattern, Piece};
use super::locale::Locale;
use super::number::localized;
use super::plural::category;
use crate::json::{parse, Json, Node};
use crate::text::fixed;

/// A value for a placeable: text as it is, or a number that the locale
/// writes (rounded to `places` decimals) and that selects a plural form.
/// Borrowed and `Copy`: a call site builds its arguments without
/// allocating or dropping anything.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Arg<'a> {
    Text(&'a str),
    Number { value: f64, places: u8 },
}

impl<'a> Arg<'a> {
    pub fn text(text: &'a str) -> Arg<'a> {
        Arg::Text(text)
    }

    pub fn count(n: usize) -> Arg<'a> {
        Arg::Number { value: n as f64, places: 0 }
    }

    /// `x` to tenths, the precision every score has.
    pub fn tenths(x: f64) -> Arg<'a> {
        Arg::Number { value: x, places: 1 }
    }

    pub fn fixed(x: f64, places: u8) -> Arg<'a> {
        Arg::Number { value: x, places }
    }

    /// A number as an ASCII decimal, trailing zeros dropped ("0.5", "12").
    fn decimal(value: f64, places: u8) -> String {
        fixed(value, places.into())
    }
}

/// The placeables of one message, by variable name.
pub type Args<'a, 'b> = &'b [(&'b str, Arg<'a>)];

/// A message, by its place in English's catalog (`msg::VERDICT_WINS`):
/// the compiler checks every message the app uses exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Msg(pub u16);

#[derive(Debug, Clone, PartialEq)]
struct Catalog {
    /// By `Msg`; `None` where the catalog lacks the message.
    messages: Vec<Option<Pattern>>,
}

impl Catalog {
    fn from_compact(text: &str) -> Result<Catalog, String> {
        let node = parse(text).map_err(|e| e.at.to_string())?;
        let Json::Array(items) = node.value else {
            return Err("a catalog is a list of messages".into());
        };
        let messages = items
            .into_iter()
            .map(|item| match item.value {
                Json::Null => Ok(None),
                _ => pattern(item).map(Some),
            })
            .collect::<Result<_, _>>()?;
        Ok(Catalog { messages })
    }

    fn get(&self, id: Msg) -> Option<&Pattern> {
        self.messages.get(usize::from(id.0))?.as_ref()
    }
}

fn pattern(node: Node) -> Result<Pattern, String> {
    match node.value {
        Json::String(text) => Ok(vec![Piece::Text(text)]),
        Json::Array(items) => items.into_iter().map(piece).collect(),
        _ => Err(format!("{}: a pattern is text or a list", node.at)),
    }
}

fn piece(node: Node) -> Result<Piece, String> {
    let at = node.at;
    let bad = || format!("{at}: not a piece of a pattern");
    match node.value {
        Json::String(text) => Ok(Piece::Text(text)),
        Json::Object(members) => {
            let field = |name: &str| members.iter().find(|m| m.key == name).map(|m| &m.node.value);
            let text = |value: Option<&Json>| match value {
                Some(Json::String(s)) => Some(s.clone()),
                _ => None,
            };
            if let Some(variable) = text(field("v")) {
                return Ok(Piece::Variable(variable));
            }
            let variable = text(field("s")).ok_or_else(bad)?;
            let default = match field("d") {
                Some(Json::Number(d)) if *d >= 0.0 => *d as usize,
                _ => return Err(bad()),
            };
            let Some(Json::Array(keyed)) = field("k") else {
                return Err(bad());
            };
            let mut variants = Vec::with_capacity(keyed.len());
            for variant in keyed.clone() {
                let Json::Array(pair) = variant.value else {
                    return Err(bad());
                };
                let [key, value] = <[Node; 2]>::try_from(pair).map_err(|_| bad())?;
                let Json::String(key) = key.value else {
                    return Err(bad());
                };
                variants.push((key, pattern(value)?));
            }
            if default >= variants.len() {
                return Err(bad());
            }
            Ok(Piece::Select { variable, variants, default })
        }
        _ => Err(bad()),
    }
}

/// What the app says, in one locale.
#[derive(Debug, Clone)]
pub struct Words {
    locale: Locale,
    own: Catalog,
    /// English, for a message the locale's catalog lacks.
    fallback: Option<Catalog>,
}

/// Two `Words` say the same when they are of the same locale.
impl PartialEq for Words {
    fn eq(&self, other: &Words) -> bool {
        self.locale == other.locale
    }
}

impl Words {
    /// English, compiled in.
    pub fn english() -> Words {
        Words {
            locale: Locale::En,
            // The build checked it; never `expect`, whose message would
            // pull the Debug formatter into the WASM.
            own: Catalog::from_compact(super::ENGLISH).unwrap_or(Catalog {
                messages: Vec::new(),
            }),
            fallback: None,
        }
    }

    /// `locale`'s catalog from its compact form, with English behind it.
    pub fn read(locale: Locale, compact: &str) -> Result<Words, String> {
        if locale == Locale::En {
            return Ok(Words::english());
        }
        Ok(Words {
            locale,
            own: Catalog::from_compact(compact)?,
            fallback: Some(Words::english().own),
        })
    }

    /// `locale`'s catalog from `compact`, English included (the build's
    /// full English, with what only the pre-rendered pages say).
    pub fn read_as_is(locale: Locale, compact: &str) -> Result<Words, String> {
        Ok(Words {
            locale,
            own: Catalog::from_compact(compact)?,
            fallback: (locale != Locale::En).then(|| Words::english().own),
        })
    }

    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// Whether message `id` can be said (in this locale or English).
    pub fn knows(&self, id: Msg) -> bool {
        self.own.get(id).or_else(|| self.fallback.as_ref().and_then(|english| english.get(id))).is_some()
    }

    /// These words with the messages of `compact` added where they have
    /// none: the fault words, fetched when a notice lists problems.
    pub fn with_more(mut self, compact: &str) -> Result<Words, String> {
        let more = Catalog::from_compact(compact)?;
        let own = &mut self.own.messages;
        if own.len() < more.messages.len() {
            own.resize(more.messages.len(), None);
        }
        for (mine, theirs) in own.iter_mut().zip(more.messages) {
            if mine.is_none() {
                *mine = theirs;
            }
        }
        Ok(self)
    }

    /// Message `id` with `args` placed. A message missing from every
    /// catalog (a catalog from another build) shows as `#57`, never blank.
    pub fn say(&self, id: Msg, args: Args) -> String {
        let found = self
            .own
            .get(id)
            .or_else(|| self.fallback.as_ref().and_then(|english| english.get(id)));
        let mut out = String::new();
        match found {
            Some(pattern) => self.write(pattern, args, &mut out),
            None => {
                out.push('#');
                out.push_str(&id.0.to_string());
            }
        }
        out
    }

    /// A message without placeables.
    pub fn label(&self, id: Msg) -> String {
        self.say(id, &[])
    }

    /// A decimal (ASCII, rounded) as this locale writes it.
    pub fn number(&self, decimal: &str) -> String {
        localized(self.locale, decimal)
    }

    /// Items joined as this locale lists them ("a, b, c").
    pub fn list(&self, items: &[String]) -> String {
        items.join(&self.label(super::msg::LIST_SEPARATOR))
    }

    fn write(&self, pattern: &Pattern, args: Args, out: &mut String) {
        for piece in pattern {
            match piece {
                Piece::Text(text) => out.push_str(text),
                Piece::Variable(name) => match args.iter().find(|(n, _)| n == name) {
                    // In right-to-left text each placed value is its own
                    // unit (as `<bdi>` makes it): a Latin name ending in
                    // "." or a number never drifts to the wrong side.
                    Some((_, Arg::Text(text))) if self.locale.is_rtl() && !text.starts_with('\u{2068}') => {
                        out.push('\u{2068}');
                        out.push_str(text);
                        out.push('\u{2069}');
                    }
                    Some((_, Arg::Text(text))) => out.push_str(text),
                    Some((_, Arg::Number { value, places })) => {
                        out.push_str(&self.number(&Arg::decimal(*value, *places)))
                    }
                    None => {
                        out.push_str("{$");
                        out.push_str(name);
                        out.push('}');
                    }
                },
                Piece::Select { variable, variants, default } => {
                    let value = args.iter().find(|(n, _)| n == variable).map(|(_, a)| *a);
                    let chosen = match value {
                        Some(Arg::Text(text)) => variants.iter().position(|(key, _)| key == text),
                        Some(Arg::Number { value, places }) => {
                            // An exact key (`[1]`) first, then the plural form.
                            let decimal = Arg::decimal(value, places);
                            let plural = category(self.locale, &decimal);
                            variants
                                .iter()
                                .position(|(key, _)| *key == decimal)
                                .or_else(|| variants.iter().position(|(key, _)| key == plural))
                        }
                        None => None,
                    }
                    .unwrap_or(*default);
                    self.write(&variants[chosen].1, args, out);
                }
            }
        }
    }
}
