//! What a draft that reads still lacks before it is complete: reasons,
//! citations and notes on contested scores, counted in one line.

use versus_core::l10n::{msg, Arg, Words};
use yew::prelude::*;

use crate::hooks::use_words;

#[derive(PartialEq, Properties)]
pub struct StillToWriteProps {
    /// The draft's `remaining` paths (the core's list of what is unwritten).
    pub left: Vec<String>,
}

/// The count of what is left to write, or nothing when nothing is.
#[component]
pub fn StillToWrite(props: &StillToWriteProps) -> Html {
    let words = use_words();
    if props.left.is_empty() {
        return Html::default();
    }
    html! {
        <p class="author-note still-to-write">{ still_to_write_summary(&words, &props.left) }</p>
    }
}

/// "Still to write: 12 reasons, 12 citations and 1 note on who claims what."
fn still_to_write_summary(words: &Words, left: &[String]) -> String {
    let count = |suffix: &str| left.iter().filter(|p| p.ends_with(suffix)).count();
    let parts: Vec<String> = [
        (count(".rationale"), msg::AUTHOR_REASONS),
        (count(".citations"), msg::AUTHOR_CITATIONS),
        (count(".contested"), msg::AUTHOR_NOTES),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, id)| words.say(id, &[("count", Arg::count(n))]))
    .collect();
    let items = match parts.split_last() {
        Some((last, rest)) if !rest.is_empty() => {
            words.say(msg::AUTHOR_AND, &[("first", Arg::text(&words.list(rest))), ("last", Arg::text(last))])
        }
        _ => parts.concat(),
    };
    words.say(msg::AUTHOR_STILL_TO_WRITE, &[("items", Arg::text(&items))])
}
