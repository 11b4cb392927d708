use versus_core::embed::iframe_snippet_for;
use versus_core::{
    element_snippet, embed_settings, frame_url, hugo_snippet, jekyll_snippet, ShareState, Theme,
};
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::model::SharedModel;
use crate::platform::{self, clipboard, embed, history};

#[derive(PartialEq, Properties)]
pub struct EmbedDialogProps {
    /// The weights (and order) the reader had set.
    pub state: ShareState,
    /// The comparison the reader came from, to go back to on closing.
    pub back: String,
}

/// "Embed": both snippets, pre-filled with the reader's weights and a
/// chosen theme, each with a copy button, and a live preview of the
/// iframe. It is the authoring page's (`author.html?embed#…`, opened by
/// the widget's "Embed this widget"), so no reader of a post downloads the
/// snippet writers: a modal dialog on arrival; closing it goes back.
#[component]
pub fn EmbedDialog(props: &EmbedDialogProps) -> Html {
    let model =
        use_context::<SharedModel>().expect("EmbedDialog is rendered inside the model context");
    let dialog = use_node_ref();
    let open = use_state(|| false);
    {
        let (dialog, open) = (dialog.clone(), open.clone());
        use_effect_with((), move |_| {
            open.set(true);
            platform::show_modal(&dialog);
        });
    }
    let theme = use_state(|| Theme::Auto);
    let copied = use_state(String::new);

    // Read from the browser once mounted, never while rendering: the page
    // is also rendered at build time, where there is no location.
    let app_url = use_state(String::new);
    {
        let app_url = app_url.setter();
        use_effect_with((), move |_| {
            app_url.set(embed::page_url().unwrap_or_default())
        });
    }
    let app_url = (*app_url).clone();
    let settings = embed_settings(&model.dataset, &props.state, *theme);
    let title = format!(
        "{} An interactive comparison by Versus",
        model.dataset.title
    );
    // An author's comparison travels with its embeds: its file's address as
    // a setting (`data` in a query, `src` on the element), or the data a
    // link carries in the iframe's fragment. Only the built-in comparison
    // has oEmbed responses, and a link's data fits no element attribute.
    let with = |key: &str| {
        let mut s = settings.clone();
        if let Some(url) = &model.data_url {
            s.push((key.to_string(), url.clone()));
        }
        s
    };
    let (frame_settings, element_settings) = (with("data"), with("src"));
    let frame_src = match (&model.data_url, &model.link_data) {
        (None, Some(encoded)) => format!("{}#data={encoded}", frame_url(&app_url, &settings)),
        _ => frame_url(&app_url, &frame_settings),
    };
    let link_only = model.data_url.is_none() && model.link_data.is_some();
    let iframe = iframe_snippet_for(&app_url, &frame_src, &title);
    let element = element_snippet(&app_url, &element_settings);
    let hugo = hugo_snippet(&frame_settings);
    let jekyll = jekyll_snippet(&frame_settings);
    let builtin = model.is_builtin();

    let on_close = {
        let dialog = dialog.clone();
        Callback::from(move |_: MouseEvent| platform::close_dialog(&dialog))
    };
    // Closed by the button or natively (Escape): back to the comparison
    // (not `history.back()`: the preview's theme changes are entries too).
    let on_native_close = {
        let back = props.back.clone();
        Callback::from(move |_: Event| history::replace_with(&back))
    };
    let on_theme = {
        let theme = theme.clone();
        Callback::from(move |event: Event| {
            if let Some(t) = platform::select_value(&event)
                .as_deref()
                .and_then(Theme::from_id)
            {
                theme.set(t);
            }
        })
    };
    let copy = |what: &'static str, text: String| {
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            let (copied, text) = (copied.clone(), text.clone());
            spawn_local(async move {
                copied.set(match clipboard::copy_text(&text).await {
                    Ok(()) => format!("{what} copied to the clipboard."),
                    Err(()) => format!("The browser did not allow copying: select the {what} and press Ctrl+C (⌘C)."),
                });
            });
        })
    };

    html! {
        <>
            <dialog ref={dialog} class="embed-dialog" aria-labelledby="embed-title" onclose={on_native_close}>
                <h2 id="embed-title">{ "Embed this comparison in your site" }</h2>
                <p>{ "Both snippets start with the weights you have set now. Paste one into your post's HTML." }</p>
                <div class="control">
                    <label for="embed-theme">{ "Theme" }</label>
                    <select id="embed-theme" onchange={on_theme}>
                        { for [Theme::Auto, Theme::Light, Theme::Dark].iter().map(|t| html! {
                            <option value={t.id()} selected={*t == *theme}>{ t.id() }</option>
                        }) }
                    </select>
                </div>
                <h3>{ "iframe (works everywhere)" }</h3>
                <textarea readonly=true rows="4" aria-label="iframe snippet" value={iframe.clone()} />
                <button type="button" onclick={copy("iframe snippet", iframe)}>{ "Copy iframe snippet" }</button>
                if link_only {
                    <p>{ "This comparison lives in its link, which only the iframe can carry. For a custom element, Hugo or Jekyll, publish the dataset as a file (the authoring page, author.html, makes every snippet) and open it with ?data=." }</p>
                } else {
                <h3>{ "Custom element (no iframe)" }</h3>
                <textarea readonly=true rows="3" aria-label="Custom element snippet" value={element.clone()} />
                <button type="button" onclick={copy("custom element snippet", element)}>{ "Copy custom element snippet" }</button>
                <details class="more-snippets">
                    <summary>{ "Hugo, Jekyll, WordPress and other platforms" }</summary>
                    <h3>{ "Hugo shortcode" }</h3>
                    <p>{ "Copy embed/hugo/versus.html from the Versus repository to layouts/shortcodes/, then:" }</p>
                    <textarea readonly=true rows="1" aria-label="Hugo shortcode" value={hugo.clone()} />
                    <button type="button" onclick={copy("Hugo shortcode", hugo)}>{ "Copy Hugo shortcode" }</button>
                    <h3>{ "Jekyll include" }</h3>
                    <p>{ "Copy embed/jekyll/versus.html to _includes/, then:" }</p>
                    <textarea readonly=true rows="1" aria-label="Jekyll include" value={jekyll.clone()} />
                    <button type="button" onclick={copy("Jekyll include", jekyll)}>{ "Copy Jekyll include" }</button>
                    if builtin {
                        <h3>{ "Just the link (WordPress, Ghost and other oEmbed platforms)" }</h3>
                        <p>{ "Paste the address on a line of its own; the platform finds the embed through oEmbed." }</p>
                        <textarea readonly=true rows="1" aria-label="Link for oEmbed" value={app_url.clone()} />
                        <button type="button" onclick={copy("link", app_url.clone())}>{ "Copy link for oEmbed" }</button>
                    }
                </details>
                }
                <p class="share-status" aria-live="polite">{ (*copied).clone() }</p>
                <h3>{ "Preview" }</h3>
                if *open {
                    // A picture of the result, not a second app to tab through.
                    <iframe class="embed-preview" src={frame_src} title="Preview of the embedded widget" loading="lazy" tabindex="-1" inert=true />
                }
                <div class="dialog-actions">
                    <button type="button" onclick={on_close}>{ "Close" }</button>
                </div>
            </dialog>
        </>
    }
}
