//! Charts layer: the loss exceedance curve: for each amount, the chance that a
//! year's losses exceed it, today and with the package (inherent and residual), and
//! the risk tolerance the user set as a vertical line.

use crate::model::decimal::{fixed, shortest};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::axis::{compact, nice_step};
use super::style::ChartStyle;
use super::{Area, Drawn};

#[derive(Clone, Debug, PartialEq)]
pub struct Exceedance {
    /// (loss, chance 0..=1) points, loss rising, per curve.
    pub today: Vec<(f64, f64)>,
    pub with_package: Vec<(f64, f64)>,
    pub today_label: String,
    pub package_label: String,
    pub currency_symbol: String,
    /// The most a year's losses can be, and its label; drawn when inside the axis.
    pub tolerance: Option<(f64, String)>,
}

pub fn height(style: &ChartStyle) -> u32 {
    style.px(260.0) as u32
}

pub fn draw<DB: DrawingBackend>(root: &Area<DB>, e: &Exceedance, style: &ChartStyle) -> Drawn<DB> {
    let (w, h) = root.dim_in_pixel();
    let (x0, x1, y0, y1) = (style.px(44.0), w as i32 - style.px(16.0), style.px(10.0), h as i32 - style.px(28.0));
    if x1 - x0 < 40 || y1 - y0 < 40 {
        return Ok(());
    }
    let finite = |pts: &[(f64, f64)]| pts.iter().map(|p| p.0).filter(|x| x.is_finite()).fold(0.0, f64::max);
    // Never a degenerate range: at least 1 unit wide, and the chance axis fixed at 0-100%.
    let tolerance = e.tolerance.as_ref().filter(|(x, _)| x.is_finite() && *x > 0.0);
    // The axis reaches the tolerance too, unless it lies far beyond the curves' tail.
    let curves = finite(&e.today).max(finite(&e.with_package)).max(1.0);
    let data_right = tolerance.map_or(curves, |(x, _)| if *x <= 3.0 * curves { curves.max(*x * 1.05) } else { curves });
    let step = nice_step(data_right, 4.0);
    let right = (data_right / step).ceil() * step;
    let top = e
        .today
        .iter()
        .chain(&e.with_package)
        .map(|p| p.1)
        .filter(|q| q.is_finite())
        .fold(0.0, f64::max)
        .clamp(0.002, 1.0);
    let q_step = nice_step(top * 100.0, 4.0) / 100.0;
    let top = ((top / q_step).ceil() * q_step).min(1.0);
    // `max`/`min`, not `clamp`: its min <= max check formats floats (`{:?}`) into the bundle.
    let px = |x: f64| {
        x0 + ((x1 - x0) as f64 * (if x.is_finite() { x.max(0.0).min(right) } else { 0.0 }) / right).round() as i32
    };
    let py =
        |q: f64| y1 - ((y1 - y0) as f64 * (if q.is_finite() { q.max(0.0).min(top) } else { 0.0 }) / top).round() as i32;
    let label = TextStyle::from(style.font(12.0)).color(&style.muted);

    let mut q = 0.0;
    while q <= top + q_step / 2.0 {
        let y = py(q);
        root.draw(&PathElement::new(vec![(x0, y), (x1, y)], style.track.stroke_width(1)))?;
        let percent = q * 100.0;
        let shown =
            if q_step >= 0.01 { format!("{}%", shortest(percent.round())) } else { format!("{}%", fixed(percent, 1)) };
        root.draw(&Text::new(shown, (x0 - style.px(6.0), y), label.pos(Pos::new(HPos::Right, VPos::Center))))?;
        q += q_step;
    }
    // Amount ticks, thinned so labels never collide.
    let ticks = (right / step).round() as i32;
    let every = ((ticks * style.px(64.0)) as f64 / (x1 - x0) as f64).ceil().max(1.0) as i32;
    let tick_label = label.pos(Pos::new(HPos::Center, VPos::Top));
    for k in (0..=ticks).step_by(every as usize) {
        let x = px(k as f64 * step);
        root.draw(&PathElement::new(vec![(x, y1), (x, y1 + style.px(4.0))], style.muted.stroke_width(1)))?;
        let amount = compact(k as f64 * step, &e.currency_symbol);
        // Centred under its tick, but never cut by the canvas's edge (the last one
        // stood half outside on a phone).
        let half = root.estimate_text_size(&amount, &tick_label).map_or(0, |(tw, _)| (tw as i32 + 1) / 2);
        let centre = x.min(w as i32 - half).max(half);
        root.draw(&Text::new(amount, (centre, y1 + style.px(6.0)), tick_label.clone()))?;
    }
    root.draw(&PathElement::new(vec![(x0, y0), (x0, y1), (x1, y1)], style.muted.stroke_width(1)))?;

    let series = [(&e.with_package, style.strong, &e.package_label), (&e.today, style.weak, &e.today_label)];
    for (points, colour, _) in series {
        let path: Vec<(i32, i32)> = points.iter().map(|(x, q)| (px(*x), py(*q))).collect();
        root.draw(&PathElement::new(path, colour.stroke_width(style.px(2.5) as u32)))?;
    }
    let text = TextStyle::from(style.font(12.0)).color(&style.text);
    if let Some((amount, name)) = tolerance.filter(|(x, _)| *x <= right) {
        let x = px(*amount);
        // Dashed: drawn as short segments.
        let dash = style.px(6.0).max(2);
        let mut y = y0;
        while y < y1 {
            root.draw(&PathElement::new(
                vec![(x, y), (x, (y + dash).min(y1))],
                style.text.stroke_width(style.px(1.5) as u32),
            ))?;
            y += 2 * dash;
        }
        let right_half = x > (x0 + x1) / 2;
        let (anchor, offset) = if right_half { (HPos::Right, -style.px(4.0)) } else { (HPos::Left, style.px(4.0)) };
        root.draw(&Text::new(
            name.to_string(),
            (x + offset, y0 + style.px(64.0)),
            text.clone().pos(Pos::new(anchor, VPos::Top)),
        ))?;
    }
    for (k, (_, colour, name)) in series.iter().rev().enumerate() {
        let (x, y) = (x1 - style.px(150.0).min((x1 - x0) / 2), y0 + style.px(4.0) + k as i32 * style.px(18.0));
        root.draw(&Rectangle::new([(x, y + style.px(4.0)), (x + style.px(14.0), y + style.px(8.0))], colour.filled()))?;
        root.draw(&Text::new(name.to_string(), (x + style.px(20.0), y), text.clone()))?;
    }
    Ok(())
}
