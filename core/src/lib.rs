//! Versus core: the pure decision engine.
//!
//! No browser dependency lives here, so everything is tested on the host with
//! `cargo test -p versus-core`. The Yew app only turns events into weights and
//! this crate's answers into markup.
//!
//! The folders are layers; each uses only the ones before it in this list
//! (`tests/module_layers.rs` fails on any loop):
//! - `text`: numbers, untrusted text in messages, escaping, web addresses;
//!   it uses nothing else in the crate (nor does `small_sort`);
//! - `format`: JSON, the dataset format, table import and export;
//! - `l10n`: the catalogs, locales, plural rules and number formats;
//! - `engine`: the score matrix, the verdict, flip points, card order;
//! - `words`: the verdict and the dataset in sentences, the decision record;
//! - `settings`: what a share link or an embed may say, and its problems;
//! - `links`: the share-link codec, a dataset in a link, embeds, resizing;
//! - `authoring`: the authoring page's edits, undo and publishing.
//!
//! The modules inside them keep their short paths (`versus_core::dataset`).

pub mod authoring;
mod engine;
mod format;
pub mod l10n;
mod links;
pub mod settings;
mod small_sort;
pub mod text;
mod words;

pub use engine::{flip, matrix, order, synthetic, verdict};
pub use format::{dataset, json, table};
pub use links::{embed, link_data, resize, share};
pub use words::{explain, record, wording};

pub use dataset::{
    fingerprint, Citation, Correction, Criterion, Dataset, Preset, Problem, Recommendation, Score,
    Source, Technology, MAX_LEVEL,
};
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
