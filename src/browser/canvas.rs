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
//!
//! The canvas drawing is plotters-canvas's, written here with colours and font sizes
//! written by `model::decimal`: plotters-canvas (like plotters' SVG backend, replaced
//! by `charts::svg`) prints them with `format!`, which links the standard library's
//! float formatting, about 16 KB, into every bundle.

use std::cell::RefCell;
use std::fmt;

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind, FontTransform,
};
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use crate::charts::svg::Svg;
use crate::model::decimal::shortest;

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
    Canvas(Canvas),
    Svg(Svg<'a>),
}

/// A canvas's 2D context and the canvas's size when drawing began.
struct Canvas {
    context: CanvasRenderingContext2d,
    size: (u32, u32),
}

/// The font string a canvas draws and measures `style` with: `bold 14px system-ui`.
fn css_font<S: BackendTextStyle>(style: &S) -> String {
    format!("{} {}px {}", style.style().as_str(), shortest(style.size()), style.family().as_str())
}

/// `#RRGGBB`, or `rgba(r,g,b,a)` when not opaque.
fn css_color(color: BackendColor) -> String {
    let (r, g, b) = color.rgb;
    if color.alpha >= 1.0 {
        format!("#{r:02X}{g:02X}{b:02X}")
    } else {
        format!("rgba({r},{g},{b},{})", shortest(color.alpha))
    }
}

impl Canvas {
    fn fill_with(&self, color: BackendColor) {
        self.context.set_fill_style_str(&css_color(color));
    }

    fn stroke_with<S: BackendStyle>(&self, style: &S) {
        self.context.set_stroke_style_str(&css_color(style.color()));
        self.context.set_line_width(f64::from(style.stroke_width()));
    }

    /// Traces `points` as one path (closed for a polygon).
    fn trace(&self, points: impl IntoIterator<Item = BackendCoord>, close: bool) {
        self.context.begin_path();
        let mut points = points.into_iter();
        if let Some((x, y)) = points.next() {
            self.context.move_to(f64::from(x), f64::from(y));
            for (x, y) in points {
                self.context.line_to(f64::from(x), f64::from(y));
            }
            if close {
                self.context.close_path();
            }
        }
    }

    fn path<S: BackendStyle>(&mut self, points: impl IntoIterator<Item = BackendCoord>, style: &S) {
        self.stroke_with(style);
        self.trace(points, false);
        self.context.stroke();
    }

    fn polygon(&mut self, points: impl IntoIterator<Item = BackendCoord>, color: BackendColor) {
        self.fill_with(color);
        self.trace(points, true);
        self.context.fill();
    }

    fn line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, style: &S) {
        // A horizontal or vertical line half a pixel over, so a 1-pixel line is sharp.
        let mut from = (f64::from(from.0), f64::from(from.1));
        let mut to = (f64::from(to.0), f64::from(to.1));
        if from.0 == to.0 {
            from.0 -= 0.5;
            to.0 -= 0.5;
        }
        if from.1 == to.1 {
            from.1 -= 0.5;
            to.1 -= 0.5;
        }
        self.stroke_with(style);
        self.context.begin_path();
        self.context.move_to(from.0, from.1);
        self.context.line_to(to.0, to.1);
        self.context.stroke();
    }

    fn rect<S: BackendStyle>(&mut self, upper_left: BackendCoord, bottom_right: BackendCoord, style: &S, fill: bool) {
        let (x, y) = (f64::from(upper_left.0), f64::from(upper_left.1));
        let (w, h) = (f64::from(bottom_right.0 - upper_left.0), f64::from(bottom_right.1 - upper_left.1));
        if fill {
            self.fill_with(style.color());
            self.context.fill_rect(x, y, w, h);
        } else {
            self.stroke_with(style);
            self.context.stroke_rect(x, y, w, h);
        }
    }

    fn circle<S: BackendStyle>(&mut self, center: BackendCoord, radius: u32, style: &S, fill: bool) {
        self.context.begin_path();
        let _ =
            self.context.arc(f64::from(center.0), f64::from(center.1), f64::from(radius), 0.0, std::f64::consts::TAU);
        if fill {
            self.fill_with(style.color());
            self.context.fill();
        } else {
            self.stroke_with(style);
            self.context.stroke();
        }
    }

    fn text<S: BackendTextStyle>(&mut self, text: &str, style: &S, pos: BackendCoord) {
        let c = &self.context;
        let quarter_turns = match style.transform() {
            FontTransform::None => 0,
            FontTransform::Rotate90 => 1,
            FontTransform::Rotate180 => 2,
            FontTransform::Rotate270 => 3,
        };
        let (mut x, mut y) = (f64::from(pos.0), f64::from(pos.1));
        if quarter_turns != 0 {
            c.save();
            let _ = c.translate(x, y);
            let _ = c.rotate(f64::from(quarter_turns) * std::f64::consts::FRAC_PI_2);
            (x, y) = (0.0, 0.0);
        }
        c.set_text_baseline(match style.anchor().v_pos {
            VPos::Top => "top",
            VPos::Center => "middle",
            VPos::Bottom => "bottom",
        });
        c.set_text_align(match style.anchor().h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "center",
        });
        self.fill_with(style.color());
        c.set_font(&css_font(style));
        let _ = c.fill_text(text, x, y);
        if quarter_turns != 0 {
            c.restore();
        }
    }
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
        let context = context_of(&canvas)?;
        Some(ChartBackend { target: Target::Canvas(Canvas { context, size: (canvas.width(), canvas.height()) }) })
    }
}

impl<'a> ChartBackend<'a> {
    /// Writes an SVG document of `size` pixels into `out`; text is measured as for
    /// the canvas, so the sizes match the canvas drawing.
    pub fn svg(out: &'a mut String, size: (u32, u32)) -> Option<Self> {
        Some(ChartBackend { target: Target::Svg(Svg::new(out, size)) })
    }
}

/// Calls the SVG backend's method, or runs the canvas's drawing when the colour shows.
macro_rules! on_target {
    ($self:ident, $color:expr, $canvas:ident => $draw:expr, $svg:ident => $write:expr) => {
        match &mut $self.target {
            Target::Canvas($canvas) => {
                if $color.alpha != 0.0 {
                    $draw;
                }
                Ok(())
            }
            Target::Svg($svg) => $write.map_err(|e| match e {
                DrawingErrorKind::DrawingError(never) => match never {},
                DrawingErrorKind::FontError(f) => DrawingErrorKind::FontError(f),
            }),
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
        let font = css_font(style);
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
            Target::Canvas(c) => c.size,
            Target::Svg(b) => b.get_size(),
        }
    }
    fn ensure_prepared(&mut self) -> Result {
        Ok(())
    }
    fn present(&mut self) -> Result {
        match &mut self.target {
            Target::Canvas(_) => Ok(()),
            Target::Svg(b) => b.present().map_err(|_| DrawingErrorKind::DrawingError(DrawFailed)),
        }
    }
    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Result {
        on_target!(self, color, c => c.rect(point, (point.0 + 1, point.1 + 1), &color, true), b => b.draw_pixel(point, color))
    }
    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, style: &S) -> Result {
        on_target!(self, style.color(), c => c.line(from, to, style), b => b.draw_line(from, to, style))
    }
    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result {
        on_target!(self, style.color(), c => c.rect(upper_left, bottom_right, style, fill), b => b.draw_rect(upper_left, bottom_right, style, fill))
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, path: I, style: &S) -> Result {
        on_target!(self, style.color(), c => c.path(path, style), b => b.draw_path(path, style))
    }
    fn draw_circle<S: BackendStyle>(&mut self, center: BackendCoord, radius: u32, style: &S, fill: bool) -> Result {
        on_target!(self, style.color(), c => c.circle(center, radius, style, fill), b => b.draw_circle(center, radius, style, fill))
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, vert: I, style: &S) -> Result {
        on_target!(self, style.color(), c => c.polygon(vert, style.color()), b => b.fill_polygon(vert, style))
    }
    fn draw_text<S: BackendTextStyle>(&mut self, text: &str, style: &S, pos: BackendCoord) -> Result {
        on_target!(self, style.color(), c => c.text(text, style, pos), b => b.draw_text(text, style, pos))
    }
}
