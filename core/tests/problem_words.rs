//! A dataset's problems in each language: every kind of fault is said in
//! every locale with its values in place, and a German author or reader
//! reads German (the words are the catalogs'; see `l10n/*.ftl`).

use versus_core::dataset::{Fault, Problem};
use versus_core::json::{Expected, Found, JsonFault, Position};
use versus_core::l10n::{compiled, Locale, Words};
use versus_core::Dataset;

fn words(locale: Locale) -> Words {
    Words::read_as_is(locale, compiled(locale)).unwrap()
}

fn every_fault() -> Vec<Fault> {
    let text = |s: &str| s.to_string();
    let mut faults = vec![
        Fault::TooLarge { kb: 600 },
        Fault::UnknownField { field: text("colour"), known: text("`id`, `name`") },
        Fault::MissingField { field: text("title") },
        Fault::NotALevel { number: text("7.5") },
        Fault::OtherVersion,
        Fault::NotALanguageTag { text: text("english") },
        Fault::IdAndFile,
        Fault::EmptyList,
        Fault::AboveTop { number: text("11") },
        Fault::BelowZero { number: text("-1") },
        Fault::Blank,
        Fault::BlankClaim,
        Fault::TooLong { max: 2000 },
        Fault::IdCharacters { id: text("a b") },
        Fault::UsedEarlier { text: text("speed") },
        Fault::ReadsLikeEarlier { name: text("Speed") },
        Fault::ReservedId { id: text("preset") },
        Fault::NotAWebAddress,
        Fault::ScoredTwice { id: text("a") },
        Fault::NoScoreFor { id: text("b") },
        Fault::BadRange { low: text("4"), high: text("6"), score: text("8") },
        Fault::ContestedWithoutRange,
        Fault::TooManyCitations { found: 21, max: 20 },
        Fault::QuoteTooLong { words: 81, max: 80 },
        Fault::RecommendationUncited,
        Fault::Unscored,
    ];
    for expected in ["object", "text", "number", "level", "list", "version", "range", "weights"] {
        for found in ["null", "boolean", "number", "text", "list", "object"] {
            faults.push(Fault::Mismatch { expected, found });
        }
    }
    for list in ["technologies", "criteria"] {
        faults.push(Fault::TooFew { list, min: 2, found: 1 });
    }
    for list in ["technologies", "criteria", "sources", "presets", "corrections"] {
        faults.push(Fault::TooMany { list, found: 101, max: 100 });
        faults.push(Fault::NotInList { list, id: text("x") });
    }
    let expected = [
        Expected::Value,
        Expected::CommaOrBracket,
        Expected::CommaOrBrace,
        Expected::FieldName,
        Expected::Digit,
        Expected::DigitAfterPoint,
        Expected::ExponentDigit,
    ];
    let mut json = vec![
        JsonFault::ExpectedColon { key: text("a"), found: Found::Char('1') },
        JsonFault::TextAfterEnd,
        JsonFault::TooDeep,
        JsonFault::ListEndsWithComma,
        JsonFault::ObjectEndsWithComma,
        JsonFault::DuplicateField(text("a")),
        JsonFault::LeadingZero,
        JsonFault::NumberTooLarge,
        JsonFault::UnescapedControl,
        JsonFault::UnclosedText,
        JsonFault::UnknownEscape(Found::Char('q')),
        JsonFault::ShortUnicodeEscape,
        JsonFault::UnpairedSurrogate,
        JsonFault::LoneSurrogate,
    ];
    for e in expected {
        for found in [Found::End, Found::Control(1), Found::Char('x')] {
            json.push(JsonFault::Expected(e, found));
        }
    }
    faults.extend(json.into_iter().map(Fault::NotJson));
    faults
}

#[test]
fn every_fault_is_said_whole_in_every_locale() {
    let english = words(Locale::En);
    for locale in Locale::ALL.into_iter().filter(|l| l.offered()) {
        let words = words(locale);
        for fault in every_fault() {
            let problem = Problem {
                path: "criteria[0].name".into(),
                fault: fault.clone(),
                at: Some(Position { line: 3, column: 12, offset: 40 }),
            };
            let said = words.tell(&problem.located());
            assert!(!said.contains("{$"), "{}: {fault:?} said {said:?}", locale.tag());
            assert!(said.contains("criteria[0].name"), "{}: {fault:?} said {said:?} without its path", locale.tag());
            assert!(said.contains('3') || said.contains('٣'), "{}: {fault:?} said {said:?} without its line", locale.tag());
            if locale != Locale::En {
                let what = words.tell(&problem.what());
                assert_ne!(what, english.tell(&problem.what()), "{}: {fault:?} is English", locale.tag());
            }
        }
    }
}

#[test]
fn a_syntax_error_reads_the_same_in_english_as_before_and_in_german() {
    let problems = Dataset::from_json("{\n  \"title\": \"x\",\n  \"sources\": [1 2]\n}").unwrap_err();
    let p = &problems[0];
    assert_eq!(p.located_in_english(), "line 3, column 17: not valid JSON: expected `,` or `]`, found `2`");
    let german = words(Locale::De).tell(&p.located());
    assert!(german.starts_with("Zeile 3, Spalte 17"), "{german}");
    assert!(german.contains("`2`"), "{german}");
}

#[test]
fn validation_problems_say_their_path_and_values_in_german() {
    let text = r#"{
  "title": "A or B?",
  "technologies": [{ "id": "a", "name": "A" }, { "id": "b", "name": "B" }],
  "sources": [],
  "criteria": [
    { "id": "speed", "name": "Speed", "scores": [
        { "technology": "a", "value": 11, "citations": [] },
        { "technology": "c", "value": 5, "citations": [] }
    ] }
  ]
}"#;
    let problems = Dataset::from_json(text).unwrap_err();
    let english: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(
        english,
        [
            "criteria[0].scores: has no score for `b`",
            "criteria[0].scores[0].value: 11 is above 10",
            "criteria[0].scores[1].technology: `c` is not one of the technologies",
        ]
    );
    let de = words(Locale::De);
    let german: Vec<String> = problems.iter().map(|p| de.tell(&p.sentence())).collect();
    for (line, (path, value)) in german.iter().zip([
        ("criteria[0].scores", "`b`"),
        ("criteria[0].scores[0].value", "11"),
        ("criteria[0].scores[1].technology", "`c`"),
    ]) {
        assert!(line.starts_with(path) && line.contains(value), "{line}");
    }
    assert_ne!(german, english);
}
