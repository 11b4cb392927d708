//! JSON text to a `Dataset`, reporting every problem at once: a syntax
//! error by line and column, a wrong shape (a missing field, text where a
//! number belongs, a field the format does not have) and every validation
//! problem by path, each with the position of the value it names.

use std::collections::{BTreeMap, BTreeSet};

use super::limits::MAX_DATASET_BYTES;
use super::{validate, Dataset, Fault, Problem};
use crate::json::{self, Position};

mod parts;
mod shape;

use shape::Reader;

/// The format this reader reads (a file may say so with `"version": 1`).
pub const FORMAT_VERSION: u8 = 1;

/// A file can have hundreds of thousands of problems; a person reads the
/// first ones, fixes them and checks again: the authoring page lists this
/// many and says how many more there are.
pub const MAX_PROBLEMS: usize = 100;

/// The weight every slider starts at when a dataset does not say.
pub const DEFAULT_WEIGHT: u8 = 5;

/// Reads and validates a dataset; on failure, every problem, in the order
/// they appear in the text.
pub fn read_dataset(text: &str) -> Result<Dataset, Vec<Problem>> {
    match read_for_editing(text) {
        (Some(dataset), problems) if problems.is_empty() => Ok(dataset),
        (_, problems) => Err(problems),
    }
}

/// Reads a dataset for the authoring page's grid: the dataset whenever the
/// text has the format's shape, even with validation problems (the grid
/// shows each on the cell it concerns), and every problem in text order.
/// `None` where the grid could not show the text without losing some of it
/// (not JSON, a missing field, a field the format does not have).
pub fn read_for_editing(text: &str) -> (Option<Dataset>, Vec<Problem>) {
    if text.len() > MAX_DATASET_BYTES {
        // A download stopped at the limit says `fetch-too-large` instead.
        let kb = text.len().div_ceil(1024);
        return (None, vec![Problem::new("", Fault::TooLarge { kb })]);
    }
    let root = match json::parse(text) {
        Ok(root) => root,
        Err(e) => {
            let problem = Problem {
                path: String::new(),
                fault: Fault::NotJson(e.fault),
                at: Some(e.at),
            };
            return (None, vec![problem]);
        }
    };
    let mut reader = Reader::default();
    let dataset = reader.dataset(&root);
    let Reader {
        mut problems,
        places,
    } = reader;
    let shaped = problems.is_empty();
    // A value already reported as missing or malformed was read as a
    // default; what validation says about that default would be noise.
    // Inserted one by one: `collect` would sort first, and a sort of its
    // own costs kilobytes of WASM.
    let mut shape_paths = BTreeSet::new();
    for p in &problems {
        shape_paths.insert(p.path.as_str());
    }
    let mut checked = Vec::new();
    for mut problem in validate::problems(&dataset) {
        if is_within_any(&problem.path, &shape_paths) {
            continue;
        }
        problem.at = place_of(&places, &problem.path);
        checked.push(problem);
    }
    problems.extend(checked);
    crate::small_sort::sort_by_key(&mut problems, |p| p.at.map_or(0, |at| at.offset));
    (shaped.then_some(dataset), problems)
}

/// `path` is one of `outers` or inside one (`criteria[1]` holds
/// `criteria[1].name`; the empty path holds everything). Looks up each
/// enclosing path rather than scanning `outers`, which a hostile file can
/// make hundreds of thousands long.
fn is_within_any(path: &str, outers: &BTreeSet<&str>) -> bool {
    let mut path = path;
    loop {
        if outers.contains(path) {
            return true;
        }
        match path.rfind(['.', '[']) {
            Some(cut) => path = &path[..cut],
            None => return outers.contains(""),
        }
    }
}

/// The position of `path`, or of the nearest enclosing value that has one.
fn place_of(places: &BTreeMap<String, Position>, path: &str) -> Option<Position> {
    let mut path = path;
    loop {
        if let Some(at) = places.get(path) {
            return Some(*at);
        }
        let cut = path.rfind(['.', '['])?;
        path = &path[..cut];
    }
}
