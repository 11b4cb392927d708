//! The build's pages: the app page, the iframe page and one page per preset
//! (`preset/<id>/index.html`, so a preset link works on any static host).
//! Each carries the app pre-rendered into its `#versus-placeholder`, so a
//! reader sees the verdict and every criterion before, or without, the WASM.

use versus_core::text::html_escape;

use crate::author_build::AUTHOR_STYLE;

/// Preset pages live at `preset/<id>/index.html`.
pub const PRESET_DIR: &str = "preset";

/// The page of preset `id`, relative to the site root.
pub fn preset_page(id: &str) -> String {
    format!("{PRESET_DIR}/{id}/")
}

/// The file of preset `id`'s page, relative to the site root.
pub fn preset_page_file(id: &str) -> String {
    format!("{}index.html", preset_page(id))
}

/// `html` with `body` (the pre-rendered app) inside its empty
/// `#versus-placeholder` element (quoted or not: the page is minified).
pub fn with_prerendered(html: &str, body: &str) -> Result<String, String> {
    let id = ["id=versus-placeholder>", "id=\"versus-placeholder\">"]
        .iter()
        .find_map(|marker| html.find(marker).map(|at| at + marker.len()))
        .ok_or("index.html has no #versus-placeholder element")?;
    if !html[id..].starts_with("</div>") {
        return Err("#versus-placeholder in index.html must be empty".into());
    }
    Ok(format!("{}{body}{}", &html[..id], &html[id..]))
}

/// What a preset page says about itself to browsers, search engines and
/// link previews in chat apps and feeds.
pub struct PageMeta<'a> {
    /// e.g. "Machine learning & data science: Python wins by 3.1 points".
    pub title: &'a str,
    pub description: &'a str,
    /// The page's absolute address.
    pub canonical: &'a str,
    /// The preset the page stands for (read back by the app).
    pub preset: &'a str,
}

/// `html` with its `<title>` and description replaced by `meta`'s, plus a
/// canonical link, Open Graph and Twitter card tags and the preset's id.
pub fn with_page_meta(html: &str, meta: &PageMeta) -> Result<String, String> {
    let (title, description, canonical) = (
        html_escape(meta.title),
        html_escape(meta.description),
        html_escape(meta.canonical),
    );
    let head = format!(
        "<title>{title} · Versus</title>\
         <meta name=\"description\" content=\"{description}\">\
         <link rel=\"canonical\" href=\"{canonical}\">\
         <meta property=\"og:type\" content=\"website\">\
         <meta property=\"og:site_name\" content=\"Versus\">\
         <meta property=\"og:title\" content=\"{title}\">\
         <meta property=\"og:description\" content=\"{description}\">\
         <meta property=\"og:url\" content=\"{canonical}\">\
         <meta name=\"twitter:card\" content=\"summary\">\
         <meta name=\"twitter:title\" content=\"{title}\">\
         <meta name=\"twitter:description\" content=\"{description}\">\
         <meta name=\"versus-preset\" content=\"{}\">",
        html_escape(meta.preset)
    );
    with_head(html, &head)
}

/// `html` with its `<title>` and description meta tag replaced by `head`.
pub fn with_head(html: &str, head: &str) -> Result<String, String> {
    let html = without_tag_containing(html, "<meta", "name=description")?;
    let start = html.find("<title>").ok_or("index.html has no <title>")?;
    let end = html[start..]
        .find("</title>")
        .map(|at| start + at + "</title>".len())
        .ok_or("unterminated <title>")?;
    Ok(format!("{}{head}{}", &html[..start], &html[end..]))
}

/// The authoring page (`author.html`) from the app's page: its own title,
/// its own stylesheet (`AUTHOR_STYLE`, which readers never load), the
/// `versus-page` meta that tells the boot code which app to start, and
/// a static stand-in until it starts (the editor needs the browser, so it
/// is not pre-rendered).
pub fn author_page(html: &str) -> Result<String, String> {
    let head = format!(
        "<title>Write your own comparison · Versus</title>\
         <meta name=\"description\" content=\"Write a comparison of any options on any criteria, check it, preview it and publish it as a file, an embed or a link.\">\
         <meta name=\"versus-page\" content=\"author\">\
         <link rel=\"stylesheet\" href=\"{AUTHOR_STYLE}\">"
    );
    with_prerendered(
        &with_head(html, &head)?,
        "<div class=\"versus author\"><h1>Write your own comparison</h1>\
         <p>The editor is loading.</p>\
         <noscript><p>The editor needs JavaScript. The dataset format is described in <a href=\"dataset-format.md\">dataset-format.md</a>.</p></noscript></div>",
    )
}

/// `html` without the first `opening` tag (e.g. `<meta`) that contains
/// `needle` (attribute order and quoting vary after minification).
fn without_tag_containing(html: &str, opening: &str, needle: &str) -> Result<String, String> {
    let at = html
        .find(needle)
        .ok_or_else(|| format!("index.html has no tag with {needle}"))?;
    let start = html[..at]
        .rfind(opening)
        .ok_or_else(|| format!("no {opening} before {needle}"))?;
    let end = at + html[at..].find('>').ok_or("unterminated tag")? + 1;
    Ok(format!("{}{}", &html[..start], &html[end..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIFIED: &str = "<!doctype html><html lang=en><meta charset=utf-8><title>Versus: Node.js or Python?</title><meta content=\"Weigh it.\" name=description><body><div aria-busy=true id=versus-root><div class=app-host id=versus-placeholder></div></div>";

    #[test]
    fn the_app_goes_into_the_empty_placeholder() {
        let page = with_prerendered(MINIFIED, "<div class=\"versus\">app</div>").unwrap();
        assert!(page.contains("id=versus-placeholder><div class=\"versus\">app</div></div></div>"));
        let quoted = MINIFIED.replace("id=versus-placeholder", "id=\"versus-placeholder\"");
        assert!(with_prerendered(&quoted, "x")
            .unwrap()
            .contains("\"versus-placeholder\">x</div>"));
        assert!(with_prerendered("<p>", "x").is_err());
        let filled = MINIFIED.replace("versus-placeholder></div>", "versus-placeholder>old</div>");
        assert!(with_prerendered(&filled, "x").is_err());
    }

    #[test]
    fn a_preset_page_names_its_answer_for_previews() {
        let meta = PageMeta {
            title: "ML & data: Python wins by 3.1 points",
            description: "Training \"models\".",
            canonical: "https://v.test/preset/ml/",
            preset: "ml",
        };
        let page = with_page_meta(MINIFIED, &meta).unwrap();
        assert!(page.contains("<title>ML &amp; data: Python wins by 3.1 points · Versus</title>"));
        assert!(page.contains(
            "<meta property=\"og:title\" content=\"ML &amp; data: Python wins by 3.1 points\">"
        ));
        assert!(
            page.contains("<meta name=\"description\" content=\"Training &quot;models&quot;.\">")
        );
        assert!(page.contains("<link rel=\"canonical\" href=\"https://v.test/preset/ml/\">"));
        assert!(page.contains("<meta name=\"versus-preset\" content=\"ml\">"));
        assert!(
            !page.contains("Weigh it."),
            "the app page's description is replaced"
        );
        assert_eq!(page.matches("<title>").count(), 1);
    }
}
