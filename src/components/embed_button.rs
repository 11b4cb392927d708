use std::rc::Rc;

use versus_core::encode;
use versus_core::l10n::msg;
use yew::prelude::*;

use crate::hooks::use_words;
use crate::model::SharedModel;
use crate::platform::history;
use crate::state::ReaderState;

#[derive(PartialEq, Properties)]
pub struct EmbedButtonProps {
    pub state: Rc<ReaderState>,
}

/// "Embed this widget": the snippets live on the authoring page (its own
/// WASM, so no reader of a post downloads the snippet writers), opened
/// with this comparison and the weights set now.
#[component]
pub fn EmbedButton(props: &EmbedButtonProps) -> Html {
    let model =
        use_context::<SharedModel>().expect("EmbedButton is rendered inside the model context");
    let words = use_words();
    let onclick = {
        let state = Rc::clone(&props.state);
        Callback::from(move |_: MouseEvent| {
            let suffix = model.link_suffix(&encode(&model.dataset, &state.to_share()));
            // `?data=` (a file's comparison) stays; `embed` says which page.
            let suffix = match suffix.strip_prefix('?') {
                Some(query) => format!("?embed&{query}"),
                None => format!("?embed{suffix}"),
            };
            history::go_to(&format!("/author.html{suffix}"));
        })
    };
    html! {
        <button type="button" class="embed-open" {onclick}>{ words.label(msg::EMBED_WIDGET) }</button>
    }
}
