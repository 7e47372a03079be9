//! Charts layer: customers' recurring revenue projected over the coming years, for
//! today's KPIs against the benchmark KPIs; the area between the lines is the
//! flywheel's worth.

use plotters::prelude::*;

use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::axis::{compact, nice_step};
use super::style::ChartStyle;
use super::{Area, Drawn};

#[derive(Clone, Debug, PartialEq)]
pub struct Projection {
    /// Revenue per year (index = year, 0 = today) for today's KPIs.
    pub today: Vec<f64>,
    /// The same at the benchmark KPIs.
    pub benchmark: Vec<f64>,
    pub today_label: String,
    pub benchmark_label: String,
    /// Prefix for amounts on the axis ("$", "¥", "€", "£").
    pub currency_symbol: String,
    /// Axis caption for years ("Year", "年").
    pub year_label: String,
}

/// Height in device pixels.
pub fn height(style: &ChartStyle) -> u32 {
    style.px(260.0) as u32
}

fn finite_max(values: &[f64]) -> f64 {
    values.iter().copied().filter(|v| v.is_finite()).fold(0.0, f64::max)
}

/// Drawn with plain primitives rather than plotters' ChartBuilder: the same picture
/// for a fraction of the wasm size (ChartBuilder's generic axes cost ~25 KB).
pub fn draw<DB: DrawingBackend>(root: &Area<DB>, p: &Projection, style: &ChartStyle) -> Drawn<DB> {
    let (w, h) = root.dim_in_pixel();
    if w < 80 || p.today.is_empty() {
        return Ok(());
    }
    let (left, right, top_pad, bottom) = (style.px(58.0), style.px(14.0), style.px(10.0), style.px(40.0));
    let (x0, x1, y0, y1) = (left, w as i32 - right, top_pad, h as i32 - bottom);
    if x1 - x0 < 20 || y1 - y0 < 20 {
        return Ok(());
    }
    let years = (p.today.len().max(p.benchmark.len()) - 1).max(1) as f64;
    // Never a degenerate range: a zero span would divide by zero.
    let data_top = finite_max(&p.today).max(finite_max(&p.benchmark)).max(1.0);
    let step = nice_step(data_top * 1.05, 4.0);
    let top = (data_top * 1.05 / step).ceil() * step;
    let px = |year: f64| x0 + ((x1 - x0) as f64 * year / years).round() as i32;
    // `max`/`min`, not `clamp`: its min <= max check formats floats (`{:?}`) into the bundle.
    let py =
        |v: f64| y1 - ((y1 - y0) as f64 * (if v.is_finite() { v.max(0.0).min(top) } else { 0.0 }) / top).round() as i32;
    let label = TextStyle::from(style.font(12.0)).color(&style.muted);

    // Grid and money labels.
    let mut v = 0.0;
    while v <= top + step / 2.0 {
        let y = py(v);
        root.draw(&PathElement::new(vec![(x0, y), (x1, y)], style.track.stroke_width(1)))?;
        root.draw(&Text::new(
            compact(v, &p.currency_symbol),
            (x0 - style.px(6.0), y),
            label.pos(Pos::new(HPos::Right, VPos::Center)),
        ))?;
        v += step;
    }
    // Years along the bottom, thinned so labels never collide.
    let every = ((years * style.px(28.0) as f64) / (x1 - x0) as f64).ceil().max(1.0) as usize;
    for year in (0..=years as usize).step_by(every) {
        let x = px(year as f64);
        root.draw(&PathElement::new(vec![(x, y1), (x, y1 + style.px(4.0))], style.muted.stroke_width(1)))?;
        root.draw(&Text::new(year.to_string(), (x, y1 + style.px(6.0)), label.pos(Pos::new(HPos::Center, VPos::Top))))?;
    }
    root.draw(&Text::new(
        p.year_label.clone(),
        ((x0 + x1) / 2, y1 + style.px(22.0)),
        label.pos(Pos::new(HPos::Center, VPos::Top)),
    ))?;
    root.draw(&PathElement::new(vec![(x0, y0), (x0, y1), (x1, y1)], style.muted.stroke_width(1)))?;

    // The two lines, benchmark under today's.
    let series = [(&p.benchmark, style.strong, &p.benchmark_label), (&p.today, style.weak, &p.today_label)];
    for (values, color, _) in series {
        let points: Vec<(i32, i32)> = values.iter().enumerate().map(|(i, v)| (px(i as f64), py(*v))).collect();
        root.draw(&PathElement::new(points.clone(), color.stroke_width(style.px(3.0) as u32)))?;
        for pt in points {
            root.draw(&Circle::new(pt, style.px(3.5), color.filled()))?;
        }
    }
    // Legend in the top-left corner of the plot.
    let text = TextStyle::from(style.font(12.0)).color(&style.text);
    for (k, (_, color, name)) in series.iter().enumerate() {
        let y = y0 + style.px(6.0) + k as i32 * style.px(18.0);
        let x = x0 + style.px(10.0);
        root.draw(&Rectangle::new([(x, y + style.px(2.0)), (x + style.px(14.0), y + style.px(10.0))], color.filled()))?;
        root.draw(&Text::new(name.to_string(), (x + style.px(20.0), y), text.clone()))?;
    }
    Ok(())
}
