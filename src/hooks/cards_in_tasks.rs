//! The take-over renders the widget's cards a few per task: built in one
//! go, 21 cards were one task of about 100 ms at Lighthouse's 4x CPU, all
//! of it blocking time. The static page stays on screen (the reveal waits,
//! `platform::hold_reveal`) until every card is there, so the reader sees
//! no change but the page answers input between the tasks.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::platform;

/// Cards added per task (about 35 ms of the 100 at 4x CPU).
const CARDS_PER_TASK: usize = 7;
/// Every card, however many there are.
const ALL: usize = usize::MAX;

/// How many of `total` cards to render now: all of them when
/// `prerendering` (which has no later tasks) or where no static page hides
/// the app while it renders (a custom element, a preview: cards arriving
/// would move the host's page) or in the authoring build (its pages are
/// for writing, and its embed view opens a dialog as it reveals), else a
/// few more each task until all are there, then the held reveal goes ahead.
#[hook]
pub fn use_cards_in_tasks(total: usize, prerendering: bool) -> usize {
    let rendered = use_state(|| {
        let whole = prerendering || cfg!(feature = "author") || !platform::reveal_pending();
        if whole || total <= CARDS_PER_TASK {
            ALL
        } else {
            platform::hold_reveal();
            CARDS_PER_TASK
        }
    });
    {
        let rendered = rendered.clone();
        use_effect_with((*rendered, total), move |&(now, total)| {
            // Once all were there, all stay: a list that grows later (Show
            // all) appears at once.
            let next = (now != ALL).then(|| {
                Timeout::new(0, move || {
                    let more = now + CARDS_PER_TASK;
                    rendered.set(if more >= total { ALL } else { more });
                })
            });
            if next.is_none() {
                platform::release_reveal();
            }
            move || drop(next)
        });
    }
    *rendered
}
