//! Versus: the Yew shell around `versus-core`.
//!
//! Components turn events into `ReaderAction`s and state into markup; all
//! browser side effects go through `platform`, called from `hooks`.

mod components;
mod hooks;
mod model;
mod platform;
mod state;
mod surface;
mod words;

use wasm_bindgen::prelude::*;
use yew::prelude::*;

#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

pub use components::app::{App, AppProps};
pub use words::SharedWords;
#[cfg(feature = "ssr")]
pub use model::builtin_dataset;
pub use model::DataSource;
pub use surface::{Surface, SurfaceKind};

/// Entry point of the app's own page (`index.html`) and of the iframe page
/// (`embed.html`, the same file served with a different frame policy),
/// called by the page's boot script once the WASM is loaded. Never called
/// by the embed loader: a host page's own `#versus-root`, address,
/// history, storage and service worker are not ours.
#[wasm_bindgen]
pub fn start_page() {
    let Some(root) = platform::take_mount_point() else {
        return;
    };
    platform::install_panic_hook();
    // Only the author build (`--features author`) carries the editor; the
    // reader's WASM, which every post's reader downloads, does not.
    #[cfg(feature = "author")]
    if platform::page_kind().as_deref() == Some("author") {
        let query = platform::history::current_query();
        let embed = (query == "?embed" || query.starts_with("?embed&")).then(|| components::author::EmbedPageProps {
            data: page_data_source(&query),
            fragment: platform::history::current_fragment(),
        });
        // In the author's language: its catalog comes first (the static
        // stand-in stays meanwhile), English at once.
        wasm_bindgen_futures::spawn_local(async move {
            let words = platform::language::authoring_words(&query).await;
            platform::speak_as(&words);
            let props = components::author::AuthoringProps { words, embed };
            yew::Renderer::<components::author::Authoring>::with_root_and_props(root, props).render();
        });
        return;
    }
    let surface = match platform::embed::frame_query() {
        Some(query) => {
            let (settings, problems) = versus_core::parse_query(&query);
            Surface {
                kind: SurfaceKind::Frame,
                data: page_data_source(&query),
                settings,
                problems,
                app_url: platform::embed::page_url(),
                early: platform::takeover::early_choices(),
                words: platform::language::page_words(),
                language_chosen: platform::language::query_names_language(&query),
                ..Surface::default()
            }
        }
        None => {
            let query = platform::history::current_query();
            Surface {
                page_preset: platform::page_preset(),
                data: page_data_source(&query),
                early: platform::takeover::early_choices(),
                words: platform::language::page_words(),
                language_chosen: platform::language::page_language_chosen(&query),
                ..Surface::default()
            }
        }
    };
    // Set before the first render, so even an early panic is told in the page's language.
    platform::speak_as(&surface.words);
    yew::Renderer::<App>::with_root_and_props(root, AppProps { surface }).render();
}

/// Mounts one `<versus-widget>` into `parent` (its shadow root): `host` is
/// the element whose attributes configure it, `app_url` is the app's page
/// (for "open in Versus" links); `lang` the locale the loader chose (the
/// element's `lang`, the host page's, the browser's) and `catalog` its
/// compact catalog, which it fetched (`None` for English). Called by
/// `embed.js`, which unmounts the widget when the element leaves the page.
#[wasm_bindgen]
pub fn mount_widget(
    parent: web_sys::Node,
    host: web_sys::Element,
    app_url: String,
    lang: String,
    catalog: Option<String>,
) -> MountedWidget {
    let settings = platform::embed::attributes(&host);
    platform::site::set_site(&app_url);
    let surface = Surface {
        kind: SurfaceKind::Element,
        data: element_data_source(&settings, platform::embed::inline_dataset(&host)),
        settings,
        app_url: Some(app_url),
        words: versus_core::l10n::Locale::from_tag(&lang)
            .map(|locale| platform::language::words_of(locale, catalog.as_deref()))
            .unwrap_or_default(),
        language_chosen: host.has_attribute("lang"),
        ..Surface::default()
    };
    let (container, mut handle) = IDLE_ROOTS
        .with(|idle| idle.borrow_mut().pop())
        .or_else(|| {
            let container = platform::create_element("div")?;
            let handle = yew::Renderer::<WidgetSlot>::with_root(container.clone()).render();
            Some((container, handle))
        })
        .expect("a document to create the widget's root in");
    let generation = NEXT_GENERATION.with(|n| n.replace(n.get() + 1));
    handle.update(WidgetSlotProps {
        surface: Some(surface),
        generation,
    });
    let _ = parent.append_child(&container);
    MountedWidget(Some((container, handle)))
}

/// Where a page's comparison comes from, first match wins: `?data=` (even
/// in a query too long for settings: the loader refuses a long address with
/// the one message every way in shares), a dataset in the address's
/// fragment, or the built-in comparison.
fn page_data_source(query: &str) -> DataSource {
    if let Some(url) = versus_core::embed::data_address(query) {
        return DataSource::Url(url.trim().to_string());
    }
    let fragment = platform::history::current_fragment();
    match versus_core::link_data::split_fragment(&fragment).0 {
        Some(encoded) => DataSource::Link(encoded.to_string()),
        None => DataSource::Builtin,
    }
}

/// Where a `<versus-widget>`'s comparison comes from: its `src`, its inline
/// JSON, or the built-in comparison (the host page's fragment is not ours).
fn element_data_source(settings: &[(String, String)], inline: Option<String>) -> DataSource {
    if let Some((_, url)) = settings
        .iter()
        .find(|(k, v)| k == "src" && !v.trim().is_empty())
    {
        return DataSource::Url(url.trim().to_string());
    }
    inline.map_or(DataSource::Builtin, DataSource::Inline)
}

thread_local! {
    /// App roots of widgets taken off the page, ready to mount again. Yew
    /// never frees a root's event delegation (it leaks its listeners by
    /// design), so a removed widget's root is emptied and kept rather than
    /// destroyed: memory stays bounded by the most widgets ever shown at once.
    static IDLE_ROOTS: std::cell::RefCell<Vec<WidgetRoot>> = const { std::cell::RefCell::new(Vec::new()) };
    static NEXT_GENERATION: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

type WidgetRoot = (web_sys::Element, yew::AppHandle<WidgetSlot>);

/// A `<versus-widget>`'s running app, until `unmount`.
#[wasm_bindgen]
pub struct MountedWidget(Option<WidgetRoot>);

#[wasm_bindgen]
impl MountedWidget {
    /// Unmounts the app (its DOM, listeners, timers and observers go with
    /// it) and keeps its emptied root for the next widget.
    pub fn unmount(&mut self) {
        if let Some((container, mut handle)) = self.0.take() {
            handle.update(WidgetSlotProps::default());
            container.remove();
            IDLE_ROOTS.with(|idle| idle.borrow_mut().push((container, handle)));
        }
    }
}

#[derive(PartialEq, Properties, Default)]
pub struct WidgetSlotProps {
    /// `None` while the root waits, empty, for its next widget.
    surface: Option<Surface>,
    /// A new widget in a reused root starts from scratch: new state, new
    /// hooks, as if the root were new.
    generation: u32,
}

#[component]
fn WidgetSlot(props: &WidgetSlotProps) -> Html {
    match &props.surface {
        Some(surface) => html! { <App key={props.generation} surface={surface.clone()} /> },
        None => html! {},
    }
}

/// The app rendered to static HTML on the host, for the build to write
/// into a page before any WASM loads. Rendering calls no browser API, so
/// this is what the first client render draws too, and the take-over
/// (`platform::reveal_app`) swaps one for the other without a shift.
#[cfg(feature = "ssr")]
pub fn prerender(surface: Surface) -> String {
    let surface = Surface {
        prerendering: true,
        ..surface
    };
    let renderer = yew::ServerRenderer::<App>::with_props(move || AppProps { surface });
    futures::executor::block_on(renderer.hydratable(false).render())
}

/// Shows the "something went wrong" notice the panic hook shows (exposed so
/// browser tests can check it without crashing the test runner).
pub fn show_crash_notice() {
    platform::show_crash_notice();
}

/// Mounts a fresh app into `root` (browser tests).
pub fn mount(root: web_sys::Element) -> yew::AppHandle<App> {
    mount_with(root, Surface::default())
}

/// Gives the built-in comparison (`json`: `dataset.json`, evidence and
/// all) as if read from the site (browser tests, which have no site).
pub fn give_builtin(json: &str) {
    platform::site::give_builtin(json);
}

/// Mounts a fresh app on a given surface (browser tests).
pub fn mount_with(root: web_sys::Element, surface: Surface) -> yew::AppHandle<App> {
    yew::Renderer::<App>::with_root_and_props(root, AppProps { surface }).render()
}
