//! "Import table": paste rows from a spreadsheet, CSV, a Markdown table or a
//! table copied from a web page, and get a draft. A table that cannot be
//! read says where and why, and stays in the box to be fixed.

use versus_core::l10n::{msg, Arg};
use versus_core::table::{import_table, Imported};
use yew::prelude::*;

use crate::platform::{self, editing};

#[derive(PartialEq, Properties)]
pub struct ImportDialogProps {
    pub open: bool,
    pub on_close: Callback<()>,
    /// A table that read cleanly; the page decides whether to take it.
    pub on_import: Callback<Imported>,
}

#[component]
pub fn ImportDialog(props: &ImportDialogProps) -> Html {
    let words = crate::hooks::use_words();
    let dialog = use_node_ref();
    let text = use_state(String::new);
    // The HTML a paste carried: a table copied from a post reads better
    // from its markup than from the text the browser makes of it.
    let html = use_mut_ref(|| None::<String>);
    let problems = use_state(Vec::<String>::new);
    {
        let dialog = dialog.clone();
        use_effect_with(props.open, move |open| {
            if *open {
                platform::show_modal(&dialog);
            } else {
                platform::close_dialog(&dialog);
            }
        });
    }
    let onpaste = {
        let html = html.clone();
        Callback::from(move |event: Event| *html.borrow_mut() = editing::pasted_html(&event))
    };
    let oninput = {
        let (text, html) = (text.clone(), html.clone());
        Callback::from(move |event: InputEvent| {
            // Typing after a paste makes the text, not the pasted markup,
            // what the author means.
            if !editing::is_paste(&event) {
                *html.borrow_mut() = None;
            }
            if let Some(value) = editing::field_value(&event) {
                text.set(value);
            }
        })
    };
    let on_confirm = {
        let (text, html, problems, on_import) = (
            text.clone(),
            html.clone(),
            problems.clone(),
            props.on_import.clone(),
        );
        let words = words.clone();
        Callback::from(
            move |_: MouseEvent| match import_table(&text, html.borrow().as_deref()) {
                Ok(imported) => {
                    problems.set(Vec::new());
                    on_import.emit(imported);
                }
                Err(found) => problems.set(found.iter().map(|p| versus_core::authoring::table_problem(&words, p)).collect()),
            },
        )
    };
    let on_cancel = {
        let on_close = props.on_close.clone();
        Callback::from(move |_: MouseEvent| on_close.emit(()))
    };
    let onclose = {
        let on_close = props.on_close.clone();
        Callback::from(move |_: Event| on_close.emit(()))
    };
    html! {
        <dialog ref={dialog} class="embed-dialog import-dialog" aria-labelledby="import-heading" {onclose}>
            <h2 id="import-heading">{ words.label(msg::AUTHOR_IMPORT_HEADING) }</h2>
            <p>{ words.label(msg::AUTHOR_IMPORT_HELP) }</p>
            <label for="import-text">{ words.label(msg::AUTHOR_IMPORT_LABEL) }</label>
            <textarea id="import-text" rows="10" spellcheck="false" wrap="off" value={(*text).clone()} {oninput} {onpaste}
                aria-describedby={(!problems.is_empty()).then_some("import-problems")} />
            if !problems.is_empty() {
                <div id="import-problems" class="import-problems" role="alert">
                    <p><strong>{ words.say(msg::AUTHOR_IMPORT_PROBLEMS, &[("count", Arg::count(problems.len()))]) }</strong></p>
                    <ul>{ for problems.iter().map(|p| html! { <li>{ p }</li> }) }</ul>
                </div>
            }
            <div class="dialog-actions">
                <button type="button" onclick={on_cancel}>{ words.label(msg::AUTHOR_CANCEL) }</button>
                { " " }
                <button type="button" class="primary" onclick={on_confirm}>{ words.label(msg::AUTHOR_IMPORT) }</button>
            </div>
        </dialog>
    }
}
