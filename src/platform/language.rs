//! The language the app speaks: the page's (the build writes each
//! locale's pages with `lang`, `dir` and their catalog in
//! `<script type="application/json" id="versus-words">`), an element's
//! (its loader fetched the catalog), and the reader's choice in the switch.

use std::sync::Arc;

use versus_core::l10n::{Locale, Words};

use super::dom::document;
use super::storage;
use crate::words::SharedWords;

/// Where the switch's choice is remembered; the page's first script reads
/// it too, before the first paint.
const CHOICE_KEY: &str = "versus:lang";

/// `locale`'s words from its compact catalog, or English when there is
/// none or it cannot be read (the page still works, in English).
pub fn words_of(locale: Locale, catalog: Option<&str>) -> SharedWords {
    match catalog.map(|text| Words::read(locale, text)) {
        Some(Ok(words)) => SharedWords(Arc::new(words)),
        _ => SharedWords::default(),
    }
}

/// The words of this page: its `lang`, and the catalog the build put in it.
pub fn page_words() -> SharedWords {
    let Some(doc) = document() else {
        return SharedWords::default();
    };
    let locale = doc
        .document_element()
        .and_then(|html| html.get_attribute("lang"))
        .and_then(|tag| Locale::from_tag(&tag))
        .unwrap_or(Locale::En);
    if locale == Locale::En {
        return SharedWords::default();
    }
    let catalog = doc
        .get_element_by_id("versus-words")
        .and_then(|script| script.text_content());
    words_of(locale, catalog.as_deref())
}

/// Whether the reader chose this page's language with the switch, or its
/// address names one (`?lang=`).
pub fn page_language_chosen(query: &str) -> bool {
    storage::load(CHOICE_KEY).is_some() || query_names_language(query)
}

/// Whether a query (`?a=1&lang=de`) has a `lang` setting.
pub fn query_names_language(query: &str) -> bool {
    query
        .trim_start_matches('?')
        .split('&')
        .any(|pair| pair.starts_with("lang="))
}

/// The words wanted, from the build's files: `locale`'s (for a comparison
/// that declares its language) or else `words`, with the fault words of
/// that locale when `with_faults` (a notice lists a dataset's problems:
/// the reader's build fetches those words only then). `None` when a file
/// cannot be had (offline before it was ever fetched).
pub async fn fetch_words(words: &SharedWords, locale: Option<Locale>, with_faults: bool) -> Option<SharedWords> {
    let mut words = (*words.0).clone();
    if let Some(locale) = locale {
        words = match versus_core::l10n::catalog_file(locale) {
            Some(file) => Words::read(locale, &fetch(file).await?).ok()?,
            None => Words::english(),
        };
    }
    if with_faults {
        let file = versus_core::l10n::fault_words_file(words.locale())?;
        words = words.with_more(&fetch(file).await?).ok()?;
    }
    Some(SharedWords(Arc::new(words)))
}

async fn fetch(file: &str) -> Option<String> {
    let url = format!("{}{file}", super::site::site());
    Some(super::dataset_text::fetch_text(&url).await.ok()?.text)
}

/// The authoring page's language: its address's `lang=`, then the
/// switch's remembered choice, then the browser's languages; English
/// where Versus speaks none of them.
#[cfg(feature = "author")]
fn authoring_locale(query: &str) -> Locale {
    let asked = query
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("lang="))
        .map(str::to_string);
    let browser = web_sys::window()
        .map(|w| w.navigator().languages().iter().filter_map(|l| l.as_string()).collect::<Vec<_>>())
        .unwrap_or_default();
    asked
        .into_iter()
        .chain(storage::load(CHOICE_KEY))
        .chain(browser)
        .find_map(|tag| Locale::from_tag(&tag))
        .unwrap_or(Locale::En)
}

/// The authoring page's words: English, compiled into its build, or
/// another locale's catalog with its authoring and fault words, fetched
/// (English where they cannot be had). Also sets the page's `lang` and `dir`.
#[cfg(feature = "author")]
pub async fn authoring_words(query: &str) -> SharedWords {
    let locale = authoring_locale(query);
    let fetched = async {
        let catalog = fetch(versus_core::l10n::catalog_file(locale)?).await?;
        let more = fetch(versus_core::l10n::author_words_file(locale)?).await?;
        Words::read(locale, &catalog).ok()?.with_more(&more).ok()
    };
    let words = match locale {
        Locale::En => None,
        _ => fetched.await,
    }
    .map_or_else(SharedWords::default, |words| SharedWords(Arc::new(words)));
    if let Some(html) = document().and_then(|d| d.document_element()) {
        let _ = html.set_attribute("lang", words.0.locale().tag());
        let _ = html.set_attribute("dir", words.0.locale().dir());
    }
    words
}

/// Remembers `locale` and opens the app's page in it (`/`, `/de/`), with
/// the reader's state (the fragment) kept.
pub fn switch_to(locale: Locale) {
    let _ = storage::save(CHOICE_KEY, locale.tag());
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let hash = location.hash().unwrap_or_default();
    let page = match locale {
        Locale::En => String::from("/"),
        other => format!("/{}/", other.tag()),
    };
    let _ = location.assign(&format!("{page}{hash}"));
}
