//! Where the app is running: its own page, an iframe embed, or a custom
//! element inside someone else's page. Each difference in behaviour is a
//! method here, so components ask "may I write the URL?" rather than
//! checking the kind themselves.

use versus_core::SettingProblem;

use crate::words::SharedWords;
use crate::model::DataSource;
use crate::platform::takeover::EarlyChoices;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SurfaceKind {
    /// The app's own page.
    #[default]
    Page,
    /// `embed.html?...` inside an iframe on a blog.
    Frame,
    /// `<versus-widget>` in a shadow root on a blog page.
    Element,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Surface {
    pub kind: SurfaceKind,
    /// Embed settings: query pairs (frame) or attributes (element).
    pub settings: Vec<(String, String)>,
    /// Query parts that could not even be decoded.
    pub problems: Vec<SettingProblem>,
    /// The app's page, for links out of an embed (`None`: this page).
    pub app_url: Option<String>,
    /// The preset a page stands for (`preset/<id>/`): where it starts
    /// when its link carries no state of its own.
    pub page_preset: Option<String>,
    /// Rendered at build time into static HTML: no browser to ask for the
    /// URL or storage, so the page starts from its preset or the defaults.
    pub prerendering: bool,
    /// The comparison to show.
    pub data: DataSource,
    /// The authoring page's preview: a widget inside another page, with
    /// nothing to share or embed yet.
    pub preview: bool,
    /// What the reader set on the pre-rendered page before the take-over.
    pub early: EarlyChoices,
    /// The language it speaks (English unless the page or the embed says).
    pub words: SharedWords,
    /// Whether someone chose that language (the switch, a `lang` setting
    /// or attribute): then an author's dataset's `language` does not
    /// override it.
    pub language_chosen: bool,
}

impl Surface {
    pub fn is_embedded(&self) -> bool {
        self.kind != SurfaceKind::Page
    }

    /// Only the app's own page, live in a browser, writes the address bar,
    /// history and storage; an embed keeps its state in memory and never
    /// touches the host's.
    pub fn keeps_state_in_url(&self) -> bool {
        self.kind == SurfaceKind::Page && !self.prerendering
    }

    /// A service worker can only serve pages of its own origin.
    pub fn may_register_service_worker(&self) -> bool {
        self.kind != SurfaceKind::Element
    }

    /// Only a frame needs to tell its parent how tall it is.
    pub fn reports_height(&self) -> bool {
        self.kind == SurfaceKind::Frame
    }

    /// Unknown query keys are worth a notice; unknown attributes (`class`,
    /// `id`, ...) on a custom element are the host page's business.
    pub fn strict_settings(&self) -> bool {
        self.kind == SurfaceKind::Frame
    }
}
