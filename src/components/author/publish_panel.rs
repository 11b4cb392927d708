use versus_core::authoring::{app_link, element_for, iframe_for, link_warning, Published};
use versus_core::dataset::is_web_address;
use yew::prelude::*;

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
    let status = use_state(String::new);
    let app_url = platform::embed::page_url().unwrap_or_default();
    let url = props.file_url.trim().to_string();
    let url_problem = (!url.is_empty() && !is_web_address(&url))
        .then_some("The address must start with https:// or http://.");
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
        Callback::from(move |_: MouseEvent| {
            let done = clipboard::download("comparison.json", &draft, "application/json").is_ok();
            status.set(
                if done {
                    "Downloaded comparison.json."
                } else {
                    "This page may not download files here; copy the text from the editor instead."
                }
                .to_string(),
            );
        })
    };
    let copy = |what: &'static str, text: String| {
        let status = status.setter();
        Callback::from(move |_: MouseEvent| {
            let (text, status) = (text.clone(), status.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let said = match clipboard::copy_text(&text).await {
                    Ok(()) => format!("Copied the {what}."),
                    Err(()) => format!("Could not copy the {what}: select it and copy by hand."),
                };
                status.set(said);
            });
        })
    };
    let output = |id: &'static str,
                  label: &'static str,
                  what: &'static str,
                  text: Result<String, String>| match text {
        Ok(text) => html! {
            <div class="publish-output">
                <label for={id}>{ label }</label>
                <textarea id={id} readonly=true rows="3" value={text.clone()} />
                <button type="button" onclick={copy(what, text)}>{ format!("Copy the {what}") }</button>
            </div>
        },
        Err(why) => html! {
            <div class="publish-output"><p class="author-note">{ format!("{label}: {why}") }</p></div>
        },
    };

    html! {
        <details class="publish" open=true>
            <summary>{ "Publish" }</summary>
            <button type="button" onclick={on_download}>{ "Download the file" }</button>
            <div class="publish-output">
                <label for="file-url">{ "Where will you publish the file? (optional)" }</label>
                <input id="file-url" type="url" inputmode="url" placeholder="https://your-site.example/comparison.json"
                    value={props.file_url.clone()} oninput={on_url} aria-describedby="file-url-help" />
                <p id="file-url-help" class="author-note">
                    { url_problem.unwrap_or("With an address, embeds load the file from there (on another site, it must send Access-Control-Allow-Origin). Without one, the dataset travels inside each snippet and link.") }
                </p>
            </div>
            if let Some((iframe, element, link)) = outputs {
                { output("iframe-snippet", "Iframe snippet (any blog)", "iframe snippet", iframe) }
                { output("element-snippet", "Custom element snippet", "element snippet", Ok(element)) }
                if let Some(warning) = link.as_ref().ok().and_then(|l| link_warning(l)) {
                    <p class="author-note">{ warning }</p>
                }
                { output("share-link", "Link that opens it in Versus", "link", link) }
            } else {
                <p class="author-note">{ "Preparing the snippets…" }</p>
            }
            <p role="status" class="publish-status">{ (*status).clone() }</p>
        </details>
    }
}
