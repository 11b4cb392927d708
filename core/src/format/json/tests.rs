//! The parser on good and bad documents.

use super::*;

fn err(text: &str) -> SyntaxError {
    parse(text).unwrap_err()
}

#[test]
fn parses_every_kind_of_value_with_positions() {
    let node =
        parse("{\n  \"a\": [1, -2.5e1, true, null],\n  \"é\": \"x\\u00e9\\ud83d\\ude00\"\n}")
            .unwrap();
    let Json::Object(members) = node.value else {
        panic!()
    };
    assert_eq!(members[0].key, "a");
    assert_eq!(
        members[0].node.at,
        Position {
            line: 2,
            column: 8,
            offset: 9
        }
    );
    let Json::Array(items) = &members[0].node.value else {
        panic!()
    };
    assert_eq!(items[1].value, Json::Number(-25.0));
    assert_eq!(items[2].value, Json::Bool(true));
    assert_eq!(members[1].node.value, Json::String("xé😀".to_string()));
    // Columns count characters, not bytes.
    assert_eq!(members[1].node.at.column, 8);
}

#[test]
fn syntax_errors_say_where_and_what() {
    let e = err("{\n  \"a\": 1,\n}");
    assert_eq!((e.at.line, e.at.column), (3, 1));
    assert_eq!(e.fault, JsonFault::ObjectEndsWithComma);
    assert_eq!(
        err("[1 2]").fault,
        JsonFault::Expected(Expected::CommaOrBracket, Found::Char('2'))
    );
    assert_eq!(
        err("{\"a\" 1}").fault,
        JsonFault::ExpectedColon { key: "a".into(), found: Found::Char('1') }
    );
    let unclosed = err("[\"abc");
    assert_eq!((unclosed.fault, unclosed.at.column), (JsonFault::UnclosedText, 2));
    assert_eq!(err("[01]").fault, JsonFault::LeadingZero);
    assert_eq!(err("{\"a\":1,\"a\":2}").fault, JsonFault::DuplicateField("a".into()));
    assert_eq!(err("").fault, JsonFault::Expected(Expected::Value, Found::End));
    assert_eq!(err("[\u{1}]").fault, JsonFault::Expected(Expected::Value, Found::Control(1)));
    assert_eq!(err("[1] x").fault, JsonFault::TextAfterEnd);
    assert_eq!(err("[1e999]").fault, JsonFault::NumberTooLarge);
    assert_eq!(err("[1.]").fault, JsonFault::Expected(Expected::DigitAfterPoint, Found::Char(']')));
    assert_eq!(err("[1e]").fault, JsonFault::Expected(Expected::ExponentDigit, Found::Char(']')));
    assert_eq!(err("[-]").fault, JsonFault::Expected(Expected::Digit, Found::Char(']')));
    assert_eq!(err("[1,]").fault, JsonFault::ListEndsWithComma);
    assert_eq!(err("{\"a\":1 2}").fault, JsonFault::Expected(Expected::CommaOrBrace, Found::Char('2')));
    assert_eq!(err("\"\\ud800\"").fault, JsonFault::UnpairedSurrogate);
    assert_eq!(err("\"\\udc00\"").fault, JsonFault::LoneSurrogate);
    assert_eq!(err("\"\\u12\"").fault, JsonFault::ShortUnicodeEscape);
    assert_eq!(err("\"\\q\"").fault, JsonFault::UnknownEscape(Found::Char('q')));
    assert_eq!(err("\"a\nb\"").fault, JsonFault::UnescapedControl);
    assert_eq!(err("{'a': 1}").fault, JsonFault::Expected(Expected::FieldName, Found::Char('\'')));
}

#[test]
fn nesting_is_bounded_not_recursive_without_end() {
    let deep = "[".repeat(100_000);
    assert_eq!(err(&deep).fault, JsonFault::TooDeep);
    let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
    assert!(parse(&ok).is_ok());
}

#[test]
fn quote_round_trips_through_parse() {
    let text = "a \"b\" \\ c\n\t\u{1}é";
    assert_eq!(
        parse(&quote(text)).unwrap().value,
        Json::String(text.to_string())
    );
}
