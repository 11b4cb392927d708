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

/// The cell `key` moves focus to from `(row, col)` in a grid of `rows` by
/// `cols` cells, as the WAI-ARIA grid pattern has it (`ctrl`: Control is
/// held, for Home and End); `None` for a key that does not move.
pub fn moved_to(
    key: &str,
    ctrl: bool,
    (row, col): Cell,
    (rows, cols): (usize, usize),
) -> Option<Cell> {
    let (last_row, last_col) = (rows.checked_sub(1)?, cols.checked_sub(1)?);
    match key {
        "ArrowUp" => Some((row.saturating_sub(1), col)),
        "ArrowDown" => Some(((row + 1).min(last_row), col)),
        "ArrowLeft" => Some((row, col.saturating_sub(1))),
        "ArrowRight" => Some((row, (col + 1).min(last_col))),
        "Home" if ctrl => Some((0, 0)),
        "End" if ctrl => Some((last_row, last_col)),
        "Home" => Some((row, 0)),
        "End" => Some((row, last_col)),
        "PageUp" => Some((0, col)),
        "PageDown" => Some((last_row, col)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_move_within_the_grid_and_stop_at_its_edges() {
        let size = (4, 3);
        assert_eq!(moved_to("ArrowDown", false, (1, 1), size), Some((2, 1)));
        assert_eq!(moved_to("ArrowDown", false, (3, 1), size), Some((3, 1)));
        assert_eq!(moved_to("ArrowUp", false, (0, 2), size), Some((0, 2)));
        assert_eq!(moved_to("ArrowRight", false, (2, 2), size), Some((2, 2)));
        assert_eq!(moved_to("ArrowLeft", false, (2, 0), size), Some((2, 0)));
        assert_eq!(moved_to("Home", false, (2, 2), size), Some((2, 0)));
        assert_eq!(moved_to("End", false, (2, 0), size), Some((2, 2)));
        assert_eq!(moved_to("Home", true, (2, 2), size), Some((0, 0)));
        assert_eq!(moved_to("End", true, (0, 0), size), Some((3, 2)));
        assert_eq!(moved_to("PageDown", false, (0, 1), size), Some((3, 1)));
        assert_eq!(moved_to("PageUp", false, (3, 1), size), Some((0, 1)));
        assert_eq!(moved_to("a", false, (1, 1), size), None);
        assert_eq!(moved_to("ArrowDown", false, (0, 0), (0, 0)), None);
    }

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
