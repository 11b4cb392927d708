use yew::prelude::*;

use versus_core::l10n::{msg, Arg, Msg};

use crate::hooks::{use_height_reports, use_words};
use crate::model::{DataSource, LoadFailure};
use crate::platform::dataset_text::shortened;
use crate::surface::Surface;

#[derive(PartialEq, Properties)]
pub struct LoadStatusProps {
    pub surface: Surface,
    /// `None` while the data is on its way.
    pub failure: Option<LoadFailure>,
    /// Loads the data again, offered when the failure may pass.
    pub retry: Callback<()>,
}

/// What stands in for the comparison while its data loads, or when it
/// cannot be used: a polite status, or an alert that names every problem
/// and its place. The text is the dataset author's to fix, so it says
/// where to look; the reader gets a way on to the built-in comparison.
#[component]
pub fn LoadStatus(props: &LoadStatusProps) -> Html {
    let root = use_height_reports(props.surface.reports_height());
    let words = use_words();
    let (source, url) = match &props.surface.data {
        DataSource::Url(url) => ("url", shortened(url)),
        DataSource::Link(_) => ("link", String::new()),
        DataSource::Inline(_) => ("inline", String::new()),
        DataSource::Builtin => ("builtin", String::new()),
    };
    let from = |id: Msg| words.say(id, &[("source", Arg::text(source)), ("url", Arg::text(url.as_str()))]);
    html! {
        <@{if props.surface.is_embedded() { "div" } else { "main" }} class={classes!("versus", "load-status", props.surface.is_embedded().then_some("embedded"))} ref={root}>
            if let Some(failure) = &props.failure {
                <div class="load-error" role="alert">
                    <@{if props.surface.is_embedded() { "h2" } else { "h1" }}>{ words.tell(&failure.title) }</@>
                    <p class="load-from">{ from(msg::LOAD_FAILED_FROM) }</p>
                    <ul>{ for failure.lines.iter().map(|line| html! { <li>{ words.tell(line) }</li> }) }</ul>
                    if failure.retryable {
                        <p><button type="button" onclick={props.retry.reform(|_| ())}>{ words.label(msg::TRY_AGAIN) }</button></p>
                    }
                    if !props.surface.is_embedded() {
                        <p><a href="./">{ words.label(msg::OPEN_BUILTIN) }</a></p>
                    }
                </div>
            } else {
                <p role="status" class="load-pending">{ from(msg::LOAD_PENDING) }</p>
            }
        </@>
    }
}
