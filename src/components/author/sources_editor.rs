//! The sources a draft's citations quote: title, publisher and address,
//! each kept when its field loses focus.

use std::rc::Rc;

use versus_core::authoring::Edit;
use versus_core::l10n::{msg, Arg};
use versus_core::Dataset;
use yew::prelude::*;

use super::text_field::TextField;
use crate::hooks::use_words;

#[derive(PartialEq, Properties)]
pub struct SourcesEditorProps {
    pub dataset: Rc<Dataset>,
    pub on_edit: Callback<Edit>,
}

#[component]
pub fn SourcesEditor(props: &SourcesEditorProps) -> Html {
    let d = &props.dataset;
    let words = use_words();
    let add = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |_: MouseEvent| on_edit.emit(Edit::AddSource))
    };
    html! {
        <details class="grid-extra">
            <summary>{ words.say(msg::AUTHOR_SOURCES_SUMMARY, &[("count", Arg::count(d.sources.len()))]) }</summary>
            { for d.sources.iter().enumerate().map(|(index, s)| {
                let field = |which: &'static str, label: String, value: String| {
                    let current = s.clone();
                    let on_commit = props.on_edit.reform(move |text: String| {
                        let mut next = current.clone();
                        match which {
                            "title" => next.title = text,
                            "publisher" => next.publisher = text,
                            _ => next.url = Some(text),
                        }
                        Edit::Source {
                            index,
                            title: next.title,
                            publisher: next.publisher,
                            url: next.url.unwrap_or_default(),
                        }
                    });
                    html! {
                        <span class="source-field">
                            <TextField id={format!("source-{index}-{which}")} {label} {value} {on_commit}
                                kind={if which == "url" { "url" } else { "text" }} />
                        </span>
                    }
                };
                html! {
                    <fieldset class="source-fields" key={s.id.clone()}>
                        <legend>{ words.say(msg::AUTHOR_SOURCE_LEGEND, &[("number", Arg::count(index + 1))]) }</legend>
                        { field("title", words.label(msg::AUTHOR_TITLE_LABEL), s.title.clone()) }
                        { field("publisher", words.label(msg::AUTHOR_PUBLISHER_LABEL), s.publisher.clone()) }
                        { field("url", words.label(msg::AUTHOR_ADDRESS_LABEL), s.url.clone().unwrap_or_default()) }
                    </fieldset>
                }
            }) }
            <button type="button" onclick={add}>{ words.label(msg::AUTHOR_ADD_SOURCE) }</button>
        </details>
    }
}
