use yew::prelude::*;

use crate::hooks::use_height_reports;
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
    let from = match &props.surface.data {
        DataSource::Url(url) => format!("from {}", shortened(url)),
        DataSource::Link(_) => "from this link".to_string(),
        DataSource::Inline(_) => "written into this page".to_string(),
        DataSource::Builtin => "built into Versus".to_string(),
    };
    html! {
        <@{if props.surface.is_embedded() { "div" } else { "main" }} class={classes!("versus", "load-status", props.surface.is_embedded().then_some("embedded"))} ref={root}>
            if let Some(failure) = &props.failure {
                <div class="load-error" role="alert">
                    <@{if props.surface.is_embedded() { "h2" } else { "h1" }}>{ &failure.title }</@>
                    <p class="load-from">{ format!("The comparison {from}:") }</p>
                    <ul>{ for failure.lines.iter().map(|line| html! { <li>{ line }</li> }) }</ul>
                    if failure.retryable {
                        <p><button type="button" onclick={props.retry.reform(|_| ())}>{ "Try again" }</button></p>
                    }
                    if !props.surface.is_embedded() {
                        <p><a href="./">{ "Open the built-in comparison, Node.js or Python" }</a></p>
                    }
                </div>
            } else {
                <p role="status" class="load-pending">{ format!("Loading the comparison {from}…") }</p>
            }
        </@>
    }
}
