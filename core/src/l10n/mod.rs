//! Localization: the catalogs in `l10n/*.ftl` (Project Fluent syntax), the
//! locales, their plural rules and number formats, and `Words`, which says
//! a message in one locale. Everything the app writes goes through it;
//! sentences are whole per locale, built from variables.

pub mod ftl;
mod locale;
mod number;
mod plural;
mod sentence;
mod words;

pub use locale::Locale;
pub use number::localized;
pub use plural::category;
pub use sentence::Sentence;
pub use words::{Arg, Args, Msg, Words};

// `ENGLISH` (compiled in, the fallback), `COMPILED` (every catalog's
// compact form by tag, for the build's pages and files; unused by the
// app, so the WASM carries only English) and `msg` (a constant per
// message), written by `core/build.rs`.
include!(concat!(env!("OUT_DIR"), "/catalogs.rs"));

/// Where the build puts `locale`'s catalog (`l10n/de-<hash>.json`);
/// `None` for English, which the app carries.
pub fn catalog_file(locale: Locale) -> Option<&'static str> {
    CATALOG_FILES
        .iter()
        .find(|(tag, _)| *tag == locale.tag())
        .map(|(_, file)| *file)
}

/// The compact catalog of `locale`, as the build compiled it.
pub fn compiled(locale: Locale) -> &'static str {
    COMPILED
        .iter()
        .find(|(tag, _)| *tag == locale.tag())
        .map_or(ENGLISH, |(_, compact)| compact)
}

#[cfg(test)]
mod tests;
