mod reader_state;

pub use reader_state::use_reader_state;
