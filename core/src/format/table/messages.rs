//! The importer's messages: a list that stops growing after a few dozen,
//! and names from the table quoted and cut short.

use crate::text::clipped;

/// The most problems listed; a person fixes those and pastes again.
const MAX_MESSAGES: usize = 50;

#[derive(Default)]
pub(super) struct Messages {
    list: Vec<String>,
    more: usize,
}

impl Messages {
    pub(super) fn push(&mut self, message: String) {
        if self.list.len() < MAX_MESSAGES {
            self.list.push(message);
        } else {
            self.more += 1;
        }
    }

    pub(super) fn finish(mut self) -> Vec<String> {
        if self.more > 0 {
            self.list.push(format!("…and {} more", self.more));
        }
        self.list
    }
}

/// `"Speed"`, cut short when long.
pub(super) fn quoted(name: &str) -> String {
    format!("\"{}\"", clipped(name, 60))
}
