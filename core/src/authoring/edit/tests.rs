use super::*;
use crate::l10n::{compiled, Locale, Words};
use crate::Dataset;

fn english() -> Words {
    Words::english()
}

/// `edit` applied in English: why it was refused, in words.
fn refused(d: &mut Dataset, edit: Edit) -> String {
    english().tell(&apply(d, edit, &english()).unwrap_err())
}

fn template() -> Dataset {
    Dataset::from_json(include_str!("../../../../data/template.json")).unwrap()
}

fn applied(d: &mut Dataset, edits: impl IntoIterator<Item = Edit>) {
    for e in edits {
        apply(d, e, &english()).unwrap();
    }
}

#[test]
fn an_added_option_is_scored_on_every_criterion_and_the_draft_stays_valid() {
    let mut d = template();
    applied(
        &mut d,
        [
            Edit::AddOption,
            Edit::RenameOption {
                option: 3,
                name: "Option D".into(),
            },
        ],
    );
    assert_eq!(d.technologies[3].id, "option_1");
    assert_eq!(d.technologies[3].name, "Option D");
    assert!(d
        .criteria
        .iter()
        .all(|c| c.score_for("option_1").map(|s| s.value) == Some(NEW_SCORE)));
    d.validate().unwrap();
}

#[test]
fn options_stay_between_two_and_six() {
    let mut d = template();
    applied(&mut d, [Edit::RemoveOption { option: 0 }]);
    assert_eq!(d.technologies.len(), 2);
    assert!(d.criteria.iter().all(|c| c.scores.len() == 2));
    assert!(refused(&mut d, Edit::RemoveOption { option: 0 }).contains("at least 2"));
    applied(
        &mut d,
        [
            Edit::AddOption,
            Edit::AddOption,
            Edit::AddOption,
            Edit::AddOption,
        ],
    );
    assert!(refused(&mut d, Edit::AddOption).contains("at most 6"));
    d.validate().unwrap();
}

#[test]
fn removing_a_criterion_takes_it_out_of_the_presets() {
    let mut d = template();
    assert!(d.presets[0].weights.contains_key("ease"));
    applied(&mut d, [Edit::RemoveCriterion { criterion: 1 }]);
    assert!(!d.presets[0].weights.contains_key("ease"));
    assert_eq!(refused(&mut d, Edit::RemoveCriterion { criterion: 0 }), "A comparison needs at least 1 criterion.");
    d.validate().unwrap();
}

#[test]
fn moves_reorder_and_keep_ids() {
    let mut d = template();
    applied(
        &mut d,
        [
            Edit::MoveOption { option: 0, to: 2 },
            Edit::MoveCriterion {
                criterion: 1,
                to: 0,
            },
        ],
    );
    let ids: Vec<_> = d.technologies.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["b", "c", "a"]);
    assert_eq!(d.criteria[0].id, "ease");
}

#[test]
fn a_generated_question_follows_a_rename_and_a_written_one_stays() {
    let mut d = template();
    applied(
        &mut d,
        [
            Edit::AddCriterion,
            Edit::RenameCriterion {
                criterion: 2,
                name: "Cost".into(),
            },
        ],
    );
    assert_eq!(
        d.criteria[2].question,
        "How much does Cost matter to your project?"
    );
    applied(
        &mut d,
        [Edit::RenameCriterion {
            criterion: 0,
            name: "Raw speed".into(),
        }],
    );
    assert_eq!(
        d.criteria[0].question,
        "How much does raw speed matter to your project?"
    );
}

#[test]
fn scores_ranges_notes_and_citations() {
    let mut d = template();
    applied(
        &mut d,
        [
            Edit::Score {
                criterion: 0,
                option: 1,
                value: 7.0,
                range: Some([6.0, 8.0]),
            },
            Edit::Contested {
                criterion: 0,
                option: 1,
                text: "Who says what.".into(),
            },
            Edit::Rationale {
                criterion: 0,
                option: 1,
                text: "Because.".into(),
            },
            Edit::AddCitation {
                criterion: 0,
                option: 1,
            },
            Edit::Citation {
                criterion: 0,
                option: 1,
                index: 1,
                source: "notes".into(),
                quote: "Said so.".into(),
            },
        ],
    );
    let s = d.criteria[0].score_for("b").unwrap();
    assert_eq!((s.value, s.range), (7.0, Some([6.0, 8.0])));
    assert_eq!(s.contested.as_deref(), Some("Who says what."));
    assert_eq!(s.citations[1].quote, "Said so.");
    d.validate().unwrap();
    // Without a range there is nothing to contest.
    applied(
        &mut d,
        [Edit::Score {
            criterion: 0,
            option: 1,
            value: 7.0,
            range: None,
        }],
    );
    assert_eq!(d.criteria[0].score_for("b").unwrap().contested, None);
    assert!(apply(
        &mut d,
        Edit::Contested {
            criterion: 0,
            option: 1,
            text: "x".into()
        },
        &english()
    )
    .is_err());
}

#[test]
fn a_first_citation_brings_a_source_to_cite() {
    let mut d = template();
    d.sources.clear();
    for c in &mut d.criteria {
        for s in &mut c.scores {
            s.citations.clear();
        }
    }
    applied(
        &mut d,
        [Edit::AddCitation {
            criterion: 0,
            option: 0,
        }],
    );
    assert_eq!(d.sources.len(), 1);
    assert_eq!(d.criteria[0].scores[0].citations[0].source, d.sources[0].id);
}

#[test]
fn preset_weights_of_zero_are_left_out() {
    let mut d = template();
    applied(
        &mut d,
        [
            Edit::Weight {
                preset: 0,
                criterion: 0,
                weight: 0,
            },
            Edit::AddPreset,
        ],
    );
    assert!(!d.presets[0].weights.contains_key("speed"));
    assert_eq!(d.presets[1].weights.len(), d.criteria.len());
    d.validate().unwrap();
}

#[test]
fn an_edit_at_a_place_that_is_gone_changes_nothing() {
    let mut d = template();
    let before = d.clone();
    assert!(apply(
        &mut d,
        Edit::Rationale {
            criterion: 9,
            option: 0,
            text: "x".into()
        },
        &english()
    )
    .is_err());
    assert!(apply(
        &mut d,
        Edit::RenameOption {
            option: 9,
            name: "x".into()
        },
        &english()
    )
    .is_err());
    assert_eq!(d, before);
}

#[test]
fn new_items_are_named_and_refusals_said_in_the_pages_language() {
    let german = Words::read_as_is(Locale::De, compiled(Locale::De)).unwrap();
    let mut d = template();
    apply(&mut d, Edit::AddCriterion, &german).unwrap();
    apply(&mut d, Edit::AddPreset, &german).unwrap();
    assert_eq!(d.criteria.last().unwrap().name, german.say(msg::AUTHOR_NEW_NAME, &[("what", Arg::text("criterion")), ("number", Arg::count(d.criteria.len()))]));
    assert!(d.criteria.last().unwrap().name.starts_with("Kriterium"), "{}", d.criteria.last().unwrap().name);
    let why = apply(&mut d, Edit::RemoveCitation { criterion: 0, option: 0, index: 99 }, &german).unwrap_err();
    assert_ne!(german.tell(&why), english().tell(&why));
}
