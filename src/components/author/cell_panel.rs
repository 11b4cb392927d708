//! Beside the grid, everything about the cell in focus that does not fit in
//! it: a criterion's question and its place, an option's place, a score's
//! reason, who-claims-what note and citations. Each field keeps its change
//! when it loses focus, one undo step each.

use std::rc::Rc;

use versus_core::authoring::place::Cell;
use versus_core::authoring::Edit;
use versus_core::l10n::{msg, Arg};
use versus_core::Dataset;
use yew::prelude::*;

use super::text_field::TextField;
use crate::hooks::use_words;
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

fn button(on_edit: &Callback<Edit>, label: String, edit: Edit, disabled: bool) -> Html {
    let on_edit = on_edit.clone();
    let onclick = Callback::from(move |_: MouseEvent| on_edit.emit(edit.clone()));
    html! { <button type="button" {onclick} {disabled}>{ label }</button> }
}

#[component]
pub fn CellPanel(props: &CellPanelProps) -> Html {
    let d = &props.dataset;
    let on_edit = &props.on_edit;
    let words = use_words();
    let say = |id| words.label(id);
    let body = match props.active {
        (0, 0) => {
            html! { <p class="author-note">{ say(msg::AUTHOR_CELL_HINT) }</p> }
        }
        (0, col) => {
            let Some(t) = d.technologies.get(col - 1) else {
                return Html::default();
            };
            let option = col - 1;
            let last = d.technologies.len() - 1;
            html! {
                <>
                    <h3>{ words.say(msg::AUTHOR_OPTION_HEADING, &[("name", Arg::text(&t.name))]) }</h3>
                    <div class="toolbar">
                        { button(on_edit, say(msg::AUTHOR_MOVE_LEFT), Edit::MoveOption { option, to: option.saturating_sub(1) }, option == 0) }
                        { button(on_edit, say(msg::AUTHOR_MOVE_RIGHT), Edit::MoveOption { option, to: option + 1 }, option == last) }
                        { button(on_edit, say(msg::AUTHOR_REMOVE_OPTION), Edit::RemoveOption { option }, d.technologies.len() <= 2) }
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
                    <h3>{ words.say(msg::AUTHOR_CRITERION_HEADING, &[("name", Arg::text(&c.name))]) }</h3>
                    <TextField id="panel-question" label={say(msg::AUTHOR_QUESTION_LABEL)} value={c.question.clone()}
                        on_commit={on_edit.reform(move |text| Edit::Question { criterion, text })} />
                    <div class="toolbar">
                        { button(on_edit, say(msg::AUTHOR_MOVE_UP), Edit::MoveCriterion { criterion, to: criterion.saturating_sub(1) }, criterion == 0) }
                        { button(on_edit, say(msg::AUTHOR_MOVE_DOWN), Edit::MoveCriterion { criterion, to: criterion + 1 }, criterion == last) }
                        { button(on_edit, say(msg::AUTHOR_REMOVE_CRITERION), Edit::RemoveCriterion { criterion }, d.criteria.len() <= 1) }
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
                    <h3>{ words.say(msg::AUTHOR_SCORE_OF, &[("option", Arg::text(&t.name)), ("criterion", Arg::text(&c.name))]) }</h3>
                    <TextField id="panel-rationale" label={say(msg::AUTHOR_RATIONALE_LABEL)} multiline=true value={score.rationale.clone()}
                        on_commit={on_edit.reform(move |text| Edit::Rationale { criterion, option, text })} />
                    if score.range.is_some() {
                        <TextField id="panel-contested" label={say(msg::AUTHOR_CONTESTED_LABEL)} multiline=true
                            value={score.contested.clone().unwrap_or_default()}
                            on_commit={on_edit.reform(move |text| Edit::Contested { criterion, option, text })} />
                    } else {
                        <p class="author-note">{ say(msg::AUTHOR_RANGE_HINT) }</p>
                    }
                    <h4>{ say(msg::AUTHOR_CITATIONS_HEADING) }</h4>
                    if score.citations.is_empty() {
                        <p class="author-note">{ say(msg::AUTHOR_NO_CITATION) }</p>
                    }
                    { for score.citations.iter().enumerate().map(|(index, citation)| {
                        let quote_id = format!("panel-quote-{index}");
                        let source_id = format!("panel-source-{index}");
                        let quote = citation.quote.clone();
                        let source = citation.source.clone();
                        html! {
                            <fieldset class="citation-fields" key={format!("{row}-{col}-{index}")}>
                                <legend>{ words.say(msg::AUTHOR_CITATION_LEGEND, &[("number", Arg::count(index + 1))]) }</legend>
                                <label for={source_id.clone()}>{ say(msg::AUTHOR_SOURCE_LABEL) }</label>
                                <select id={source_id} onchange={on_text(on_edit, move |source| Edit::Citation { criterion, option, index, source, quote: quote.clone() })}>
                                    { for d.sources.iter().map(|s| html! {
                                        <option value={s.id.clone()} selected={s.id == citation.source}>{ &s.title }</option>
                                    }) }
                                </select>
                                <TextField id={quote_id} label={say(msg::AUTHOR_QUOTE_LABEL)} multiline=true value={citation.quote.clone()}
                                    on_commit={on_edit.reform(move |quote| Edit::Citation { criterion, option, index, source: source.clone(), quote })} />
                                { button(on_edit, say(msg::AUTHOR_REMOVE_CITATION), Edit::RemoveCitation { criterion, option, index }, false) }
                            </fieldset>
                        }
                    }) }
                    { button(on_edit, say(msg::AUTHOR_ADD_CITATION), Edit::AddCitation { criterion, option }, false) }
                </>
            }
        }
    };
    html! {
        <section class="cell-panel" aria-label={say(msg::AUTHOR_CELL_PANEL)}>
            <div key={format!("{:?}", props.active)}>{ body }</div>
        </section>
    }
}
