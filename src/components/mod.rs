pub mod app;
pub mod preset_picker;
pub mod priority_slider;
pub mod verdict_panel;
