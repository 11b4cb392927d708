//! Replacing the whole draft (with the template, the built-in comparison
//! or an imported table): a draft someone worked on asks first, and Undo
//! brings it back.

use std::cell::RefCell;
use std::rc::Rc;

use std::sync::Arc;

use versus_core::dataset::to_json;
use versus_core::json::pretty;
use versus_core::l10n::{msg, Arg, Words};
use versus_core::table::Imported;
use yew::Callback;

use crate::hooks::Change;
use crate::platform;

#[derive(Clone)]
pub struct Replace {
    change: Callback<Change>,
    /// The draft as it is now (a fetch may finish renders later).
    latest: Rc<RefCell<String>>,
    /// The draft nobody has worked on yet: replaced without asking.
    pristine: &'static str,
    words: Arc<Words>,
}

impl Replace {
    pub fn new(
        change: Callback<Change>,
        latest: Rc<RefCell<String>>,
        pristine: &'static str,
        words: Arc<Words>,
    ) -> Replace {
        Replace {
            change,
            latest,
            pristine,
            words,
        }
    }

    /// Puts `text` in place of the draft, once the author agrees to
    /// `question` (unless the draft is untouched); whether it did.
    pub fn with(&self, text: String, question: &str) -> bool {
        let pristine = {
            let draft = self.latest.borrow();
            *draft == self.pristine || draft.trim().is_empty()
        };
        let agreed = pristine || platform::confirm(question);
        if agreed {
            self.change.emit(Change {
                text,
                typing: false,
            });
        }
        agreed
    }

    /// Puts an imported table in place of the draft (asking first, as
    /// `with` does); what to tell the author, or `None` if they declined.
    pub fn with_imported(&self, mut imported: Imported) -> Option<String> {
        in_words(&mut imported.dataset, &self.words);
        let d = &imported.dataset;
        let question = self.words.label(msg::AUTHOR_REPLACE_WITH_TABLE);
        if !self.with(pretty(&to_json(d)), &question) {
            return None;
        }
        let mut said = vec![self.words.say(
            msg::AUTHOR_IMPORTED,
            &[
                ("criteria", Arg::count(d.criteria.len())),
                ("options", Arg::count(d.technologies.len())),
                ("format", Arg::text(imported.format.id())),
            ],
        )];
        said.extend(imported.notes.iter().map(|note| versus_core::authoring::skipped_column(&self.words, note)));
        Some(said.join(" "))
    }
}

/// An imported table's title ("Tea, Milk or Coffee?") and its suggested
/// preset, which the importer names in English, in the page's words.
fn in_words(d: &mut versus_core::Dataset, words: &Words) {
    let names: Vec<String> = d.technologies.iter().map(|t| t.name.clone()).collect();
    if let Some((last, rest)) = names.split_last().filter(|(_, rest)| !rest.is_empty()) {
        let title = words.say(msg::AUTHOR_IMPORTED_TITLE, &[("first", Arg::text(&words.list(rest))), ("last", Arg::text(last))]);
        // The importer keeps a title within the limit; a longer one in
        // another language keeps the importer's.
        if title.chars().count() <= versus_core::dataset::MAX_TEXT_CHARS {
            d.title = title;
        }
    }
    for preset in d.presets.iter_mut().filter(|p| p.id == "suggested") {
        preset.name = words.label(msg::AUTHOR_SUGGESTED_PRESET);
        preset.description = words.label(msg::AUTHOR_SUGGESTED_DESCRIPTION);
    }
}
