//! Components layer: the assumptions panel: every number the model assumes, with
//! its unit, source and year, editable, each resettable to its published value.

use crate::model::decimal::shortest;
use yew::prelude::*;

use super::inputs::field;
use crate::browser::format::number;
use crate::components::disclosure::Disclosure;
use crate::model::breach::assumptions::{Param, PARAMS};
use crate::model::breach::cost::claims_frequency;
use crate::model::breach::state::{Action, Breach, Field};
use crate::model::breach::text::{param_text, source_label, text, unit_label};
use crate::model::text::{bracketed, colon};

fn row(b: &Breach, p: Param, prefix: &str, on_action: &Callback<Action>) -> Html {
    let lang = b.lang;
    let bt = text(lang);
    let spec = p.spec();
    let (name, note) = param_text(p, lang);
    let id = format!("{prefix}-{}", spec.field.key);
    let pending = b.pending(p);
    let overridden = b.assumptions.overridden(p).is_some();
    // The user's own chance has no default of its own: blank, the claims frequency for
    // this revenue (shown as the placeholder) is used.
    let from_claims =
        (p == Param::Likelihood).then(|| claims_frequency(b.profile().revenue_usd, &b.assumptions) * 100.0);
    let value = match (pending, from_claims) {
        (Some(x), _) => x.text.clone(),
        (None, Some(_)) if !overridden => String::new(),
        _ => shortest(b.assumptions.get(p)),
    };
    let placeholder = from_claims.map(|f| number(f, 2, lang));
    let default = from_claims.unwrap_or_else(|| p.default_value(b.industry, b.jurisdiction));
    let oninput = {
        let on_action = on_action.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                on_action.emit(Action::EditAssumption(p, input.value()));
            }
        })
    };
    let on_reset = {
        let on_action = on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(Action::ResetAssumption(p)))
    };
    let source = match spec.source.year() {
        Some(year) if !source_label(spec.source, lang).contains(&year.to_string()) => {
            format!("{}, {year}", source_label(spec.source, lang))
        }
        _ => source_label(spec.source, lang).to_string(),
    };
    html! {
        <tr data-param={spec.field.key} data-overridden={overridden.to_string()}>
            <th scope="row"><label for={id.clone()}>{ name.clone() }</label></th>
            <td>
                <input id={id.clone()} type="text" inputmode="decimal" autocomplete="off" class="sw-assumption-input" {value} {placeholder}
                       aria-invalid={pending.is_some().to_string()} aria-describedby={format!("{id}-src")} {oninput} />
                if let Some(p) = pending {
                    <p class="sw-error" role="alert">{ p.error.message(lang) }</p>
                }
            </td>
            <td>{ unit_label(spec.unit, lang) }</td>
            <td id={format!("{id}-src")}>
                <span class="sw-source">{ source }</span>{ " " }{ note }
                if overridden {
                    <span class="sw-hint-small">{ bracketed(&format!("{}{}{}", bt.edited, colon(lang), number(default, 4, lang)), lang) }</span>
                }
            </td>
            <td>
                if overridden || pending.is_some() {
                    <button type="button" class="sw-button sw-small" onclick={on_reset} aria-label={format!("{}{}{name}", bt.reset, colon(lang))}>{ bt.reset }</button>
                }
            </td>
        </tr>
    }
}

/// The panel, closed until the user opens it: its body is built only then.
pub fn panel(b: &Breach, instance: u32, on_action: &Callback<Action>) -> Html {
    let body = {
        let (b, on_action) = (b.clone(), on_action.clone());
        Callback::from(move |()| body(&b, instance, &on_action))
    };
    html! { <Disclosure class="sw-assumptions" summary={text(b.lang).assumptions} {body} /> }
}

fn body(b: &Breach, instance: u32, on_action: &Callback<Action>) -> Html {
    let bt = text(b.lang);
    let prefix = format!("sw-bc{instance}-a");
    let on_reset_all = {
        let on_action = on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(Action::ResetAssumptions))
    };
    html! {
        <>
            <p class="sw-hint-small">{ bt.assumptions_note }</p>
            <div class="sw-scroll" tabindex="0" role="region" aria-label={bt.assumptions}>
                <table>
                    <thead><tr><th scope="col">{ bt.assumption }</th><th scope="col">{ bt.value_col }</th><th scope="col">{ bt.unit }</th><th scope="col">{ bt.source }</th><th scope="col"><span class="sw-visually-hidden">{ bt.reset }</span></th></tr></thead>
                    <tbody>{ for PARAMS.iter().map(|p| row(b, *p, &prefix, on_action)) }</tbody>
                </table>
            </div>
            <fieldset class="sw-group">
                <legend>{ bt.simulation }</legend>
                <div class="sw-fields">{ for [Field::Trials, Field::Seed].iter().map(|f| field(b, *f, &prefix, on_action)) }</div>
            </fieldset>
            <button type="button" class="sw-button" onclick={on_reset_all}>{ bt.reset_all }</button>
        </>
    }
}
