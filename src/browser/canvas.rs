//! Browser layer: the one plotters backend the widgets draw on, a canvas or an SVG
//! document, with text measured by a canvas's `measureText`.
//!
//! One type for both targets, so every chart's drawing code is compiled once into
//! the wasm, not once per backend (~20 KB).
//!
//! plotters measures text on the web by appending a styled `<span>` to the host
//! page's `<body>` and reading its `offsetWidth`/`offsetHeight`: a forced layout of
//! the whole page for every label (most of a redraw's time), a `style` attribute a
//! strict CSP blocks (so the sizes come out wrong), and a measurement the host's own
//! stylesheet can skew. `measureText` on a 2D context has none of that.

use std::cell::RefCell;
use std::fmt;

use plotters::prelude::{DrawingBackend, SVGBackend};
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// A canvas or an SVG document, drawn as plotters draws them, text measured by `measure`.
pub struct ChartBackend<'a> {
    target: Target<'a>,
}

thread_local! {
    /// A detached canvas's context that measures every chart's text, and the font last
    /// set on it: setting a font makes the browser parse it, and charts measure many
    /// labels in few fonts. (Not the drawing context: plotters sets fonts on that.)
    static MEASURE: RefCell<Option<(CanvasRenderingContext2d, String)>> = const { RefCell::new(None) };
}

/// The width and line height of `text` in `font`, or `None` without a 2D context.
fn measure(font: &str, text: &str) -> Option<(f64, f64)> {
    MEASURE.with(|cell| {
        let mut cell = cell.borrow_mut();
        if cell.is_none() {
            let scratch =
                web_sys::window()?.document()?.create_element("canvas").ok()?.dyn_into::<HtmlCanvasElement>().ok()?;
            *cell = Some((context_of(&scratch)?, String::new()));
        }
        let (context, current) = cell.as_mut()?;
        if current != font {
            context.set_font(font);
            *current = font.to_string();
        }
        let m = context.measure_text(text).ok()?;
        // The font's ascent and descent: the line box plotters' span used to give.
        Some((m.width(), m.font_bounding_box_ascent() + m.font_bounding_box_descent()))
    })
}

enum Target<'a> {
    Canvas(CanvasBackend),
    Svg(SVGBackend<'a>),
}

/// Drawing failed (the widgets leave a partial chart; nothing to report to the user).
#[derive(Debug)]
pub struct DrawFailed;

impl fmt::Display for DrawFailed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("drawing failed")
    }
}

impl std::error::Error for DrawFailed {}

type Result = std::result::Result<(), DrawingErrorKind<DrawFailed>>;

fn context_of(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    canvas.get_context("2d").ok()??.dyn_into::<CanvasRenderingContext2d>().ok()
}

impl ChartBackend<'static> {
    /// Draws on `canvas`, at its current width and height.
    pub fn canvas(canvas: HtmlCanvasElement) -> Option<Self> {
        Some(ChartBackend { target: Target::Canvas(CanvasBackend::with_canvas_object(canvas)?) })
    }
}

impl<'a> ChartBackend<'a> {
    /// Writes an SVG document of `size` pixels into `out`; text is measured as for
    /// the canvas, so the sizes match the canvas drawing.
    pub fn svg(out: &'a mut String, size: (u32, u32)) -> Option<Self> {
        Some(ChartBackend { target: Target::Svg(SVGBackend::with_string(out, size)) })
    }
}

/// Keeps the kind of error, drops the backend's detail (no caller shows it).
fn plain<E: std::error::Error + Send + Sync>(r: std::result::Result<(), DrawingErrorKind<E>>) -> Result {
    r.map_err(|e| match e {
        DrawingErrorKind::DrawingError(_) => DrawingErrorKind::DrawingError(DrawFailed),
        DrawingErrorKind::FontError(f) => DrawingErrorKind::FontError(f),
    })
}

/// Calls the same method on whichever backend this is.
macro_rules! on_target {
    ($self:ident, $b:ident => $call:expr) => {
        match &mut $self.target {
            Target::Canvas($b) => plain($call),
            Target::Svg($b) => plain($call),
        }
    };
}

impl DrawingBackend for ChartBackend<'_> {
    type ErrorType = DrawFailed;

    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> std::result::Result<(u32, u32), DrawingErrorKind<DrawFailed>> {
        // The same font string the canvas backend draws with.
        let font = format!("{} {}px {}", style.style().as_str(), style.size(), style.family().as_str());
        let size = style.size().max(0.0);
        let (width, height) = match measure(&font, text) {
            Some((width, line)) => (width, if line.is_finite() && line > 0.0 { line } else { size * 1.2 }),
            None => (0.6 * size * text.chars().count() as f64, size * 1.2),
        };
        let px = |x: f64| if x.is_finite() { x.ceil().clamp(0.0, u32::MAX as f64) as u32 } else { 0 };
        Ok((px(width), px(height)))
    }

    fn get_size(&self) -> (u32, u32) {
        match &self.target {
            Target::Canvas(b) => b.get_size(),
            Target::Svg(b) => b.get_size(),
        }
    }
    fn ensure_prepared(&mut self) -> Result {
        on_target!(self, b => b.ensure_prepared())
    }
    fn present(&mut self) -> Result {
        on_target!(self, b => b.present())
    }
    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Result {
        on_target!(self, b => b.draw_pixel(point, color))
    }
    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, style: &S) -> Result {
        on_target!(self, b => b.draw_line(from, to, style))
    }
    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result {
        on_target!(self, b => b.draw_rect(upper_left, bottom_right, style, fill))
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, path: I, style: &S) -> Result {
        on_target!(self, b => b.draw_path(path, style))
    }
    fn draw_circle<S: BackendStyle>(&mut self, center: BackendCoord, radius: u32, style: &S, fill: bool) -> Result {
        on_target!(self, b => b.draw_circle(center, radius, style, fill))
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, vert: I, style: &S) -> Result {
        on_target!(self, b => b.fill_polygon(vert, style))
    }
    fn draw_text<S: BackendTextStyle>(&mut self, text: &str, style: &S, pos: BackendCoord) -> Result {
        on_target!(self, b => b.draw_text(text, style, pos))
    }
    fn blit_bitmap(&mut self, pos: BackendCoord, size: (u32, u32), src: &[u8]) -> Result {
        on_target!(self, b => b.blit_bitmap(pos, size, src))
    }
}
