//! The draft as a grid: criteria in rows, options in columns, a score in
//! each cell. Keyboard as the WAI-ARIA grid pattern: one cell in the tab
//! order, arrow keys between cells, Enter or F2 (or typing) to edit, Enter
//! to keep, Escape to leave the cell as it was. A cell keeps what was
//! typed when focus leaves it, as a spreadsheet does.

use std::collections::BTreeMap;
use std::rc::Rc;

use versus_core::authoring::place::{cell_of_path, moved_to, Cell};
use versus_core::authoring::Edit;
use versus_core::l10n::{msg, Arg};
use versus_core::table::{format_score_cell, parse_score_cell};
use versus_core::{Dataset, Problem};
use yew::prelude::*;

use crate::platform::editing::focus_id;
use crate::platform::input_value;

#[derive(PartialEq, Properties)]
pub struct GridEditorProps {
    pub dataset: Rc<Dataset>,
    /// The draft's validation problems, shown on the cells they concern.
    pub problems: Rc<Vec<Problem>>,
    pub active: Cell,
    pub on_active: Callback<Cell>,
    pub on_edit: Callback<Edit>,
}

pub fn cell_id((row, col): Cell) -> String {
    format!("grid-cell-{row}-{col}")
}

#[component]
pub fn GridEditor(props: &GridEditorProps) -> Html {
    let d = &props.dataset;
    let words = crate::hooks::use_words();
    // Compared before setting: leaving a cell by an arrow key sets it to
    // `None` again, which should not re-render the grid.
    let editing = use_state_eq(|| None::<Cell>);
    // What is typed in a cell before it is kept: Yew sets an input's value
    // on every render, so text not yet in the draft must live in state.
    let typed = use_state_eq(|| None::<(Cell, String)>);
    // A score typed that is not one: its text and why, shown on its cell
    // until it is fixed or undone with Escape.
    let typed_wrong = use_state(BTreeMap::<Cell, (String, String)>::new);
    let rows = d.criteria.len() + 1;
    let cols = d.technologies.len() + 1;
    let active = (props.active.0.min(rows - 1), props.active.1.min(cols - 1));

    let mut cell_problems: BTreeMap<Cell, Vec<String>> = BTreeMap::new();
    for problem in props.problems.iter() {
        if let Some(cell) = cell_of_path(d, &problem.path) {
            cell_problems
                .entry(cell)
                .or_default()
                .push(words.tell(&problem.what()));
        }
    }
    for (cell, (_, message)) in typed_wrong.iter() {
        cell_problems
            .entry(*cell)
            .or_default()
            .insert(0, message.clone());
    }

    // Keeps what is typed in `here`, if anything: an edit of the draft, or
    // a problem on the cell when it is not a score.
    let commit = {
        let (on_edit, typed, typed_wrong, editing) = (
            props.on_edit.clone(),
            typed.clone(),
            typed_wrong.clone(),
            editing.clone(),
        );
        let words = words.clone();
        move |here: Cell| {
            editing.set(None);
            let Some((cell, text)) = (*typed).clone().filter(|(cell, _)| *cell == here) else {
                return;
            };
            typed.set(None);
            let mut wrong = (*typed_wrong).clone();
            wrong.remove(&cell);
            let edit = match cell {
                (0, 0) => None,
                (0, col) => Some(Edit::RenameOption {
                    option: col - 1,
                    name: text.trim().to_string(),
                }),
                (row, 0) => Some(Edit::RenameCriterion {
                    criterion: row - 1,
                    name: text.trim().to_string(),
                }),
                (row, col) => match parse_score_cell(&text) {
                    Ok((value, range)) => Some(Edit::Score {
                        criterion: row - 1,
                        option: col - 1,
                        value,
                        range,
                    }),
                    Err(problem) => {
                        wrong.insert(cell, (text, words.tell(&versus_core::authoring::score_cell_problem(&problem))));
                        None
                    }
                },
            };
            typed_wrong.set(wrong);
            if let Some(edit) = edit {
                on_edit.emit(edit);
            }
        }
    };

    let cell = |row: usize, col: usize, kept: String, label: String| -> Html {
        let here = (row, col);
        let id = cell_id(here);
        let is_editing = *editing == Some(here);
        let problems = cell_problems.get(&here);
        let problem_id = format!("{id}-problem");
        let value = match (&*typed, typed_wrong.get(&here)) {
            (Some((cell, text)), _) if *cell == here => text.clone(),
            (_, Some((text, _))) => text.clone(),
            _ => kept,
        };
        let onfocus = {
            let on_active = props.on_active.clone();
            Callback::from(move |_: FocusEvent| on_active.emit(here))
        };
        let onclick = {
            let editing = editing.clone();
            Callback::from(move |_: MouseEvent| editing.set(Some(here)))
        };
        let oninput = {
            let typed = typed.clone();
            Callback::from(move |event: InputEvent| {
                if let Some(text) = input_value(&event) {
                    typed.set(Some((here, text)));
                }
            })
        };
        let onblur = {
            let commit = commit.clone();
            Callback::from(move |_: FocusEvent| commit(here))
        };
        let onkeydown = {
            let (editing, typed, typed_wrong, on_active, commit) = (
                editing.clone(),
                typed.clone(),
                typed_wrong.clone(),
                props.on_active.clone(),
                commit.clone(),
            );
            Callback::from(move |event: KeyboardEvent| {
                let key = event.key();
                let plain = !(event.ctrl_key() || event.meta_key() || event.alt_key());
                if is_editing {
                    match key.as_str() {
                        "Escape" => {
                            event.prevent_default();
                            typed.set(None);
                            let mut wrong = (*typed_wrong).clone();
                            wrong.remove(&here);
                            typed_wrong.set(wrong);
                            editing.set(None);
                        }
                        "Enter" => {
                            event.prevent_default();
                            commit(here);
                        }
                        _ => {}
                    }
                    return;
                }
                if let Some(to) = moved_to(&key, event.ctrl_key(), here, (rows, cols)) {
                    event.prevent_default();
                    on_active.emit(to);
                    focus_id(&cell_id(to), false);
                    return;
                }
                if here == (0, 0) {
                    return;
                }
                if key == "Enter" || key == "F2" {
                    event.prevent_default();
                    editing.set(Some(here));
                } else if key == "Escape" && typed_wrong.contains_key(&here) {
                    let mut wrong = (*typed_wrong).clone();
                    wrong.remove(&here);
                    typed_wrong.set(wrong);
                } else if plain && key.chars().count() == 1 {
                    // Typing over a cell replaces it, as in a spreadsheet.
                    event.prevent_default();
                    typed.set(Some((here, key)));
                    editing.set(Some(here));
                }
            })
        };
        let tabindex = if here == active { "0" } else { "-1" };
        let class = classes!(
            "cell-box",
            problems.is_some().then_some("has-problem"),
            is_editing.then_some("editing")
        );
        let problem_text = problems.map(|p| p.join("; "));
        let field = if here == (0, 0) {
            html! { <span id={id.clone()} class="grid-corner" {tabindex} {onfocus} onkeydown={onkeydown}>{ value }</span> }
        } else {
            html! {
                <input {id} type="text" class="grid-input" {value} aria-label={label} {tabindex}
                    readonly={!is_editing} autocomplete="off" spellcheck="false"
                    aria-invalid={problem_text.is_some().then_some("true")}
                    aria-describedby={problem_text.is_some().then(|| problem_id.clone())}
                    {onfocus} {onclick} {oninput} {onblur} {onkeydown} />
            }
        };
        html! {
            <div {class}>
                { field }
                if let Some(text) = problem_text {
                    <span id={problem_id} class="cell-problem">{ text }</span>
                }
            </div>
        }
    };

    html! {
        <div class="grid-scroll">
            <table role="grid" class="score-grid" aria-label={words.label(msg::AUTHOR_GRID_LABEL)}
                aria-rowcount={rows.to_string()} aria-colcount={cols.to_string()}>
                <thead>
                    <tr role="row">
                        <th role="columnheader" class={classes!("grid-cell", "sticky-col")}>{ cell(0, 0, words.label(msg::AUTHOR_GRID_CORNER), String::new()) }</th>
                        { for d.technologies.iter().enumerate().map(|(j, t)| html! {
                            <th role="columnheader" class="grid-cell">{ cell(0, j + 1, t.name.clone(), words.say(msg::AUTHOR_OPTION_NAME, &[("number", Arg::count(j + 1))])) }</th>
                        }) }
                    </tr>
                </thead>
                <tbody>
                    { for d.criteria.iter().enumerate().map(|(i, c)| html! {
                        <tr role="row" key={c.id.clone()}>
                            <th role="rowheader" class={classes!("grid-cell", "sticky-col")}>{ cell(i + 1, 0, c.name.clone(), words.say(msg::AUTHOR_CRITERION_NAME, &[("number", Arg::count(i + 1))])) }</th>
                            { for d.technologies.iter().enumerate().map(|(j, t)| {
                                let value = c.score_for(&t.id).map(|s| format_score_cell(s.value, s.range)).unwrap_or_default();
                                html! { <td role="gridcell" class="grid-cell">{ cell(i + 1, j + 1, value, format!("{}, {}", t.name, c.name)) }</td> }
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}
