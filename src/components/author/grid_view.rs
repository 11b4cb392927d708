//! The grid view of the draft: title, the score grid with the panel for
//! the cell in focus, sources and presets, and the table copied back out
//! as Markdown or TSV for a post's readers without JavaScript.

use std::rc::Rc;

use versus_core::authoring::place::Cell;
use versus_core::authoring::Edit;
use versus_core::table::{to_markdown_table, to_tsv};
use versus_core::{Dataset, Problem};
use yew::prelude::*;

use super::cell_panel::CellPanel;
use super::grid_editor::{cell_id, GridEditor};
use super::presets_editor::PresetsEditor;
use super::sources_editor::SourcesEditor;
use super::text_field::TextField;
use crate::platform::clipboard;
use crate::platform::editing::focus_id;

#[derive(PartialEq, Properties)]
pub struct GridViewProps {
    /// `None` while the JSON has a problem the grid cannot show.
    pub dataset: Option<Rc<Dataset>>,
    pub problems: Rc<Vec<Problem>>,
    pub active: Cell,
    pub on_active: Callback<Cell>,
    pub on_edit: Callback<Edit>,
    pub on_status: Callback<String>,
    pub on_show_json: Callback<MouseEvent>,
}

#[component]
pub fn GridView(props: &GridViewProps) -> Html {
    // A cell to focus once the draft has it (a criterion or option just added).
    let focus_next = use_state(|| None::<Cell>);
    // The table to copy by hand where the clipboard is refused.
    let by_hand = use_state(|| None::<String>);
    let size = props
        .dataset
        .as_ref()
        .map_or((0, 0), |d| (d.criteria.len(), d.technologies.len()));
    {
        let (focus_next, on_active) = (focus_next.clone(), props.on_active.clone());
        use_effect_with((*focus_next, size), move |(cell, (rows, cols))| {
            if let Some(cell) = *cell {
                if cell.0 <= *rows && cell.1 <= *cols {
                    on_active.emit(cell);
                    focus_id(&cell_id(cell), true);
                    focus_next.set(None);
                }
            }
        });
    }
    let Some(d) = props.dataset.clone() else {
        return html! {
            <div class="author-note grid-unavailable">
                <p>{ "The grid shows a draft once its JSON reads: fix the problems below in the JSON view." }</p>
                <button type="button" onclick={props.on_show_json.clone()}>{ "Show the JSON" }</button>
            </div>
        };
    };
    let on_edit = &props.on_edit;
    let add = |edit: Edit, cell: Cell| {
        let (on_edit, focus_next) = (on_edit.clone(), focus_next.setter());
        Callback::from(move |_: MouseEvent| {
            focus_next.set(Some(cell));
            on_edit.emit(edit.clone());
        })
    };
    let copy = |what: &'static str, text: String| {
        let (on_status, by_hand) = (props.on_status.clone(), by_hand.setter());
        Callback::from(move |_: MouseEvent| {
            let (on_status, by_hand, text) = (on_status.clone(), by_hand.clone(), text.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if clipboard::copy_text(&text).await.is_ok() {
                    by_hand.set(None);
                    on_status.emit(format!("Copied the table as {what}."));
                } else {
                    by_hand.set(Some(text));
                    on_status.emit("This browser would not let the page copy: the table is below, select it and copy.".into());
                }
            });
        })
    };
    let (rows, cols) = size;
    html! {
        <div class="grid-view">
            <TextField id="draft-title" label="Title" value={d.title.clone()} on_commit={on_edit.reform(Edit::Title)} />
            <TextField id="draft-description" label="Description (optional)" multiline=true
                value={d.description.clone().unwrap_or_default()} on_commit={on_edit.reform(Edit::Description)} />
            <div class="toolbar">
                <button type="button" onclick={add(Edit::AddOption, (0, cols + 1))} disabled={cols >= 6}>{ "Add an option" }</button>
                <button type="button" onclick={add(Edit::AddCriterion, (rows + 1, 0))}>{ "Add a criterion" }</button>
                <button type="button" onclick={copy("a Markdown table", to_markdown_table(&d))}>{ "Copy as Markdown table" }</button>
                <button type="button" onclick={copy("TSV", to_tsv(&d))}>{ "Copy as TSV" }</button>
            </div>
            if let Some(text) = &*by_hand {
                <label for="table-to-copy">{ "The table, to copy by hand" }</label>
                <textarea id="table-to-copy" readonly=true rows="6" wrap="off" value={text.clone()} />
            }
            <p class="author-note">{ "Arrow keys move between cells; Enter or typing edits a cell, Enter keeps it, Escape undoes it. A score is 0 to 10, with a range where sources disagree: 7 (6-8)." }</p>
            <div class="grid-and-panel">
                <GridEditor dataset={d.clone()} problems={props.problems.clone()} active={props.active}
                    on_active={props.on_active.clone()} on_edit={on_edit.clone()} />
                <CellPanel dataset={d.clone()} active={props.active} on_edit={on_edit.clone()} />
            </div>
            <SourcesEditor dataset={d.clone()} on_edit={on_edit.clone()} />
            <PresetsEditor dataset={d} on_edit={on_edit.clone()} />
        </div>
    }
}
