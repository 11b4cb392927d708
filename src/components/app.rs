use std::rc::Rc;

use versus_core::{all_flip_points, evaluate, CardOrder, Weights};
use yew::prelude::*;

use super::criterion_card::CriterionCard;
use super::notice::Notice;
use super::preset_picker::PresetPicker;
use super::share_bar::ShareBar;
use super::sort_picker::SortPicker;
use super::update_banner::UpdateBanner;
use super::verdict_panel::VerdictPanel;
use crate::hooks::use_reader_state;
use crate::model::{Model, SharedModel};
use crate::platform;
use crate::state::ReaderAction;

/// Shown in the footer; set `VERSUS_BUILD_LABEL` at build time to mark a build.
const BUILD_LABEL: &str = match option_env!("VERSUS_BUILD_LABEL") {
    Some(label) => label,
    None => env!("CARGO_PKG_VERSION"),
};

#[component]
pub fn App() -> Html {
    let model = use_memo((), |_| Model::builtin());
    // The static placeholder in index.html stays until this first render
    // has something to replace it with, so nothing flashes or shifts.
    use_effect_with((), |_| platform::reveal_app());
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
    let (state, notices) = use_reader_state(&model);
    let levels = state.levels.clone();
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
        let dispatcher = state.dispatcher();
        use_callback((), move |(criterion, level): (usize, u8), _| {
            dispatcher.dispatch(ReaderAction::SetLevel { criterion, level })
        })
    };
    let on_levels = {
        let dispatcher = state.dispatcher();
        use_callback((), move |(levels, preset): (Vec<u8>, Option<String>), _| {
            dispatcher.dispatch(ReaderAction::SetAll { levels, preset })
        })
    };
    let on_order = {
        let dispatcher = state.dispatcher();
        use_callback((), move |order: CardOrder, _| {
            dispatcher.dispatch(ReaderAction::SetOrder(order))
        })
    };
    let on_dismiss = {
        let notices = notices.setter();
        use_callback((), move |(), _| notices.set(Vec::new()))
    };

    html! {
        <div class="versus">
            <header class="masthead">
                <h1>{ &model.dataset.title }</h1>
                <p class="lede">
                    { "Say how much each criterion matters to your project. The verdict is recomputed in your browser as you go, from five published comparisons that do not always agree." }
                </p>
            </header>
            <UpdateBanner />
            <Notice title="Some settings in this link were not used" messages={(*notices).clone()} on_dismiss={on_dismiss} />
            <main class="layout">
                <aside class="summary">
                    <VerdictPanel verdict={Rc::clone(&verdict)} levels={levels.clone()} flips={Rc::clone(&flips)} />
                    <ShareBar state={Rc::new((*state).clone())} verdict={Rc::clone(&verdict)} />
                </aside>
                <section class="criteria" aria-labelledby="criteria-heading">
                    <h2 id="criteria-heading">{ "Your priorities, criterion by criterion" }</h2>
                    <div class="toolbar">
                        <PresetPicker selected={state.preset.clone()} on_levels={on_levels} />
                        <SortPicker order={state.order} on_change={on_order} />
                    </div>
                    <div class="cards">
                        { for state.order.arrange(&levels, &verdict).into_iter().map(|i| html! {
                            <CriterionCard
                                key={model.dataset.criteria[i].id.clone()}
                                index={i}
                                level={levels[i]}
                                flips={flips[i].clone()}
                                on_change={on_level.clone()}
                            />
                        }) }
                    </div>
                </section>
            </main>
            <footer class="colophon">
                <p>{ format!("Versus {}. Scores are judgements drawn from five published articles, cited on every card; where they disagree, the range is shown.", BUILD_LABEL) }</p>
            </footer>
        </div>
    }
}
