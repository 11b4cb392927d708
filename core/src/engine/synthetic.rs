//! Deterministic synthetic score matrices, for benchmarks at sizes the real
//! dataset does not have (e.g. 200 criteria x 8 technologies).

use crate::matrix::ScoreMatrix;
use crate::verdict::Weights;

/// A small linear congruential generator: the same seed, the same matrix.
struct Lcg(u64);

impl Lcg {
    fn next_unit(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Scores in 0..=10 with ranges of up to 2 points either side, and weights
/// in 0..=10.
pub fn synthetic(criteria: usize, technologies: usize, seed: u64) -> (ScoreMatrix, Weights) {
    let mut rng = Lcg(seed);
    let n = criteria * technologies;
    let mut value = Vec::with_capacity(n);
    let mut low = Vec::with_capacity(n);
    let mut high = Vec::with_capacity(n);
    for _ in 0..n {
        let v = (rng.next_unit() * 10.0).round();
        value.push(v);
        low.push((v - (rng.next_unit() * 2.0).round()).max(0.0));
        high.push((v + (rng.next_unit() * 2.0).round()).min(10.0));
    }
    let weights = (0..criteria)
        .map(|_| (rng.next_unit() * 10.0).round())
        .collect();
    let matrix = ScoreMatrix::new(technologies, criteria, value, low, high)
        .expect("well-formed by construction");
    (matrix, Weights::new(weights))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn synthetic_matrices_are_reproducible_and_in_range() {
        let (a, wa) = synthetic(200, 8, 7);
        let (b, wb) = synthetic(200, 8, 7);
        assert_eq!((a.clone(), wa.clone()), (b, wb));
        assert_eq!((a.criteria(), a.technologies()), (200, 8));
        assert!(wa.as_slice().iter().all(|w| (0.0..=10.0).contains(w)));
        assert_ne!(synthetic(200, 8, 8).0, a);
    }
}
