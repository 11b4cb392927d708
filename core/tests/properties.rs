//! Invariants of the verdict engine over random matrices and weights, and
//! of the dataset reader over damaged files.

use proptest::prelude::*;
use proptest::sample::Index;
use versus_core::{
    all_flip_points, evaluate, flip_points, pairwise_margin, Dataset, ScoreMatrix, Verdict, Weights,
};

const EPS: f64 = 1e-9;

/// 2..=4 technologies, 1..=12 criteria, scores in 0..=10 with ranges around them.
fn matrix_and_weights() -> impl Strategy<Value = (ScoreMatrix, Weights)> {
    (2usize..=4, 1usize..=12).prop_flat_map(|(t, c)| {
        let n = t * c;
        (
            prop::collection::vec((0.0f64..=10.0, 0.0f64..=2.0, 0.0f64..=2.0), n),
            prop::collection::vec(0.0f64..=10.0, c),
        )
            .prop_map(move |(cells, w)| {
                let value: Vec<f64> = cells.iter().map(|c| c.0).collect();
                let low = cells.iter().map(|c| (c.0 - c.1).max(0.0)).collect();
                let high = cells.iter().map(|c| (c.0 + c.2).min(10.0)).collect();
                (
                    ScoreMatrix::new(t, c, value, low, high).unwrap(),
                    Weights::new(w),
                )
            })
    })
}

fn two_tech() -> impl Strategy<Value = (ScoreMatrix, Weights)> {
    matrix_and_weights().prop_filter("two technologies", |(m, _)| m.technologies() == 2)
}

proptest! {
    #[test]
    fn scaling_all_weights_changes_nothing((m, w) in matrix_and_weights(), k in 0.01f64..100.0) {
        let scaled = Weights::new(w.as_slice().iter().map(|x| x * k).collect());
        match (evaluate(&m, &w), evaluate(&m, &scaled)) {
            (Verdict::NoPriorities, Verdict::NoPriorities) => {}
            (Verdict::Ranked(a), Verdict::Ranked(b)) => {
                prop_assert!((a.margin - b.margin).abs() < EPS);
                for (x, y) in a.totals.iter().zip(&b.totals) {
                    prop_assert!((x - y).abs() < EPS);
                }
                // The leader may differ only on an exact tie.
                prop_assert!(a.leader == b.leader || a.margin < EPS);
            }
            (a, b) => prop_assert!(false, "{a:?} vs {b:?}"),
        }
    }

    #[test]
    fn swapping_two_technologies_negates_the_margin((m, w) in two_tech()) {
        let before = pairwise_margin(&m, &w, 0, 1);
        let after = pairwise_margin(&m.with_swapped(0, 1), &w, 0, 1);
        match (before, after) {
            (Some(b), Some(a)) => prop_assert!((a + b).abs() < EPS),
            (None, None) => {}
            _ => prop_assert!(false),
        }
    }

    #[test]
    fn contributions_sum_to_the_margin((m, w) in matrix_and_weights()) {
        if let Verdict::Ranked(r) = evaluate(&m, &w) {
            let sum: f64 = r.contributions.iter().map(|c| c.value).sum();
            prop_assert!((sum - r.margin).abs() < EPS, "sum {sum} margin {}", r.margin);
            prop_assert!(r.margin >= 0.0);
            prop_assert!(r.robustness.worst_margin <= r.margin + EPS);
            prop_assert!(r.robustness.best_margin >= r.margin - EPS);
        }
    }

    #[test]
    fn raising_a_weight_moves_the_margin_toward_that_criteria_difference(
        (m, w) in two_tech(), pick in any::<prop::sample::Index>(), bump in 0.01f64..10.0,
    ) {
        let c = pick.index(m.criteria());
        let Some(before) = pairwise_margin(&m, &w, 0, 1) else { return Ok(()); };
        let after = pairwise_margin(&m, &w.with(c, w.as_slice()[c] + bump), 0, 1).unwrap();
        let target = m.value(c, 0) - m.value(c, 1);
        prop_assert!((after - target).abs() <= (before - target).abs() + EPS);
        // It moves toward the target without overshooting it.
        prop_assert!((after - before) * (target - before) >= -EPS);
    }

    #[test]
    fn setting_a_weight_to_its_flip_point_ties_and_crossing_it_flips(
        (m, w) in matrix_and_weights(), pick in any::<prop::sample::Index>(),
    ) {
        let c = pick.index(m.criteria());
        let flips = flip_points(&m, &w, c);
        prop_assert_eq!(&flips, &all_flip_points(&m, &w)[c]);
        for (i, flip) in flips.iter().enumerate() {
            let at = w.with(c, flip.weight);
            let a = pairwise_margin(&m, &at, flip.below, flip.above).unwrap();
            prop_assert!(a.abs() < 1e-6, "not a tie at the flip point: {a}");
            if let Verdict::Ranked(r) = evaluate(&m, &at) {
                prop_assert!(r.too_close);
            }
            // Just past the flip (and before the next one) the new leader leads.
            let next = flips.get(i + 1).map_or(10.0, |f| f.weight);
            let past = flip.weight + (next - flip.weight).min(1e-3) / 2.0;
            let totals = versus_core::totals(&m, &w.with(c, past)).unwrap();
            let best = totals.iter().cloned().fold(f64::MIN, f64::max);
            prop_assert!((totals[flip.above] - best).abs() < 1e-9);
        }
    }
}

/// A small valid dataset, damaged byte by byte below.
const SMALL_DATASET: &str = include_str!("../../tests/fixtures/docs-example.json");

#[derive(Debug, Clone)]
enum Damage {
    FlipBit(Index, u8),
    Delete(Index, usize),
    Insert(Index, Vec<u8>),
    Duplicate(Index, usize),
    Truncate(Index),
}

fn damage() -> impl Strategy<Value = Damage> {
    let token = prop::sample::select(vec![
        "{", "}", "[", "]", "\"", ",", ":", "\\u", "\\ud800", "-", "1e999", "null", "é", "😀",
        "\u{feff}", "\n",
    ])
    .prop_map(|t| t.as_bytes().to_vec());
    prop_oneof![
        (any::<Index>(), 0u8..8).prop_map(|(at, bit)| Damage::FlipBit(at, bit)),
        (any::<Index>(), 1usize..40).prop_map(|(at, n)| Damage::Delete(at, n)),
        (any::<Index>(), token).prop_map(|(at, t)| Damage::Insert(at, t)),
        (any::<Index>(), prop::collection::vec(any::<u8>(), 1..6))
            .prop_map(|(at, bytes)| Damage::Insert(at, bytes)),
        (any::<Index>(), 1usize..80).prop_map(|(at, n)| Damage::Duplicate(at, n)),
        any::<Index>().prop_map(Damage::Truncate),
    ]
}

fn apply(damage: &Damage, bytes: &mut Vec<u8>) {
    let place = |at: &Index, bytes: &[u8]| at.index(bytes.len() + 1);
    match damage {
        Damage::FlipBit(at, bit) => {
            let at = place(at, bytes);
            if let Some(b) = bytes.get_mut(at) {
                *b ^= 1 << bit;
            }
        }
        Damage::Delete(at, n) => {
            let from = place(at, bytes);
            bytes.drain(from..(from + n).min(bytes.len()));
        }
        Damage::Insert(at, new) => {
            let at = place(at, bytes);
            bytes.splice(at..at, new.iter().copied());
        }
        Damage::Duplicate(at, n) => {
            let from = place(at, bytes);
            let copy = bytes[from..(from + n).min(bytes.len())].to_vec();
            bytes.splice(from..from, copy);
        }
        Damage::Truncate(at) => bytes.truncate(place(at, bytes)),
    }
}

proptest! {
    #[test]
    fn a_damaged_dataset_reads_or_says_what_is_wrong_and_where(
        damages in prop::collection::vec(damage(), 1..6),
    ) {
        let mut bytes = SMALL_DATASET.as_bytes().to_vec();
        for d in &damages {
            apply(d, &mut bytes);
        }
        // Text reaches the reader decoded, so always as valid UTF-8.
        let text = String::from_utf8_lossy(&bytes);
        if let Err(problems) = Dataset::from_json(&text) {
            prop_assert!(!problems.is_empty());
            for p in &problems {
                prop_assert!(!p.message.trim().is_empty(), "no message at `{}`", p.path);
                if let Some(at) = p.at {
                    prop_assert!(at.offset <= text.len(), "`{}` at {} of {}", p, at.offset, text.len());
                    prop_assert!(text.is_char_boundary(at.offset), "`{}` inside a character", p);
                }
            }
        }
    }
}
