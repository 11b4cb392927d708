//! The decision engine: a dataset's scores as a matrix, the weighted
//! verdict and its robustness, the weights at which the leader changes,
//! the order of the cards, and synthetic matrices for benchmarks.

pub mod flip;
pub mod matrix;
pub mod order;
pub mod synthetic;
pub mod verdict;
