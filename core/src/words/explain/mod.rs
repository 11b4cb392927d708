//! The verdict in plain words. Pure text so it is tested on the host and the
//! UI, the decision record and screen readers all say the same thing.

use crate::dataset::{Dataset, MAX_LEVEL};
use crate::flip::LevelFlip;
use crate::l10n::{msg, Arg, Words};
use crate::verdict::{Contribution, Ranking, Verdict};

/// The band a slider level's words come from (`level-words` selects on it).
fn band(level: u8) -> &'static str {
    match level {
        0 => "none",
        1..=2 => "low",
        3..=4 => "some",
        5..=6 => "medium",
        7..=8 => "high",
        _ => "top",
    }
}

/// "high priority" for 7 or 8.
pub fn level_words(words: &Words, level: u8) -> String {
    words.say(msg::LEVEL_WORDS, &[("band", Arg::text(band(level)))])
}

/// The slider's `aria-valuetext`: "8 of 10, high priority".
pub fn level_value_text(words: &Words, level: u8) -> String {
    words.say(
        msg::LEVEL_VALUE,
        &[
            ("level", Arg::count(level.into())),
            ("max", Arg::count(MAX_LEVEL.into())),
            ("words", Arg::text(&level_words(words, level))),
        ],
    )
}

/// Whose weights a verdict is read with. Before the reader has said
/// anything every criterion weighs the same, and the words must not talk
/// as if the reader had chosen that.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// The untouched default: every criterion at the dataset's default weight.
    EqualWeights,
    /// Weights the reader set, by sliders, a preset or a link.
    Reader,
}

impl Reading {
    pub fn of(dataset: &Dataset, levels: &[u8]) -> Reading {
        if levels.iter().all(|&l| l == dataset.default_weight) {
            Reading::EqualWeights
        } else {
            Reading::Reader
        }
    }
}

fn name(dataset: &Dataset, technology: usize) -> Arg<'_> {
    Arg::text(dataset.technology_name(technology))
}

/// With more than two technologies, "wins" alone does not say over whom:
/// sentences name the runner-up too.
fn many(dataset: &Dataset) -> bool {
    dataset.technologies.len() > 2
}

/// "Why", or with more than two technologies "Why PostgreSQL over MySQL":
/// the reasons compare the leader with the runner-up only.
pub fn why_heading(words: &Words, dataset: &Dataset, r: &Ranking) -> String {
    if many(dataset) {
        words.say(
            msg::WHY_HEADING_RIVAL,
            &[("leader", name(dataset, r.leader)), ("runner", name(dataset, r.runner_up))],
        )
    } else {
        words.label(msg::WHY_HEADING)
    }
}

/// The one-line answer: "Python wins by 1.4 points", or at equal weights
/// "At equal weights, Node.js leads by 0.5 points".
pub fn headline(words: &Words, dataset: &Dataset, verdict: &Verdict, reading: Reading) -> String {
    let equal = reading == Reading::EqualWeights;
    match verdict {
        Verdict::NoPriorities => words.label(msg::VERDICT_NONE),
        Verdict::Ranked(r) if r.too_close && equal => words.label(msg::VERDICT_TOO_CLOSE_EQUAL),
        Verdict::Ranked(r) if r.too_close => words.label(msg::VERDICT_TOO_CLOSE),
        Verdict::Ranked(r) => {
            let id = match (equal, many(dataset)) {
                (true, false) => msg::VERDICT_LEADS_EQUAL,
                (true, true) => msg::VERDICT_LEADS_RIVAL_EQUAL,
                (false, false) => msg::VERDICT_WINS,
                (false, true) => msg::VERDICT_WINS_RIVAL,
            };
            words.say(
                id,
                &[
                    ("leader", name(dataset, r.leader)),
                    ("runner", name(dataset, r.runner_up)),
                    ("margin", Arg::tenths(r.margin)),
                ],
            )
        }
    }
}

/// A sentence that puts the headline in context.
pub fn detail(words: &Words, dataset: &Dataset, verdict: &Verdict, reading: Reading) -> String {
    let invitation = match reading {
        Reading::EqualWeights if dataset.presets.is_empty() => Some(msg::INVITE_SLIDER),
        Reading::EqualWeights => Some(msg::INVITE_PRESET),
        Reading::Reader => None,
    };
    match verdict {
        Verdict::NoPriorities => words.label(msg::DETAIL_NONE),
        Verdict::Ranked(r) => {
            // Highest first, so three or more read as a ranking (at most
            // six: an insertion sort, without a sort routine in the WASM).
            let mut ranked: Vec<usize> = Vec::new();
            for t in 0..r.totals.len() {
                let at = ranked
                    .iter()
                    .position(|&u| r.totals[t] > r.totals[u])
                    .unwrap_or(ranked.len());
                ranked.insert(at, t);
            }
            let scores: Vec<String> = ranked
                .iter()
                .map(|&t| {
                    words.say(
                        msg::SCORE_ITEM,
                        &[("tech", name(dataset, t)), ("score", Arg::tenths(r.totals[t]))],
                    )
                })
                .collect();
            let scores = words.say(
                msg::DETAIL_SCORES,
                &[("max", Arg::count(MAX_LEVEL.into())), ("scores", Arg::text(&words.list(&scores)))],
            );
            let mut text = two_sentences(words, scores, robustness_sentence(words, dataset, r));
            if let Some(invitation) = invitation {
                text = two_sentences(words, words.label(invitation), text);
            }
            text
        }
    }
}

/// Two sentences in a row, as the locale joins them.
pub fn two_sentences(words: &Words, first: String, second: String) -> String {
    words.say(msg::TWO_SENTENCES, &[("first", Arg::text(&first)), ("second", Arg::text(&second))])
}

/// Whether the answer survives the disagreements between sources.
pub fn robustness_sentence(words: &Words, dataset: &Dataset, r: &Ranking) -> String {
    let leader = name(dataset, r.leader);
    if r.too_close {
        words.say(msg::ROBUST_TOO_CLOSE, &[("band", Arg::fixed(crate::verdict::TIE_BAND, 2))])
    } else if r.robustness.holds {
        words.say(msg::ROBUST_HOLDS, &[("leader", leader)])
    } else if r.robustness.worst_margin < 0.0 {
        words.say(
            msg::ROBUST_RIVAL,
            &[
                ("rival", name(dataset, r.robustness.worst_rival)),
                ("margin", Arg::tenths(-r.robustness.worst_margin)),
            ],
        )
    } else {
        words.say(
            msg::ROBUST_NARROW,
            &[("leader", leader), ("margin", Arg::tenths(r.robustness.worst_margin))],
        )
    }
}

/// The reachable flip nearest `current`, in whole slider steps.
fn nearest(flips: &[LevelFlip], current: u8) -> Option<&LevelFlip> {
    flips.iter().min_by_key(|f| f.level.abs_diff(current))
}

/// "Python wins at 7 or more" for the reachable flip nearest the current
/// level, or `None` when no level of this criterion changes the leader.
pub fn flip_sentence(
    words: &Words,
    dataset: &Dataset,
    flips: &[LevelFlip],
    current: u8,
) -> Option<String> {
    let f = nearest(flips, current)?;
    let (low, high) = (f.level.min(f.last), f.level.max(f.last));
    let id = if f.level > current && high == MAX_LEVEL && low < MAX_LEVEL {
        msg::FLIP_LEVELS_UP
    } else if f.level < current && low == 0 && high > 0 {
        msg::FLIP_LEVELS_DOWN
    } else if low == high {
        msg::FLIP_LEVELS_ONE
    } else {
        msg::FLIP_LEVELS_RANGE
    };
    let levels = words.say(
        id,
        &[("low", Arg::count(low.into())), ("high", Arg::count(high.into()))],
    );
    // With two technologies the new leader wins; with more it overtakes
    // the current leader, and others may still follow.
    Some(words.say(
        msg::FLIP_AT,
        &[
            ("many", Arg::text(if many(dataset) { "yes" } else { "no" })),
            ("leader", name(dataset, f.leader)),
            ("levels", Arg::text(&levels)),
        ],
    ))
}

/// A reason in plain words: "Python is stronger on AI & machine learning
/// (10 vs 3), your top priority."
pub fn reason(
    words: &Words,
    dataset: &Dataset,
    r: &Ranking,
    c: &Contribution,
    level: u8,
    reading: Reading,
) -> String {
    let Some(criterion) = dataset.criteria.get(c.criterion) else {
        return String::new();
    };
    let (lead, other) = (r.leader, r.runner_up);
    let score = |t: usize| {
        dataset
            .technologies
            .get(t)
            .and_then(|tech| criterion.score_for(&tech.id))
            .map_or(0.0, |s| s.value)
    };
    let (a, b) = (score(lead), score(other));
    let priority = match reading {
        Reading::EqualWeights => words.label(msg::REASON_PRIORITY_EQUAL),
        Reading::Reader => words.say(
            msg::REASON_PRIORITY,
            &[("words", Arg::text(&level_words(words, level)))],
        ),
    };
    let priority = ("priority", Arg::text(&priority));
    let criterion_name = ("criterion", Arg::text(criterion.name.as_str()));
    if a == b {
        return words.say(msg::REASON_EVEN, &[criterion_name, ("score", Arg::tenths(a)), priority]);
    }
    let (strong, weak, high, low) = if c.value > 0.0 {
        (lead, other, a, b)
    } else {
        (other, lead, b, a)
    };
    let id = match (many(dataset), c.value > 0.0) {
        (false, true) => msg::REASON_STRONGER,
        (true, true) => msg::REASON_STRONGER_THAN,
        (false, false) => msg::REASON_STRONGER_NOT_ENOUGH,
        (true, false) => msg::REASON_STRONGER_THAN_NOT_ENOUGH,
    };
    words.say(
        id,
        &[
            ("strong", name(dataset, strong)),
            ("weak", name(dataset, weak)),
            criterion_name,
            ("high", Arg::tenths(high)),
            ("low", Arg::tenths(low)),
            priority,
        ],
    )
}

/// The smallest single slider move that changes the leader: "Raising AI &
/// machine learning to 5 would make Python the leader."
pub fn closest_flip(
    words: &Words,
    dataset: &Dataset,
    levels: &[u8],
    flips: &[Vec<LevelFlip>],
) -> Option<String> {
    let (criterion, flip, level) = flips
        .iter()
        .enumerate()
        .filter_map(|(c, points)| {
            let level = levels.get(c).copied().unwrap_or(0);
            nearest(points, level).map(|p| (c, *p, level))
        })
        .min_by_key(|(_, p, level)| p.level.abs_diff(*level))?;
    let name_of = &dataset.criteria.get(criterion)?.name;
    let id = if flip.level > level {
        msg::CLOSEST_FLIP_RAISE
    } else {
        msg::CLOSEST_FLIP_LOWER
    };
    Some(words.say(
        id,
        &[
            ("criterion", Arg::text(name_of.as_str())),
            ("level", Arg::count(flip.level.into())),
            ("leader", name(dataset, flip.leader)),
        ],
    ))
}

#[cfg(test)]
mod tests;
