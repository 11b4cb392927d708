//! The take-over renders the widget in several tasks: built in one go, it
//! was one task of 136-165 ms at Lighthouse's 4x CPU, all of it blocking
//! time. First the widget without its verdict and cards, then the verdict
//! panel (its reasons and chart), then the cards a few per task. The
//! static page stays on screen (the reveal waits, `platform::hold_reveal`)
//! until all is there, so the reader sees no change but the page answers
//! input between the tasks.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::platform;

/// Cards added per task (about 35 ms of the 100 at 4x CPU).
const CARDS_PER_TASK: usize = 7;
/// The step at which everything is rendered, however many cards there are.
const WHOLE: usize = usize::MAX;

/// What the take-over has rendered so far.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct InTasks {
    pub verdict: bool,
    pub cards: usize,
}

impl InTasks {
    /// Step 0: neither; 1: the verdict; then `CARDS_PER_TASK` more cards
    /// each step.
    fn at(step: usize) -> InTasks {
        InTasks {
            verdict: step >= 1,
            cards: if step == WHOLE { usize::MAX } else { step.saturating_sub(1) * CARDS_PER_TASK },
        }
    }
}

/// What to render now of a widget with `total` cards: everything when
/// `prerendering` (which has no later tasks) or where no static page hides
/// the app while it renders (a custom element, a preview: parts arriving
/// would move the host's page) or in the authoring build (its pages are
/// for writing, and its embed view opens a dialog as it reveals), else a
/// step more each task until all is there, then the held reveal goes ahead.
#[hook]
pub fn use_take_over_in_tasks(total: usize, prerendering: bool) -> InTasks {
    let step = use_state(|| {
        if prerendering || cfg!(feature = "author") || !platform::reveal_pending() {
            WHOLE
        } else {
            platform::hold_reveal();
            0
        }
    });
    {
        let step = step.clone();
        use_effect_with((*step, total), move |&(now, total)| {
            // Once all was there, all stays: a list that grows later (Show
            // all) appears at once.
            let next = (now != WHOLE).then(|| {
                Timeout::new(0, move || {
                    let next = now + 1;
                    step.set(if InTasks::at(next).cards >= total { WHOLE } else { next });
                })
            });
            if next.is_none() {
                platform::release_reveal();
            }
            move || drop(next)
        });
    }
    InTasks::at(*step)
}
