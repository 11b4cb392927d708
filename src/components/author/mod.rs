//! The authoring page (`author.html`): write a dataset, see every problem
//! with its place, preview the widget live, and copy what publishes it.

mod problem_list;
mod publish_panel;

use yew::prelude::*;

use problem_list::ProblemList;
use publish_panel::PublishPanel;

use super::app::Widget;
use super::update_banner::UpdateBanner;
use crate::hooks::{use_deflated, use_draft, use_settled};
use crate::model::{Model, SharedModel};
use crate::platform::{self, dataset_text};
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
    let stored = use_draft(TEMPLATE);
    let (draft, set_draft, saved) = (stored.text.clone(), stored.set.clone(), stored.saved);
    let editor = use_node_ref();
    let start_error = use_state(|| None::<String>);
    // Kept here, not in the publish panel, so it survives the draft being
    // broken for a while (the panel is shown only for a valid draft).
    let file_url = use_state(String::new);
    // The draft as it is now, for work that finishes later (a fetch).
    let latest = use_mut_ref(String::new);
    latest.borrow_mut().clone_from(&draft);
    let read = use_memo((*draft).clone(), |text| Model::for_draft(text));
    // The last dataset that read cleanly, once typing pauses: the preview
    // stays on it while the draft is broken instead of vanishing mid-edit.
    let preview = use_settled((*read).as_ref().ok().cloned(), PREVIEW_DELAY_MS);
    let encoded = use_deflated(&draft, read.is_ok());

    let on_input = {
        let set_draft = set_draft.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(text) = platform::textarea_value(&event) {
                set_draft.emit(text);
            }
        })
    };
    let replace = {
        let (set_draft, latest) = (set_draft.clone(), latest.clone());
        move |text: String| {
            let pristine = {
                let draft = latest.borrow();
                *draft == TEMPLATE || draft.trim().is_empty()
            };
            if pristine || platform::confirm("Replace your draft? It is not kept anywhere else.") {
                set_draft.emit(text);
            }
        }
    };
    let on_template = {
        let replace = replace.clone();
        Callback::from(move |_: MouseEvent| replace(TEMPLATE.to_string()))
    };
    let on_duplicate = {
        let start_error = start_error.setter();
        Callback::from(move |_: MouseEvent| {
            let (replace, start_error) = (replace.clone(), start_error.clone());
            wasm_bindgen_futures::spawn_local(async move {
                // A failed fetch leaves the draft exactly as it was.
                match dataset_text::fetch_text(BUILTIN_FILE).await {
                    Ok(fetched) => {
                        start_error.set(None);
                        replace(fetched.text);
                    }
                    Err(failure) => start_error.set(Some(failure.lines.join(" "))),
                }
            });
        })
    };
    let on_jump = {
        let (editor, draft) = (editor.clone(), draft.clone());
        Callback::from(move |offset: usize| {
            let start = draft.get(..offset).map_or(0, |s| s.encode_utf16().count()) as u32;
            platform::select_text(&editor, start, start + 1);
        })
    };
    let problems = match &*read {
        Ok(_) => Vec::new(),
        Err(problems) => problems.clone(),
    };

    html! {
        <div class="versus author">
            <UpdateBanner enabled={Surface::default().may_register_service_worker()} />
            <header class="masthead">
                <h1>{ "Write your own comparison" }</h1>
                <p class="lede">{ "Any options, any criteria: write the dataset as JSON, fix what the checker finds, and publish it as a file, an embed or a link. Everything stays in this browser." }</p>
                <p><a href="dataset-format.md">{ "The dataset format" }</a>{ " · " }<a href="dataset.schema.json">{ "JSON Schema" }</a>{ " · " }<a href="./">{ "Back to Node.js or Python" }</a></p>
            </header>
            <main class="author-layout">
                <section class="author-editor" aria-labelledby="editor-heading">
                    <h2 id="editor-heading">{ "Dataset" }</h2>
                    <div class="toolbar">
                        <button type="button" onclick={on_template}>{ "Start from the template" }</button>
                        <button type="button" onclick={on_duplicate}>{ "Duplicate the built-in comparison" }</button>
                    </div>
                    if let Some(error) = &*start_error {
                        <p class="author-note" role="alert">{ format!("The built-in comparison could not be loaded, so your draft is unchanged. {error}") }</p>
                    }
                    if stored.elsewhere.is_some() {
                        <div class="author-note" role="alert">
                            <p>{ "This draft was changed in another tab. This tab stopped saving, so neither overwrites the other: choose which one to keep." }</p>
                            <button type="button" onclick={stored.keep_mine.reform(|_| ())}>{ "Keep this tab's draft" }</button>
                            { " " }
                            <button type="button" onclick={stored.take_theirs.reform(|_| ())}>{ "Use the other tab's draft" }</button>
                        </div>
                    }
                    if !saved {
                        <p class="author-note" role="alert">{ "This browser would not store your draft, so it will be lost when you leave: download it to keep it." }</p>
                    }
                    <label for="dataset-editor" class="visually-hidden">{ "Dataset JSON" }</label>
                    <textarea id="dataset-editor" ref={editor} spellcheck="false" autocomplete="off" wrap="off"
                        value={(*draft).clone()} oninput={on_input} aria-describedby="problems-summary" />
                    <ProblemList problems={problems} on_jump={on_jump} />
                </section>
                <section class="author-preview" aria-labelledby="preview-heading">
                    <h2 id="preview-heading">{ "Preview" }</h2>
                    if read.is_err() && preview.is_some() {
                        <p class="author-note">{ "Showing the last version without problems." }</p>
                    }
                    if let Ok(model) = &*read {
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
        </div>
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
