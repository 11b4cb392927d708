//! The tags a reader or an author may give (`lang=`, a dataset's
//! `language`, the browser's languages) read as the shared cases say, the
//! same cases the pages' first script and embed.js are held to
//! (`tests/e2e/language-matching.test.mjs`): the matching is written three
//! times (Rust, and twice in JavaScript that runs before the WASM), so one
//! list keeps the three in agreement.

use versus_core::json::{parse, Json};
use versus_core::l10n::Locale;

#[test]
fn every_shared_case_reads_as_it_says() {
    let text = include_str!("../../tests/support/language-tags.json");
    let Json::Object(members) = parse(text).unwrap().value else { panic!("an object") };
    let cases = members.iter().find(|m| m.key == "cases").expect("cases");
    let Json::Array(cases) = &cases.node.value else { panic!("a list") };
    assert!(cases.len() >= 10);
    for case in cases {
        let Json::Array(pair) = &case.value else { panic!("a pair") };
        let (Json::String(tag), expected) = (&pair[0].value, &pair[1].value) else { panic!("a tag") };
        let expected = match expected {
            Json::String(tag) => Some(tag.as_str()),
            _ => None,
        };
        assert_eq!(Locale::from_tag(tag).map(|l| l.tag()), expected, "{tag}");
    }
}
