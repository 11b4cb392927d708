//! The languages Versus speaks, and which one a reader gets.

/// A locale with a catalog in `l10n/`. `EnXa` is the pseudo-locale made
/// from English for layout tests; it is never offered in the switch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Locale {
    En,
    De,
    Fr,
    Es,
    PtBr,
    Ja,
    Ar,
    EnXa,
}

impl Locale {
    /// Every locale, the switch's order first (English, then by tag).
    pub const ALL: [Locale; 8] = [
        Locale::En,
        Locale::Ar,
        Locale::De,
        Locale::Es,
        Locale::Fr,
        Locale::Ja,
        Locale::PtBr,
        Locale::EnXa,
    ];

    /// The BCP 47 tag: the page's `lang`, the catalog's file name, the
    /// `lang` setting and the folder of its pre-rendered pages.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::De => "de",
            Locale::Fr => "fr",
            Locale::Es => "es",
            Locale::PtBr => "pt-BR",
            Locale::Ja => "ja",
            Locale::Ar => "ar",
            Locale::EnXa => "en-XA",
        }
    }

    /// The language's own name, as the switch lists it.
    pub fn endonym(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::De => "Deutsch",
            Locale::Fr => "Français",
            Locale::Es => "Español",
            Locale::PtBr => "Português (Brasil)",
            Locale::Ja => "日本語",
            Locale::Ar => "العربية",
            Locale::EnXa => "Ëñĝļîšĥ (pseudo)",
        }
    }

    /// Whether the switch offers it (the pseudo-locale is for tests).
    pub fn offered(self) -> bool {
        self != Locale::EnXa
    }

    pub fn is_rtl(self) -> bool {
        self == Locale::Ar
    }

    /// The page's `dir`.
    pub fn dir(self) -> &'static str {
        if self.is_rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// The locale a BCP 47 tag asks for: exact (ASCII case ignored), then
    /// by its language alone (`de-AT` is German, `pt-PT` gets Brazilian
    /// Portuguese, the only Portuguese there is).
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let tag = tag.trim();
        if let Some(exact) = Locale::ALL.iter().find(|l| l.tag().eq_ignore_ascii_case(tag)) {
            return Some(*exact);
        }
        let language = tag.split(['-', '_']).next()?;
        Locale::ALL
            .iter()
            .filter(|l| l.offered())
            .find(|l| {
                l.tag()
                    .split('-')
                    .next()
                    .is_some_and(|own| own.eq_ignore_ascii_case(language))
            })
            .copied()
    }

}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_match_exactly_then_by_language() {
        assert_eq!(Locale::from_tag("de"), Some(Locale::De));
        assert_eq!(Locale::from_tag("DE-at"), Some(Locale::De));
        assert_eq!(Locale::from_tag("pt-PT"), Some(Locale::PtBr));
        assert_eq!(Locale::from_tag("pt-br"), Some(Locale::PtBr));
        assert_eq!(Locale::from_tag("en-XA"), Some(Locale::EnXa));
        assert_eq!(Locale::from_tag("en-GB"), Some(Locale::En));
        assert_eq!(Locale::from_tag("ar-EG"), Some(Locale::Ar));
        assert_eq!(Locale::from_tag("zh-CN"), None);
        assert_eq!(Locale::from_tag(""), None);
    }
}
