//! Where the grid's arrow, Home, End and paging keys move focus, as the
//! WAI-ARIA grid pattern has it.

use versus_core::authoring::place::Cell;

/// The cell `key` moves to from `(row, col)` in a grid of `rows` by `cols`
/// cells (`ctrl`: whether Control is held, for Home and End); `None` for a
/// key that does not move.
pub fn moved_to(
    key: &str,
    ctrl: bool,
    (row, col): Cell,
    (rows, cols): (usize, usize),
) -> Option<Cell> {
    match key {
        "ArrowUp" => Some((row.saturating_sub(1), col)),
        "ArrowDown" => Some(((row + 1).min(rows - 1), col)),
        "ArrowLeft" => Some((row, col.saturating_sub(1))),
        "ArrowRight" => Some((row, (col + 1).min(cols - 1))),
        "Home" if ctrl => Some((0, 0)),
        "End" if ctrl => Some((rows - 1, cols - 1)),
        "Home" => Some((row, 0)),
        "End" => Some((row, cols - 1)),
        "PageUp" => Some((0, col)),
        "PageDown" => Some((rows - 1, col)),
        _ => None,
    }
}
