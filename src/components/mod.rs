pub mod app;
pub mod contribution_chart;
pub mod criterion_card;
pub mod evidence;
pub mod preset_picker;
pub mod score_bar;
pub mod sort_picker;
pub mod verdict_panel;
