//! A value that follows another once it stops changing: the authoring
//! page's preview waits for a pause in typing instead of rebuilding (and
//! announcing its verdict) on every keystroke.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// The latest `Some` of `value`, taken at once the first time and then
/// only after it has held still for `delay_ms`; a `None` keeps the last.
#[hook]
pub fn use_settled<T: Clone + PartialEq + 'static>(value: Option<T>, delay_ms: u32) -> Option<T> {
    let settled = use_state(|| value.clone());
    {
        let (settled_now, set) = (settled.is_some(), settled.setter());
        use_effect_with(value, move |value| {
            let timer = match value.clone() {
                Some(v) if !settled_now => {
                    set.set(Some(v));
                    None
                }
                Some(v) => Some(Timeout::new(delay_ms, move || set.set(Some(v)))),
                None => None,
            };
            move || drop(timer)
        });
    }
    (*settled).clone()
}
