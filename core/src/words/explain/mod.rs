//! The verdict in plain words. Pure text so it is tested on the host and the
//! UI, the decision record and screen readers all say the same thing.

use crate::dataset::{Dataset, MAX_LEVEL};
use crate::flip::LevelFlip;
use crate::text::{fixed, tenths};
use crate::verdict::{Contribution, Ranking, Verdict};

pub fn level_words(level: u8) -> &'static str {
    match level {
        0 => "not a priority",
        1..=2 => "low priority",
        3..=4 => "some priority",
        5..=6 => "medium priority",
        7..=8 => "high priority",
        _ => "top priority",
    }
}

/// The slider's `aria-valuetext`: "8 of 10, high priority".
pub fn level_value_text(level: u8) -> String {
    format!("{level} of {MAX_LEVEL}, {}", level_words(level))
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

fn name(dataset: &Dataset, technology: usize) -> &str {
    dataset.technology_name(technology)
}

/// With more than two technologies, "wins" alone does not say over whom:
/// sentences name the runner-up too.
fn many(dataset: &Dataset) -> bool {
    dataset.technologies.len() > 2
}

/// "Why", or with more than two technologies "Why PostgreSQL over MySQL":
/// the reasons compare the leader with the runner-up only.
pub fn why_heading(dataset: &Dataset, r: &Ranking) -> String {
    if many(dataset) {
        format!(
            "Why {} over {}",
            name(dataset, r.leader),
            name(dataset, r.runner_up)
        )
    } else {
        "Why".to_string()
    }
}

/// The one-line answer: "Python wins by 1.4 points", or at equal weights
/// "At equal weights, Node.js leads by 0.5 points".
pub fn headline(dataset: &Dataset, verdict: &Verdict, reading: Reading) -> String {
    let equal = reading == Reading::EqualWeights;
    match verdict {
        Verdict::NoPriorities => "No priorities set".to_string(),
        Verdict::Ranked(r) if r.too_close && equal => {
            "At equal weights: too close to call".to_string()
        }
        Verdict::Ranked(r) if r.too_close => "Too close to call".to_string(),
        Verdict::Ranked(r) => {
            let points = if tenths(r.margin) == "1" {
                "point"
            } else {
                "points"
            };
            let (leader, margin) = (name(dataset, r.leader), tenths(r.margin));
            let runner = name(dataset, r.runner_up);
            match (equal, many(dataset)) {
                (true, false) => format!("At equal weights, {leader} leads by {margin} {points}"),
                (true, true) => {
                    format!("At equal weights, {leader} leads {runner} by {margin} {points}")
                }
                (false, false) => format!("{leader} wins by {margin} {points}"),
                (false, true) => format!("{leader} wins by {margin} {points} over {runner}"),
            }
        }
    }
}

/// A sentence that puts the headline in context.
pub fn detail(dataset: &Dataset, verdict: &Verdict, reading: Reading) -> String {
    let invitation = match reading {
        Reading::EqualWeights if dataset.presets.is_empty() => {
            "Every criterion counts the same until you say what matters: move a slider. "
        }
        Reading::EqualWeights => {
            "Every criterion counts the same until you say what matters: pick a project type or move a slider. "
        }
        Reading::Reader => "",
    };
    match verdict {
        Verdict::NoPriorities => {
            "Every priority is at 0. Raise at least one slider to get a verdict.".to_string()
        }
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
            let scores = ranked
                .iter()
                .map(|&t| format!("{} {}", name(dataset, t), tenths(r.totals[t])))
                .collect::<Vec<_>>()
                .join(", ");
            format!(
                "{invitation}Weighted scores out of {MAX_LEVEL}: {scores}. {}",
                robustness_sentence(dataset, r)
            )
        }
    }
}

/// Whether the answer survives the disagreements between sources.
pub fn robustness_sentence(dataset: &Dataset, r: &Ranking) -> String {
    let leader = name(dataset, r.leader);
    if r.too_close {
        format!(
            "The gap is under {} points, inside what the sources' disagreements can move.",
            fixed(crate::verdict::TIE_BAND, 2)
        )
    } else if r.robustness.holds {
        format!(
            "{leader} still wins where the sources disagree, at their least favourable reading."
        )
    } else if r.robustness.worst_margin < 0.0 {
        format!(
            "Not settled: at the least favourable reading of the contested claims, {} would lead by {}.",
            name(dataset, r.robustness.worst_rival),
            tenths(-r.robustness.worst_margin)
        )
    } else {
        format!(
            "Not settled: at the least favourable reading of the contested claims, {leader} would lead by only {}.",
            tenths(r.robustness.worst_margin)
        )
    }
}

/// The reachable flip nearest `current`, in whole slider steps.
fn nearest(flips: &[LevelFlip], current: u8) -> Option<&LevelFlip> {
    flips.iter().min_by_key(|f| f.level.abs_diff(current))
}

/// "Python wins at 7 or more" for the reachable flip nearest the current
/// level, or `None` when no level of this criterion changes the leader.
pub fn flip_sentence(dataset: &Dataset, flips: &[LevelFlip], current: u8) -> Option<String> {
    let f = nearest(flips, current)?;
    // With two technologies the new leader wins; with more it overtakes
    // the current leader, and others may still follow.
    let verb = if many(dataset) { "overtakes" } else { "wins" };
    let (low, high) = (f.level.min(f.last), f.level.max(f.last));
    let levels = if f.level > current && high == MAX_LEVEL && low < MAX_LEVEL {
        format!("{low} or more")
    } else if f.level < current && low == 0 && high > 0 {
        format!("{high} or less")
    } else if low == high {
        format!("{low}")
    } else {
        format!("{low} to {high}")
    };
    Some(format!("{} {verb} at {levels}", name(dataset, f.leader)))
}

/// A reason in plain words: "Python is stronger on AI & machine learning
/// (10 vs 3), your top priority."
pub fn reason(
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
        Reading::EqualWeights => "weighted like every other criterion".to_string(),
        Reading::Reader => format!("{} for you", level_words(level)),
    };
    if a == b {
        format!(
            "{} is even ({} each), {priority}.",
            criterion.name,
            tenths(a)
        )
    } else {
        let (strong, weak, high, low) = if c.value > 0.0 {
            (lead, other, a, b)
        } else {
            (other, lead, b, a)
        };
        let than = if many(dataset) {
            format!(" than {}", name(dataset, weak))
        } else {
            String::new()
        };
        let tail = if c.value > 0.0 {
            ""
        } else {
            ", but not by enough to change the result"
        };
        format!(
            "{} is stronger{than} on {} ({} vs {}), {priority}{tail}.",
            name(dataset, strong),
            criterion.name,
            tenths(high),
            tenths(low)
        )
    }
}

/// The smallest single slider move that changes the leader: "Raising AI &
/// machine learning to 5 would make Python the leader."
pub fn closest_flip(dataset: &Dataset, levels: &[u8], flips: &[Vec<LevelFlip>]) -> Option<String> {
    let (criterion, flip, level) = flips
        .iter()
        .enumerate()
        .filter_map(|(c, points)| {
            let level = levels.get(c).copied().unwrap_or(0);
            nearest(points, level).map(|p| (c, *p, level))
        })
        .min_by_key(|(_, p, level)| p.level.abs_diff(*level))?;
    let name_of = &dataset.criteria.get(criterion)?.name;
    let verb = if flip.level > level {
        "Raising"
    } else {
        "Lowering"
    };
    Some(format!(
        "{verb} {name_of} to {} would make {} the leader.",
        flip.level,
        name(dataset, flip.leader)
    ))
}

#[cfg(test)]
mod tests;
