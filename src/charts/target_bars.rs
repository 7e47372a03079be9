//! Charts layer: measures against their targets (the renewal review's value
//! measures): one bar per measure, the target a tick at the middle, the bar green
//! where the target is met and red where it is not.

use plotters::prelude::DrawingBackend;

use super::dimension_bars::{draw_rows, Bar, Row};
use super::style::ChartStyle;
use super::{Area, Drawn};

/// One measure: its label and value text (`86% / target 90%`), how far it reaches its
/// target (1: on target; drawn up to `max`), and whether it meets it.
#[derive(Clone, Debug, PartialEq)]
pub struct TargetBar {
    pub bar: Bar,
    pub meets: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TargetBars {
    pub rows: Vec<TargetBar>,
    /// The attainment drawn at the bar's full width (twice the target: the target at the middle).
    pub max: f64,
}

pub fn height(t: &TargetBars, style: &ChartStyle) -> u32 {
    super::dimension_bars::height(t.rows.len(), style)
}

pub fn draw<DB: DrawingBackend>(root: &Area<DB>, t: &TargetBars, style: &ChartStyle) -> Drawn<DB> {
    let max = if t.max.is_finite() && t.max > 0.0 { t.max } else { 2.0 };
    let scaled: Vec<Bar> = t.rows.iter().map(|r| Bar { ratio: r.bar.ratio / max, ..r.bar.clone() }).collect();
    let rows: Vec<Row> =
        scaled.iter().zip(&t.rows).map(|(b, r)| (b, if r.meets { style.strong } else { style.weak })).collect();
    draw_rows(root, &rows, &[1.0 / max], style)
}
