//! What can be wrong with a share link or an embed's settings, and how a
//! notice says it: every message ends with a period, repeats at most a
//! short prefix of what it was given, and a notice lists only a few.

use super::{LINK_VERSION, MAX_SETTINGS, MAX_TITLE_CHARS};
use crate::dataset::MAX_LEVEL;
use crate::l10n::{msg, Locale, Sentence};
use crate::text::echo;

/// One part of a share link or one embed setting that could not be used,
/// and why.
#[derive(Debug, Clone, PartialEq)]
pub enum SettingProblem {
    TooLong {
        length: usize,
    },
    UnknownVersion {
        found: String,
    },
    MissingVersion,
    BadEncoding {
        part: String,
    },
    UnknownKey {
        key: String,
    },
    BadValue {
        key: String,
        value: String,
    },
    Duplicate {
        key: String,
    },
    UnknownPreset {
        id: String,
    },
    /// One embed setting far longer than any real one.
    ValueTooLong {
        key: String,
        length: usize,
    },
    /// Settings past `MAX_SETTINGS`.
    TooManySettings {
        ignored: usize,
    },
}

impl SettingProblem {
    /// What the notice says of it, in whichever language it is shown.
    pub fn sentence(&self) -> Sentence {
        let said = Sentence::new;
        match self {
            SettingProblem::TooLong { length } => said(msg::SETTING_TOO_LONG).count("length", *length),
            SettingProblem::ValueTooLong { key, length } => said(msg::SETTING_VALUE_TOO_LONG)
                .text("key", echo(key))
                .count("length", *length),
            SettingProblem::TooManySettings { ignored } => said(msg::SETTING_TOO_MANY)
                .count("read", MAX_SETTINGS)
                .count("ignored", *ignored),
            SettingProblem::UnknownVersion { found } => {
                said(msg::SETTING_UNKNOWN_VERSION).text("found", echo(found))
            }
            SettingProblem::MissingVersion => said(msg::SETTING_MISSING_VERSION).text("version", LINK_VERSION),
            SettingProblem::BadEncoding { part } => said(msg::SETTING_BAD_ENCODING).text("part", echo(part)),
            SettingProblem::UnknownKey { key } => said(msg::SETTING_UNKNOWN_KEY).text("key", echo(key)),
            SettingProblem::BadValue { key, value } => {
                let max = if key == "heading" { MAX_TITLE_CHARS } else { usize::from(MAX_LEVEL) };
                said(msg::SETTING_BAD_VALUE)
                    .text("key", echo(key))
                    .text("value", echo(value))
                    .text("languages", offered_languages())
                    .count("max", max)
            }
            SettingProblem::Duplicate { key } => said(msg::SETTING_DUPLICATE).text("key", echo(key)),
            SettingProblem::UnknownPreset { id } => said(msg::SETTING_UNKNOWN_PRESET).text("id", echo(id)),
        }
    }
}

/// The tags `lang` accepts, as a notice lists them ("en, de, fr, ...").
fn offered_languages() -> String {
    let tags: Vec<&str> = Locale::ALL.iter().filter(|l| l.offered()).map(|l| l.tag()).collect();
    tags.join(", ")
}

/// How many problems a notice lists before it sums up the rest.
pub const LISTED_PROBLEMS: usize = 5;

/// The problems as a notice lists them: the first `LISTED_PROBLEMS`, then
/// "…and 3,997 more." so hostile input cannot make a notice thousands of
/// lines long.
pub fn problem_lines(problems: &[SettingProblem]) -> Vec<Sentence> {
    Sentence::listed(problems, LISTED_PROBLEMS, SettingProblem::sentence)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::l10n::{compiled, Words};

    #[test]
    fn messages_echo_only_a_short_prefix_of_hostile_input() {
        let long = "x".repeat(10_000);
        let message = Words::english().tell(&SettingProblem::UnknownKey { key: long }.sentence());
        assert!(message.chars().count() < 100, "{message}");
        assert!(message.contains('…'));
    }

    #[test]
    fn a_kept_sentence_is_said_in_the_language_it_is_shown_in() {
        let problem = SettingProblem::BadValue { key: "theme".into(), value: "neon".into() };
        let said = |locale: Locale| said_of(locale, &problem);
        assert_eq!(said(Locale::En), "Ignored theme=“neon”: expected light, dark or auto.");
        assert_eq!(said(Locale::De), "theme=„neon“ ignoriert: erwartet wird light, dark oder auto.");
        // A criterion's level: the default variant, with the locale's number.
        let level = SettingProblem::BadValue { key: "ai_ml".into(), value: "11".into() };
        assert!(said_of(Locale::Ar, &level).contains("١٠"), "{}", said_of(Locale::Ar, &level));
        // Counts take the locale's plural: Arabic's "few" for ten seconds.
        let slow = Sentence::new(msg::FETCH_SLOW_ANSWER).text("address", "example.org").count("seconds", 10);
        assert!(said_of_sentence(Locale::Ar, &slow).contains("ثوانٍ"));
        let slow = Sentence::new(msg::FETCH_SLOW_ANSWER).text("address", "example.org").count("seconds", 30);
        assert!(said_of_sentence(Locale::Ar, &slow).contains("ثانية"));
    }

    fn said_of(locale: Locale, problem: &SettingProblem) -> String {
        said_of_sentence(locale, &problem.sentence())
    }

    fn said_of_sentence(locale: Locale, sentence: &Sentence) -> String {
        Words::read_as_is(locale, compiled(locale)).unwrap().tell(sentence)
    }
}
