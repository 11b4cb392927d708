//! Getting a dataset's text: by URL (fetch), or out of a link (the
//! browser's own deflate, `DecompressionStream`), and putting text into a
//! link (`CompressionStream`). Reading and validating happen in the core.

use std::cell::Cell;
use std::rc::Rc;
use versus_core::dataset::MAX_DATASET_BYTES;

use gloo::timers::callback::Timeout;
use versus_core::link_data::{decode_bytes, encode_bytes, MAX_LINK_DATA_CHARS};
use versus_core::l10n::{msg, Msg, Sentence};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::js_sys::{Array, Reflect, Uint8Array};
use web_sys::{
    AbortController, Blob, Headers, ReadableStream, ReadableStreamDefaultReader,
    ReadableWritablePair, Request, RequestInit, RequestMode, Response,
};

#[wasm_bindgen]
extern "C" {
    // Declared here rather than through web-sys, which gates these behind
    // `web_sys_unstable_apis`; both are in every current browser.
    type CompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<CompressionStream, JsValue>;
}

#[wasm_bindgen]
extern "C" {
    type DecompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<DecompressionStream, JsValue>;
}

const FORMAT: &str = "deflate-raw";

/// Why a dataset's text could not be had: a heading and a line a reader
/// can act on. The model turns it into the failure the page shows.
#[derive(Debug, Clone, PartialEq)]
pub struct FetchFailure {
    pub title: Msg,
    pub line: Sentence,
    /// Whether trying again may help (a network that failed or hung).
    pub retryable: bool,
}

impl FetchFailure {
    fn new(title: Msg, line: Sentence) -> FetchFailure {
        FetchFailure {
            title,
            line,
            retryable: false,
        }
    }

    fn retryable(self) -> FetchFailure {
        FetchFailure {
            retryable: true,
            ..self
        }
    }
}

/// How much of an address a message repeats.
const SHOWN_URL_CHARS: usize = 100;

/// A URL as a message repeats it: an address built to be long enough to
/// pass for a message of ours is cut short.
pub fn shortened(url: &str) -> String {
    if url.chars().count() <= SHOWN_URL_CHARS {
        url.to_string()
    } else {
        format!("{}…", url.chars().take(SHOWN_URL_CHARS).collect::<String>())
    }
}

fn too_large() -> Sentence {
    Sentence::new(msg::FETCH_TOO_LARGE).count("max", MAX_DATASET_BYTES / 1024)
}

/// How long a dataset's server may take to answer, and then to send the
/// whole file (512 KB at most): past either the page stops waiting and
/// offers Try again. The service worker answers from its saved copy sooner.
pub const ANSWER_TIMEOUT_MS: u32 = 10_000;
pub const DOWNLOAD_TIMEOUT_MS: u32 = 30_000;

/// The response header the service worker puts on a saved copy of a
/// dataset it serves instead of the network: when it was saved.
const SAVED_AT: &str = "X-Versus-Saved-At";
/// The header the service worker puts on a response it passes on: where the
/// data came from after redirects (a response it makes has no URL of its own).
const FINAL_URL: &str = "X-Versus-Final-URL";

/// A dataset's text as fetched.
pub struct FetchedText {
    pub text: String,
    /// Where the text really came from, after any redirect.
    pub final_url: String,
    /// How old the copy is, in milliseconds, when it is the service worker's
    /// saved copy rather than a fresh download.
    pub saved_age_ms: Option<f64>,
}

/// Aborts `controller` after `ms` unless dropped first, noting that it did.
fn deadline(controller: &AbortController, ms: u32, expired: &Rc<Cell<bool>>) -> Timeout {
    let (controller, expired) = (controller.clone(), Rc::clone(expired));
    Timeout::new(ms, move || {
        expired.set(true);
        controller.abort();
    })
}

/// Fetches a dataset's text. The `Accept` header is how the service worker
/// tells a dataset request from others, to keep a copy for offline use.
pub async fn fetch_text(url: &str) -> Result<FetchedText, FetchFailure> {
    let fail = |line: Sentence| FetchFailure::new(msg::LOAD_FAILED_TITLE, line);
    // A network that failed, hung or broke off may work on a second try; a
    // file that is too large, not text or refused (4xx) will not.
    let passing = |line: Sentence| fail(line).retryable();
    let shown = shortened(url);
    let about = |id: Msg| Sentence::new(id).text("address", shown.as_str());
    let network = || passing(about(msg::FETCH_NO_ANSWER));
    let expired = Rc::new(Cell::new(false));
    let slow = |id: Msg, ms: u32| passing(about(id).count("seconds", (ms / 1000) as usize));
    let controller = AbortController::new().map_err(|_| network())?;
    let init = RequestInit::new();
    init.set_mode(RequestMode::Cors);
    init.set_signal(Some(&controller.signal()));
    let headers = Headers::new().map_err(|_| network())?;
    let _ = headers.set("Accept", "application/json");
    init.set_headers(&headers);
    let request = Request::new_with_str_and_init(url, &init)
        .map_err(|_| fail(about(msg::FETCH_BAD_ADDRESS)))?;
    let window = web_sys::window().ok_or_else(network)?;
    let answer = deadline(&controller, ANSWER_TIMEOUT_MS, &expired);
    let response: Response = JsFuture::from(window.fetch_with_request(&request))
        .await
        .map_err(|_| {
            if expired.get() {
                slow(msg::FETCH_SLOW_ANSWER, ANSWER_TIMEOUT_MS)
            } else {
                network()
            }
        })?
        .dyn_into()
        .map_err(|_| network())?;
    answer.cancel();
    if !response.ok() {
        let line = about(msg::FETCH_REFUSED)
            .text("status", response.status().to_string())
            .text("reason", response.status_text());
        // A server error may pass; a missing or refused file will not.
        return Err(if response.status() >= 500 {
            passing(line)
        } else {
            fail(line)
        });
    }
    let header = |name: &str| response.headers().get(name).ok().flatten();
    let declared = header("Content-Length").and_then(|n| n.parse::<usize>().ok());
    if declared.is_some_and(|n| n > MAX_DATASET_BYTES) {
        if let Some(body) = response.body() {
            let _ = body.cancel();
        }
        return Err(fail(too_large()));
    }
    let saved_age_ms = header(SAVED_AT)
        .and_then(|at| at.parse::<u64>().ok())
        // An integer: parsing a float would bring the standard float parser.
        .map(|at| (web_sys::js_sys::Date::now() - at as f64).max(0.0));
    let body = response
        .body()
        .ok_or_else(|| fail(Sentence::new(msg::FETCH_EMPTY)))?;
    let download = deadline(&controller, DOWNLOAD_TIMEOUT_MS, &expired);
    let bytes = read_limited(&body).await.map_err(|e| match e {
        Some(line) => fail(line),
        None if expired.get() => slow(msg::FETCH_SLOW_FILE, DOWNLOAD_TIMEOUT_MS),
        None => passing(about(msg::FETCH_INTERRUPTED)),
    })?;
    download.cancel();
    let text = String::from_utf8(bytes).map_err(|_| fail(Sentence::new(msg::FETCH_NOT_TEXT)))?;
    let final_url = header(FINAL_URL)
        .or(Some(response.url()))
        .filter(|u| !u.is_empty())
        .unwrap_or_else(|| url.to_string());
    Ok(FetchedText {
        text,
        final_url,
        saved_age_ms,
    })
}

/// A link's `data=` part back to the dataset's text.
pub async fn inflate(encoded: &str) -> Result<String, FetchFailure> {
    let title = msg::LINK_FAILED_TITLE;
    let damaged = || FetchFailure::new(title, Sentence::new(msg::LINK_DAMAGED));
    // Refused before decoding: a long link could inflate to gigabytes.
    if encoded.len() > MAX_LINK_DATA_CHARS {
        return Err(FetchFailure::new(
            title,
            Sentence::new(msg::LINK_TOO_LONG)
                .count("length", encoded.len())
                .count("max", MAX_LINK_DATA_CHARS),
        ));
    }
    let bytes = decode_bytes(encoded).ok_or_else(damaged)?;
    let stream = blob_of(&bytes).ok_or_else(damaged)?.stream();
    let inflater = DecompressionStream::new(FORMAT).map_err(|_| {
        FetchFailure::new(title, Sentence::new(msg::LINK_NO_DECOMPRESSION))
    })?;
    let text = stream.pipe_through(inflater.unchecked_ref::<ReadableWritablePair>());
    let bytes = read_limited(&text)
        .await
        .map_err(|e| e.map_or_else(damaged, |line| FetchFailure::new(title, line)))?;
    String::from_utf8(bytes).map_err(|_| damaged())
}

/// The dataset's text as a link's `data=` part.
pub async fn deflate(text: &str) -> Option<String> {
    let stream = blob_of(text.as_bytes())?.stream();
    let deflater = CompressionStream::new(FORMAT).ok()?;
    let compressed = stream.pipe_through(deflater.unchecked_ref::<ReadableWritablePair>());
    let response = Response::new_with_opt_readable_stream(Some(&compressed)).ok()?;
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    Some(encode_bytes(&Uint8Array::new(&buffer).to_vec()))
}

fn blob_of(bytes: &[u8]) -> Option<Blob> {
    let parts = Array::of1(&Uint8Array::from(bytes));
    Blob::new_with_u8_array_sequence(&parts).ok()
}

/// Reads a stream to its end, stopping as soon as it passes the dataset
/// size limit: a small link or response that expands without end must not
/// exhaust the page. `Err(Some(..))` says why; `Err(None)` is a broken stream.
async fn read_limited(stream: &ReadableStream) -> Result<Vec<u8>, Option<Sentence>> {
    let reader: ReadableStreamDefaultReader = stream.get_reader().unchecked_into();
    let mut out = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read()).await.map_err(|_| None)?;
        if Reflect::get(&chunk, &"done".into()).is_ok_and(|d| d.is_truthy()) {
            return Ok(out);
        }
        let value = Reflect::get(&chunk, &"value".into()).map_err(|_| None)?;
        let bytes: Uint8Array = value.dyn_into().map_err(|_| None)?;
        if out.len() + bytes.length() as usize > MAX_DATASET_BYTES {
            let _ = reader.cancel();
            return Err(Some(too_large()));
        }
        out.extend(bytes.to_vec());
    }
}

/// `url` resolved against this page, as links out of an embed need it.
pub fn absolute(url: &str) -> Option<String> {
    let base = web_sys::window()?.document()?.base_uri().ok()??;
    Some(web_sys::Url::new_with_base(url, &base).ok()?.href())
}

/// The host of an absolute URL ("example.com:8080"), to say where data is from.
pub fn host_of(url: &str) -> Option<String> {
    Some(web_sys::Url::new(url).ok()?.host()).filter(|h| !h.is_empty())
}
