//! What is wrong with a dataset, as data: the words are the catalog's
//! (`data-*` in `l10n/`), said by `words::data_problem` in the reader's
//! language. Echoed text (an id, a name, a number from the file) is held
//! already cut short, so a hostile file cannot make a message long.

use crate::json::JsonFault;

/// One kind of list in a dataset, as the catalog's key for it.
pub type ListKey = &'static str;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// The file is `kb` KB, over `MAX_DATASET_BYTES`.
    TooLarge { kb: usize },
    NotJson(JsonFault),
    /// `expected` is a value kind the format wants (`object`, `text`,
    /// `number`, `level`, `list`, `version`, `range`); `found` is
    /// `Json::kind`.
    Mismatch { expected: &'static str, found: &'static str },
    UnknownField { field: String, known: String },
    MissingField { field: String },
    /// A number where a whole priority level belongs.
    NotALevel { number: String },
    OtherVersion,
    NotALanguageTag { text: String },
    IdAndFile,
    /// A list that needs at least one item has none.
    EmptyList,
    TooFew { list: ListKey, min: usize, found: usize },
    TooMany { list: ListKey, found: usize, max: usize },
    AboveTop { number: String },
    BelowZero { number: String },
    Blank,
    BlankClaim,
    TooLong { max: usize },
    IdCharacters { id: String },
    UsedEarlier { text: String },
    ReadsLikeEarlier { name: String },
    ReservedId { id: String },
    NotAWebAddress,
    /// `id` names no entry of `list` (`technologies`, `criteria`,
    /// `sources`, `corrections`).
    NotInList { list: ListKey, id: String },
    ScoredTwice { id: String },
    NoScoreFor { id: String },
    BadRange { low: String, high: String, score: String },
    ContestedWithoutRange,
    TooManyCitations { found: usize, max: usize },
    QuoteTooLong { words: usize, max: usize },
    RecommendationUncited,
    /// A score matrix could not be built (validation rules this out).
    Unscored,
}
