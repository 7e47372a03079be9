//! Components layer: a labelled `<select>` that emits the chosen option's code.

use yew::prelude::*;

/// A labelled `<select>` over `options` (code, label), with `selected` chosen; `key`
/// is its `data-field`, for hosts and tests.
pub fn select(
    id: String,
    label: &str,
    key: &str,
    options: Vec<(String, String)>,
    selected: &str,
    on_pick: Callback<String>,
) -> Html {
    let onchange = Callback::from(move |e: Event| {
        if let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
            on_pick.emit(select.value());
        }
    });
    html! {
        <div class="sw-field">
            <label for={id.clone()}>{ label.to_string() }</label>
            <select {id} {onchange} data-field={key.to_string()}>
                { for options.into_iter().map(|(code, name)| {
                    let chosen = code == selected;
                    html! { <option value={code} selected={chosen}>{ name }</option> }
                }) }
            </select>
        </div>
    }
}
