//! Embed configuration: what a blog author sets on the iframe's query string
//! or the custom element's attributes. Same keys in both places:
//!
//! | key | value |
//! | --- | --- |
//! | `preset` | a preset id, e.g. `ml` |
//! | `weights` | `criterion:level` pairs, e.g. `ai_ml:9,real_time:2` |
//! | `theme` | `light`, `dark` or `auto` (the default) |
//! | `criteria` | the criteria to show, e.g. `ai_ml,real_time` (others count 0) |
//! | `heading` | a heading, at most 120 characters (`title` is an alias; on the custom element it would also be a tooltip) |
//! | `sort` | `default`, `importance` or `impact` |
//! | `layout` | `compact` (one row per criterion, the embed default) or `cards` |
//!
//! Like share links, a bad value never stops the widget: it is reported and
//! falls back to the default. Input is bounded the same way as share links:
//! a query or a value longer than `settings::MAX_LINK_LEN` is not read,
//! at most `settings::MAX_SETTINGS` settings are, and a notice lists only
//! the first few problems (`problem_lines`).
//!
//! `read` turns settings into an `EmbedConfig`; `snippets` writes the
//! settings for a state and the snippets a host pastes.

mod read;
mod snippets;
#[cfg(test)]
mod tests;

pub use read::{data_address, parse_embed, parse_query};
pub use snippets::{
    element_snippet, embed_settings, frame_url, hugo_snippet, iframe_snippet, iframe_snippet_for,
    jekyll_snippet, FRAME_PAGE,
};

use crate::dataset::Dataset;
use crate::settings::ShareState;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub fn id(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn from_id(id: &str) -> Option<Theme> {
        [Theme::Auto, Theme::Light, Theme::Dark]
            .into_iter()
            .find(|t| t.id() == id)
    }
}

/// How the criteria are laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Layout {
    /// One card per criterion with its evidence open: the app's own page.
    #[default]
    Cards,
    /// One row per criterion, evidence on demand: short enough for a post.
    Compact,
}

impl Layout {
    pub fn id(self) -> &'static str {
        match self {
            Layout::Cards => "cards",
            Layout::Compact => "compact",
        }
    }

    pub fn from_id(id: &str) -> Option<Layout> {
        [Layout::Cards, Layout::Compact]
            .into_iter()
            .find(|l| l.id() == id)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct EmbedConfig {
    pub start: ShareState,
    pub theme: Theme,
    /// Criterion indices to show, in dataset order; `None` shows all.
    pub criteria: Option<Vec<usize>>,
    pub title: Option<String>,
    /// Compact unless the author asks for cards.
    pub layout: Layout,
}

impl EmbedConfig {
    pub fn defaults(dataset: &Dataset) -> EmbedConfig {
        EmbedConfig {
            start: ShareState::defaults(dataset),
            theme: Theme::Auto,
            criteria: None,
            title: None,
            layout: Layout::Compact,
        }
    }

    /// Whether criterion `c` is shown.
    pub fn shows(&self, c: usize) -> bool {
        self.criteria.as_ref().is_none_or(|list| list.contains(&c))
    }
}
