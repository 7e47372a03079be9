//! Components layer: the decision model's results: the leader under each weight set,
//! whether reframing moves the lead, both rankings in a chart, and the dynamic
//! parameter table's strategies.

use crate::model::decimal::{fixed, shortest};
use yew::prelude::*;

use crate::charts::ranking::{RankRow, Ranking};
use crate::charts::ChartSpec;
use crate::components::chart_canvas::ChartCanvas;
use crate::components::export_bar::{export_bar, Export};
use crate::components::headline::{figure, live, output};
use crate::model::decision::state::Decision;
use crate::model::decision::text::text;
use crate::model::decision::WeightSet;
use crate::model::text::{colon, comma, semicolon};

/// The leader's name, or the tied names joined; the output's value is "tie" when tied.
fn leader(d: &Decision, set: WeightSet) -> (String, String) {
    let names = d.leader_names(set);
    match names.as_slice() {
        [] => ("".into(), "–".into()),
        [one] => (one.to_string(), one.to_string()),
        many => ("tie".into(), format!("{}{}{}", text(d.lang).tie, colon(d.lang), many.join(" = "))),
    }
}

pub fn view(d: &Decision, export: &Export) -> Html {
    let dt = text(d.lang);
    let table = &d.table;
    let totals = |set| table.totals(set);
    let (orig, refr) = (totals(WeightSet::Original), totals(WeightSet::Reframed));
    let (lo, lr) = (table.leaders(WeightSet::Original), table.leaders(WeightSet::Reframed));
    let chart = ChartSpec::Ranking(Ranking {
        rows: table
            .vendors
            .iter()
            .enumerate()
            .map(|(v, vendor)| RankRow {
                label: vendor.name.clone(),
                original: orig.as_ref().map(|x| x[v]),
                reframed: refr.as_ref().map(|x| x[v]).filter(|_| table.reframe),
                leads_original: lo.contains(&v),
                leads_reframed: table.reframe && lr.contains(&v),
            })
            .collect(),
        original_label: dt.customer_weights.into(),
        reframed_label: dt.reframed_weights.into(),
        show_reframed: table.reframe,
    });
    let fmt = |x: &Option<Vec<f64>>, v: usize| x.as_ref().map_or("–".to_string(), |x| fixed(x[v], 2));
    let (c, semi) = (colon(d.lang), semicolon(d.lang));
    let chart_label = table
        .vendors
        .iter()
        .enumerate()
        .map(|(v, vendor)| {
            if table.reframe {
                format!(
                    "{}{c}{} {}{}{} {}",
                    vendor.name,
                    dt.customer_weights,
                    fmt(&orig, v),
                    comma(d.lang),
                    dt.reframed_weights,
                    fmt(&refr, v)
                )
            } else {
                format!("{}{c}{}", vendor.name, fmt(&orig, v))
            }
        })
        .collect::<Vec<_>>()
        .join(semi);
    let (lo_value, lo_text) = leader(d, WeightSet::Original);
    let (lr_value, lr_text) = leader(d, WeightSet::Reframed);
    let change = if !table.reframe || lo.is_empty() || lr.is_empty() {
        None
    } else if lo == lr {
        (lo.len() == 1).then(|| dt.lead_kept.replace("{name}", &lo_text))
    } else {
        Some(dt.lead_moves.replace("{from}", &lo_text).replace("{to}", &lr_text))
    };
    let has_strategy = table.criteria.iter().any(|c| !c.strategy.is_empty() || !c.person.is_empty());
    html! {
        <section class="sw-result">
            { live(d.lang, html! {
                <>
                    { figure("sw-band sw-leader".into(), dt.leader_original, output("leader-original", lo_value, lo_text), None) }
                    if table.reframe {
                        { figure("sw-band sw-leader sw-leader-reframed".into(), dt.leader_reframed, output("leader-reframed", lr_value, lr_text), None) }
                    }
                </>
            }, html! {
                if let Some(change) = change {
                    <p class="sw-advice" data-lead-change="">{ change }</p>
                }
            }) }
            <h4>{ dt.chart }</h4>
            <ChartCanvas spec={chart.clone()} label={chart_label} />
            { export_bar(&chart, export) }
            if has_strategy {
                <h4>{ dt.parameter_table }</h4>
                <div class="sw-scroll" tabindex="0" role="region" aria-label={dt.parameter_table}>
                    <table class="sw-kpis sw-parameters">
                        <thead><tr><th scope="col">{ dt.criterion }</th><th scope="col">{ dt.weight }</th><th scope="col">{ dt.strategy }</th><th scope="col">{ dt.person }</th></tr></thead>
                        <tbody>
                            { for table.criteria.iter().map(|c| html! {
                                <tr><th scope="row">{ c.name.clone() }</th><td>{ shortest(c.weight) }</td><td>{ c.strategy.clone() }</td><td>{ c.person.clone() }</td></tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
        </section>
    }
}
