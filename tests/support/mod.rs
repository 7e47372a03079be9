//! Helpers shared by the browser tests: mount a widget in a fresh host element and
//! act on it as a user would.
#![allow(dead_code)]

use secworth::embed::mount_host;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlInputElement};

pub fn document() -> Document {
    web_sys::window().unwrap().document().unwrap()
}

pub fn clear_storage() {
    if let Ok(Some(s)) = web_sys::window().unwrap().local_storage() {
        let _ = s.clear();
    }
}

/// A fresh `<div data-secworth=...>` with the given attributes and inner HTML.
pub fn host(attrs: &[(&str, &str)], inner: &str) -> Element {
    let el = document().create_element("div").unwrap();
    for (k, v) in attrs {
        el.set_attribute(k, v).unwrap();
    }
    el.set_inner_html(inner);
    document().body().unwrap().append_child(&el).unwrap();
    el
}

pub async fn mount(attrs: &[(&str, &str)]) -> Element {
    mount_with(attrs, "").await
}

pub async fn mount_with(attrs: &[(&str, &str)], inner: &str) -> Element {
    let el = host(attrs, inner);
    mount_host(&el);
    yew::scheduler::flush().await;
    el
}

pub fn find(host: &Element, selector: &str) -> Option<Element> {
    host.query_selector(selector).unwrap()
}

pub fn find_all(host: &Element, selector: &str) -> Vec<Element> {
    let list = host.query_selector_all(selector).unwrap();
    (0..list.length()).map(|i| list.item(i).unwrap().dyn_into().unwrap()).collect()
}

pub fn text(host: &Element, selector: &str) -> String {
    find(host, selector).and_then(|e| e.text_content()).unwrap_or_default()
}

/// Chooses option `option` (0-based) of the `question`-th question (0-based), as a click would.
pub async fn answer(host: &Element, question: usize, option: usize) {
    let q = &find_all(host, "fieldset.sw-question")[question];
    let input: HtmlInputElement = find_all(q, "input[type=radio]")[option].clone().dyn_into().unwrap();
    input.click();
    yew::scheduler::flush().await;
}

pub async fn answer_all(host: &Element, option: usize) {
    for q in 0..find_all(host, "fieldset.sw-question").len() {
        answer(host, q, option).await;
    }
}

pub fn result_value(host: &Element, name: &str) -> Option<String> {
    find(host, &format!("output[data-result='{name}']")).and_then(|o| o.get_attribute("data-value"))
}

/// Clicks "Copy share link" and returns the link shown (the clipboard write is asynchronous).
pub async fn share_link(host: &Element) -> String {
    let share: web_sys::HtmlElement = find(host, "button[data-action='share']").unwrap().dyn_into().unwrap();
    share.click();
    for _ in 0..50 {
        yew::scheduler::flush().await;
        if let Some(input) = find(host, "input[data-share-link]") {
            return input.dyn_into::<HtmlInputElement>().unwrap().value();
        }
        sleep_ms(20).await;
    }
    panic!("the share link never appeared");
}

/// Waits `ms` milliseconds on the browser's timer.
pub async fn sleep_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Opens a `<details>` panel as a user would (a click on its summary) and waits for
/// its body, which is built only once it is open.
#[allow(dead_code)] // not every browser test opens a panel
pub async fn open_panel(host: &Element, details: &str) {
    let summary: web_sys::HtmlElement =
        find(host, &format!("{details} > summary")).unwrap_or_else(|| panic!("no {details}")).dyn_into().unwrap();
    summary.click();
    // The browser fires `toggle` in a task of its own, after the click.
    sleep_ms(20).await;
    yew::scheduler::flush().await;
}

/// Sets the value of the form control `selector` matches and fires `event` ("input"
/// as typing does, "change" as choosing from a list does), as a user would.
pub async fn set_value(host: &Element, selector: &str, value: &str, event: &str) {
    let control = find(host, selector).unwrap_or_else(|| panic!("no {selector}"));
    js_sys::Reflect::set(&control, &"value".into(), &value.into()).unwrap();
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    control.dispatch_event(&web_sys::Event::new_with_event_init_dict(event, &init).unwrap()).unwrap();
    yew::scheduler::flush().await;
}

/// Types `text` into the input of the field with share-link key `key`.
pub async fn type_into(host: &Element, key: &str, text: &str) {
    set_value(host, &format!("[data-field='{key}'] input"), text, "input").await;
}

/// Mounts a fresh host with `attrs` that records the detail of every
/// `secworth:result` it receives, from the first render on.
pub async fn mount_recording(
    attrs: &[(&str, &str)],
) -> (Element, std::rc::Rc<std::cell::RefCell<Vec<secworth::model::json::Value>>>) {
    let h = host(attrs, "");
    let seen: std::rc::Rc<std::cell::RefCell<Vec<secworth::model::json::Value>>> = Default::default();
    let listener = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::CustomEvent)>::new({
        let seen = seen.clone();
        move |e: web_sys::CustomEvent| {
            let json = js_sys::JSON::stringify(&e.detail()).unwrap().as_string().unwrap();
            seen.borrow_mut().push(secworth::model::json::parse(&json).unwrap());
        }
    });
    h.add_event_listener_with_callback("secworth:result", listener.as_ref().unchecked_ref()).unwrap();
    listener.forget(); // lives as long as the test page
    mount_host(&h);
    yew::scheduler::flush().await;
    (h, seen)
}
