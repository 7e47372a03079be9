//! The breach-cost model: calibration against the published evidence (IBM's averages
//! for IBM-typical organisations, insurers' claims for small firms, the fine rules),
//! the properties a user relies on (more exposure never costs less, a control never
//! costs more, ordered percentiles, reproducible simulation), the value of a package,
//! and the share link.

use proptest::prelude::*;
use secworth::model::breach::assumptions::{country_cost, industry_cost, Assumptions, Param, REFERENCE_CONTROLS};
use secworth::model::breach::cost::{
    annual_loss, breach_cost, breach_rate, chance_of_breach, level, reference_downtime_hours, Category,
};
use secworth::model::breach::fines::{fine_chance, fine_if_fined, regimes, Regime};
use secworth::model::breach::profile::{Control, Controls, Industry, Jurisdiction, Profile, Records};
use secworth::model::breach::sensitivity::{tornado, Driver};
use secworth::model::breach::simulate::simulate;
use secworth::model::breach::state::{Action, Breach, Field};
use secworth::model::breach::value::{value, Package};
use secworth::model::currency::Currency;
use secworth::model::lang::Lang;
use secworth::model::note::Note;
use secworth::model::widget::WidgetModel;

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

/// A small firm as insurers' claims studies see it: US, USD 5 M revenue, 50 staff,
/// 5,000 customer records, MFA (insurers' usual condition) and backups, a day's outage.
fn insured_small_firm(revenue_usd: f64, employees: f64, customers: f64) -> (Profile, Assumptions) {
    let a = Assumptions::new(Industry::Other, Jurisdiction::Us);
    let p = Profile {
        industry: Industry::Other,
        jurisdiction: Jurisdiction::Us,
        employees,
        revenue_usd,
        records: Records { customer: customers, payment: 0.0, health: 0.0, employee: employees },
        controls: Controls::of(&[Control::Mfa, Control::Backups]),
        downtime_hours: 24.0,
    };
    (p, a)
}

/// The calculator's default business: a 50-person US services firm.
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

/// One row of the calibration table: a published figure, where it is published, and
/// the model's figure for the matching profile, with the tolerance we defend.
struct Row {
    what: String,
    source: &'static str,
    published: f64,
    ours: f64,
    check: Check,
}

/// What a row must meet: within a share of the published figure, or (for sizes
/// between insurers' small firms and IBM's large ones) between two published figures.
#[derive(Clone, Copy)]
enum Check {
    Within(f64),
    Between(f64, f64),
}

impl Row {
    fn passes(&self) -> bool {
        match self.check {
            Check::Within(t) => within(self.ours, self.published, t),
            Check::Between(lo, hi) => self.ours >= lo && self.ours <= hi,
        }
    }
}

fn calibration() -> Vec<Row> {
    let mut rows = Vec::new();
    for industry in Industry::ALL {
        let (p, a) = typical(industry, Jurisdiction::Other);
        rows.push(Row {
            what: format!("IBM-typical organisation, {}, global", industry.code()),
            source: if industry == Industry::Other { "IBM 2026 Fig. 1" } else { "IBM 2026 Fig. 4" },
            published: industry_cost(industry) * 1e6,
            ours: breach_cost(&p, &a).total(),
            check: Check::Within(0.10),
        });
    }
    for jurisdiction in [Jurisdiction::Us, Jurisdiction::Uk, Jurisdiction::Eu, Jurisdiction::Cn] {
        let (p, a) = typical(Industry::Other, jurisdiction);
        rows.push(Row {
            what: format!("IBM-typical organisation, all industries, {}", jurisdiction.code()),
            source: match jurisdiction {
                Jurisdiction::Eu => "IBM 2026 Fig. 2 (DE, FR, Benelux, IT weighted)",
                Jurisdiction::Cn => "IBM 2026 Fig. 2 (ASEAN)",
                _ => "IBM 2026 Fig. 2",
            },
            published: country_cost(jurisdiction) * 1e6,
            ours: breach_cost(&p, &a).total(),
            check: Check::Within(0.10),
        });
    }
    let (p, a) = insured_small_firm(5e6, 50.0, 5000.0);
    let small = breach_cost(&p, &a).total();
    rows.push(Row {
        what: "US firm, USD 5 M revenue, 50 staff: one claim".into(),
        source: "NetDiligence 2026 Table 3 (< USD 50 M)",
        published: 141e3,
        ours: small,
        check: Check::Within(0.15),
    });
    rows.push(Row {
        what: "US firm, USD 5 M revenue, 50 staff: one claim".into(),
        source: "Coalition 2026 (< USD 25 M)",
        published: 77e3,
        ours: small,
        check: Check::Between(77e3, 180e3),
    });
    let (p, a) = insured_small_firm(50e6, 250.0, 20_000.0);
    rows.push(Row {
        what: "US firm, USD 50 M revenue, 250 staff: one claim".into(),
        source: "Coalition 2025 Fig. 3.4 (USD 25-100 M)",
        published: 139e3,
        ours: breach_cost(&p, &a).total(),
        check: Check::Between(139e3, 11.5e6),
    });
    let (p, a) = insured_small_firm(150e6, 750.0, 50_000.0);
    rows.push(Row {
        what: "US firm, USD 150 M revenue, 750 staff: one claim".into(),
        source: "NetDiligence 2026 Table 3 (USD 50-300 M)",
        published: 361e3,
        ours: breach_cost(&p, &a).total(),
        check: Check::Between(361e3, 11.5e6),
    });
    for (revenue, published, source) in [
        (5e6, 0.0121, "Coalition 2026 (< USD 25 M)"),
        (50e6, 0.0399, "Coalition 2025 Fig. 3.3 (USD 25-100 M)"),
        (3e8, 0.0572, "Coalition 2026 (> USD 100 M)"),
    ] {
        let (p, a) = insured_small_firm(revenue, 50.0, 5000.0);
        rows.push(Row {
            what: format!("Claims a year, US firm with MFA, USD {} M revenue", revenue / 1e6),
            source,
            published,
            ours: breach_rate(&p, &a),
            check: Check::Within(0.02),
        });
    }
    // Turnover and fines in the regime's currency, at the model's own rate.
    let eu = Profile { jurisdiction: Jurisdiction::Eu, ..insured_small_firm(5e6, 50.0, 5000.0).0 };
    let a_eu = Assumptions::new(Industry::Other, Jurisdiction::Eu);
    let eur = a_eu.get(Param::FxEur);
    rows.push(Row {
        what: format!(
            "GDPR fine when one is imposed, EU firm of EUR {} M turnover (EUR)",
            (5.0 * eur * 10.0).round() / 10.0
        ),
        source: "median art. 32 fine, privacyaffairs list to 2023 (our count)",
        published: 20_000.0,
        ours: fine_if_fined(&eu, &a_eu) * eur,
        check: Check::Within(0.5),
    });
    let uk = Profile { jurisdiction: Jurisdiction::Uk, ..insured_small_firm(5e6, 50.0, 5000.0).0 };
    let a_uk = Assumptions::new(Industry::Other, Jurisdiction::Uk);
    let gbp = a_uk.get(Param::FxGbp);
    rows.push(Row {
        what: format!(
            "UK GDPR fine when one is imposed, UK firm of GBP {} M turnover (GBP)",
            (5.0 * gbp * 10.0).round() / 10.0
        ),
        source: "ICO fining guidance, small firm, medium seriousness: GBP 3,480-34,800",
        published: 19_140.0,
        ours: fine_if_fined(&uk, &a_uk) * gbp,
        check: Check::Between(3_480.0, 34_800.0),
    });
    rows
}

#[test]
fn the_model_meets_the_published_figures_within_the_calibration_tolerances() {
    let failures: Vec<String> = calibration()
        .iter()
        .filter(|r| !r.passes())
        .map(|r| {
            format!(
                "{} ({}): published {} ours {:.0} ratio {:.2}",
                r.what,
                r.source,
                r.published,
                r.ours,
                r.ours / r.published
            )
        })
        .collect();
    assert!(failures.is_empty(), "{failures:#?}");
}

fn readme_row(r: &Row) -> String {
    let show = |x: f64| {
        if x < 1.0 {
            format!("{:.2}%", x * 100.0)
        } else if x < 1e4 {
            format!("{x:.0}")
        } else if x >= 1e6 {
            format!("{:.2} M", x / 1e6)
        } else {
            format!("{:.0} K", x / 1e3)
        }
    };
    let check = match r.check {
        Check::Within(t) => format!("within {:.0}%", t * 100.0),
        Check::Between(lo, hi) => format!("between {} and {}", show(lo), show(hi)),
    };
    format!(
        "| {} | {} | {} | {} | {:.2} | {check} |",
        r.what,
        r.source,
        show(r.published),
        show(r.ours),
        r.ours / r.published
    )
}

/// The README's calibration table is this table: it cannot drift from the model.
#[test]
fn the_readme_shows_the_calibration_table() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README.md");
    let missing: Vec<String> =
        calibration().iter().map(readme_row).filter(|row| !readme.contains(row.as_str())).collect();
    assert!(missing.is_empty(), "README rows to update:\n{}", missing.join("\n"));
}

#[test]
#[ignore]
fn print_calibration_table() {
    for r in calibration() {
        println!("{}", readme_row(&r));
    }
}

#[test]
fn a_small_firm_sits_between_insurers_claims_and_ibms_average() {
    // The path between: a firm of IBM's size costs IBM's figure, the smallest ones what
    // claims show, and every size between lands between the two, rising with size.
    let mut last = 0.0;
    for (revenue, staff) in [(1e6, 10.0), (5e6, 50.0), (20e6, 100.0), (100e6, 500.0), (300e6, 1500.0), (1e9, 5000.0)] {
        let (p, a) = insured_small_firm(revenue, staff, 5000.0 * (revenue / 5e6).sqrt());
        let cost = breach_cost(&p, &a).total();
        assert!(cost > last, "rising with size: {revenue} {cost} after {last}");
        // Up to a fifth above IBM's US figure at IBM's size: fewer controls than its typical organisation.
        assert!((10e3..=1.2 * 11.5e6).contains(&cost), "{revenue}: {cost}");
        last = cost;
    }
}

#[test]
fn no_industry_and_country_together_exceed_the_costliest_published_segment() {
    for industry in Industry::ALL {
        for jurisdiction in Jurisdiction::ALL {
            let (p, a) = typical(industry, jurisdiction);
            let (level, _) = level(&a);
            assert!(level <= 11.50e6, "{industry:?} {jurisdiction:?}: level {level}");
            // Everything but the law's fine follows the level; the fine comes on top.
            let b = breach_cost(&p, &a);
            assert!(
                b.total() - b.get(Category::Fines) <= 11.50e6 * 1.001,
                "{industry:?} {jurisdiction:?}: {}",
                b.total()
            );
        }
    }
    // The ordering of industries survives the bend: US healthcare still costs more than US retail.
    let us = |i| level(&Assumptions::new(i, Jurisdiction::Us)).0;
    assert!(us(Industry::Healthcare) > us(Industry::Financial) && us(Industry::Financial) > us(Industry::Retail));
}

#[test]
fn the_default_business_gets_claims_sized_figures_and_an_honest_return() {
    let (p, a) = small_business();
    let b = breach_cost(&p, &a);
    assert!(b.total() > 77e3 && b.total() < 300e3, "one breach {b:?}");
    let chance = chance_of_breach(&p, &a);
    assert!(chance > 0.01 && chance < 0.02, "insurers see 1.21% of small policyholders claim a year: {chance}");
    assert!(annual_loss(&p, &a) < 0.001 * p.revenue_usd, "expected loss a small share of revenue");
    let package = Package {
        controls: Controls::of(&[Control::Edr, Control::Mdr, Control::IrPlan, Control::Training]),
        cost_usd: 30_000.0,
        downtime_hours: 2.0,
        premium_usd: 1675.0,
    };
    let v = value(&p, &package, &a);
    assert!(v.rosi.is_some_and(|r| r < 0.0), "a USD 30 K package does not pay for itself on expected loss: {v:?}");
}

#[test]
fn a_small_business_costs_far_less_than_ibms_average_but_is_not_trivial() {
    let (p, a) = small_business();
    let b = breach_cost(&p, &a);
    assert!((b.direct() + b.indirect() - b.total()).abs() < 1e-6);
    for c in Category::ALL.into_iter().filter(|c| *c != Category::Fines) {
        assert!(b.get(c) > 0.0, "{c:?} should cost something");
    }
    // A US services firm this size falls under neither HIPAA nor the CCPA.
    assert!(b.get(Category::Fines) == 0.0 && b.get(Category::Fines).is_sign_positive(), "no fine, shown as 0 not -0");
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
fn every_regime_fines_at_least_as_much_as_none_and_follows_its_tiers() {
    let (base, _) = insured_small_firm(5e6, 50.0, 5000.0);
    let fine = |j: Jurisdiction, p: Profile| {
        let p = Profile { jurisdiction: j, ..p };
        fine_if_fined(&p, &Assumptions::new(p.industry, j))
    };
    assert_eq!(fine(Jurisdiction::Other, base), 0.0);
    for j in [Jurisdiction::Eu, Jurisdiction::Uk, Jurisdiction::Cn] {
        assert!(fine(j, base) > 0.0, "{j:?}");
    }
    // GDPR art. 83(4): never above EUR 10 M or 2% of turnover; grows with turnover.
    let a = Assumptions::new(Industry::Other, Jurisdiction::Eu);
    let eu = |revenue: f64| Profile { jurisdiction: Jurisdiction::Eu, revenue_usd: revenue, ..base };
    let cap = regimes(&eu(5e6), &a)[0].cap;
    let eur = a.get(Param::FxEur);
    assert!((cap - 10e6 / eur).abs() < 1.0, "{cap}");
    assert!((regimes(&eu(2e9), &a)[0].cap - 0.02 * 2e9).abs() < 1.0);
    assert!(fine(Jurisdiction::Eu, eu(50e6)) > fine(Jurisdiction::Eu, eu(5e6)));
    // A leak of a million records: art. 83(5), EUR 20 M or 4%.
    let leak = Profile { records: Records { customer: 1.5e6, ..base.records }, ..eu(5e6) };
    let r = regimes(&leak, &a)[0];
    assert!(r.serious && (r.cap - 20e6 / eur).abs() < 1.0 && r.typical > regimes(&eu(5e6), &a)[0].typical);
    // China: DSL art. 45's ordinary tier (RMB 50,000-500,000), the serious tier for a large leak.
    let a = Assumptions::new(Industry::Other, Jurisdiction::Cn);
    let cn = Profile { jurisdiction: Jurisdiction::Cn, ..base };
    let r = regimes(&cn, &a)[0];
    assert_eq!(r.regime, Regime::China);
    assert!(
        !r.serious
            && r.typical * 7.2 >= 50_000.0
            && r.typical * 7.2 <= 500_000.0
            && (r.cap * 7.2 - 500_000.0).abs() < 1e-6
    );
    let leak = Profile { records: Records { customer: 2e6, ..base.records }, ..cn };
    let r = regimes(&leak, &a)[0];
    assert!(r.serious && r.typical * 7.2 >= 500_000.0 && r.cap * 7.2 >= 50e6);
    // US: HIPAA for health data (2026 amounts), the CCPA above its thresholds.
    let a = Assumptions::new(Industry::Healthcare, Jurisdiction::Us);
    let clinic =
        Profile { industry: Industry::Healthcare, records: Records { health: 3000.0, ..base.records }, ..base };
    let r = regimes(&clinic, &a);
    assert_eq!(r.iter().map(|r| r.regime).collect::<Vec<_>>(), [Regime::Hipaa]);
    assert!(r[0].typical >= 1_461.0 && r[0].typical <= 146_053.0 && r[0].cap == 2_190_294.0);
    let big = Profile { revenue_usd: 30e6, ..clinic };
    assert_eq!(regimes(&big, &a).iter().map(|r| r.regime).collect::<Vec<_>>(), [Regime::Hipaa, Regime::Ccpa]);
    // The expected fine in a breach is the chance of one times its amount.
    let b = breach_cost(&big, &a);
    let cut = secworth::model::breach::cost::control_factor(big.controls, &a);
    assert!((b.get(Category::Fines) - fine_chance(&a) * fine_if_fined(&big, &a) * cut).abs() < 1e-6);
}

/// The CCPA's statutory damages (Civ. Code 1798.150) are owed only by a "business" in
/// its sense: revenue over USD 26,625,000, or the data of 100,000 Californians.
#[test]
fn the_ccpa_counts_californians_not_every_us_customer() {
    let a = Assumptions::new(Industry::Other, Jurisdiction::Us);
    let firm = |revenue: f64, customers: f64, controls: &[Control]| {
        let (p, _) = insured_small_firm(revenue, 50.0, customers);
        Profile { controls: Controls::of(controls), ..p }
    };
    let ccpa = |p: &Profile| regimes(p, &a).iter().any(|r| r.regime == Regime::Ccpa);
    // 100,000 US customers are about 11,600 Californians: under the threshold.
    assert!(!ccpa(&firm(5e6, 100_000.0, &[])), "a USD 5 M firm with 100,000 US customers is not a CCPA business");
    assert_eq!(breach_cost(&firm(5e6, 100_000.0, &[]), &a).get(Category::Fines), 0.0);
    // A million US customers are about 116,000 Californians; or the revenue threshold.
    assert!(ccpa(&firm(5e6, 1e6, &[])));
    assert!(ccpa(&firm(30e6, 5_000.0, &[])));
    // Damages are per Californian, within the statute's range.
    let r = regimes(&firm(30e6, 10_000.0, &[]), &a).into_iter().find(|r| r.regime == Regime::Ccpa).unwrap();
    let californians = r.cap / 799.0;
    assert!((1_000.0..1_300.0).contains(&californians), "{californians}");
    assert!(r.typical >= 107.0 * californians && r.typical <= r.cap);
}

#[test]
fn a_uk_firm_is_never_fined_less_than_one_without_a_regime() {
    for revenue in [1e5, 5e6, 1e8, 1e10] {
        let (p, _) = insured_small_firm(revenue, 50.0, 5000.0);
        let uk = Profile { jurisdiction: Jurisdiction::Uk, ..p };
        let other = Profile { jurisdiction: Jurisdiction::Other, ..p };
        let fines = |p: &Profile| breach_cost(p, &Assumptions::new(p.industry, p.jurisdiction)).get(Category::Fines);
        assert!(fines(&uk) > fines(&other), "{revenue}");
    }
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
    // With Cyentia's spread one breach in a thousand costs 60 times the median, so a
    // sample mean settles slowly; unbiasedness is checked with a narrower spread.
    let (p, mut a) = small_business();
    a.set(Param::Spread, 0.5);
    let s = simulate(&p, &a, 200_000, 3);
    let expected = annual_loss(&p, &a);
    assert!(within(s.mean, expected, 0.05), "simulated {} against expected {}", s.mean, expected);
    // With claims-data frequencies most years lose nothing: the tail carries the risk.
    let chance = chance_of_breach(&p, &a);
    assert!((s.any_breach - chance).abs() < 0.002, "{} vs {}", s.any_breach, chance);
    assert!(s.p10 <= s.p50 && s.p50 <= s.p90 && s.p90 <= s.p95 && s.p95 <= s.p99);
    assert_eq!(s.p90, 0.0, "nine years in ten without a loss");
    assert!(s.p99 > 0.0, "the 1-in-100-year loss is not zero");
    assert!((s.chance_above(0.0) - s.any_breach).abs() < 1e-12);
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
    assert!(last <= 0.0011, "the curve runs to the 1-in-1,000 year: {last}");
    // A risk tolerance: the chance of exceeding it falls as it rises.
    assert!(s.chance_above(s.p99) <= 0.01 && s.chance_above(1e3) >= s.chance_above(1e6));
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
    // The honest answer for a small firm: the package costs more than the loss it avoids.
    assert!(v.rosi.is_some_and(|r| r < 0.0));
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
    let training_only =
        Package { controls: Controls::of(&[Control::Training]), cost_usd: 1.0, downtime_hours: 2.0, premium_usd: 0.0 };
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
    // A tiny EU business with a huge customer list: GDPR's cap bounds the fine.
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
    let cap = secworth::model::breach::fines::fine_cap(&p, &a) * fine_chance(&a);
    assert!(fines <= cap + 1e-6, "{fines} > {cap}");
    assert!(
        (secworth::model::breach::fines::fine_cap(&p, &a) - 20e6 / a.get(Param::FxEur)).abs() < 1.0,
        "art. 83(5) for so large a leak: EUR 20 M on a small turnover"
    );
    let s = simulate(&p, &a, 5000, 1);
    assert!(s.p90.is_finite());
}

#[test]
fn the_share_link_round_trips_every_input() {
    let mut b = Breach::new(Lang::En);
    b.apply(Action::SetIndustry(Industry::Healthcare));
    b.apply(Action::SetJurisdiction(Jurisdiction::Eu));
    b.apply(Action::SetCurrency(Currency::Eur));
    b.apply(Action::Edit(Field::Employees, "120".into()));
    b.apply(Action::Edit(Field::RecordsHealth, "40,000".into()));
    b.apply(Action::SetControl(Control::Mfa, true));
    b.apply(Action::SetPackage(Control::Encryption, true));
    b.apply(Action::EditAssumption(Param::Likelihood, "35".into()));
    let link = b.share_query();
    assert!(
        link.contains("employees=120") && link.contains("records_health=40000") && link.contains("likelihood=35"),
        "{link}"
    );
    assert!(
        link.contains("industry=healthcare") && link.contains("jurisdiction=eu") && link.contains("currency=EUR"),
        "{link}"
    );
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
    assert_eq!(b.assumptions.overridden(Param::Likelihood), None, "the claims frequency stays in use");
}

#[test]
fn changing_currency_converts_the_amounts() {
    let mut b = Breach::new(Lang::En);
    let usd = b.outcome().breach.total();
    b.apply(Action::SetCurrency(Currency::Cny));
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
            let controls = Controls::of(
                &Control::ALL
                    .iter()
                    .enumerate()
                    .filter(|(k, _)| bits & (1 << k) != 0)
                    .map(|(_, c)| *c)
                    .collect::<Vec<_>>(),
            );
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
    let v = value(
        &p,
        &Package {
            controls: Controls::of(&[Control::Edr, Control::Mdr, Control::IrPlan, Control::Training]),
            cost_usd: 30000.0,
            downtime_hours: 2.0,
            premium_usd: 1700.0,
        },
        &a,
    );
    println!("{v:?} chance {}", chance_of_breach(&p, &a));
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
        let row = readme
            .lines()
            .find(|l| l.starts_with(&format!("| `{}` |", p.key())))
            .unwrap_or_else(|| panic!("no README row for {}", p.key()));
        let default = if matches!(p, Param::IndustryCost | Param::CountryCost | Param::Likelihood) {
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
        let default = match p {
            Param::IndustryCost => "by industry (below)".to_string(),
            Param::CountryCost => "by jurisdiction (below)".to_string(),
            Param::Likelihood => "by revenue (claims frequency)".to_string(),
            _ => p.default_value(Industry::Other, Jurisdiction::Other).to_string(),
        };
        println!(
            "| `{}` | {} | {} | {} | {}: {} |",
            p.key(),
            name,
            default,
            unit_label(p.spec().unit, Lang::En),
            source_label(p.spec().source, Lang::En),
            note
        );
    }
}

/// How `ELASTICITY_SIZE` was fitted: the small firm's cost for a range of exponents.
#[test]
#[ignore]
fn print_size_fit() {
    for e in [0.8, 0.85, 0.9, 0.95, 1.0, 1.05, 1.1] {
        for k in [0.3, 0.5] {
            let (p, mut a) = insured_small_firm(5e6, 50.0, 5000.0);
            a.set(Param::ElasticitySize, e);
            a.set(Param::ElasticityRevenue, e);
            a.set(Param::ElasticityRecords, k);
            let (p2, _) = insured_small_firm(50e6, 250.0, 20_000.0);
            let (p3, _) = insured_small_firm(150e6, 750.0, 50_000.0);
            println!(
                "e {e} k {k}: 5M {:.0} 50M {:.0} 150M {:.0} {:?}",
                breach_cost(&p, &a).total(),
                breach_cost(&p2, &a).total(),
                breach_cost(&p3, &a).total(),
                breach_cost(&p, &a)
            );
        }
    }
}

#[test]
fn inherent_and_residual_curves_share_their_amounts_and_the_package_lies_below() {
    let mut b = Breach::new(Lang::En);
    b.apply(Action::Edit(Field::Tolerance, "100000".into()));
    let o = b.outcome();
    let (today, after) = (&o.annual.exceedance, &o.annual_with_package.exceedance);
    assert_eq!(today.len(), after.len());
    for ((x, q), (x2, q2)) in today.iter().zip(after) {
        assert_eq!(x, x2);
        assert!(q2 <= q, "at {x}: {q2} > {q}");
    }
    let t = o.tolerance.expect("a tolerance was set");
    assert!(t.chance_with_package <= t.chance_today && t.chance_today > 0.0, "{t:?}");
    let json = b.result_json();
    assert_eq!(json["tolerance"]["amount"], 100000.0);
    assert!(json["annualLoss"]["p99"].as_f64().unwrap() >= json["annualLoss"]["p95"].as_f64().unwrap());
}

/// The explanation the breach calculator builds for a Chinese business uses full-width
/// punctuation too (the literals are checked by `tests/chinese_text.rs`).
#[test]
fn the_chinese_explanation_uses_full_width_punctuation() {
    use secworth::model::breach::text::{explanation_lines, Formats};
    let han = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
    let offending = |text: &str| -> Option<String> {
        let chars: Vec<char> = text.chars().collect();
        (0..chars.len()).find_map(|i| {
            let near_han = (i > 0 && han(chars[i - 1])) || chars.get(i + 1).is_some_and(|c| han(*c));
            (",:;()?!".contains(chars[i]) && near_han)
                .then(|| chars[i.saturating_sub(8)..(i + 8).min(chars.len())].iter().collect())
        })
    };
    let b = Breach::new(Lang::Zh);
    let o = b.outcome();
    let m = |x: f64| format!("¥{x:.0}");
    let pct = |q: f64| format!("{:.2}%", q * 100.0);
    let num = |x: f64, d: u32| format!("{x:.*}", d as usize);
    let lines = explanation_lines(
        &o.explanation,
        o.breach.get(Category::Fines),
        &Formats { money: &m, percent: &pct, number: &num },
        Lang::Zh,
    );
    assert!(lines.len() >= 6);
    let found: Vec<String> = lines.iter().filter_map(|l| offending(l)).collect();
    assert!(found.is_empty(), "{found:?}");
}

/// The steps of "How this was calculated" for the calculator a link opens, with plain
/// number formats (money as whole units, shares as percentages).
fn explanation_of(query: &str, lang: Lang) -> Vec<String> {
    use secworth::model::breach::text::{explanation_lines, Formats};
    let o = Breach::from_query(query, lang).outcome();
    let (m, pct, num) = (|x: f64| format!("{x:.0}"), |q: f64| format!("{}%", q * 100.0), |x: f64, _| x.to_string());
    let formats = Formats { money: &m, percent: &pct, number: &num };
    explanation_lines(&o.explanation, o.breach.get(Category::Fines), &formats, lang)
}

/// The fine line of the explanation names where its rate comes from: the default is an
/// estimate (IBM gives no rate for small firms), a figure the user set is theirs.
#[test]
fn the_explanation_calls_the_fine_rate_an_estimate_or_the_users_own() {
    let fine_line = |query: &str, lang: Lang| {
        let lines = explanation_of(query, lang);
        lines.into_iter().find(|l| l.contains("ends in a fine") || l.contains("罚款的比例")).expect("a fine line")
    };
    let default = fine_line("w=breach-cost&jurisdiction=eu", Lang::En);
    assert!(default.contains("20% of the time (an estimate: no edition of IBM's report"), "{default}");
    let own = fine_line("w=breach-cost&jurisdiction=eu&fine_rate=35", Lang::En);
    assert!(own.contains("35% of the time (your figure)"), "{own}");
    let zh = fine_line("w=breach-cost&lang=zh", Lang::Zh);
    assert!(zh.contains("20%（估计值："), "{zh}");
    assert!(fine_line("w=breach-cost&lang=zh&fine_rate=35", Lang::Zh).contains("35%（您设定的数值）"));
}

/// The level, size and frequency lines name IBM and Coalition as their source only while
/// no figure behind them is the user's.
#[test]
fn the_explanation_says_when_a_line_uses_figures_the_user_set() {
    let lines = |query: &str, lang: Lang| explanation_of(query, lang).join("\n");
    let published = lines("w=breach-cost", Lang::En);
    assert!(published.contains("Level: IBM 2026 puts your industry at"), "{published}");
    assert!(
        published.contains("against IBM's typical organisation (5,000 staff, about USD 1 B revenue)"),
        "{published}"
    );
    // That wording is written out in text.rs, not read from the defaults: it must name them.
    let reference = |p: Param| p.default_value(Industry::Other, Jurisdiction::Other);
    assert_eq!((reference(Param::RefEmployees), reference(Param::RefRevenue)), (5000.0, 1000.0));
    assert!(lines("w=breach-cost&lang=zh", Lang::Zh).contains("与 IBM 典型组织（5,000 人、营收约 10 亿美元）相比"));
    assert!(published.contains("claim a year (Coalition);"), "{published}");
    let own = lines("w=breach-cost&cost_industry=2&ref_employees=800&frequency_small=9", Lang::En);
    assert!(
        own.contains("Level: your industry at 2000000 ") && own.contains("(IBM 2026's figures, with those you set)"),
        "{own}"
    );
    assert!(own.contains("against IBM's typical organisation, with the figures you set,"), "{own}");
    assert!(!own.contains("5,000 staff"), "{own}");
    assert!(own.contains("claim a year (Coalition's figures, with those you set);"), "{own}");
    let zh = lines("w=breach-cost&lang=zh&cost_country=3&elasticity_size=0.5&frequency_mid=4", Lang::Zh);
    assert!(
        zh.contains("（IBM 2026 的数值，含您设定的数值）") && zh.contains("与 IBM 典型组织（含您设定的数值）相比"),
        "{zh}"
    );
    assert!(zh.contains("（Coalition 的数值，含您设定的数值）"), "{zh}");
}

/// The honest case (shown when the package's return is negative) is given the premium
/// saving: both languages must call it one, not the premium itself.
#[test]
fn the_honest_case_calls_the_premium_figure_a_saving() {
    use secworth::model::breach::text::honest_case_items;
    let en = honest_case_items(("USD 1 M", "USD 0.5 M"), "USD 250", ("24", "2"), Lang::En);
    let zh = honest_case_items(("USD 1 M", "USD 0.5 M"), "USD 250", ("24", "2"), Lang::Zh);
    assert!(en[1].contains("USD 250 a year less"), "{}", en[1]);
    assert!(zh[1].contains("每年节省 USD 250"), "{}", zh[1]);
}

/// A fresh calculator shows a published default as published in its own currency (the
/// premium hint names USD 1,675), and rounds one converted to another currency.
#[test]
fn published_defaults_stay_exact_in_dollars_and_are_rounded_when_converted() {
    assert_eq!(Breach::new(Lang::En).entry(Field::Premium).text, "1675");
    // 1,675 x 7.2 = 12,060 yuan, shown as 12,100.
    assert_eq!(Breach::new(Lang::Zh).entry(Field::Premium).text, "12100");
}
