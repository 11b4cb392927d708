//! Edits to a score and its evidence: the value and range, the contested
//! note (which needs a range), the citations, and the sources they name.

use super::{gone, new_name, score, unique_id};
use crate::l10n::{msg, Sentence, Words};
use crate::dataset::{Citation, Dataset, Score, Source};

pub(super) fn set(s: &mut Score, value: f64, range: Option<[f64; 2]>) {
    s.value = value;
    s.range = range;
    if range.is_none() {
        s.contested = None;
    }
}

pub(super) fn contested(s: &mut Score, text: String) -> Result<(), Sentence> {
    if s.range.is_none() && !text.trim().is_empty() {
        return Err(Sentence::new(msg::AUTHOR_EDIT_RANGE_FIRST));
    }
    s.contested = Some(text).filter(|t| !t.trim().is_empty());
    Ok(())
}

/// A citation of the first source, made first when there is none.
pub(super) fn add_citation(d: &mut Dataset, criterion: usize, option: usize, words: &Words) -> Result<(), Sentence> {
    if d.sources.is_empty() {
        d.sources.push(Source {
            id: "source_1".into(),
            title: new_name(words, "source", 1),
            publisher: String::new(),
            url: None,
        });
    }
    let source = d.sources[0].id.clone();
    score(d, criterion, option)?.citations.push(Citation {
        source,
        quote: String::new(),
        correction: None,
        caveat: None,
    });
    Ok(())
}

pub(super) fn citation(
    s: &mut Score,
    index: usize,
    source: String,
    quote: String,
) -> Result<(), Sentence> {
    let c = s.citations.get_mut(index).ok_or_else(|| gone("citation"))?;
    c.source = source;
    c.quote = quote;
    Ok(())
}

pub(super) fn remove_citation(s: &mut Score, index: usize) -> Result<(), Sentence> {
    if index >= s.citations.len() {
        return Err(gone("citation"));
    }
    s.citations.remove(index);
    Ok(())
}

pub(super) fn add_source(d: &mut Dataset, words: &Words) {
    let n = d.sources.len() + 1;
    let id = unique_id("source", d.sources.iter().map(|s| s.id.as_str()));
    d.sources.push(Source {
        id,
        title: new_name(words, "source", n),
        publisher: String::new(),
        url: None,
    });
}

pub(super) fn source(
    d: &mut Dataset,
    index: usize,
    title: String,
    publisher: String,
    url: String,
) -> Result<(), Sentence> {
    let s = d.sources.get_mut(index).ok_or_else(|| gone("source"))?;
    s.title = title;
    s.publisher = publisher;
    s.url = Some(url).filter(|u| !u.trim().is_empty());
    Ok(())
}
