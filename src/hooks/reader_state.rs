//! The reader's state, kept in step with the URL fragment (the share link)
//! and localStorage (so a return visit picks up where it left off).

use versus_core::l10n::{msg, Msg, Sentence};
use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use versus_core::link_data::{join_fragment, split_fragment};
use versus_core::{decode, encode, problem_lines, SettingProblem, ShareState};
use yew::prelude::*;

use crate::model::{Model, SharedModel};
use crate::platform::history::{self, Entry};
use crate::platform::storage::{self, Saved};
use crate::state::{Change, ReaderAction, ReaderState};

/// While a slider is dragged, the URL and storage are written this long
/// after the last step, not on every one.
const WRITE_DELAY_MS: u32 = 250;

/// A write waiting for the drag to pause (or done already), with its fragment.
type PendingWrite = Option<(Timeout, String)>;

/// A notice about the state: a title and its lines (empty: none shown).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StateNotice {
    /// The title's message (`None`: no notice).
    pub title: Option<Msg>,
    /// A sentence's message, shown before the lines.
    pub message: Option<Msg>,
    pub lines: Vec<Sentence>,
}

/// What the reader is told about the parts of a link that were not used.
fn link_notice(problems: &[SettingProblem]) -> StateNotice {
    StateNotice {
        title: Some(msg::LINK_SETTINGS_NOT_USED),
        lines: problem_lines(problems),
        ..StateNotice::default()
    }
}

/// What the reader is told when the browser refuses to remember.
pub fn unsaved_notice() -> StateNotice {
    StateNotice {
        title: Some(msg::STORAGE_REFUSED_TITLE),
        message: Some(msg::STORAGE_REFUSED),
        lines: Vec::new(),
    }
}

/// The reader's state in the address bar, without the dataset a link may
/// also carry there.
fn current_state_fragment() -> String {
    split_fragment(&history::current_fragment()).1
}

/// The fragment wins; then the page's own preset (a preset page's link
/// means that preset); then what was remembered for this comparison (its
/// good parts: a criterion that no longer exists is dropped, the rest
/// kept); then the defaults.
fn initial_state(model: &Model, page_preset: Option<&str>) -> (ShareState, StateNotice) {
    let dataset = &model.dataset;
    let fragment = current_state_fragment();
    if !fragment.is_empty() {
        let decoded = decode(dataset, &fragment);
        return (decoded.state, link_notice(&decoded.problems));
    }
    if page_preset.is_some() {
        return (
            ShareState::starting_at(dataset, page_preset),
            StateNotice::default(),
        );
    }
    if let Some(saved) = storage::load(&model.memory_key) {
        let decoded = decode(dataset, &saved);
        let notice = StateNotice {
            title: Some(msg::MEMORY_STALE_TITLE),
            lines: problem_lines(&decoded.problems),
            ..StateNotice::default()
        };
        return (decoded.state, notice);
    }
    (ShareState::defaults(dataset), StateNotice::default())
}

/// Called when a save is refused.
type OnRefused = Rc<dyn Fn()>;

/// Where the state is written: the model's storage key, and the dataset
/// the address bar carries (if any) to keep beside the state.
#[derive(Clone)]
struct StateTarget {
    memory_key: String,
    link_data: Option<String>,
}

impl StateTarget {
    fn save(&self, fragment: &str, on_refused: &OnRefused) {
        if storage::save(&self.memory_key, fragment) == Saved::Refused {
            on_refused();
        }
    }

    fn write_now(&self, fragment: &str, entry: Entry, on_refused: &OnRefused) {
        history::write_fragment(&join_fragment(fragment, self.link_data.as_deref()), entry);
        self.save(fragment, on_refused);
    }
}

/// Writes a pending drag at once (before a discrete change pushes a new
/// history entry, so the entry it leaves behind holds the dragged state).
fn flush(home: &StateTarget, pending: &RefCell<PendingWrite>, on_refused: &OnRefused) {
    if let Some((timeout, fragment)) = pending.borrow_mut().take() {
        timeout.cancel();
        home.write_now(&fragment, Entry::Replace, on_refused);
    }
}

/// Where the state starts and whether it is kept in the URL and storage.
#[derive(Clone, PartialEq)]
pub enum StateHome {
    /// The app's own page (or a preset page, starting from that preset):
    /// URL fragment, history and localStorage.
    UrlAndStorage { page_preset: Option<String> },
    /// An embed: starts from its configuration, lives in memory only, and
    /// never touches the host page's address, history or storage.
    Memory(ShareState),
}

/// Returns the state handle and the notice about link parts that could not
/// be used, or about a save the browser refused (with a setter to dismiss it).
#[hook]
pub fn use_reader_state(
    model: &SharedModel,
    home: StateHome,
) -> (UseReducerHandle<ReaderState>, UseStateHandle<StateNotice>) {
    let persist = matches!(home, StateHome::UrlAndStorage { .. });
    let start = {
        let model = model.clone();
        use_memo((), move |_| match home {
            StateHome::UrlAndStorage { page_preset } => {
                initial_state(&model, page_preset.as_deref())
            }
            StateHome::Memory(state) => (state, StateNotice::default()),
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
    // Said once: every later refusal would say the same.
    let on_refused: OnRefused = {
        let (notices, told) = (notices.setter(), use_mut_ref(|| false));
        Rc::new(move || {
            if !told.replace(true) {
                notices.set(unsaved_notice());
            }
        })
    };

    {
        let (model, dispatcher, notices) = (model.clone(), state.dispatcher(), notices.setter());
        let pending = Rc::clone(&pending);
        use_effect_with((), move |_| {
            let listeners = if !persist {
                Vec::new()
            } else {
                history::on_fragment_change(move |fragment| {
                    pending.borrow_mut().take();
                    let (data, state) = split_fragment(&fragment);
                    // Another dataset's link pasted into this tab: that is
                    // a different comparison, loaded from the start.
                    if data != model.link_data.as_deref() {
                        history::reload();
                        return;
                    }
                    let decoded = decode(&model.dataset, &state);
                    notices.set(link_notice(&decoded.problems));
                    dispatcher.dispatch(ReaderAction::Restore(decoded.state));
                })
            };
            move || drop(listeners)
        });
    }

    {
        let model = model.clone();
        let on_refused = Rc::clone(&on_refused);
        let home = StateTarget {
            memory_key: model.memory_key.clone(),
            link_data: model.link_data.clone(),
        };
        use_effect_with((*state).clone(), move |current| {
            if !persist {
                return;
            }
            let fragment = encode(&model.dataset, &current.to_share());
            match current.change {
                Change::Initial => {
                    let pristine =
                        fragment == encode(&model.dataset, &ShareState::defaults(&model.dataset));
                    let shown = current_state_fragment();
                    if shown != fragment && !(pristine && shown.is_empty()) {
                        history::write_fragment(
                            &join_fragment(&fragment, home.link_data.as_deref()),
                            Entry::Replace,
                        );
                    }
                    home.save(&fragment, &on_refused);
                }
                Change::Drag | Change::View => {
                    // The fired timeout stays in `pending` until the next change
                    // replaces it: dropping a timer inside its own callback
                    // would free the closure that is running. A later flush
                    // writes the same fragment again, which is harmless.
                    let (write, on_refused, home) =
                        (fragment.clone(), Rc::clone(&on_refused), home.clone());
                    let timeout = Timeout::new(WRITE_DELAY_MS, move || {
                        home.write_now(&write, Entry::Replace, &on_refused)
                    });
                    if let Some((old, _)) = pending.borrow_mut().replace((timeout, fragment)) {
                        old.cancel();
                    }
                }
                Change::Discrete => {
                    flush(&home, &pending, &on_refused);
                    home.write_now(&fragment, Entry::Push, &on_refused);
                }
                Change::Restored => home.save(&fragment, &on_refused),
            }
        });
    }

    (state, notices)
}
