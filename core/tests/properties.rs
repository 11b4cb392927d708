//! Invariants of the verdict engine over random matrices and weights, and
//! of the dataset reader over damaged files.

use proptest::prelude::*;
use proptest::sample::Index;
use versus_core::explain::{closest_flip, flip_sentence};
use versus_core::{
    all_flip_points, all_level_flips, evaluate, flip_points, level_flips, pairwise_margin, Dataset,
    ScoreMatrix, Verdict, Weights, BUILTIN_DATASET_JSON, MAX_LEVEL,
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

/// The clear winner with `criterion` set to `level`, as the verdict says it.
fn winner_at(m: &ScoreMatrix, levels: &[u8], criterion: usize, level: u8) -> Option<usize> {
    let mut levels = levels.to_vec();
    levels[criterion] = level;
    match evaluate(m, &Weights::from_levels(&levels)) {
        Verdict::Ranked(r) => r.winner(),
        Verdict::NoPriorities => None,
    }
}

fn levels_of(w: &Weights) -> Vec<u8> {
    w.as_slice().iter().map(|x| x.round() as u8).collect()
}

proptest! {
    #[test]
    fn a_reachable_flip_is_the_nearest_whole_level_where_its_leader_wins(
        (m, w) in matrix_and_weights(), pick in any::<Index>(),
    ) {
        let levels = levels_of(&w);
        let c = pick.index(m.criteria());
        let current = levels[c];
        let steps = level_flips(&m, &levels, c, &flip_points(&m, &Weights::from_levels(&levels), c));
        for s in &steps {
            prop_assert!(s.level != current && s.level <= MAX_LEVEL && s.last <= MAX_LEVEL);
            let (near, far) = (s.level.min(s.last), s.level.max(s.last));
            prop_assert!((s.level > current) == (near > current), "{s:?} from {current}");
            for level in near..=far {
                prop_assert_eq!(winner_at(&m, &levels, c, level), Some(s.leader), "{:?} at {}", s, level);
            }
            // No whole level between here and there already makes it the winner.
            let between: Vec<u8> = if s.level > current {
                (current + 1..s.level).collect()
            } else {
                (s.level + 1..current).collect()
            };
            for level in between {
                prop_assert!(winner_at(&m, &levels, c, level) != Some(s.leader), "{:?} at {}", s, level);
            }
        }
        // And every whole level where another technology wins is offered.
        if let Verdict::Ranked(r) = evaluate(&m, &Weights::from_levels(&levels)) {
            for level in (0..=MAX_LEVEL).filter(|&l| l != current) {
                if let Some(x) = winner_at(&m, &levels, c, level).filter(|&x| x != r.leader) {
                    prop_assert!(
                        steps.iter().any(|s| s.leader == x
                            && s.level.min(s.last) <= level && level <= s.level.max(s.last)),
                        "{} wins at {} but {:?}", x, level, steps
                    );
                }
            }
        }
    }

    #[test]
    fn the_flip_sentences_name_levels_where_the_named_technology_wins(
        which in 0usize..4, raw in prop::collection::vec(0u8..=MAX_LEVEL, 20),
    ) {
        let d = Dataset::from_json(REAL_DATASETS[which]).unwrap();
        let m = ScoreMatrix::from_dataset(&d).unwrap();
        let levels: Vec<u8> = raw.iter().copied().cycle().take(d.criteria.len()).collect();
        let steps = all_level_flips(&m, &levels, &all_flip_points(&m, &Weights::from_levels(&levels)));
        let tech = |name: &str| d.technologies.iter().position(|t| t.name == name).unwrap();
        for (c, criterion_steps) in steps.iter().enumerate() {
            let Some(sentence) = flip_sentence(&versus_core::l10n::Words::english(), &d, criterion_steps, levels[c]) else { continue };
            let (who, at) = sentence.split_once(" at ").unwrap();
            let who = who.rsplit_once(' ').unwrap().0;
            let number = |t: &str| t.parse::<u8>().unwrap();
            let claimed: Vec<u8> = if let Some(n) = at.strip_suffix(" or more") {
                (number(n)..=MAX_LEVEL).collect()
            } else if let Some(n) = at.strip_suffix(" or less") {
                (0..=number(n)).collect()
            } else if let Some((a, b)) = at.split_once(" to ") {
                (number(a)..=number(b)).collect()
            } else {
                vec![number(at)]
            };
            for level in claimed {
                prop_assert_eq!(winner_at(&m, &levels, c, level), Some(tech(who)), "{} at {}", sentence, level);
            }
        }
        if let Some(sentence) = closest_flip(&versus_core::l10n::Words::english(), &d, &levels, &steps) {
            let (move_, who) = sentence
                .strip_suffix(" the leader.")
                .and_then(|s| s.split_once(" would make "))
                .unwrap();
            let (verb_criterion, level) = move_.rsplit_once(" to ").unwrap();
            let (verb, criterion) = verb_criterion.split_once(' ').unwrap();
            let c = d.criteria.iter().position(|x| x.name == criterion).unwrap();
            let level: u8 = level.parse().unwrap();
            prop_assert_eq!(verb == "Raising", level > levels[c], "{}", sentence);
            prop_assert_eq!(winner_at(&m, &levels, c, level), Some(tech(who)), "{}", sentence);
            // Nothing nearer: no criterion has a reachable flip fewer steps away.
            let steps_away = level.abs_diff(levels[c]);
            for (k, criterion_steps) in steps.iter().enumerate() {
                prop_assert!(criterion_steps.iter().all(|s| s.level.abs_diff(levels[k]) >= steps_away));
            }
        }
    }
}

const REAL_DATASETS: [&str; 4] = [
    BUILTIN_DATASET_JSON,
    include_str!("../../tests/fixtures/databases.json"),
    include_str!("../../tests/fixtures/docs-example.json"),
    include_str!("../../data/template.json"),
];

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
                prop_assert!(!p.what_in_english().trim().is_empty(), "no message at `{}`", p.path);
                if let Some(at) = p.at {
                    prop_assert!(at.offset <= text.len(), "`{}` at {} of {}", p, at.offset, text.len());
                    prop_assert!(text.is_char_boundary(at.offset), "`{}` inside a character", p);
                }
            }
        }
    }
}
