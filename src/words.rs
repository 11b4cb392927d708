//! The words the app speaks in, shared: one locale's `Words` behind an
//! `Arc` (the build pre-renders pages on threads). The page or the embed
//! decides the locale (`platform::language`); components read it through
//! `hooks::use_words`.

use std::sync::Arc;

use versus_core::l10n::Words;

/// One locale's words; equal when the same words, so words that grew
/// (the fault words, fetched when a notice lists problems) reach every
/// component that reads them.
#[derive(Debug, Clone)]
pub struct SharedWords(pub Arc<Words>);

impl PartialEq for SharedWords {
    fn eq(&self, other: &SharedWords) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

thread_local! {
    /// English is read from its compact form once, whoever asks; when
    /// pre-rendering, with the `page-*` messages only pages say.
    static ENGLISH: Arc<Words> = Arc::new(english());
}

#[cfg(not(feature = "ssr"))]
fn english() -> Words {
    Words::english()
}

#[cfg(feature = "ssr")]
fn english() -> Words {
    use versus_core::l10n::{compiled, Locale};
    Words::read_as_is(Locale::En, compiled(Locale::En)).unwrap_or_else(|_| Words::english())
}

impl Default for SharedWords {
    fn default() -> SharedWords {
        SharedWords(ENGLISH.with(Arc::clone))
    }
}
