//! Charts layer: customers' recurring revenue projected over the coming years, for
//! today's KPIs against the benchmark KPIs; the area between the lines is the
//! flywheel's worth.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::style::ChartStyle;

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

/// A short amount for an axis: `$950`, `$12k`, `$3.4M`, `$1.2B`.
pub fn compact(amount: f64, symbol: &str) -> String {
    let a = amount.abs();
    let sign = if amount < 0.0 { "-" } else { "" };
    let (v, unit) = if a >= 1e9 { (a / 1e9, "B") } else if a >= 1e6 { (a / 1e6, "M") } else if a >= 1e3 { (a / 1e3, "k") } else { (a, "") };
    let digits = if v >= 100.0 || unit.is_empty() { 0 } else { 1 };
    let text = format!("{v:.digits$}");
    let text = text.strip_suffix(".0").unwrap_or(&text);
    format!("{sign}{symbol}{text}{unit}")
}

fn finite_max(values: &[f64]) -> f64 {
    values.iter().copied().filter(|v| v.is_finite()).fold(0.0, f64::max)
}

pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    p: &Projection,
    style: &ChartStyle,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    root.fill(&WHITE)?;
    let (w, _) = root.dim_in_pixel();
    if w < 80 || p.today.is_empty() {
        return Ok(());
    }
    let years = (p.today.len().max(p.benchmark.len()) - 1).max(1) as f64;
    // Never a degenerate range: plotters can hang on one.
    let top = (finite_max(&p.today).max(finite_max(&p.benchmark)) * 1.1).max(1.0);
    let font = (style.font_family.as_str(), style.px(12.0) as f64);
    let symbol = p.currency_symbol.clone();
    let mut chart = ChartBuilder::on(root)
        .margin(style.px(8.0))
        .x_label_area_size(style.px(36.0))
        .y_label_area_size(style.px(56.0))
        .build_cartesian_2d(0f64..years, 0f64..top)?;
    chart
        .configure_mesh()
        .x_labels((years as usize + 1).min(11))
        .y_labels(5)
        .x_label_formatter(&|x| format!("{}", x.round()))
        .y_label_formatter(&move |y| compact(*y, &symbol))
        .x_desc(p.year_label.as_str())
        .label_style(TextStyle::from(font.into_font()).color(&style.muted))
        .axis_desc_style(TextStyle::from(font.into_font()).color(&style.muted))
        .light_line_style(style.track.mix(0.6))
        .bold_line_style(style.track)
        .draw()?;
    let series = [(&p.benchmark, style.strong, &p.benchmark_label), (&p.today, style.weak, &p.today_label)];
    for (values, color, label) in series {
        let points: Vec<(f64, f64)> = values.iter().enumerate().map(|(i, v)| (i as f64, if v.is_finite() { v.clamp(0.0, top) } else { 0.0 })).collect();
        chart
            .draw_series(std::iter::once(PathElement::new(points.clone(), color.stroke_width(style.px(3.0) as u32))))?
            .label(label.as_str())
            .legend(move |(x, y)| Rectangle::new([(x, y - 4), (x + 14, y + 4)], color.filled()));
        chart.draw_series(points.iter().map(|&(x, y)| Circle::new((x, y), style.px(3.5), color.filled())))?;
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperLeft)
        .background_style(WHITE.mix(0.85))
        .border_style(style.track)
        .label_font(TextStyle::from(font.into_font()).color(&style.text))
        .draw()?;
    Ok(())
}
