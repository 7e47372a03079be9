//! Components layer: the spectrum result (SPEC 2.3): position and stage on the
//! productization-commercialization spectrum with a settable target, the four root
//! causes with the weakest flagged as a zombie-box risk, and the MSSP stage.

use crate::model::decimal::shortest;
use yew::prelude::*;

use super::points;
use crate::browser::download::today_iso;
use crate::charts::dimension_bars::Bar;
use crate::charts::result_card::ResultCard;
use crate::charts::spectrum::{Spectrum, Stage};
use crate::charts::ChartSpec;
use crate::components::chart_canvas::ChartCanvas;
use crate::components::export_bar::{export_bar, share_image, Export};
use crate::components::headline::{figure, live, output};
use crate::model::questionnaire::scoring::Score;
use crate::model::questionnaire::text::text;
use crate::model::questionnaire::Questionnaire;
use crate::model::text::{colon, comma, semicolon};

/// The target when the user has not set one: the start of the next stage, or the top.
pub fn default_target(q: &Questionnaire, score: &Score) -> u8 {
    q.bank.bands.get(score.band + 1).map_or(100.0, |b| b.min).round().clamp(0.0, 100.0) as u8
}

pub fn result_view(q: &Questionnaire, score: &Score, export: &Export, on_target: &Callback<u8>) -> Html {
    let qt = text(q.lang);
    if !score.complete() {
        return html! {
            <section class="sw-result sw-result-pending">
                <div class="sw-live" aria-live="polite"><p class="sw-hint">{ qt.incomplete_hint }</p></div>
            </section>
        };
    }
    let (lang, audience) = (q.lang, q.audience);
    let band = &q.bank.bands[score.band];
    let target = q.target.unwrap_or_else(|| default_target(q, score));
    let spectrum = ChartSpec::Spectrum(Spectrum {
        stages: q
            .bank
            .bands
            .iter()
            .map(|b| Stage { from: b.min, label: b.title.get(audience, lang).to_string() })
            .collect(),
        left_label: qt.spectrum_left.into(),
        right_label: qt.spectrum_right.into(),
        current: score.total,
        current_label: format!("{} {}", qt.now, points(score.total)),
        target: target.into(),
        target_label: format!("{} {target}", qt.target),
    });
    let (c, semi) = (colon(lang), semicolon(lang));
    let chart_label = format!(
        "{}{c}{} / 100{}{}{semi}{}{c}{target}",
        qt.position,
        points(score.total),
        comma(lang),
        band.title.get(audience, lang),
        qt.target
    );
    let weakest = score.weakest(1).first().copied();
    let causes: Vec<Bar> = score
        .dimensions
        .iter()
        .map(|d| Bar {
            label: q.bank.dimensions[d.index].title.get(lang).to_string(),
            value_text: format!("{} / {}", points(d.score), points(d.max)),
            ratio: d.ratio(),
        })
        .collect();
    let causes_label = causes.iter().map(|b| format!("{}{c}{}", b.label, b.value_text)).collect::<Vec<_>>().join(semi);
    let card = ChartSpec::ResultCard(ResultCard {
        title: q.bank.title.get(lang).to_string(),
        total: format!("{} / 100", points(score.total)),
        ratio: score.total / 100.0,
        band: band.title.get(audience, lang).to_string(),
        bars: causes.clone(),
        footer: format!("secworth · {}", today_iso()),
    });
    let on_input = {
        let on_target = on_target.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                if let Some(t) = crate::model::questionnaire::share::parse_target(&input.value()) {
                    on_target.emit(t);
                }
            }
        })
    };
    html! {
        <section class="sw-result" data-band={band.id.clone()}>
            { live(lang, html! {
                <>
                    { figure("sw-total".into(), qt.position, output("spectrum-position", score.total, points(score.total)), Some(" / 100".into())) }
                    { figure(format!("sw-band sw-stage-{}", band.id), qt.stage, output("spectrum-stage", &band.id, band.title.get(audience, lang).to_owned()), None) }
                </>
            }, html! { <p class="sw-advice">{ band.advice.get(audience, lang) }</p> }) }
            <h4>{ qt.spectrum_chart }</h4>
            <ChartCanvas spec={spectrum.clone()} label={chart_label} />
            <label class="sw-target">
                <span>{ qt.target }</span>
                <input type="range" min="0" max="100" step="1" value={target.to_string()} oninput={on_input} data-target="" />
                <output data-result="target" data-value={target.to_string()}>{ target }</output>
            </label>
            { export_bar(&spectrum, export) }
            { share_image(&card, export, qt.share_image) }

            <h4>{ qt.root_causes }</h4>
            <ChartCanvas spec={ChartSpec::DimensionBars(causes)} label={causes_label} />
            <ul class="sw-causes">
                { for score.dimensions.iter().map(|d| {
                    let dim = &q.bank.dimensions[d.index];
                    let zombie = Some(d.index) == weakest;
                    html! {
                        <li data-cause={dim.id.clone()} class={classes!(zombie.then_some("sw-zombie"))}>
                            <strong>{ dim.title.get(lang) }</strong>
                            { format!(" {} / {}", points(d.score), points(d.max)) }
                            if zombie {
                                <span class="sw-flag">
                                    <output data-result="zombie-risk" data-value={dim.id.clone()}>{ qt.zombie_risk }</output>
                                </span>
                            }
                            <p class="sw-remedy-title">{ qt.remedy }</p>
                            <ul>{ for dim.next_steps.iter().map(|s| html! { <li>{ s.get(lang) }</li> }) }</ul>
                        </li>
                    }
                }) }
            </ul>
            { for q.bank.scales.iter().zip(&score.scales).map(|(scale, sc)| {
                let level = &scale.levels[sc.level];
                let has_next = sc.level + 1 < scale.levels.len();
                html! {
                    <div class="sw-scale" data-scale={scale.id.clone()}>
                        <h4>{ scale.title.get(lang) }</h4>
                        <p class="sw-band">
                            <output data-result={format!("{}-stage", scale.id)} data-value={shortest(level.value)} data-level={level.id.clone()}>
                                { level.title.get(lang) }
                            </output>
                        </p>
                        <p>{ level.description.get(lang) }</p>
                        <p class="sw-remedy-title">{ if has_next { qt.mssp_next } else { qt.remedy } }</p>
                        <p>{ level.next.get(lang) }</p>
                    </div>
                }
            }) }
        </section>
    }
}
