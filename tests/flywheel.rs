//! Native tests of the flywheel model: KPI health, NPS, projection, share link.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use secworth::model::currency::Currency;
use secworth::model::field::FieldError;
use secworth::model::flywheel::kpi::{nps_from_counts, Health, Kpis, Segment};
use secworth::model::flywheel::projection::{lifetime_value, net_revenue_retention, project, revenue_gap, Business};
use secworth::model::flywheel::state::{Action, Field, Flywheel};
use secworth::model::lang::Lang;
use secworth::model::note::Note;
use secworth::model::widget::WidgetModel;

fn kpis(ttv_days: f64, adoption: f64, healthy: f64, churn: f64, nps: f64) -> Kpis {
    Kpis { ttv_days, adoption, healthy, churn, nps }
}

#[test]
fn health_follows_the_seed_benchmarks() {
    let k = kpis(3.0, 70.0, 85.0, 4.0, 55.0);
    assert!(Segment::ALL.iter().all(|s| k.health(*s) == Health::Good));
    assert_eq!(k.flywheel_health(), 100.0);
    let edge = kpis(7.0, 60.0, 80.0, 5.0, 50.0);
    assert_eq!(edge.health(Segment::StandardDelivery), Health::Good, "a week is 'days'");
    assert_eq!(edge.health(Segment::SuccessOperations), Health::Good, "60% is inside 60-80%");
    assert_eq!(edge.health(Segment::DataInsight), Health::Good);
    assert_eq!(edge.health(Segment::RetentionGrowth), Health::Fair, "churn must be below 5% to be good");
    assert_eq!(edge.health(Segment::OptimisedDelivery), Health::Fair, "NPS must be above 50");
    let bad = kpis(90.0, 20.0, 40.0, 20.0, -10.0);
    assert!(Segment::ALL.iter().all(|s| bad.health(*s) == Health::Poor));
    assert_eq!(bad.flywheel_health(), 0.0);
}

#[test]
fn nps_is_promoters_minus_detractors_in_percent() {
    assert_eq!(nps_from_counts(60.0, 25.0, 15.0), Some(45.0));
    assert_eq!(nps_from_counts(0.0, 10.0, 0.0), Some(0.0));
    assert_eq!(nps_from_counts(0.0, 0.0, 3.0), Some(-100.0));
    assert_eq!(nps_from_counts(0.0, 0.0, 0.0), None, "no answers, no NPS");
    assert_eq!(nps_from_counts(1.0, 1.0, 1.0), Some(0.0));
    assert_eq!(nps_from_counts(2.0, 0.0, 1.0), Some(33.3));
}

#[test]
fn projection_compounds_retention_and_adds_new_customers() {
    let b = Business { customers: 100.0, revenue_per_account: 1000.0, expansion: 10.0, new_customers: 20.0, years: 2 };
    let p = project(&b, 20.0);
    assert_eq!(p.len(), 3);
    assert_eq!((p[0].customers, p[0].revenue), (100.0, 100_000.0));
    assert!((p[1].customers - 100.0).abs() < 1e-9, "100 * 0.8 + 20");
    assert!((p[1].revenue - (100_000.0 * 0.9 + 20_000.0)).abs() < 1e-6, "NRR 90% plus new");
    assert_eq!(net_revenue_retention(20.0, 10.0), 90.0);
    assert_eq!(lifetime_value(1000.0, 20.0), 5000.0);
    assert_eq!(lifetime_value(1000.0, 0.0), 20_000.0, "capped at 20 years");
    let better = project(&b, 5.0);
    assert!(revenue_gap(&p, &better) > 0.0);
}

#[test]
fn typing_keeps_the_last_valid_value_and_says_why() {
    let mut f = Flywheel::new(Lang::En);
    f.apply(Action::Edit(Field::Adoption, "150".into()));
    assert_eq!(f.error(Field::Adoption), Some(&FieldError::OutOfRange { min: 0.0, max: 100.0 }));
    assert_eq!(f.value(Field::Adoption), 65.0, "the default stays in use");
    assert_eq!(f.text(Field::Adoption), "150", "what was typed stays in the box");
    f.apply(Action::Edit(Field::Promoters, "-3".into()));
    assert!(f.error(Field::Promoters).is_some(), "negative counts are refused");
    f.apply(Action::Edit(Field::Adoption, "72%".into()));
    assert_eq!((f.value(Field::Adoption), f.error(Field::Adoption)), (72.0, None));
    f.apply(Action::SetNpsFromCounts(true));
    f.apply(Action::Edit(Field::Promoters, "0".into()));
    f.apply(Action::Edit(Field::Passives, "0".into()));
    f.apply(Action::Edit(Field::Detractors, "0".into()));
    assert!(f.counts_empty());
    assert_eq!(f.nps(), 30.0, "with no answers the typed NPS stays in use");
}

#[test]
fn share_links_round_trip_and_bad_parameters_are_noted() {
    let mut f = Flywheel::new(Lang::Zh);
    f.apply(Action::Edit(Field::Churn, "4.5".into()));
    f.apply(Action::SetNpsFromCounts(true));
    f.apply(Action::SetCurrency(Currency::Eur));
    let q = f.share_query();
    assert!(q.contains("churn=4.5") && q.contains("promoters=60") && !q.contains("nps="), "{q}");
    let back = Flywheel::from_query(&q, Lang::En);
    assert_eq!(back.share_query(), q);
    assert_eq!((back.lang, back.currency, back.nps_from_counts), (Lang::Zh, Currency::Eur, true));
    assert!(back.notes.is_empty());

    let bad =
        Flywheel::from_query("w=flywheel&churn=NaN&adoption=120&promoters=-1&currency=XYZ&years=2.5&churn=3", Lang::En);
    assert_eq!(bad.value(Field::Churn), 9.0);
    assert_eq!(bad.value(Field::Adoption), 65.0);
    let keys: Vec<String> = bad
        .notes
        .iter()
        .filter_map(|n| match n {
            Note::InvalidField { key, .. } => Some(key.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(keys, ["adoption", "churn", "promoters", "years"]);
    assert!(bad.notes.contains(&Note::UnknownCurrency("XYZ".into())));
    assert!(bad.notes.contains(&Note::DuplicateParam("churn".into())));
    assert!(bad.notes[0].message(Lang::En).contains("from 0 to 100"));
}

fn business() -> impl Strategy<Value = Business> {
    (0.0..1e6f64, 0.0..1e7f64, 0.0..200.0f64, 0.0..1e5f64, 1u32..=10).prop_map(|(c, r, e, n, y)| Business {
        customers: c.floor(),
        revenue_per_account: r,
        expansion: e,
        new_customers: n.floor(),
        years: y,
    })
}

proptest! {
    #[test]
    fn lower_churn_never_lowers_projected_revenue(b in business(), churn in 0.0..100.0f64, cut in 0.0..100.0f64) {
        let lower = churn * (1.0 - cut / 100.0);
        let high = project(&b, churn);
        let low = project(&b, lower);
        for (h, l) in high.iter().zip(&low) {
            prop_assert!(l.revenue >= h.revenue - 1e-6 * h.revenue.abs().max(1.0));
            prop_assert!(l.customers >= h.customers - 1e-9 * h.customers.max(1.0));
            prop_assert!(h.revenue.is_finite() && h.revenue >= 0.0);
        }
        prop_assert!(revenue_gap(&high, &low) >= -1e-6 * high.iter().map(|p| p.revenue).sum::<f64>().max(1.0));
    }

    #[test]
    fn nps_stays_within_bounds(p in 0u32..1_000_000, pa in 0u32..1_000_000, d in 0u32..1_000_000) {
        if let Some(n) = nps_from_counts(p as f64, pa as f64, d as f64) {
            prop_assert!((-100.0..=100.0).contains(&n));
        } else {
            prop_assert_eq!(p + pa + d, 0);
        }
    }

    #[test]
    fn any_typed_text_gives_a_number_or_a_reason(field in 0usize..13, text in ".{0,40}") {
        let f = Field::ALL[field];
        let mut fw = Flywheel::new(Lang::En);
        fw.apply(Action::Edit(f, text));
        let o = fw.outcome();
        prop_assert!(o.revenue_gap.is_finite() && o.nrr.is_finite() && o.clv.is_finite());
        prop_assert!((0.0..=100.0).contains(&o.health));
        let v = fw.value(f);
        prop_assert!(v >= f.spec().min && v <= f.spec().max);
    }

    #[test]
    fn any_link_opens(s in ".{0,200}") {
        let fw = Flywheel::from_query(&s, Lang::En);
        prop_assert!(fw.outcome().revenue_gap.is_finite());
    }
}
