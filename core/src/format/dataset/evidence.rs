//! The built-in comparison in two parts: what the widget needs to take
//! over the page and recompute (names, questions, scores and their
//! ranges, rationale, presets), compiled into the reader's WASM; and the
//! evidence a reader reads only on opening it (quotes, their caveats, the
//! notes on disputed claims, the corrections), read from `dataset.json`
//! when first asked for. A reader who never opens a source never pays for
//! the quotes; the pre-rendered page has them all for the first paint.

use super::Dataset;

/// What stands in for evidence not loaded yet: the reader never sees it
/// (the app says "loading" instead), and it passes validation.
pub const PENDING: &str = "…";

impl Dataset {
    /// The dataset without its evidence: quotes, caveats, notes on
    /// disputed claims, corrections and the sources' titles, publishers and
    /// addresses stand as `PENDING` (or none). Which scores
    /// are cited, contested and corrected is kept (the cards count them).
    pub fn without_evidence(&self) -> Dataset {
        let mut d = self.clone();
        for criterion in &mut d.criteria {
            for score in &mut criterion.scores {
                if let Some(note) = &mut score.contested {
                    *note = PENDING.to_string();
                }
                for citation in &mut score.citations {
                    citation.quote = PENDING.to_string();
                    citation.caveat = None;
                }
            }
        }
        for correction in &mut d.corrections {
            correction.topic = PENDING.to_string();
            correction.correction = PENDING.to_string();
        }
        // Who wrote each source and where it is show beside the quotes.
        for source in &mut d.sources {
            source.title = PENDING.to_string();
            source.publisher = PENDING.to_string();
            source.url = None;
        }
        d
    }

    /// The reader's core of this comparison as the site serves it: its JSON
    /// and its file's name, `builtin-<fingerprint>.json` (the app, built
    /// first, and the build's last step agree on it).
    pub fn reader_core_file(&self) -> (String, String) {
        let json = super::to_json(&self.for_reader().without_evidence());
        let file = format!("builtin-{}.json", crate::text::fingerprint(&json));
        (json, file)
    }

    /// Whether this (a full dataset) has the evidence of `core`: the same
    /// criteria and technologies, each score cited by the same sources in
    /// the same order, so every quote lands where the reader opens it.
    /// (Compared by shape, not whole: cheaper in the WASM.)
    pub fn completes(&self, core: &Dataset) -> bool {
        self.corrections.len() == core.corrections.len() && cited(self) == cited(core)
    }
}

/// Every score's (criterion, technology, cited sources), in order.
fn cited(d: &Dataset) -> Vec<(&str, &str, Vec<&str>)> {
    d.criteria
        .iter()
        .flat_map(|c| {
            c.scores.iter().map(move |s| {
                let sources = s.citations.iter().map(|x| x.source.as_str()).collect();
                (c.id.as_str(), s.technology.as_str(), sources)
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_core_is_valid_keeps_every_count_and_is_completed_only_by_its_own_evidence() {
        let full = Dataset::from_json(crate::BUILTIN_DATASET_JSON).unwrap().for_reader();
        let core = full.without_evidence();
        let json = super::super::to_json(&core);
        assert_eq!(Dataset::from_json(&json).as_ref(), Ok(&core), "the core reads back, valid");
        assert!(json.len() * 10 < super::super::to_json(&full).len() * 8, "the evidence is at least a fifth");
        let citations = |d: &Dataset| d.criteria.iter().flat_map(|c| &c.scores).map(|s| s.citations.len()).sum::<usize>();
        assert_eq!(citations(&core), citations(&full));
        assert!(full.completes(&core));
        let mut other = full.clone();
        other.criteria[0].scores[0].citations.pop();
        assert!(!other.completes(&core));
    }
}
