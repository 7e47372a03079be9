//! Charts layer: the value-delivery flywheel (seed 000, figure 3): four segments
//! turning clockwise around the hub, retention and growth, each coloured by the
//! health of the KPI that measures it and labelled with its value.

use std::f64::consts::PI;

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::fit_text;
use super::style::ChartStyle;
use super::trig::sin_cos;
use super::{Area, Drawn};

/// Health of a KPI as the chart colours it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Poor,
    Fair,
    Good,
}

#[derive(Clone, Debug, PartialEq)]
pub struct WheelPart {
    pub label: String,
    /// The KPI as shown, already formatted ("TTV 30 d", "55%").
    pub value_text: String,
    pub tone: Tone,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Wheel {
    /// The four segments, clockwise from the top.
    pub segments: Vec<WheelPart>,
    pub hub: WheelPart,
}

/// Largest drawn diameter, CSS pixels: the wheel stays a wheel on wide screens.
const MAX_CSS: f64 = 420.0;

/// Height in device pixels for a chart `width` device pixels wide: a square, capped.
pub fn height(width: u32, style: &ChartStyle) -> u32 {
    width.min(style.px(MAX_CSS) as u32).max(1)
}

pub fn tone_color(tone: Tone, style: &ChartStyle) -> RGBColor {
    match tone {
        Tone::Poor => style.weak,
        Tone::Fair => style.fair,
        Tone::Good => style.strong,
    }
}

/// The pixel at radius `r` and angle `a` (radians, clockwise from 12 o'clock) around (`cx`, `cy`).
fn polar(cx: f64, cy: f64, r: f64, a: f64) -> (i32, i32) {
    let (sin, cos) = sin_cos(a);
    ((cx + r * sin).round() as i32, (cy - r * cos).round() as i32)
}

/// Points of an annulus sector from angle `a0` to `a1` (radians, clockwise from 12 o'clock).
fn sector(cx: f64, cy: f64, r_in: f64, r_out: f64, a0: f64, a1: f64) -> Vec<(i32, i32)> {
    let steps = 24;
    let at = |r: f64, a: f64| polar(cx, cy, r, a);
    let outer = (0..=steps).map(|i| at(r_out, a0 + (a1 - a0) * i as f64 / steps as f64));
    let inner = (0..=steps).rev().map(|i| at(r_in, a0 + (a1 - a0) * i as f64 / steps as f64));
    outer.chain(inner).collect()
}

pub fn draw<DB: DrawingBackend>(root: &Area<DB>, wheel: &Wheel, style: &ChartStyle) -> Drawn<DB> {
    let (w, h) = root.dim_in_pixel();
    let size = w.min(h) as f64;
    if size < 60.0 {
        return Ok(());
    }
    let (cx, cy) = (w as f64 / 2.0, h as f64 / 2.0);
    let r_out = size / 2.0 - style.px(4.0) as f64;
    let r_in = r_out * 0.5;
    let n = wheel.segments.len().max(1);
    let gap = 0.05;
    for (i, part) in wheel.segments.iter().enumerate() {
        let a0 = 2.0 * PI * i as f64 / n as f64 + gap;
        let a1 = 2.0 * PI * (i + 1) as f64 / n as f64 - gap;
        root.draw(&Polygon::new(sector(cx, cy, r_in, r_out, a0, a1), tone_color(part.tone, style).filled()))?;
        // An arrowhead bridging the gap to the next segment shows which way the flywheel turns.
        let r_mid = (r_in + r_out) / 2.0;
        let half = (r_out - r_in) * 0.36;
        let p = |r: f64, a: f64| polar(cx, cy, r, a);
        root.draw(&Polygon::new(
            vec![p(r_mid - half, a1), p(r_mid + half, a1), p(r_mid, a1 + gap * 1.7)],
            tone_color(part.tone, style).filled(),
        ))?;
        // Name (on up to two lines) and value in the segment, each line centred in the
        // stretch of ring at its height and cut to fit it.
        let mid = (a0 + a1) / 2.0;
        let (sin, cos) = sin_cos(mid);
        let (side, up) = (sin.signum(), -cos.signum());
        let name_style = TextStyle::from(style.font(11.0)).color(&WHITE).pos(Pos::new(HPos::Center, VPos::Top));
        let value_style = TextStyle::from(style.font(14.0).style(FontStyle::Bold))
            .color(&WHITE)
            .pos(Pos::new(HPos::Center, VPos::Top));
        let (line, value_h) = (style.px(14.0), style.px(18.0));
        // The stretch of ring between `top` and `bottom` (pixels): centre x and width.
        let stretch = |top: i32, bottom: i32| {
            let (d1, d2) = ((top as f64 - cy).abs(), (bottom as f64 - cy).abs());
            let (far, near) = (
                d1.max(d2),
                if (top as f64 - cy).signum() != (bottom as f64 - cy).signum() { 0.0 } else { d1.min(d2) },
            );
            let lo = (r_in * r_in - near * near).max(0.0).sqrt().max(r_out * gap * 1.5);
            let hi = (r_out * r_out - far * far).max(0.0).sqrt();
            ((cx + side * (lo + hi) / 2.0).round() as i32, (hi - lo - style.px(6.0) as f64).max(0.0) as i32)
        };
        let block_mid = (cy + up * r_out * 0.45).round() as i32;
        let wide = stretch(block_mid - line - value_h / 2, block_mid + value_h / 2).1;
        let names = wrap_two(root, &part.label, &name_style, wide);
        let top = block_mid - (names.len() as i32 * line + value_h) / 2;
        for (k, text) in names.iter().enumerate() {
            let y = top + k as i32 * line;
            let (x, room) = stretch(y, y + line);
            if let Some(t) = fit_text(root, text, &name_style, room) {
                root.draw(&Text::new(t, (x, y), name_style.clone()))?;
            }
        }
        let y = top + names.len() as i32 * line;
        let (x, room) = stretch(y, y + value_h);
        if let Some(value) = fit_text(root, &part.value_text, &value_style, room) {
            root.draw(&Text::new(value, (x, y), value_style))?;
        }
    }
    let hub_r = (r_in - style.px(6.0) as f64).max(1.0);
    let hub_color = tone_color(wheel.hub.tone, style);
    root.draw(&Circle::new(
        (cx.round() as i32, cy.round() as i32),
        hub_r.round() as i32,
        hub_color.mix(0.15).filled(),
    ))?;
    root.draw(&Circle::new(
        (cx.round() as i32, cy.round() as i32),
        hub_r.round() as i32,
        hub_color.stroke_width(style.px(3.0) as u32),
    ))?;
    let room = (hub_r * 1.6) as i32;
    let hub_name = TextStyle::from(style.font(13.0)).color(&style.text).pos(Pos::new(HPos::Center, VPos::Bottom));
    let hub_value = TextStyle::from(style.font(15.0).style(FontStyle::Bold))
        .color(&hub_color)
        .pos(Pos::new(HPos::Center, VPos::Top));
    let (hx, hy) = (cx.round() as i32, cy.round() as i32);
    for (k, text) in wrap_two(root, &wheel.hub.label, &hub_name, room).iter().rev().enumerate() {
        root.draw(&Text::new(text.clone(), (hx, hy - style.px(2.0) - k as i32 * style.px(16.0)), hub_name.clone()))?;
    }
    if let Some(value) = fit_text(root, &wheel.hub.value_text, &hub_value, room) {
        root.draw(&Text::new(value, (hx, hy + style.px(2.0)), hub_value))?;
    }
    Ok(())
}

/// A label on one line if it fits, else split at the space nearest its middle onto
/// two, each cut to fit.
fn wrap_two<DB: DrawingBackend>(root: &DrawingArea<DB, Shift>, text: &str, style: &TextStyle, max: i32) -> Vec<String> {
    let fits = |t: &str| root.estimate_text_size(t, style).is_ok_and(|(w, _)| (w as i32) <= max);
    if fits(text) {
        return vec![text.to_string()];
    }
    let middle = text.len() / 2;
    let split = text.char_indices().filter(|(_, c)| *c == ' ' || *c == '-').min_by_key(|(i, _)| i.abs_diff(middle));
    match split {
        Some((i, c)) => {
            let (first, second) = (&text[..i + if c == '-' { 1 } else { 0 }], text[i + 1..].trim());
            [first, second].iter().filter_map(|t| fit_text(root, t, style, max)).collect()
        }
        None => fit_text(root, text, style, max).into_iter().collect(),
    }
}
