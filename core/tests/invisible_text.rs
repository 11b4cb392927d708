//! Names made of characters that draw nothing, and names that differ only
//! by such characters, are refused like empty and repeated names.

use versus_core::Dataset;

mod rejected;
use rejected::{messages, problems};

/// The smallest valid dataset with a preset, for tests to break one name.
const SMALL: &str = r#"{
  "title": "A or B?",
  "technologies": [{ "id": "a", "name": "Node.js" }, { "id": "b", "name": "Python" }],
  "sources": [{ "id": "s", "title": "Notes", "publisher": "Me" }],
  "criteria": [
    {
      "id": "speed",
      "name": "Speed",
      "scores": [
        { "technology": "a", "value": 7, "citations": [{ "source": "s", "quote": "A is fast." }] },
        { "technology": "b", "value": 4, "citations": [{ "source": "s", "quote": "B is slow." }] }
      ]
    },
    {
      "id": "size",
      "name": "Size",
      "scores": [
        { "technology": "a", "value": 3, "citations": [{ "source": "s", "quote": "A is big." }] },
        { "technology": "b", "value": 5, "citations": [{ "source": "s", "quote": "B is small." }] }
      ]
    }
  ],
  "presets": [
    { "id": "p", "name": "Fast", "weights": { "speed": 9 } },
    { "id": "q", "name": "Small", "weights": { "size": 9 } }
  ]
}"#;

/// `text` as a JSON string literal's contents, invisible characters
/// spelled as `\uXXXX` so the test reads what it sends.
fn json_escaped(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii_graphic() || c == ' ' {
                c.to_string()
            } else {
                format!("\\u{:04X}", c as u32)
            }
        })
        .collect()
}

const INVISIBLE_NAMES: [&str; 16] = [
    "\u{200B}",
    "\u{3164}",
    "\u{2800}",
    "\u{200C}\u{200D}",
    "\u{2060}",
    "\u{FEFF}",
    "\u{00AD}",
    "\u{115F}\u{1160}",
    "\u{FFA0}",
    "\u{200E}\u{200F}",
    "\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}",
    "\u{2066}\u{2067}\u{2068}\u{2069}",
    " \t ",
    " \u{200B} \u{3164} ",
    "\u{00A0}\u{2800}",
    "\u{180E}",
];

#[test]
fn a_name_of_only_invisible_characters_is_an_empty_name() {
    let places = [
        ("\"name\": \"Node.js\"", "technologies[0].name"),
        ("\"name\": \"Speed\"", "criteria[0].name"),
        ("\"name\": \"Fast\"", "presets[0].name"),
    ];
    for (field, path) in places {
        let empty = SMALL.replace(field, "\"name\": \"\"");
        assert_eq!(messages(&empty), [format!("{path}: must not be empty")]);
        for name in INVISIBLE_NAMES {
            let text = SMALL.replace(field, &format!("\"name\": \"{}\"", json_escaped(name)));
            assert_eq!(
                messages(&text),
                [format!("{path}: must not be empty")],
                "{name:?} as {path}"
            );
        }
    }
}

#[test]
fn quotes_claims_and_titles_of_only_invisible_characters_are_empty() {
    let text = SMALL
        .replace("\"quote\": \"A is fast.\"", "\"quote\": \"\\u200B\\u2800\"")
        .replace("\"title\": \"Notes\"", "\"title\": \"\\u3164\"");
    assert_eq!(
        messages(&text),
        [
            "sources[0].title: must not be empty",
            "criteria[0].scores[0].citations[0].quote: must not be empty",
        ]
    );
}

#[test]
fn names_that_differ_only_by_invisible_characters_are_duplicates() {
    let places = [
        ("\"name\": \"Python\"", "Node.js", "technologies[1].name"),
        ("\"name\": \"Size\"", "Speed", "criteria[1].name"),
        ("\"name\": \"Small\"", "Fast", "presets[1].name"),
    ];
    for (field, first, path) in places {
        for disguise in ["", "\u{200B}", "\u{202E}", "\u{00AD}", " ", "\u{3164}"] {
            let name = format!("{first}{disguise}");
            let text = SMALL.replace(field, &format!("\"name\": \"{}\"", json_escaped(&name)));
            let p = problems(&text);
            assert_eq!(p.len(), 1, "{name:?}: {p:?}");
            assert_eq!(p[0].path, path);
            assert!(
                p[0].to_string().contains("earlier entry"),
                "{name:?}: {}",
                p[0]
            );
        }
    }
    // Inside a name, too, and where the words are spaced differently.
    let text = SMALL.replace("\"name\": \"Python\"", "\"name\": \"No\\u200Bde.js\"");
    assert_eq!(problems(&text)[0].path, "technologies[1].name");
}

#[test]
fn a_visible_name_keeps_its_bidi_control_and_different_names_pass() {
    let text = SMALL.replace("\"name\": \"Python\"", "\"name\": \"Python\\u202E\"");
    let d = Dataset::from_json(&text).unwrap_or_else(|p| panic!("{p:?}"));
    assert_eq!(d.technologies[1].name, "Python\u{202E}");
    let text = SMALL.replace("\"name\": \"Python\"", "\"name\": \"Node.ts\"");
    assert!(Dataset::from_json(&text).is_ok());
}
