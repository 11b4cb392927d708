//! What the reader has chosen: one priority level per criterion, the preset
//! it came from, and how the cards are ordered.

use std::rc::Rc;

use versus_core::{CardOrder, ShareState, MAX_LEVEL};
use yew::Reducible;

/// Where the latest change came from; decides how it is written to history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// The state the page opened with.
    Initial,
    /// A slider moving: many small steps, one history entry.
    Drag,
    /// A preset or reset: its own history entry, so Back undoes it.
    Discrete,
    /// A view option such as card order: replaces the current entry.
    View,
    /// Read back from the URL (Back/Forward): nothing to write.
    Restored,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ReaderState {
    /// One level (0-10) per criterion, in dataset order.
    pub levels: Rc<Vec<u8>>,
    /// The preset these levels came from, while they still match it.
    pub preset: Option<String>,
    pub order: CardOrder,
    pub change: Change,
}

pub enum ReaderAction {
    SetLevel {
        criterion: usize,
        level: u8,
    },
    /// Replace every level at once: a preset (with its id) or the defaults.
    SetAll {
        levels: Vec<u8>,
        preset: Option<String>,
    },
    SetOrder(CardOrder),
    /// Take a state read from the URL.
    Restore(ShareState),
}

impl ReaderState {
    pub fn from_share(state: ShareState, change: Change) -> ReaderState {
        ReaderState {
            levels: Rc::new(state.levels),
            preset: state.preset,
            order: state.order,
            change,
        }
    }

    pub fn to_share(&self) -> ShareState {
        ShareState {
            levels: (*self.levels).clone(),
            preset: self.preset.clone(),
            order: self.order,
        }
    }
}

fn clamp_all(levels: Vec<u8>) -> Rc<Vec<u8>> {
    Rc::new(levels.into_iter().map(|l| l.min(MAX_LEVEL)).collect())
}

impl Reducible for ReaderState {
    type Action = ReaderAction;

    fn reduce(self: Rc<Self>, action: ReaderAction) -> Rc<Self> {
        let next = match action {
            ReaderAction::SetLevel { criterion, level } => {
                let level = level.min(MAX_LEVEL);
                if self.levels.get(criterion).is_none_or(|&l| l == level) {
                    return self;
                }
                let mut levels = (*self.levels).clone();
                levels[criterion] = level;
                ReaderState {
                    levels: Rc::new(levels),
                    preset: None,
                    change: Change::Drag,
                    ..(*self).clone()
                }
            }
            ReaderAction::SetAll { levels, preset } => ReaderState {
                levels: clamp_all(levels),
                preset,
                change: Change::Discrete,
                ..(*self).clone()
            },
            ReaderAction::SetOrder(order) => ReaderState {
                order,
                change: Change::View,
                ..(*self).clone()
            },
            ReaderAction::Restore(state) => {
                let restored = ReaderState::from_share(state, Change::Restored);
                if restored.to_share() == self.to_share() {
                    return self;
                }
                ReaderState {
                    levels: clamp_all((*restored.levels).clone()),
                    ..restored
                }
            }
        };
        Rc::new(next)
    }
}
