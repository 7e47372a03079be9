//! Native tests of the flywheel and projection charts on plotters' SVG backend.

use plotters::prelude::*;
use secworth::charts::axis::compact;
use secworth::charts::projection::Projection;
use secworth::charts::style::ChartStyle;
use secworth::charts::wheel::{tone_color, Tone, Wheel, WheelPart};
use secworth::charts::{to_svg, ChartSpec};

fn part(label: &str, value: &str, tone: Tone) -> WheelPart {
    WheelPart { label: label.into(), value_text: value.into(), tone }
}

fn wheel() -> Wheel {
    Wheel {
        segments: vec![
            part("Standard delivery", "30 d", Tone::Poor),
            part("Success operations", "55%", Tone::Fair),
            part("Data insight", "85%", Tone::Good),
            part("Optimised delivery", "NPS 45", Tone::Fair),
        ],
        hub: part("Retention & growth", "churn 12%", Tone::Poor),
    }
}

fn fill_count(svg: &str, c: RGBColor) -> usize {
    svg.matches(&format!("fill=\"#{:02X}{:02X}{:02X}\"", c.0, c.1, c.2)).count()
}

#[test]
fn the_wheel_colours_each_segment_by_health_and_labels_it_at_phone_width() {
    let style = ChartStyle::default();
    let svg = to_svg(&ChartSpec::Wheel(wheel()), 320);
    assert!(svg.contains("height=\"320\""), "a square");
    for text in ["30 d", "55%", "85%", "NPS 45", "churn 12%", "Data insight", "Retention &amp; growth"] {
        assert!(svg.contains(text), "{text} missing at 320 px");
    }
    // Each segment is a polygon plus its arrowhead in the segment's colour.
    assert_eq!(fill_count(&svg, tone_color(Tone::Good, &style)), 2);
    assert_eq!(fill_count(&svg, tone_color(Tone::Fair, &style)), 4);
    assert!(fill_count(&svg, tone_color(Tone::Poor, &style)) >= 2);
}

#[test]
fn the_wheel_stays_square_and_capped_on_wide_screens_and_empty_when_tiny() {
    let svg = to_svg(&ChartSpec::Wheel(wheel()), 1200);
    assert!(svg.contains("height=\"420\""));
    let style = ChartStyle::default();
    let mut tiny = String::new();
    {
        let root = SVGBackend::with_string(&mut tiny, (40, 40)).into_drawing_area();
        secworth::charts::wheel::draw(&root, &wheel(), &style).unwrap();
    }
    assert!(!tiny.contains("<polygon"));
}

fn projection(today: Vec<f64>, benchmark: Vec<f64>) -> Projection {
    Projection {
        today,
        benchmark,
        today_label: "Today's KPIs".into(),
        benchmark_label: "Benchmark KPIs".into(),
        currency_symbol: "$".into(),
        year_label: "Year".into(),
    }
}

#[test]
fn the_projection_draws_both_lines_with_a_legend_and_money_axis() {
    let svg = to_svg(&ChartSpec::Projection(projection(vec![4e6, 4.3e6, 4.5e6], vec![4e6, 4.6e6, 5.2e6])), 640);
    assert!(svg.contains("Today&apos;s KPIs") || svg.contains("Today's KPIs"));
    assert!(svg.contains("Benchmark KPIs") && svg.contains("Year"));
    assert!(svg.contains("$5M") || svg.contains("$4M") || svg.contains("$2M"), "money labels");
    let style = ChartStyle::default();
    for c in [style.strong, style.weak] {
        let stroke = format!("stroke=\"#{:02X}{:02X}{:02X}\"", c.0, c.1, c.2);
        let lines = svg.lines().filter(|l| l.contains("<polyline") && l.contains(&stroke)).count();
        assert_eq!(lines, 1, "one line in {stroke}");
    }
}

#[test]
fn the_projection_survives_degenerate_data() {
    for (t, b) in [
        (vec![0.0, 0.0], vec![0.0, 0.0]),
        (vec![f64::NAN, f64::INFINITY], vec![-5.0, 1e300]),
        (vec![1.0], vec![1.0]),
        (vec![], vec![]),
    ] {
        let svg = to_svg(&ChartSpec::Projection(projection(t, b)), 320);
        assert!(svg.starts_with("<svg"));
    }
}

#[test]
fn amounts_are_compact_on_the_axis() {
    assert_eq!(compact(950.0, "$"), "$950");
    assert_eq!(compact(12_000.0, "¥"), "¥12k");
    assert_eq!(compact(3_450_000.0, "€"), "€3.5M");
    assert_eq!(compact(1.2e9, "£"), "£1.2B");
    assert_eq!(compact(250_000.0, "$"), "$250k");
    assert_eq!(compact(-2_000_000.0, "$"), "-$2M");
}

#[test]
fn axis_steps_are_round_numbers() {
    use secworth::charts::axis::nice_step;
    assert_eq!(nice_step(9_000_000.0, 4.0), 2_500_000.0);
    assert_eq!(nice_step(100.0, 4.0), 25.0);
    assert_eq!(nice_step(1.0, 4.0), 0.25);
    assert!(nice_step(0.0, 4.0) > 0.0);
}
