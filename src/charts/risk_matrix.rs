//! Charts layer: the renewal review's risk matrix: one row per risk group, one column
//! per level (least serious on the left), each cell the number of open risks, its
//! colour deeper the more serious the level. Labels sit above each row, so the grid
//! keeps its width at 320 px.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::style::ChartStyle;
use super::{fit_text, Area, Drawn};

#[derive(Clone, Debug, PartialEq)]
pub struct RiskMatrix {
    /// Row labels (risk groups), top to bottom.
    pub rows: Vec<String>,
    /// Column labels (levels), least serious first.
    pub columns: Vec<String>,
    /// `counts[row][column]`: open risks.
    pub counts: Vec<Vec<u32>>,
}

const LABEL: f64 = 13.0;
const CELL: f64 = 30.0;
const HEADER: f64 = 22.0;

pub fn height(m: &RiskMatrix, style: &ChartStyle) -> u32 {
    (style.px(HEADER) + style.px(LABEL * 1.5 + CELL + 6.0) * m.rows.len().max(1) as i32 + style.px(4.0)) as u32
}

/// A cell's fill: grey when empty, from amber to deep red as the level rises.
fn fill(column: usize, columns: usize, count: u32, style: &ChartStyle) -> RGBColor {
    if count == 0 {
        return style.track;
    }
    let t = if columns > 1 { column as f64 / (columns - 1) as f64 } else { 1.0 };
    let mix = |a: u8, b: u8| (a as f64 + (b as f64 - a as f64) * t).round() as u8;
    let (low, high) = (RGBColor(0xf5, 0xc2, 0x42), style.weak);
    RGBColor(mix(low.0, high.0), mix(low.1, high.1), mix(low.2, high.2))
}

pub fn draw<DB: DrawingBackend>(root: &Area<DB>, m: &RiskMatrix, style: &ChartStyle) -> Drawn<DB> {
    let (w, _) = root.dim_in_pixel();
    let pad = style.px(2.0);
    let columns = m.columns.len().max(1) as i32;
    let cell_w = (w as i32 - 2 * pad) / columns;
    if cell_w < 16 {
        return Ok(());
    }
    let centred = Pos::new(HPos::Center, VPos::Center);
    let header = TextStyle::from(style.font(LABEL)).color(&style.muted).pos(centred);
    for (c, label) in m.columns.iter().enumerate() {
        let x = pad + c as i32 * cell_w + cell_w / 2;
        if let Some(text) = fit_text(root, label, &header, cell_w - style.px(4.0)) {
            root.draw(&Text::new(text, (x, pad + style.px(HEADER / 2.0)), header.clone()))?;
        }
    }
    let label = TextStyle::from(style.font(LABEL)).color(&style.text);
    let row_h = style.px(LABEL * 1.5 + CELL + 6.0);
    for (r, name) in m.rows.iter().enumerate() {
        let top = pad + style.px(HEADER) + r as i32 * row_h;
        if let Some(text) = fit_text(root, name, &label, w as i32 - 2 * pad) {
            root.draw(&Text::new(text, (pad, top), label.clone()))?;
        }
        let y0 = top + style.px(LABEL * 1.5);
        for c in 0..m.columns.len() {
            let count = m.counts.get(r).and_then(|row| row.get(c)).copied().unwrap_or(0);
            let x0 = pad + c as i32 * cell_w;
            let colour = fill(c, m.columns.len(), count, style);
            let cell = [(x0 + style.px(1.0), y0), (x0 + cell_w - style.px(1.0), y0 + style.px(CELL))];
            root.draw(&Rectangle::new(cell, colour.filled()))?;
            if count > 0 {
                let ink = if c * 2 >= m.columns.len() { WHITE } else { style.text };
                let number = TextStyle::from(style.font(15.0)).color(&ink).pos(centred);
                root.draw(&Text::new(count.to_string(), (x0 + cell_w / 2, y0 + style.px(CELL / 2.0)), number))?;
            }
        }
    }
    Ok(())
}
