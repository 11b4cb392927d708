//! The importer's messages: a list that stops growing after a few dozen,
//! and names from the table quoted and cut short.

use super::problem::TableProblem;
use crate::text::clipped;

/// The most problems listed; a person fixes those and pastes again.
const MAX_MESSAGES: usize = 50;

#[derive(Default)]
pub(super) struct Messages {
    list: Vec<TableProblem>,
    more: usize,
}

impl Messages {
    pub(super) fn push(&mut self, message: TableProblem) {
        if self.list.len() < MAX_MESSAGES {
            self.list.push(message);
        } else {
            self.more += 1;
        }
    }

    pub(super) fn finish(mut self) -> Vec<TableProblem> {
        if self.more > 0 {
            self.list.push(TableProblem::More { count: self.more });
        }
        self.list
    }
}

/// A name from the table as a message quotes it: cut short when long.
pub(super) fn quoted(name: &str) -> String {
    clipped(name, 60)
}
