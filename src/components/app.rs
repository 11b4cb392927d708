use versus_core::l10n::{msg, Locale};
use yew::platform::spawn_local;
use yew::prelude::*;

use super::load_status::LoadStatus;
use super::widget::Widget;
use crate::hooks::{use_loaded_model, Loaded};
use crate::words::SharedWords;
use crate::model::{DataSource, LoadFailure, SharedModel};
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
    // Evidence the reader opened on the static page is read first, so it
    // is there when the app appears (`platform::takeover::evidence_open`).
    let prerendering = props.surface.prerendering;
    let evidence_first = *use_memo((), move |_| !prerendering && platform::takeover::evidence_open());
    let evidence_ready = use_state(|| false);
    {
        let ready = evidence_ready.setter();
        let model = match &*loaded {
            Loaded::Ready(model) if evidence_first && model.evidence_elsewhere => Some(model.clone()),
            _ => None,
        };
        use_effect_with(model, move |model| {
            if let Some(model) = model {
                platform::evidence::with_whole(&model.dataset, Box::new(move |_| ready.set(true)));
            }
        });
    }
    let waits_for_evidence = matches!(&*loaded, Loaded::Ready(m) if m.evidence_elsewhere)
        && evidence_first
        && !*evidence_ready;
    // The static placeholder stays until the app has something to replace
    // it with, so nothing flashes or shifts: the built-in comparison once
    // its core is read from the site (the pre-rendered page shows it
    // meanwhile), another at once (its loading status).
    let settled = (props.surface.data != DataSource::Builtin
        || !matches!(&*loaded, Loaded::Pending))
        && !waits_for_evidence;
    use_effect_with(settled, |settled| {
        if *settled {
            platform::reveal_app()
        }
    });
    let surface = props.surface.clone();
    let words = use_state(|| surface.words.clone());
    {
        // An author's comparison that declares its language speaks it,
        // unless the reader or the embed chose one.
        let (words, chosen) = (words.clone(), surface.language_chosen);
        let model = match &*loaded {
            Loaded::Ready(model) => Some(model.clone()),
            _ => None,
        };
        // A notice listing a dataset's problems needs the fault words, which
        // the reader's build fetches only then.
        let lists_problems = matches!(&*loaded, Loaded::Failed(f) if f.lists_problems);
        use_effect_with((model, lists_problems), move |(model, lists_problems)| {
            let wanted = model
                .as_ref()
                .filter(|m| !chosen && !m.is_builtin())
                .and_then(|m| m.dataset.language.as_deref())
                .and_then(Locale::from_tag)
                .filter(|locale| *locale != words.0.locale());
            let with_faults = *lists_problems && !words.0.knows(msg::FAULT_BLANK);
            if wanted.is_some() || with_faults {
                spawn_local(async move {
                    if let Some(found) = platform::language::fetch_words(&words, wanted, with_faults).await {
                        words.set(found);
                    }
                });
            }
        });
    }
    let words = (*words).clone();
    use_effect_with(words.clone(), |words| platform::speak_as(words));
    let shown = match &*loaded {
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
    };
    html! { <ContextProvider<SharedWords> context={words}>{ shown }</ContextProvider<SharedWords>> }
}
