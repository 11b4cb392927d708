#[cfg(feature = "author")]
mod deflated;
#[cfg(feature = "author")]
mod draft;
#[cfg(feature = "author")]
mod draft_history;
mod early_choices;
mod evidence;
mod height_reports;
mod loaded_model;
mod reader_state;
mod settled;
mod take_over_in_tasks;
mod update_ready;
mod words;

#[cfg(feature = "author")]
pub use deflated::use_deflated;
#[cfg(feature = "author")]
pub use draft_history::{use_draft_history, Change};
pub use early_choices::use_early_choices;
pub use evidence::{use_evidence, Evidence};
pub use height_reports::use_height_reports;
pub use loaded_model::{use_loaded_model, Loaded};
pub use reader_state::{use_reader_state, StateHome, StateNotice};
pub use settled::use_settled;
pub use take_over_in_tasks::use_take_over_in_tasks;
pub use update_ready::use_update_ready;
pub use words::use_words;
