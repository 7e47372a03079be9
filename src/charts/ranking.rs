//! Charts layer: vendors' weighted totals under the customer's weights and under the
//! reframed weights, side by side, with each set's leader marked.

use crate::model::decimal::fixed;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::fit_text;
use super::style::ChartStyle;
use super::{Area, Drawn};

#[derive(Clone, Debug, PartialEq)]
pub struct RankRow {
    pub label: String,
    /// Weighted total under the customer's weights, 0..=10 (`None` if they sum to 0).
    pub original: Option<f64>,
    /// Under the reframed weights, when shown.
    pub reframed: Option<f64>,
    pub leads_original: bool,
    pub leads_reframed: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Ranking {
    pub rows: Vec<RankRow>,
    pub original_label: String,
    pub reframed_label: String,
    pub show_reframed: bool,
}

const ORIGINAL: RGBColor = RGBColor(0x64, 0x74, 0x8b);

fn bars_per_row(r: &Ranking) -> i32 {
    if r.show_reframed {
        2
    } else {
        1
    }
}

fn row_css(r: &Ranking) -> f64 {
    20.0 + 22.0 * bars_per_row(r) as f64 + 10.0
}

/// Height in device pixels.
pub fn height(r: &Ranking, style: &ChartStyle) -> u32 {
    (style.px(28.0) + style.px(row_css(r)) * r.rows.len().max(1) as i32) as u32
}

pub fn draw<DB: DrawingBackend>(root: &Area<DB>, r: &Ranking, style: &ChartStyle) -> Drawn<DB> {
    let (w, _) = root.dim_in_pixel();
    let pad = style.px(4.0);
    let width = w as i32 - 2 * pad;
    if width < 60 {
        return Ok(());
    }
    let fair = style.strong;
    // Legend.
    let mut x = pad;
    let sets: Vec<(&str, RGBColor)> = if r.show_reframed {
        vec![(r.original_label.as_str(), ORIGINAL), (r.reframed_label.as_str(), fair)]
    } else {
        vec![(r.original_label.as_str(), ORIGINAL)]
    };
    for (label, color) in &sets {
        root.draw(&Rectangle::new(
            [(x, pad + style.px(3.0)), (x + style.px(12.0), pad + style.px(15.0))],
            color.filled(),
        ))?;
        let text_style = TextStyle::from(style.font(12.0)).color(&style.text);
        let label = fit_text(root, label, &text_style, width / 2 - style.px(20.0)).unwrap_or_default();
        root.draw(&Text::new(label.clone(), (x + style.px(16.0), pad + style.px(2.0)), text_style.clone()))?;
        x +=
            style.px(16.0) + root.estimate_text_size(&label, &text_style).map_or(0, |(w, _)| w as i32) + style.px(16.0);
    }
    let value_w = style.px(52.0);
    let bar_w = (width - value_w).max(1);
    for (i, row) in r.rows.iter().enumerate() {
        let top = style.px(28.0) + i as i32 * style.px(row_css(r));
        let label_style = TextStyle::from(style.font(13.0).style(FontStyle::Bold)).color(&style.text);
        if let Some(label) = fit_text(root, &row.label, &label_style, width) {
            root.draw(&Text::new(label, (pad, top), label_style))?;
        }
        let bars = [(row.original, row.leads_original, ORIGINAL), (row.reframed, row.leads_reframed, fair)];
        for (k, (value, leads, color)) in bars.into_iter().take(bars_per_row(r) as usize).enumerate() {
            let y0 = top + style.px(20.0) + k as i32 * style.px(22.0);
            let y1 = y0 + style.px(16.0);
            root.draw(&Rectangle::new([(pad, y0), (pad + bar_w, y1)], style.track.filled()))?;
            let v = value.filter(|v| v.is_finite()).unwrap_or(0.0).clamp(0.0, 10.0);
            let fill = (bar_w as f64 * v / 10.0).round() as i32;
            if fill > 0 {
                root.draw(&Rectangle::new([(pad, y0), (pad + fill, y1)], color.filled()))?;
            }
            let text = match value {
                Some(v) => format!("{}{}", if leads { "★ " } else { "" }, fixed(v, 2)),
                None => "–".into(),
            };
            let value_style =
                TextStyle::from(style.font(12.0).style(if leads { FontStyle::Bold } else { FontStyle::Normal }))
                    .color(&style.text)
                    .pos(Pos::new(HPos::Right, VPos::Center));
            root.draw(&Text::new(text, (pad + width, (y0 + y1) / 2), value_style))?;
        }
    }
    Ok(())
}
