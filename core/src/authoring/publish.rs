//! What the authoring page hands an author for their own dataset: the
//! ways to publish it, each a string to copy.

use crate::embed::{element_snippet, frame_url, iframe_snippet_for, FRAME_PAGE};
use crate::link_data::{DATA_KEY, MAX_LINK_DATA_CHARS, SHORT_LINK_CHARS};
use crate::l10n::{msg, Sentence};
use crate::text::{html_escape, query_escape};

/// How an embed finds the dataset.
#[derive(Debug, Clone, PartialEq)]
pub enum Published<'a> {
    /// The author will publish the file here.
    Url(&'a str),
    /// No file anywhere: the dataset travels inside the snippet or link,
    /// as JSON text and as a link's compressed `data=` part.
    Inline { json: &'a str, encoded: &'a str },
}

/// The app's page opening this dataset, or why there is no such link.
pub fn app_link(app_url: &str, published: &Published) -> Result<String, Sentence> {
    match published {
        Published::Url(url) => Ok(format!("{app_url}?{DATA_KEY}={}", query_escape(url))),
        Published::Inline { encoded, .. } => {
            link_fits(encoded)?;
            Ok(format!("{app_url}#{DATA_KEY}={encoded}"))
        }
    }
}

fn link_fits(encoded: &str) -> Result<(), Sentence> {
    if encoded.len() > MAX_LINK_DATA_CHARS {
        Err(Sentence::new(msg::AUTHOR_LINK_TOO_LONG)
            .count("length", encoded.len())
            .count("max", MAX_LINK_DATA_CHARS))
    } else {
        Ok(())
    }
}

/// A word of warning for a link long enough that some apps cut it.
pub fn link_warning(link: &str) -> Option<Sentence> {
    (link.len() > SHORT_LINK_CHARS).then(|| {
        Sentence::new(msg::AUTHOR_LINK_LONG)
            .count("length", link.len())
            .count("max", SHORT_LINK_CHARS)
    })
}

/// The iframe snippet for this dataset.
pub fn iframe_for(app_url: &str, published: &Published, title: &str) -> Result<String, Sentence> {
    let src = match published {
        Published::Url(url) => frame_url(app_url, &[(DATA_KEY.to_string(), url.to_string())]),
        Published::Inline { encoded, .. } => {
            link_fits(encoded)?;
            format!("{app_url}{FRAME_PAGE}#{DATA_KEY}={encoded}")
        }
    };
    Ok(iframe_snippet_for(app_url, &src, title))
}

/// The `<versus-widget>` snippet: the file by `src`, or the JSON inside
/// the element, where the browser treats it as data and never runs it.
pub fn element_for(app_url: &str, published: &Published) -> String {
    match published {
        Published::Url(url) => element_snippet(app_url, &[("src".to_string(), url.to_string())]),
        Published::Inline { json, .. } => format!(
            "<script type=\"module\" src=\"{}\"></script>\n<versus-widget>\n<script type=\"application/json\">\n{}\n</script>\n</versus-widget>",
            html_escape(&format!("{app_url}embed.js")),
            script_safe(json.trim())
        ),
    }
}

/// JSON that cannot end its `<script>` element early: `</` becomes `<\/`,
/// which JSON reads as the same text (`\/` is an escaped `/`), and `<!--`
/// cannot start a comment.
fn script_safe(json: &str) -> String {
    json.replace("</", "<\\/").replace("<!--", "<\\u0021--")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::{parse, Json};

    const APP: &str = "https://versus.example/";

    #[test]
    fn a_published_file_is_named_by_url_everywhere() {
        let p = Published::Url("https://blog.example/db.json");
        assert_eq!(
            app_link(APP, &p).unwrap(),
            "https://versus.example/?data=https:%2F%2Fblog.example%2Fdb.json"
        );
        assert!(iframe_for(APP, &p, "T")
            .unwrap()
            .contains("embed.html?data=https:%2F%2Fblog.example%2Fdb.json"));
        assert!(
            element_for(APP, &p).contains("<versus-widget src=\"https://blog.example/db.json\">")
        );
    }

    #[test]
    fn an_inline_dataset_travels_in_the_fragment_or_the_element() {
        let json = r#"{"title": "</script><script>alert(1)</script> <!-- x"}"#;
        let p = Published::Inline {
            json,
            encoded: "abc",
        };
        assert_eq!(
            app_link(APP, &p).unwrap(),
            "https://versus.example/#data=abc"
        );
        assert!(iframe_for(APP, &p, "T")
            .unwrap()
            .contains("src=\"https://versus.example/embed.html#data=abc\""));
        let element = element_for(APP, &p);
        let inner = element
            .split("application/json\">")
            .nth(1)
            .unwrap()
            .split("</script>")
            .next()
            .unwrap();
        assert!(!inner.contains("</") && !inner.contains("<!--"));
        let Json::Object(members) = parse(inner).unwrap().value else {
            panic!()
        };
        assert_eq!(
            members[0].node.value,
            Json::String("</script><script>alert(1)</script> <!-- x".into())
        );
    }

    #[test]
    fn links_too_long_to_travel_say_so() {
        let long = "a".repeat(MAX_LINK_DATA_CHARS + 1);
        let p = Published::Inline {
            json: "{}",
            encoded: &long,
        };
        assert!(crate::l10n::Words::english().tell(&app_link(APP, &p).unwrap_err()).contains("publish the file"));
        assert!(link_warning(&"a".repeat(SHORT_LINK_CHARS + 1)).is_some());
        assert!(link_warning("short").is_none());
    }
}
