//! What the post-build hook computes, as functions that can be tested.

pub mod author_build;
pub mod csp;
pub mod headers;
pub mod html;
pub mod imports;
pub mod languages;
pub mod minify;
pub mod oembed;
pub mod pages;
pub mod precache;
pub mod start;
pub mod template;

pub use csp::{page_csp, with_csp_meta};
pub use oembed::{oembed_json, public_url, with_oembed_link};
pub use precache::{hashed_file, precache_integrity, site_files, staged_files, version_id};
pub use template::{fill_template, Filling};
