//! Writing an embed: the settings that reproduce a state, the frame's
//! address, and the snippets a host pastes (iframe, custom element, Hugo,
//! Jekyll), every value escaped for where it stands.

use super::Theme;
use crate::dataset::Dataset;
use crate::order::CardOrder;
use crate::settings::{describe_levels, Levels, ShareState};
use crate::text::{html_escape, percent_encode_url, query_escape};

/// The settings that reproduce `state` with `theme`: the preset while it is
/// unchanged, otherwise every weight that differs from the default.
pub fn embed_settings(
    dataset: &Dataset,
    state: &ShareState,
    theme: Theme,
) -> Vec<(String, String)> {
    let mut settings = Vec::new();
    match describe_levels(dataset, state) {
        Levels::Preset(id) => settings.push(("preset".to_string(), id.to_string())),
        Levels::Changed(changed) if !changed.is_empty() => {
            let pairs: Vec<String> = changed
                .iter()
                .map(|(id, level)| format!("{id}:{level}"))
                .collect();
            settings.push(("weights".to_string(), pairs.join(",")));
        }
        Levels::Changed(_) => {}
    }
    if state.order != CardOrder::Dataset {
        settings.push(("sort".to_string(), state.order.id().to_string()));
    }
    if theme != Theme::Auto {
        settings.push(("theme".to_string(), theme.id().to_string()));
    }
    settings
}

/// The page iframes load: the same app as `index.html`, served with a
/// policy that lets any site frame it (the app's own page only allows
/// itself).
pub const FRAME_PAGE: &str = "embed.html";

/// The iframe URL for `settings`: `app_url` + `embed.html?key=value&...`.
pub fn frame_url(app_url: &str, settings: &[(String, String)]) -> String {
    let query: Vec<String> = settings
        .iter()
        .map(|(k, v)| format!("{}={}", query_escape(k), query_escape(v)))
        .collect();
    if query.is_empty() {
        format!("{app_url}{FRAME_PAGE}")
    } else {
        format!("{app_url}{FRAME_PAGE}?{}", query.join("&"))
    }
}

/// The iframe snippet: works wherever iframes are allowed. `embed.js`
/// (optional) keeps its height equal to the widget's.
pub fn iframe_snippet(app_url: &str, settings: &[(String, String)], title: &str) -> String {
    iframe_snippet_for(app_url, &frame_url(app_url, settings), title)
}

/// The iframe snippet for a frame address `src` of the app at `app_url`.
pub fn iframe_snippet_for(app_url: &str, src: &str, title: &str) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" loading=\"lazy\" style=\"width:100%;height:1400px;border:0\" data-versus-embed></iframe>\n<script type=\"module\" src=\"{}\"></script>",
        html_escape(src),
        html_escape(title),
        html_escape(&format!("{app_url}embed.js"))
    )
}

/// The custom-element snippet: the widget in a shadow root of the page.
pub fn element_snippet(app_url: &str, settings: &[(String, String)]) -> String {
    let attributes: String = settings
        .iter()
        .map(|(k, v)| format!(" {}=\"{}\"", html_escape(k), html_escape(v)))
        .collect();
    format!(
        "<script type=\"module\" src=\"{}\"></script>\n<versus-widget{attributes}></versus-widget>",
        html_escape(&format!("{app_url}embed.js"))
    )
}

/// The Hugo shortcode call (`embed/hugo/versus.html`) for `settings`.
pub fn hugo_snippet(settings: &[(String, String)]) -> String {
    format!("{{{{< versus{} >}}}}", quoted_params(settings))
}

/// The Jekyll include call (`embed/jekyll/versus.html`) for `settings`.
pub fn jekyll_snippet(settings: &[(String, String)]) -> String {
    format!("{{% include versus.html{} %}}", quoted_params(settings))
}

/// ` key="value"` pairs, each value made safe by `template_value`.
fn quoted_params(settings: &[(String, String)]) -> String {
    settings
        .iter()
        .map(|(k, v)| format!(" {k}=\"{}\"", template_value(k, v)))
        .collect()
}

/// A setting's value as it can stand between `"` in a Jekyll include or a
/// Hugo shortcode. Liquid ends a tag at `%}` even inside a string and runs
/// `{{ }}` and `{% %}`; `"` ends the string and `\` escapes its end. So a
/// dataset address (`data`, `src`) has `{`, `}`, `"`, `\` and spaces
/// percent-encoded, which is the same address; any other value (a heading)
/// loses `"` and `\`, and gets a space between the two characters of
/// `{{`, `{%`, `%}` and `}}`.
fn template_value(key: &str, value: &str) -> String {
    if matches!(key, "data" | "src") {
        return percent_encode_url(value, b"");
    }
    let mut out = String::with_capacity(value.len());
    let mut previous = ' ';
    for c in value.chars().filter(|c| !matches!(c, '"' | '\\')) {
        if matches!((previous, c), ('{', '{' | '%') | ('%' | '}', '}')) {
            out.push(' ');
        }
        out.push(c);
        previous = c;
    }
    out
}
