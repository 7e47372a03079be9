//! Browser layer: the page's location and history, language preferences, clipboard
//! and printing.

use wasm_bindgen::JsValue;

/// The current query string, with its `?` (empty if none).
pub fn query_string() -> String {
    web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

/// The page's URL without query or fragment (`https://host/path/index.html`).
pub fn base_url() -> String {
    web_sys::window()
        .and_then(|w| {
            let l = w.location();
            Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?))
        })
        .unwrap_or_default()
}

/// Replaces the query string without a reload or a history entry.
pub fn replace_query(query: &str) {
    let Some(window) = web_sys::window() else { return };
    let Ok(history) = window.history() else { return };
    let url = format!("?{query}");
    // Throws in some sandboxed frames: the URL is then simply not updated.
    let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
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

/// Starts copying `text` to the clipboard; `false` if the Clipboard API is not
/// available here (insecure context, old browser), so the caller shows the text instead.
pub fn copy_to_clipboard(text: &str) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let clipboard = js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("clipboard")).ok();
    if clipboard.as_ref().is_none_or(|c| c.is_undefined() || c.is_null()) {
        return false;
    }
    let _ = window.navigator().clipboard().write_text(text);
    true
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
