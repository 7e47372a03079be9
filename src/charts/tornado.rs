//! Charts layer: the sensitivity (tornado) chart: per input, the expected annual loss
//! with it halved and doubled, as a bar around today's value; widest first.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::axis::compact;
use super::fit_text;
use super::style::ChartStyle;
use super::{Area, Drawn};

#[derive(Clone, Debug, PartialEq)]
pub struct TornadoRow {
    pub label: String,
    pub low: f64,
    pub high: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Tornado {
    pub rows: Vec<TornadoRow>,
    /// Today's expected annual loss: where the bars meet.
    pub base: f64,
    pub currency_symbol: String,
}

const ROW: f64 = 44.0;

pub fn height(t: &Tornado, style: &ChartStyle) -> u32 {
    (style.px(10.0) + style.px(ROW) * t.rows.len().max(1) as i32 + style.px(24.0)) as u32
}

pub fn draw<DB: DrawingBackend>(root: &Area<DB>, t: &Tornado, style: &ChartStyle) -> Drawn<DB> {
    let (w, _) = root.dim_in_pixel();
    let (x0, x1) = (style.px(8.0), w as i32 - style.px(8.0));
    if x1 - x0 < 40 {
        return Ok(());
    }
    let clean = |v: f64| if v.is_finite() { v.max(0.0) } else { 0.0 };
    let base = clean(t.base);
    let (lo, hi) = t.rows.iter().fold((base, base), |(lo, hi), r| {
        (lo.min(clean(r.low)).min(clean(r.high)), hi.max(clean(r.low)).max(clean(r.high)))
    });
    // Never a degenerate range: pad, and keep at least one unit.
    let span = (hi - lo).max(base * 0.1).max(1.0);
    let (left, right) = ((lo - span * 0.05).max(0.0), hi + span * 0.05);
    let px = |v: f64| x0 + ((x1 - x0) as f64 * (clean(v) - left) / (right - left)).round() as i32;
    let text = TextStyle::from(style.font(13.0)).color(&style.text);
    let small = TextStyle::from(style.font(11.0)).color(&style.muted);
    let top = style.px(10.0);
    for (k, row) in t.rows.iter().enumerate() {
        let y = top + k as i32 * style.px(ROW);
        if let Some(label) = fit_text(root, &row.label, &text, x1 - x0) {
            root.draw(&Text::new(label, (x0, y), text.pos(Pos::new(HPos::Left, VPos::Top))))?;
        }
        let (bar_top, bar_bottom) = (y + style.px(18.0), y + style.px(34.0));
        let (a, b) = (px(row.low.min(row.high)), px(row.low.max(row.high)));
        let mid = px(base);
        root.draw(&Rectangle::new([(a, bar_top), (mid, bar_bottom)], style.strong.filled()))?;
        root.draw(&Rectangle::new([(mid, bar_top), (b.max(mid + 1), bar_bottom)], style.weak.filled()))?;
    }
    let bottom = top + style.px(ROW) * t.rows.len().max(1) as i32;
    let mid = px(base);
    root.draw(&PathElement::new(vec![(mid, top), (mid, bottom)], style.text.stroke_width(style.px(1.5) as u32)))?;
    for (v, anchor) in [(left, HPos::Left), (base, HPos::Center), (right, HPos::Right)] {
        root.draw(&Text::new(
            compact(v, &t.currency_symbol),
            (px(v), bottom + style.px(4.0)),
            small.pos(Pos::new(anchor, VPos::Top)),
        ))?;
    }
    Ok(())
}
