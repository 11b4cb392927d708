//! Undo and redo over whole drafts. A draft is a few kilobytes of text, so
//! keeping each version is simpler and safer than inverting every edit.

/// How many earlier versions are kept.
const DEPTH: usize = 200;

#[derive(Debug, Default, Clone, PartialEq)]
pub struct UndoHistory<T> {
    past: Vec<T>,
    future: Vec<T>,
}

impl<T> UndoHistory<T> {
    /// `before` was the draft until a change just made: it is what Undo
    /// brings back, and nothing is left to redo.
    pub fn record(&mut self, before: T) {
        if self.past.len() == DEPTH {
            self.past.remove(0);
        }
        self.past.push(before);
        self.future.clear();
    }

    /// The version before `current`, which Redo will bring back.
    pub fn undo(&mut self, current: T) -> Option<T> {
        let earlier = self.past.pop()?;
        self.future.push(current);
        Some(earlier)
    }

    /// The version `current` was undone from.
    pub fn redo(&mut self, current: T) -> Option<T> {
        let later = self.future.pop()?;
        self.past.push(current);
        Some(later)
    }

    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undo_and_redo_walk_the_versions_and_a_new_change_drops_the_redo() {
        let mut h = UndoHistory::default();
        h.record("a");
        h.record("b");
        assert_eq!(h.undo("c"), Some("b"));
        assert_eq!(h.undo("b"), Some("a"));
        assert_eq!(h.undo("a"), None);
        assert_eq!(h.redo("a"), Some("b"));
        h.record("b");
        assert!(!h.can_redo());
        assert_eq!(h.undo("x"), Some("b"));
    }

    #[test]
    fn keeps_a_bounded_past() {
        let mut h = UndoHistory::default();
        for i in 0..DEPTH + 5 {
            h.record(i);
        }
        let mut n = 0;
        while h.undo(0).is_some() {
            n += 1;
        }
        assert_eq!(n, DEPTH);
    }
}
