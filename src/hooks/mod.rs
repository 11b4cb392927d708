mod reader_state;
mod update_ready;

pub use reader_state::use_reader_state;
pub use update_ready::use_update_ready;
