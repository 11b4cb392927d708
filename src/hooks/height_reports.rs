//! Tells a parent page the widget's height, so its iframe fits exactly.

use yew::prelude::*;

use crate::platform::embed;

/// Returns the ref to put on the widget's root element; while `enabled`,
/// its height is posted to the parent window on every change.
#[hook]
pub fn use_height_reports(enabled: bool) -> NodeRef {
    let root = use_node_ref();
    {
        let root = root.clone();
        use_effect_with(enabled, move |&enabled| {
            let reporter = if enabled {
                root.cast::<web_sys::Element>()
                    .and_then(|e| embed::report_height(&e))
            } else {
                None
            };
            move || drop(reporter)
        });
    }
    root
}
