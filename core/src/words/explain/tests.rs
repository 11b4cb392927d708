//! The verdict in words, against the shipped dataset and the template.

use super::*;

fn en() -> Words {
    Words::english()
}

#[test]
fn level_words_cover_the_whole_scale() {
    assert_eq!(level_value_text(&en(), 8), "8 of 10, high priority");
    assert_eq!(level_value_text(&en(), 0), "0 of 10, not a priority");
    assert_eq!(level_words(&en(), 10), "top priority");
}

fn builtin() -> (Dataset, crate::ScoreMatrix) {
    let d = Dataset::from_json(crate::BUILTIN_DATASET_JSON).unwrap();
    let m = crate::ScoreMatrix::from_dataset(&d).unwrap();
    (d, m)
}

fn with_level(d: &Dataset, id: &str, level: u8) -> Vec<u8> {
    let mut levels = d.default_levels();
    levels[d.criterion_index(id).unwrap()] = level;
    levels
}

#[test]
fn reasons_name_the_stronger_technology_and_the_priority() {
    let (d, m) = builtin();
    let levels = with_level(&d, "ai_ml", 10);
    let Verdict::Ranked(r) = crate::evaluate(&m, &crate::Weights::from_levels(&levels)) else {
        panic!()
    };
    let top = r.strongest_reasons()[0];
    assert_eq!(top.criterion, d.criterion_index("ai_ml").unwrap());
    assert_eq!(
        reason(&en(), &d, &r, &top, 10, Reading::Reader),
        "Python is stronger on AI & machine learning (10 vs 3), top priority for you."
    );
    let against = r.contributions.iter().find(|c| c.value < 0.0).unwrap();
    assert!(reason(&en(), &d, &r, against, 2, Reading::Reader)
        .ends_with("but not by enough to change the result."));
}

#[test]
fn headline_says_who_wins_and_by_how_much() {
    let (d, m) = builtin();
    let levels = with_level(&d, "ai_ml", 10);
    let v = crate::evaluate(&m, &crate::Weights::from_levels(&levels));
    assert_eq!(Reading::of(&d, &levels), Reading::Reader);
    assert_eq!(
        headline(&en(), &d, &v, Reading::Reader),
        "Python wins by 0.7 points"
    );
    let zero = vec![0; d.criteria.len()];
    let v = crate::evaluate(&m, &crate::Weights::from_levels(&zero));
    assert_eq!(headline(&en(), &d, &v, Reading::Reader), "No priorities set");
    assert!(detail(&en(), &d, &v, Reading::Reader).contains("Raise at least one slider"));
}

#[test]
fn the_untouched_first_screen_speaks_of_equal_weights_not_of_the_reader() {
    let (d, m) = builtin();
    let levels = d.default_levels();
    let reading = Reading::of(&d, &levels);
    assert_eq!(reading, Reading::EqualWeights);
    let Verdict::Ranked(r) = crate::evaluate(&m, &crate::Weights::from_levels(&levels)) else {
        panic!()
    };
    let v = Verdict::Ranked(r.clone());
    assert_eq!(
        headline(&en(), &d, &v, reading),
        "At equal weights, Node.js leads by 0.5 points"
    );
    assert_eq!(
        detail(&en(), &d, &v, reading),
        "Every criterion counts the same until you say what matters: pick a project type or \
         move a slider. Weighted scores out of 10: Node.js 7.5, Python 7. Not settled: at \
         the least favourable reading of the contested claims, Python would lead by 0.7."
    );
    for c in r.strongest_reasons() {
        let words = reason(&en(), &d, &r, &c, d.default_weight, reading);
        assert!(!words.contains("for you"), "{words}");
        assert!(
            words.contains("weighted like every other criterion"),
            "{words}"
        );
    }
}

fn level_flips(m: &crate::ScoreMatrix, levels: &[u8]) -> Vec<Vec<LevelFlip>> {
    let flips = crate::all_flip_points(m, &crate::Weights::from_levels(levels));
    crate::all_level_flips(m, levels, &flips)
}

#[test]
fn closest_flip_picks_the_smallest_move() {
    let (d, m) = builtin();
    let levels = d.default_levels();
    assert_eq!(
        closest_flip(&en(), &d, &levels, &level_flips(&m, &levels)).unwrap(),
        "Raising AI & machine learning to 7 would make Python the leader."
    );
    // Python leads from 4.9 on, but inside the tie band until 7.
    let ai = d.criterion_index("ai_ml").unwrap();
    for (level, winner) in [(5, None), (6, None), (7, Some(1))] {
        let mut l = levels.clone();
        l[ai] = level;
        let Verdict::Ranked(r) = crate::evaluate(&m, &crate::Weights::from_levels(&l)) else {
            panic!()
        };
        assert_eq!((r.leader, r.winner()), (1, winner), "at {level}");
    }
    let high = with_level(&d, "ai_ml", 10);
    assert_eq!(
        closest_flip(&en(), &d, &high, &level_flips(&m, &high)).unwrap(),
        "Lowering AI & machine learning to 3 would make Node.js the leader."
    );
}

#[test]
fn flip_sentences_name_the_levels_a_slider_can_be_set_to() {
    let (d, m) = builtin();
    let c = d.criterion_index("ai_ml").unwrap();
    let levels = d.default_levels();
    let flips = level_flips(&m, &levels);
    assert_eq!(
        flip_sentence(&en(), &d, &flips[c], levels[c]).unwrap(),
        "Python wins at 7 or more"
    );
    let high = with_level(&d, "ai_ml", 10);
    assert_eq!(
        flip_sentence(&en(), &d, &level_flips(&m, &high)[c], 10).unwrap(),
        "Node.js wins at 3 or less"
    );
    let between = [LevelFlip {
        level: 3,
        last: 7,
        leader: 1,
    }];
    assert_eq!(
        flip_sentence(&en(), &d, &between, 0).unwrap(),
        "Python wins at 3 to 7"
    );
    assert_eq!(flip_sentence(&en(), &d, &[], 0), None);
}

#[test]
fn a_flip_on_the_current_level_is_named_where_the_new_leader_wins_clearly() {
    // Speed at 5 ties Option B with Option C exactly. The old sentence
    // was "Lowering Speed from 5 to below 5". At 4 Option C leads, but
    // by less than the tie band, so the verdict there would still say
    // too close: the sentence names 3.
    let d = Dataset::from_json(include_str!("../../../../data/template.json")).unwrap();
    let m = crate::ScoreMatrix::from_dataset(&d).unwrap();
    let levels = d.default_levels();
    let speed = d.criterion_index("speed").unwrap();
    assert_eq!(
        closest_flip(&en(), &d, &levels, &level_flips(&m, &levels)).unwrap(),
        "Lowering Speed to 3 would make Option C the leader."
    );
    let verdict_at = |level: u8| {
        let mut l = levels.clone();
        l[speed] = level;
        match crate::evaluate(&m, &crate::Weights::from_levels(&l)) {
            Verdict::Ranked(r) => r,
            Verdict::NoPriorities => panic!(),
        }
    };
    let c = d
        .technologies
        .iter()
        .position(|t| t.name == "Option C")
        .unwrap();
    assert_eq!((verdict_at(4).leader, verdict_at(4).too_close), (c, true));
    assert_eq!(verdict_at(3).winner(), Some(c));
}
