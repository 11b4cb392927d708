//! The comparison being shown: where its data comes from, the dataset read
//! from it, and its score matrix, shared by context.

use std::rc::Rc;

use versus_core::l10n::{msg, Arg, Msg, Sentence, Words};
use versus_core::dataset::Fault;
use versus_core::{fingerprint, Dataset, Problem, ScoreMatrix};

include!(concat!(env!("OUT_DIR"), "/dataset.rs"));

/// Where the built-in comparison's weights are remembered (every other
/// dataset gets a key of its own).
const BUILTIN_MEMORY_KEY: &str = "versus:state";

/// Where an author's dataset's weights are remembered: one key per text.
fn memory_key_of(text: &str) -> String {
    format!("{BUILTIN_MEMORY_KEY}:{}", fingerprint(text))
}

/// How many problems a failed load lists before "and N more".
const SHOWN_PROBLEMS: usize = 8;

/// Where a comparison's data comes from.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum DataSource {
    /// The shipped Node.js/Python comparison, built into the app.
    #[default]
    Builtin,
    /// A JSON file by URL (`?data=` on a page, `src` on the element).
    Url(String),
    /// The JSON text itself (the element's inline `<script type="application/json">`,
    /// or the authoring page's draft).
    Inline(String),
    /// Compressed into a link's fragment (`#data=`), still encoded.
    Link(String),
}

pub struct Model {
    pub dataset: Dataset,
    pub matrix: ScoreMatrix,
    /// The key remembered weights are kept under: the shipped comparison's
    /// own, or one per dataset, so weights never cross comparisons.
    pub memory_key: String,
    /// The encoded dataset a link carries, kept in every link the page writes.
    pub link_data: Option<String>,
    /// The dataset's absolute URL, for links out of an embed.
    pub data_url: Option<String>,
    /// Who the comparison comes from, when it is not Versus's own.
    pub provenance: Option<Provenance>,
    /// The built-in comparison in the reader's app: its quotes and notes
    /// are read from `dataset.json` when first opened (`platform::evidence`).
    pub evidence_elsewhere: bool,
}

/// Where a comparison that is not Versus's own comes from.
#[derive(Debug, Clone, PartialEq)]
pub enum ComesFrom {
    /// A file, named by its host ("example.com").
    Address(String),
    Link,
    Page,
}

/// Who a comparison comes from, and whether it is a copy saved offline.
#[derive(Debug, Clone, PartialEq)]
pub struct Provenance {
    pub from: ComesFrom,
    /// The saved copy's age: its server did not answer.
    pub saved_age_ms: Option<f64>,
}

impl Provenance {
    /// "This comparison comes from example.com: Versus computes the
    /// verdict, but did not write or check its scores."
    pub fn sentence(&self, words: &Words) -> String {
        let (source, url) = match &self.from {
            ComesFrom::Address(host) => ("url", host.as_str()),
            ComesFrom::Link => ("link", ""),
            ComesFrom::Page => ("page", ""),
        };
        let first = words.say(
            msg::PROVENANCE,
            &[("source", Arg::text(source)), ("url", Arg::text(url))],
        );
        match self.saved_age_ms {
            Some(ms) => {
                let age = versus_core::wording::age(words, ms);
                let saved = words.say(msg::PROVENANCE_SAVED, &[("age", Arg::text(&age))]);
                versus_core::explain::two_sentences(words, first, saved)
            }
            None => first,
        }
    }
}

/// Where a dataset's text came from, as links and the page need to know.
#[derive(Default)]
pub struct DataOrigin {
    pub link_data: Option<String>,
    pub data_url: Option<String>,
    /// Where the data comes from, said on the page.
    pub from: Option<ComesFrom>,
    /// The data is the copy saved this long ago, not a fresh download.
    pub saved_age_ms: Option<f64>,
    /// Its evidence is not in it (the built-in comparison's core).
    pub evidence_elsewhere: bool,
}

/// Shared read-only model; equal only to itself so props never deep-compare it.
#[derive(Clone)]
pub struct SharedModel(pub Rc<Model>);

impl PartialEq for SharedModel {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for SharedModel {
    type Target = Model;
    fn deref(&self) -> &Model {
        &self.0
    }
}

/// Why a comparison could not be shown, in words its author can act on:
/// kept as sentences, said in the language the page speaks when shown.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadFailure {
    pub title: Sentence,
    pub lines: Vec<Sentence>,
    /// Whether trying again may help (a network that failed or hung), so
    /// the page offers Try again.
    pub retryable: bool,
    /// Whether its lines are a dataset's problems, whose words a reader's
    /// page fetches when it shows them (`hooks::use_fault_words`).
    pub lists_problems: bool,
}

impl LoadFailure {
    pub fn new(title: Msg, line: Sentence) -> LoadFailure {
        LoadFailure {
            title: Sentence::new(title),
            lines: vec![line],
            retryable: false,
            lists_problems: false,
        }
    }

    /// The dataset's problems, each with its line and column.
    pub fn invalid(problems: &[Problem]) -> LoadFailure {
        let located = |p: &Problem| p.located();
        LoadFailure {
            title: Sentence::new(msg::DATA_PROBLEMS_TITLE).count("count", problems.len()),
            lines: Sentence::listed(problems, SHOWN_PROBLEMS, located),
            retryable: false,
            lists_problems: true,
        }
    }
}

impl Model {
    /// The shipped comparison, which the page's own title already names.
    pub fn is_builtin(&self) -> bool {
        self.memory_key == BUILTIN_MEMORY_KEY
    }

    /// The query and fragment that open this comparison with `state` on
    /// the app's page: `?data=<url>` for a file, `data=` in the fragment
    /// for a link's dataset.
    pub fn link_suffix(&self, state: &str) -> String {
        let query = self
            .data_url
            .as_deref()
            .map(|url| format!("?data={}", versus_core::text::query_escape(url)))
            .unwrap_or_default();
        let fragment = versus_core::link_data::join_fragment(state, self.link_data.as_deref());
        format!("{query}#{fragment}")
    }

    /// The shipped comparison when its text is at hand: compiled in when
    /// pre-rendering, or given (browser tests); `None` in the reader's app,
    /// which reads it from the site (`builtin`).
    pub fn builtin_now() -> Option<Result<SharedModel, LoadFailure>> {
        #[cfg(feature = "ssr")]
        return Some(Model::builtin_from(BUILTIN_DATASET, false));
        #[cfg(not(feature = "ssr"))]
        crate::platform::site::given_builtin().map(|text| Model::builtin_from(&text, false))
    }

    /// The shipped comparison (checked when the app was built), through
    /// the same reader as any other: at hand, or its core read from the
    /// site (`builtin-<hash>.json`, without the evidence, which is read
    /// when a reader opens it).
    pub async fn builtin() -> Result<SharedModel, LoadFailure> {
        if let Some(model) = Model::builtin_now() {
            return model;
        }
        let text = crate::platform::site::fetch_builtin(BUILTIN_FILE).await?;
        Model::builtin_from(&text, true)
    }

    /// `text` is the whole comparison, or its core (`evidence_elsewhere`).
    fn builtin_from(text: &str, evidence_elsewhere: bool) -> Result<SharedModel, LoadFailure> {
        let dataset = Dataset::from_json(text).map_err(|p| LoadFailure::invalid(&p))?;
        Model::build(
            dataset,
            BUILTIN_MEMORY_KEY.to_string(),
            DataOrigin {
                evidence_elsewhere,
                ..DataOrigin::default()
            },
        )
        .map_err(|p| LoadFailure::invalid(&p))
    }

    /// A dataset from text: an author's file, inline JSON or a link.
    pub fn from_text(text: &str, origin: DataOrigin) -> Result<SharedModel, LoadFailure> {
        let memory_key = memory_key_of(text);
        Model::read(text, memory_key, origin)
    }

    /// An author's draft `text`, already read (`dataset::read_for_editing`)
    /// and without problems: the model, or what stops it.
    #[cfg(feature = "author")]
    pub fn for_draft(text: &str, dataset: Dataset) -> Result<SharedModel, Vec<Problem>> {
        let memory_key = memory_key_of(text);
        Model::build(dataset, memory_key, DataOrigin::default())
    }

    fn read(
        text: &str,
        memory_key: String,
        origin: DataOrigin,
    ) -> Result<SharedModel, LoadFailure> {
        let dataset = Dataset::from_json(text).map_err(|p| LoadFailure::invalid(&p))?;
        Model::build(dataset, memory_key, origin).map_err(|p| LoadFailure::invalid(&p))
    }

    fn build(
        dataset: Dataset,
        memory_key: String,
        origin: DataOrigin,
    ) -> Result<SharedModel, Vec<Problem>> {
        let matrix = ScoreMatrix::from_dataset(&dataset).ok_or_else(|| {
            vec![Problem::new("", Fault::Unscored)]
        })?;
        Ok(SharedModel(Rc::new(Model {
            // Names set inside the app's sentences cannot reorder them.
            dataset: dataset.isolated_for_display(),
            matrix,
            memory_key,
            link_data: origin.link_data,
            data_url: origin.data_url,
            provenance: origin.from.map(|from| Provenance {
                from,
                saved_age_ms: origin.saved_age_ms,
            }),
            evidence_elsewhere: origin.evidence_elsewhere,
        })))
    }
}

/// The shipped dataset as the widget uses it (for host tests and the build).
#[cfg(feature = "ssr")]
pub fn builtin_dataset() -> Dataset {
    Dataset::from_json(BUILTIN_DATASET).expect("build.rs checked that it reads")
}
