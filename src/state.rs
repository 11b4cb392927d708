//! What the reader has chosen: one priority level per criterion.

use std::rc::Rc;

use versus_core::MAX_LEVEL;
use yew::Reducible;

#[derive(Debug, Clone, PartialEq)]
pub struct Priorities {
    /// One level (0-10) per criterion, in dataset order.
    pub levels: Rc<Vec<u8>>,
    /// The preset these levels came from, while they still match it.
    pub preset: Option<String>,
}

pub enum PriorityAction {
    SetLevel {
        criterion: usize,
        level: u8,
    },
    /// Replace every level at once: a preset (with its id) or the defaults.
    SetAll {
        levels: Vec<u8>,
        preset: Option<String>,
    },
}

impl Priorities {
    pub fn new(levels: Vec<u8>) -> Priorities {
        Priorities {
            levels: Rc::new(levels),
            preset: None,
        }
    }
}

impl Reducible for Priorities {
    type Action = PriorityAction;

    fn reduce(self: Rc<Self>, action: PriorityAction) -> Rc<Self> {
        match action {
            PriorityAction::SetLevel { criterion, level } => {
                let level = level.min(MAX_LEVEL);
                if self.levels.get(criterion) == Some(&level) || criterion >= self.levels.len() {
                    return self;
                }
                let mut levels = (*self.levels).clone();
                levels[criterion] = level;
                Rc::new(Priorities {
                    levels: Rc::new(levels),
                    preset: None,
                })
            }
            PriorityAction::SetAll { levels, preset } => {
                let levels = levels.into_iter().map(|l| l.min(MAX_LEVEL)).collect();
                Rc::new(Priorities {
                    levels: Rc::new(levels),
                    preset,
                })
            }
        }
    }
}
