use yew::prelude::*;

use super::load_status::LoadStatus;
use super::widget::Widget;
use crate::hooks::{use_loaded_model, Loaded};
use crate::model::{LoadFailure, SharedModel};
use crate::platform;
use crate::surface::Surface;

#[derive(PartialEq, Properties, Default)]
pub struct AppProps {
    #[prop_or_default]
    pub surface: Surface,
}

/// The app: loads the comparison its surface asks for, then shows it as a
/// widget, or says why it cannot.
#[component]
pub fn App(props: &AppProps) -> Html {
    let (loaded, retry) = use_loaded_model(&props.surface.data);
    // The static placeholder in index.html stays until this first render
    // has something to replace it with, so nothing flashes or shifts.
    use_effect_with((), |_| platform::reveal_app());
    let surface = props.surface.clone();
    match &*loaded {
        Loaded::Ready(model) => html! {
            <ContextProvider<SharedModel> context={model.clone()}>
                // A new dataset is a new widget: no state carries over.
                <Widget key={model.memory_key.clone()} {surface} />
            </ContextProvider<SharedModel>>
        },
        Loaded::Pending => html! { <LoadStatus {surface} failure={None::<LoadFailure>} {retry} /> },
        Loaded::Failed(failure) => {
            html! { <LoadStatus {surface} failure={failure.clone()} {retry} /> }
        }
    }
}
