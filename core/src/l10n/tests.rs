use super::ftl::{constant_name, parse, to_compact, Message, Piece};
use super::*;

fn source(tag: &str) -> String {
    let path = format!("{}/../l10n/{tag}.ftl", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn words(locale: Locale) -> Words {
    Words::read(locale, compiled(locale)).unwrap()
}

/// Every variable a pattern uses, selectors included.
fn variables(pattern: &[Piece], out: &mut Vec<String>) {
    for piece in pattern {
        match piece {
            Piece::Text(_) => {}
            Piece::Variable(name) => out.push(name.clone()),
            Piece::Select { variable, variants, .. } => {
                out.push(variable.clone());
                for (_, value) in variants {
                    variables(value, out);
                }
            }
        }
    }
    out.sort();
    out.dedup();
}

fn keys(pattern: &[Piece], out: &mut Vec<(String, String)>) {
    for piece in pattern {
        if let Piece::Select { variable, variants, .. } = piece {
            for (key, value) in variants {
                out.push((variable.clone(), key.clone()));
                keys(value, out);
            }
        }
    }
}

#[test]
fn every_locale_has_every_message_with_every_variable() {
    let english = parse(&source("en")).unwrap();
    let mut problems = Vec::new();
    for locale in Locale::ALL.into_iter().filter(|l| l.offered() && *l != Locale::En) {
        let translated = parse(&source(locale.tag())).unwrap();
        for message in &english {
            let Some(theirs) = translated.iter().find(|m| m.id == message.id) else {
                problems.push(format!("{}: `{}` is missing", locale.tag(), message.id));
                continue;
            };
            let (mut ours, mut their) = (Vec::new(), Vec::new());
            variables(&message.value, &mut ours);
            variables(&theirs.value, &mut their);
            if ours != their {
                problems.push(format!(
                    "{}: `{}` uses {their:?}, English uses {ours:?}",
                    locale.tag(),
                    message.id
                ));
            }
        }
        for message in &translated {
            if !english.iter().any(|m| m.id == message.id) {
                problems.push(format!("{}: `{}` is not in English", locale.tag(), message.id));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn selectors_on_code_values_keep_their_keys() {
    // A select on a value the code passes (not a number) must offer the
    // keys the code sends, or every reader gets the default.
    let english = parse(&source("en")).unwrap();
    for locale in Locale::ALL.into_iter().filter(|l| l.offered()) {
        for message in parse(&source(locale.tag())).unwrap() {
            let original = english.iter().find(|m| m.id == message.id).unwrap();
            let (mut ours, mut theirs) = (Vec::new(), Vec::new());
            keys(&original.value, &mut ours);
            keys(&message.value, &mut theirs);
            for (variable, key) in ours.iter().filter(|(v, _)| ["band", "many", "disagree", "source", "expected", "found", "list", "key"].contains(&v.as_str())) {
                assert!(
                    theirs.contains(&(variable.clone(), key.clone())),
                    "{}: `{}` has no [{key}] for ${variable}",
                    locale.tag(),
                    message.id
                );
            }
        }
    }
}

#[test]
fn the_reference_parser_reads_every_catalog_without_errors() {
    for locale in Locale::ALL.into_iter().filter(|l| l.offered()) {
        let text = source(locale.tag());
        if let Err((_, errors)) = fluent_syntax::parser::parse(text.as_str()) {
            panic!("{}.ftl: {errors:?}", locale.tag());
        }
    }
}

fn english_order() -> Vec<String> {
    parse(&source("en")).unwrap().into_iter().map(|m| m.id).collect()
}

#[test]
fn the_compact_form_is_what_the_build_compiled() {
    let order = english_order();
    for locale in Locale::ALL.into_iter().filter(|l| l.offered()) {
        let messages: Vec<Message> = parse(&source(locale.tag())).unwrap();
        assert_eq!(to_compact(&order, &messages), compiled(locale), "{}", locale.tag());
        let w = Words::read(locale, compiled(locale)).unwrap();
        for (i, id) in order.iter().enumerate() {
            // The app's English leaves out what only the build says.
            let in_app = !(locale == Locale::En && (id.starts_with("page-") || id.starts_with("boot-")));
            assert_eq!(!w.label(Msg(i as u16)).starts_with('#'), in_app, "{}: {id}", locale.tag());
        }
    }
    // The app's constants name English's messages in order.
    assert_eq!(constant_name("verdict-wins"), "VERDICT_WINS");
    let at = order.iter().position(|id| id == "verdict-wins").unwrap();
    assert_eq!(msg::VERDICT_WINS, Msg(at as u16));
}

#[test]
fn a_catalog_of_another_build_falls_back_to_english_then_shows_the_place() {
    let w = Words::read(Locale::De, "[null]").unwrap();
    assert_eq!(w.label(msg::RESET), Words::english().label(msg::RESET));
    assert_eq!(Words::english().label(Msg(9999)), "#9999");
}

#[test]
fn english_places_numbers_and_picks_plurals() {
    let en = Words::english();
    let say = |margin: f64| {
        en.say(
            msg::VERDICT_WINS,
            &[("leader", Arg::text("Python")), ("margin", Arg::tenths(margin))],
        )
    };
    assert_eq!(say(1.0), "Python wins by 1 point");
    assert_eq!(say(1.04), "Python wins by 1 point");
    assert_eq!(say(1.4), "Python wins by 1.4 points");
    assert_eq!(en.say(msg::SOURCE_COUNT, &[("count", Arg::count(5))]), "five sources");
    assert_eq!(en.say(msg::SOURCE_COUNT, &[("count", Arg::count(12))]), "12 sources");
    assert_eq!(en.say(msg::SHOW_ALL_CRITERIA, &[("count", Arg::count(3997))]), "Show all 3,997 criteria");
    assert_eq!(en.say(msg::VERDICT_WINS, &[]), "{$leader} wins by {$margin} points");
}

#[test]
fn german_and_arabic_write_numbers_their_way() {
    let de = words(Locale::De);
    let margin = [("leader", Arg::text("Python")), ("margin", Arg::tenths(0.5))];
    let sentence = de.say(msg::VERDICT_WINS, &margin);
    assert!(sentence.contains("0,5 Punkte"), "{sentence}");
    let one = de.say(msg::VERDICT_WINS, &[("leader", Arg::text("Python")), ("margin", Arg::count(1))]);
    assert!(one.contains("1 Punkt") && !one.contains("Punkte"), "{one}");
    let ar = words(Locale::Ar);
    let sentence = ar.say(msg::VERDICT_WINS, &margin);
    assert!(sentence.contains("٠٫٥"), "{sentence}");
    assert!(!sentence.contains("wins"), "{sentence}");
}

#[test]
fn the_pseudo_locale_is_accented_and_longer() {
    let pseudo = words(Locale::EnXa);
    let english = Words::english();
    let (long, short) = (pseudo.label(msg::CRITERIA_HEADING), english.label(msg::CRITERIA_HEADING));
    assert!(long.chars().count() as f64 >= short.chars().count() as f64 * 1.3, "{long}");
    assert!(long.contains('ö') || long.contains('é'), "{long}");
    assert_eq!(
        pseudo.say(msg::SHOW_ALL_CRITERIA, &[("count", Arg::count(12))]).matches("12").count(),
        1
    );
}

#[test]
fn the_parser_refuses_what_it_does_not_support_with_the_line() {
    assert!(parse("a = b\n-term = x\n").unwrap_err().starts_with("line 2"));
    assert!(parse("a = { $n ->\n  [one] x\n  [other] y\n  }\n").unwrap_err().contains("default"));
    assert!(parse("a = { NUMBER($n) }\n").is_err());
    assert!(parse("a = x\na = y\n").unwrap_err().contains("twice"));
    let nested = parse("a = { $u ->\n   [m] { $n ->\n       [one] one minute\n      *[other] { $n } minutes\n    }\n  *[d] days\n  }\n").unwrap();
    let w = Words::read(Locale::De, &to_compact(&["a".to_string()], &nested)).unwrap();
    assert_eq!(w.say(Msg(0), &[("u", Arg::text("m")), ("n", Arg::count(3))]), "3 minutes");
    assert_eq!(w.say(Msg(0), &[("u", Arg::text("m")), ("n", Arg::count(1))]), "one minute");
    assert_eq!(w.say(Msg(0), &[("u", Arg::text("x"))]), "days");
}

#[test]
fn a_long_list_of_problems_ends_with_a_count_in_each_language() {
    let lines = Sentence::listed(&[1, 2, 3, 4], 2, |_| Sentence::new(msg::FAULT_BLANK));
    assert_eq!(lines.len(), 3);
    let words = |locale: Locale| Words::read_as_is(locale, compiled(locale)).unwrap();
    assert_eq!(words(Locale::En).tell_all(&lines), ["must not be empty", "must not be empty", "…and 2 more."]);
    assert_eq!(words(Locale::De).tell(&lines[2]), "…und 2 weitere.");
}
