//! The decision as a short architecture decision record in Markdown.
//!
//! Every text from the dataset goes through `markdown_text`, every address
//! through `markdown_link`: the dataset is someone else's, the wiki the
//! record is pasted into is ours.

use crate::dataset::Dataset;
use crate::explain::{detail, headline, level_words, reason, Reading};
use crate::l10n::{msg, Arg, Msg, Words};
use crate::text::{markdown_link, markdown_text};
use crate::verdict::Verdict;

/// How many priorities and reasons the record lists.
const LISTED: usize = 5;

/// `date` is passed in (the core has no clock), e.g. "2026-11-22"; `link`
/// is the share link that reopens this decision.
pub fn decision_record(
    words: &Words,
    dataset: &Dataset,
    levels: &[u8],
    verdict: &Verdict,
    date: &str,
    link: &str,
) -> String {
    // The sentences `explain` builds name technologies and criteria: built
    // from escaped names, they are safe as they are.
    let shown = &escaped(dataset);
    let say = |id: Msg, args: &[(&str, Arg)]| words.say(id, args);
    let mut out = format!(
        "# {}\n\n",
        say(msg::RECORD_TITLE, &[("title", Arg::text(shown.title.as_str()))])
    );
    let link = markdown_link(link).unwrap_or_else(|| markdown_text(link));
    out += &format!(
        "- {}\n- {}\n- {}\n\n",
        say(msg::RECORD_DATE, &[("date", Arg::text(&markdown_text(date)))]),
        words.label(msg::RECORD_STATUS),
        say(msg::RECORD_MADE_WITH, &[("link", Arg::text(&link))])
    );

    out += &format!(
        "## {}\n\n{}\n\n",
        words.label(msg::RECORD_CONTEXT),
        words.label(msg::RECORD_CONTEXT_INTRO)
    );
    let mut ranked: Vec<usize> = (0..levels.len()).filter(|&c| levels[c] > 0).collect();
    crate::small_sort::sort_by_key(&mut ranked, |&c| std::cmp::Reverse(levels[c]));
    if ranked.is_empty() {
        out += &format!("- {}\n", words.label(msg::RECORD_NO_PRIORITIES));
    }
    for &c in ranked.iter().take(LISTED) {
        let line = say(
            msg::RECORD_PRIORITY,
            &[
                ("criterion", Arg::text(shown.criteria[c].name.as_str())),
                ("level", Arg::count(levels[c].into())),
                ("words", Arg::text(&level_words(words, levels[c]))),
            ],
        );
        out += &format!("- {line}\n");
    }

    let reading = Reading::of(shown, levels);
    out += &format!("\n## {}\n\n", words.label(msg::RECORD_DECISION));
    let decision = say(
        msg::RECORD_DECISION_LINE,
        &[
            ("headline", Arg::text(&headline(words, shown, verdict, reading))),
            ("detail", Arg::text(&detail(words, shown, verdict, reading))),
        ],
    );
    out += &format!("{decision}\n");

    if let Verdict::Ranked(r) = verdict {
        out += &format!("\n## {}\n\n", words.label(msg::RECORD_REASONS));
        for c in r.strongest_reasons().iter().take(LISTED) {
            out += &format!(
                "- {}\n",
                reason(words, shown, r, c, levels[c.criterion], reading)
            );
        }
    }

    out += &format!("\n## {}\n\n", words.label(msg::RECORD_CAVEATS));
    let contested: Vec<usize> = ranked
        .iter()
        .copied()
        .filter(|&c| shown.criteria[c].is_contested())
        .collect();
    if contested.is_empty() {
        out += &format!("- {}\n", words.label(msg::RECORD_NO_CAVEATS));
    }
    for c in contested {
        let criterion = &shown.criteria[c];
        for score in criterion.scores.iter().filter(|s| s.contested.is_some()) {
            let tech = shown
                .technologies
                .iter()
                .find(|t| t.id == score.technology)
                .map_or("?", |t| &t.name);
            let caveat = say(
                msg::RECORD_CAVEAT,
                &[
                    ("criterion", Arg::text(criterion.name.as_str())),
                    ("tech", Arg::text(tech)),
                    ("level", Arg::count(levels[c].into())),
                    ("note", Arg::text(score.contested.as_deref().unwrap_or_default())),
                ],
            );
            out += &format!("- {caveat}\n");
        }
    }

    out += &format!("\n## {}\n\n", words.label(msg::RECORD_SOURCES));
    for s in &shown.sources {
        let place = match s.url.as_deref().and_then(markdown_link) {
            Some(url) => format!("{}, {url}", s.id),
            None => s.id.clone(),
        };
        let source = say(
            msg::RECORD_SOURCE,
            &[
                ("publisher", Arg::text(s.publisher.as_str())),
                ("title", Arg::text(s.title.as_str())),
                ("place", Arg::text(&place)),
            ],
        );
        out += &format!("- {source}\n");
    }
    out
}

/// `dataset` with every text as Markdown text, so whatever the record
/// shows of it is safe. Ids stay as they are (the sentences look
/// technologies up by them) except a source's, which the record shows;
/// addresses stay for `markdown_link`.
fn escaped(dataset: &Dataset) -> Dataset {
    let mut d = dataset.clone();
    let escape = |text: &mut String| *text = markdown_text(text);
    escape(&mut d.title);
    d.description.as_mut().map(escape);
    for t in &mut d.technologies {
        escape(&mut t.name);
    }
    for s in &mut d.sources {
        escape(&mut s.id);
        escape(&mut s.title);
        escape(&mut s.publisher);
    }
    for c in &mut d.criteria {
        escape(&mut c.name);
        escape(&mut c.question);
        for s in &mut c.scores {
            escape(&mut s.rationale);
            s.contested.as_mut().map(escape);
            for q in &mut s.citations {
                escape(&mut q.quote);
                q.caveat.as_mut().map(escape);
            }
        }
    }
    for p in &mut d.presets {
        escape(&mut p.name);
        escape(&mut p.description);
    }
    for x in &mut d.corrections {
        escape(&mut x.topic);
        escape(&mut x.correction);
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{evaluate, ScoreMatrix, Weights, BUILTIN_DATASET_JSON};

    #[test]
    fn the_record_carries_verdict_priorities_reasons_caveats_and_sources() {
        let d = Dataset::from_json(BUILTIN_DATASET_JSON).unwrap();
        let m = ScoreMatrix::from_dataset(&d).unwrap();
        let levels = d.preset_levels(d.preset("ml").unwrap());
        let v = evaluate(&m, &Weights::from_levels(&levels));
        let md = decision_record(
            &Words::english(),
            &d,
            &levels,
            &v,
            "2026-11-22",
            "https://example.test/#v1&preset=ml",
        );
        assert!(md.starts_with("# Decision record: Node.js or Python for your backend?\n"));
        assert!(md.contains("- Date: 2026-11-22"));
        assert!(md.contains("- AI &amp; machine learning: 10/10 (top priority)"));
        assert!(md.contains(&format!("{}.", headline(&Words::english(), &d, &v, Reading::Reader))));
        assert!(md.contains("## Reasons\n\n- Python is stronger on AI &amp; machine learning"));
        assert!(md.contains("Heavy computation (Python, weight 6)"), "{md}");
        for s in &d.sources {
            assert!(md.contains(&markdown_text(&s.id)));
        }
    }

    #[test]
    fn no_priorities_is_recorded_as_such() {
        let d = Dataset::from_json(BUILTIN_DATASET_JSON).unwrap();
        let m = ScoreMatrix::from_dataset(&d).unwrap();
        let levels = vec![0; d.criteria.len()];
        let md = decision_record(
            &Words::english(),
            &d,
            &levels,
            &evaluate(&m, &Weights::from_levels(&levels)),
            "d",
            "l",
        );
        assert!(md.contains("- none: every weight is 0"));
        assert!(md.contains("No priorities set."));
        assert!(!md.contains("## Reasons"));
    }
}
