//! Browser layer: the `secworth:result` event on the host element.

use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, Element};

pub const RESULT_EVENT: &str = "secworth:result";

/// Dispatches `secworth:result` on `host` with `detail` (JSON) as a plain object.
/// It bubbles, so a host page may listen on `document` too.
pub fn dispatch_result(host: &Element, detail: &serde_json::Value) {
    let detail = js_sys::JSON::parse(&detail.to_string()).unwrap_or(JsValue::NULL);
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_detail(&detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(RESULT_EVENT, &init) {
        let _ = host.dispatch_event(&event);
    }
}
