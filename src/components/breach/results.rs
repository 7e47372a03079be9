//! Components layer: the breach-cost results: the headline numbers, the cost by
//! category, the simulated range and loss exceedance curve, the package's value, the
//! tornado and the certifications. Every chart has a table beside it.

use std::rc::Rc;

use yew::prelude::*;

use crate::browser::format::{money, number};
use crate::charts::breakdown::{Breakdown as BreakdownChart, StackRow};
use crate::charts::exceedance::Exceedance;
use crate::charts::tornado::{Tornado, TornadoRow};
use crate::charts::ChartSpec;
use crate::components::chart_canvas::ChartCanvas;
use crate::components::disclosure::Disclosure;
use crate::components::export_bar::{export_bar, Export};
use crate::components::headline::{figure, live, output};
use crate::model::breach::cost::Category;
use crate::model::breach::state::{Breach, Outcome};
use crate::model::breach::text::{
    benchmark_lines, category_label, certification_text, driver_label, explanation_lines, honest_case_items, text,
    tolerance_sentence, Formats,
};
use crate::model::breach::value::Certification;
use crate::model::lang::Lang;
use crate::model::text::{bracketed, colon, comma, semicolon};

fn total(label: &str, output: Html) -> Html {
    figure("sw-total".into(), label, output, None)
}

pub fn view(b: &Breach, o: &Rc<Outcome>, export: &Export) -> Html {
    let lang = b.lang;
    let bt = text(lang);
    let cur = b.currency.code();
    let (m, pct) = formats(cur, lang);
    let symbol = b.currency.symbol().to_string();

    let breakdown = ChartSpec::Breakdown(BreakdownChart {
        rows: vec![
            StackRow { label: bt.today.into(), parts: o.breach.0.to_vec() },
            StackRow { label: bt.with_package.into(), parts: o.breach_with_package.0.to_vec() },
        ],
        categories: Category::ALL.iter().map(|c| (category_label(*c, lang).to_string(), c.is_direct())).collect(),
        currency_symbol: symbol.clone(),
    });
    let (c, semi) = (colon(lang), semicolon(lang));
    let breakdown_label = format!(
        "{}{c}{} {}{semi}{}",
        bt.breakdown,
        bt.today,
        m(o.breach.total()),
        Category::ALL
            .iter()
            .map(|c| format!("{} {}", category_label(*c, lang), m(o.breach.get(*c))))
            .collect::<Vec<_>>()
            .join(comma(lang))
    );
    let exceedance = ChartSpec::Exceedance(Exceedance {
        today: o.annual.exceedance.clone(),
        with_package: o.annual_with_package.exceedance.clone(),
        today_label: bt.today.into(),
        package_label: bt.with_package.into(),
        currency_symbol: symbol.clone(),
        tolerance: o.tolerance.map(|t| (t.amount, bt.tolerance_line.to_string())),
    });
    let exceedance_label = format!(
        "{}{c}{} {}{}P90 {}",
        bt.exceedance,
        bt.chance_of_breach,
        pct(o.annual.any_breach),
        comma(lang),
        m(o.annual.p90)
    );
    let tornado = ChartSpec::Tornado(Tornado {
        rows: o
            .tornado
            .iter()
            .map(|s| TornadoRow { label: driver_label(s.driver, lang).into(), low: s.low, high: s.high })
            .collect(),
        base: o.expected_loss,
        currency_symbol: symbol,
    });
    let tornado_label = format!(
        "{}{c}{}",
        bt.tornado,
        o.tornado
            .iter()
            .map(|s| format!("{} {}–{}", driver_label(s.driver, lang), m(s.low), m(s.high)))
            .collect::<Vec<_>>()
            .join(semi)
    );
    let v = &o.value;
    let num = |x: f64, d: u32| number(x, d, lang);
    let formats = Formats { money: &m, percent: &pct, number: &num };
    let fines = o.breach.get(Category::Fines);
    let benchmarks = benchmark_lines(&o.benchmarks, o.breach.total(), b.fx(), &formats, lang);
    // The explanation and the tables beside the charts are built only when the reader
    // opens them (`Disclosure`).
    let how = {
        let lines = explanation_lines(&o.explanation, fines, &formats, lang);
        Callback::from(
            move |()| html! { <ol>{ for lines.iter().map(|line| html! { <li>{ line.clone() }</li> }) }</ol> },
        )
    };
    let panel = |table: fn(&Outcome, &'static str, Lang) -> Html| {
        let o = o.clone();
        Callback::from(move |()| table(&o, cur, lang))
    };
    let honest = v.rosi.is_some_and(|r| r < 0.0).then(|| {
        honest_case_items(
            (&m(o.annual.p99), &m(o.annual_with_package.p99)),
            &m(v.insurance_saving),
            (&number(v.downtime_before, 1, lang), &number(v.downtime_after, 1, lang)),
            lang,
        )
    });
    let profile = b.profile();
    html! {
        <section class="sw-result">
            { live(lang, html! {
                <>
                    { total(bt.breach_cost, output("breach-cost", o.breach.total().round(), m(o.breach.total()))) }
                    { total(bt.expected_loss, output("expected-annual-loss", o.expected_loss.round(), m(o.expected_loss))) }
                    { total(bt.loss_avoided, output("loss-avoided", v.loss_avoided.round(), m(v.loss_avoided))) }
                    { total(bt.fines, output("fines", fines.round(), m(fines))) }
                </>
            }, html! {
                <>
                    <dl class="sw-derived">
                        <div><dt>{ bt.direct }</dt><dd>{ output("direct", o.breach.direct().round(), m(o.breach.direct())) }</dd></div>
                        <div><dt>{ bt.indirect }</dt><dd>{ output("indirect", o.breach.indirect().round(), m(o.breach.indirect())) }</dd></div>
                    </dl>
                    <p class="sw-hint-small">{ bt.expected_loss_note }</p>
                    if o.explanation.regimes.is_empty() { <p class="sw-hint-small">{ bt.fines_none }</p> }
                </>
            }) }

            <h4>{ bt.compared }</h4>
            <ul class="sw-benchmarks">{ for benchmarks.into_iter().map(|line| html! { <li>{ line }</li> }) }</ul>
            <Disclosure class="sw-how" summary={bt.how} body={how} />

            <h4>{ bt.breakdown }</h4>
            <ChartCanvas spec={breakdown.clone()} label={breakdown_label} />
            <Disclosure class="sw-table" summary={bt.breakdown_table} body={panel(categories_table)} />
            { export_bar(&breakdown, export) }

            <h4>{ bt.range }</h4>
            <p class="sw-hint-small">{ bt.range_note }</p>
            <div class="sw-scroll" tabindex="0" role="region" aria-label={bt.range}><table class="sw-range">
                <thead><tr><th scope="col">{ bt.percentile }</th><th scope="col">{ bt.one_breach }</th><th scope="col">{ bt.a_year }</th><th scope="col">{ format!("{}{}", bt.a_year, bracketed(bt.with_package, lang).trim_start()) }</th></tr></thead>
                <tbody>
                    <tr><th scope="row">{ "P10" }</th><td>{ m(o.annual.breach_p10) }</td><td>{ output("annual-p10", o.annual.p10.round(), m(o.annual.p10)) }</td><td>{ m(o.annual_with_package.p10) }</td></tr>
                    <tr><th scope="row">{ "P50" }</th><td>{ m(o.annual.breach_p50) }</td><td>{ output("annual-p50", o.annual.p50.round(), m(o.annual.p50)) }</td><td>{ m(o.annual_with_package.p50) }</td></tr>
                    <tr><th scope="row">{ "P90" }</th><td>{ m(o.annual.breach_p90) }</td><td>{ output("annual-p90", o.annual.p90.round(), m(o.annual.p90)) }</td><td>{ m(o.annual_with_package.p90) }</td></tr>
                    <tr><th scope="row">{ bt.p95 }</th><td>{ "–" }</td><td>{ output("annual-p95", o.annual.p95.round(), m(o.annual.p95)) }</td><td>{ m(o.annual_with_package.p95) }</td></tr>
                    <tr><th scope="row">{ bt.p99 }</th><td>{ "–" }</td><td>{ output("annual-p99", o.annual.p99.round(), m(o.annual.p99)) }</td><td>{ output("annual-p99-package", o.annual_with_package.p99.round(), m(o.annual_with_package.p99)) }</td></tr>
                </tbody>
            </table></div>
            <p class="sw-hint-small">
                { format!("{}{c}", bt.chance_of_breach) }
                { output("chance-of-breach", o.annual.any_breach, pct(o.annual.any_breach)) }
                { format!(" → {}{} · {} {}", pct(o.annual_with_package.any_breach), bracketed(bt.with_package, lang), number(o.annual.trials as f64, 0, lang), bt.simulated) }
            </p>
            <h4>{ bt.exceedance }</h4>
            <ChartCanvas spec={exceedance} label={exceedance_label} />
            if let Some(t) = o.tolerance {
                <p class="sw-tolerance">{{
                    let [before, between, after] = tolerance_sentence(&m(t.amount), lang);
                    html! { <>
                        { before }{ output("chance-above-tolerance", t.chance_today, pct(t.chance_today)) }
                        { between }{ output("chance-above-tolerance-package", t.chance_with_package, pct(t.chance_with_package)) }{ after }
                    </> }
                }}</p>
            }
            <Disclosure class="sw-table" summary={bt.exceedance_table} body={panel(exceedance_table)} />

            <h4>{ bt.value }</h4>
            <dl class="sw-derived sw-value">
                <div><dt>{ bt.loss_avoided }</dt><dd>{ m(v.loss_avoided) }</dd></div>
                <div><dt>{ bt.insurance_saving }</dt><dd>{ output("insurance-saving", v.insurance_saving.round(), m(v.insurance_saving)) }</dd></div>
                <div>
                    <dt>{ bt.rosi }</dt>
                    <dd>{ match v.rosi {
                        Some(r) => output("rosi", r, format!("{}%", number(r * 100.0, 0, lang))),
                        None => html! { bt.no_cost },
                    } }</dd>
                </div>
                <div>
                    <dt>{ bt.payback }</dt>
                    <dd>{ match v.payback_months {
                        Some(months) => output("payback-months", months, format!("{} {}", number(months, 1, lang), bt.months)),
                        None => html! { bt.never },
                    } }</dd>
                </div>
                <div>
                    <dt>{ bt.downtime }</dt>
                    <dd>{ output("downtime-after", v.downtime_after, format!("{} {} → {} {}", number(v.downtime_before, 1, lang), bt.hours, number(v.downtime_after, 1, lang), bt.hours)) }</dd>
                </div>
            </dl>
            <p class="sw-hint-small">{ bt.rosi_note }{ " " }{ bt.downtime_unchanged }</p>
            if let Some(items) = honest {
                <div class="sw-honest" data-result="honest-case">
                    <p>{ bt.honest_case }</p>
                    <ul>{ for items.into_iter().map(|line| html! { <li>{ line }</li> }) }</ul>
                </div>
            }

            <h4>{ bt.tornado }</h4>
            <p class="sw-hint-small">{ bt.tornado_note }</p>
            <ChartCanvas spec={tornado} label={tornado_label} />
            <Disclosure class="sw-table" summary={bt.tornado} body={panel(tornado_table)} />

            <h4>{ bt.certifications }</h4>
            <div class="sw-scroll" tabindex="0" role="region" aria-label={bt.certifications}><table class="sw-certs">
                <thead><tr><th scope="col">{ bt.certification }</th><th scope="col">{ bt.opens }</th><th scope="col">{ bt.applies }</th></tr></thead>
                <tbody>{ for Certification::ALL.iter().map(|c| {
                    let (name, opens) = certification_text(*c, lang);
                    let relevant = c.relevant(&profile);
                    html! { <tr data-cert={c.code()} data-relevant={relevant.to_string()}><th scope="row">{ name }</th><td>{ opens }</td><td>{ if relevant { "✓" } else { "–" } }</td></tr> }
                }) }</tbody>
            </table></div>
        </section>
    }
}

/// Money in the widget's currency, and a yearly chance: small chances keep two
/// decimals (a 1.2% yearly chance is not "1%").
fn formats(cur: &'static str, lang: Lang) -> (impl Fn(f64) -> String, impl Fn(f64) -> String) {
    (move |x| money(x, cur, lang), move |q: f64| format!("{}%", number(q * 100.0, if q < 0.1 { 2 } else { 1 }, lang)))
}

fn categories_table(o: &Outcome, cur: &'static str, lang: Lang) -> Html {
    let (bt, (m, _)) = (text(lang), formats(cur, lang));
    html! {
        <>
            <table class="sw-categories">
                <thead><tr><th scope="col">{ bt.category }</th><th scope="col">{ bt.today }</th><th scope="col">{ bt.with_package }</th></tr></thead>
                <tbody>
                    { for Category::ALL.iter().map(|c| html! {
                        <tr data-category={c.code()}>
                            <th scope="row">{ category_label(*c, lang) }{ if c.is_direct() { "" } else { " *" } }</th>
                            <td>{ m(o.breach.get(*c)) }</td><td>{ m(o.breach_with_package.get(*c)) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            <p class="sw-hint-small">{ format!("* {}", bt.indirect) }</p>
        </>
    }
}

fn exceedance_table(o: &Outcome, cur: &'static str, lang: Lang) -> Html {
    let (bt, (m, pct)) = (text(lang), formats(cur, lang));
    // Every fifth point of the curve, while it still has a chance to show.
    let rows = o.annual.exceedance.iter().zip(&o.annual_with_package.exceedance).step_by(5);
    html! {
        <table>
            <thead><tr><th scope="col">{ bt.loss }</th><th scope="col">{ bt.today }</th><th scope="col">{ bt.with_package }</th></tr></thead>
            <tbody>{ for rows.map(|((x, q), (_, q2))| html! { <tr><th scope="row">{ m(*x) }</th><td>{ pct(*q) }</td><td>{ pct(*q2) }</td></tr> }) }</tbody>
        </table>
    }
}

fn tornado_table(o: &Outcome, cur: &'static str, lang: Lang) -> Html {
    let (bt, (m, _)) = (text(lang), formats(cur, lang));
    html! {
        <table class="sw-tornado">
            <thead><tr><th scope="col"></th><th scope="col">{ bt.halved }</th><th scope="col">{ bt.doubled }</th></tr></thead>
            <tbody>{ for o.tornado.iter().map(|s| html! {
                <tr data-driver={s.driver.code()}><th scope="row">{ driver_label(s.driver, lang) }</th><td>{ m(s.low) }</td><td>{ m(s.high) }</td></tr>
            }) }</tbody>
        </table>
    }
}
