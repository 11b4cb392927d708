//! Component tests in a real browser (headless Chromium through
//! wasm-bindgen-test-runner). Each test mounts the app into its own element.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

struct Mounted {
    root: Element,
    handle: Option<yew::AppHandle<versus::App>>,
}

impl Mounted {
    async fn new() -> Mounted {
        let document = web_sys::window().unwrap().document().unwrap();
        let root = document.create_element("div").unwrap();
        document.body().unwrap().append_child(&root).unwrap();
        // No site serves `dataset.json` here: the evidence is given.
        versus::give_builtin(include_str!("../data/dataset.json"));
        let handle = versus::mount(root.clone());
        // The cards arrive a few per task (`use_take_over_in_tasks`): wait
        // until the count stops growing.
        let sliders = || root.query_selector_all("input[type=range]").unwrap().length();
        let mut seen = 0;
        for _ in 0..100 {
            settle().await;
            let now = sliders();
            if now > 0 && now == seen {
                break;
            }
            seen = now;
        }
        Mounted {
            root,
            handle: Some(handle),
        }
    }

    fn query(&self, selector: &str) -> Element {
        self.root
            .query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("nothing matches {selector}"))
    }

    fn count(&self, selector: &str) -> u32 {
        self.root.query_selector_all(selector).unwrap().length()
    }

    fn text(&self, selector: &str) -> String {
        self.query(selector).text_content().unwrap_or_default()
    }

    /// Sets a slider the way a drag does: new value, then a bubbling `input`.
    async fn drag(&self, criterion: &str, value: u8) {
        let input: HtmlInputElement = self
            .query(&format!("#weight-{criterion}"))
            .dyn_into()
            .unwrap();
        input.set_value(&value.to_string());
        fire(&input, "input").await;
    }
}

impl Mounted {
    async fn choose(&self, select_id: &str, value: &str) {
        let select: HtmlSelectElement = self.query(&format!("#{select_id}")).dyn_into().unwrap();
        select.set_value(value);
        fire(&select, "change").await;
    }

    async fn click(&self, selector: &str) {
        self.query(selector)
            .dyn_into::<HtmlElement>()
            .unwrap()
            .click();
        settle().await;
    }

    fn texts(&self, selector: &str) -> Vec<String> {
        let list = self.root.query_selector_all(selector).unwrap();
        (0..list.length())
            .map(|i| list.item(i).unwrap().text_content().unwrap_or_default())
            .collect()
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
        self.root.remove();
    }
}

/// Dispatches a bubbling `name` event on `target`, as the browser does when
/// the reader changes a control, and lets the app re-render.
async fn fire(target: &web_sys::EventTarget, name: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    target
        .dispatch_event(&Event::new_with_event_init_dict(name, &init).unwrap())
        .unwrap();
    settle().await;
}

/// Lets Yew's scheduler run the pending renders.
async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(20)).await;
}

#[wasm_bindgen_test]
async fn sliders_are_labelled_by_their_criterion() {
    let app = Mounted::new().await;
    assert!(app.count("input[type=range]") >= 16);
    let label = app.query("label[for=weight-ai_ml]");
    assert_eq!(label.text_content().unwrap(), "AI & machine learning");
    let slider = app.query("#weight-ai_ml");
    assert_eq!(
        slider.get_attribute("aria-valuetext").unwrap(),
        "2 of 10, low priority"
    );
}

#[wasm_bindgen_test]
async fn the_verdict_lives_in_a_polite_status_region() {
    let app = Mounted::new().await;
    assert_eq!(app.count("[role=status]"), 1);
    let status = app.query("[role=status]");
    assert_eq!(status.get_attribute("aria-live").unwrap(), "polite");
    // Only the headline, one sentence, is announced; the detail is outside.
    let spoken = app.text("[role=status]");
    assert!(
        spoken.starts_with("At equal weights, Node.js leads by"),
        "{spoken}"
    );
    assert_eq!(
        spoken.trim_end_matches('.').matches(". ").count(),
        0,
        "{spoken}"
    );
    assert!(!spoken.contains(&app.text(".verdict-detail")), "{spoken}");
}

#[wasm_bindgen_test]
async fn the_first_screen_speaks_of_equal_weights_until_the_reader_moves() {
    let app = Mounted::new().await;
    let reasons = app.text(".reasons");
    assert!(
        reasons.contains("weighted like every other criterion"),
        "{reasons}"
    );
    assert!(!reasons.contains("for you"), "{reasons}");
    assert!(app
        .text(".verdict-detail")
        .contains("pick a project type or move a slider"));
    app.drag("security", 5).await;
    let reasons = app.text(".reasons");
    assert!(reasons.contains("for you"), "{reasons}");
    assert!(!app
        .text(".verdict-headline")
        .starts_with("At equal weights"));
}

#[wasm_bindgen_test]
async fn moving_a_slider_recomputes_the_verdict() {
    let app = Mounted::new().await;
    app.drag("ai_ml", 10).await;
    assert!(
        app.text(".verdict-headline").starts_with("Python wins by"),
        "{}",
        app.text(".verdict-headline")
    );
    let slider = app.query("#weight-ai_ml");
    assert_eq!(
        slider.get_attribute("aria-valuetext").unwrap(),
        "10 of 10, top priority"
    );
}

#[wasm_bindgen_test]
async fn all_priorities_at_zero_ask_for_one() {
    let app = Mounted::new().await;
    let ids: Vec<String> = (0..app.count("input[type=range]"))
        .map(|i| {
            let inputs = app.root.query_selector_all("input[type=range]").unwrap();
            inputs.item(i).unwrap().dyn_into::<Element>().unwrap().id()
        })
        .collect();
    for id in ids {
        app.drag(id.trim_start_matches("weight-"), 0).await;
    }
    assert_eq!(app.text(".verdict-headline"), "No priorities set");
}

#[wasm_bindgen_test]
async fn flip_points_are_stated_next_to_their_slider() {
    let app = Mounted::new().await;
    assert_eq!(app.text("#flip-ai_ml"), "Python wins at 7 or more");
    app.drag("ai_ml", 10).await;
    assert_eq!(app.text("#flip-ai_ml"), "Node.js wins at 3 or less");
}

#[wasm_bindgen_test]
async fn every_criterion_has_a_card_with_both_technologies_and_sources() {
    let app = Mounted::new().await;
    let cards = app.count("article.card");
    assert!(cards >= 16);
    assert_eq!(app.count("article.card .score"), cards * 2);
    assert_eq!(app.count("article.card details.sources"), cards);
    let ai = app.texts("article.card:has(#weight-ai_ml) .score-tech");
    assert_eq!(ai, ["Node.js", "Python"]);
    let numbers = app.texts("article.card:has(#weight-ai_ml) .score-number");
    assert_eq!(numbers, ["3 / 10", "10 / 10"]);
    // The quotes are made when the reader opens their list.
    app.click("article.card:has(#weight-ai_ml) details.sources summary")
        .await;
    let quotes = app.texts("article.card:has(#weight-ai_ml) details.sources q");
    assert!(quotes.iter().any(|q| q.contains("undisputed champion")));
    let cites = app.texts("article.card:has(#weight-ai_ml) details.sources cite");
    assert!(cites.iter().all(|c| !c.is_empty()));
}

#[wasm_bindgen_test]
async fn contested_scores_show_their_range_and_who_disagrees() {
    let app = Mounted::new().await;
    let card = "article.card:has(#weight-ecosystem)";
    assert!(app
        .text(&format!("{card} .badge"))
        .contains("Sources disagree"));
    app.click(&format!("{card} details.disagreement summary")).await;
    let notes = app.text(&format!("{card} details.disagreement"));
    assert!(
        notes.contains("2.1 million") && notes.contains("1.5 million"),
        "{notes}"
    );
    assert!(app.texts(&format!("{card} .score-number"))[0].contains("sources: 8–9"));
    assert_eq!(app.count(&format!("{card} .score-range")), 2);
    assert_eq!(app.count("article.card:has(#weight-ai_ml) .badge"), 0);
}

#[wasm_bindgen_test]
async fn a_quote_repeating_a_corrected_claim_shows_the_correction_beside_it() {
    let app = Mounted::new().await;
    let card = "article.card:has(#weight-testing)";
    assert!(app
        .text(&format!("{card} details.sources summary"))
        .contains("1 corrected"));
    app.click(&format!("{card} details.sources summary")).await;
    let item = format!("{card} details.sources li:has(.citation-correction)");
    assert!(app.text(&format!("{item} q")).contains("nose"));
    assert!(app
        .text(&format!("{item} .citation-correction"))
        .contains("unmaintained"));
    app.click("article.card:has(#weight-hiring) details.sources summary")
        .await;
    let hiring = app.texts("article.card:has(#weight-hiring) .citation-caveat");
    assert_eq!(hiring.len(), 2, "{hiring:?}");
    assert!(hiring[0].contains("no date"));
}

#[wasm_bindgen_test]
async fn cards_sort_by_importance_and_by_effect_on_the_verdict() {
    let app = Mounted::new().await;
    let first_card = |app: &Mounted| app.query("article.card input[type=range]").id();
    assert_eq!(first_card(&app), "weight-performance");
    app.drag("testing", 9).await;
    app.choose("sort-select", "importance").await;
    assert_eq!(first_card(&app), "weight-testing");
    app.drag("ai_ml", 10).await;
    assert_eq!(first_card(&app), "weight-ai_ml");
    app.choose("sort-select", "impact").await;
    assert_eq!(first_card(&app), "weight-ai_ml");
    app.choose("sort-select", "default").await;
    assert_eq!(first_card(&app), "weight-performance");
}

#[wasm_bindgen_test]
async fn the_verdict_explains_itself_with_reasons_a_chart_and_a_flip() {
    let app = Mounted::new().await;
    assert_eq!(app.count("ol.reasons li"), 3);
    assert!(app
        .text(".verdict-flip")
        .contains("Raising AI & machine learning to 7 would make Python the leader."));
    let rows = app.count("table.contributions tbody tr");
    assert_eq!(rows, 8);
    assert_eq!(app.count("table.contributions svg rect.bar"), 8);
    app.click("button.show-all").await;
    assert!(app.count("table.contributions tbody tr") > rows);
    assert_eq!(
        app.query("button.show-all")
            .get_attribute("aria-expanded")
            .unwrap(),
        "true"
    );
}

#[wasm_bindgen_test]
async fn presets_set_every_slider_and_reset_restores_the_defaults() {
    let app = Mounted::new().await;
    app.choose("preset-select", "ml").await;
    let ai: HtmlInputElement = app.query("#weight-ai_ml").dyn_into().unwrap();
    assert_eq!(ai.value(), "10");
    let perf: HtmlInputElement = app.query("#weight-performance").dyn_into().unwrap();
    assert_eq!(perf.value(), "0");
    assert!(app.text(".preset-description").contains("models"));
    app.click(".presets button").await;
    assert_eq!(ai.value(), "2");
    assert_eq!(app.count(".preset-description"), 0);
}

/// A panic in a German widget leaves a German notice.
#[wasm_bindgen_test]
async fn the_crash_notice_speaks_the_widgets_language() {
    use std::sync::Arc;
    use versus_core::l10n::{compiled, Locale, Words};
    let document = web_sys::window().unwrap().document().unwrap();
    // The notice goes where a page's app would be; the widget is mounted
    // beside it, so it can be taken down cleanly afterwards.
    let notice_root = document.create_element("div").unwrap();
    notice_root.set_id("versus-root");
    document.body().unwrap().append_child(&notice_root).unwrap();
    // The notice speaks the widget's words once the widget has rendered
    // (its language is set by an effect, after the first frame).
    let crash_text = |widget: versus::SharedWords, expected: &'static str| {
        let (document, notice_root) = (document.clone(), notice_root.clone());
        async move {
            let widget_root = document.create_element("div").unwrap();
            document.body().unwrap().append_child(&widget_root).unwrap();
            versus::give_builtin(include_str!("../data/dataset.json"));
            let surface = versus::Surface {
                words: widget,
                ..versus::Surface::default()
            };
            let handle = versus::mount_with(widget_root.clone(), surface);
            let mut text = String::new();
            for _ in 0..100 {
                settle().await;
                versus::show_crash_notice();
                text = notice_root.text_content().unwrap();
                if text.contains(expected) {
                    break;
                }
            }
            handle.destroy();
            widget_root.remove();
            text
        }
    };
    let german = Words::read(Locale::De, compiled(Locale::De)).unwrap();
    let text = crash_text(versus::SharedWords(Arc::new(german)), "Etwas ist schiefgegangen").await;
    assert!(text.contains("Etwas ist schiefgegangen"), "{text}");
    assert!(text.ends_with("Neu laden"), "{text}");
    // The next widget speaks English, and so does its notice.
    let text = crash_text(versus::SharedWords::default(), "Something went wrong").await;
    assert!(text.contains("Something went wrong"), "{text}");
    notice_root.remove();
}

#[wasm_bindgen_test]
fn the_crash_notice_offers_a_reload() {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    root.set_id("versus-root");
    root.set_inner_html("<p>old content</p>");
    document.body().unwrap().append_child(&root).unwrap();
    versus::show_crash_notice();
    let notice = root
        .query_selector("[role=alert]")
        .unwrap()
        .expect("an alert");
    assert!(notice
        .text_content()
        .unwrap()
        .contains("Something went wrong"));
    let link = root
        .query_selector("a.button")
        .unwrap()
        .expect("a reload link");
    assert_eq!(link.text_content().unwrap(), "Reload");
    assert!(root.text_content().unwrap().find("old content").is_none());
    root.remove();
}
