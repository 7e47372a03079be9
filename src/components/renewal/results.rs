//! Components layer: the renewal outlook with its reasons and rule, the risks ranked
//! with each one's recommended actions, the warnings from the measures, the risk
//! matrix and the measures chart (each with a text alternative), and the downloads.

use yew::prelude::*;

use crate::browser::format::number;
use crate::charts::dimension_bars::Bar;
use crate::charts::risk_matrix::RiskMatrix;
use crate::charts::target_bars::{TargetBar, TargetBars};
use crate::charts::ChartSpec;
use crate::components::chart_canvas::ChartCanvas;
use crate::components::export_bar::{export_bar, Export};
use crate::components::headline::{figure, live, output};
use crate::model::renewal::outlook::{attainment, Assessment, Ranked, MAX_ATTAINMENT};
use crate::model::renewal::state::Renewal;
use crate::model::renewal::text::{outlook_title, reason, rule_lines, text, top_risks_label, unit_label};
use crate::model::text::{bracketed, colon};

/// Open risks by group (rows) and level (columns, least serious first).
fn matrix(r: &Renewal, a: &Assessment) -> RiskMatrix {
    let (model, lang) = (&r.model, r.lang);
    let levels = model.levels.len();
    let counts = model
        .groups
        .iter()
        .map(|g| {
            let mut row = vec![0; levels];
            for x in a.ranked.iter().filter(|x| x.open && model.risks[x.risk].group == g.id) {
                if let Some(m) = &r.risks[x.risk] {
                    row[levels - 1 - m.level] += 1;
                }
            }
            row
        })
        .collect();
    RiskMatrix {
        rows: model.groups.iter().map(|g| g.title.get(lang).to_string()).collect(),
        columns: model.levels.iter().rev().map(|l| l.title.get(lang).to_string()).collect(),
        counts,
    }
}

fn target_bars(r: &Renewal) -> TargetBars {
    let rows = r
        .model
        .measures
        .iter()
        .enumerate()
        .filter_map(|(i, m)| {
            let value = r.measured[i]?;
            let target = r.targets[i];
            let ratio = attainment(value, target, m.better);
            let text =
                format!("{} / {} {}", number(value, 1, r.lang), number(target, 1, r.lang), unit_label(&m.unit, r.lang));
            let meets = m.meets(value, target);
            Some(TargetBar { bar: Bar { label: m.title.get(r.lang).to_string(), value_text: text, ratio }, meets })
        })
        .collect();
    TargetBars { rows, max: MAX_ATTAINMENT }
}

/// One ranked risk: its level, state and response, causes, and what to do.
fn ranked_item(r: &Renewal, x: &Ranked) -> Html {
    let (model, lang, rt) = (&r.model, r.lang, text(r.lang));
    let Some(m) = &r.risks[x.risk] else { return html! {} };
    let risk = &model.risks[x.risk];
    let level = &model.levels[m.level];
    let state = model.states[m.state].title.get(lang);
    let response = m.response.map_or(rt.response_none, |i| model.responses[i].title.get(lang));
    let caused = [(rt.cause, &m.cause), (rt.root, &m.root)];
    html! {
        <li data-risk={risk.id.clone()} data-level={level.id.clone()} data-open={x.open.to_string()}>
            <strong>{ risk.title.get(lang) }</strong>
            { bracketed(&format!("{}{}{}", rt.level, colon(lang), level.title.get(lang)), lang) }
            <p class="sw-hint-small">{ format!("{}{}{state} · {}{}{response}", rt.state, colon(lang), rt.response, colon(lang)) }</p>
            { for caused.iter().filter(|(_, t)| !t.is_empty()).map(|(label, t)| html! {
                <p class="sw-hint-small">{ format!("{label}{}{t}", colon(lang)) }</p>
            }) }
            if x.open {
                <ul>
                    if m.response.is_none() || !x.response_fits {
                        <li data-action="agree-response">{ format!("{}{}{}", rt.agree_response, colon(lang),
                            model.suggested(m.level).map(|x| x.title.get(lang)).collect::<Vec<_>>().join(lang.pick(", ", "、"))) }</li>
                    }
                    { for risk.playbooks.iter().filter_map(|p| model.playbook(p)).map(|p| html! {
                        <li data-playbook={p.id.clone()}>
                            <strong>{ p.title.get(lang) }</strong>{ colon(lang) }{ p.text.get(lang) }
                            <span class="sw-hint-small">{ bracketed(p.basis.get(lang), lang) }</span>
                        </li>
                    }) }
                </ul>
            }
        </li>
    }
}

pub fn view(r: &Renewal, a: &Assessment, export: &Export) -> Html {
    let (model, lang, rt) = (&r.model, r.lang, text(r.lang));
    let reasons: Vec<String> = a.reasons.iter().map(|x| reason(x, model, lang)).collect();
    let grid = matrix(r, a);
    let matrix_label = grid
        .rows
        .iter()
        .zip(&grid.counts)
        .map(|(row, counts)| {
            let cells: Vec<String> = grid.columns.iter().zip(counts).map(|(c, n)| format!("{c} {n}")).collect();
            format!("{row}{}{}", colon(lang), cells.join(lang.pick(", ", "、")))
        })
        .collect::<Vec<_>>()
        .join(lang.pick("; ", "；"));
    let table = html! {
        <details class="sw-table">
            <summary>{ rt.matrix_table }</summary>
            <table>
                <thead><tr><th scope="col">{ rt.group }</th>{ for grid.columns.iter().map(|c| html! { <th scope="col">{ c.clone() }</th> }) }</tr></thead>
                <tbody>{ for grid.rows.iter().zip(&grid.counts).map(|(row, counts)| html! {
                    <tr><th scope="row">{ row.clone() }</th>{ for counts.iter().map(|n| html! { <td>{ *n }</td> }) }</tr>
                }) }</tbody>
            </table>
        </details>
    };
    let matrix = ChartSpec::RiskMatrix(grid);
    let bars = target_bars(r);
    let bars_label = bars
        .rows
        .iter()
        .map(|b| format!("{}{}{}", b.bar.label, colon(lang), b.bar.value_text))
        .collect::<Vec<_>>()
        .join(lang.pick("; ", "；"));
    let has_bars = !bars.rows.is_empty();
    html! {
        <section class="sw-result" data-outlook={a.outlook.code()}>
            { live(lang, html! {
                <>
                    { figure(format!("sw-band sw-outlook-{}", a.outlook.code()), rt.outlook,
                        output("renewal-risk", a.outlook.code(), outlook_title(a.outlook, lang).to_string()), None) }
                    { figure("sw-total".into(), &top_risks_label(model, lang), output("high-risks", a.top_risks, a.top_risks.to_string()), None) }
                    { figure("sw-total".into(), rt.open_risks, output("open-risks", a.open_risks, a.open_risks.to_string()), None) }
                </>
            }, html! {
                <ul class="sw-reasons">{ for reasons.into_iter().map(|x| html! { <li>{ x }</li> }) }</ul>
            }) }
            <details class="sw-how">
                <summary>{ rt.rule }</summary>
                <ul>{ for rule_lines(model, lang).into_iter().map(|l| html! { <li>{ l }</li> }) }</ul>
            </details>

            <h4>{ rt.ranked }</h4>
            if a.ranked.is_empty() {
                <p class="sw-hint-small">{ rt.none_marked }</p>
            } else {
                <ol class="sw-steps sw-ranked">{ for a.ranked.iter().map(|x| ranked_item(r, x)) }</ol>
            }

            if !a.below_target.is_empty() {
                <h4>{ rt.warnings }</h4>
                <p class="sw-hint-small">{ rt.warnings_intro }</p>
                <ul class="sw-warnings">{ for a.below_target.iter().map(|&i| {
                    let m = &model.measures[i];
                    html! { <li data-measure={m.id.clone()}>{ format!("{}{}{} / {} {}", m.title.get(lang), colon(lang),
                        number(r.measured[i].unwrap_or(0.0), 1, lang), number(r.targets[i], 1, lang), unit_label(&m.unit, lang)) }</li> }
                }) }</ul>
            }

            <h4>{ rt.matrix }</h4>
            <ChartCanvas spec={matrix.clone()} label={matrix_label} />
            { table }
            { export_bar(&matrix, export) }

            <h4>{ rt.measures_chart }</h4>
            if has_bars {
                <ChartCanvas spec={ChartSpec::TargetBars(bars)} label={bars_label} />
            } else {
                <p class="sw-hint-small">{ rt.no_measures }</p>
            }
        </section>
    }
}
