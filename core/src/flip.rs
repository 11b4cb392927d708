//! Flip points: what would change the verdict.
//!
//! With every other weight fixed, each technology's total as a function of
//! one criterion's weight `x` is `(A_t + x * s_t) / (W + x)`. The denominator
//! is shared, so the leader at `x` is whichever line `A_t + x * s_t` is
//! highest: the leaders over `x` are the upper envelope of straight lines,
//! and its breakpoints are the flip points.

use crate::dataset::MAX_LEVEL;
use crate::matrix::ScoreMatrix;
use crate::verdict::{weighted_sums, Weights};

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
