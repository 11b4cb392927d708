//! What makes a dataset usable, beyond its shape: ids that are unique and
//! refer to something, scores on the scale, citations that name a source,
//! and limits that keep a page responsive. Every problem names its path.

use std::collections::BTreeSet;

use super::limits::*;
use super::{Citation, Dataset, Problem, MAX_LEVEL};
use crate::text::{is_blank, is_web_address, message_number, seen_as, shown};

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
            check.push(format!("{path}.claims"), "a claim must not be empty");
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
    fn push(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem::new(path, message));
    }

    fn count(&mut self, path: &str, n: usize, min: usize, max: usize, what: &str) {
        if n == 0 && min == 1 {
            self.push(path, "is empty; at least one is needed");
        } else if n < min {
            self.push(path, format!("needs at least {min} {what}, found {n}"));
        } else if n > max {
            self.push(
                path,
                format!("has {n} {what}; the most Versus shows is {max}"),
            );
        }
    }

    fn counts(&mut self) {
        let d = self.dataset;
        self.count(
            "technologies",
            d.technologies.len(),
            MIN_TECHNOLOGIES,
            MAX_TECHNOLOGIES,
            "technologies",
        );
        self.count(
            "criteria",
            d.criteria.len(),
            MIN_CRITERIA,
            MAX_CRITERIA,
            "criteria",
        );
        self.count("sources", d.sources.len(), 0, MAX_SOURCES, "sources");
        self.count("presets", d.presets.len(), 0, MAX_PRESETS, "presets");
        self.count(
            "corrections",
            d.corrections.len(),
            0,
            MAX_CORRECTIONS,
            "corrections",
        );
        if d.default_weight > MAX_LEVEL {
            self.push(
                "default_weight",
                format!("{} is above {MAX_LEVEL}", d.default_weight),
            );
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
                if let Some(message) = id_problem(id) {
                    self.push(path, message);
                } else if !seen.insert(id) {
                    self.push(path, format!("{} is used by an earlier entry", shown(id)));
                } else if list == "criteria" && RESERVED_CRITERION_IDS.contains(&id.as_str()) {
                    self.push(
                        path,
                        format!(
                            "{} is reserved for share links; choose another id",
                            shown(id)
                        ),
                    );
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
                    self.push(
                        path,
                        "must be a web address starting with https:// or http://",
                    );
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
                self.push(path, "must not be empty");
            } else if text.chars().count() > MAX_TEXT_CHARS {
                self.push(path, format!("is longer than {MAX_TEXT_CHARS} characters"));
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
                    let message = if disguised {
                        "reads the same as the name of an earlier entry: invisible characters and spacing do not tell names apart"
                    } else {
                        "is used by an earlier entry"
                    };
                    self.push(
                        format!("{list}[{i}].name"),
                        format!("{} {message}", shown(name)),
                    );
                }
            }
        }
    }

    fn criterion(&mut self, ci: usize) {
        let d = self.dataset;
        let criterion = &d.criteria[ci];
        let path = format!("criteria[{ci}]");
        let mut seen = BTreeSet::new();
        for (si, score) in criterion.scores.iter().enumerate() {
            let at = format!("{path}.scores[{si}]");
            let tid = &score.technology;
            if !self.technologies.contains(tid.as_str()) {
                self.push(
                    format!("{at}.technology"),
                    format!("{} is not one of the technologies", shown(tid)),
                );
            } else if !seen.insert(tid.as_str()) {
                self.push(
                    format!("{at}.technology"),
                    format!("{} is scored twice in this criterion", shown(tid)),
                );
            }
            let max = f64::from(MAX_LEVEL);
            if score.value < 0.0 {
                self.push(
                    format!("{at}.value"),
                    format!("{} is below 0", message_number(score.value)),
                );
            } else if score.value > max {
                self.push(
                    format!("{at}.value"),
                    format!("{} is above {MAX_LEVEL}", message_number(score.value)),
                );
            }
            if let Some([low, high]) = score.range {
                if !(0.0 <= low && low <= score.value && score.value <= high && high <= max) {
                    self.push(
                        format!("{at}.range"),
                        format!(
                            "[{}, {}] must hold the score {} and stay within 0 to {MAX_LEVEL}",
                            message_number(low),
                            message_number(high),
                            message_number(score.value)
                        ),
                    );
                }
            }
            // A range without its note, and a score without a citation, are
            // work still to do (`remaining`), not a file the widget cannot
            // show: an author who pasted a table previews it first.
            if score.contested.is_some() && score.range.is_none() {
                self.push(
                    format!("{at}.range"),
                    "a `contested` note needs the range of scores the sources support",
                );
            }
            if score.citations.len() > MAX_CITATIONS_PER_SCORE {
                self.push(
                    format!("{at}.citations"),
                    format!(
                        "has {} citations; at most {MAX_CITATIONS_PER_SCORE}",
                        score.citations.len()
                    ),
                );
            }
            for (qi, citation) in score.citations.iter().enumerate() {
                self.citation(&format!("{at}.citations[{qi}]"), citation);
            }
        }
        for technology in &d.technologies {
            if !seen.contains(technology.id.as_str()) {
                self.push(
                    format!("{path}.scores"),
                    format!("has no score for {}", shown(&technology.id)),
                );
            }
        }
    }

    fn source_ref(&mut self, path: &str, source: &str) {
        if !self.sources.contains(source) {
            self.push(
                path,
                format!("{} is not in the list of sources", shown(source)),
            );
        }
    }

    fn citation(&mut self, path: &str, citation: &Citation) {
        self.source_ref(&format!("{path}.source"), &citation.source);
        let words = citation.quote.split_whitespace().count();
        if is_blank(&citation.quote) {
            self.push(format!("{path}.quote"), "must not be empty");
        } else if words > MAX_QUOTE_WORDS_ANY {
            self.push(
                format!("{path}.quote"),
                format!("has {words} words; quote at most {MAX_QUOTE_WORDS_ANY}"),
            );
        } else if citation.quote.chars().count() > MAX_TEXT_CHARS {
            self.push(
                format!("{path}.quote"),
                format!("is longer than {MAX_TEXT_CHARS} characters"),
            );
        }
        if citation.caveat.as_deref().is_some_and(is_blank) {
            self.push(format!("{path}.caveat"), "must not be empty");
        }
        if let Some(id) = &citation.correction {
            if !self.corrections.contains(id.as_str()) {
                self.push(
                    format!("{path}.correction"),
                    format!("{} is not in the list of corrections", shown(id)),
                );
            }
        }
    }

    fn preset(&mut self, pi: usize) {
        let d = self.dataset;
        let preset = &d.presets[pi];
        let path = format!("presets[{pi}]");
        for (criterion, &weight) in &preset.weights {
            let at = format!("{path}.weights.{criterion}");
            if !self.criteria.contains(criterion.as_str()) {
                self.push(
                    at.clone(),
                    format!("{} is not one of the criteria", shown(criterion)),
                );
            }
            if weight > MAX_LEVEL {
                self.push(at, format!("{weight} is above {MAX_LEVEL}"));
            }
        }
        if let Some(recommended) = &preset.recommended {
            if let Some(t) = &recommended.technology {
                if !self.technologies.contains(t.as_str()) {
                    self.push(
                        format!("{path}.recommended.technology"),
                        format!("{} is not one of the technologies", shown(t)),
                    );
                }
            }
            if recommended.citations.is_empty() {
                self.push(
                    format!("{path}.recommended.citations"),
                    "a recommendation needs at least one citation",
                );
            }
            for (qi, citation) in recommended.citations.iter().enumerate() {
                self.citation(&format!("{path}.recommended.citations[{qi}]"), citation);
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
fn id_problem(id: &str) -> Option<String> {
    if id.is_empty() {
        Some("must not be empty".to_string())
    } else if id.chars().count() > MAX_ID_CHARS {
        Some(format!("is longer than {MAX_ID_CHARS} characters"))
    } else if !id
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
    {
        Some(format!(
            "{} may use only letters, digits, `_`, `-` and `.`",
            shown(id)
        ))
    } else {
        None
    }
}
