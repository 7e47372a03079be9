//! Browser layer: a questionnaire's steps in the session history, so the browser's
//! Back button steps back through the questions without leaving the page.

use gloo_events::EventListener;
use wasm_bindgen::JsValue;

const KEY: &str = "secworthStep";

fn history() -> Option<web_sys::History> {
    web_sys::window()?.history().ok()
}

/// The step recorded in the current history entry, if any.
pub fn current_step() -> Option<usize> {
    let state = history()?.state().ok()?;
    let step = js_sys::Reflect::get(&state, &KEY.into()).ok()?.as_f64()?;
    (step.is_finite() && step >= 0.0).then_some(step as usize)
}

fn state(step: usize) -> JsValue {
    let state = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&state, &KEY.into(), &(step as f64).into());
    state.into()
}

/// Records `step` in the current entry (the first step shown).
pub fn replace_step(step: usize) {
    if let Some(h) = history() {
        let _ = h.replace_state(&state(step), "");
    }
}

/// Adds an entry for `step`, at the same address.
pub fn push_step(step: usize) {
    if let Some(h) = history() {
        let _ = h.push_state(&state(step), "");
    }
}

/// Calls `on_step` with the recorded step whenever the user moves through history;
/// the listener lives as long as the returned value.
pub fn on_step(on_step: impl Fn(usize) + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "popstate", move |_| {
        if let Some(step) = current_step() {
            on_step(step);
        }
    }))
}
