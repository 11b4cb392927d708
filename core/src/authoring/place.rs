//! Where on the authoring page's grid a problem belongs: a dataset path
//! (`criteria[2].scores[1].value`) to the cell that shows that value.

use crate::Dataset;

/// A grid cell: row 0 holds the option names, column 0 the criterion
/// names; row `i + 1`, column `j + 1` is option `j`'s score on criterion `i`.
pub type Cell = (usize, usize);

/// The cell a problem at `path` concerns, if the grid shows that value.
pub fn cell_of_path(d: &Dataset, path: &str) -> Option<Cell> {
    if let Some(rest) = path.strip_prefix("technologies[") {
        let k: usize = rest.split(']').next()?.parse().ok()?;
        return (k < d.technologies.len()).then_some((0, k + 1));
    }
    let rest = path.strip_prefix("criteria[")?;
    let (i, rest) = rest.split_once(']')?;
    let i: usize = i.parse().ok()?;
    let criterion = d.criteria.get(i)?;
    let Some(rest) = rest.strip_prefix(".scores[") else {
        return Some((i + 1, 0));
    };
    let j: usize = rest.split(']').next()?.parse().ok()?;
    let technology = &criterion.scores.get(j)?.technology;
    let k = d.technologies.iter().position(|t| &t.id == technology)?;
    Some((i + 1, k + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_land_on_their_cells() {
        let mut d = Dataset::from_json(include_str!("../../../data/template.json")).unwrap();
        // Scores in another order than the options: the column follows the id.
        d.criteria[1].scores.reverse();
        assert_eq!(
            cell_of_path(&d, "criteria[1].scores[0].value"),
            Some((2, 3))
        );
        assert_eq!(
            cell_of_path(&d, "criteria[0].scores[2].citations[0].quote"),
            Some((1, 3))
        );
        assert_eq!(cell_of_path(&d, "criteria[0].name"), Some((1, 0)));
        assert_eq!(cell_of_path(&d, "criteria[1]"), Some((2, 0)));
        assert_eq!(cell_of_path(&d, "technologies[2].name"), Some((0, 3)));
        assert_eq!(cell_of_path(&d, "sources[0].url"), None);
        assert_eq!(cell_of_path(&d, "criteria[9].name"), None);
        assert_eq!(cell_of_path(&d, "criteria[x"), None);
    }
}
