//! Component tests in a real browser (headless Chromium through
//! wasm-bindgen-test-runner). Each test mounts the app into its own element.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlInputElement};

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
        let handle = versus::mount(root.clone());
        settle().await;
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
        let init = EventInit::new();
        init.set_bubbles(true);
        input
            .dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap())
            .unwrap();
        settle().await;
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
    assert!(app.text("[role=status]").starts_with("Node.js wins by"));
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
    assert_eq!(app.text("#flip-ai_ml"), "Python wins above 5.1");
    app.drag("ai_ml", 10).await;
    assert_eq!(app.text("#flip-ai_ml"), "Node.js wins below 5.1");
}
