//! Versus core: the pure decision engine.
//!
//! No browser dependency lives here, so everything is tested on the host with
//! `cargo test -p versus-core`. The Yew app only turns events into weights and
//! this crate's answers into markup.

pub mod authoring;
pub mod dataset;
pub mod explain;
pub mod flip;
pub mod json;
mod links;
pub mod matrix;
pub mod order;
pub mod record;
pub mod settings;
pub mod small_sort;
pub mod synthetic;
pub mod table;
pub mod text;
pub mod verdict;
pub mod wording;

pub use dataset::{
    fingerprint, Citation, Correction, Criterion, Dataset, Preset, Problem, Recommendation, Score,
    Source, Technology, MAX_LEVEL,
};
pub use links::{embed, link_data, resize, share};

pub use embed::{
    element_snippet, embed_settings, frame_url, hugo_snippet, iframe_snippet, jekyll_snippet,
    parse_embed, parse_query, EmbedConfig, Layout, Theme,
};
pub use flip::{all_flip_points, all_level_flips, flip_points, level_flips, FlipPoint, LevelFlip};
pub use matrix::ScoreMatrix;
pub use order::{most_moving, CardOrder};
pub use record::decision_record;
pub use settings::{problem_lines, SettingProblem, ShareState};
pub use share::{decode, encode, Decoded};
pub use verdict::{
    evaluate, pairwise_margin, totals, Contribution, Ranking, Robustness, Verdict, Weights,
    TIE_BAND,
};

/// The shipped evidence base: Node.js vs Python, from the five articles.
pub const BUILTIN_DATASET_JSON: &str = include_str!("../../data/dataset.json");
