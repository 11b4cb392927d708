//! What a draft that reads still lacks before it is complete: reasons,
//! citations and notes on contested scores, counted in one line.

use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct StillToWriteProps {
    /// The draft's `remaining` paths (the core's list of what is unwritten).
    pub left: Vec<String>,
}

/// The count of what is left to write, or nothing when nothing is.
#[component]
pub fn StillToWrite(props: &StillToWriteProps) -> Html {
    if props.left.is_empty() {
        return Html::default();
    }
    html! {
        <p class="author-note still-to-write">{ still_to_write_summary(&props.left) }</p>
    }
}

/// "Still to write: 12 reasons, 12 citations and 1 note on who claims what."
fn still_to_write_summary(left: &[String]) -> String {
    let count = |suffix: &str| left.iter().filter(|p| p.ends_with(suffix)).count();
    let mut parts = Vec::new();
    for (n, one, many) in [
        (count(".rationale"), "reason", "reasons"),
        (count(".citations"), "citation", "citations"),
        (
            count(".contested"),
            "note on who claims what",
            "notes on who claims what",
        ),
    ] {
        match n {
            0 => {}
            1 => parts.push(format!("1 {one}")),
            n => parts.push(format!("{n} {many}")),
        }
    }
    let listed = match parts.len() {
        0 | 1 => parts.join(""),
        n => format!("{} and {}", parts[..n - 1].join(", "), parts[n - 1]),
    };
    format!("Still to write: {listed}. The widget works without them; readers see which scores cite nothing.")
}
