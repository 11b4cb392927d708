use std::rc::Rc;

use versus_core::{
    all_flip_points, all_level_flips, evaluate, parse_embed, problem_lines, CardOrder, EmbedConfig,
    Layout, SettingProblem, ShareState, Weights,
};
use versus_core::l10n::{msg, Arg, Locale};
use yew::prelude::*;

use super::choice_picker::ChoicePicker;
use super::compact_row::CompactRow;
use super::criterion_card::CriterionCard;
use super::embed_button::EmbedButton;
use super::notice::Notice;
use super::preset_picker::PresetPicker;
use super::share_bar::ShareBar;
use super::update_banner::UpdateBanner;
use super::verdict_panel::VerdictPanel;
use crate::hooks::{
    use_take_over_in_tasks, use_early_choices, use_height_reports, use_reader_state, use_words, StateHome, StateNotice,
};
use crate::model::SharedModel;
use crate::platform;
use crate::state::ReaderAction;
use crate::surface::Surface;

/// Rows a compact embed opens with: the criteria that move the verdict
/// most, so the default widget fits WordPress's 1,000 px frame at 360 px
/// wide; the rest are one button away.
const COMPACT_EMBED_ROWS: usize = 8;

/// Shown in the footer; set `VERSUS_BUILD_LABEL` at build time to mark a build.
const BUILD_LABEL: &str = match option_env!("VERSUS_BUILD_LABEL") {
    Some(label) => label,
    None => env!("CARGO_PKG_VERSION"),
};

#[derive(PartialEq, Properties)]
pub struct WidgetProps {
    pub surface: Surface,
}

/// The embed configuration (defaults on the app's own page) and every
/// setting that could not be used.
fn configure(model: &SharedModel, surface: &Surface) -> (EmbedConfig, Vec<SettingProblem>) {
    if !surface.is_embedded() {
        return (EmbedConfig::defaults(&model.dataset), Vec::new());
    }
    let (config, mut problems) =
        parse_embed(&model.dataset, &surface.settings, surface.strict_settings());
    problems.splice(0..0, surface.problems.iter().cloned());
    (config, problems)
}

/// The comparison in the model context, on `surface`: what the app shows
/// once its data is loaded, and the authoring page's preview.
#[component]
pub fn Widget(props: &WidgetProps) -> Html {
    let model = use_context::<SharedModel>().expect("Widget is rendered inside the model context");
    let words = use_words();
    let surface = &props.surface;
    let configured = {
        let (model, surface) = (model.clone(), surface.clone());
        use_memo((), move |_| configure(&model, &surface))
    };
    let (config, setting_problems) = &*configured;
    let home = if surface.keeps_state_in_url() {
        StateHome::UrlAndStorage {
            page_preset: surface.page_preset.clone(),
        }
    } else if surface.is_embedded() {
        StateHome::Memory(config.start.clone())
    } else {
        StateHome::Memory(ShareState::starting_at(
            &model.dataset,
            surface.page_preset.as_deref(),
        ))
    };
    let (state, notices) = use_reader_state(&model, home);
    use_early_choices(&model, &surface.early, state.dispatcher());
    let root = use_height_reports(surface.reports_height());
    let setting_notes = use_state(|| problem_lines(setting_problems));
    // Where focus goes when a notice is dismissed.
    let main_ref = use_node_ref();

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
    // The same flips at the whole levels a slider can be set to, for the words.
    let steps = {
        let (model, flips) = (model.clone(), Rc::clone(&flips));
        use_memo(levels.clone(), move |levels| {
            all_level_flips(&model.matrix, levels, &flips)
        })
    };

    // Chosen once, from the levels the widget opens with: rows that came and
    // went as the reader dragged would move under their finger.
    let leading = use_state(|| versus_core::most_moving(&levels, &verdict, COMPACT_EMBED_ROWS));
    let show_all = use_state(|| false);
    let on_show_all = {
        let show_all = show_all.clone();
        Callback::from(move |_: MouseEvent| show_all.set(!*show_all))
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
        use_callback((), move |id: String, _| {
            if let Some(order) = CardOrder::from_id(&id) {
                dispatcher.dispatch(ReaderAction::SetOrder(order))
            }
        })
    };
    // Embeds take their layout from their settings; the app's page offers both.
    let page_layout = use_state(|| Layout::Cards);
    let on_layout = {
        let page_layout = page_layout.setter();
        use_callback((), move |id: String, _| {
            if let Some(layout) = Layout::from_id(&id) {
                page_layout.set(layout)
            }
        })
    };
    // The app's page offers every language (a new page, pre-rendered in it).
    let on_language = use_callback((), |tag: String, _| {
        if let Some(locale) = Locale::from_tag(&tag) {
            platform::language::switch_to(locale)
        }
    });
    let on_dismiss = {
        let notices = notices.setter();
        use_callback((), move |(), _| notices.set(StateNotice::default()))
    };
    let on_dismiss_settings = {
        let notes = setting_notes.setter();
        use_callback((), move |(), _| notes.set(Vec::new()))
    };

    // One snapshot of the state for the components that read all of it.
    let snapshot = Rc::new((*state).clone());
    let embedded = surface.is_embedded();
    let title = config
        .title
        .clone()
        .unwrap_or_else(|| model.dataset.title.clone());
    let defaults = if embedded {
        config.start.levels.clone()
    } else {
        model.dataset.default_levels()
    };
    let layout = if embedded {
        config.layout
    } else {
        *page_layout
    };
    let compact = layout == Layout::Compact;
    {
        // An author's comparison on the app's page names itself in the tab.
        let own_title = !embedded && !model.is_builtin();
        use_effect_with(title.clone(), move |title| {
            if own_title {
                platform::set_document_title(&format!("{title} · Versus"));
            }
        });
    }
    let shortened =
        compact && embedded && config.criteria.is_none() && levels.len() > COMPACT_EMBED_ROWS;
    let trimmed = shortened && !*show_all;
    let shown: Vec<usize> = state
        .order
        .arrange(&levels, &verdict)
        .into_iter()
        .filter(|&i| config.shows(i) && (!trimmed || leading.contains(&i)))
        .collect();
    let rendered = use_take_over_in_tasks(shown.len(), surface.prerendering);

    let share = html! {
        <ShareBar state={Rc::clone(&snapshot)} verdict={Rc::clone(&verdict)} app_url={surface.app_url.clone()} />
    };
    // One row or one card per shown criterion, in the reader's order.
    let criteria: Html = shown
        .into_iter()
        .take(rendered.cards)
        .map(|i| {
            let (key, level, flips, steps, on_change) = (
                model.dataset.criteria[i].id.clone(),
                levels[i],
                flips[i].clone(),
                steps[i].clone(),
                on_level.clone(),
            );
            if compact {
                html! { <CompactRow {key} index={i} {level} {flips} {steps} {on_change} /> }
            } else {
                html! { <CriterionCard {key} index={i} {level} {flips} {steps} {on_change} /> }
            }
        })
        .collect();

    html! {
        <div class={classes!("versus", embedded.then_some("embedded"))} data-theme={config.theme.id()} ref={root}
            lang={words.locale().tag()} dir={words.locale().dir()}>
            <header class="masthead">
                // In the authoring page's preview the widget sits under that
                // page's own headings and main landmark.
                <@{if surface.preview { "h3" } else { "h1" }} class="title">{ title }</@>
                <p class="lede">{ versus_core::wording::lede(&words, &model.dataset) }</p>
                if let Some(provenance) = &model.provenance {
                    <p class="provenance">{ provenance.sentence(&words) }</p>
                }
                // Shown only where scripts are off: the page still reads in
                // full, it just cannot recompute.
                <noscript>
                    <p class="noscript">{ words.label(msg::PAGE_NOSCRIPT) }</p>
                </noscript>
            </header>
            <UpdateBanner enabled={surface.may_register_service_worker()} />
            <Notice title={words.label(msg::SETTINGS_NOT_USED)} messages={words.tell_all(&setting_notes)} on_dismiss={on_dismiss_settings} focus_after={main_ref.clone()} />
            <Notice title={notices.title.map(|t| words.label(t)).unwrap_or_default()} messages={notices.message.map(|id| words.label(id)).into_iter().chain(words.tell_all(&notices.lines)).collect::<Vec<_>>()} on_dismiss={on_dismiss} focus_after={main_ref.clone()} />
            <@{if surface.preview { "div" } else { "main" }} class={classes!("layout", compact.then_some("compact"))} ref={main_ref} tabindex="-1">
                <aside class="summary">
                    if rendered.verdict {
                        <VerdictPanel verdict={Rc::clone(&verdict)} levels={levels.clone()} steps={Rc::clone(&steps)} />
                    }
                    if surface.preview {
                    } else if compact {
                        <details class="share-more">
                            <summary>{ words.label(msg::SHARE_HEADING) }</summary>
                            { share }
                        </details>
                    } else {
                        { share }
                    }
                    if !embedded {
                        <EmbedButton state={snapshot} />
                    }
                </aside>
                <section class="criteria" aria-labelledby="criteria-heading">
                    <h2 id="criteria-heading" class={classes!(compact.then_some("visually-hidden"))}>{ words.label(msg::CRITERIA_HEADING) }</h2>
                    <div class="toolbar">
                        <PresetPicker selected={state.preset.clone()} defaults={defaults} on_levels={on_levels} />
                        // A short embed keeps to the essentials (its author can still set `sort`).
                        if !(compact && embedded) {
                            <ChoicePicker id="sort-select" label={words.label(msg::SORT_LABEL)} selected={state.order.id()} on_change={on_order}
                                options={CardOrder::ALL.iter().map(|o| (o.id(), words.label(o.label()))).collect::<Vec<_>>()} />
                        }
                        if !embedded {
                            <ChoicePicker id="layout-select" label={words.label(msg::VIEW_LABEL)} selected={layout.id()} on_change={on_layout}
                                options={vec![(Layout::Cards.id(), words.label(msg::VIEW_CARDS)), (Layout::Compact.id(), words.label(msg::VIEW_COMPACT))]} />
                        }
                    </div>
                    if compact {
                        <p class="rows-legend" aria-hidden="true">
                            { for model.dataset.technologies.iter().enumerate().map(|(i, t)| html! {
                                <span class={classes!("legend", format!("tech-{i}"))}>{ &t.name }</span>
                            }) }
                        </p>
                        <ol class="rows">{ criteria }</ol>
                        if shortened {
                            <button type="button" class="show-all" onclick={on_show_all}>
                                { if trimmed { words.say(msg::SHOW_ALL_CRITERIA, &[("count", Arg::count(levels.len()))]) } else { words.say(msg::SHOW_LEADING_CRITERIA, &[("count", Arg::count(COMPACT_EMBED_ROWS))]) } }
                            </button>
                        }
                    } else {
                        <div class="cards">{ criteria }</div>
                    }
                </section>
            </@>
            <footer class="colophon">
                // The app's page offers every language, once it is live (a
                // switch needs the app; at the page's end it moves nothing).
                if !embedded && !surface.preview && !surface.prerendering {
                    <ChoicePicker id="language-select" label={words.label(msg::LANGUAGE_LABEL)} selected={words.locale().tag()} on_change={on_language}
                        options={Locale::ALL.iter().filter(|l| l.offered() || **l == words.locale()).map(|l| (l.tag(), l.endonym().to_string())).collect::<Vec<_>>()} />
                }
                <p>{ words.say(msg::COLOPHON, &[("build", Arg::text(BUILD_LABEL)), ("sources", Arg::text(&versus_core::wording::source_count(&words, model.dataset.sources.len())))]) }</p>
            </footer>
        </div>
    }
}
