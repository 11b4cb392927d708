//! The weighted verdict: who leads, by how much, why, and whether it holds.

use crate::matrix::ScoreMatrix;

/// A margin (on the 0-10 score scale) smaller than this is "too close to
/// call". Scores are whole points judged from prose, so a quarter point is
/// well inside their precision: calling a winner there would be false
/// confidence.
pub const TIE_BAND: f64 = 0.25;

/// How much each criterion matters, in criterion order. Any non-negative
/// finite numbers; only their proportions matter.
#[derive(Debug, Clone, PartialEq)]
pub struct Weights(Vec<f64>);

impl Weights {
    /// Negative or non-finite entries are read as 0 so that no input can
    /// poison the arithmetic.
    pub fn new(values: Vec<f64>) -> Weights {
        Weights(
            values
                .into_iter()
                .map(|w| if w.is_finite() && w > 0.0 { w } else { 0.0 })
                .collect(),
        )
    }

    pub fn from_levels(levels: &[u8]) -> Weights {
        Weights(levels.iter().map(|&l| f64::from(l)).collect())
    }

    pub fn as_slice(&self) -> &[f64] {
        &self.0
    }

    pub fn total(&self) -> f64 {
        self.0.iter().sum()
    }

    pub fn with(&self, criterion: usize, weight: f64) -> Weights {
        let mut values = self.0.clone();
        values[criterion] = weight;
        Weights::new(values)
    }
}

/// One criterion's share of the margin between leader and runner-up:
/// (weight / total weight) x (leader's score - runner-up's score).
/// Positive favours the leader.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Contribution {
    pub criterion: usize,
    pub value: f64,
}

/// The margin when every contested score falls against the leader (worst)
/// or for it (best), each rival taken at its own strongest.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Robustness {
    /// Negative when `worst_rival` would lead in the worst case.
    pub worst_margin: f64,
    /// The rival closest to the leader in the worst case.
    pub worst_rival: usize,
    pub best_margin: f64,
    /// The leader is a clear winner even in the worst case.
    pub holds: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Ranking {
    /// Weighted mean score per technology.
    pub totals: Vec<f64>,
    pub leader: usize,
    pub runner_up: usize,
    /// Leader's total minus runner-up's; never negative.
    pub margin: f64,
    pub too_close: bool,
    /// One per criterion, in criterion order; they sum to `margin`.
    pub contributions: Vec<Contribution>,
    pub robustness: Robustness,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Verdict {
    /// Every weight is zero: nothing to decide on.
    NoPriorities,
    Ranked(Ranking),
}

impl Ranking {
    /// The leader, unless the margin is inside the tie band.
    pub fn winner(&self) -> Option<usize> {
        (!self.too_close).then_some(self.leader)
    }

    /// The criteria that move the verdict at all, largest share first. A
    /// criterion weighted 0, or scored the same for both, is no reason.
    pub fn strongest_reasons(&self) -> Vec<Contribution> {
        let mut reasons: Vec<Contribution> = self
            .contributions
            .iter()
            .copied()
            .filter(|c| c.value != 0.0)
            .collect();
        crate::small_sort::sort_by(&mut reasons, |a, b| a.value.abs() > b.value.abs());
        reasons
    }
}

/// Weighted mean per technology, or `None` when every weight is zero.
pub fn totals(matrix: &ScoreMatrix, weights: &Weights) -> Option<Vec<f64>> {
    let total_weight = weights.total();
    if total_weight <= 0.0 {
        return None;
    }
    Some(
        weighted_sums(matrix, weights)
            .into_iter()
            .map(|s| s / total_weight)
            .collect(),
    )
}

/// Per technology, the sum over criteria of weight x score (the totals
/// before dividing by the total weight; flip points work on these).
pub(crate) fn weighted_sums(matrix: &ScoreMatrix, weights: &Weights) -> Vec<f64> {
    let mut sums = vec![0.0; matrix.technologies()];
    for (c, &w) in weights
        .as_slice()
        .iter()
        .enumerate()
        .take(matrix.criteria())
    {
        for (t, sum) in sums.iter_mut().enumerate() {
            *sum += w * matrix.value(c, t);
        }
    }
    sums
}

/// Total of `a` minus total of `b`, or `None` when every weight is zero.
pub fn pairwise_margin(matrix: &ScoreMatrix, weights: &Weights, a: usize, b: usize) -> Option<f64> {
    totals(matrix, weights).map(|t| t[a] - t[b])
}

/// Who leads, and whether by more than the tie band, as `evaluate` would
/// say, without the contributions and robustness it also works out: for
/// searches that ask many times per slider move (whole-level flips).
pub fn clear_leader(matrix: &ScoreMatrix, weights: &Weights) -> Option<(usize, bool)> {
    let totals = totals(matrix, weights)?;
    let (leader, runner_up) = leader_and_runner_up(&totals)?;
    Some((leader, totals[leader] - totals[runner_up] >= TIE_BAND))
}

/// The highest and second-highest totals; ties go to the earlier
/// technology, so the result is deterministic.
fn leader_and_runner_up(totals: &[f64]) -> Option<(usize, usize)> {
    let best_of = |skip: Option<usize>| {
        (0..totals.len())
            .filter(|&t| Some(t) != skip)
            .reduce(|best, t| if totals[t] > totals[best] { t } else { best })
    };
    let leader = best_of(None)?;
    Some((leader, best_of(Some(leader))?))
}

pub fn evaluate(matrix: &ScoreMatrix, weights: &Weights) -> Verdict {
    let Some(totals) = totals(matrix, weights) else {
        return Verdict::NoPriorities;
    };
    // A validated dataset has two technologies at least.
    let Some((leader, runner_up)) = leader_and_runner_up(&totals) else {
        return Verdict::NoPriorities;
    };
    let margin = totals[leader] - totals[runner_up];
    let total_weight = weights.total();
    let contributions = weights
        .as_slice()
        .iter()
        .enumerate()
        .take(matrix.criteria())
        .map(|(c, &w)| Contribution {
            criterion: c,
            value: w / total_weight * (matrix.value(c, leader) - matrix.value(c, runner_up)),
        })
        .collect();
    let too_close = margin < TIE_BAND;
    let robustness = robustness(matrix, weights, leader, too_close);
    Verdict::Ranked(Ranking {
        totals,
        leader,
        runner_up,
        margin,
        too_close,
        contributions,
        robustness,
    })
}

fn robustness(
    matrix: &ScoreMatrix,
    weights: &Weights,
    leader: usize,
    too_close: bool,
) -> Robustness {
    let total_weight = weights.total();
    let mut worst = f64::INFINITY;
    let mut worst_rival = leader;
    let mut best = f64::INFINITY;
    for rival in (0..matrix.technologies()).filter(|&t| t != leader) {
        let (mut w_sum, mut b_sum) = (0.0, 0.0);
        for (c, &w) in weights
            .as_slice()
            .iter()
            .enumerate()
            .take(matrix.criteria())
        {
            w_sum += w * (matrix.low(c, leader) - matrix.high(c, rival));
            b_sum += w * (matrix.high(c, leader) - matrix.low(c, rival));
        }
        if w_sum / total_weight < worst {
            worst = w_sum / total_weight;
            worst_rival = rival;
        }
        best = best.min(b_sum / total_weight);
    }
    Robustness {
        worst_margin: worst,
        worst_rival,
        best_margin: best,
        holds: !too_close && worst >= TIE_BAND,
    }
}
