//! Components layer: the maturity result: total, band, chart with a table
//! alternative, and next steps for the weakest dimensions.

use yew::prelude::*;

use super::points;
use crate::browser::download::today_iso;
use crate::charts::dimension_bars::Bar;
use crate::charts::result_card::ResultCard;
use crate::charts::ChartSpec;
use crate::components::chart_canvas::ChartCanvas;
use crate::components::export_bar::{export_bar, share_image, Export};
use crate::components::headline::{figure, live, output};
use crate::model::lang::Audience;
use crate::model::questionnaire::scoring::Score;
use crate::model::questionnaire::text::text;
use crate::model::questionnaire::Questionnaire;
use crate::model::text::{bracketed, colon, semicolon};

/// How many of the weakest dimensions get next steps.
const WEAKEST_SHOWN: usize = 2;

pub fn result_view(q: &Questionnaire, score: &Score, export: &Export) -> Html {
    let qt = text(q.lang);
    // The live region stays mounted, so screen readers hear the headline appear and change.
    if !score.complete() {
        return html! {
            <section class="sw-result sw-result-pending">
                <div class="sw-live" aria-live="polite">
                    <p class="sw-hint">{ qt.incomplete_hint }</p>
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
    let chart_label = bars
        .iter()
        .map(|b| format!("{}{}{}", b.label, colon(q.lang), b.value_text))
        .collect::<Vec<_>>()
        .join(semicolon(q.lang));
    let band_label = if q.audience == Audience::Screen { qt.verdict } else { qt.band };
    let steps_heading = if q.audience == Audience::Screen { qt.next_steps_screen } else { qt.next_steps_self };
    let weakest = score.weakest(WEAKEST_SHOWN);
    let spec = ChartSpec::DimensionBars(bars.clone());
    let card = ChartSpec::ResultCard(ResultCard {
        title: q.bank.title.get(q.lang).to_string(),
        total: format!("{} / {}", points(score.total), points(score.max_total)),
        ratio: score.total / score.max_total.max(1e-9),
        band: band.title.get(q.audience, q.lang).to_string(),
        bars: bars.clone(),
        footer: format!("secworth · {}", today_iso()),
    });
    html! {
        <section class="sw-result" data-band={band.id.clone()}>
            { live(q.lang, html! {
                <>
                    { figure("sw-total".into(), qt.total_score, output("total-score", score.total, points(score.total)), Some(format!(" / {}", points(score.max_total)))) }
                    { figure(format!("sw-band sw-band-{}", band.id), band_label, output("band", &band.id, band.title.get(q.audience, q.lang).to_owned()), None) }
                </>
            }, html! { <p class="sw-advice">{ band.advice.get(q.audience, q.lang) }</p> }) }
            <h4>{ qt.chart_heading }</h4>
            <ChartCanvas spec={spec.clone()} label={chart_label} />
            <details class="sw-table">
                <summary>{ qt.chart_table }</summary>
                <table>
                    <thead><tr><th scope="col">{ qt.dimension }</th><th scope="col">{ qt.score }</th><th scope="col">{ qt.max }</th></tr></thead>
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
            { export_bar(&spec, export) }
            { share_image(&card, export, qt.share_image) }
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
