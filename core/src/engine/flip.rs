//! Flip points: what would change the verdict.
//!
//! With every other weight fixed, each technology's total as a function of
//! one criterion's weight `x` is `(A_t + x * s_t) / (W + x)`. The denominator
//! is shared, so the leader at `x` is whichever line `A_t + x * s_t` is
//! highest: the leaders over `x` are the upper envelope of straight lines,
//! and its breakpoints are the flip points.

use crate::dataset::MAX_LEVEL;
use crate::matrix::ScoreMatrix;
use crate::verdict::{clear_leader, weighted_sums, Weights};

/// At weight `weight` on its criterion, the leader changes from `below`
/// (leader just under it) to `above` (leader just over it).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FlipPoint {
    pub weight: f64,
    pub below: usize,
    pub above: usize,
}

/// Flip points of `criterion` strictly inside (0, 10), in increasing weight.
/// Weight 0 is left out: there the criterion stops counting at all.
pub fn flip_points(matrix: &ScoreMatrix, weights: &Weights, criterion: usize) -> Vec<FlipPoint> {
    let lines = lines_for(matrix, weights, criterion);
    upper_envelope_breaks(&lines, 0.0, f64::from(MAX_LEVEL))
}

/// Flip points of every criterion, in criterion order. Shares the weighted
/// sums across criteria so the whole map costs O(criteria x technologies²).
pub fn all_flip_points(matrix: &ScoreMatrix, weights: &Weights) -> Vec<Vec<FlipPoint>> {
    let sums = weighted_sums(matrix, weights);
    (0..matrix.criteria())
        .map(|c| {
            let lines = lines_from_sums(matrix, weights, &sums, c);
            upper_envelope_breaks(&lines, 0.0, f64::from(MAX_LEVEL))
        })
        .collect()
}

/// A flip the reader can set: sliders move in whole steps, so this is the
/// nearest whole level past a flip point at which the verdict names
/// `leader` the winner. It stays the winner from `level` on to `last`
/// (further from the current level; the same as `level` when it wins there
/// only).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LevelFlip {
    pub level: u8,
    pub last: u8,
    pub leader: usize,
}

/// The flips of `criterion` that a slider can reach from `levels`, in
/// increasing level; `flips` are that criterion's flip points at `levels`.
///
/// Past a flip point at `w` the first whole level is `floor(w) + 1` going
/// up and `ceil(w) - 1` going down (at `w` itself the two tie). There the
/// new leader may lead by less than the tie band, which the verdict calls
/// too close: a sentence that says "would make X the leader" must be true
/// of the verdict the reader then sees, so the level moves on to where X
/// wins clearly. A flip whose leader never wins clearly before the next
/// flip point or the end of the slider is not offered.
pub fn level_flips(
    matrix: &ScoreMatrix,
    levels: &[u8],
    criterion: usize,
    flips: &[FlipPoint],
) -> Vec<LevelFlip> {
    let weights = Weights::from_levels(levels);
    let current = f64::from(levels.get(criterion).copied().unwrap_or(0));
    let mut found = Vec::new();
    for flip in flips {
        // A flip point on the current level (within rounding) is crossed
        // both ways.
        let here = (flip.weight - current).abs() < 1e-9;
        if here || flip.weight < current {
            let from = (flip.weight.ceil() - 1.0).min(current - 1.0);
            found.extend(first_win(matrix, &weights, criterion, from, -1, flip.below));
        }
        if here || flip.weight > current {
            let from = (flip.weight.floor() + 1.0).max(current + 1.0);
            found.extend(first_win(matrix, &weights, criterion, from, 1, flip.above));
        }
    }
    crate::small_sort::sort_by_key(&mut found, |f| f.level);
    found
}

/// [`level_flips`] for every criterion, from [`all_flip_points`]' answer.
pub fn all_level_flips(
    matrix: &ScoreMatrix,
    levels: &[u8],
    flips: &[Vec<FlipPoint>],
) -> Vec<Vec<LevelFlip>> {
    flips
        .iter()
        .enumerate()
        .map(|(c, points)| level_flips(matrix, levels, c, points))
        .collect()
}

/// Walking from level `from` by `step`, the first level where `target` is
/// the clear winner and the last after it where it still is; `None` once
/// another technology leads or the slider ends first.
fn first_win(
    matrix: &ScoreMatrix,
    weights: &Weights,
    criterion: usize,
    from: f64,
    step: i32,
    target: usize,
) -> Option<LevelFlip> {
    let mut win: Option<LevelFlip> = None;
    let mut level = from as i32;
    while (0..=i32::from(MAX_LEVEL)).contains(&level) {
        let at = level as u8;
        let clear = match clear_leader(matrix, &weights.with(criterion, f64::from(at))) {
            Some((leader, clear)) if leader == target => clear,
            _ => break,
        };
        match (&mut win, clear) {
            (None, true) => {
                win = Some(LevelFlip {
                    level: at,
                    last: at,
                    leader: target,
                })
            }
            (Some(w), true) => w.last = at,
            (Some(_), false) => break,
            (None, false) => {}
        }
        level += step;
    }
    win
}

/// A line `intercept + slope * x` per technology.
#[derive(Debug, Clone, Copy)]
struct Line {
    intercept: f64,
    slope: f64,
}

fn lines_for(matrix: &ScoreMatrix, weights: &Weights, criterion: usize) -> Vec<Line> {
    lines_from_sums(matrix, weights, &weighted_sums(matrix, weights), criterion)
}

fn lines_from_sums(matrix: &ScoreMatrix, weights: &Weights, sums: &[f64], c: usize) -> Vec<Line> {
    let w = weights.as_slice().get(c).copied().unwrap_or(0.0);
    (0..matrix.technologies())
        .map(|t| Line {
            intercept: sums[t] - w * matrix.value(c, t),
            slope: matrix.value(c, t),
        })
        .collect()
}

/// Index of the highest line just to the right of `x`: highest value at `x`,
/// then steepest, then earliest (the same tie rule as the verdict).
fn leader_after(lines: &[Line], x: f64) -> usize {
    let mut best = 0;
    for (i, line) in lines.iter().enumerate().skip(1) {
        let (v, bv) = (
            line.intercept + line.slope * x,
            lines[best].intercept + lines[best].slope * x,
        );
        let scale = v.abs().max(bv.abs()).max(1.0);
        let higher = v - bv > 1e-12 * scale;
        let equal = (v - bv).abs() <= 1e-12 * scale;
        if higher || (equal && line.slope > lines[best].slope) {
            best = i;
        }
    }
    best
}

fn upper_envelope_breaks(lines: &[Line], from: f64, to: f64) -> Vec<FlipPoint> {
    let mut breaks = Vec::new();
    let mut x = from;
    let mut current = leader_after(lines, x);
    // Each break moves to a strictly steeper line, so there are fewer breaks than lines.
    while breaks.len() < lines.len() {
        let here = lines[current];
        let mut next: Option<(f64, usize)> = None;
        for (i, line) in lines.iter().enumerate() {
            if line.slope <= here.slope {
                continue;
            }
            let cross = (here.intercept - line.intercept) / (line.slope - here.slope);
            if cross <= x || !cross.is_finite() {
                continue;
            }
            let better = match next {
                None => true,
                Some((nx, ni)) => cross < nx || (cross == nx && line.slope > lines[ni].slope),
            };
            if better {
                next = Some((cross, i));
            }
        }
        match next {
            Some((cross, i)) if cross < to => {
                breaks.push(FlipPoint {
                    weight: cross,
                    below: current,
                    above: i,
                });
                current = i;
                x = cross;
            }
            _ => break,
        }
    }
    breaks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(levels: &[u8], m: &ScoreMatrix, c: usize) -> Vec<LevelFlip> {
        let flips = flip_points(m, &Weights::from_levels(levels), c);
        level_flips(m, levels, c, &flips)
    }

    fn flip(level: u8, last: u8, leader: usize) -> LevelFlip {
        LevelFlip {
            level,
            last,
            leader,
        }
    }

    #[test]
    fn a_flip_on_a_whole_level_is_reached_one_step_past_it() {
        // 10x against 50: they tie at x = 5 exactly, where the verdict is
        // too close, so the first level that flips is 6 going up, 4 down.
        let m = ScoreMatrix::exact(2, 2, vec![10.0, 0.0, 0.0, 10.0]).unwrap();
        assert!((flip_points(&m, &Weights::from_levels(&[2, 5]), 0)[0].weight - 5.0).abs() < 1e-9);
        assert_eq!(at(&[2, 5], &m, 0), [flip(6, 10, 0)]);
        assert_eq!(at(&[8, 5], &m, 0), [flip(4, 0, 1)]);
        // Standing on the tie, both ways flip.
        assert_eq!(at(&[5, 5], &m, 0), [flip(4, 0, 1), flip(6, 10, 0)]);
    }

    #[test]
    fn a_flip_whose_leader_never_wins_clearly_on_a_whole_level_is_not_offered() {
        // Criterion 0: 10x + 5 against 100, a flip at 9.5; at 10 the new
        // leader is ahead by 5/21, inside the tie band, and 10 is the end.
        let m = ScoreMatrix::exact(2, 3, vec![10.0, 0.0, 0.0, 9.5, 5.0, 5.0]).unwrap();
        let levels = [5, 10, 1];
        assert_eq!(flip_points(&m, &Weights::from_levels(&levels), 0).len(), 1);
        assert!(at(&levels, &m, 0).is_empty());
        // Criterion 1 flips at 5.3 going down; at 5 it is still too close.
        assert_eq!(at(&levels, &m, 1), [flip(4, 0, 0)]);
    }

    #[test]
    fn a_leader_between_two_flips_wins_only_on_the_levels_between_them() {
        // Lines 100, 90 + 5x, 50 + 10x cross at x = 2 and x = 8; at 8 the
        // last two tie, so technology 1 wins clearly from 3 to 7.
        let m = ScoreMatrix::exact(3, 2, vec![0.0, 5.0, 10.0, 10.0, 9.0, 5.0]).unwrap();
        assert_eq!(at(&[0, 10], &m, 0), [flip(3, 7, 1), flip(9, 10, 2)]);
        assert_eq!(at(&[10, 10], &m, 0), [flip(1, 0, 0), flip(7, 3, 1)]);
    }
}
