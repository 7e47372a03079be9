//! The breach-cost model: calibration against IBM's published averages, the
//! properties a user relies on (more exposure never costs less, a control never
//! costs more, ordered percentiles, reproducible simulation), the value of a
//! package, and the share link.

use proptest::prelude::*;
use secworth::model::breach::assumptions::{industry_cost, country_cost, Assumptions, Param, REFERENCE_CONTROLS};
use secworth::model::breach::cost::{annual_loss, breach_cost, breach_rate, reference_downtime_hours, Category};
use secworth::model::breach::profile::{Control, Controls, Industry, Jurisdiction, Profile, Records};
use secworth::model::breach::sensitivity::{tornado, Driver};
use secworth::model::breach::simulate::simulate;
use secworth::model::breach::state::{Action, Breach, Field};
use secworth::model::breach::value::{value, Package};
use secworth::model::lang::Lang;
use secworth::model::note::Note;

/// The organisation IBM's averages describe, as the model's assumptions define it:
/// its size, records, revenue, common controls, and the outage its lost business implies.
fn typical(industry: Industry, jurisdiction: Jurisdiction) -> (Profile, Assumptions) {
    let a = Assumptions::new(industry, jurisdiction);
    let p = Profile {
        industry,
        jurisdiction,
        employees: a.get(Param::RefEmployees),
        revenue_usd: a.get(Param::RefRevenue) * 1e6,
        records: Records { customer: a.get(Param::RefRecords), payment: 0.0, health: 0.0, employee: 0.0 },
        controls: Controls::of(&REFERENCE_CONTROLS),
        downtime_hours: reference_downtime_hours(&a),
    };
    (p, a)
}

fn small_business() -> (Profile, Assumptions) {
    let a = Assumptions::new(Industry::Services, Jurisdiction::Us);
    let p = Profile {
        industry: Industry::Services,
        jurisdiction: Jurisdiction::Us,
        employees: 50.0,
        revenue_usd: 5e6,
        records: Records { customer: 5000.0, payment: 0.0, health: 0.0, employee: 50.0 },
        controls: Controls::of(&[Control::Backups]),
        downtime_hours: 24.0,
    };
    (p, a)
}

fn within(actual: f64, expected: f64, tolerance: f64) -> bool {
    (actual - expected).abs() <= tolerance * expected
}

#[test]
fn a_typical_organisation_costs_what_ibm_reports_for_its_industry() {
    for industry in Industry::ALL {
        let (p, a) = typical(industry, Jurisdiction::Other);
        let cost = breach_cost(&p, &a).total() / 1e6;
        let ibm = industry_cost(industry);
        assert!(within(cost, ibm, 0.10), "{industry:?}: model {cost:.2} M against IBM {ibm} M");
    }
}

#[test]
fn a_typical_organisation_costs_what_ibm_reports_for_its_country() {
    for jurisdiction in Jurisdiction::ALL {
        let (p, a) = typical(Industry::Other, jurisdiction);
        let cost = breach_cost(&p, &a).total() / 1e6;
        let ibm = country_cost(jurisdiction);
        assert!(within(cost, ibm, 0.10), "{jurisdiction:?}: model {cost:.2} M against IBM {ibm} M");
    }
}

#[test]
fn a_small_business_costs_far_less_than_ibms_average_but_is_not_trivial() {
    let (p, a) = small_business();
    let cost = breach_cost(&p, &a).total();
    assert!(cost > 100_000.0 && cost < 3_000_000.0, "{cost} {:?}", breach_cost(&p, &a));
    let b = breach_cost(&p, &a);
    assert!((b.direct() + b.indirect() - b.total()).abs() < 1e-6);
    for c in Category::ALL {
        assert!(b.get(c) > 0.0, "{c:?} should cost something");
    }
}

#[test]
fn healthcare_and_the_us_cost_more_than_the_public_sector_elsewhere() {
    let (mut p, _) = small_business();
    p.industry = Industry::Healthcare;
    let high = breach_cost(&p, &Assumptions::new(Industry::Healthcare, Jurisdiction::Us)).total();
    p.industry = Industry::PublicSector;
    p.jurisdiction = Jurisdiction::Other;
    let low = breach_cost(&p, &Assumptions::new(Industry::PublicSector, Jurisdiction::Other)).total();
    assert!(high > 3.0 * low, "{high} vs {low}");
}

#[test]
fn the_same_seed_gives_the_same_simulation_and_another_seed_another() {
    let (p, a) = small_business();
    let one = simulate(&p, &a, 10_000, 7);
    assert_eq!(one, simulate(&p, &a, 10_000, 7));
    assert_ne!(one, simulate(&p, &a, 10_000, 8));
}

#[test]
fn the_simulated_mean_converges_on_the_expected_annual_loss() {
    let (p, a) = small_business();
    let s = simulate(&p, &a, 200_000, 3);
    let expected = annual_loss(&p, &a);
    assert!(within(s.mean, expected, 0.05), "simulated {} against expected {}", s.mean, expected);
    // With a 20% yearly chance, about one year in five has a breach.
    let chance = 1.0 - (-breach_rate(p.controls, &a)).exp();
    assert!((s.any_breach - chance).abs() < 0.01, "{} vs {}", s.any_breach, chance);
    assert!(s.p10 <= s.p50 && s.p50 <= s.p90 && s.p90 > 0.0);
    assert!(s.breach_p10 < s.breach_p50 && s.breach_p50 < s.breach_p90);
}

#[test]
fn the_exceedance_curve_falls_from_the_chance_of_a_breach_to_the_tail() {
    let (p, a) = small_business();
    let s = simulate(&p, &a, 20_000, 1);
    assert_eq!(s.exceedance.first().map(|pt| pt.0), Some(0.0));
    assert!((s.exceedance[0].1 - s.any_breach).abs() < 1e-12);
    for w in s.exceedance.windows(2) {
        assert!(w[0].0 < w[1].0 && w[0].1 >= w[1].1, "{w:?}");
    }
    let last = s.exceedance.last().map_or(1.0, |pt| pt.1);
    assert!(last <= 0.011, "the curve runs to the 99th percentile year: {last}");
}

#[test]
fn a_package_pays_back_through_avoided_loss_and_insurance() {
    let (p, a) = small_business();
    let package = Package {
        controls: Controls::of(&[Control::Edr, Control::Mdr, Control::IrPlan, Control::Training]),
        cost_usd: 30_000.0,
        downtime_hours: 2.0,
        premium_usd: 1700.0,
    };
    let v = value(&p, &package, &a);
    assert!(v.loss_after < v.loss_before);
    assert!((v.insurance_saving - 255.0).abs() < 1e-9, "the seed's 15% of 1,700");
    assert_eq!((v.downtime_before, v.downtime_after), (24.0, 2.0));
    let rosi = v.rosi.expect("a package with a cost has a return");
    assert!((rosi - (v.benefit - 30_000.0) / 30_000.0).abs() < 1e-12);
    let payback = v.payback_months.expect("a positive benefit pays back");
    assert!((payback - 30_000.0 / v.benefit * 12.0).abs() < 1e-9);

    // Controls already in place add nothing: no loss avoided, no insurance saving.
    let nothing_new = Package { controls: p.controls, ..package };
    let v = value(&p, &nothing_new, &a);
    assert_eq!(v.insurance_saving, 0.0);
    assert!(v.loss_avoided.abs() < 1e-6 * v.loss_before || v.downtime_after < v.downtime_before);
    // A free package has no ratio; one with no benefit never pays back.
    let free = Package { cost_usd: 0.0, ..package };
    assert_eq!(value(&p, &free, &a).rosi, None);
    let none = Package { controls: Controls::NONE, ..package };
    assert_eq!(value(&p, &none, &a).payback_months, None);
}

#[test]
fn only_recovery_controls_cut_downtime() {
    let (p, a) = small_business();
    let p = Profile { controls: Controls::NONE, ..p };
    let training_only = Package { controls: Controls::of(&[Control::Training]), cost_usd: 1.0, downtime_hours: 2.0, premium_usd: 0.0 };
    assert_eq!(value(&p, &training_only, &a).downtime_after, 24.0);
    let backups = Package { controls: Controls::of(&[Control::Backups]), ..training_only };
    assert_eq!(value(&p, &backups, &a).downtime_after, 2.0);
}

#[test]
fn the_tornado_is_widest_first_and_likelihood_scales_the_loss() {
    let (p, a) = small_business();
    let t = tornado(&p, &a);
    assert_eq!(t.len(), Driver::SHOWN.len());
    for w in t.windows(2) {
        assert!(w[0].width() >= w[1].width());
    }
    let base = annual_loss(&p, &a);
    let likelihood = t.iter().find(|s| s.driver == Driver::Likelihood).expect("likelihood is a driver");
    assert!(likelihood.low < base && base < likelihood.high);
}

#[test]
fn fines_never_exceed_what_the_law_allows_in_expectation() {
    // A tiny EU business with a huge customer list: GDPR's cap (EUR 20 M) bounds the fine.
    let a = Assumptions::new(Industry::Retail, Jurisdiction::Eu);
    let p = Profile {
        industry: Industry::Retail,
        jurisdiction: Jurisdiction::Eu,
        employees: 5.0,
        revenue_usd: 1e5,
        records: Records { customer: 1e10, payment: 1e10, health: 0.0, employee: 5.0 },
        controls: Controls::NONE,
        downtime_hours: 0.0,
    };
    let fines = breach_cost(&p, &a).get(Category::Fines);
    let cap = 20e6 / a.get(Param::FxEur) * a.get(Param::FineRate) / 100.0;
    assert!(fines <= cap + 1e-6, "{fines} > {cap}");
    let s = simulate(&p, &a, 5000, 1);
    assert!(s.p90.is_finite());
}

#[test]
fn the_share_link_round_trips_every_input() {
    let mut b = Breach::new(Lang::En);
    b.apply(Action::SetIndustry(Industry::Healthcare));
    b.apply(Action::SetJurisdiction(Jurisdiction::Eu));
    b.apply(Action::SetCurrency("EUR".into()));
    b.apply(Action::Edit(Field::Employees, "120".into()));
    b.apply(Action::Edit(Field::RecordsHealth, "40,000".into()));
    b.apply(Action::SetControl(Control::Mfa, true));
    b.apply(Action::SetPackage(Control::Encryption, true));
    b.apply(Action::EditAssumption(Param::Likelihood, "35".into()));
    let link = b.share_query();
    assert!(link.contains("employees=120") && link.contains("records_health=40000") && link.contains("likelihood=35"), "{link}");
    assert!(link.contains("industry=healthcare") && link.contains("jurisdiction=eu") && link.contains("currency=EUR"), "{link}");
    let back = Breach::from_query(&link, Lang::Zh);
    assert_eq!(back.notes, vec![]);
    assert_eq!(back.share_query(), link);
    assert_eq!(back.outcome(), b.outcome());
}

#[test]
fn a_bad_link_keeps_what_is_valid_and_says_what_was_not() {
    let b = Breach::from_query("w=breach-cost&employees=-5&revenue=NaN&industry=mining&controls=mfa,laser&likelihood=250&records_customer=900&currency=XYZ", Lang::En);
    assert_eq!(b.value(Field::Employees), 50.0);
    assert_eq!(b.value(Field::RecordsCustomer), 900.0);
    assert!(b.controls.has(Control::Mfa));
    let keys: Vec<String> = b
        .notes
        .iter()
        .map(|n| match n {
            Note::InvalidField { key, .. } => key.clone(),
            Note::UnknownChoice { value, .. } => value.clone(),
            Note::UnknownCurrency(c) => c.clone(),
            other => format!("{other:?}"),
        })
        .collect();
    assert_eq!(keys, ["XYZ", "mining", "laser", "employees", "revenue", "likelihood"]);
    assert_eq!(b.assumptions.get(Param::Likelihood), 20.0);
}

#[test]
fn changing_currency_converts_the_amounts() {
    let mut b = Breach::new(Lang::En);
    let usd = b.outcome().breach.total();
    b.apply(Action::SetCurrency("CNY".into()));
    assert_eq!(b.value(Field::Revenue), 36_000_000.0);
    let cny = b.outcome().breach.total();
    assert!(within(cny, usd * 7.2, 0.01), "{cny} vs {usd}");
}

fn any_profile() -> impl Strategy<Value = (Profile, Assumptions)> {
    let amount = prop_oneof![Just(0.0), Just(-1.0), Just(f64::NAN), Just(f64::INFINITY), Just(1e300), 0.0..1e9f64];
    (
        0..Industry::ALL.len(),
        0..Jurisdiction::ALL.len(),
        amount.clone(),
        amount.clone(),
        prop::array::uniform4(amount.clone()),
        0u8..128,
        amount,
    )
        .prop_map(|(i, j, employees, revenue, r, bits, hours)| {
            let controls = Controls::of(&Control::ALL.iter().enumerate().filter(|(k, _)| bits & (1 << k) != 0).map(|(_, c)| *c).collect::<Vec<_>>());
            let (industry, jurisdiction) = (Industry::ALL[i], Jurisdiction::ALL[j]);
            let p = Profile {
                industry,
                jurisdiction,
                employees,
                revenue_usd: revenue,
                records: Records { customer: r[0], payment: r[1], health: r[2], employee: r[3] },
                controls,
                downtime_hours: hours,
            };
            (p, Assumptions::new(industry, jurisdiction))
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_input_gives_finite_costs_and_ordered_percentiles((p, a) in any_profile(), seed in any::<u64>()) {
        let b = breach_cost(&p, &a);
        prop_assert!(b.0.iter().all(|x| x.is_finite() && *x >= 0.0), "{b:?}");
        let s = simulate(&p, &a, 2000, seed);
        prop_assert!(s.p10 <= s.p50 && s.p50 <= s.p90, "{s:?}");
        prop_assert!(s.mean.is_finite() && s.exceedance.iter().all(|(x, q)| x.is_finite() && (0.0..=1.0).contains(q)));
    }

    #[test]
    fn more_records_revenue_or_staff_never_lowers_the_loss(
        (p, a) in any_profile(), k in 1.0..100.0f64, which in 0usize..6
    ) {
        let mut more = p;
        match which {
            0 => more.records.customer *= k,
            1 => more.records.payment *= k,
            2 => more.records.health *= k,
            3 => more.records.employee *= k,
            4 => more.revenue_usd *= k,
            _ => more.employees *= k,
        }
        let (before, after) = (breach_cost(&p, &a).total(), breach_cost(&more, &a).total());
        prop_assert!(after >= before * (1.0 - 1e-12), "{before} -> {after}");
        let (s0, s1) = (simulate(&p, &a, 1000, 5), simulate(&more, &a, 1000, 5));
        prop_assert!(s1.p90 >= s0.p90 * (1.0 - 1e-12) && s1.p50 >= s0.p50 * (1.0 - 1e-12));
    }

    #[test]
    fn adding_a_control_never_raises_the_loss((p, a) in any_profile(), c in 0usize..7, seed in any::<u64>()) {
        let control = Control::ALL[c];
        let without = Profile { controls: p.controls.with(control, false), ..p };
        let with = Profile { controls: p.controls.with(control, true), ..p };
        prop_assert!(breach_cost(&with, &a).total() <= breach_cost(&without, &a).total() * (1.0 + 1e-12));
        prop_assert!(annual_loss(&with, &a) <= annual_loss(&without, &a) * (1.0 + 1e-12));
        let (s0, s1) = (simulate(&without, &a, 1000, seed), simulate(&with, &a, 1000, seed));
        prop_assert!(s1.p50 <= s0.p50 * (1.0 + 1e-12) && s1.p90 <= s0.p90 * (1.0 + 1e-12), "{s0:?} {s1:?}");
    }

    #[test]
    fn any_link_opens_with_finite_results(query in "[a-z_=&%0-9.,-]{0,120}", tail in ".{0,40}") {
        let b = Breach::from_query(&format!("{query}{tail}"), Lang::En);
        let o = b.outcome();
        prop_assert!(o.breach.total().is_finite() && o.annual.p90.is_finite() && o.value.benefit.is_finite());
    }
}

#[test]
#[ignore]
fn peek() {
    let (p, a) = small_business();
    let b = breach_cost(&p, &a);
    println!("{:?} total {} ALE {} ref hours {}", b, b.total(), annual_loss(&p, &a), reference_downtime_hours(&a));
    let s = simulate(&p, &a, 10000, 1);
    println!("{:?}", (s.p10, s.p50, s.p90, s.mean, s.breach_p10, s.breach_p50, s.breach_p90));
    let v = value(&p, &Package { controls: Controls::of(&[Control::Edr, Control::Mdr, Control::IrPlan, Control::Training]), cost_usd: 30000.0, downtime_hours: 2.0, premium_usd: 1700.0 }, &a);
    println!("{v:?}");
}

/// The README's assumptions table: one row per assumption, with the same default,
/// unit and source as the model (so the two cannot drift apart).
#[test]
fn the_readme_lists_every_assumption_with_its_default_and_source() {
    use secworth::model::breach::assumptions::PARAMS;
    use secworth::model::breach::text::{param_text, source_label, unit_label};
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README.md");
    for p in PARAMS {
        let spec = p.spec();
        let row = readme.lines().find(|l| l.starts_with(&format!("| `{}` |", p.key()))).unwrap_or_else(|| panic!("no README row for {}", p.key()));
        let default = if matches!(p, Param::IndustryCost | Param::CountryCost) {
            "by ".to_string()
        } else {
            format!("| {} |", p.default_value(Industry::Other, Jurisdiction::Other))
        };
        assert!(row.contains(&default), "{row} should give the default {default}");
        assert!(row.contains(source_label(spec.source, Lang::En)), "{row} should name its source");
        assert!(row.contains(unit_label(spec.unit, Lang::En)), "{row} should give its unit");
        assert!(!param_text(p, Lang::En).0.is_empty());
    }
}

#[test]
#[ignore]
fn print_readme_table() {
    use secworth::model::breach::assumptions::PARAMS;
    use secworth::model::breach::text::{param_text, source_label, unit_label};
    for p in PARAMS {
        let (name, note) = param_text(p, Lang::En);
        let d = p.default_value(Industry::Other, Jurisdiction::Other);
        let default = match p { Param::IndustryCost => "by industry (below)".into(), Param::CountryCost => "by jurisdiction (below)".into(), _ => format!("{d}") };
        let default = if matches!(p, Param::IndustryCost | Param::CountryCost) { default } else { format!("{default}") };
        println!("| `{}` | {} | {} | {} | {}: {} |", p.key(), name, if matches!(p, Param::IndustryCost | Param::CountryCost) { default } else { default }, unit_label(p.spec().unit, Lang::En), source_label(p.spec().source, Lang::En), note);
    }
}
