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
    pub fn with_imported(&self, imported: Imported) -> Option<String> {
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
