//! The one place that touches the browser directly. Components and hooks
//! call these helpers instead of `web_sys`, so side effects stay at the edge.

pub mod clipboard;
mod crash;
pub mod dataset_text;
mod dom;
#[cfg(feature = "author")]
pub mod editing;
pub mod embed;
pub mod evidence;
pub mod history;
pub mod language;
mod page;
pub mod service_worker;
pub mod site;
pub mod storage;
pub mod takeover;

pub use crash::{install_panic_hook, show_crash_notice, speak_as};
pub use dom::{
    create_element, downloads_allowed, focus, input_value, is_open, select_value,
    show_select_value,
};
#[cfg(feature = "author")]
pub use dom::{close_dialog, confirm, select_text, show_modal};
#[cfg(feature = "author")]
pub use page::page_kind;
pub use page::{hold_reveal, page_preset, release_reveal, reveal_app, reveal_pending, set_document_title, take_mount_point};
