//! Trunk `post_build` hook. Trunk runs it after staging a build, with
//! `TRUNK_STAGING_DIR` (the files about to become `dist/`) and
//! `TRUNK_SOURCE_DIR` (the repository) set. From templates in the
//! repository it writes, with the build's real hashed file names:
//! - `embed.js` (from `embed/embed.js`): the embed loader;
//! - `author.html`: the authoring page, from the author build (its own WASM,
//!   `author-<hash>`, see `author_build.rs`): readers never download it;
//! - the pages: `index.html`, `embed.html` and `preset/<id>/index.html`,
//!   each with the app pre-rendered into it (`versus::prerender`), its
//!   oEmbed discovery link, and a Content-Security-Policy meta tag with the
//!   hashes of Trunk's inline boot script (which changes every build);
//! - oEmbed responses (`oembed.json`, `oembed-<preset>.json`) for
//!   `VERSUS_PUBLIC_URL`;
//! - `sw.js` (from `sw/sw.js`): the service worker, with every file a reader
//!   needs (embed.js included) to precache, the author page's files to cache
//!   once it is opened, and a version id derived from all of them;
//! - `_headers`: the response headers of every file (see `headers.rs`).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use std::sync::Arc;

use versus::{prerender, SharedWords, Surface, SurfaceKind};
use versus_core::l10n::{author_words, author_words_file, fault_words, fault_words_file, for_reader, Locale, Words};
use versus_core::embed::FRAME_PAGE;
use versus_core::explain::{headline, Reading};
use versus_postbuild::languages::{
    catalog_file, in_language, other_locales, page_file, with_language_script, CATALOG_DIR,
};
use versus_postbuild::author_build::{take_in, with_integrity, AUTHOR_BUILD_DIR, AUTHOR_PAGE, AUTHOR_STYLE};
use versus_postbuild::csp::sha256_base64_bytes;
use versus_postbuild::headers::{header_rules_with, headers_file, HEADERS_FILE};
use versus_postbuild::imports::shorten_imports;
use versus_postbuild::minify::minify_module;
use versus_postbuild::oembed::oembed_file;
use versus_postbuild::pages::{
    author_page, preset_page, preset_page_file, with_page_meta, with_prerendered, PageMeta,
};
use versus_postbuild::start::with_deferred_start;
use versus_postbuild::{
    fill_template, hashed_file, oembed_json, page_csp, precache_integrity, public_url, site_files,
    staged_files, version_id, with_csp_meta, with_oembed_link, Filling,
};

fn env_dir(name: &str) -> Result<PathBuf, String> {
    std::env::var_os(name)
        .map(PathBuf::from)
        .ok_or_else(|| format!("{name} is not set: run me as a Trunk post_build hook"))
}

fn run() -> Result<(), String> {
    if std::env::var_os("VERSUS_AUTHOR_BUILD").is_some() {
        println!("versus-postbuild: the author build, left as Trunk wrote it for the reader build to take in");
        return Ok(());
    }
    let staging = env_dir("TRUNK_STAGING_DIR")?;
    let source = env_dir("TRUNK_SOURCE_DIR")?;
    let read = |name: &str| {
        let path = source.join(name);
        std::fs::read_to_string(&path).map_err(|e| format!("reading {}: {e}", path.display()))
    };
    let write = |name: &str, text: String| {
        std::fs::write(staging.join(name), text).map_err(|e| format!("writing {name}: {e}"))
    };
    let template =
        std::fs::read_to_string(staging.join("index.html")).map_err(|e| format!("reading index.html: {e}"))?;
    // Every reader's page is made from this one, which starts the app only
    // after its first paint (the author page keeps Trunk's immediate start).
    let public = public_url(std::env::var("VERSUS_PUBLIC_URL").ok());
    let dataset = versus_core::Dataset::from_json(&read("data/dataset.json")?)
        .map_err(|errors| format!("data/dataset.json is invalid: {}", errors.len()))?;
    // The built-in comparison's core, which the reader's app reads from
    // the site (the app knows the same name: both come from the dataset).
    let (builtin_json, builtin_file) = dataset.reader_core_file();
    write(&builtin_file, builtin_json)?;
    let template = with_deferred_start(&template, &format!("/{builtin_file}"))?;
    let matrix = versus_core::ScoreMatrix::from_dataset(&dataset).ok_or("no score table")?;
    let title = format!("{} An interactive comparison by Versus", dataset.title);
    let english_words = Words::english();
    // A pre-rendered page finished: its meta, discovery of `oembed` (file
    // and title), then the policy (the last step: it hashes the page's
    // inline scripts).
    let finish = |html: String, oembed: Option<(&str, &str)>, meta: Option<PageMeta>| {
        let html = match meta {
            Some(meta) => with_page_meta(&html, &meta)?,
            None => html,
        };
        let html = match oembed {
            Some((file, title)) => with_oembed_link(&html, &format!("{public}{file}"), title)?,
            None => html,
        };
        let csp = page_csp(&html);
        Ok::<_, String>((with_csp_meta(&html, &csp)?, csp))
    };
    // A page: the app pre-rendered for `surface`, then finished.
    let page = |surface: Surface, oembed: Option<(&str, &str)>, meta: Option<PageMeta>| {
        let html = with_prerendered(&template, &prerender(surface))?;
        finish(html, oembed, meta)
    };

    write(&oembed_file(None), oembed_json(&public, &title, &[])?)?;
    // The English app and iframe pages send a reader on to their language
    // before the first paint (`languages.rs`).
    let english = |surface: Surface, oembed: Option<(&str, &str)>| {
        let html = with_prerendered(&template, &prerender(surface))?;
        finish(with_language_script(&html)?, oembed, None)
    };
    let (index, csp) = english(Surface::default(), Some((&oembed_file(None), &title)))?;
    write("index.html", index)?;
    // The iframe page: served with frame-ancestors *. No discovery link: its
    // settings are in its query, which a static page cannot know, so a
    // pasted embed address would embed the wrong widget (the README points
    // to the snippet instead).
    let frame = Surface {
        kind: SurfaceKind::Frame,
        ..Surface::default()
    };
    write(FRAME_PAGE, english(frame, None)?.0)?;
    // The same two pages in every other language, and each catalog as a
    // file for the custom element.
    std::fs::create_dir_all(staging.join(CATALOG_DIR))
        .map_err(|e| format!("creating {CATALOG_DIR}: {e}"))?;
    let mut catalogs = Vec::new();
    let mut own_policies: Vec<(String, String)> = Vec::new();
    for locale in other_locales() {
        // Without the fault words: a reader fetches them when a notice
        // lists a dataset's problems.
        let compact = for_reader(locale);
        let words = Words::read(locale, compact)
            .map_err(|e| format!("the {} catalog: {e}", locale.tag()))?;
        let shared = SharedWords(Arc::new(words.clone()));
        std::fs::create_dir_all(staging.join(locale.tag()))
            .map_err(|e| format!("creating {}: {e}", locale.tag()))?;
        for (file, kind) in [("index.html", SurfaceKind::Page), (FRAME_PAGE, SurfaceKind::Frame)] {
            let surface = Surface {
                kind,
                words: shared.clone(),
                ..Surface::default()
            };
            let html = with_prerendered(&template, &prerender(surface))?;
            let html = in_language(&html, locale, &words, compact)?;
            let (html, csp) = finish(html, None, None)?;
            // Its policy is its own (no language script; its catalog's
            // data block), and its headers say the same.
            own_policies.push((page_file(locale, file), csp));
            write(&page_file(locale, file), html)?;
        }
        let file = catalog_file(locale)?;
        write(file, compact.to_string())?;
        catalogs.push((locale.tag().to_string(), file.to_string()));
    }
    for locale in Locale::ALL {
        if let Some(file) = fault_words_file(locale) {
            write(file, fault_words(locale).to_string())?;
        }
        if let Some(file) = author_words_file(locale) {
            write(file, author_words(locale).to_string())?;
        }
    }
    // The authoring page and its own WASM (scripts/build.sh builds it first).
    let (author_files, author_csp) = match take_in(&source.join(AUTHOR_BUILD_DIR), &staging) {
        Ok(build) => {
            let mut author = author_page(&build.page)?;
            // Its glue minified and its imports shortened as the reader's
            // are; the page's integrity hashes follow the new bytes.
            let module = hashed_file(&build.files, "author", ".js").ok_or("no author-<hash>.js in the author build")?;
            let wasm = hashed_file(&build.files, "author", "_bg.wasm").ok_or("no author-<hash>_bg.wasm in the author build")?;
            shrink_glue_and_imports(&source, &staging, module, wasm)?;
            for file in [module, wasm] {
                let bytes = std::fs::read(staging.join(file)).map_err(|e| format!("reading {file}: {e}"))?;
                author = with_integrity(&author, file, &format!("sha256-{}", sha256_base64_bytes(&bytes)));
            }
            let author_csp = page_csp(&author);
            write(AUTHOR_PAGE, with_csp_meta(&author, &author_csp)?)?;
            let mut files = build.files;
            files.push(AUTHOR_PAGE.to_string());
            files.push(AUTHOR_STYLE.to_string());
            (files, Some(author_csp))
        }
        Err(why) => {
            eprintln!("versus-postbuild: no author.html in this build ({why}); scripts/build.sh builds both");
            (Vec::new(), None)
        }
    };

    for preset in &dataset.presets {
        let settings = [("preset".to_string(), preset.id.clone())];
        let preset_title = format!("{title}: {}", preset.name);
        let oembed = oembed_file(Some(&preset.id));
        write(&oembed, oembed_json(&public, &preset_title, &settings)?)?;
        let verdict = versus_core::evaluate(
            &matrix,
            &versus_core::Weights::from_levels(&dataset.preset_levels(preset)),
        );
        let answer = headline(&english_words, &dataset, &verdict, Reading::Reader);
        let file = preset_page_file(&preset.id);
        let meta = PageMeta {
            title: &format!("{}: {answer}", preset.name),
            description: &format!(
                "{} Node.js or Python? For this kind of project: {answer}, from five published comparisons, every score cited.",
                preset.description
            ),
            canonical: &format!("{public}{}", preset_page(&preset.id)),
            preset: &preset.id,
        };
        let surface = Surface {
            page_preset: Some(preset.id.clone()),
            ..Surface::default()
        };
        let (html, _) = page(surface, Some((&oembed, &preset_title)), Some(meta))?;
        let path = staging.join(&file);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("creating {}: {e}", dir.display()))?;
        }
        write(&file, html)?;
    }

    let list = || staged_files(&staging).map_err(|e| format!("reading {}: {e}", staging.display()));

    let files = list()?;
    let module = hashed_file(&files, "versus", ".js").ok_or("no versus-<hash>.js in the build")?;
    let wasm =
        hashed_file(&files, "versus", "_bg.wasm").ok_or("no versus-<hash>_bg.wasm in the build")?;
    let style = hashed_file(&files, "app", ".css").ok_or("no app-<hash>.css in the build")?;
    shrink_glue_and_imports(&source, &staging, module, wasm)?;
    let loader = fill_template(
        &read("embed/embed.js")?,
        &[
            ("__MODULE__", Filling::Text(module.into())),
            ("__WASM__", Filling::Text(wasm.into())),
            ("__STYLE__", Filling::Text(style.into())),
            ("__CATALOG_TAGS__", Filling::List(catalogs.iter().map(|(tag, _)| tag.clone()).collect())),
            ("__CATALOG_FILES__", Filling::List(catalogs.iter().map(|(_, file)| file.clone()).collect())),
        ],
    )?;
    write("embed.js", loader)?;

    // Listed again so the precache includes embed.js. The author page's
    // files are cached only once it is opened: readers never fetch them.
    let every = list()?;
    let version = version_id(&staging, &every).map_err(|e| format!("hashing the build: {e}"))?;
    let (author_list, files): (Vec<String>, Vec<String>) =
        every.into_iter().partition(|f| author_files.contains(f));
    // Each language's pages and catalog are cached only where that
    // language is in use: a reader never downloads the others.
    let in_locale = |f: &String, tag: &str| f.starts_with(&format!("{tag}/")) || f.starts_with(&format!("{CATALOG_DIR}/{tag}-"));
    let (mut locale_files, files): (Vec<String>, Vec<String>) = files
        .into_iter()
        .partition(|f| catalogs.iter().any(|(tag, _)| in_locale(f, tag)));
    // A language's start page is asked for by its folder, as `./` is.
    locale_files.extend(catalogs.iter().map(|(tag, _)| format!("{tag}/")));

    let count = files.len();
    let integrity = |files: &[String]| {
        precache_integrity(&staging, files).map_err(|e| format!("hashing the build: {e}"))
    };
    let (reader_integrity, author_integrity) = (integrity(&files)?, integrity(&author_list)?);
    let worker = fill_template(
        &read("sw/sw.js")?,
        &[
            ("__VERSION__", Filling::Text(version.clone())),
            ("__PRECACHE__", Filling::List(files)),
            ("__INTEGRITY__", Filling::List(reader_integrity)),
            ("__AUTHOR__", Filling::List(author_list)),
            ("__AUTHOR_INTEGRITY__", Filling::List(author_integrity)),
            ("__LOCALE_FILES__", Filling::List(locale_files)),
        ],
    )?;
    write("sw.js", worker)?;

    let every_file =
        site_files(&staging).map_err(|e| format!("reading {}: {e}", staging.display()))?;
    write(
        HEADERS_FILE,
        headers_file(&header_rules_with(
            &every_file,
            &csp,
            &author_csp
                .iter()
                .map(|p| (AUTHOR_PAGE, p.as_str()))
                .chain(own_policies.iter().map(|(f, p)| (f.as_str(), p.as_str())))
                .collect::<Vec<_>>(),
        ))?,
    )?;
    println!("versus-postbuild: wrote embed.js, _headers; sw.js precaches {count} files, version {version}");
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("versus-postbuild: {message}");
            ExitCode::FAILURE
        }
    }
}

/// A build's glue `module` minified (`minify.rs`), then it and its `wasm`
/// given short import names (`imports.rs`), written back in place.
fn shrink_glue_and_imports(source: &Path, staging: &Path, module: &str, wasm: &str) -> Result<(), String> {
    let (module, wasm) = (staging.join(module), staging.join(wasm));
    minify_module(source, &module)?;
    let bytes = std::fs::read(&wasm).map_err(|e| format!("reading {}: {e}", wasm.display()))?;
    let glue = std::fs::read_to_string(&module).map_err(|e| format!("reading {}: {e}", module.display()))?;
    let (bytes, glue) = shorten_imports(&bytes, &glue).map_err(|e| format!("shortening the imports of {}: {e}", wasm.display()))?;
    std::fs::write(&wasm, bytes).map_err(|e| format!("writing {}: {e}", wasm.display()))?;
    std::fs::write(&module, glue).map_err(|e| format!("writing {}: {e}", module.display()))
}
