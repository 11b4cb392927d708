//! Example-based checks of the verdict engine on small hand-made matrices.

use versus_core::{
    all_flip_points, evaluate, flip_points, Dataset, ScoreMatrix, Verdict, Weights,
    BUILTIN_DATASET_JSON, TIE_BAND,
};

fn ranked(v: Verdict) -> versus_core::Ranking {
    match v {
        Verdict::Ranked(r) => r,
        Verdict::NoPriorities => panic!("expected a ranking"),
    }
}

/// Two criteria: technology 0 is better at the first, 1 at the second.
fn two_by_two() -> ScoreMatrix {
    ScoreMatrix::exact(2, 2, vec![9.0, 3.0, 2.0, 8.0]).unwrap()
}

#[test]
fn all_zero_weights_mean_no_priorities() {
    assert_eq!(
        evaluate(&two_by_two(), &Weights::from_levels(&[0, 0])),
        Verdict::NoPriorities
    );
}

#[test]
fn weighted_mean_picks_the_leader_and_margin() {
    let r = ranked(evaluate(&two_by_two(), &Weights::from_levels(&[10, 0])));
    assert_eq!((r.leader, r.runner_up), (0, 1));
    assert!((r.margin - 6.0).abs() < 1e-12);
    assert_eq!(r.winner(), Some(0));

    let r = ranked(evaluate(&two_by_two(), &Weights::from_levels(&[1, 3])));
    // totals: (9 + 6) / 4 = 3.75 and (3 + 24) / 4 = 6.75
    assert_eq!(r.leader, 1);
    assert!((r.totals[0] - 3.75).abs() < 1e-12 && (r.totals[1] - 6.75).abs() < 1e-12);
}

#[test]
fn a_margin_inside_the_tie_band_is_too_close_to_call() {
    // 7 vs 6 at equal weight: 9+2 = 11 vs 3+8 = 11 -> exact tie.
    let r = ranked(evaluate(&two_by_two(), &Weights::from_levels(&[5, 5])));
    assert!(r.margin < TIE_BAND);
    assert!(r.too_close);
    assert_eq!(r.winner(), None);
    assert!(!r.robustness.holds);
}

#[test]
fn flip_point_of_a_two_by_two_is_where_the_lines_cross() {
    // Weight x on criterion 0 with criterion 1 at 5: 9x + 10 = 3x + 40 -> x = 5.
    let flips = flip_points(&two_by_two(), &Weights::from_levels(&[1, 5]), 0);
    assert_eq!(flips.len(), 1);
    assert!((flips[0].weight - 5.0).abs() < 1e-9);
    assert_eq!((flips[0].below, flips[0].above), (1, 0));
}

#[test]
fn a_criterion_that_cannot_change_the_outcome_has_no_flip_point() {
    let m = ScoreMatrix::exact(2, 2, vec![9.0, 1.0, 5.0, 5.0]).unwrap();
    assert!(flip_points(&m, &Weights::from_levels(&[5, 5]), 1).is_empty());
}

#[test]
fn three_technologies_can_have_two_flip_points_on_one_criterion() {
    // Criterion 0 scores 0, 5, 10; criterion 1 (weight 10) scores 10, 9, 5:
    // lines 100, 90 + 5x, 50 + 10x cross at x = 2 and x = 8.
    // Leader in x: tech 0 for small x, then tech 1, then tech 2.
    let m = ScoreMatrix::exact(3, 2, vec![0.0, 5.0, 10.0, 10.0, 9.0, 5.0]).unwrap();
    let flips = flip_points(&m, &Weights::from_levels(&[0, 10]), 0);
    assert_eq!(
        flips.iter().map(|f| (f.below, f.above)).collect::<Vec<_>>(),
        [(0, 1), (1, 2)]
    );
    assert!((flips[0].weight - 2.0).abs() < 1e-9 && (flips[1].weight - 8.0).abs() < 1e-9);
}

#[test]
fn contested_ranges_decide_whether_the_winner_holds() {
    let value = vec![8.0, 5.0];
    let m = ScoreMatrix::new(2, 1, value.clone(), vec![7.0, 4.0], vec![9.0, 6.0]).unwrap();
    let r = ranked(evaluate(&m, &Weights::from_levels(&[5])));
    assert!((r.robustness.worst_margin - 1.0).abs() < 1e-12);
    assert!((r.robustness.best_margin - 5.0).abs() < 1e-12);
    assert!(r.robustness.holds);

    let m = ScoreMatrix::new(2, 1, value, vec![5.0, 4.0], vec![9.0, 8.0]).unwrap();
    let r = ranked(evaluate(&m, &Weights::from_levels(&[5])));
    assert!(r.robustness.worst_margin < 0.0);
    assert!(!r.robustness.holds);
}

#[test]
fn matrices_with_bad_shapes_or_values_are_refused() {
    assert!(ScoreMatrix::exact(1, 1, vec![5.0]).is_none());
    assert!(ScoreMatrix::exact(2, 2, vec![5.0; 3]).is_none());
    assert!(ScoreMatrix::exact(2, 1, vec![5.0, f64::NAN]).is_none());
    assert!(ScoreMatrix::new(2, 1, vec![5.0, 5.0], vec![6.0, 5.0], vec![7.0, 5.0]).is_none());
}

#[test]
fn hostile_weights_are_neutralised() {
    let w = Weights::new(vec![f64::NAN, -3.0, f64::INFINITY, 2.0]);
    assert_eq!(w.as_slice(), &[0.0, 0.0, 0.0, 2.0]);
}

#[test]
fn the_builtin_dataset_answers_the_headline_questions() {
    let d = Dataset::from_json(BUILTIN_DATASET_JSON).unwrap();
    let m = ScoreMatrix::from_dataset(&d).unwrap();
    let only = |id: &str| {
        let mut levels = vec![0u8; d.criteria.len()];
        levels[d.criterion_index(id).unwrap()] = 10;
        ranked(evaluate(&m, &Weights::from_levels(&levels)))
    };
    let python = 1;
    let node = 0;
    assert_eq!(only("ai_ml").winner(), Some(python));
    assert_eq!(only("real_time").winner(), Some(node));
    let ml = ranked(evaluate(
        &m,
        &Weights::from_levels(&d.preset_levels(d.preset("ml").unwrap())),
    ));
    assert_eq!(ml.winner(), Some(python));
    let chat = ranked(evaluate(
        &m,
        &Weights::from_levels(&d.preset_levels(d.preset("chat").unwrap())),
    ));
    assert_eq!(chat.winner(), Some(node));
    assert_eq!(
        all_flip_points(&m, &Weights::from_levels(&d.default_levels())).len(),
        d.criteria.len()
    );
}

#[test]
fn only_criteria_that_move_the_verdict_are_reasons() {
    // Criterion 1 is weighted 0, criterion 2 scores the same for both.
    let m = ScoreMatrix::exact(2, 3, vec![9.0, 3.0, 1.0, 8.0, 5.0, 5.0]).unwrap();
    let r = ranked(evaluate(&m, &Weights::from_levels(&[5, 0, 5])));
    let reasons = r.strongest_reasons();
    assert_eq!(reasons.iter().map(|c| c.criterion).collect::<Vec<_>>(), [0]);
}
