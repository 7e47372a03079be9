//! Browser layer: the page's location and history, language preferences, clipboard
//! and printing.

use wasm_bindgen::JsValue;

/// The current query string, with its `?` (empty if none).
pub fn query_string() -> String {
    web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

/// The page's URL without query or fragment, naming the file even when the address
/// did not (`https://host/path/` becomes `https://host/path/index.html`), so links
/// built on it work on hosts without directory indexes.
pub fn base_url() -> String {
    web_sys::window()
        .and_then(|w| {
            let l = w.location();
            let (origin, path) = (l.origin().ok()?, l.pathname().ok()?);
            let file = if path.ends_with('/') { "index.html" } else { "" };
            Some(format!("{origin}{path}{file}"))
        })
        .unwrap_or_default()
}

thread_local! {
    /// The latest query on its way to the address bar; `Some` while a write is scheduled.
    static PENDING_QUERY: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// How long the address bar may lag the state. `replaceState` costs milliseconds per
/// call, and Chrome ignores it beyond about 100 calls in 10 s (a dragged slider gets
/// there in seconds), so the bar follows at most this often, always ending on the latest.
const ADDRESS_BAR_DELAY_MS: u32 = 150;

/// Replaces the query string without a reload or a history entry, within
/// `ADDRESS_BAR_DELAY_MS`; calls in between only change what is written.
pub fn replace_query(query: &str) {
    let already_scheduled = PENDING_QUERY.with(|p| p.borrow_mut().replace(query.to_string()).is_some());
    if already_scheduled {
        return;
    }
    gloo_timers::callback::Timeout::new(ADDRESS_BAR_DELAY_MS, write_pending_query).forget();
}

fn write_pending_query() {
    let Some(query) = PENDING_QUERY.with(|p| p.borrow_mut().take()) else { return };
    let Some(window) = web_sys::window() else { return };
    let Ok(history) = window.history() else { return };
    // Throws in some sandboxed frames: the URL is then simply not updated.
    // Keep the entry's state (a questionnaire's step lives there for the Back button).
    let state = history.state().unwrap_or(JsValue::NULL);
    let _ = history.replace_state_with_url(&state, "", Some(&format!("?{query}")));
}

/// The browser's preferred languages, most preferred first.
pub fn preferred_languages() -> Vec<String> {
    let Some(window) = web_sys::window() else { return Vec::new() };
    let nav = window.navigator();
    let list: Vec<String> = nav.languages().iter().filter_map(|v| v.as_string()).collect();
    if list.is_empty() {
        nav.language().into_iter().collect()
    } else {
        list
    }
}

/// The browser's preferred language among ours (Chinese if it prefers Chinese, else English).
pub fn preferred_lang() -> crate::model::lang::Lang {
    let prefs = preferred_languages();
    crate::model::lang::Lang::from_preferences(prefs.iter().map(String::as_str))
}

/// Copies `text` to the clipboard; `false` if the Clipboard API is missing here
/// (insecure context, old browser) or refused, so the caller shows the text instead.
pub async fn copy_to_clipboard(text: &str) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let clipboard = js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("clipboard")).ok();
    if clipboard.as_ref().is_none_or(|c| c.is_undefined() || c.is_null()) {
        return false;
    }
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Opens the print dialog (the print stylesheet lays out the report).
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// The device pixel ratio, for sharp canvas drawing.
pub fn device_pixel_ratio() -> f64 {
    web_sys::window().map(|w| w.device_pixel_ratio()).filter(|r| r.is_finite() && *r > 0.0).unwrap_or(1.0)
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    type ImportMeta;
    #[wasm_bindgen(thread_local_v2, js_namespace = import, js_name = meta)]
    static IMPORT_META: ImportMeta;
    #[wasm_bindgen(method, getter)]
    fn url(this: &ImportMeta) -> String;
}

/// The URL of the widgets' own `index.html` wherever the host page loaded the bundle
/// from: beside the suite's JS module, two folders up from a widget's own
/// (`.../widgets/<code>/secworth.js`). Where an embedded widget's share link points.
pub fn bundle_page_url() -> String {
    let module = IMPORT_META.with(ImportMeta::url);
    match crate::model::widget::suite_folder(&module) {
        Some(folder) => format!("{folder}index.html"),
        None => base_url(),
    }
}
