//! What the reader says about a dataset it refuses, for tests that break
//! one thing at a time.

use versus_core::{Dataset, Problem};

pub fn problems(text: &str) -> Vec<Problem> {
    Dataset::from_json(text).expect_err("the dataset is rejected")
}

pub fn messages(text: &str) -> Vec<String> {
    problems(text).iter().map(|p| p.to_string()).collect()
}
