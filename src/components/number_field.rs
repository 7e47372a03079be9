//! Components layer: the one number field of the calculators: label, typed text,
//! unit, and below it the reason the text is not used (or a hint), tied to the input
//! for screen readers.

use yew::prelude::*;

use crate::model::field::Entry;
use crate::model::lang::Lang;

pub struct NumberField<'a> {
    /// Unique on the page (the widget instance's prefix and the field's key).
    pub id: String,
    /// The share-link key, as `data-field` for hosts and tests.
    pub key: &'static str,
    pub label: &'a str,
    pub unit: String,
    pub entry: &'a Entry,
    /// Shown below when the text is valid (a benchmark, say).
    pub hint: Option<String>,
    pub lang: Lang,
}

/// The field; `on_text` receives every text the user types.
pub fn number_field(f: NumberField, on_text: Callback<String>) -> Html {
    let error = f.entry.error.as_ref().map(|e| e.message(f.lang));
    let message_id = format!("{}-msg", f.id);
    let described = (error.is_some() || f.hint.is_some()).then(|| message_id.clone());
    let oninput = Callback::from(move |e: InputEvent| {
        if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
            on_text.emit(input.value());
        }
    });
    html! {
        <div class={classes!("sw-field", error.is_some().then_some("sw-invalid"))} data-field={f.key}>
            <label for={f.id.clone()}>{ f.label.to_string() }</label>
            <div class="sw-input">
                <input id={f.id} type="text" inputmode="decimal" autocomplete="off" value={f.entry.text.clone()}
                       aria-invalid={error.is_some().to_string()} aria-describedby={described} {oninput} />
                <span class="sw-unit">{ f.unit }</span>
            </div>
            if let Some(message) = error {
                <p class="sw-error" id={message_id} role="alert">{ message }</p>
            } else if let Some(hint) = f.hint {
                <p class="sw-hint-small" id={message_id}>{ hint }</p>
            }
        </div>
    }
}
