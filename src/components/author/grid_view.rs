//! The grid view of the draft: title, the score grid with the panel for
//! the cell in focus, sources and presets, and the table copied back out
//! as Markdown or TSV for a post's readers without JavaScript.

use std::rc::Rc;

use versus_core::authoring::place::Cell;
use versus_core::authoring::Edit;
use versus_core::table::{to_markdown_table, to_tsv};
use versus_core::l10n::{msg, Arg};
use versus_core::{Dataset, Problem};
use yew::prelude::*;

use super::cell_panel::CellPanel;
use super::grid_editor::{cell_id, GridEditor};
use super::presets_editor::PresetsEditor;
use super::sources_editor::SourcesEditor;
use super::text_field::TextField;
use crate::hooks::use_words;
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
    let words = use_words();
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
                <p>{ words.label(msg::AUTHOR_GRID_NEEDS_JSON) }</p>
                <button type="button" onclick={props.on_show_json.clone()}>{ words.label(msg::AUTHOR_SHOW_JSON) }</button>
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
        let copied = words.say(msg::AUTHOR_COPIED_TABLE, &[("format", Arg::text(what))]);
        let refused = words.label(msg::AUTHOR_COPY_REFUSED_TABLE);
        Callback::from(move |_: MouseEvent| {
            let (on_status, by_hand, text) = (on_status.clone(), by_hand.clone(), text.clone());
            let (copied, refused) = (copied.clone(), refused.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if clipboard::copy_text(&text).await.is_ok() {
                    by_hand.set(None);
                    on_status.emit(copied);
                } else {
                    by_hand.set(Some(text));
                    on_status.emit(refused);
                }
            });
        })
    };
    let (rows, cols) = size;
    html! {
        <div class="grid-view">
            <TextField id="draft-title" label={words.label(msg::AUTHOR_TITLE_LABEL)} value={d.title.clone()} on_commit={on_edit.reform(Edit::Title)} />
            <TextField id="draft-description" label={words.label(msg::AUTHOR_DESCRIPTION_LABEL)} multiline=true
                value={d.description.clone().unwrap_or_default()} on_commit={on_edit.reform(Edit::Description)} />
            <div class="toolbar">
                <button type="button" onclick={add(Edit::AddOption, (0, cols + 1))} disabled={cols >= 6}>{ words.label(msg::AUTHOR_ADD_OPTION) }</button>
                <button type="button" onclick={add(Edit::AddCriterion, (rows + 1, 0))}>{ words.label(msg::AUTHOR_ADD_CRITERION) }</button>
                <button type="button" onclick={copy("markdown", to_markdown_table(&d))}>{ words.label(msg::AUTHOR_COPY_MARKDOWN) }</button>
                <button type="button" onclick={copy("tsv", to_tsv(&d))}>{ words.label(msg::AUTHOR_COPY_TSV) }</button>
            </div>
            if let Some(text) = &*by_hand {
                <label for="table-to-copy">{ words.label(msg::AUTHOR_TABLE_BY_HAND) }</label>
                <textarea id="table-to-copy" readonly=true rows="6" wrap="off" value={text.clone()} />
            }
            <p class="author-note">{ words.label(msg::AUTHOR_GRID_KEYS) }</p>
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
