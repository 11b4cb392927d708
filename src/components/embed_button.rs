use std::rc::Rc;

use versus_core::encode;
use versus_core::l10n::msg;
use yew::prelude::*;

use crate::hooks::use_words;
use crate::model::SharedModel;
use crate::state::ReaderState;

#[derive(PartialEq, Properties)]
pub struct EmbedButtonProps {
    pub state: Rc<ReaderState>,
}

/// "Embed this widget": the snippets live on the authoring page (its own
/// WASM, so no reader of a post downloads the snippet writers), opened
/// with this comparison and the weights set now. A link, not a button: on
/// the pre-rendered page it already works before the app takes over.
#[component]
pub fn EmbedButton(props: &EmbedButtonProps) -> Html {
    let model =
        use_context::<SharedModel>().expect("EmbedButton is rendered inside the model context");
    let words = use_words();
    let suffix = model.link_suffix(&encode(&model.dataset, &props.state.to_share()));
    // `?data=` (a file's comparison) stays; `embed` says which page.
    let href = match suffix.strip_prefix('?') {
        Some(query) => format!("/author.html?embed&{query}"),
        None => format!("/author.html?embed{suffix}"),
    };
    html! {
        <a class="button embed-open" {href}>{ words.label(msg::EMBED_WIDGET) }</a>
    }
}
