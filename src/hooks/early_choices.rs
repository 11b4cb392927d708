//! What the reader chose on the pre-rendered page before the app took over
//! (`platform::takeover`), applied once, as if chosen in the app: a project
//! type first, then each slider they moved.

use yew::prelude::*;

use crate::model::SharedModel;
use crate::platform::takeover::EarlyChoices;
use crate::state::{ReaderAction, ReaderState};

#[hook]
pub fn use_early_choices(
    model: &SharedModel,
    early: &EarlyChoices,
    dispatcher: UseReducerDispatcher<ReaderState>,
) {
    let (model, early) = (model.clone(), early.clone());
    use_effect_with((), move |_| {
        let preset = early
            .preset
            .as_deref()
            .and_then(|id| model.dataset.preset(id));
        if let Some(preset) = preset {
            dispatcher.dispatch(ReaderAction::SetAll {
                levels: model.dataset.preset_levels(preset),
                preset: Some(preset.id.clone()),
            });
        }
        for (id, level) in &early.levels {
            if let Some(criterion) = model.dataset.criterion_index(id) {
                let level = (*level).min(versus_core::dataset::MAX_LEVEL);
                dispatcher.dispatch(ReaderAction::SetLevel { criterion, level });
            }
        }
    });
}
