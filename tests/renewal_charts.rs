//! The renewal review's charts on plotters' SVG backend: the risk matrix and the
//! measures against their targets.

use plotters::prelude::*;
use secworth::charts::dimension_bars::Bar;
use secworth::charts::risk_matrix::RiskMatrix;
use secworth::charts::style::ChartStyle;
use secworth::charts::target_bars::{TargetBar, TargetBars};
use secworth::charts::{to_svg, ChartSpec};

/// The `<rect>`s of the SVG as (fill, x, width).
fn rects(svg: &str) -> Vec<(String, f64, f64)> {
    let attr = |l: &str, name: &str| {
        l.split(&format!("{name}=\"")).nth(1).and_then(|v| v.split('"').next()).map(str::to_string)
    };
    svg.lines()
        .filter(|l| l.contains("<rect"))
        .filter_map(|l| Some((attr(l, "fill")?, attr(l, "x")?.parse().ok()?, attr(l, "width")?.parse().ok()?)))
        .collect()
}

/// The texts drawn, in order (plotters writes each on the line after its `<text>`).
fn texts(svg: &str) -> Vec<&str> {
    let lines: Vec<&str> = svg.lines().collect();
    lines.windows(2).filter(|w| w[0].starts_with("<text")).map(|w| w[1].trim()).collect()
}

fn hex(c: RGBColor) -> String {
    format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2)
}

#[test]
fn the_matrix_counts_open_risks_by_group_and_level_deeper_red_for_higher_levels() {
    let m = RiskMatrix {
        rows: vec!["满意度风险：感知度".into(), "Commercial".into()],
        columns: vec!["Low".into(), "Medium".into(), "High".into()],
        counts: vec![vec![0, 2, 1], vec![3, 0, 0]],
    };
    let svg = to_svg(&ChartSpec::RiskMatrix(m), 360);
    assert_eq!(texts(&svg), ["Low", "Medium", "High", "满意度风险：感知度", "2", "1", "Commercial", "3"]);
    let style = ChartStyle::default();
    let cells: Vec<String> = rects(&svg).into_iter().map(|(fill, _, _)| fill).filter(|f| f != "#FFFFFF").collect();
    assert_eq!(cells.len(), 6, "one cell per group and level: {cells:?}");
    assert_eq!(cells.iter().filter(|f| **f == hex(style.track)).count(), 3, "empty cells are grey");
    assert_eq!(cells[2], hex(style.weak), "the most serious level at its deepest red");
    assert_ne!(cells[1], cells[2], "medium is lighter than high");
}

#[test]
fn measures_are_drawn_against_a_target_at_the_middle_green_when_met() {
    let bar = |label: &str, ratio: f64| Bar { label: label.into(), value_text: format!("{ratio}"), ratio };
    let t = TargetBars {
        rows: vec![
            TargetBar { bar: bar("Alert accuracy", 86.0 / 90.0), meets: false },
            TargetBar { bar: bar("Threat notification", 2.0), meets: true },
        ],
        max: 2.0,
    };
    let style = ChartStyle::default();
    let svg = to_svg(&ChartSpec::TargetBars(t), 400);
    assert!(svg.contains("Alert accuracy") && svg.contains("Threat notification"));
    let r = rects(&svg);
    let track: Vec<f64> = r.iter().filter(|(f, _, _)| *f == hex(style.track)).map(|(_, _, w)| *w).collect();
    let weak: Vec<f64> = r.iter().filter(|(f, _, _)| *f == hex(style.weak)).map(|(_, _, w)| *w).collect();
    let strong: Vec<f64> = r.iter().filter(|(f, _, _)| *f == hex(style.strong)).map(|(_, _, w)| *w).collect();
    assert_eq!((track.len(), weak.len(), strong.len()), (2, 1, 1));
    assert!(
        (weak[0] / track[0] - 0.478).abs() < 0.01,
        "86 of 90 is just short of the middle: {} of {}",
        weak[0],
        track[0]
    );
    assert!((strong[0] - track[0]).abs() < 1.0, "twice the target fills the bar");
    // One target tick per row, at the middle.
    assert_eq!(svg.matches("<polyline").count() + svg.matches("<path").count(), 2);
}
