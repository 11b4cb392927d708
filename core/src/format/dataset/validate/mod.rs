//! What makes a dataset usable, beyond its shape: ids that are unique and
//! refer to something, scores on the scale, citations that name a source,
//! and limits that keep a page responsive. Every problem names its path.

use std::collections::BTreeSet;

mod scores;

use super::limits::*;
use super::{Dataset, Fault, Problem, MAX_LEVEL};
use crate::text::{is_blank, is_web_address, seen_as, shown};

/// Every problem with `dataset`, in document order.
pub(super) fn problems(dataset: &Dataset) -> Vec<Problem> {
    let mut check = Check {
        dataset,
        technologies: id_set(dataset.technologies.iter().map(|t| t.id.as_str())),
        criteria: id_set(dataset.criteria.iter().map(|c| c.id.as_str())),
        sources: id_set(dataset.sources.iter().map(|s| s.id.as_str())),
        corrections: id_set(dataset.corrections.iter().map(|x| x.id.as_str())),
        problems: Vec::new(),
    };
    check.counts();
    // Past a count limit, checking every item against every other (each
    // criterion for each technology) could mean millions of messages about
    // a file that is wrong for one reason: its size. Say that alone.
    if !check.problems.is_empty() && over_a_limit(dataset) {
        return check.problems;
    }
    check.ids();
    check.texts();
    check.names();
    for (ci, _) in dataset.criteria.iter().enumerate() {
        check.criterion(ci);
    }
    for (pi, _) in dataset.presets.iter().enumerate() {
        check.preset(pi);
    }
    for (xi, correction) in dataset.corrections.iter().enumerate() {
        let path = format!("corrections[{xi}]");
        if correction.claims.iter().any(|c| is_blank(c)) {
            check.push(format!("{path}.claims"), Fault::BlankClaim);
        }
        for (si, source) in correction.sources.iter().enumerate() {
            check.source_ref(&format!("{path}.sources[{si}]"), source);
        }
    }
    check.problems
}

struct Check<'a> {
    dataset: &'a Dataset,
    // The ids each list has, so a reference is looked up, not searched for:
    // a hostile file can hold thousands of each.
    technologies: BTreeSet<&'a str>,
    criteria: BTreeSet<&'a str>,
    sources: BTreeSet<&'a str>,
    corrections: BTreeSet<&'a str>,
    problems: Vec<Problem>,
}

/// The ids, inserted one by one: `collect()` into a set sorts first, and
/// that brought a standard-library sort (about 4 KB) into the reader's WASM.
fn id_set<'a>(ids: impl Iterator<Item = &'a str>) -> BTreeSet<&'a str> {
    let mut set = BTreeSet::new();
    for id in ids {
        set.insert(id);
    }
    set
}

impl Check<'_> {
    fn push(&mut self, path: impl Into<String>, fault: Fault) {
        self.problems.push(Problem::new(path, fault));
    }

    /// `list`'s length `n` against its bounds; `list` is also its path.
    fn count(&mut self, list: &'static str, n: usize, min: usize, max: usize) {
        if n == 0 && min == 1 {
            self.push(list, Fault::EmptyList);
        } else if n < min {
            self.push(list, Fault::TooFew { list, min, found: n });
        } else if n > max {
            self.push(list, Fault::TooMany { list, found: n, max });
        }
    }

    fn counts(&mut self) {
        let d = self.dataset;
        self.count("technologies", d.technologies.len(), MIN_TECHNOLOGIES, MAX_TECHNOLOGIES);
        self.count("criteria", d.criteria.len(), MIN_CRITERIA, MAX_CRITERIA);
        self.count("sources", d.sources.len(), 0, MAX_SOURCES);
        self.count("presets", d.presets.len(), 0, MAX_PRESETS);
        self.count("corrections", d.corrections.len(), 0, MAX_CORRECTIONS);
        if d.default_weight > MAX_LEVEL {
            let number = d.default_weight.to_string();
            self.push("default_weight", Fault::AboveTop { number });
        }
    }

    fn ids(&mut self) {
        let d = self.dataset;
        let lists: [(&str, Vec<&String>); 5] = [
            (
                "technologies",
                d.technologies.iter().map(|t| &t.id).collect(),
            ),
            ("sources", d.sources.iter().map(|s| &s.id).collect()),
            ("criteria", d.criteria.iter().map(|c| &c.id).collect()),
            ("presets", d.presets.iter().map(|p| &p.id).collect()),
            ("corrections", d.corrections.iter().map(|x| &x.id).collect()),
        ];
        for (list, ids) in lists {
            let mut seen = BTreeSet::new();
            for (i, id) in ids.into_iter().enumerate() {
                let path = format!("{list}[{i}].id");
                if let Some(fault) = id_problem(id) {
                    self.push(path, fault);
                } else if !seen.insert(id) {
                    self.push(path, Fault::UsedEarlier { text: shown(id) });
                } else if list == "criteria" && RESERVED_CRITERION_IDS.contains(&id.as_str()) {
                    self.push(path, Fault::ReservedId { id: shown(id) });
                }
            }
        }
    }

    /// Every text: not blank where required, never longer than the limit.
    fn texts(&mut self) {
        let d = self.dataset;
        let mut texts: Vec<(String, &str, bool)> = vec![("title".into(), d.title.as_str(), true)];
        if let Some(description) = &d.description {
            texts.push(("description".into(), description, true));
        }
        for (i, t) in d.technologies.iter().enumerate() {
            texts.push((format!("technologies[{i}].name"), &t.name, true));
        }
        for (i, s) in d.sources.iter().enumerate() {
            texts.push((format!("sources[{i}].title"), &s.title, true));
            texts.push((format!("sources[{i}].publisher"), &s.publisher, true));
            if let Some(url) = &s.url {
                let path = format!("sources[{i}].url");
                texts.push((path.clone(), url, true));
                if !is_web_address(url) {
                    self.push(path, Fault::NotAWebAddress);
                }
            }
        }
        for (i, c) in d.criteria.iter().enumerate() {
            texts.push((format!("criteria[{i}].name"), &c.name, true));
            texts.push((format!("criteria[{i}].question"), &c.question, true));
            texts.push((format!("criteria[{i}].measures"), &c.measures, false));
            for (j, s) in c.scores.iter().enumerate() {
                texts.push((
                    format!("criteria[{i}].scores[{j}].rationale"),
                    &s.rationale,
                    false,
                ));
                if let Some(note) = &s.contested {
                    texts.push((format!("criteria[{i}].scores[{j}].contested"), note, true));
                }
            }
        }
        for (i, p) in d.presets.iter().enumerate() {
            texts.push((format!("presets[{i}].name"), &p.name, true));
            texts.push((format!("presets[{i}].description"), &p.description, false));
        }
        for (i, x) in d.corrections.iter().enumerate() {
            texts.push((format!("corrections[{i}].topic"), &x.topic, true));
            texts.push((format!("corrections[{i}].correction"), &x.correction, true));
        }
        for (path, text, required) in texts {
            if required && is_blank(text) {
                self.push(path, Fault::Blank);
            } else if text.chars().count() > MAX_TEXT_CHARS {
                self.push(path, Fault::TooLong { max: MAX_TEXT_CHARS });
            }
        }
    }

    /// Names a reader picks from are told apart as they are seen: two that
    /// differ only by invisible characters or spacing are one name twice.
    fn names(&mut self) {
        let d = self.dataset;
        let lists: [(&str, Vec<&String>); 3] = [
            (
                "technologies",
                d.technologies.iter().map(|t| &t.name).collect(),
            ),
            ("criteria", d.criteria.iter().map(|c| &c.name).collect()),
            ("presets", d.presets.iter().map(|p| &p.name).collect()),
        ];
        for (list, names) in lists {
            let mut seen = BTreeSet::new();
            for (i, name) in names.into_iter().enumerate() {
                let visible = seen_as(name);
                let disguised = visible != *name;
                if !visible.is_empty() && !seen.insert(visible) {
                    let fault = if disguised {
                        Fault::ReadsLikeEarlier { name: shown(name) }
                    } else {
                        Fault::UsedEarlier { text: shown(name) }
                    };
                    self.push(format!("{list}[{i}].name"), fault);
                }
            }
        }
    }
}

fn over_a_limit(d: &Dataset) -> bool {
    d.technologies.len() > MAX_TECHNOLOGIES
        || d.criteria.len() > MAX_CRITERIA
        || d.sources.len() > MAX_SOURCES
        || d.presets.len() > MAX_PRESETS
        || d.corrections.len() > MAX_CORRECTIONS
}

/// Why `id` cannot be used, if it cannot.
fn id_problem(id: &str) -> Option<Fault> {
    if id.is_empty() {
        Some(Fault::Blank)
    } else if id.chars().count() > MAX_ID_CHARS {
        Some(Fault::TooLong { max: MAX_ID_CHARS })
    } else if !id
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
    {
        Some(Fault::IdCharacters { id: shown(id) })
    } else {
        None
    }
}
