//! Browser layer: talking to the parent page when a widget runs in an iframe.
//! Messages go only to the origin the embedder configured (`origin=` in the frame
//! URL), never to `"*"`; without one, nothing is sent.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, ResizeObserver};

/// Whether this page runs inside a frame.
pub fn in_frame() -> bool {
    let Some(window) = web_sys::window() else { return false };
    match window.parent() {
        Ok(Some(parent)) => !js_sys::Object::is(&window, &parent),
        _ => false,
    }
}

/// Posts `message` (JSON) to the parent window, delivered only if the parent's origin is `origin`.
pub fn post_to_parent(origin: &str, message: &crate::model::json::Value) {
    let Some(window) = web_sys::window() else { return };
    let Ok(Some(parent)) = window.parent() else { return };
    let data = super::json::to_js(message);
    // Throws only for a malformed origin, which parse_origin has ruled out.
    let _ = parent.post_message(&data, origin);
}

/// Reports `root`'s height to the parent (`{type: "secworth:height", height}`) now and
/// whenever it changes, so the embedder can size the frame to its content.
pub fn report_height(root: &Element, origin: String, widget: &'static str) {
    let send = {
        let root = root.clone();
        let last = std::cell::Cell::new(-1.0);
        move || {
            let rect = root.get_bounding_client_rect();
            let scroll = web_sys::window().and_then(|w| w.scroll_y().ok()).unwrap_or(0.0);
            let height = (rect.bottom() + scroll).ceil();
            if height != last.get() {
                last.set(height);
                post_to_parent(
                    &origin,
                    &crate::json!({ "type": "secworth:height", "widget": widget, "height": height }),
                );
            }
        }
    };
    let callback = Closure::<dyn Fn()>::new(send);
    if let Ok(observer) = ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(root);
    }
    // The observer lives as long as the page.
    callback.forget();
}
