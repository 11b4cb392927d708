//! How big a dataset may be. Each limit is far above what a readable
//! comparison needs and low enough that a hostile file is refused at once
//! with a message instead of freezing the page.

/// The JSON text, in bytes.
pub const MAX_DATASET_BYTES: usize = 512 * 1024;

pub const MIN_TECHNOLOGIES: usize = 2;
/// Six cards side by side is the most a reader can compare.
pub const MAX_TECHNOLOGIES: usize = 6;
pub const MIN_CRITERIA: usize = 1;
pub const MAX_CRITERIA: usize = 40;
pub const MAX_SOURCES: usize = 100;
pub const MAX_PRESETS: usize = 30;
pub const MAX_CORRECTIONS: usize = 100;
pub const MAX_CITATIONS_PER_SCORE: usize = 20;
/// Any one text (a name, a quote, a rationale), in characters.
pub const MAX_TEXT_CHARS: usize = 2_000;
/// Ids appear in share links and element ids: short, and only
/// letters, digits, `_`, `-` and `.`.
pub const MAX_ID_CHARS: usize = 64;
/// A quote longer than this is a passage, not a quote.
pub const MAX_QUOTE_WORDS_ANY: usize = 80;
/// Criterion ids that would read as a share link's own settings.
pub const RESERVED_CRITERION_IDS: [&str; 4] = ["preset", "sort", "data", "v1"];
