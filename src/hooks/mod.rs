mod draft;
mod height_reports;
mod model_loader;
mod reader_state;
mod update_ready;

pub use draft::use_draft;
pub use height_reports::use_height_reports;
pub use model_loader::{use_model, Loaded};
pub use reader_state::{use_reader_state, StateHome, StateNotice};
pub use update_ready::use_update_ready;
