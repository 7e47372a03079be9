//! Components layer: the maturity result: total, band, chart with a table
//! alternative, and next steps for the weakest dimensions.

use yew::prelude::*;

use crate::charts::dimension_bars::Bar;
use crate::charts::ChartSpec;
use crate::components::chart_canvas::ChartCanvas;
use crate::components::export_bar::export_bar;
use crate::model::lang::Audience;
use crate::model::questionnaire::scoring::{round1, Score};
use crate::model::questionnaire::Questionnaire;
use crate::model::text::{bracketed, ui};
use crate::model::widget::Widget;

/// How many of the weakest dimensions get next steps.
const WEAKEST_SHOWN: usize = 2;

pub(super) fn points(x: f64) -> String {
    round1(x).to_string()
}

pub fn result_view(q: &Questionnaire, score: &Score, link: &str) -> Html {
    let t = ui(q.lang);
    // The live region stays mounted, so screen readers hear the headline appear and change.
    if !score.complete() {
        return html! {
            <section class="sw-result sw-result-pending">
                <div class="sw-live" aria-live="polite">
                    <p class="sw-hint">{ t.incomplete_hint }</p>
                </div>
            </section>
        };
    }
    let band = &q.bank.bands[score.band];
    let bars: Vec<Bar> = score
        .dimensions
        .iter()
        .map(|d| Bar {
            label: q.bank.dimensions[d.index].title.get(q.lang).to_string(),
            value_text: format!("{} / {}", points(d.score), points(d.max)),
            ratio: d.ratio(),
        })
        .collect();
    let chart_label = bars.iter().map(|b| format!("{}: {}", b.label, b.value_text)).collect::<Vec<_>>().join("; ");
    let band_label = if q.audience == Audience::Screen { t.verdict } else { t.band };
    let steps_heading = if q.audience == Audience::Screen { t.next_steps_screen } else { t.next_steps_self };
    let weakest = score.weakest(WEAKEST_SHOWN);
    let spec = ChartSpec::DimensionBars(bars.clone());
    let json = {
        let (q, link) = (q.clone(), link.to_owned());
        move || serde_json::to_string_pretty(&q.export_json(Widget::Maturity.code(), &link)).unwrap_or_default()
    };
    html! {
        <section class="sw-result" data-band={band.id.clone()}>
            <div class="sw-live" aria-live="polite">
            <h3>{ t.result_heading }</h3>
            <div class="sw-headline">
                <p class="sw-total">
                    <span class="sw-label">{ t.total_score }</span>
                    <output data-result="total-score" data-value={score.total.to_string()}>{ points(score.total) }</output>
                    <span class="sw-max">{ format!(" / {}", points(score.max_total)) }</span>
                </p>
                <p class={classes!("sw-band", format!("sw-band-{}", band.id))}>
                    <span class="sw-label">{ band_label }</span>
                    <output data-result="band" data-value={band.id.clone()}>{ band.title.get(q.audience, q.lang) }</output>
                </p>
            </div>
            <p class="sw-advice">{ band.advice.get(q.audience, q.lang) }</p>
            </div>
            <h4>{ t.chart_heading }</h4>
            <ChartCanvas spec={spec.clone()} label={chart_label} />
            <details class="sw-table">
                <summary>{ t.chart_table }</summary>
                <table>
                    <thead><tr><th scope="col">{ t.dimension }</th><th scope="col">{ t.score }</th><th scope="col">{ t.max }</th></tr></thead>
                    <tbody>
                        { for score.dimensions.iter().map(|d| html! {
                            <tr data-dimension={q.bank.dimensions[d.index].id.clone()}>
                                <th scope="row">{ q.bank.dimensions[d.index].title.get(q.lang) }</th>
                                <td>{ points(d.score) }</td>
                                <td>{ points(d.max) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </details>
            { export_bar(&spec, json, &format!("secworth-{}", Widget::Maturity.code()), q.lang) }
            if !weakest.is_empty() {
                <h4>{ steps_heading }</h4>
                <ul class="sw-steps">
                    { for weakest.iter().map(|&i| {
                        let d = &q.bank.dimensions[i];
                        html! {
                            <li data-weak-dimension={d.id.clone()}>
                                <strong>{ d.title.get(q.lang) }</strong>
                                { bracketed(&format!("{} / {}", points(score.dimensions[i].score), points(d.points)), q.lang) }
                                <ul>{ for d.next_steps.iter().map(|s| html! { <li>{ s.get(q.lang) }</li> }) }</ul>
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}
