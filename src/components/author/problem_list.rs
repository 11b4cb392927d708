use versus_core::dataset::MAX_PROBLEMS;
use versus_core::l10n::{msg, Arg};
use versus_core::Problem;
use yew::prelude::*;

use crate::hooks::use_words;

#[derive(PartialEq, Properties)]
pub struct ProblemListProps {
    pub problems: Vec<Problem>,
    /// Called with the problem picked, to show its place.
    pub on_pick: Callback<Problem>,
}

/// Every problem in the draft, each a button that shows its place (its
/// cell in the grid, its line in the JSON). The count is a polite status,
/// so typing is not interrupted by every transient mistake.
#[component]
pub fn ProblemList(props: &ProblemListProps) -> Html {
    let words = use_words();
    let count = words.say(msg::AUTHOR_PROBLEMS, &[("count", Arg::count(props.problems.len()))]);
    html! {
        <div class={classes!("problems", (!props.problems.is_empty()).then_some("has-problems"))}>
            <p id="problems-summary" role="status" class="problems-summary">{ count }</p>
            <ul>
                { for props.problems.iter().take(MAX_PROBLEMS).map(|problem| {
                    let place = problem.at.map(|at| words.say(msg::AUTHOR_PROBLEM_PLACE, &[("line", Arg::count(at.line as usize)), ("column", Arg::count(at.column as usize))]));
                    let what = words.tell(&problem.sentence());
                    match problem.at {
                        Some(_) => {
                            let (on_pick, picked) = (props.on_pick.clone(), problem.clone());
                            let onclick = Callback::from(move |_: MouseEvent| on_pick.emit(picked.clone()));
                            html! {
                                <li><button type="button" class="problem" {onclick}>
                                    <span class="problem-place">{ place.unwrap_or_default() }</span>{ " " }{ what }
                                </button></li>
                            }
                        }
                        None => html! { <li class="problem">{ what }</li> },
                    }
                }) }
                if props.problems.len() > MAX_PROBLEMS {
                    <li>{ words.say(msg::AUTHOR_PROBLEMS_MORE, &[("count", Arg::count(props.problems.len() - MAX_PROBLEMS))]) }</li>
                }
            </ul>
        </div>
    }
}
