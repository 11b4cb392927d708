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

// `ENGLISH` (compiled in, the fallback; in the reader's WASM without the
// fault words), `COMPILED`, `FOR_READER` and `FAULTS` (every catalog's
// compact form by tag: whole, without its fault words, and those alone,
// for the build's pages and files and the host; unused by the app, so the
// WASM carries only English), the files of each, and `msg` (a constant
// per message), written by `core/build.rs`.
include!(concat!(env!("OUT_DIR"), "/catalogs.rs"));

/// Where the build puts `locale`'s catalog (`l10n/de-<hash>.json`);
/// `None` for English, which the app carries.
pub fn catalog_file(locale: Locale) -> Option<&'static str> {
    CATALOG_FILES
        .iter()
        .find(|(tag, _)| *tag == locale.tag())
        .map(|(_, file)| *file)
}

/// Where the build puts `locale`'s fault words (`l10n/de-faults-<hash>.json`):
/// what is wrong with a dataset, fetched only when a notice lists problems.
pub fn fault_words_file(locale: Locale) -> Option<&'static str> {
    FAULT_FILES
        .iter()
        .find(|(tag, _)| *tag == locale.tag())
        .map(|(_, file)| *file)
}

/// Where the build puts `locale`'s authoring words, with its fault words
/// (`l10n/de-author-<hash>.json`); `None` for English, which the authoring
/// build carries.
pub fn author_words_file(locale: Locale) -> Option<&'static str> {
    AUTHOR_FILES
        .iter()
        .find(|(tag, _)| *tag == locale.tag())
        .map(|(_, file)| *file)
}

/// `locale`'s authoring words and fault words: the file `author_words_file` names.
pub fn author_words(locale: Locale) -> &'static str {
    tagged(FOR_AUTHOR, locale)
}

/// The compact catalog of `locale`, whole, as the build compiled it.
pub fn compiled(locale: Locale) -> &'static str {
    tagged(COMPILED, locale)
}

/// `locale`'s catalog without its fault words: what a reader's page and
/// catalog file carry.
pub fn for_reader(locale: Locale) -> &'static str {
    tagged(FOR_READER, locale)
}

/// `locale`'s fault words alone: the file `fault_words_file` names.
pub fn fault_words(locale: Locale) -> &'static str {
    tagged(FAULTS, locale)
}

fn tagged(list: &'static [(&str, &str)], locale: Locale) -> &'static str {
    list.iter()
        .find(|(tag, _)| *tag == locale.tag())
        .map_or(ENGLISH, |(_, compact)| compact)
}

#[cfg(test)]
mod tests;
