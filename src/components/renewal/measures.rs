//! Components layer: the renewal review's value measures against their targets, and
//! the methodology's "no risk" checks.

use crate::model::decimal::shortest;
use yew::prelude::*;

use crate::model::renewal::outlook::Assessment;
use crate::model::renewal::state::{Action, MeasureCell, Renewal};
use crate::model::renewal::text::{confirmations_intro, text, unit_label};
use crate::model::text::bracketed;

/// A measure's value or target, labelled: what was typed if it is not (yet) valid, else the value.
fn cell(r: &Renewal, cell: MeasureCell, value: Option<f64>, label: &str, on_action: &Callback<Action>) -> Html {
    let draft = r.draft(cell);
    let text = draft.map_or_else(|| value.map(shortest).unwrap_or_default(), |d| d.text.clone());
    let oninput = on_action.reform(move |e: InputEvent| {
        Action::EditMeasure(cell, e.target_unchecked_into::<web_sys::HtmlInputElement>().value())
    });
    html! {
        <label class="sw-measure-input">
            <span>{ label.to_string() }</span>
            <input class={classes!("sw-cell", draft.is_some().then_some("sw-cell-invalid"))} type="text" inputmode="decimal"
                   autocomplete="off" value={text} aria-invalid={draft.is_some().to_string()} {oninput} />
            if let Some(d) = draft { <span class="sw-error" role="alert">{ d.error.message(r.lang) }</span> }
        </label>
    }
}

pub fn form(r: &Renewal, a: &Assessment, instance: u32, on_action: &Callback<Action>) -> Html {
    let (model, lang, rt) = (&r.model, r.lang, text(r.lang));
    let status = |i: usize| {
        if a.on_target.contains(&i) {
            ("good", rt.meets)
        } else if a.below_target.contains(&i) {
            ("poor", rt.below)
        } else {
            ("none", rt.not_measured)
        }
    };
    html! {
        <>
            <fieldset class="sw-group sw-measures">
                <legend>{ rt.measures }</legend>
                <p class="sw-hint-small">{ rt.measures_intro }</p>
                { for model.measures.iter().enumerate().map(|(i, m)| {
                    let (tone, label) = status(i);
                    html! {
                        <div class="sw-measure" data-measure={m.id.clone()} data-status={tone}>
                            <div class="sw-measure-name">
                                <strong>{ m.title.get(lang) }{ bracketed(unit_label(&m.unit, lang), lang) }</strong>
                                <span class="sw-hint-small">{ format!("{}{}{}", m.data_source.get(lang), lang.pick(". ", "。"), m.target_basis.get(lang)) }</span>
                            </div>
                            { cell(r, MeasureCell::Value(i), r.measured[i], rt.value, on_action) }
                            { cell(r, MeasureCell::Target(i), Some(r.targets[i]), rt.target, on_action) }
                            <span class={format!("sw-status sw-status-{tone}")}>{ label }</span>
                        </div>
                    }
                }) }
            </fieldset>
            <fieldset class="sw-group sw-confirmations">
                <legend>{ rt.confirmations }</legend>
                <p class="sw-hint-small">{ confirmations_intro(model, lang) }</p>
                <div class="sw-choices">
                    { for model.confirmations.iter().enumerate().map(|(c, conf)| {
                        let on_confirm = on_action.reform(move |e: Event| {
                            Action::Confirm(c, e.target_unchecked_into::<web_sys::HtmlInputElement>().checked())
                        });
                        html! {
                            <label class="sw-choice" data-confirmation={conf.id.clone()}>
                                <input type="checkbox" name={format!("sw-rr{instance}-confirmed")} value={conf.id.clone()}
                                       checked={r.confirmed[c]} onchange={on_confirm} />
                                <span>{ conf.title.get(lang) }</span>
                            </label>
                        }
                    }) }
                </div>
            </fieldset>
        </>
    }
}
