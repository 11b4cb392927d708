//! The built-in comparison's evidence (quotes, caveats, notes on disputed
//! claims, corrections), read from the site's `dataset.json` the first
//! time a reader opens it: the reader's WASM carries the comparison
//! without it (`Dataset::without_evidence`). One download serves every
//! card and the decision record; the service worker keeps it for offline.

use std::cell::RefCell;
use std::rc::Rc;

use versus_core::Dataset;
use wasm_bindgen_futures::spawn_local;

/// The full comparison, or `None` when it could not be had (offline
/// before the first visit was cached, or a site serving another version).
pub type Whole = Option<Rc<Dataset>>;

type Waiting = Vec<Box<dyn FnOnce(Whole)>>;

enum Loading {
    Idle,
    Pending(Waiting),
    Done(Whole),
}

thread_local! {
    static LOADING: RefCell<Loading> = const { RefCell::new(Loading::Idle) };
}

/// The whole built-in comparison, if it is here already.
pub fn loaded() -> Option<Rc<Dataset>> {
    LOADING.with(|loading| match &*loading.borrow() {
        Loading::Done(whole) => whole.clone(),
        _ => None,
    })
}

/// Calls `then` with the whole built-in comparison once it is here (at
/// once if it already is); `core` is the comparison on screen, which the
/// download must complete. A failed download is tried again at the next
/// ask (the reader is told the sources are unavailable meanwhile).
/// (`then` is boxed: one copy of this in the WASM, not one per caller.)
pub fn with_whole(core: &Dataset, then: Box<dyn FnOnce(Whole)>) {
    let start = LOADING.with(|loading| {
        let mut loading = loading.borrow_mut();
        match &mut *loading {
            Loading::Done(whole) => {
                let whole = whole.clone();
                drop(loading);
                then(whole);
                false
            }
            Loading::Pending(waiting) => {
                waiting.push(then);
                false
            }
            Loading::Idle => {
                *loading = Loading::Pending(vec![then]);
                true
            }
        }
    });
    if start {
        let core = core.clone();
        spawn_local(async move {
            let whole = download(&core).await.map(Rc::new);
            let after = match &whole {
                Some(_) => Loading::Done(whole.clone()),
                None => Loading::Idle,
            };
            let waiting = LOADING.with(|loading| {
                match std::mem::replace(&mut *loading.borrow_mut(), after) {
                    Loading::Pending(waiting) => waiting,
                    _ => Vec::new(),
                }
            });
            for then in waiting {
                then(whole.clone());
            }
        });
    }
}

async fn download(core: &Dataset) -> Option<Dataset> {
    let url = format!("{}dataset.json", super::site::site());
    // The reader any author's file goes through (limits, timeouts); the
    // service worker serves this one from its precache when offline.
    let text = super::dataset_text::fetch_text(&url).await.ok()?.text;
    // As read: its audit fields go unread, and the built-in comparison's
    // names are Latin, so isolating them would change nothing.
    let whole = Dataset::from_json(&text).ok()?;
    whole.completes(core).then_some(whole)
}
