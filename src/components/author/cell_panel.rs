//! Beside the grid, everything about the cell in focus that does not fit in
//! it: a criterion's question and its place, an option's place, a score's
//! reason, who-claims-what note and citations. Each field keeps its change
//! when it loses focus, one undo step each.

use std::rc::Rc;

use versus_core::authoring::place::Cell;
use versus_core::authoring::Edit;
use versus_core::Dataset;
use yew::prelude::*;

use super::text_field::TextField;
use crate::platform::editing::field_value;

#[derive(PartialEq, Properties)]
pub struct CellPanelProps {
    pub dataset: Rc<Dataset>,
    pub active: Cell,
    pub on_edit: Callback<Edit>,
}

/// A callback that turns a field's committed text into an edit.
fn on_text(on_edit: &Callback<Edit>, make: impl Fn(String) -> Edit + 'static) -> Callback<Event> {
    let on_edit = on_edit.clone();
    Callback::from(move |event: Event| {
        if let Some(text) = field_value(&event) {
            on_edit.emit(make(text));
        }
    })
}

fn button(on_edit: &Callback<Edit>, label: &str, edit: Edit, disabled: bool) -> Html {
    let on_edit = on_edit.clone();
    let onclick = Callback::from(move |_: MouseEvent| on_edit.emit(edit.clone()));
    html! { <button type="button" {onclick} {disabled}>{ label }</button> }
}

#[component]
pub fn CellPanel(props: &CellPanelProps) -> Html {
    let d = &props.dataset;
    let on_edit = &props.on_edit;
    let body = match props.active {
        (0, 0) => {
            html! { <p class="author-note">{ "Move to a cell to see and edit what belongs to it." }</p> }
        }
        (0, col) => {
            let Some(t) = d.technologies.get(col - 1) else {
                return Html::default();
            };
            let option = col - 1;
            let last = d.technologies.len() - 1;
            html! {
                <>
                    <h3>{ format!("Option: {}", t.name) }</h3>
                    <div class="toolbar">
                        { button(on_edit, "Move left", Edit::MoveOption { option, to: option.saturating_sub(1) }, option == 0) }
                        { button(on_edit, "Move right", Edit::MoveOption { option, to: option + 1 }, option == last) }
                        { button(on_edit, "Remove this option", Edit::RemoveOption { option }, d.technologies.len() <= 2) }
                    </div>
                </>
            }
        }
        (row, 0) => {
            let Some(c) = d.criteria.get(row - 1) else {
                return Html::default();
            };
            let criterion = row - 1;
            let last = d.criteria.len() - 1;
            html! {
                <>
                    <h3>{ format!("Criterion: {}", c.name) }</h3>
                    <TextField id="panel-question" label="Question the reader's slider answers" value={c.question.clone()}
                        on_commit={on_edit.reform(move |text| Edit::Question { criterion, text })} />
                    <div class="toolbar">
                        { button(on_edit, "Move up", Edit::MoveCriterion { criterion, to: criterion.saturating_sub(1) }, criterion == 0) }
                        { button(on_edit, "Move down", Edit::MoveCriterion { criterion, to: criterion + 1 }, criterion == last) }
                        { button(on_edit, "Remove this criterion", Edit::RemoveCriterion { criterion }, d.criteria.len() <= 1) }
                    </div>
                </>
            }
        }
        (row, col) => {
            let (Some(c), Some(t)) = (d.criteria.get(row - 1), d.technologies.get(col - 1)) else {
                return Html::default();
            };
            let (criterion, option) = (row - 1, col - 1);
            let Some(score) = c.score_for(&t.id) else {
                return Html::default();
            };
            html! {
                <>
                    <h3>{ format!("{} on {}", t.name, c.name) }</h3>
                    <TextField id="panel-rationale" label="Why this score" multiline=true value={score.rationale.clone()}
                        on_commit={on_edit.reform(move |text| Edit::Rationale { criterion, option, text })} />
                    if score.range.is_some() {
                        <TextField id="panel-contested" label="Where sources disagree: who claims what" multiline=true
                            value={score.contested.clone().unwrap_or_default()}
                            on_commit={on_edit.reform(move |text| Edit::Contested { criterion, option, text })} />
                    } else {
                        <p class="author-note">{ "Give the score a range in its cell, such as 7 (6-8), when sources disagree; then say here who claims what." }</p>
                    }
                    <h4>{ "Citations" }</h4>
                    if score.citations.is_empty() {
                        <p class="author-note">{ "No source cited yet: readers will see that this score cites nothing." }</p>
                    }
                    { for score.citations.iter().enumerate().map(|(index, citation)| {
                        let quote_id = format!("panel-quote-{index}");
                        let source_id = format!("panel-source-{index}");
                        let quote = citation.quote.clone();
                        let source = citation.source.clone();
                        html! {
                            <fieldset class="citation-fields" key={format!("{row}-{col}-{index}")}>
                                <legend>{ format!("Citation {}", index + 1) }</legend>
                                <label for={source_id.clone()}>{ "Source" }</label>
                                <select id={source_id} onchange={on_text(on_edit, move |source| Edit::Citation { criterion, option, index, source, quote: quote.clone() })}>
                                    { for d.sources.iter().map(|s| html! {
                                        <option value={s.id.clone()} selected={s.id == citation.source}>{ &s.title }</option>
                                    }) }
                                </select>
                                <TextField id={quote_id} label="Quote, word for word" multiline=true value={citation.quote.clone()}
                                    on_commit={on_edit.reform(move |quote| Edit::Citation { criterion, option, index, source: source.clone(), quote })} />
                                { button(on_edit, "Remove this citation", Edit::RemoveCitation { criterion, option, index }, false) }
                            </fieldset>
                        }
                    }) }
                    { button(on_edit, "Add a citation", Edit::AddCitation { criterion, option }, false) }
                </>
            }
        }
    };
    html! {
        <section class="cell-panel" aria-label="The cell in focus">
            <div key={format!("{:?}", props.active)}>{ body }</div>
        </section>
    }
}
