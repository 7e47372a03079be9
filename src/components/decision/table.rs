//! Components layer: the editable decision table: presets, criteria with weights
//! (and reframed weights), vendors' scores, with inline messages for bad numbers.

use crate::model::decimal::{fixed, shortest};
use yew::prelude::*;

use crate::model::decision::presets::Preset;
use crate::model::decision::state::{Action, Cell, Decision};
use crate::model::decision::text::text;
use crate::model::decision::{normalize, scale_of, Scale, WeightSet, MAX_CRITERIA, MAX_VENDORS};
use crate::model::text::{colon, comma};

fn input_value(e: &InputEvent) -> Option<String> {
    e.target_dyn_into::<web_sys::HtmlInputElement>().map(|i| i.value())
}

/// A number cell: the typed text while it is invalid, else the value.
fn number_cell(d: &Decision, cell: Cell, value: f64, label: String, on_action: &Callback<Action>) -> Html {
    let draft = d.draft(cell);
    let text = draft.map_or_else(|| shortest(value), |d| d.text.clone());
    let oninput = {
        let on_action = on_action.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(v) = input_value(&e) {
                on_action.emit(Action::EditCell(cell, v));
            }
        })
    };
    let cell_id = match cell {
        Cell::Weight(i) => format!("w{i}"),
        Cell::Reframed(i) => format!("r{i}"),
        Cell::Score(v, i) => format!("s{v}-{i}"),
    };
    html! {
        <input class={classes!("sw-cell", draft.is_some().then_some("sw-cell-invalid"))} type="text" inputmode="decimal"
               value={text} aria-label={label} aria-invalid={draft.is_some().to_string()} data-cell={cell_id} {oninput} />
    }
}

fn weights_note(d: &Decision) -> String {
    let dt = text(d.lang);
    let sets: Vec<WeightSet> =
        if d.table.reframe { vec![WeightSet::Original, WeightSet::Reframed] } else { vec![WeightSet::Original] };
    sets.into_iter()
        .map(|set| {
            let w = d.table.weights(set);
            let name = if set == WeightSet::Original { dt.customer_weights } else { dt.reframed_weights };
            let says = match (normalize(&w), scale_of(&w)) {
                (None, _) => dt.zero.to_string(),
                (_, Scale::Fractions) => dt.fractions.to_string(),
                (_, Scale::Summed { sum }) => dt.summed.replace("{sum}", &shortest((sum * 1000.0).round() / 1000.0)),
            };
            format!("{name}: {says}")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn editor(d: &Decision, instance: u32, on_action: &Callback<Action>) -> Html {
    let dt = text(d.lang);
    let t = &d.table;
    let norm = |set| normalize(&t.weights(set));
    let (orig, refr) = (norm(WeightSet::Original), norm(WeightSet::Reframed));
    let pct =
        |n: &Option<Vec<f64>>, i: usize| n.as_ref().map(|n| format!("{}%", fixed(n[i] * 100.0, 0))).unwrap_or_default();
    let select_id = format!("sw-dw{instance}-preset");
    let on_preset = {
        let on_action = on_action.clone();
        Callback::from(move |e: Event| {
            if let Some(p) = e.target_dyn_into::<web_sys::HtmlSelectElement>().and_then(|s| Preset::parse(&s.value())) {
                on_action.emit(Action::LoadPreset(p));
            }
        })
    };
    let on_reframe = {
        let on_action = on_action.clone();
        Callback::from(move |e: Event| {
            if let Some(c) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                on_action.emit(Action::SetReframe(c.checked()));
            }
        })
    };
    let errors: Vec<String> = d
        .drafts
        .iter()
        .map(|(cell, draft)| {
            let (c, sep) = (colon(d.lang), comma(d.lang));
            let criterion = |i: usize| t.criteria.get(i).map_or("", |c| c.name.as_str());
            let place = match cell {
                Cell::Weight(i) => format!("{}{sep}{}", criterion(i), dt.weight),
                Cell::Reframed(i) => format!("{}{sep}{}", criterion(i), dt.reframed),
                Cell::Score(v, i) => {
                    format!("{}{sep}{}", t.vendors.get(v).map_or("", |x| x.name.as_str()), criterion(i))
                }
            };
            format!("{place}{c}{}", draft.error.message(d.lang))
        })
        .collect();
    let emit = |a: Action| {
        let on_action = on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(a.clone()))
    };
    html! {
        <div class="sw-decision-editor">
            <div class="sw-decision-controls">
                <label for={select_id.clone()}>{ dt.example }</label>
                <select id={select_id} onchange={on_preset} data-field="preset">
                    <option value="" selected=true>{ dt.custom }</option>
                    { for Preset::ALL.iter().map(|p| html! { <option value={p.code()}>{ p.title(d.lang) }</option> }) }
                </select>
                <label class="sw-choice">
                    <input type="checkbox" checked={t.reframe} onchange={on_reframe} data-field="reframe" />
                    <span>{ dt.reframe }</span>
                </label>
            </div>
            <p class="sw-hint-small">{ dt.illustrative }</p>
            <div class="sw-scroll">
                <table class="sw-decision">
                    <thead>
                        <tr>
                            <th scope="col">{ dt.criterion }</th>
                            <th scope="col">{ dt.weight }</th>
                            if t.reframe { <th scope="col">{ dt.reframed }</th> }
                            { for t.vendors.iter().enumerate().map(|(v, vendor)| {
                                let on_action = on_action.clone();
                                html! {
                                    <th scope="col">
                                        <input class="sw-name" type="text" value={vendor.name.clone()} aria-label={format!("{} {}", dt.vendor, v + 1)} data-vendor={v.to_string()}
                                               oninput={Callback::from(move |e: InputEvent| if let Some(x) = input_value(&e) { on_action.emit(Action::RenameVendor(v, x)) })} />
                                        if t.vendors.len() > 2 {
                                            <button type="button" class="sw-icon" aria-label={format!("{} {}", dt.remove, vendor.name)} onclick={emit(Action::RemoveVendor(v))}>{ "×" }</button>
                                        }
                                    </th>
                                }
                            }) }
                            <th></th>
                        </tr>
                    </thead>
                    <tbody>
                        { for t.criteria.iter().enumerate().map(|(i, c)| {
                            let on_action2 = on_action.clone();
                            html! {
                                <tr data-criterion={i.to_string()}>
                                    <th scope="row">
                                        <input class="sw-name" type="text" value={c.name.clone()} aria-label={format!("{} {}", dt.criterion, i + 1)}
                                               oninput={Callback::from(move |e: InputEvent| if let Some(x) = input_value(&e) { on_action2.emit(Action::RenameCriterion(i, x)) })} />
                                    </th>
                                    <td>{ number_cell(d, Cell::Weight(i), c.weight, format!("{}{}{}", c.name, colon(d.lang), dt.weight), on_action) }<span class="sw-pct">{ pct(&orig, i) }</span></td>
                                    if t.reframe {
                                        <td>{ number_cell(d, Cell::Reframed(i), c.reframed, format!("{}{}{}", c.name, colon(d.lang), dt.reframed), on_action) }<span class="sw-pct">{ pct(&refr, i) }</span></td>
                                    }
                                    { for t.vendors.iter().enumerate().map(|(v, vendor)| html! {
                                        <td>{ number_cell(d, Cell::Score(v, i), vendor.scores[i], format!("{}{}{}", vendor.name, colon(d.lang), c.name), on_action) }</td>
                                    }) }
                                    <td>
                                        if t.criteria.len() > 1 {
                                            <button type="button" class="sw-icon" aria-label={format!("{} {}", dt.remove, c.name)} onclick={emit(Action::RemoveCriterion(i))}>{ "×" }</button>
                                        }
                                    </td>
                                </tr>
                            }
                        }) }
                    </tbody>
                    <tfoot>
                        <tr>
                            <th scope="row">{ dt.total }</th>
                            <td></td>
                            if t.reframe { <td></td> }
                            { for (0..t.vendors.len()).map(|v| {
                                let total = |set| t.ranking(set).and_then(|r| r.into_iter().find(|x| x.vendor == v)).map_or("–".to_string(), |x| format!("{} (#{})", fixed(x.total, 2), x.rank));
                                html! {
                                    <td data-total={v.to_string()}>
                                        { total(WeightSet::Original) }
                                        if t.reframe { <br /><span class="sw-reframed-total">{ total(WeightSet::Reframed) }</span> }
                                    </td>
                                }
                            }) }
                            <td></td>
                        </tr>
                    </tfoot>
                </table>
            </div>
            if !errors.is_empty() {
                <ul class="sw-error" role="alert">{ for errors.iter().map(|e| html! { <li>{ e.clone() }</li> }) }</ul>
            }
            <p class="sw-hint-small" data-weights-note="">{ weights_note(d) }</p>
            <div class="sw-buttons">
                if t.criteria.len() < MAX_CRITERIA {
                    <button type="button" class="sw-button sw-button-quiet" data-action="add-criterion" onclick={emit(Action::AddCriterion)}>{ dt.add_criterion }</button>
                }
                if t.vendors.len() < MAX_VENDORS {
                    <button type="button" class="sw-button sw-button-quiet" data-action="add-vendor" onclick={emit(Action::AddVendor)}>{ dt.add_vendor }</button>
                }
            </div>
        </div>
    }
}
