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
    assert_eq!(e.message, "an object cannot end with a comma");
    assert_eq!(err("[1 2]").message, "expected `,` or `]`, found `2`");
    assert_eq!(
        err("{\"a\" 1}").message,
        "expected `:` after `\"a\"`, found `1`"
    );
    assert_eq!(err("\"abc").message, "this text is never closed with `\"`");
    assert_eq!(
        err("[01]").message,
        "a number cannot start with 0 (write 7, not 07)"
    );
    assert_eq!(
        err("{\"a\":1,\"a\":2}").message,
        "field `a` appears twice in the same object"
    );
    assert_eq!(err("").message, "expected a value, the text ended");
    assert_eq!(
        err("[1] x").message,
        "unexpected text after the end of the document"
    );
    assert_eq!(err("[1e999]").message, "this number is too large");
    assert!(err("\"\\ud800\"").message.contains("surrogate"));
    assert!(err("\"a\nb\"").message.contains("must be escaped"));
    assert!(err("{'a': 1}").message.starts_with("expected a field name"));
}

#[test]
fn nesting_is_bounded_not_recursive_without_end() {
    let deep = "[".repeat(100_000);
    assert_eq!(
        err(&deep).message,
        format!("nested more than {MAX_DEPTH} levels deep")
    );
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
