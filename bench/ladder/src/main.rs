//! One paragraph on the page, then the `secworth:interactive` mark the benchmark waits for.

#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn mark() {
    let performance = web_sys::window().and_then(|w| w.performance());
    if let Some(p) = performance {
        let _ = p.mark("secworth:interactive");
    }
}

#[cfg(not(feature = "yew"))]
fn main() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if let (Ok(p), Some(body)) = (document.create_element("p"), document.body()) {
        p.set_text_content(Some("secworth"));
        let _ = body.append_child(&p);
    }
    mark();
}

#[cfg(feature = "yew")]
#[yew::function_component]
fn Hello() -> yew::Html {
    yew::use_effect_with((), |_| mark());
    yew::html! { <p>{ "secworth" }</p> }
}

#[cfg(feature = "yew")]
fn main() {
    yew::Renderer::<Hello>::new().render();
}
