//! Browser layer: plotters' canvas backend, with text measured by the canvas itself.
//!
//! plotters measures text on the web by appending a styled `<span>` to the host
//! page's `<body>` and reading its `offsetWidth`/`offsetHeight`: a forced layout of
//! the whole page for every label (most of a redraw's time), a `style` attribute a
//! strict CSP blocks (so the sizes come out wrong), and a measurement the host's own
//! stylesheet can skew. `measureText` on the chart's own 2D context has none of that.

use plotters::prelude::DrawingBackend;
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// `CanvasBackend`, drawing as it does, measuring text with `measureText`.
pub struct MeasuredCanvas {
    inner: CanvasBackend,
    context: CanvasRenderingContext2d,
}

impl MeasuredCanvas {
    pub fn new(canvas: HtmlCanvasElement) -> Option<MeasuredCanvas> {
        let context = canvas.get_context("2d").ok()??.dyn_into::<CanvasRenderingContext2d>().ok()?;
        Some(MeasuredCanvas { inner: CanvasBackend::with_canvas_object(canvas)?, context })
    }
}

/// plotters-canvas does not export its error type by name.
type CanvasError = <CanvasBackend as DrawingBackend>::ErrorType;
type Result = std::result::Result<(), DrawingErrorKind<CanvasError>>;

impl DrawingBackend for MeasuredCanvas {
    type ErrorType = CanvasError;

    fn estimate_text_size<S: BackendTextStyle>(&self, text: &str, style: &S) -> std::result::Result<(u32, u32), DrawingErrorKind<CanvasError>> {
        // The same font string the backend draws with.
        self.context.set_font(&format!("{} {}px {}", style.style().as_str(), style.size(), style.family().as_str()));
        let size = style.size().max(0.0);
        let (width, height) = match self.context.measure_text(text) {
            Ok(m) => {
                // The font's ascent and descent: the line box the span used to give.
                let line = m.font_bounding_box_ascent() + m.font_bounding_box_descent();
                (m.width(), if line.is_finite() && line > 0.0 { line } else { size * 1.2 })
            }
            Err(_) => (0.6 * size * text.chars().count() as f64, size * 1.2),
        };
        let px = |x: f64| if x.is_finite() { x.ceil().clamp(0.0, u32::MAX as f64) as u32 } else { 0 };
        Ok((px(width), px(height)))
    }

    fn get_size(&self) -> (u32, u32) {
        self.inner.get_size()
    }
    fn ensure_prepared(&mut self) -> Result {
        self.inner.ensure_prepared()
    }
    fn present(&mut self) -> Result {
        self.inner.present()
    }
    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Result {
        self.inner.draw_pixel(point, color)
    }
    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, style: &S) -> Result {
        self.inner.draw_line(from, to, style)
    }
    fn draw_rect<S: BackendStyle>(&mut self, upper_left: BackendCoord, bottom_right: BackendCoord, style: &S, fill: bool) -> Result {
        self.inner.draw_rect(upper_left, bottom_right, style, fill)
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, path: I, style: &S) -> Result {
        self.inner.draw_path(path, style)
    }
    fn draw_circle<S: BackendStyle>(&mut self, center: BackendCoord, radius: u32, style: &S, fill: bool) -> Result {
        self.inner.draw_circle(center, radius, style, fill)
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, vert: I, style: &S) -> Result {
        self.inner.fill_polygon(vert, style)
    }
    fn draw_text<S: BackendTextStyle>(&mut self, text: &str, style: &S, pos: BackendCoord) -> Result {
        self.inner.draw_text(text, style, pos)
    }
    fn blit_bitmap(&mut self, pos: BackendCoord, size: (u32, u32), src: &[u8]) -> Result {
        self.inner.blit_bitmap(pos, size, src)
    }
}
