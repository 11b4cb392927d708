mod height_reports;
mod reader_state;
mod update_ready;

pub use height_reports::use_height_reports;
pub use reader_state::{use_reader_state, StateHome, StateNotice};
pub use update_ready::use_update_ready;
