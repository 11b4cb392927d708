use std::rc::Rc;

use versus_core::{all_flip_points, evaluate, Weights};
use yew::prelude::*;

use super::preset_picker::PresetPicker;
use super::priority_slider::PrioritySlider;
use super::verdict_panel::VerdictPanel;
use crate::model::{Model, SharedModel};
use crate::state::{Priorities, PriorityAction};

#[component]
pub fn App() -> Html {
    let model = use_memo((), |_| Model::builtin());
    match &*model {
        Ok(model) => html! {
            <ContextProvider<SharedModel> context={model.clone()}>
                <Widget />
            </ContextProvider<SharedModel>>
        },
        Err(message) => html! {
            <div class="load-error" role="alert">
                { format!("Versus could not load its comparison data: {message}") }
            </div>
        },
    }
}

#[component]
fn Widget() -> Html {
    let model = use_context::<SharedModel>().expect("Widget is rendered inside the model context");
    let priorities = use_reducer({
        let levels = model.dataset.default_levels();
        move || Priorities::new(levels)
    });

    let levels = priorities.levels.clone();
    let verdict = {
        let model = model.clone();
        use_memo(levels.clone(), move |levels| {
            evaluate(&model.matrix, &Weights::from_levels(levels))
        })
    };
    let flips = {
        let model = model.clone();
        use_memo(levels.clone(), move |levels| {
            all_flip_points(&model.matrix, &Weights::from_levels(levels))
        })
    };

    let on_level = {
        let dispatcher = priorities.dispatcher();
        use_callback((), move |(criterion, level): (usize, u8), _| {
            dispatcher.dispatch(PriorityAction::SetLevel { criterion, level })
        })
    };
    let on_levels = {
        let dispatcher = priorities.dispatcher();
        use_callback((), move |(levels, preset): (Vec<u8>, Option<String>), _| {
            dispatcher.dispatch(PriorityAction::SetAll { levels, preset })
        })
    };

    html! {
        <div class="versus">
            <header class="masthead">
                <h1>{ &model.dataset.title }</h1>
                <p class="lede">
                    { "Say how much each criterion matters to your project. The verdict is recomputed in your browser as you go, from five published comparisons that do not always agree." }
                </p>
            </header>
            <VerdictPanel verdict={Rc::clone(&verdict)} />
            <PresetPicker selected={priorities.preset.clone()} on_levels={on_levels} />
            <section class="priorities" aria-labelledby="priorities-heading">
                <h2 id="priorities-heading">{ "Your priorities" }</h2>
                { for (0..model.dataset.criteria.len()).map(|i| html! {
                    <PrioritySlider
                        key={i}
                        index={i}
                        level={levels[i]}
                        flips={flips[i].clone()}
                        on_change={on_level.clone()}
                    />
                }) }
            </section>
        </div>
    }
}
