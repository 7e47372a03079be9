//! Components layer: the flywheel's results: NPS, flywheel health and the revenue
//! gap; the flywheel chart with a KPI table; the projection chart with a table; NRR
//! and customer lifetime value.

use crate::model::decimal::shortest;
use yew::prelude::*;

use crate::browser::format::{money, number};
use crate::charts::projection::Projection;
use crate::charts::wheel::{Tone, Wheel, WheelPart};
use crate::charts::ChartSpec;
use crate::components::chart_canvas::ChartCanvas;
use crate::components::export_bar::{export_bar, Export};
use crate::components::headline::{figure, live, output};
use crate::model::flywheel::kpi::{Health, Segment};
use crate::model::flywheel::projection::YearPoint;
use crate::model::flywheel::state::{Field, Flywheel};
use crate::model::flywheel::text::{field_benchmark, field_label, segment_field, segment_label, text};
use crate::model::lang::Lang;
use crate::model::text::{colon, comma, semicolon};

fn tone(h: Health) -> Tone {
    match h {
        Health::Good => Tone::Good,
        Health::Fair => Tone::Fair,
        Health::Poor => Tone::Poor,
    }
}

/// A segment's KPI as shown on the wheel and in the table.
fn kpi_text(fw: &Flywheel, s: Segment, lang: Lang) -> String {
    let k = fw.kpis();
    match s {
        Segment::StandardDelivery => format!("{} {}", number(k.ttv_days, 1, lang), field_label(Field::Ttv, lang).1),
        Segment::SuccessOperations => format!("{}%", number(k.adoption, 1, lang)),
        Segment::DataInsight => format!("{}%", number(k.healthy, 1, lang)),
        Segment::OptimisedDelivery => format!("NPS {}", number(k.nps, 1, lang)),
        Segment::RetentionGrowth => format!("{}%", number(k.churn, 1, lang)),
    }
}

pub fn view(fw: &Flywheel, export: &Export) -> Html {
    let lang = fw.lang;
    let ft = text(lang);
    let o = fw.outcome();
    let part = |s: Segment| WheelPart {
        label: segment_label(s, lang).into(),
        value_text: kpi_text(fw, s, lang),
        tone: tone(o.kpis.health(s)),
    };
    let wheel = ChartSpec::Wheel(Wheel {
        segments: Segment::ALL[..4].iter().map(|s| part(*s)).collect(),
        hub: part(Segment::RetentionGrowth),
    });
    let status = |h: Health| match h {
        Health::Good => ft.good,
        Health::Fair => ft.fair,
        Health::Poor => ft.poor,
    };
    let (c, semi) = (colon(lang), semicolon(lang));
    let wheel_label = Segment::ALL
        .iter()
        .map(|s| {
            let (name, health) = (segment_label(*s, lang), status(o.kpis.health(*s)));
            format!("{name}{c}{}{}{health}", kpi_text(fw, *s, lang), comma(lang))
        })
        .collect::<Vec<_>>()
        .join(semi);
    let projection = ChartSpec::Projection(Projection {
        today: o.today.iter().map(|p| p.revenue).collect(),
        benchmark: o.benchmark.iter().map(|p| p.revenue).collect(),
        today_label: ft.today.into(),
        benchmark_label: ft.at_benchmark.into(),
        currency_symbol: fw.currency.symbol().into(),
        year_label: ft.year.into(),
    });
    let cur = fw.currency.code();
    let last = o.today.len() - 1;
    let projection_label = format!(
        "{}{c}{} {} → {}{semi}{} → {}",
        ft.projection,
        ft.today,
        money(o.today[0].revenue, cur, lang),
        money(o.today[last].revenue, cur, lang),
        ft.at_benchmark,
        money(o.benchmark[last].revenue, cur, lang)
    );
    html! {
        <section class="sw-result" data-health={shortest(o.health)}>
            { live(lang, html! {
                <>
                    { figure("sw-total".into(), "NPS", output("nps", o.kpis.nps, number(o.kpis.nps, 1, lang)), None) }
                    { figure("sw-total".into(), ft.health, output("flywheel-health", o.health, number(o.health, 1, lang)), Some(" / 100".into())) }
                    { figure("sw-total".into(), ft.gap, output("revenue-gap", o.revenue_gap.round(), money(o.revenue_gap, cur, lang)), None) }
                </>
            }, html! { <p class="sw-hint-small">{ ft.gap_note }</p> }) }
            <h4>{ ft.wheel }</h4>
            <ChartCanvas spec={wheel.clone()} label={wheel_label} />
            <div class="sw-scroll" tabindex="0" role="region" aria-label={ft.wheel}><table class="sw-kpis">
                <thead><tr><th scope="col">{ ft.segment }</th><th scope="col">{ ft.kpi }</th><th scope="col">{ ft.value }</th><th scope="col">{ ft.benchmark }</th><th scope="col">{ ft.status }</th></tr></thead>
                <tbody>
                    { for Segment::ALL.iter().map(|s| {
                        let h = o.kpis.health(*s);
                        let f = segment_field(*s);
                        html! {
                            <tr data-segment={s.code()} data-health={h.code()}>
                                <th scope="row">{ segment_label(*s, lang) }</th>
                                <td>{ field_label(f, lang).0 }</td>
                                <td>{ kpi_text(fw, *s, lang) }</td>
                                <td>{ field_benchmark(f, lang).unwrap_or("") }</td>
                                <td><span class={classes!("sw-status", format!("sw-status-{}", h.code()))}>{ status(h) }</span></td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table></div>
            { export_bar(&wheel, export) }
            <h4>{ ft.projection }</h4>
            <ChartCanvas spec={projection} label={projection_label} />
            <details class="sw-table">
                <summary>{ ft.projection_table }</summary>
                { table(&o.today, &o.benchmark, cur, lang) }
            </details>
            <dl class="sw-derived">
                <div>
                    <dt>{ ft.nrr }</dt>
                    <dd><output data-result="net-revenue-retention" data-value={shortest(o.nrr)}>{ format!("{}%", number(o.nrr, 1, lang)) }</output></dd>
                </div>
                <div>
                    <dt>{ ft.clv }</dt>
                    <dd><output data-result="customer-lifetime-value" data-value={shortest(o.clv.round())}>{ money(o.clv, cur, lang) }</output></dd>
                </div>
            </dl>
            <p class="sw-hint-small">{ ft.clv_note }</p>
        </section>
    }
}

/// The projection year by year, today's KPIs against the benchmark's.
fn table(today: &[YearPoint], benchmark: &[YearPoint], cur: &'static str, lang: Lang) -> Html {
    let ft = text(lang);
    // Five columns: on a phone the table scrolls within itself, not the page.
    html! {
        <div class="sw-scroll" tabindex="0" role="region" aria-label={ft.projection_table}><table>
            <thead>
                <tr><th scope="col" rowspan="2">{ ft.year }</th><th scope="colgroup" colspan="2">{ ft.today }</th><th scope="colgroup" colspan="2">{ ft.at_benchmark }</th></tr>
                <tr><th scope="col">{ ft.customers }</th><th scope="col">{ ft.revenue_col }</th><th scope="col">{ ft.customers }</th><th scope="col">{ ft.revenue_col }</th></tr>
            </thead>
            <tbody>
                { for today.iter().zip(benchmark).map(|(a, b)| html! {
                    <tr data-year={a.year.to_string()}>
                        <th scope="row">{ a.year }</th>
                        <td>{ number(a.customers, 0, lang) }</td><td>{ money(a.revenue, cur, lang) }</td>
                        <td>{ number(b.customers, 0, lang) }</td><td>{ money(b.revenue, cur, lang) }</td>
                    </tr>
                }) }
            </tbody>
        </table></div>
    }
}
