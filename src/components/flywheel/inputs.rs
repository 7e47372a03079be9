//! Components layer: the flywheel calculator's form: labelled number fields with
//! inline messages, the NPS mode and the currency.

use yew::prelude::*;

use crate::components::number_field::{number_field, NumberField};
use crate::model::currency::Currency;
use crate::model::flywheel::state::{Action, Field, Flywheel};
use crate::model::flywheel::text::{field_benchmark, field_label, text};
use crate::model::text::colon;

fn field(fw: &Flywheel, f: Field, prefix: &str, on_action: &Callback<Action>) -> Html {
    let (label, unit) = field_label(f, fw.lang);
    let hint = field_benchmark(f, fw.lang).map(|b| format!("{}{}{b}", text(fw.lang).benchmark, colon(fw.lang)));
    let entry = fw.entry(f);
    let id = format!("{prefix}-{}", f.spec().key);
    let field = NumberField { id, key: f.spec().key, label, unit: unit.to_string(), entry, hint, lang: fw.lang };
    number_field(field, on_action.reform(move |text| Action::Edit(f, text)))
}

/// The form; `instance` keeps its element ids unique when several widgets share a page.
pub fn form(fw: &Flywheel, instance: u32, on_action: &Callback<Action>) -> Html {
    let ft = text(fw.lang);
    let prefix = format!("sw-fw{instance}");
    let mode = |counts: bool, label: &'static str| {
        let on_action = on_action.clone();
        html! {
            <label class="sw-choice">
                <input type="radio" name={format!("{prefix}-nps-mode")} checked={fw.nps_from_counts == counts}
                       onchange={move |_| on_action.emit(Action::SetNpsFromCounts(counts))} data-nps-mode={if counts { "counts" } else { "direct" }} />
                <span>{ label }</span>
            </label>
        }
    };
    let on_currency = {
        let on_action = on_action.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                if let Some(c) = Currency::parse(&select.value()) {
                    on_action.emit(Action::SetCurrency(c));
                }
            }
        })
    };
    html! {
        <form class="sw-form sw-calc" onsubmit={|e: SubmitEvent| e.prevent_default()}>
            <fieldset class="sw-group">
                <legend>{ ft.kpis }</legend>
                <div class="sw-fields">
                    { for [Field::Ttv, Field::Adoption, Field::Healthy, Field::Churn].into_iter().map(|f| field(fw, f, &prefix, on_action)) }
                </div>
                <fieldset class="sw-nps">
                    <legend>{ "NPS" }</legend>
                    <div class="sw-choices">{ mode(false, ft.nps_direct) }{ mode(true, ft.nps_counts) }</div>
                    <div class="sw-fields">
                        if fw.nps_from_counts {
                            { for [Field::Promoters, Field::Passives, Field::Detractors].into_iter().map(|f| field(fw, f, &prefix, on_action)) }
                        } else {
                            { field(fw, Field::Nps, &prefix, on_action) }
                        }
                    </div>
                    if fw.counts_empty() {
                        <p class="sw-error" role="alert">{ ft.counts_empty }</p>
                    }
                </fieldset>
            </fieldset>
            <fieldset class="sw-group">
                <legend>{ ft.revenue }</legend>
                <div class="sw-fields">
                    { for [Field::Customers, Field::RevenuePerAccount, Field::Expansion, Field::NewCustomers, Field::Years]
                        .into_iter().map(|f| field(fw, f, &prefix, on_action)) }
                    <div class="sw-field">
                        <label for={format!("{prefix}-currency")}>{ ft.currency }</label>
                        <select id={format!("{prefix}-currency")} onchange={on_currency} data-field="currency">
                            { for Currency::ALL.iter().map(|c| html! { <option value={c.code()} selected={fw.currency == *c}>{ c.code() }</option> }) }
                        </select>
                    </div>
                </div>
            </fieldset>
        </form>
    }
}
