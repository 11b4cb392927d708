//! The reader's state, kept in step with the URL fragment (the share link)
//! and localStorage (so a return visit picks up where it left off).

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use versus_core::{decode, encode, Dataset, LinkProblem, ShareState};
use yew::prelude::*;

use crate::model::SharedModel;
use crate::platform::history::{self, Entry};
use crate::platform::storage;
use crate::state::{Change, ReaderAction, ReaderState};

/// While a slider is dragged, the URL and storage are written this long
/// after the last step, not on every one.
const WRITE_DELAY_MS: u32 = 250;

/// A write waiting for the drag to pause (or done already), with its fragment.
type PendingWrite = Option<(Timeout, String)>;

fn messages(problems: &[LinkProblem]) -> Vec<String> {
    problems.iter().map(ToString::to_string).collect()
}

/// The fragment wins; then what was remembered (if it still reads cleanly;
/// a corrupted value is ignored and overwritten); then the defaults.
fn initial_state(dataset: &Dataset) -> (ShareState, Vec<String>) {
    let fragment = history::current_fragment();
    if !fragment.is_empty() {
        let decoded = decode(dataset, &fragment);
        return (decoded.state, messages(&decoded.problems));
    }
    if let Some(saved) = storage::load() {
        let decoded = decode(dataset, &saved);
        if decoded.problems.is_empty() {
            return (decoded.state, Vec::new());
        }
    }
    (ShareState::defaults(dataset), Vec::new())
}

fn write_now(fragment: &str, entry: Entry) {
    history::write_fragment(fragment, entry);
    storage::save(fragment);
}

/// Writes a pending drag at once (before a discrete change pushes a new
/// history entry, so the entry it leaves behind holds the dragged state).
fn flush(pending: &RefCell<PendingWrite>) {
    if let Some((timeout, fragment)) = pending.borrow_mut().take() {
        timeout.cancel();
        write_now(&fragment, Entry::Replace);
    }
}

/// Where the state starts and whether it is kept in the URL and storage.
#[derive(Clone, PartialEq)]
pub enum StateHome {
    /// The app's own page: URL fragment, history and localStorage.
    UrlAndStorage,
    /// An embed: starts from its configuration, lives in memory only, and
    /// never touches the host page's address, history or storage.
    Memory(ShareState),
}

/// Returns the state handle and the notices about link parts that could
/// not be used (with a setter to dismiss them).
#[hook]
pub fn use_reader_state(
    model: &SharedModel,
    home: StateHome,
) -> (UseReducerHandle<ReaderState>, UseStateHandle<Vec<String>>) {
    let persist = home == StateHome::UrlAndStorage;
    let start = {
        let model = model.clone();
        use_memo((), move |_| match home {
            StateHome::UrlAndStorage => initial_state(&model.dataset),
            StateHome::Memory(state) => (state, Vec::new()),
        })
    };
    let notices = use_state({
        let start = Rc::clone(&start);
        move || start.1.clone()
    });
    let state = use_reducer({
        let start = Rc::clone(&start);
        move || ReaderState::from_share(start.0.clone(), Change::Initial)
    });
    let pending = use_mut_ref(|| None::<(Timeout, String)>);

    {
        let (model, dispatcher, notices) = (model.clone(), state.dispatcher(), notices.setter());
        let pending = Rc::clone(&pending);
        use_effect_with((), move |_| {
            let listeners = if !persist {
                Vec::new()
            } else {
                history::on_fragment_change(move |fragment| {
                    pending.borrow_mut().take();
                    let decoded = decode(&model.dataset, &fragment);
                    notices.set(messages(&decoded.problems));
                    dispatcher.dispatch(ReaderAction::Restore(decoded.state));
                })
            };
            move || drop(listeners)
        });
    }

    {
        let model = model.clone();
        use_effect_with((*state).clone(), move |current| {
            if !persist {
                return;
            }
            let fragment = encode(&model.dataset, &current.to_share());
            match current.change {
                Change::Initial => {
                    let pristine =
                        fragment == encode(&model.dataset, &ShareState::defaults(&model.dataset));
                    let shown = history::current_fragment();
                    if shown != fragment && !(pristine && shown.is_empty()) {
                        history::write_fragment(&fragment, Entry::Replace);
                    }
                    storage::save(&fragment);
                }
                Change::Drag | Change::View => {
                    // The fired timeout stays in `pending` until the next change
                    // replaces it: dropping a timer inside its own callback
                    // would free the closure that is running. A later flush
                    // writes the same fragment again, which is harmless.
                    let write = fragment.clone();
                    let timeout =
                        Timeout::new(WRITE_DELAY_MS, move || write_now(&write, Entry::Replace));
                    if let Some((old, _)) = pending.borrow_mut().replace((timeout, fragment)) {
                        old.cancel();
                    }
                }
                Change::Discrete => {
                    flush(&pending);
                    write_now(&fragment, Entry::Push);
                }
                Change::Restored => storage::save(&fragment),
            }
        });
    }

    (state, notices)
}
