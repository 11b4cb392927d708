//! More than two technologies: the verdict ranks them all, and every
//! sentence says whom the leader is compared with.

use versus_core::explain::{detail, flip_sentence, headline, reason, why_heading, Reading};
use versus_core::{
    all_flip_points, all_level_flips, evaluate, Dataset, ScoreMatrix, Verdict, Weights,
};

const DATABASES: &str = include_str!("../../tests/fixtures/databases.json");

fn ranked(d: &Dataset, levels: &[u8]) -> versus_core::Ranking {
    let m = ScoreMatrix::from_dataset(d).unwrap();
    match evaluate(&m, &Weights::from_levels(levels)) {
        Verdict::Ranked(r) => r,
        Verdict::NoPriorities => panic!("no priorities"),
    }
}

#[test]
fn three_way_sentences_name_the_runner_up() {
    let d = Dataset::from_json(DATABASES).unwrap();
    let mut levels = d.default_levels();
    levels[d.criterion_index("zero_setup").unwrap()] = 10;
    let r = ranked(&d, &levels);
    let v = Verdict::Ranked(r.clone());
    assert_eq!(
        headline(&versus_core::l10n::Words::english(), &d, &v, Reading::Reader),
        "SQLite wins by 0.4 points over PostgreSQL"
    );
    assert_eq!(why_heading(&versus_core::l10n::Words::english(), &d, &r), "Why SQLite over PostgreSQL");
    // Every technology's score, highest first.
    assert!(
        detail(&versus_core::l10n::Words::english(), &d, &v, Reading::Reader)
            .starts_with("Weighted scores out of 10: SQLite 7.2, PostgreSQL 6.8, MySQL 5.8."),
        "{}",
        detail(&versus_core::l10n::Words::english(), &d, &v, Reading::Reader)
    );
    let top = r.strongest_reasons()[0];
    assert_eq!(
        reason(&versus_core::l10n::Words::english(), &d, &r, &top, 10, Reading::Reader),
        "SQLite is stronger than PostgreSQL on Zero setup (10 vs 3), top priority for you."
    );
    let equal = ranked(&d, &d.default_levels());
    assert_eq!(
        headline(&versus_core::l10n::Words::english(), &d, &Verdict::Ranked(equal), Reading::EqualWeights),
        "At equal weights, PostgreSQL leads MySQL by 1.3 points"
    );
}

#[test]
fn flip_points_say_who_overtakes() {
    let d = Dataset::from_json(DATABASES).unwrap();
    let m = ScoreMatrix::from_dataset(&d).unwrap();
    let levels = d.default_levels();
    let flips = all_flip_points(&m, &Weights::from_levels(&levels));
    let flips = all_level_flips(&m, &levels, &flips);
    let c = d.criterion_index("zero_setup").unwrap();
    let sentence = flip_sentence(&versus_core::l10n::Words::english(), &d, &flips[c], levels[c]).unwrap();
    // SQLite leads from 6.5 on, but clearly only at the top of the slider.
    assert_eq!(sentence, "SQLite overtakes at 10");
    // What the browser test (tests/e2e/datasets.test.mjs) reads with Zero
    // setup at 10: some card says who would overtake, at whole levels.
    let mut high = levels.clone();
    high[c] = 10;
    let flips = all_level_flips(
        &m,
        &high,
        &all_flip_points(&m, &Weights::from_levels(&high)),
    );
    let sentences: Vec<String> = (0..d.criteria.len())
        .filter_map(|k| flip_sentence(&versus_core::l10n::Words::english(), &d, &flips[k], high[k]))
        .collect();
    assert!(
        sentences.iter().any(|s| s.contains(" overtakes at ")),
        "{sentences:?}"
    );
}
