//! Components layer: the headline every result opens with: a live region (screen
//! readers hear it appear and change) with the result heading, the headline figures,
//! and what follows them; and one figure, an `<output>` hosts and tests can read.

use yew::prelude::*;

use crate::model::lang::Lang;
use crate::model::text::ui;

/// What an `<output>`'s `data-value` holds: a number as JavaScript's `String(x)`
/// writes it (`decimal::shortest`, not `format!`, which links float printing), or text.
pub trait DataValue {
    fn data_value(&self) -> String;
}

impl DataValue for f64 {
    fn data_value(&self) -> String {
        crate::model::decimal::shortest(*self)
    }
}

impl DataValue for usize {
    fn data_value(&self) -> String {
        self.to_string()
    }
}

impl DataValue for &str {
    fn data_value(&self) -> String {
        (*self).to_string()
    }
}

impl DataValue for String {
    fn data_value(&self) -> String {
        self.clone()
    }
}

impl DataValue for &String {
    fn data_value(&self) -> String {
        (*self).clone()
    }
}

/// `<output data-result=name data-value=value>shown</output>`: a headline result.
pub fn output(name: &'static str, value: impl DataValue, shown: String) -> Html {
    html! { <output data-result={name} data-value={value.data_value()}>{ shown }</output> }
}

/// A labelled figure; `class` is `sw-total` for a number, `sw-band ...` for a verdict,
/// and `out_of` follows the output (" / 100").
pub fn figure(class: String, label: &str, output: Html, out_of: Option<String>) -> Html {
    html! {
        <p {class}>
            <span class="sw-label">{ label.to_owned() }</span>
            { output }
            if let Some(out_of) = out_of { <span class="sw-max">{ out_of }</span> }
        </p>
    }
}

/// The live region: the result heading, `figures`, then `after` (advice, notes).
pub fn live(lang: Lang, figures: Html, after: Html) -> Html {
    html! {
        <div class="sw-live" aria-live="polite">
            // Focusable by script: the questionnaire's result screen moves the focus here.
            <h3 class="sw-result-heading" tabindex="-1">{ ui(lang).result_heading }</h3>
            <div class="sw-headline">{ figures }</div>
            { after }
        </div>
    }
}
