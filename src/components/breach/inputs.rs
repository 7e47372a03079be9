//! Components layer: the breach-cost form: the business, its records and controls,
//! and the proposed package; labelled fields with inline messages.

use yew::prelude::*;

use crate::components::number_field::{number_field, NumberField};
use crate::components::select::select;
use crate::model::breach::profile::{Control, Controls, Industry, Jurisdiction};
use crate::model::breach::state::{Action, Breach, Field};
use crate::model::breach::text::{control_label, field_hint, field_label, industry_label, jurisdiction_label, text};
use crate::model::currency::Currency;
use crate::model::text::bracketed;

pub fn field(b: &Breach, f: Field, prefix: &str, on_action: &Callback<Action>) -> Html {
    let (label, unit) = field_label(f, b.lang);
    let unit = if f.is_money() { format!("{} {unit}", b.currency.code()) } else { unit.to_string() };
    let id = format!("{prefix}-{}", f.spec().key);
    let entry = b.entry(f);
    let hint = field_hint(f, b.lang).map(str::to_owned);
    let field = NumberField { id, key: f.spec().key, label, unit, entry, hint, lang: b.lang };
    number_field(field, on_action.reform(move |text| Action::Edit(f, text)))
}

/// Checkboxes for the controls; `locked` ones are shown ticked and disabled.
fn checkboxes(
    b: &Breach,
    name: &str,
    set: Controls,
    locked: Controls,
    make: fn(Control, bool) -> Action,
    on_action: &Callback<Action>,
) -> Html {
    let bt = text(b.lang);
    html! {
        <div class="sw-choices sw-controls">
            { for Control::ALL.into_iter().map(|c| {
                let on_action = on_action.clone();
                let is_locked = locked.has(c);
                html! {
                    <label class="sw-choice">
                        <input type="checkbox" name={name.to_string()} value={c.code()} checked={set.has(c) || is_locked} disabled={is_locked}
                               onchange={move |e: Event| {
                                   if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                                       on_action.emit(make(c, input.checked()));
                                   }
                               }} />
                        <span>{ control_label(c, b.lang) }{ if is_locked { bracketed(bt.in_place, b.lang) } else { String::new() } }</span>
                    </label>
                }
            }) }
        </div>
    }
}

/// The form; `instance` keeps its element ids unique when several widgets share a page.
pub fn form(b: &Breach, instance: u32, on_action: &Callback<Action>) -> Html {
    let (bt, lang) = (text(b.lang), b.lang);
    let prefix = format!("sw-bc{instance}");
    let emit = |make: fn(String) -> Option<Action>| {
        let on_action = on_action.clone();
        Callback::from(move |code: String| {
            if let Some(a) = make(code) {
                on_action.emit(a);
            }
        })
    };
    let fields = |list: &[Field]| list.iter().map(|f| field(b, *f, &prefix, on_action)).collect::<Html>();
    html! {
        <form class="sw-form sw-calc" onsubmit={|e: SubmitEvent| e.prevent_default()}>
            <fieldset class="sw-group">
                <legend>{ bt.business }</legend>
                <div class="sw-fields">
                    { select(format!("{prefix}-industry"), bt.industry, "industry",
                        Industry::ALL.iter().map(|i| (i.code().to_string(), industry_label(*i, lang).to_string())).collect(), b.industry.code(),
                        emit(|c| Industry::parse(&c).map(Action::SetIndustry))) }
                    { select(format!("{prefix}-jurisdiction"), bt.jurisdiction, "jurisdiction",
                        Jurisdiction::ALL.iter().map(|j| (j.code().to_string(), jurisdiction_label(*j, lang).to_string())).collect(), b.jurisdiction.code(),
                        emit(|c| Jurisdiction::parse(&c).map(Action::SetJurisdiction))) }
                    { fields(&[Field::Employees, Field::Revenue]) }
                    { select(format!("{prefix}-currency"), bt.currency, "currency",
                        Currency::ALL.iter().map(|c| (c.code().to_string(), c.code().to_string())).collect(), b.currency.code(),
                        emit(|c| Currency::parse(&c).map(Action::SetCurrency))) }
                    { fields(&[Field::Downtime, Field::Tolerance]) }
                </div>
            </fieldset>
            <fieldset class="sw-group">
                <legend>{ bt.records }</legend>
                <div class="sw-fields">{ fields(&[Field::RecordsCustomer, Field::RecordsPayment, Field::RecordsHealth, Field::RecordsEmployee]) }</div>
            </fieldset>
            <fieldset class="sw-group">
                <legend>{ bt.controls }</legend>
                { checkboxes(b, &format!("{prefix}-controls"), b.controls, Controls::NONE, Action::SetControl, on_action) }
            </fieldset>
            <fieldset class="sw-group">
                <legend>{ bt.package }</legend>
                <fieldset class="sw-subgroup">
                    <legend>{ bt.package_controls }</legend>
                    { checkboxes(b, &format!("{prefix}-package"), b.package, b.controls, Action::SetPackage, on_action) }
                </fieldset>
                <div class="sw-fields">{ fields(&[Field::PackageCost, Field::DowntimeAfter, Field::Premium]) }</div>
            </fieldset>
        </form>
    }
}
