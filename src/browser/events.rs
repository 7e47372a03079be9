//! Browser layer: the widgets' events (`secworth:result`, `secworth:ready`, ...) on the
//! host element.

use web_sys::{CustomEvent, CustomEventInit, Element};

/// Dispatches the event `name` on `host` with `detail` (JSON) as a plain object. It
/// bubbles and is composed, so a host page may listen on `document` too, even when the
/// widget sits in a shadow root.
pub fn dispatch(host: &Element, name: &str, detail: &crate::model::json::Value) {
    let detail = super::json::to_js(detail);
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}
