//! Text that knows nothing of datasets or verdicts: numbers as messages
//! and the page print them, someone else's text cut short and quoted,
//! escaping for HTML, queries and Markdown, web addresses, and characters
//! that draw nothing.
//!
//! The leaf of the crate: it uses nothing else in it, so every other
//! module may use it (`tests/module_layers.rs` checks both).

mod escape;
mod fingerprint;
mod json_quote;
mod invisible;
mod markdown;
mod messages;
mod numbers;
mod web_address;

pub use fingerprint::fingerprint;
pub use json_quote::json_quote;
pub use escape::{html_escape, percent_decode, percent_encode, query_escape};
pub use invisible::{is_bidi_control, is_blank, is_invisible, seen_as, visible_text};
pub use markdown::{markdown_link, markdown_text};
pub use messages::{clipped, echo, shown};
pub use numbers::{clamped_number, fixed, message_number, tenths, thousands};
pub use web_address::{is_web_address, percent_encode_url};
