//! The Jekyll and Hugo snippets carry a crafted data address or heading
//! into the include as a value: nothing in it ends the tag, ends the
//! string or becomes Liquid or Hugo code in the blogger's build.

use versus_core::{hugo_snippet, jekyll_snippet};

const DATA: &str = "https://x.example/a%}{{ site.password }}{% raw %}.json";
const HEADING: &str = "Our {{ site.title }} pick %} {%- x -%} \"quoted\" \\";

fn settings() -> Vec<(String, String)> {
    vec![
        ("data".to_string(), DATA.to_string()),
        ("heading".to_string(), HEADING.to_string()),
        ("preset".to_string(), "ml".to_string()),
    ]
}

/// The ` key="value"` pairs between the tag's own delimiters.
fn values<'a>(snippet: &'a str, open: &str, close: &str) -> Vec<(&'a str, &'a str)> {
    let inner = snippet
        .strip_prefix(open)
        .and_then(|s| s.strip_suffix(close))
        .unwrap_or_else(|| panic!("{snippet}"));
    let mut pairs = Vec::new();
    let mut rest = inner;
    while let Some((key, after)) = rest.split_once("=\"") {
        let (value, tail) = after.split_once('"').unwrap_or_else(|| panic!("{snippet}"));
        pairs.push((key.rsplit(' ').next().unwrap(), value));
        rest = tail;
    }
    pairs
}

fn assert_inert(snippet: &str, open: &str, close: &str) {
    let pairs = values(snippet, open, close);
    let keys: Vec<&str> = pairs.iter().map(|(k, _)| *k).collect();
    assert_eq!(keys, ["data", "heading", "preset"], "{snippet}");
    for (key, value) in pairs {
        for code in ["{{", "{%", "%}", "}}", "\\"] {
            assert!(!value.contains(code), "{code} in {key}: {snippet}");
        }
    }
}

#[test]
fn a_crafted_address_or_heading_cannot_end_a_jekyll_include_or_run_liquid() {
    let snippet = jekyll_snippet(&settings());
    assert_inert(&snippet, "{% include versus.html ", " %}");
    assert_eq!(snippet.matches("%}").count(), 1, "{snippet}");
    assert_eq!(snippet.matches("{%").count(), 1, "{snippet}");
    assert!(
        snippet.contains(
            "data=\"https://x.example/a%%7D%7B%7B%20site.password%20%7D%7D%7B%%20raw%20%%7D.json\""
        ),
        "the address keeps its meaning: {snippet}"
    );
    assert!(
        snippet.contains("heading=\"Our { { site.title } } pick % } { %- x -% } quoted \""),
        "{snippet}"
    );
}

#[test]
fn a_crafted_address_or_heading_cannot_end_a_hugo_shortcode() {
    let snippet = hugo_snippet(&settings());
    assert_inert(&snippet, "{{< versus ", " >}}");
    assert_eq!(snippet.matches("}}").count(), 1, "{snippet}");
    assert_eq!(snippet.matches("{{").count(), 1, "{snippet}");
}
