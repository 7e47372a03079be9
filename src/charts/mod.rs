//! Charts layer: drawing functions generic over plotters' `DrawingBackend`. They take
//! numbers the model computed and draw them; no web-sys here, so they are tested
//! natively on the SVG backend.

#[cfg(any(feature = "breach-cost", feature = "flywheel"))]
pub mod axis;
#[cfg(feature = "breach-cost")]
pub mod breakdown;
#[cfg(any(feature = "maturity", feature = "spectrum", feature = "renewal-risk"))]
pub mod dimension_bars;
#[cfg(feature = "breach-cost")]
pub mod exceedance;
#[cfg(feature = "flywheel")]
pub mod projection;
#[cfg(feature = "decision-weights")]
pub mod ranking;
#[cfg(any(feature = "maturity", feature = "spectrum"))]
pub mod result_card;
#[cfg(feature = "renewal-risk")]
pub mod risk_matrix;
#[cfg(feature = "spectrum")]
pub mod spectrum;
pub mod style;
pub mod svg;
#[cfg(feature = "renewal-risk")]
pub mod target_bars;
#[cfg(feature = "breach-cost")]
pub mod tornado;
pub mod trig;
#[cfg(feature = "flywheel")]
pub mod wheel;

use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, DrawingAreaErrorKind, DrawingBackend};

use style::ChartStyle;

/// The area a chart draws on: the whole canvas or SVG document.
pub type Area<DB> = DrawingArea<DB, Shift>;
/// What drawing a chart returns: the backend's error, if any.
pub type Drawn<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// A chart and its data: what a canvas (or an SVG export) is asked to draw. Each kind
/// only in the bundles built with the widget that shows it (Cargo.toml's features).
#[derive(Clone, Debug, PartialEq)]
pub enum ChartSpec {
    #[cfg(any(feature = "maturity", feature = "spectrum"))]
    DimensionBars(Vec<dimension_bars::Bar>),
    #[cfg(feature = "spectrum")]
    Spectrum(spectrum::Spectrum),
    #[cfg(feature = "flywheel")]
    Wheel(wheel::Wheel),
    #[cfg(feature = "flywheel")]
    Projection(projection::Projection),
    #[cfg(feature = "decision-weights")]
    Ranking(ranking::Ranking),
    #[cfg(feature = "breach-cost")]
    Breakdown(breakdown::Breakdown),
    #[cfg(feature = "breach-cost")]
    Exceedance(exceedance::Exceedance),
    #[cfg(feature = "breach-cost")]
    Tornado(tornado::Tornado),
    #[cfg(any(feature = "maturity", feature = "spectrum"))]
    ResultCard(result_card::ResultCard),
    #[cfg(feature = "renewal-risk")]
    RiskMatrix(risk_matrix::RiskMatrix),
    #[cfg(feature = "renewal-risk")]
    TargetBars(target_bars::TargetBars),
}

impl ChartSpec {
    /// Height in device pixels the chart needs at its style's scale, `width` device pixels wide.
    // Only some charts' heights depend on the width; a bundle may have none of them.
    #[cfg_attr(not(any(feature = "flywheel", feature = "breach-cost")), allow(unused_variables))]
    pub fn height(&self, width: u32, style: &ChartStyle) -> u32 {
        match self {
            #[cfg(feature = "flywheel")]
            ChartSpec::Wheel(_) => wheel::height(width, style),
            #[cfg(feature = "flywheel")]
            ChartSpec::Projection(_) => projection::height(style),
            #[cfg(feature = "decision-weights")]
            ChartSpec::Ranking(r) => ranking::height(r, style),
            #[cfg(any(feature = "maturity", feature = "spectrum"))]
            ChartSpec::DimensionBars(bars) => dimension_bars::height(bars.len(), style),
            #[cfg(feature = "spectrum")]
            ChartSpec::Spectrum(_) => spectrum::height(style),
            #[cfg(feature = "breach-cost")]
            ChartSpec::Breakdown(b) => breakdown::height(b, width, style),
            #[cfg(feature = "breach-cost")]
            ChartSpec::Exceedance(_) => exceedance::height(style),
            #[cfg(feature = "breach-cost")]
            ChartSpec::Tornado(t) => tornado::height(t, style),
            #[cfg(any(feature = "maturity", feature = "spectrum"))]
            ChartSpec::ResultCard(c) => result_card::height(c, style),
            #[cfg(feature = "renewal-risk")]
            ChartSpec::RiskMatrix(m) => risk_matrix::height(m, style),
            #[cfg(feature = "renewal-risk")]
            ChartSpec::TargetBars(t) => target_bars::height(t, style),
            // A bundle with no chart (no widget): nothing to size.
            #[allow(unreachable_patterns)]
            _ => 0,
        }
    }

    /// Draws the chart on a white background.
    pub fn draw<DB: DrawingBackend>(&self, root: &Area<DB>, style: &ChartStyle) -> Drawn<DB> {
        root.fill(&plotters::style::WHITE)?;
        match self {
            #[cfg(any(feature = "maturity", feature = "spectrum"))]
            ChartSpec::DimensionBars(bars) => dimension_bars::draw(root, bars, style),
            #[cfg(feature = "spectrum")]
            ChartSpec::Spectrum(s) => spectrum::draw(root, s, style),
            #[cfg(feature = "flywheel")]
            ChartSpec::Wheel(w) => wheel::draw(root, w, style),
            #[cfg(feature = "flywheel")]
            ChartSpec::Projection(p) => projection::draw(root, p, style),
            #[cfg(feature = "decision-weights")]
            ChartSpec::Ranking(r) => ranking::draw(root, r, style),
            #[cfg(feature = "breach-cost")]
            ChartSpec::Breakdown(b) => breakdown::draw(root, b, style),
            #[cfg(feature = "breach-cost")]
            ChartSpec::Exceedance(e) => exceedance::draw(root, e, style),
            #[cfg(feature = "breach-cost")]
            ChartSpec::Tornado(t) => tornado::draw(root, t, style),
            #[cfg(any(feature = "maturity", feature = "spectrum"))]
            ChartSpec::ResultCard(c) => result_card::draw(root, c, style),
            #[cfg(feature = "renewal-risk")]
            ChartSpec::RiskMatrix(m) => risk_matrix::draw(root, m, style),
            #[cfg(feature = "renewal-risk")]
            ChartSpec::TargetBars(t) => target_bars::draw(root, t, style),
            #[allow(unreachable_patterns)]
            _ => Ok(()),
        }
    }
}

/// The chart as an SVG document, `width` CSS pixels wide (`svg::Svg`, text measured
/// by plotters' estimate): what the native tests look at. The widgets' "download SVG"
/// writes the same document with text measured as on screen (`chart_canvas::render_svg`).
pub fn to_svg(spec: &ChartSpec, width: u32) -> String {
    use plotters::prelude::IntoDrawingArea;
    let style = ChartStyle::default();
    let width = width.clamp(120, 4000);
    let mut out = String::new();
    {
        let root = svg::Svg::new(&mut out, (width, spec.height(width, &style))).into_drawing_area();
        // Drawing into a String cannot fail for lack of a device; an error leaves a partial SVG.
        let _ = spec.draw(&root, &style);
        let _ = root.present();
    }
    out
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
    let cut = |n: usize| format!("{}…", chars[..n].iter().collect::<String>());
    // The longest cut that fits, by bisection: a cut's width grows with what it keeps,
    // and every measurement is a call into the browser.
    let (mut fitting, mut longest) = (2, chars.len().checked_sub(1)?);
    if longest < fitting || !fits(&cut(fitting)) {
        return None;
    }
    while fitting < longest {
        let middle = (fitting + longest).div_ceil(2);
        if fits(&cut(middle)) {
            fitting = middle;
        } else {
            longest = middle - 1;
        }
    }
    Some(cut(fitting))
}
