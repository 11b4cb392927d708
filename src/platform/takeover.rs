//! What a reader did on the pre-rendered page before the app took over.
//!
//! The page starts the app only after its first paint, and its sliders,
//! project-type picker and `<details>` are real controls meanwhile: a
//! reader may already have used them. The app starts from what they show
//! (`early_choices`, read before it renders), and the take-over keeps what
//! is open, what has focus and where the page is scrolled (`Snapshot`).

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement};

/// Controls a focus can be on, in document order; the app's first render is
/// the pre-rendered markup, so the n-th one is the same control in both,
/// counting only those a reader can reach (`reachable`): the app makes the
/// content of a closed `<details>` (the quote lists) only once it opens.
const FOCUSABLE: &str = "input, select, button, summary, a[href], textarea";

/// A criterion's card: the n-th is the same criterion in both renders.
const CARD: &str = "article.card";

/// Inside a closed `<details>`, apart from its summary.
const HIDDEN_IN_DETAILS: &str = "details:not([open]) > :not(summary)";

/// The focusable controls in `root` a reader can reach.
fn reachable(root: &Element) -> Vec<Element> {
    all(root, FOCUSABLE)
        .into_iter()
        .filter(|e| e.closest(HIDDEN_IN_DETAILS).ok().flatten().is_none())
        .collect()
}

/// Levels and the preset the reader set before the take-over.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EarlyChoices {
    /// A project type picked on the static page.
    pub preset: Option<String>,
    /// Sliders moved on the static page: criterion id and level.
    pub levels: Vec<(String, u8)>,
}

fn placeholder() -> Option<Element> {
    web_sys::window()?
        .document()?
        .get_element_by_id("versus-placeholder")
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

thread_local! {
    /// What `early_choices` told the app at its start, to find at the swap
    /// what the reader changed since.
    static TOLD: std::cell::RefCell<Option<EarlyChoices>> = const { std::cell::RefCell::new(None) };
}

/// What differs on the static page from how it was rendered: what the app
/// starts from.
pub fn early_choices() -> EarlyChoices {
    let choices = read_choices();
    TOLD.with(|told| *told.borrow_mut() = Some(choices.clone()));
    choices
}

/// What the reader chose on the static page since the app was told.
fn late_choices() -> EarlyChoices {
    let now = read_choices();
    let told = TOLD.with(|told| told.borrow().clone()).unwrap_or_default();
    EarlyChoices {
        preset: now.preset.filter(|p| told.preset.as_ref() != Some(p)),
        levels: now
            .levels
            .into_iter()
            .filter(|level| !told.levels.contains(level))
            .collect(),
    }
}

fn read_choices() -> EarlyChoices {
    let Some(page) = placeholder() else {
        return EarlyChoices::default();
    };
    let levels = all(&page, "input[type=range][id^=weight-]")
        .into_iter()
        .filter_map(|e| e.dyn_into::<HtmlInputElement>().ok())
        .filter(|input| input.value() != input.default_value())
        .filter_map(|input| {
            let id = input.id().strip_prefix("weight-")?.to_string();
            Some((id, input.value().parse().ok()?))
        })
        .collect();
    let preset = page
        .query_selector("#preset-select")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<HtmlSelectElement>().ok())
        .filter(|select| {
            let rendered = select
                .query_selector("option[selected]")
                .ok()
                .flatten()
                .and_then(|o| o.get_attribute("value"))
                .unwrap_or_default();
            select.value() != rendered
        })
        .map(|select| select.value())
        .filter(|id| !id.is_empty());
    EarlyChoices { preset, levels }
}

/// Whether the reader opened some evidence (a list of sources, or who
/// disagrees) on the static page: the app then reads the evidence before
/// it takes over, so what is open does not shrink to "Loading" under them.
pub fn evidence_open() -> bool {
    placeholder().is_some_and(|page| {
        page.query_selector("details.sources[open], details.disagreement[open]")
            .ok()
            .flatten()
            .is_some()
    })
}

/// Which `<details>` were open, which control had focus and the scroll
/// position, just before the static page is swapped out.
pub struct Snapshot {
    open: Vec<bool>,
    focus: Option<usize>,
    /// How far down the page is scrolled (never sideways: the tests hold
    /// it to no overflow at 320 px).
    scroll: f64,
    /// The card at the top of the screen (the last one starting above
    /// it), by its place, and its top on the screen. `None` when the
    /// screen starts above the cards.
    anchor: Option<(usize, f64)>,
    /// The reader's choices at the swap: a move made after the app read
    /// them at its start (it renders off the page meanwhile) still counts.
    choices: EarlyChoices,
}

impl Snapshot {
    pub fn take() -> Option<Snapshot> {
        let page = placeholder()?;
        let window = web_sys::window()?;
        let active = window.document()?.active_element();
        let open = all(&page, "details")
            .iter()
            .map(|d| d.has_attribute("open"))
            .collect();
        let focus = active.and_then(|active| reachable(&page).iter().position(|e| *e == active));
        let scroll = window.scroll_y().ok()?;
        let anchor = all(&page, CARD)
            .iter()
            .map(|card| card.get_bounding_client_rect().top())
            .enumerate()
            .filter(|(_, top)| *top <= 0.0)
            .last();
        Some(Snapshot {
            open,
            focus,
            scroll,
            anchor,
            choices: late_choices(),
        })
    }

    /// Opens in the app's render in `host` what was open on the static
    /// page. Run before `host` is shown: the app makes a list when its
    /// `<details>` opens, and it should be there when the page appears.
    pub fn open_details(&self, host: &Element) {
        let details = all(host, "details");
        if details.len() != self.open.len() {
            return;
        }
        for (d, &open) in details.iter().zip(&self.open) {
            if open != d.has_attribute("open") {
                let _ = d.toggle_attribute("open");
                // The browser's own `toggle` comes in a later task; the app
                // needs to hear it now.
                if let Ok(event) = web_sys::Event::new("toggle") {
                    let _ = d.dispatch_event(&event);
                }
            }
        }
    }

    /// Choices, focus and scroll as they were, once `host` is on the page.
    pub fn restore_focus_and_scroll(&self, host: &Element) {
        self.carry_late_choices(host);
        if let Some(i) = self.focus {
            if let Some(e) = reachable(host).get(i) {
                if let Some(e) = e.dyn_ref::<HtmlElement>() {
                    let _ = e.focus();
                }
            }
        }
        if let Some(window) = web_sys::window() {
            // A card off the screen is laid out at an estimated height
            // (`content-visibility` in app.css), so a scroll offset past
            // the first card does not show the same thing in both renders:
            // the app's cards are laid out whole (`data-laid-out`), and the
            // card at the top of the screen goes back where it was.
            let y = self.anchor.and_then(|(i, top)| {
                host.set_attribute("data-laid-out", "").ok()?;
                let now = all(host, CARD).get(i)?.get_bounding_client_rect().top();
                Some(window.scroll_y().ok()? + now - top)
            });
            window.scroll_to_with_x_and_y(0.0, y.unwrap_or(self.scroll));
        }
    }

    /// A choice the reader made on the static page after the app read them
    /// (between its start and its swap) goes to the app's own control, as
    /// if made there: the app hears the same events a reader's move makes.
    fn carry_late_choices(&self, host: &Element) {
        if let Some(preset) = &self.choices.preset {
            let select = host.query_selector("#preset-select").ok().flatten();
            if let Some(select) = select.and_then(|e| e.dyn_into::<HtmlSelectElement>().ok()) {
                if select.value() != *preset {
                    select.set_value(preset);
                    fire(&select, "change");
                }
            }
        }
        for (id, level) in &self.choices.levels {
            let slider = host.query_selector(&format!("#weight-{id}")).ok().flatten();
            if let Some(slider) = slider.and_then(|e| e.dyn_into::<HtmlInputElement>().ok()) {
                if slider.value() != level.to_string() {
                    slider.set_value(&level.to_string());
                    fire(&slider, "input");
                    fire(&slider, "change");
                }
            }
        }
    }
}

/// A bubbling `name` event on `target`, as a reader's change makes.
fn fire(target: &web_sys::EventTarget, name: &str) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    if let Ok(event) = web_sys::Event::new_with_event_init_dict(name, &init) {
        let _ = target.dispatch_event(&event);
    }
}
