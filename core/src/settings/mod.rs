//! The settings a reader or a host passes in: a share link's fragment and
//! an embed's query or attributes. What bounds that input, what can be
//! wrong with it and how a notice words it, and the one rule both follow
//! for levels. `links::share` and `links::embed` read and write the two
//! forms; the rules they share live here.

mod levels;
mod problem;

pub use levels::ShareState;
pub(crate) use levels::{describe_levels, parse_level, push_override, resolve_levels, Levels};
pub use problem::{problem_lines, SettingProblem, LISTED_PROBLEMS};

/// The share-link format this version writes, first in every link.
pub const LINK_VERSION: &str = "v1";
/// Longer input is not parsed at all: no real link is anywhere near this.
pub const MAX_LINK_LEN: usize = 4096;
/// More settings than this are not read: no real embed needs them.
pub const MAX_SETTINGS: usize = 32;
/// The longest embed heading, in characters.
pub const MAX_TITLE_CHARS: usize = 120;
