//! The authoring page (`author.html`): build a comparison as a grid or as
//! JSON (two views of one draft), import it from a table, see every
//! problem where it is, preview the widget live, and copy what publishes it.

mod cell_panel;
mod draft_read;
mod edit_view;
mod embed_dialog;
mod embed_page;
mod grid_editor;
mod grid_view;
mod import_dialog;
mod presets_editor;
mod problem_list;
mod publish_panel;
mod replace;
mod sources_editor;
mod still_to_write;
mod text_field;
mod undo_keys;

use versus_core::authoring::place::{cell_of_path, Cell};
use versus_core::authoring::{apply, Edit};
use versus_core::dataset::{read_for_editing, to_json};
use versus_core::json::pretty;
use versus_core::table::Imported;
use versus_core::l10n::{msg, Arg};
use versus_core::Problem;
use yew::prelude::*;

use draft_read::DraftRead;
use edit_view::{use_remembered_view, View};
use grid_editor::cell_id;
use grid_view::GridView;
use import_dialog::ImportDialog;
use problem_list::ProblemList;
use publish_panel::PublishPanel;
use replace::Replace;
use still_to_write::StillToWrite;
use undo_keys::undo_keys;

pub use embed_page::{EmbedPage, EmbedPageProps};
use crate::words::SharedWords;

use super::update_banner::UpdateBanner;
use super::widget::Widget;
use crate::hooks::{use_deflated, use_draft_history, use_settled, use_words, Change};
use crate::model::SharedModel;
use crate::platform::{self, dataset_text, editing};
use crate::surface::{Surface, SurfaceKind};

/// A starting point that teaches the format by example.
const TEMPLATE: &str = include_str!("../../../data/template.json");

/// How long typing must pause before the preview follows the draft.
const PREVIEW_DELAY_MS: u32 = 300;

/// The shipped comparison in full, served by the build.
const BUILTIN_FILE: &str = "dataset.json";

#[component]
pub fn AuthorPage() -> Html {
    use_effect_with((), |_| platform::reveal_app());
    let words = use_words();
    {
        let title = format!("{} · Versus", words.label(msg::AUTHOR_TITLE));
        use_effect_with(title, |title| platform::set_document_title(title));
    }
    let edited = use_draft_history(TEMPLATE);
    let stored = &edited.draft;
    let (draft, saved) = (stored.text.clone(), stored.saved);
    let change = edited.change.clone();
    let editor = use_node_ref();
    let view = use_remembered_view();
    let active = use_state(|| (1usize, 1usize) as Cell);
    let import_open = use_state(|| false);
    // What the last action did, for a polite status line.
    let status = use_state(|| None::<String>);
    let start_error = use_state(|| None::<String>);
    // A place to select in the JSON text once it is shown.
    let pending_jump = use_state(|| None::<usize>);
    // Kept here, not in the publish panel, so it survives the draft being
    // broken for a while (the panel is shown only for a valid draft).
    let file_url = use_state(String::new);
    // The draft as it is now, for work that finishes later (a fetch).
    let latest = use_mut_ref(String::new);
    latest.borrow_mut().clone_from(&draft);
    let editable = use_memo((*draft).clone(), |text| DraftRead::of(text));
    let (read, still_to_write) = (&editable.model, editable.still_to_write.clone());
    // The last dataset that read cleanly, once typing pauses: the preview
    // stays on it while the draft is broken instead of vanishing mid-edit.
    let preview = use_settled(read.as_ref().ok().cloned(), PREVIEW_DELAY_MS);
    let encoded = use_deflated(&draft, read.is_ok());

    // Stable across renders, so the grid and its fields re-render only
    // when the draft does (a re-render puts a field's kept value back).
    let change_now = use_mut_ref(|| change.clone());
    *change_now.borrow_mut() = change.clone();
    let on_edit = {
        let (latest, change_now, status) = (latest.clone(), change_now.clone(), status.setter());
        let words = words.clone();
        use_callback((), move |edit: Edit, _| {
            let (Some(mut dataset), _) = read_for_editing(&latest.borrow()) else {
                return;
            };
            match apply(&mut dataset, edit, &words) {
                Ok(()) => {
                    let text = pretty(&to_json(&dataset));
                    change_now.borrow().emit(Change {
                        text,
                        typing: false,
                    });
                }
                Err(why) => status.set(Some(words.tell(&why))),
            }
        })
    };
    let on_active = {
        let active = active.setter();
        use_callback((), move |cell: Cell, _| active.set(cell))
    };
    let on_status = {
        let status = status.setter();
        use_callback((), move |said: String, _| status.set(Some(said)))
    };
    let on_input = {
        let change = change.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(text) = editing::field_value(&event) {
                change.emit(Change { text, typing: true });
            }
        })
    };
    let replace = Replace::new(change.clone(), latest.clone(), TEMPLATE, words.clone());
    let on_template = {
        let replace = replace.clone();
        let question = words.label(msg::AUTHOR_REPLACE);
        Callback::from(move |_: MouseEvent| {
            replace.with(TEMPLATE.to_string(), &question);
        })
    };
    let on_duplicate = {
        let (replace, start_error, words) = (replace.clone(), start_error.setter(), words.clone());
        Callback::from(move |_: MouseEvent| {
            let (replace, start_error, words) = (replace.clone(), start_error.clone(), words.clone());
            wasm_bindgen_futures::spawn_local(async move {
                // A failed fetch leaves the draft exactly as it was.
                match dataset_text::fetch_text(BUILTIN_FILE).await {
                    Ok(fetched) => {
                        start_error.set(None);
                        replace.with(fetched.text, &words.label(msg::AUTHOR_REPLACE));
                    }
                    Err(failure) => start_error.set(Some(words.tell(&failure.line))),
                }
            });
        })
    };
    let on_import = {
        let (replace, import_open, status, view) = (
            replace.clone(),
            import_open.setter(),
            status.setter(),
            view.setter(),
        );
        Callback::from(move |imported: Imported| {
            if let Some(said) = replace.with_imported(imported) {
                status.set(Some(said));
                import_open.set(false);
                view.set(View::Grid);
            }
        })
    };
    let on_pick = {
        let (view, active, editable, pending_jump) = (
            view.clone(),
            active.setter(),
            editable.clone(),
            pending_jump.setter(),
        );
        Callback::from(move |problem: Problem| {
            let cell = editable
                .dataset
                .as_ref()
                .and_then(|d| cell_of_path(d, &problem.path));
            match (*view, cell) {
                (View::Grid, Some(cell)) => {
                    active.set(cell);
                    editing::focus_id(&cell_id(cell), false);
                }
                _ => {
                    view.set(View::Json);
                    pending_jump.set(problem.at.map(|at| at.offset));
                }
            }
        })
    };
    {
        let (editor, draft, pending_jump) = (editor.clone(), draft.clone(), pending_jump.clone());
        use_effect_with((*view, *pending_jump), move |(view, jump)| {
            if let (View::Json, Some(offset)) = (view, jump) {
                let start = draft.get(..*offset).map_or(0, |s| s.encode_utf16().count()) as u32;
                platform::select_text(&editor, start, start + 1);
                pending_jump.set(None);
            }
        });
    }
    let onkeydown = undo_keys(edited.undo.clone(), edited.redo.clone());
    let show = |which: View| {
        let view = view.setter();
        Callback::from(move |_: MouseEvent| view.set(which))
    };
    let open_import = {
        let import_open = import_open.setter();
        Callback::from(move |_: MouseEvent| import_open.set(true))
    };
    let problems = match read {
        Ok(_) => Vec::new(),
        Err(problems) => problems.clone(),
    };

    html! {
        <div class="versus author" {onkeydown}>
            <UpdateBanner enabled={Surface::default().may_register_service_worker()} />
            <header class="masthead">
                <h1>{ words.label(msg::AUTHOR_TITLE) }</h1>
                <p class="lede">{ words.label(msg::AUTHOR_LEDE) }</p>
                <p><a href="dataset-format.md">{ words.label(msg::AUTHOR_FORMAT_LINK) }</a>{ " · " }<a href="dataset.schema.json">{ words.label(msg::AUTHOR_SCHEMA_LINK) }</a>{ " · " }<a href="./">{ words.label(msg::AUTHOR_BACK_LINK) }</a></p>
            </header>
            <main class="author-layout">
                <section class="author-editor" aria-labelledby="editor-heading">
                    <h2 id="editor-heading">{ words.label(msg::AUTHOR_DATASET_HEADING) }</h2>
                    <div class="toolbar">
                        <button type="button" onclick={open_import}>{ words.label(msg::AUTHOR_IMPORT_TABLE) }</button>
                        <button type="button" onclick={on_template}>{ words.label(msg::AUTHOR_START_TEMPLATE) }</button>
                        <button type="button" onclick={on_duplicate}>{ words.label(msg::AUTHOR_DUPLICATE_BUILTIN) }</button>
                    </div>
                    <div class="toolbar view-switch" role="group" aria-label={words.label(msg::AUTHOR_EDIT_AS)}>
                        <button type="button" aria-pressed={(*view == View::Grid).to_string()} onclick={show(View::Grid)}>{ words.label(msg::AUTHOR_VIEW_GRID) }</button>
                        <button type="button" aria-pressed={(*view == View::Json).to_string()} onclick={show(View::Json)}>{ words.label(msg::AUTHOR_VIEW_JSON) }</button>
                        <button type="button" onclick={edited.undo.reform(|_| ())} disabled={!edited.can_undo} aria-keyshortcuts="Control+Z">{ words.label(msg::AUTHOR_UNDO) }</button>
                        <button type="button" onclick={edited.redo.reform(|_| ())} disabled={!edited.can_redo} aria-keyshortcuts="Control+Shift+Z">{ words.label(msg::AUTHOR_REDO) }</button>
                    </div>
                    <p class="author-status" role="status">{ (*status).clone().unwrap_or_default() }</p>
                    if let Some(error) = &*start_error {
                        <p class="author-note" role="alert">{ words.say(msg::AUTHOR_BUILTIN_FAILED, &[("why", Arg::text(error))]) }</p>
                    }
                    if stored.elsewhere.is_some() {
                        <div class="author-note" role="alert">
                            <p>{ words.label(msg::AUTHOR_OTHER_TAB) }</p>
                            <button type="button" onclick={stored.keep_mine.reform(|_| ())}>{ words.label(msg::AUTHOR_KEEP_MINE) }</button>
                            { " " }
                            <button type="button" onclick={stored.take_theirs.reform(|_| ())}>{ words.label(msg::AUTHOR_TAKE_THEIRS) }</button>
                        </div>
                    }
                    if !saved {
                        <p class="author-note" role="alert">{ words.label(msg::AUTHOR_NOT_STORED) }</p>
                    }
                    if *view == View::Grid {
                        <GridView dataset={editable.dataset.clone()} problems={editable.problems.clone()} active={*active}
                            {on_active} on_edit={on_edit.clone()} {on_status} on_show_json={show(View::Json)} />
                    } else {
                        <label for="dataset-editor" class="visually-hidden">{ words.label(msg::AUTHOR_JSON_LABEL) }</label>
                        <textarea id="dataset-editor" ref={editor} spellcheck="false" autocomplete="off" wrap="off"
                            value={(*draft).clone()} oninput={on_input} aria-describedby="problems-summary" />
                    }
                    <ProblemList problems={problems} on_pick={on_pick} />
                    <StillToWrite left={still_to_write} />
                </section>
                <section class="author-preview" aria-labelledby="preview-heading">
                    <h2 id="preview-heading">{ words.label(msg::AUTHOR_PREVIEW_HEADING) }</h2>
                    if read.is_err() && preview.is_some() {
                        <p class="author-note">{ words.label(msg::AUTHOR_PREVIEW_LAST_GOOD) }</p>
                    }
                    if let Ok(model) = read {
                        <PublishPanel draft={(*draft).clone()} title={model.dataset.title.clone()} {encoded}
                            file_url={(*file_url).clone()} on_file_url={Callback::from(move |url| file_url.set(url))} />
                    }
                    if let Some(model) = preview {
                        <div class="preview-frame">
                            <ContextProvider<SharedModel> context={model.clone()}>
                                <Widget key={model.memory_key.clone()} surface={preview_surface()} />
                            </ContextProvider<SharedModel>>
                        </div>
                    }
                </section>
            </main>
            <ImportDialog open={*import_open} on_close={Callback::from(move |()| import_open.set(false))} {on_import} />
        </div>
    }
}

#[derive(PartialEq, Properties)]
pub struct AuthoringProps {
    /// The page's words (`platform::language::authoring_words`).
    pub words: SharedWords,
    /// `author.html?embed`: the embed snippets of a comparison; else the editor.
    pub embed: Option<EmbedPageProps>,
}

/// The authoring build's page, in its words: the editor, or the embed
/// snippets of the comparison a reader came from.
#[component]
pub fn Authoring(props: &AuthoringProps) -> Html {
    html! {
        <ContextProvider<SharedWords> context={props.words.clone()}>
            if let Some(embed) = &props.embed {
                <EmbedPage ..embed.clone() />
            } else {
                <AuthorPage />
            }
        </ContextProvider<SharedWords>>
    }
}

/// The preview behaves like an embed: state in memory, nothing written to
/// this page's address or storage.
fn preview_surface() -> Surface {
    Surface {
        kind: SurfaceKind::Element,
        app_url: platform::embed::page_url(),
        preview: true,
        ..Surface::default()
    }
}
