//! Charts layer: drawing functions generic over plotters' `DrawingBackend`. They take
//! numbers the model computed and draw them; no web-sys here, so they are tested
//! natively on the SVG backend.

pub mod breakdown;
pub mod dimension_bars;
pub mod exceedance;
pub mod projection;
pub mod ranking;
pub mod risk_matrix;
pub mod spectrum;
pub mod style;
pub mod target_bars;
pub mod tornado;
pub mod wheel;

use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, DrawingAreaErrorKind, DrawingBackend};

use style::ChartStyle;

/// The area a chart draws on: the whole canvas or SVG document.
pub type Area<DB> = DrawingArea<DB, Shift>;
/// What drawing a chart returns: the backend's error, if any.
pub type Drawn<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// A chart and its data: what a canvas (or an SVG export) is asked to draw.
#[derive(Clone, Debug, PartialEq)]
pub enum ChartSpec {
    DimensionBars(Vec<dimension_bars::Bar>),
    Spectrum(spectrum::Spectrum),
    Wheel(wheel::Wheel),
    Projection(projection::Projection),
    Ranking(ranking::Ranking),
    Breakdown(breakdown::Breakdown),
    Exceedance(exceedance::Exceedance),
    Tornado(tornado::Tornado),
    RiskMatrix(risk_matrix::RiskMatrix),
    TargetBars(target_bars::TargetBars),
}

impl ChartSpec {
    /// Height in device pixels the chart needs at its style's scale, `width` device pixels wide.
    pub fn height(&self, width: u32, style: &ChartStyle) -> u32 {
        match self {
            ChartSpec::Wheel(_) => wheel::height(width, style),
            ChartSpec::Projection(_) => projection::height(style),
            ChartSpec::Ranking(r) => ranking::height(r, style),
            ChartSpec::DimensionBars(bars) => dimension_bars::height(bars.len(), style),
            ChartSpec::Spectrum(_) => spectrum::height(style),
            ChartSpec::Breakdown(b) => breakdown::height(b, width, style),
            ChartSpec::Exceedance(_) => exceedance::height(style),
            ChartSpec::Tornado(t) => tornado::height(t, style),
            ChartSpec::RiskMatrix(m) => risk_matrix::height(m, style),
            ChartSpec::TargetBars(t) => target_bars::height(t, style),
        }
    }

    /// Draws the chart on a white background.
    pub fn draw<DB: DrawingBackend>(&self, root: &Area<DB>, style: &ChartStyle) -> Drawn<DB> {
        root.fill(&plotters::style::WHITE)?;
        match self {
            ChartSpec::DimensionBars(bars) => dimension_bars::draw(root, bars, style),
            ChartSpec::Spectrum(s) => spectrum::draw(root, s, style),
            ChartSpec::Wheel(w) => wheel::draw(root, w, style),
            ChartSpec::Projection(p) => projection::draw(root, p, style),
            ChartSpec::Ranking(r) => ranking::draw(root, r, style),
            ChartSpec::Breakdown(b) => breakdown::draw(root, b, style),
            ChartSpec::Exceedance(e) => exceedance::draw(root, e, style),
            ChartSpec::Tornado(t) => tornado::draw(root, t, style),
            ChartSpec::RiskMatrix(m) => risk_matrix::draw(root, m, style),
            ChartSpec::TargetBars(t) => target_bars::draw(root, t, style),
        }
    }
}

/// The chart as an SVG document, `width` CSS pixels wide, on plotters' own SVG
/// backend: what the native tests look at. The widgets' "download SVG" draws the same
/// way through the browser layer's backend (`chart_canvas::render_svg`).
pub fn to_svg(spec: &ChartSpec, width: u32) -> String {
    use plotters::prelude::{IntoDrawingArea, SVGBackend};
    let style = ChartStyle::default();
    let mut svg = String::new();
    {
        let root =
            SVGBackend::with_string(&mut svg, (width.clamp(120, 4000), spec.height(width.clamp(120, 4000), &style)))
                .into_drawing_area();
        // Drawing into a String cannot fail for lack of a device; an error leaves a partial SVG.
        let _ = spec.draw(&root, &style);
        let _ = root.present();
    }
    svg
}

/// `text` as drawn within `max` pixels: whole, or cut with an ellipsis, or `None` if
/// not even two characters fit. Keeps labels from running into each other.
pub fn fit_text<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    text: &str,
    style: &plotters::style::TextStyle,
    max: i32,
) -> Option<String> {
    let fits = |t: &str| root.estimate_text_size(t, style).is_ok_and(|(w, _)| (w as i32) <= max);
    if fits(text) {
        return Some(text.to_string());
    }
    let chars: Vec<char> = text.chars().collect();
    (2..chars.len()).rev().map(|n| format!("{}…", chars[..n].iter().collect::<String>())).find(|t| fits(t))
}
