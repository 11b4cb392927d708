//! What a criterion's card and its compact row share: their props, the ids
//! of their controls, and the sentence when nothing flips.

use versus_core::l10n::{msg, Msg};
use versus_core::{FlipPoint, LevelFlip};
use yew::prelude::*;

/// One criterion, as a card or a compact row shows it.
#[derive(PartialEq, Properties)]
pub struct CriterionProps {
    /// Criterion index in the dataset.
    pub index: usize,
    pub level: u8,
    /// Where the slider's marks go.
    pub flips: Vec<FlipPoint>,
    /// The same flips at whole levels, for the sentence.
    pub steps: Vec<LevelFlip>,
    pub on_change: Callback<(usize, u8)>,
}

/// A part of a criterion's view that needs only which criterion it is.
#[derive(PartialEq, Properties)]
pub struct CriterionIndex {
    /// Criterion index in the dataset.
    pub index: usize,
}

/// The ids a criterion's controls use, shared by the card and the row.
pub struct CriterionIds {
    pub input: String,
    pub question: String,
    pub flip: String,
}

impl CriterionIds {
    pub fn of(id: &str) -> CriterionIds {
        CriterionIds {
            input: format!("weight-{id}"),
            question: format!("question-{id}"),
            flip: format!("flip-{id}"),
        }
    }

    /// What describes the slider: the question, and the flip sentence when
    /// there is one.
    pub fn described_by(&self, has_flip: bool) -> String {
        if has_flip {
            format!("{} {}", self.question, self.flip)
        } else {
            self.question.clone()
        }
    }
}

/// The message when no level of a criterion changes the leader.
pub const NO_FLIP: Msg = msg::NO_FLIP;
