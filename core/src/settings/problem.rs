//! What can be wrong with a share link or an embed's settings, and how a
//! notice says it: every message ends with a period, repeats at most a
//! short prefix of what it was given, and a notice lists only a few.

use std::fmt;

use super::{LINK_VERSION, MAX_SETTINGS, MAX_TITLE_CHARS};
use crate::dataset::MAX_LEVEL;
use crate::text::{echo, listed, thousands};

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

impl fmt::Display for SettingProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SettingProblem::TooLong { length } => write!(
                f,
                "The settings are {} characters long, far more than Versus writes, so they were ignored.",
                thousands(*length)
            ),
            SettingProblem::ValueTooLong { key, length } => write!(
                f,
                "Ignored {}: its value is {} characters long, far more than any embed needs.",
                echo(key),
                thousands(*length)
            ),
            SettingProblem::TooManySettings { ignored } => write!(
                f,
                "Only the first {} settings were read; {} more were ignored.",
                MAX_SETTINGS,
                thousands(*ignored)
            ),
            SettingProblem::UnknownVersion { found } => write!(
                f,
                "The link is in a format this version of Versus does not know (“{}”), so its settings were ignored.",
                echo(found)
            ),
            SettingProblem::MissingVersion => {
                write!(f, "The link does not say which format it uses; it was read as {LINK_VERSION}.")
            }
            SettingProblem::BadEncoding { part } => {
                write!(f, "Ignored “{}”: it is not validly encoded.", echo(part))
            }
            SettingProblem::UnknownKey { key } => {
                write!(f, "Ignored “{}”: Versus has no setting by that name.", echo(key))
            }
            SettingProblem::BadValue { key, value } => write!(
                f,
                "Ignored {}=“{}”: expected {}.",
                echo(key),
                echo(value),
                expected_value(key)
            ),
            SettingProblem::Duplicate { key } => {
                write!(f, "“{}” appears more than once; the first value was used.", echo(key))
            }
            SettingProblem::UnknownPreset { id } => {
                write!(f, "Ignored preset “{}”: there is no project type by that name.", echo(id))
            }
        }
    }
}

/// What a setting accepts, in words; criteria take a level.
fn expected_value(key: &str) -> String {
    match key {
        "sort" => "default, importance or impact".to_string(),
        "theme" => "light, dark or auto".to_string(),
        "layout" => "compact or cards".to_string(),
        "lang" => "a language Versus speaks: en, de, fr, es, pt-BR, ja or ar".to_string(),
        "heading" => format!("a heading of 1 to {MAX_TITLE_CHARS} visible characters"),
        "criteria" => "criterion ids separated by commas".to_string(),
        _ => format!("a whole number from 0 to {MAX_LEVEL}"),
    }
}

/// How many problems a notice lists before it sums up the rest.
pub const LISTED_PROBLEMS: usize = 5;

/// The problems as a notice lists them: the first `LISTED_PROBLEMS`, then
/// "…and 3,997 more." so hostile input cannot make a notice thousands of
/// lines long.
pub fn problem_lines(problems: &[SettingProblem]) -> Vec<String> {
    listed(problems, LISTED_PROBLEMS, ToString::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_echo_only_a_short_prefix_of_hostile_input() {
        let long = "x".repeat(10_000);
        let message = SettingProblem::UnknownKey { key: long }.to_string();
        assert!(message.chars().count() < 100, "{message}");
        assert!(message.contains('…'));
    }
}
