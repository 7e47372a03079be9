//! Native tests of the spectrum bank, its MSSP scale and the spectrum chart.
#![cfg(not(target_arch = "wasm32"))]

use plotters::prelude::*;
use proptest::prelude::*;
use secworth::charts::spectrum::{draw, height, Spectrum, Stage};
use secworth::charts::style::ChartStyle;
use secworth::model::questionnaire::bank::Bank;
use secworth::model::questionnaire::builtin;
use secworth::model::questionnaire::scoring::score;
use serde_json::{json, Value};

fn answers_for(bank: &Bank, pick: impl Fn(&str) -> u8) -> Vec<Option<u8>> {
    bank.questions.iter().map(|q| Some(pick(&q.id))).collect()
}

#[test]
fn spectrum_bank_has_the_four_root_causes_stages_and_mssp_levels() {
    let bank = builtin::spectrum();
    let dims: Vec<&str> = bank.dimensions.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(dims, ["value", "nonfunctional", "delivery", "organisation"]);
    assert_eq!(bank.max_total(), 100.0);
    let stages: Vec<(f64, &str)> = bank.bands.iter().map(|b| (b.min, b.id.as_str())).collect();
    assert_eq!(stages, [(0.0, "box"), (30.0, "box-plus"), (55.0, "solution"), (80.0, "outcome")]);
    assert!(bank.bands[3].advice.screen.en.contains("MDR"));
    let mssp = &bank.scales[0];
    assert_eq!(mssp.id, "mssp");
    let levels: Vec<(&str, f64)> = mssp.levels.iter().map(|l| (l.id.as_str(), l.value)).collect();
    assert_eq!(levels, [("mssp-1", 1.0), ("mssp-2", 2.0), ("mssp-3", 3.0)]);
    // Seed 003's response times are in the level descriptions.
    assert!(mssp.levels[0].description.en.contains("4-8 hours"));
    assert!(mssp.levels[1].description.en.contains("1-2 hours"));
    assert!(mssp.levels[2].description.en.contains("15 minutes"));
}

#[test]
fn a_box_vendor_and_an_mdr_style_vendor_land_at_the_two_ends() {
    let bank = builtin::spectrum();
    let boxy = score(&bank, &answers_for(&bank, |_| 0));
    assert_eq!((boxy.total, bank.bands[boxy.band].id.as_str()), (0.0, "box"));
    assert_eq!(bank.scales[0].levels[boxy.scales[0].level].id, "mssp-1");
    let mdr = score(&bank, &answers_for(&bank, |_| 3));
    assert_eq!((mdr.total, bank.bands[mdr.band].id.as_str()), (100.0, "outcome"));
    assert_eq!(bank.scales[0].levels[mdr.scales[0].level].id, "mssp-3");
    // Strong on product, weak on operation: a standard solution run as MSSP 1.0.
    let mid = score(
        &bank,
        &answers_for(&bank, |id| if id.starts_with("value") || id.starts_with("nonfunctional") { 3 } else { 1 }),
    );
    assert_eq!(mid.total, 66.7);
    assert_eq!(bank.bands[mid.band].id, "solution");
    assert_eq!(mid.scales[0].percent, 33.3);
    assert_eq!(bank.scales[0].levels[mid.scales[0].level].id, "mssp-1");
    assert_eq!(mid.weakest(1), vec![2], "delivery and organisation tie; bank order decides");
}

/// A change to a bank's JSON, and the field path the refusal must name.
type Fault = (Box<dyn Fn(&mut Value)>, &'static str);

#[test]
fn scales_are_validated_by_field() {
    let base: Value = serde_json::from_str(builtin::SPECTRUM_JSON).unwrap();
    let cases: Vec<Fault> = vec![
        (Box::new(|v| v["scales"][0]["questions"][1] = json!("nope")), "scales[0].questions[1]"),
        (Box::new(|v| v["scales"][0]["questions"][1] = json!("delivery-responsibility")), "scales[0].questions[1]"),
        (Box::new(|v| v["scales"][0]["levels"][0]["min"] = json!(5)), "scales[0].levels"),
        (Box::new(|v| v["scales"][0]["levels"][2]["min"] = json!(10)), "scales[0].levels[2].min"),
        (Box::new(|v| v["scales"][0]["levels"][1]["next"]["zh"] = json!("")), "scales[0].levels[1].next.zh"),
        (Box::new(|v| v["scales"][0]["levels"][1]["value"] = json!("two")), "scales[0].levels[1].value"),
    ];
    for (mutate, path) in cases {
        let mut v = base.clone();
        mutate(&mut v);
        let e = Bank::from_json(&v.to_string()).unwrap_err();
        assert_eq!(e.path, path, "{e}");
    }
}

proptest! {
    #[test]
    fn position_and_mssp_stay_in_range_and_never_drop_for_better_answers(
        answers in proptest::collection::vec(proptest::option::of(0u8..4), 12),
        question in 0usize..12,
    ) {
        let bank = builtin::spectrum();
        let before = score(&bank, &answers);
        prop_assert!((0.0..=100.0).contains(&before.total));
        prop_assert!((0.0..=100.0).contains(&before.scales[0].percent));
        let mut better = answers.clone();
        better[question] = Some(3);
        let after = score(&bank, &better);
        prop_assert!(after.total >= before.total);
        prop_assert!(after.band >= before.band);
        prop_assert!(after.scales[0].percent >= before.scales[0].percent);
        prop_assert!(after.scales[0].level >= before.scales[0].level);
    }
}

fn spectrum(current: f64, target: f64) -> Spectrum {
    Spectrum {
        stages: vec![
            Stage { from: 0.0, label: "盒子".into() },
            Stage { from: 30.0, label: "Box plus".into() },
            Stage { from: 55.0, label: "Solution".into() },
            Stage { from: 80.0, label: "Outcome".into() },
        ],
        left_label: "Productized".into(),
        right_label: "Commercialized".into(),
        current,
        current_label: format!("Now {current}"),
        target,
        target_label: format!("Target {target}"),
    }
}

fn render(s: &Spectrum, width: u32) -> String {
    let style = ChartStyle::default();
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (width, height(&style))).into_drawing_area();
        draw(&root, s, &style).unwrap();
        root.present().unwrap();
    }
    svg
}

/// The x of the current-position marker: the tip of the one polygon.
fn marker_x(svg: &str) -> f64 {
    let line = svg.lines().find(|l| l.contains("<polygon")).expect("a marker");
    let points = line.split("points=\"").nth(1).unwrap().split('"').next().unwrap();
    let tip = points.split(' ').filter(|p| !p.is_empty()).nth(2).unwrap();
    tip.split(',').next().unwrap().parse().unwrap()
}

#[test]
fn the_chart_places_stages_current_and_target_along_the_scale() {
    let svg = render(&spectrum(42.0, 80.0), 508);
    for label in ["盒子", "Box plus", "Solution", "Outcome", "Productized", "Commercialized", "Now 42", "Target 80"] {
        assert!(svg.contains(label), "{label} missing");
    }
    // 8 px padding each side leaves 492 px for 0..100.
    assert!((marker_x(&svg) - (8.0 + 0.42 * 492.0)).abs() <= 1.0, "{}", marker_x(&svg));
    assert!((marker_x(&render(&spectrum(0.0, 0.0), 508)) - 8.0).abs() <= 1.0);
    assert!((marker_x(&render(&spectrum(100.0, 0.0), 508)) - 500.0).abs() <= 1.0);
    let stage_rects = svg
        .lines()
        .filter(|l| l.contains("<rect") && !l.contains("fill=\"#FFFFFF\"") && l.contains("fill=\"#"))
        .count();
    assert!(stage_rects >= 4, "{stage_rects}");
}

#[test]
fn stage_names_that_do_not_fit_are_shortened_not_overlapped() {
    let mut s = spectrum(40.0, 60.0);
    s.stages[1].label = "A very long stage name that cannot fit".into();
    let narrow = render(&s, 320);
    assert!(!narrow.contains("A very long stage name that cannot fit"));
    assert!(narrow.contains("A very") && narrow.contains('…'), "cut with an ellipsis");
    let wide = render(&s, 4000);
    assert!(wide.contains("A very long stage name that cannot fit"));
}

#[test]
fn the_chart_survives_degenerate_positions_and_widths() {
    let svg = render(&spectrum(f64::NAN, f64::INFINITY), 320);
    assert!((marker_x(&svg) - 8.0).abs() <= 1.0, "NaN is drawn at 0");
    let _ = render(&spectrum(-50.0, 1e300), 320);
    let tiny = render(&spectrum(50.0, 50.0), 10);
    assert!(!tiny.contains("<polygon"), "too narrow to draw");
}
