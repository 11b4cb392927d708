//! oEmbed: what a blog receives when a reader pastes a link to Versus on a
//! line of its own, and the discovery links that lead a blog there.
//!
//! A static host answers every query of a page with the same file, so a
//! page can only point at the settings it always shows: the app's page at
//! the default widget (`oembed.json`), a preset's page (`preset/<id>/`) at
//! that preset (`oembed-<id>.json`). An embed address with other settings
//! needs the iframe snippet.

use serde::Serialize;
use versus_core::embed::frame_url;
use versus_core::text::html_escape;

use crate::html::insert_after_charset;
use crate::pages::preset_page;

/// The width the response declares (oEmbed requires one for `rich`); the
/// iframe itself is as wide as the post column.
pub const OEMBED_WIDTH: u32 = 600;
/// WordPress's cap on embed heights, and the first height of the iframe
/// until the widget reports its own.
pub const OEMBED_HEIGHT: u32 = 1000;

/// Where a deployment serves `dist/` (oEmbed needs absolute URLs), from
/// `VERSUS_PUBLIC_URL`, always ending in `/`.
pub fn public_url(configured: Option<String>) -> String {
    let mut url = configured
        .filter(|u| !u.trim().is_empty())
        .unwrap_or_else(|| "http://127.0.0.1:8080/".to_string());
    if !url.ends_with('/') {
        url.push('/');
    }
    url
}

/// The response of preset `id`, or of the default widget.
pub fn oembed_file(preset: Option<&str>) -> String {
    match preset {
        Some(id) => format!("oembed-{id}.json"),
        None => "oembed.json".to_string(),
    }
}

/// The page whose discovery link leads to the response for `settings`:
/// the app's page, a preset's page, or else the iframe page itself.
fn pasted_page(public_url: &str, settings: &[(String, String)]) -> String {
    match settings {
        [] => public_url.to_string(),
        [(key, id)] if key == "preset" => format!("{public_url}{}", preset_page(id)),
        _ => frame_url(public_url, settings),
    }
}

/// The embed in the form WordPress's own post embeds take
/// (`get_post_embed_html` in wp-includes/embed.php). WordPress loads its
/// resizer, wp-embed.js, only when the HTML has a `<blockquote
/// class="wp-embedded-content">`; its sanitiser (`wp_filter_oembed_result`)
/// keeps only the blockquote, its link, and the iframe's `src`, `width`,
/// `height`, `title`, `frameborder`, `marginwidth`, `marginheight` and
/// `scrolling`, then adds its own class, sandbox and secret (in `src` as
/// `#?secret=`, which the widget echoes). Other consumers get the same
/// sandbox, which the widget works in.
/// - `width="100%"`: no style survives, and a number would overflow the
///   post column on a phone; the block editor also gives a fixed aspect
///   ratio to an iframe whose numeric width and height are near 16:9, 9:16...
/// - no `scrolling="no"`: WordPress caps the height at 1000 px, and a
///   taller widget (on a phone) must stay scrollable, not cut off.
pub fn oembed_html(public_url: &str, title: &str, settings: &[(String, String)]) -> String {
    let title = html_escape(title);
    format!(
        "<blockquote class=\"wp-embedded-content\"><a href=\"{}\">{title}</a></blockquote>\
         <iframe class=\"wp-embedded-content\" sandbox=\"allow-scripts\" security=\"restricted\" src=\"{}\" \
         width=\"100%\" height=\"{OEMBED_HEIGHT}\" title=\"{title}\" frameborder=\"0\" marginwidth=\"0\" marginheight=\"0\"></iframe>",
        html_escape(&pasted_page(public_url, settings)),
        html_escape(&frame_url(public_url, settings)),
    )
}

/// An oEmbed 1.0 response, its fields in the order the specification lists.
#[derive(Serialize)]
struct OembedResponse<'a> {
    version: &'a str,
    #[serde(rename = "type")]
    kind: &'a str,
    provider_name: &'a str,
    provider_url: &'a str,
    title: &'a str,
    html: String,
    width: u32,
    height: u32,
}

/// An oEmbed 1.0 `rich` response for the widget with `settings`.
pub fn oembed_json(
    public_url: &str,
    title: &str,
    settings: &[(String, String)],
) -> Result<String, String> {
    serde_json::to_string(&OembedResponse {
        version: "1.0",
        kind: "rich",
        provider_name: "Versus",
        provider_url: public_url,
        title,
        html: oembed_html(public_url, title, settings),
        width: OEMBED_WIDTH,
        height: OEMBED_HEIGHT,
    })
    .map_err(|e| format!("writing an oEmbed response: {e}"))
}

/// `html` with an oEmbed discovery link right after its charset declaration.
pub fn with_oembed_link(html: &str, json_url: &str, title: &str) -> Result<String, String> {
    let link = format!(
        "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"{}\" title=\"{}\">",
        html_escape(json_url),
        html_escape(title)
    );
    insert_after_charset(html, &link)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `name="value"` of the first `<tag ...>` in `html`, entities decoded.
    fn attribute(html: &str, tag: &str, name: &str) -> Option<String> {
        let open = &html[html.find(&format!("<{tag} "))?..];
        let open = &open[..open.find('>')?];
        let start = open.find(&format!(" {name}=\""))? + name.len() + 3;
        let value = &open[start..];
        Some(value[..value.find('"')?].replace("&amp;", "&"))
    }

    #[test]
    fn the_public_url_ends_in_a_slash() {
        assert_eq!(public_url(Some("https://v.test".into())), "https://v.test/");
        assert_eq!(public_url(Some(" ".into())), "http://127.0.0.1:8080/");
        assert_eq!(public_url(None), "http://127.0.0.1:8080/");
    }

    #[test]
    fn responses_are_rich_with_wordpress_embed_html() {
        let json = oembed_json("https://v.test/", "T \"q\"", &[]).unwrap();
        assert!(json.starts_with("{\"version\":\"1.0\",\"type\":\"rich\""));
        assert!(json.contains("\"title\":\"T \\\"q\\\"\""));
        assert!(json.ends_with("\"width\":600,\"height\":1000}"));
        let html = oembed_html("https://v.test/", "T \"q\"", &[]);
        // WordPress keeps a blockquote only at the very start.
        assert!(html.starts_with("<blockquote class=\"wp-embedded-content\"><a href=\"https://v.test/\">T &quot;q&quot;</a></blockquote><iframe "));
        assert_eq!(
            attribute(&html, "iframe", "src").as_deref(),
            Some("https://v.test/embed.html")
        );
        assert_eq!(attribute(&html, "iframe", "width").as_deref(), Some("100%"));
        assert_eq!(
            attribute(&html, "iframe", "height").as_deref(),
            Some("1000")
        );
        for dropped_by_wordpress in ["style", "loading", "data-versus-embed", "<script"] {
            assert!(
                !html.contains(dropped_by_wordpress),
                "{dropped_by_wordpress}"
            );
        }
    }

    #[test]
    fn a_preset_page_leads_to_its_own_response_and_widget() {
        let public = "https://v.test/";
        let page = with_oembed_link(
            "<meta charset=utf-8><p>",
            &format!("{public}{}", oembed_file(Some("ml"))),
            "T: ML",
        )
        .unwrap();
        assert!(page.starts_with(
            "<meta charset=utf-8><link rel=\"alternate\" type=\"application/json+oembed\" href=\"https://v.test/oembed-ml.json\" title=\"T: ML\">"
        ));
        let html = oembed_html(public, "T: ML", &[("preset".into(), "ml".into())]);
        assert_eq!(
            attribute(&html, "iframe", "src").as_deref(),
            Some("https://v.test/embed.html?preset=ml")
        );
        assert_eq!(
            attribute(&html, "a", "href").as_deref(),
            Some("https://v.test/preset/ml/")
        );
        // The app's page leads to the default widget.
        let app = with_oembed_link(
            "<meta charset=utf-8>",
            &format!("{public}{}", oembed_file(None)),
            "T",
        )
        .unwrap();
        assert!(app.contains("href=\"https://v.test/oembed.json\""));
        let html = oembed_html(
            public,
            "T",
            &[
                ("preset".into(), "ml".into()),
                ("theme".into(), "dark".into()),
            ],
        );
        assert_eq!(
            attribute(&html, "a", "href").as_deref(),
            Some("https://v.test/embed.html?preset=ml&theme=dark")
        );
    }
}
