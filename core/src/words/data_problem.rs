//! A dataset's problems in words: each `Fault` as its catalog message, with
//! its path and its line and column, in whichever language is current when
//! it is shown (the authoring page's list, a reader's notice).

use std::fmt;

use crate::dataset::{Fault, Problem, FORMAT_VERSION, MAX_DATASET_BYTES};
use crate::json::{Found, JsonFault, MAX_DEPTH};
use crate::l10n::msg;
use crate::l10n::{Sentence, Words};
use crate::MAX_LEVEL;

impl Problem {
    /// What is wrong, without where (a table row or a cell says where).
    pub fn what(&self) -> Sentence {
        fault(&self.fault)
    }

    /// Where and what: `criteria[0].name: must not be empty`.
    pub fn sentence(&self) -> Sentence {
        if self.path.is_empty() {
            self.what()
        } else {
            Sentence::new(msg::DATA_PROBLEM_IN)
                .text("path", self.path.as_str())
                .part("problem", self.what())
        }
    }

    /// `sentence` after its line and column, when the dataset came from text.
    pub fn located(&self) -> Sentence {
        match self.at {
            Some(at) => Sentence::new(msg::DATA_PROBLEM_AT)
                .count("line", at.line as usize)
                .count("column", at.column as usize)
                .part("problem", self.sentence()),
            None => self.sentence(),
        }
    }

    /// `what` in English, for a test or a log.
    pub fn what_in_english(&self) -> String {
        english(&self.what())
    }

    /// `located` in English, for a build error or a log.
    pub fn located_in_english(&self) -> String {
        english(&self.located())
    }
}

/// In English, as the format's reference writes it: for tests and logs.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&english(&self.sentence()))
    }
}

fn english(sentence: &Sentence) -> String {
    thread_local! {
        static ENGLISH: Words = Words::english();
    }
    ENGLISH.with(|words| words.tell(sentence))
}

fn fault(fault: &Fault) -> Sentence {
    let said = Sentence::new;
    let max_level = usize::from(MAX_LEVEL);
    match fault {
        Fault::TooLarge { kb } => said(msg::FAULT_TOO_LARGE)
            .count("kb", *kb)
            .count("max", MAX_DATASET_BYTES / 1024),
        Fault::NotJson(json) => said(msg::FAULT_NOT_JSON).part("problem", json_fault(json)),
        Fault::Mismatch { expected, found } => said(msg::FAULT_MISMATCH)
            .text("expected", *expected)
            .text("found", *found),
        Fault::UnknownField { field, known } => said(msg::FAULT_UNKNOWN_FIELD)
            .text("field", field.as_str())
            .text("known", known.as_str()),
        Fault::MissingField { field } => said(msg::FAULT_MISSING_FIELD).text("field", field.as_str()),
        Fault::NotALevel { number } => said(msg::FAULT_NOT_A_LEVEL)
            .text("number", number.as_str())
            .count("max", max_level),
        Fault::OtherVersion => said(msg::FAULT_OTHER_VERSION).count("version", usize::from(FORMAT_VERSION)),
        Fault::NotALanguageTag { text } => said(msg::FAULT_NOT_A_LANGUAGE_TAG).text("text", text.as_str()),
        Fault::IdAndFile => said(msg::FAULT_ID_AND_FILE),
        Fault::EmptyList => said(msg::FAULT_EMPTY_LIST),
        Fault::TooFew { list, min, found } => said(msg::FAULT_TOO_FEW)
            .text("list", *list)
            .count("min", *min)
            .count("found", *found),
        Fault::TooMany { list, found, max } => said(msg::FAULT_TOO_MANY)
            .text("list", *list)
            .count("found", *found)
            .count("max", *max),
        Fault::AboveTop { number } => said(msg::FAULT_ABOVE_TOP)
            .text("number", number.as_str())
            .count("max", max_level),
        Fault::BelowZero { number } => said(msg::FAULT_BELOW_ZERO).text("number", number.as_str()),
        Fault::Blank => said(msg::FAULT_BLANK),
        Fault::BlankClaim => said(msg::FAULT_BLANK_CLAIM),
        Fault::TooLong { max } => said(msg::FAULT_TOO_LONG).count("max", *max),
        Fault::IdCharacters { id } => said(msg::FAULT_ID_CHARACTERS).text("id", id.as_str()),
        Fault::UsedEarlier { text } => said(msg::FAULT_USED_EARLIER).text("text", text.as_str()),
        Fault::ReadsLikeEarlier { name } => said(msg::FAULT_READS_LIKE_EARLIER).text("name", name.as_str()),
        Fault::ReservedId { id } => said(msg::FAULT_RESERVED_ID).text("id", id.as_str()),
        Fault::NotAWebAddress => said(msg::FAULT_NOT_A_WEB_ADDRESS),
        Fault::NotInList { list, id } => said(msg::FAULT_NOT_IN_LIST)
            .text("list", *list)
            .text("id", id.as_str()),
        Fault::ScoredTwice { id } => said(msg::FAULT_SCORED_TWICE).text("id", id.as_str()),
        Fault::NoScoreFor { id } => said(msg::FAULT_NO_SCORE_FOR).text("id", id.as_str()),
        Fault::BadRange { low, high, score } => said(msg::FAULT_BAD_RANGE)
            .text("low", low.as_str())
            .text("high", high.as_str())
            .text("score", score.as_str())
            .count("max", max_level),
        Fault::ContestedWithoutRange => said(msg::FAULT_CONTESTED_WITHOUT_RANGE),
        Fault::TooManyCitations { found, max } => said(msg::FAULT_TOO_MANY_CITATIONS)
            .count("found", *found)
            .count("max", *max),
        Fault::QuoteTooLong { words, max } => said(msg::FAULT_QUOTE_TOO_LONG)
            .count("words", *words)
            .count("max", *max),
        Fault::RecommendationUncited => said(msg::FAULT_RECOMMENDATION_UNCITED),
        Fault::Unscored => said(msg::FAULT_UNSCORED),
    }
}

fn json_fault(fault: &JsonFault) -> Sentence {
    let said = Sentence::new;
    match fault {
        JsonFault::Expected(expected, found) => said(msg::JSON_EXPECTED)
            .text("expected", expected.key())
            .part("found", found_sentence(*found)),
        JsonFault::ExpectedColon { key, found } => said(msg::JSON_EXPECTED_COLON)
            .text("key", crate::text::echo(key))
            .part("found", found_sentence(*found)),
        JsonFault::TextAfterEnd => said(msg::JSON_TEXT_AFTER_END),
        JsonFault::TooDeep => said(msg::JSON_TOO_DEEP).count("max", MAX_DEPTH),
        JsonFault::ListEndsWithComma => said(msg::JSON_LIST_ENDS_WITH_COMMA),
        JsonFault::ObjectEndsWithComma => said(msg::JSON_OBJECT_ENDS_WITH_COMMA),
        JsonFault::DuplicateField(key) => said(msg::JSON_DUPLICATE_FIELD).text("key", crate::text::echo(key)),
        JsonFault::LeadingZero => said(msg::JSON_LEADING_ZERO),
        JsonFault::NumberTooLarge => said(msg::JSON_NUMBER_TOO_LARGE),
        JsonFault::UnescapedControl => said(msg::JSON_UNESCAPED_CONTROL),
        JsonFault::UnclosedText => said(msg::JSON_UNCLOSED_TEXT),
        JsonFault::UnknownEscape(found) => said(msg::JSON_UNKNOWN_ESCAPE).part("found", found_sentence(*found)),
        JsonFault::ShortUnicodeEscape => said(msg::JSON_SHORT_UNICODE_ESCAPE),
        JsonFault::UnpairedSurrogate => said(msg::JSON_UNPAIRED_SURROGATE),
        JsonFault::LoneSurrogate => said(msg::JSON_LONE_SURROGATE),
    }
}

fn found_sentence(found: Found) -> Sentence {
    match found {
        Found::End => Sentence::new(msg::JSON_FOUND_END),
        Found::Control(code) => Sentence::new(msg::JSON_FOUND_CONTROL).text("code", format!("U+{code:04X}")),
        Found::Char(c) => Sentence::new(msg::JSON_FOUND_CHAR).text("char", c.to_string()),
    }
}
