//! Charts layer: the productization-commercialization spectrum as a horizontal
//! scale from "a box" to "an outcome", with named stages, the current position and a
//! target. Generic over plotters' backend.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::fit_text;
use super::style::ChartStyle;
use super::{Area, Drawn};

/// One named stretch of the scale, starting at `from` (0..=100).
#[derive(Clone, Debug, PartialEq)]
pub struct Stage {
    pub from: f64,
    pub label: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Spectrum {
    /// Ordered by `from`, the first at 0.
    pub stages: Vec<Stage>,
    /// Labels under the two ends ("Productized: a box", "Commercialized: an outcome").
    pub left_label: String,
    pub right_label: String,
    /// Current position, 0..=100, and its label ("Now 42").
    pub current: f64,
    pub current_label: String,
    /// Target position, 0..=100, and its label ("Target 80").
    pub target: f64,
    pub target_label: String,
}

/// Stage fills from the product end (cool grey) to the outcome end (deep green).
const STAGE_FILLS: [RGBColor; 4] =
    [RGBColor(0xe5, 0xe7, 0xeb), RGBColor(0xd1, 0xfa, 0xe5), RGBColor(0x6e, 0xe7, 0xb7), RGBColor(0x10, 0xb9, 0x81)];

/// Height in device pixels the chart needs.
pub fn height(style: &ChartStyle) -> u32 {
    style.px(168.0) as u32
}

fn clamp100(x: f64) -> f64 {
    if x.is_finite() {
        x.clamp(0.0, 100.0)
    } else {
        0.0
    }
}

pub fn draw<DB: DrawingBackend>(root: &Area<DB>, spectrum: &Spectrum, style: &ChartStyle) -> Drawn<DB> {
    let (width, _) = root.dim_in_pixel();
    let pad = style.px(8.0);
    // (One more line below the ends' labels than needed on wide screens: they may wrap.)
    let usable = width as i32 - 2 * pad;
    if usable < 20 {
        return Ok(());
    }
    let x = |v: f64| pad + (usable as f64 * clamp100(v) / 100.0).round() as i32;
    let (bar_top, bar_h) = (style.px(44.0), style.px(30.0));

    // Current position label and marker above the bar.
    let now = x(spectrum.current);
    let anchor = |v: i32| {
        if v < pad + usable / 5 {
            HPos::Left
        } else if v > pad + usable * 4 / 5 {
            HPos::Right
        } else {
            HPos::Center
        }
    };
    root.draw(&Text::new(
        spectrum.current_label.clone(),
        (now, style.px(4.0)),
        TextStyle::from(style.font(14.0)).color(&style.text).pos(Pos::new(anchor(now), VPos::Top)),
    ))?;
    let tip = bar_top - style.px(2.0);
    let half = style.px(7.0);
    root.draw(&Polygon::new(
        vec![(now - half, tip - style.px(12.0)), (now + half, tip - style.px(12.0)), (now, tip)],
        style.text.filled(),
    ))?;

    // Stages as coloured stretches, each labelled inside when it fits.
    for (i, stage) in spectrum.stages.iter().enumerate() {
        let end = spectrum.stages.get(i + 1).map_or(100.0, |s| s.from);
        let (x0, x1) = (x(stage.from), x(end));
        let fill = STAGE_FILLS[i.min(STAGE_FILLS.len() - 1)];
        root.draw(&Rectangle::new([(x0, bar_top), (x1, bar_top + bar_h)], fill.filled()))?;
        root.draw(&Rectangle::new([(x0, bar_top), (x1, bar_top + bar_h)], WHITE.stroke_width(style.px(1.0) as u32)))?;
        let label_style =
            TextStyle::from(style.font(11.0)).color(&style.text).pos(Pos::new(HPos::Center, VPos::Center));
        if let Some(label) = fit_text(root, &stage.label, &label_style, x1 - x0 - style.px(6.0)) {
            root.draw(&Text::new(label, ((x0 + x1) / 2, bar_top + bar_h / 2), label_style))?;
        }
    }

    // Target: a dashed-looking double line through the bar with its label below.
    let target = x(spectrum.target);
    for dx in [-style.px(1.0), style.px(1.0)] {
        root.draw(&PathElement::new(
            vec![(target + dx, bar_top - style.px(6.0)), (target + dx, bar_top + bar_h + style.px(6.0))],
            style.weak.stroke_width(style.px(1.5) as u32),
        ))?;
    }
    root.draw(&Text::new(
        spectrum.target_label.clone(),
        (target, bar_top + bar_h + style.px(8.0)),
        TextStyle::from(style.font(13.0)).color(&style.weak).pos(Pos::new(anchor(target), VPos::Top)),
    ))?;

    // The two ends of the spectrum, on one line if they fit side by side, else on two.
    let ends_y = bar_top + bar_h + style.px(32.0);
    let end_style = TextStyle::from(style.font(12.0)).color(&style.muted);
    let width_of = |t: &str| root.estimate_text_size(t, &end_style).map_or(i32::MAX, |(w, _)| w as i32);
    let one_line = width_of(&spectrum.left_label) + width_of(&spectrum.right_label) + style.px(12.0) <= usable;
    let right_y = if one_line { ends_y } else { ends_y + style.px(18.0) };
    root.draw(&Text::new(spectrum.left_label.clone(), (pad, ends_y), end_style.clone()))?;
    root.draw(&Text::new(
        spectrum.right_label.clone(),
        (pad + usable, right_y),
        end_style.pos(Pos::new(HPos::Right, VPos::Top)),
    ))?;
    Ok(())
}
