use versus_core::text::fixed;
use versus_core::MAX_LEVEL;
use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct ScoreBarProps {
    pub value: f64,
    /// The contested range, drawn behind the bar.
    pub range: Option<[f64; 2]>,
    /// CSS class naming the technology, for its colour.
    pub class: AttrValue,
}

/// A 0-10 bar drawn in SVG: geometry in attributes, not inline styles, so it
/// needs no `style-src 'unsafe-inline'` under a strict CSP. The number beside
/// it is what assistive technology reads.
#[component]
pub fn ScoreBar(props: &ScoreBarProps) -> Html {
    let scale = 100.0 / f64::from(MAX_LEVEL);
    let width = (props.value * scale).clamp(0.0, 100.0);
    html! {
        <svg class={classes!("score-bar", props.class.clone())} viewBox="0 0 100 12"
             preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect class="score-track" x="0" y="0" width="100" height="12" rx="2" />
            if let Some([low, high]) = props.range {
                <rect class="score-range" x={fixed(low * scale, 2)} y="0"
                      width={fixed(((high - low) * scale).max(0.0), 2)} height="12" rx="2" />
            }
            <rect class="score-fill" x="0" y="3" width={fixed(width, 2)} height="6" rx="2" />
        </svg>
    }
}
