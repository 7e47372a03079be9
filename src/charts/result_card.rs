//! Charts layer: a questionnaire's result as a card to share (a PNG): the title, the
//! total, the band, and the per-dimension bars, with where it was made. Generic over
//! plotters' backend, tested on SVG like the other charts.

use plotters::prelude::*;

use super::dimension_bars::{draw_rows, fill_color, Bar, Row, THRESHOLDS};
use super::style::ChartStyle;
use super::{fit_text, Area, Drawn};

#[derive(Clone, Debug, PartialEq)]
pub struct ResultCard {
    /// The questionnaire's title.
    pub title: String,
    /// The total as shown (`48.9 / 100`) and as a share of the maximum (for its colour).
    pub total: String,
    pub ratio: f64,
    /// The band's title.
    pub band: String,
    pub bars: Vec<Bar>,
    /// The last line: where and when it was made.
    pub footer: String,
}

const TOP: f64 = 132.0;
const FOOT: f64 = 34.0;

pub fn height(c: &ResultCard, style: &ChartStyle) -> u32 {
    style.px(TOP + FOOT) as u32 + super::dimension_bars::height(c.bars.len(), style)
}

pub fn draw<DB: DrawingBackend>(root: &Area<DB>, c: &ResultCard, style: &ChartStyle) -> Drawn<DB> {
    let (w, h) = root.dim_in_pixel();
    let pad = style.px(16.0);
    let width = w as i32 - 2 * pad;
    if width < 60 {
        return Ok(());
    }
    let accent = fill_color(c.ratio, style);
    root.draw(&Rectangle::new([(0, 0), (w as i32, style.px(6.0))], accent.filled()))?;
    let title = TextStyle::from(style.font(18.0)).color(&style.text);
    if let Some(t) = fit_text(root, &c.title, &title, width) {
        root.draw(&Text::new(t, (pad, style.px(20.0)), title))?;
    }
    root.draw(&Text::new(
        c.total.clone(),
        (pad, style.px(48.0)),
        TextStyle::from(style.font(34.0)).color(&style.text),
    ))?;
    let band = TextStyle::from(style.font(17.0)).color(&accent);
    if let Some(t) = fit_text(root, &c.band, &band, width) {
        root.draw(&Text::new(t, (pad, style.px(98.0)), band))?;
    }
    let bars = root.margin(style.px(TOP) as u32, style.px(FOOT) as u32, pad as u32, pad as u32);
    let rows: Vec<Row> = c.bars.iter().map(|b| (b, fill_color(b.ratio, style))).collect();
    draw_rows(&bars, &rows, &[THRESHOLDS.0, THRESHOLDS.1], style)?;
    let footer = TextStyle::from(style.font(12.0)).color(&style.muted);
    if let Some(t) = fit_text(root, &c.footer, &footer, width) {
        root.draw(&Text::new(t, (pad, h as i32 - style.px(FOOT - 10.0)), footer))?;
    }
    Ok(())
}
