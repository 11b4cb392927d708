use versus_core::embed::iframe_snippet_for;
use versus_core::{
    element_snippet, embed_settings, frame_url, hugo_snippet, jekyll_snippet, ShareState, Theme,
};
use versus_core::l10n::{msg, Arg, Msg};
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::hooks::use_words;
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
    let words = use_words();
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
    let title = words.say(msg::AUTHOR_EMBED_FRAME_TITLE, &[("title", Arg::text(&model.dataset.title))]);
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
    // `what` is a key of `author-embed-*`'s selectors.
    let said = |id: Msg, what: &str| words.say(id, &[("what", Arg::text(what))]);
    let copy = |what: &'static str, text: String| {
        let copied = copied.clone();
        let (done, refused) = (said(msg::AUTHOR_EMBED_COPIED, what), said(msg::AUTHOR_EMBED_COPY_REFUSED, what));
        Callback::from(move |_: MouseEvent| {
            let (copied, text, done, refused) = (copied.clone(), text.clone(), done.clone(), refused.clone());
            spawn_local(async move {
                copied.set(match clipboard::copy_text(&text).await {
                    Ok(()) => done,
                    Err(()) => refused,
                });
            });
        })
    };

    html! {
        <>
            <dialog ref={dialog} class="embed-dialog" aria-labelledby="embed-title" onclose={on_native_close}>
                <h2 id="embed-title">{ words.label(msg::AUTHOR_EMBED_HEADING) }</h2>
                <p>{ words.label(msg::AUTHOR_EMBED_INTRO) }</p>
                <div class="control">
                    <label for="embed-theme">{ words.label(msg::AUTHOR_EMBED_THEME) }</label>
                    <select id="embed-theme" onchange={on_theme}>
                        { for [Theme::Auto, Theme::Light, Theme::Dark].iter().map(|t| html! {
                            <option value={t.id()} selected={*t == *theme}>{ t.id() }</option>
                        }) }
                    </select>
                </div>
                <h3>{ words.label(msg::AUTHOR_EMBED_IFRAME) }</h3>
                <textarea readonly=true rows="4" aria-label={said(msg::AUTHOR_EMBED_SNIPPET_LABEL, "iframe")} value={iframe.clone()} />
                <button type="button" onclick={copy("iframe", iframe)}>{ said(msg::AUTHOR_EMBED_COPY, "iframe") }</button>
                if link_only {
                    <p>{ words.label(msg::AUTHOR_EMBED_LINK_ONLY) }</p>
                } else {
                <h3>{ words.label(msg::AUTHOR_EMBED_ELEMENT) }</h3>
                <textarea readonly=true rows="3" aria-label={said(msg::AUTHOR_EMBED_SNIPPET_LABEL, "element")} value={element.clone()} />
                <button type="button" onclick={copy("element", element)}>{ said(msg::AUTHOR_EMBED_COPY, "element") }</button>
                <details class="more-snippets">
                    <summary>{ words.label(msg::AUTHOR_EMBED_PLATFORMS) }</summary>
                    <h3>{ words.label(msg::AUTHOR_EMBED_HUGO) }</h3>
                    <p>{ words.label(msg::AUTHOR_EMBED_HUGO_HELP) }</p>
                    <textarea readonly=true rows="1" aria-label={said(msg::AUTHOR_EMBED_SNIPPET_LABEL, "hugo")} value={hugo.clone()} />
                    <button type="button" onclick={copy("hugo", hugo)}>{ said(msg::AUTHOR_EMBED_COPY, "hugo") }</button>
                    <h3>{ words.label(msg::AUTHOR_EMBED_JEKYLL) }</h3>
                    <p>{ words.label(msg::AUTHOR_EMBED_JEKYLL_HELP) }</p>
                    <textarea readonly=true rows="1" aria-label={said(msg::AUTHOR_EMBED_SNIPPET_LABEL, "jekyll")} value={jekyll.clone()} />
                    <button type="button" onclick={copy("jekyll", jekyll)}>{ said(msg::AUTHOR_EMBED_COPY, "jekyll") }</button>
                    if builtin {
                        <h3>{ words.label(msg::AUTHOR_EMBED_OEMBED) }</h3>
                        <p>{ words.label(msg::AUTHOR_EMBED_OEMBED_HELP) }</p>
                        <textarea readonly=true rows="1" aria-label={said(msg::AUTHOR_EMBED_SNIPPET_LABEL, "link")} value={app_url.clone()} />
                        <button type="button" onclick={copy("link", app_url.clone())}>{ said(msg::AUTHOR_EMBED_COPY, "link") }</button>
                    }
                </details>
                }
                <p class="share-status" aria-live="polite">{ (*copied).clone() }</p>
                <h3>{ words.label(msg::AUTHOR_EMBED_PREVIEW) }</h3>
                if *open {
                    // A picture of the result, not a second app to tab through.
                    <iframe class="embed-preview" src={frame_src} title={words.label(msg::AUTHOR_EMBED_PREVIEW_FRAME)} loading="lazy" tabindex="-1" inert=true />
                }
                <div class="dialog-actions">
                    <button type="button" onclick={on_close}>{ words.label(msg::AUTHOR_CLOSE) }</button>
                </div>
            </dialog>
        </>
    }
}
