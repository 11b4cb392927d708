use versus_core::l10n::{msg, Arg};
use versus_core::text::fixed;
use versus_core::Ranking;
use yew::prelude::*;

use crate::hooks::use_words;
use crate::model::SharedModel;

/// Rows shown before "Show all": enough for the story, short enough for a phone.
const FIRST_ROWS: usize = 8;

#[derive(PartialEq, Properties)]
pub struct ContributionChartProps {
    pub ranking: Ranking,
}

/// A diverging bar chart that is also a table: screen readers read the
/// table, sighted readers see the bars (SVG, hidden from assistive tech).
/// Bars right of the axis favour the leader, left the runner-up.
#[component]
pub fn ContributionChart(props: &ContributionChartProps) -> Html {
    let model = use_context::<SharedModel>()
        .expect("ContributionChart is rendered inside the model context");
    let words = use_words();
    let dataset = &model.dataset;
    let r = &props.ranking;
    let name = |t: usize| dataset.technologies[t].name.as_str();
    let rows: Vec<_> = r
        .strongest_reasons()
        .into_iter()
        .filter(|c| c.value.abs() >= 0.005)
        .collect();
    let largest = rows.first().map_or(1.0, |c| c.value.abs()).max(1e-9);
    let show_all = use_state(|| false);
    let hidden = if *show_all {
        0
    } else {
        rows.len().saturating_sub(FIRST_ROWS)
    };
    let toggle = {
        let show_all = show_all.clone();
        Callback::from(move |_| show_all.set(!*show_all))
    };

    // Each name's arrow points outward, to its side of the chart, which
    // right-to-left text mirrors (arrows are not mirrored by the bidi rules).
    let (outward_start, outward_end) = if words.locale().is_rtl() { ('→', '←') } else { ('←', '→') };
    html! {
        <>
        <table class="contributions" id="contributions">
            <caption>{ words.say(msg::CHART_CAPTION, &[("leader", Arg::text(name(r.leader))), ("runner", Arg::text(name(r.runner_up)))]) }</caption>
            <thead>
                <tr>
                    <th scope="col">{ words.label(msg::CHART_CRITERION) }</th>
                    <th scope="col">{ words.label(msg::CHART_FAVOURS) }</th>
                    <th scope="col" class="bar-col">
                        <span class="axis-left">{ format!("{outward_start} {}", name(r.runner_up)) }</span>
                        <span class="axis-right">{ format!("{} {outward_end}", name(r.leader)) }</span>
                    </th>
                    <th scope="col">{ words.label(msg::CHART_POINTS) }</th>
                </tr>
            </thead>
            <tbody>
                { for rows.iter().take(rows.len() - hidden).map(|c| {
                    let favoured = if c.value > 0.0 { r.leader } else { r.runner_up };
                    let length = c.value.abs() / largest * 100.0;
                    let x = if c.value > 0.0 { 0.0 } else { -length };
                    html! {
                        <tr>
                            <th scope="row">{ &dataset.criteria[c.criterion].name }</th>
                            <td>{ name(favoured) }</td>
                            <td class="bar-col">
                                <svg class="diverging" viewBox="-100 0 200 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                                    <rect class={classes!("bar", format!("tech-{favoured}"))}
                                          x={fixed(x, 2)} y="1" width={fixed(length, 2)} height="8" />
                                    <line class="axis" x1="0" x2="0" y1="0" y2="10" vector-effect="non-scaling-stroke" />
                                </svg>
                            </td>
                            <td class="points">{ format!("{}{}", if c.value > 0.0 { "+" } else { "−" }, words.number(&fixed(c.value.abs(), 2))) }</td>
                        </tr>
                    }
                }) }
            </tbody>
        </table>
        if rows.len() > FIRST_ROWS {
            <button type="button" class="show-all" aria-controls="contributions" aria-expanded={show_all.to_string()} onclick={toggle}>
                { if *show_all { words.label(msg::CHART_SHOW_TOP) } else { words.say(msg::SHOW_ALL_CRITERIA, &[("count", Arg::count(rows.len()))]) } }
            </button>
        }
        </>
    }
}
