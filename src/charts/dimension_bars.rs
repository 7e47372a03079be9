//! Charts layer: the per-dimension score chart, one labelled horizontal bar per
//! dimension, and the bar rows other charts share (`target_bars`). Rows stack
//! vertically so labels never collide, even at 320 px.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::style::ChartStyle;
use super::{Area, Drawn};

/// One bar: a label and a value out of a maximum (both in points).
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    /// The value shown after the label, already formatted (for example `12.5 / 20`).
    pub value_text: String,
    /// Share of the maximum, clamped to 0.0..=1.0 (NaN counts as 0).
    pub ratio: f64,
}

/// Shares of the maximum where a bar turns from weak to fair and from fair to strong:
/// the maturity bands' 40 and 60 out of 100.
pub const THRESHOLDS: (f64, f64) = (0.4, 0.6);

const LABEL_CSS_PX: f64 = 14.0;
const BAR_CSS_PX: f64 = 14.0;
const GAP_CSS_PX: f64 = 14.0;

/// Height in device pixels the chart needs for `bars` rows.
pub fn height(bars: usize, style: &ChartStyle) -> u32 {
    (style.px(row_css_height()) as u32) * bars.max(1) as u32 + style.px(4.0) as u32
}

fn row_css_height() -> f64 {
    LABEL_CSS_PX * 1.5 + BAR_CSS_PX + GAP_CSS_PX
}

/// Draws the bars on `root`, top to bottom, with the maturity bands' thresholds marked.
pub fn draw<DB: DrawingBackend>(root: &Area<DB>, bars: &[Bar], style: &ChartStyle) -> Drawn<DB> {
    let rows: Vec<Row> = bars.iter().map(|b| (b, fill_color(b.ratio, style))).collect();
    draw_rows(root, &rows, &[THRESHOLDS.0, THRESHOLDS.1], style)
}

/// A bar and its fill.
pub(super) type Row<'a> = (&'a Bar, RGBColor);

/// Labelled bars top to bottom, each with ticks at `marks` (shares of the bar's width).
pub(super) fn draw_rows<DB: DrawingBackend>(
    root: &Area<DB>,
    rows: &[Row],
    marks: &[f64],
    style: &ChartStyle,
) -> Drawn<DB> {
    let (width, _) = root.dim_in_pixel();
    let pad = style.px(2.0);
    let width = width as i32 - 2 * pad;
    if width < 10 {
        return Ok(()); // nothing readable fits; an empty chart beats a garbled one
    }
    let label_style = TextStyle::from(style.font(LABEL_CSS_PX)).color(&style.text);
    let value_style =
        TextStyle::from(style.font(LABEL_CSS_PX)).color(&style.muted).pos(Pos::new(HPos::Right, VPos::Top));
    let bar_h = style.px(BAR_CSS_PX);
    for (i, (bar, colour)) in rows.iter().enumerate() {
        let top = pad + i as i32 * style.px(row_css_height());
        root.draw(&Text::new(bar.label.clone(), (pad, top), label_style.clone()))?;
        root.draw(&Text::new(bar.value_text.clone(), (pad + width, top), value_style.clone()))?;
        let y0 = top + style.px(LABEL_CSS_PX * 1.5);
        let ratio = if bar.ratio.is_finite() { bar.ratio.clamp(0.0, 1.0) } else { 0.0 };
        root.draw(&Rectangle::new([(pad, y0), (pad + width, y0 + bar_h)], style.track.filled()))?;
        let fill = (width as f64 * ratio).round() as i32;
        if fill > 0 {
            root.draw(&Rectangle::new([(pad, y0), (pad + fill, y0 + bar_h)], colour.filled()))?;
        }
        for t in marks {
            let x = pad + (width as f64 * t).round() as i32;
            root.draw(&PathElement::new(
                vec![(x, y0 - style.px(3.0)), (x, y0 + bar_h + style.px(3.0))],
                style.muted.stroke_width(style.px(1.0) as u32),
            ))?;
        }
    }
    Ok(())
}

/// The fill colour for a share of the maximum.
pub fn fill_color(ratio: f64, style: &ChartStyle) -> RGBColor {
    if ratio < THRESHOLDS.0 {
        style.weak
    } else if ratio < THRESHOLDS.1 {
        style.fair
    } else {
        style.strong
    }
}
