use versus_core::authoring::{app_link, element_for, iframe_for, link_warning, Published};
use versus_core::dataset::is_web_address;
use versus_core::l10n::{msg, Arg, Msg, Sentence};
use yew::prelude::*;

use crate::hooks::use_words;
use crate::platform::{self, clipboard};

#[derive(PartialEq, Properties)]
pub struct PublishPanelProps {
    /// A draft that reads without problems.
    pub draft: String,
    pub title: String,
    /// The draft compressed for a link (`None` while the browser works).
    pub encoded: Option<String>,
    /// Where the author will publish the file, as typed so far.
    pub file_url: String,
    pub on_file_url: Callback<String>,
}

/// The ways to publish a valid draft: the file itself, an iframe, a
/// custom element, a self-contained link. With a file address the embeds
/// load it from there; without, the dataset travels inside them.
#[component]
pub fn PublishPanel(props: &PublishPanelProps) -> Html {
    let words = use_words();
    let status = use_state(String::new);
    let app_url = platform::embed::page_url().unwrap_or_default();
    let url = props.file_url.trim().to_string();
    let url_problem = (!url.is_empty() && !is_web_address(&url))
        .then(|| words.label(msg::AUTHOR_FILE_URL_BAD));
    let published = if !url.is_empty() && url_problem.is_none() {
        Some(Published::Url(&url))
    } else {
        props.encoded.as_deref().map(|encoded| Published::Inline {
            json: &props.draft,
            encoded,
        })
    };
    let outputs = published.as_ref().map(|p| {
        (
            iframe_for(&app_url, p, &props.title),
            element_for(&app_url, p),
            app_link(&app_url, p),
        )
    });

    let on_url = {
        let on_file_url = props.on_file_url.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(value) = platform::input_value(&event) {
                on_file_url.emit(value);
            }
        })
    };
    let on_download = {
        let (draft, status) = (props.draft.clone(), status.setter());
        let (downloaded, refused) = (words.label(msg::AUTHOR_DOWNLOADED), words.label(msg::AUTHOR_DOWNLOAD_REFUSED));
        Callback::from(move |_: MouseEvent| {
            let done = clipboard::download("comparison.json", &draft, "application/json").is_ok();
            status.set(
                if done { downloaded.clone() } else { refused.clone() },
            );
        })
    };
    let copy = |what: &'static str, text: String| {
        let status = status.setter();
        let said = |id: Msg| words.say(id, &[("what", Arg::text(what))]);
        let (copied, refused) = (said(msg::AUTHOR_COPIED_OUTPUT), said(msg::AUTHOR_COPY_OUTPUT_REFUSED));
        Callback::from(move |_: MouseEvent| {
            let (text, status, copied, refused) = (text.clone(), status.clone(), copied.clone(), refused.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let said = match clipboard::copy_text(&text).await {
                    Ok(()) => copied,
                    Err(()) => refused,
                };
                status.set(said);
            });
        })
    };
    let output = |id: &'static str,
                  label: Msg,
                  what: &'static str,
                  text: Result<String, Sentence>| match text {
        Ok(text) => html! {
            <div class="publish-output">
                <label for={id}>{ words.label(label) }</label>
                <textarea id={id} readonly=true rows="3" value={text.clone()} />
                <button type="button" onclick={copy(what, text)}>{ words.say(msg::AUTHOR_COPY_OUTPUT, &[("what", Arg::text(what))]) }</button>
            </div>
        },
        Err(why) => html! {
            <div class="publish-output"><p class="author-note">{ format!("{}: {}", words.label(label), words.tell(&why)) }</p></div>
        },
    };

    html! {
        <details class="publish" open=true>
            <summary>{ words.label(msg::AUTHOR_PUBLISH) }</summary>
            <button type="button" onclick={on_download}>{ words.label(msg::AUTHOR_DOWNLOAD) }</button>
            <div class="publish-output">
                <label for="file-url">{ words.label(msg::AUTHOR_FILE_URL_LABEL) }</label>
                <input id="file-url" type="url" inputmode="url" placeholder="https://your-site.example/comparison.json"
                    value={props.file_url.clone()} oninput={on_url} aria-describedby="file-url-help" />
                <p id="file-url-help" class="author-note">
                    { url_problem.unwrap_or_else(|| words.label(msg::AUTHOR_FILE_URL_HELP)) }
                </p>
            </div>
            if let Some((iframe, element, link)) = outputs {
                { output("iframe-snippet", msg::AUTHOR_IFRAME_OUTPUT, "iframe", iframe) }
                { output("element-snippet", msg::AUTHOR_ELEMENT_OUTPUT, "element", Ok(element)) }
                if let Some(warning) = link.as_ref().ok().and_then(|l| link_warning(l)) {
                    <p class="author-note">{ words.tell(&warning) }</p>
                }
                { output("share-link", msg::AUTHOR_LINK_OUTPUT, "link", link) }
            } else {
                <p class="author-note">{ words.label(msg::AUTHOR_PREPARING) }</p>
            }
            <p role="status" class="publish-status">{ (*status).clone() }</p>
        </details>
    }
}
