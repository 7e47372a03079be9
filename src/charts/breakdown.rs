//! Charts layer: one breach's cost as stacked horizontal bars by category (today,
//! and with the proposed package), direct losses in blues and indirect in ambers,
//! with a legend that wraps to the width.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::axis::compact;
use super::fit_text;
use super::style::ChartStyle;
use super::{Area, Drawn};

#[derive(Clone, Debug, PartialEq)]
pub struct StackRow {
    pub label: String,
    /// Amount per category, in the order of `Breakdown::categories`.
    pub parts: Vec<f64>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Breakdown {
    pub rows: Vec<StackRow>,
    /// Category names, and whether each is a direct loss.
    pub categories: Vec<(String, bool)>,
    pub currency_symbol: String,
}

const DIRECT: [RGBColor; 5] = [
    RGBColor(0x1e, 0x3a, 0x8a),
    RGBColor(0x25, 0x63, 0xeb),
    RGBColor(0x3b, 0x82, 0xf6),
    RGBColor(0x0e, 0x74, 0x90),
    RGBColor(0x60, 0xa5, 0xfa),
];
const INDIRECT: [RGBColor; 3] = [RGBColor(0xb4, 0x53, 0x09), RGBColor(0xd9, 0x77, 0x06), RGBColor(0x92, 0x40, 0x0e)];

/// Each category's colour: direct ones blue, indirect ones amber.
pub fn colours(categories: &[(String, bool)]) -> Vec<RGBColor> {
    let (mut d, mut i) = (0, 0);
    categories
        .iter()
        .map(|(_, direct)| {
            if *direct {
                d += 1;
                DIRECT[(d - 1) % DIRECT.len()]
            } else {
                i += 1;
                INDIRECT[(i - 1) % INDIRECT.len()]
            }
        })
        .collect()
}

const ROW: f64 = 50.0;
const LEGEND_ROW: f64 = 20.0;
const LEGEND_COLUMN: f64 = 190.0;

fn legend_columns(width: u32, style: &ChartStyle) -> usize {
    ((width as i32 - style.px(16.0)) / style.px(LEGEND_COLUMN)).clamp(1, 4) as usize
}

/// Height in device pixels for `width` device pixels.
pub fn height(b: &Breakdown, width: u32, style: &ChartStyle) -> u32 {
    let legend_rows = b.categories.len().div_ceil(legend_columns(width, style));
    (style.px(8.0)
        + style.px(ROW) * b.rows.len().max(1) as i32
        + style.px(10.0)
        + style.px(LEGEND_ROW) * legend_rows as i32) as u32
}

pub fn draw<DB: DrawingBackend>(root: &Area<DB>, b: &Breakdown, style: &ChartStyle) -> Drawn<DB> {
    let (w, _) = root.dim_in_pixel();
    let (x0, x1) = (style.px(8.0), w as i32 - style.px(8.0));
    if x1 - x0 < 40 {
        return Ok(());
    }
    let colours = colours(&b.categories);
    let clean = |v: f64| if v.is_finite() { v.max(0.0) } else { 0.0 };
    let top = b.rows.iter().map(|r| r.parts.iter().copied().map(clean).sum::<f64>()).fold(0.0, f64::max).max(1.0);
    let text = TextStyle::from(style.font(13.0)).color(&style.text);
    let small = TextStyle::from(style.font(12.0)).color(&style.text);
    for (k, row) in b.rows.iter().enumerate() {
        let y = style.px(8.0) + k as i32 * style.px(ROW);
        let total: f64 = row.parts.iter().copied().map(clean).sum();
        let caption = format!("{} · {}", row.label, compact(total, &b.currency_symbol));
        if let Some(t) = fit_text(root, &caption, &text, x1 - x0) {
            root.draw(&Text::new(t, (x0, y), text.pos(Pos::new(HPos::Left, VPos::Top))))?;
        }
        let (bar_top, bar_bottom) = (y + style.px(20.0), y + style.px(42.0));
        root.draw(&Rectangle::new([(x0, bar_top), (x1, bar_bottom)], style.track.filled()))?;
        let mut x = x0 as f64;
        for (part, colour) in row.parts.iter().zip(&colours) {
            let width = (x1 - x0) as f64 * clean(*part) / top;
            if width >= 0.5 {
                root.draw(&Rectangle::new(
                    [(x.round() as i32, bar_top), ((x + width).round() as i32, bar_bottom)],
                    colour.filled(),
                ))?;
            }
            x += width;
        }
    }
    // Legend: a swatch and a name per category, in as many columns as fit.
    let columns = legend_columns(w, style);
    let column_width = (x1 - x0) / columns as i32;
    let legend_top = style.px(8.0) + style.px(ROW) * b.rows.len().max(1) as i32 + style.px(10.0);
    for (k, ((name, _), colour)) in b.categories.iter().zip(&colours).enumerate() {
        let (cx, cy) =
            (x0 + (k % columns) as i32 * column_width, legend_top + (k / columns) as i32 * style.px(LEGEND_ROW));
        root.draw(&Rectangle::new(
            [(cx, cy + style.px(3.0)), (cx + style.px(12.0), cy + style.px(15.0))],
            colour.filled(),
        ))?;
        if let Some(t) = fit_text(root, name, &small, column_width - style.px(22.0)) {
            root.draw(&Text::new(
                t,
                (cx + style.px(18.0), cy + style.px(9.0)),
                small.pos(Pos::new(HPos::Left, VPos::Center)),
            ))?;
        }
    }
    Ok(())
}
