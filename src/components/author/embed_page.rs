//! `author.html?embed#…`: the embed snippets for a comparison and the
//! weights a reader set on it, reached from the widget's "Embed this
//! widget". The comparison loads as on the app's page (`?data=`, a link's
//! data, or the built-in one), then the dialog opens over it.

use versus_core::link_data::split_fragment;
use yew::prelude::*;

use super::embed_dialog::EmbedDialog;
use crate::components::load_status::LoadStatus;
use crate::hooks::{use_loaded_model, Loaded};
use crate::model::{DataSource, LoadFailure, SharedModel};
use crate::platform;
use crate::surface::Surface;

#[derive(Clone, PartialEq, Properties)]
pub struct EmbedPageProps {
    pub data: DataSource,
    /// The fragment: the reader's weights, and a link's data.
    pub fragment: String,
}

#[component]
pub fn EmbedPage(props: &EmbedPageProps) -> Html {
    let (loaded, retry) = use_loaded_model(&props.data);
    // The page's static stand-in stays until this first render replaces it.
    use_effect_with((), |_| platform::reveal_app());
    let surface = Surface {
        data: props.data.clone(),
        ..Surface::default()
    };
    match &*loaded {
        Loaded::Ready(model) => {
            let state = versus_core::decode(&model.dataset, &split_fragment(&props.fragment).1).state;
            let query = match &props.data {
                DataSource::Url(url) => format!("?data={}", versus_core::text::query_escape(url)),
                _ => String::new(),
            };
            let back = format!("/{query}#{}", props.fragment);
            html! {
                <ContextProvider<SharedModel> context={model.clone()}>
                    <main class="versus embed-page">
                        <h1>{ &model.dataset.title }</h1>
                        <EmbedDialog {state} {back} />
                    </main>
                </ContextProvider<SharedModel>>
            }
        }
        Loaded::Pending => html! { <LoadStatus {surface} failure={None::<LoadFailure>} {retry} /> },
        Loaded::Failed(failure) => html! { <LoadStatus {surface} failure={failure.clone()} {retry} /> },
    }
}
