//! The reader's pages in every language Versus speaks. A static host
//! cannot negotiate, so each locale has its own copies of the app page and
//! the iframe page (`de/index.html`, `de/embed.html`), pre-rendered in it,
//! with `lang` and `dir` set and its catalog inside (the app reads it from
//! there: no second request). The English pages carry one small script
//! that, before the first paint, goes to the reader's language: the
//! switch's choice, an iframe's `lang` setting, or the browser's
//! languages. Each catalog is also a file (`l10n/de-<hash>.json`) for the
//! custom element, whose loader fetches only the one it uses.

use versus_core::l10n::{msg, Locale, Words};
use versus_core::text::html_escape;

use crate::html::insert_after_charset;
use crate::pages::with_head;

/// Where the catalog files go.
pub const CATALOG_DIR: &str = "l10n";

/// The locales with pages of their own (English is the root's).
pub fn other_locales() -> impl Iterator<Item = Locale> {
    Locale::ALL.into_iter().filter(|l| *l != Locale::En)
}

/// `l10n/<tag>-<hash>.json`: named for its content (so it is cached for
/// good), as the app knows it (`versus_core::l10n::catalog_file`).
pub fn catalog_file(locale: Locale) -> Result<&'static str, String> {
    versus_core::l10n::catalog_file(locale)
        .ok_or_else(|| format!("no catalog file for {}", locale.tag()))
}

/// `page` (`index.html`, `embed.html`) in `locale`'s folder.
pub fn page_file(locale: Locale, page: &str) -> String {
    format!("{}/{page}", locale.tag())
}

/// A pre-rendered English page made `locale`'s: `lang` and `dir`, its
/// title and description, its catalog for the app to read, and the boot
/// script's words (`boot_words`).
pub fn in_language(html: &str, locale: Locale, words: &Words, compact: &str) -> Result<String, String> {
    let opening = ["<html lang=en>", "<html lang=\"en\">"]
        .iter()
        .find(|o| html.contains(*o))
        .ok_or("the page has no <html lang=en>")?;
    let html = html.replacen(
        opening,
        &format!("<html lang=\"{}\" dir=\"{}\">", locale.tag(), locale.dir()),
        1,
    );
    let head = format!(
        "<title>{}</title><meta name=\"description\" content=\"{}\">",
        html_escape(&words.label(msg::PAGE_TITLE)),
        html_escape(&words.label(msg::PAGE_DESCRIPTION))
    );
    let html = with_head(&html, &head)?;
    // A data block, never run; `<\/` keeps a `</script>` inside text from
    // closing it (JSON reads `\/` as `/`).
    let block = format!(
        "<script type=\"application/json\" id=\"versus-words\">{}</script>",
        compact.replace("</", "<\\/")
    );
    let root = html.find("id=versus-root").ok_or("the page has no #versus-root")?;
    let at = html[..root].rfind("<div").ok_or("no <div> before #versus-root")?;
    let opening = "<div".len();
    Ok(format!(
        "{}{block}<div{}{}",
        &html[..at],
        boot_words(locale)?,
        &html[at + opening..]
    ))
}

/// What `boot/boot.js` says in `locale` (a link's comparison loading, or
/// the app failing to start), as `#versus-root`'s `data-boot-*`
/// attributes: the script knows only English, which stays its own. They
/// are in no catalog (`core/build.rs`), so they come from the whole one.
pub fn boot_words(locale: Locale) -> Result<String, String> {
    let words = Words::read_as_is(locale, versus_core::l10n::compiled(locale))
        .map_err(|e| format!("the {} catalog: {e}", locale.tag()))?;
    let said = [
        ("loading", msg::BOOT_LOADING),
        ("failed", msg::BOOT_FAILED),
        ("retry", msg::BOOT_RETRY),
        ("retrying", msg::BOOT_RETRYING),
    ];
    Ok(said
        .iter()
        .map(|(name, id)| format!(" data-boot-{name}=\"{}\"", html_escape(&words.label(*id))))
        .collect())
}

/// The English pages' first script: to the reader's language before the
/// first paint. One script for both pages (one hash in the policy): the
/// app page follows the switch's choice, then the browser; the iframe page
/// its `lang` setting, then the browser. A `lang` Versus does not speak is
/// skipped; the first match wins, and English stays.
pub fn language_script() -> String {
    // The languages with pages of their own, the pseudo-locale apart: it
    // is reached only by its exact tag, never by its language (`en`).
    let offered: Vec<&str> = Locale::ALL
        .iter()
        .filter(|l| l.offered() && **l != Locale::En)
        .map(|l| l.tag())
        .collect();
    format!(
        "<script id=\"versus-language\">(function(){{var O=\"{}\".split(\" \").concat(\"en\"),T=O.concat(\"{}\"),p=location,\
f=/embed\\.html$/.test(p.pathname),w=[],q=new URLSearchParams(p.search).get(\"lang\");q&&w.push(q);\
if(!f)try{{w.push(localStorage.getItem(\"versus:lang\"))}}catch(e){{}}w=w.concat(navigator.languages);\
for(var i=0;i<w.length;i++){{if(!w[i])continue;var t=(\"\"+w[i]).toLowerCase(),g=t.split(/[-_]/)[0],\
l=T.filter(function(x){{return x.toLowerCase()==t}})[0]||O.filter(function(x){{return x.split(\"-\")[0].toLowerCase()==g}})[0];\
if(l){{l!=\"en\"&&p.replace(\"/\"+l+\"/\"+(f?\"embed.html\":\"\")+p.search+p.hash);break}}}}}})()</script>",
        offered.join(" "),
        Locale::EnXa.tag()
    )
}

/// `html` (an English page) with the language script first in its head.
pub fn with_language_script(html: &str) -> Result<String, String> {
    insert_after_charset(html, &language_script())
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<!doctype html><html lang=en><meta charset=utf-8><title>Versus</title><meta content=\"x\" name=description><body><div aria-busy=true id=versus-root></div>";

    #[test]
    fn a_page_in_german_says_so_and_carries_its_catalog() {
        let compact = versus_core::l10n::compiled(Locale::De);
        let words = Words::read(Locale::De, compact).unwrap();
        let page = in_language(PAGE, Locale::De, &words, "[[\"a\",\"</script>\"]]").unwrap();
        assert!(page.contains("<html lang=\"de\" dir=\"ltr\">"));
        assert!(page.contains("<script type=\"application/json\" id=\"versus-words\">[[\"a\",\"<\\/script>\"]]</script><div data-boot-loading=\"Vergleich wird geladen…\" data-boot-failed=\"Der interaktive Vergleich konnte nicht starten"));
        assert!(page.contains(" data-boot-retry=\"Erneut versuchen\" data-boot-retrying=\"Neuer Versuch…\" aria-busy=true id=versus-root>"));
        assert!(!page.contains("<title>Versus</title>"));
        let arabic = Words::read(Locale::Ar, versus_core::l10n::compiled(Locale::Ar)).unwrap();
        assert!(in_language(PAGE, Locale::Ar, &arabic, "[]").unwrap().contains("<html lang=\"ar\" dir=\"rtl\">"));
    }

    #[test]
    fn the_boot_script_says_in_english_what_the_english_catalog_says() {
        // boot.js keeps English's words (the English pages carry none), so
        // they must be en.ftl's, as every other locale's are.
        let script = include_str!("../../../boot/boot.js");
        let english = Words::read_as_is(Locale::En, versus_core::l10n::compiled(Locale::En)).unwrap();
        for id in [msg::BOOT_LOADING, msg::BOOT_FAILED, msg::BOOT_RETRY, msg::BOOT_RETRYING] {
            let words = english.label(id);
            assert!(script.contains(&format!("'{words}'")), "boot.js does not say {words:?}");
        }
        // And no catalog a reader fetches carries them.
        for locale in Locale::ALL {
            let own = Words::read_as_is(locale, versus_core::l10n::compiled(locale)).unwrap();
            assert!(!versus_core::l10n::for_reader(locale).contains(&own.label(msg::BOOT_FAILED)));
        }
    }

    #[test]
    fn catalog_files_are_named_for_their_content() {
        use versus_core::l10n::{fault_words, fault_words_file, for_reader};
        let de = catalog_file(Locale::De).unwrap();
        let hash = versus_core::fingerprint(for_reader(Locale::De));
        assert_eq!(de, format!("l10n/de-{hash}.json"));
        assert!(catalog_file(Locale::PtBr).unwrap().starts_with("l10n/pt-BR-"));
        assert!(catalog_file(Locale::En).is_err());
        // The fault words have files of their own, English's too.
        for locale in [Locale::En, Locale::De] {
            let hash = versus_core::fingerprint(fault_words(locale));
            assert_eq!(fault_words_file(locale).unwrap(), format!("l10n/{}-faults-{hash}.json", locale.tag()));
        }
    }

    #[test]
    fn a_readers_catalog_leaves_the_fault_words_to_their_own_file() {
        use versus_core::l10n::{fault_words, for_reader, msg};
        let reader = Words::read_as_is(Locale::De, for_reader(Locale::De)).unwrap();
        let english = Words::read_as_is(Locale::En, for_reader(Locale::En)).unwrap();
        // On the host English behind German has them; alone, neither does.
        let alone = Words::read_as_is(Locale::En, "[]").unwrap();
        assert!(!alone.knows(msg::FAULT_BLANK));
        assert!(reader.knows(msg::DATA_PROBLEMS_TITLE) && reader.knows(msg::VERDICT_HEADING));
        let german = reader.clone().with_more(fault_words(Locale::De)).unwrap();
        assert_eq!(german.say(msg::FAULT_BLANK, &[]), "darf nicht leer sein");
        assert!(!for_reader(Locale::De).contains("darf nicht leer sein"));
        assert!(fault_words(Locale::De).contains("darf nicht leer sein"));
        assert!(!for_reader(Locale::En).contains("must not be empty"));
        assert_eq!(english.clone().with_more(fault_words(Locale::En)).unwrap().say(msg::FAULT_BLANK, &[]), "must not be empty");
    }
}
