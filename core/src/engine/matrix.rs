//! The numeric view of a dataset that the verdict engine works on.

use crate::dataset::Dataset;

/// Scores as flat arrays, criterion-major: `value(c, t)` is criterion `c`,
/// technology `t`. Kept separate from `Dataset` so scoring never touches
/// strings and synthetic matrices can be benchmarked.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoreMatrix {
    technologies: usize,
    criteria: usize,
    value: Vec<f64>,
    low: Vec<f64>,
    high: Vec<f64>,
}

impl ScoreMatrix {
    /// `None` unless there are at least two technologies and every array has
    /// `criteria * technologies` finite entries with `low <= value <= high`.
    pub fn new(
        technologies: usize,
        criteria: usize,
        value: Vec<f64>,
        low: Vec<f64>,
        high: Vec<f64>,
    ) -> Option<ScoreMatrix> {
        let len = technologies.checked_mul(criteria)?;
        let shaped = technologies >= 2 && [&value, &low, &high].iter().all(|v| v.len() == len);
        let ordered = shaped
            && (0..len).all(|i| {
                [value[i], low[i], high[i]].iter().all(|x| x.is_finite())
                    && low[i] <= value[i]
                    && value[i] <= high[i]
            });
        ordered.then_some(ScoreMatrix {
            technologies,
            criteria,
            value,
            low,
            high,
        })
    }

    /// Scores without contested ranges.
    pub fn exact(technologies: usize, criteria: usize, value: Vec<f64>) -> Option<ScoreMatrix> {
        ScoreMatrix::new(technologies, criteria, value.clone(), value.clone(), value)
    }

    /// A validated dataset always has a score for every (criterion, technology).
    pub fn from_dataset(dataset: &Dataset) -> Option<ScoreMatrix> {
        let (t, c) = (dataset.technologies.len(), dataset.criteria.len());
        let mut value = Vec::with_capacity(t * c);
        let mut low = Vec::with_capacity(t * c);
        let mut high = Vec::with_capacity(t * c);
        for criterion in &dataset.criteria {
            for technology in &dataset.technologies {
                let score = criterion.score_for(&technology.id)?;
                let (lo, hi) = score.bounds();
                value.push(score.value);
                low.push(lo);
                high.push(hi);
            }
        }
        ScoreMatrix::new(t, c, value, low, high)
    }

    pub fn technologies(&self) -> usize {
        self.technologies
    }

    pub fn criteria(&self) -> usize {
        self.criteria
    }

    pub fn value(&self, criterion: usize, technology: usize) -> f64 {
        self.value[criterion * self.technologies + technology]
    }

    pub fn low(&self, criterion: usize, technology: usize) -> f64 {
        self.low[criterion * self.technologies + technology]
    }

    pub fn high(&self, criterion: usize, technology: usize) -> f64 {
        self.high[criterion * self.technologies + technology]
    }

    /// The same scores with technologies `a` and `b` exchanged.
    pub fn with_swapped(&self, a: usize, b: usize) -> ScoreMatrix {
        let mut swapped = self.clone();
        for c in 0..self.criteria {
            let (i, j) = (c * self.technologies + a, c * self.technologies + b);
            swapped.value.swap(i, j);
            swapped.low.swap(i, j);
            swapped.high.swap(i, j);
        }
        swapped
    }
}
