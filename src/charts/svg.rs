//! Charts layer: an SVG document as a plotters backend, written as plotters' own
//! `SVGBackend` writes it (the same elements and attributes), with numbers written by
//! `model::decimal` rather than `format!`: plotters' backends print a colour's alpha
//! and a font's size through the standard library's float formatting, which alone
//! links about 16 KB into every bundle. Text is measured by plotters' estimate; the
//! browser layer measures it on a canvas instead (`browser::canvas`).

use std::fmt;

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind, FontStyle,
    FontTransform,
};

use crate::model::decimal::shortest;

/// Writing into a `String` cannot fail.
#[derive(Debug)]
pub enum SvgError {}

impl fmt::Display for SvgError {
    fn fmt(&self, _: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {}
    }
}

impl std::error::Error for SvgError {}

type Result = std::result::Result<(), DrawingErrorKind<SvgError>>;

/// An SVG document of `size` pixels written into a `String`; closed by `present`.
pub struct Svg<'a> {
    out: &'a mut String,
    size: (u32, u32),
    closed: bool,
}

impl<'a> Svg<'a> {
    pub fn new(out: &'a mut String, size: (u32, u32)) -> Self {
        let (w, h) = size;
        out.push_str(&format!(
            "<svg width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        ));
        Svg { out, size, closed: false }
    }

    /// `<name a="v" ...`, values escaped; the caller closes the tag.
    fn open(&mut self, name: &str, attributes: &[(&str, &str)]) {
        self.out.push('<');
        self.out.push_str(name);
        for (key, value) in attributes {
            self.out.push(' ');
            self.out.push_str(key);
            self.out.push_str("=\"");
            escape_into(self.out, value);
            self.out.push('"');
        }
    }

    fn element(&mut self, name: &str, attributes: &[(&str, &str)]) {
        self.open(name, attributes);
        self.out.push_str("/>\n");
    }
}

fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            other => out.push(other),
        }
    }
}

/// `#RRGGBB`.
fn hex(color: BackendColor) -> String {
    let (r, g, b) = color.rgb;
    format!("#{r:02X}{g:02X}{b:02X}")
}

fn points(path: impl IntoIterator<Item = BackendCoord>) -> String {
    path.into_iter().map(|(x, y)| format!("{x},{y} ")).collect()
}

impl DrawingBackend for Svg<'_> {
    type ErrorType = SvgError;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Result {
        Ok(())
    }

    fn present(&mut self) -> Result {
        if !std::mem::replace(&mut self.closed, true) {
            self.out.push_str("</svg>\n");
        }
        Ok(())
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Result {
        self.draw_rect(point, (point.0 + 1, point.1 + 1), &color, true)
    }

    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, style: &S) -> Result {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        let n = |v: i32| v.to_string();
        self.element(
            "line",
            &[
                ("opacity", &shortest(color.alpha)),
                ("stroke", &hex(color)),
                ("stroke-width", &style.stroke_width().to_string()),
                ("x1", &n(from.0)),
                ("y1", &n(from.1)),
                ("x2", &n(to.0)),
                ("y2", &n(to.1)),
            ],
        );
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        let (fill, stroke) = if fill { (hex(color), "none".into()) } else { ("none".into(), hex(color)) };
        self.element(
            "rect",
            &[
                ("x", &upper_left.0.to_string()),
                ("y", &upper_left.1.to_string()),
                ("width", &(bottom_right.0 - upper_left.0).to_string()),
                ("height", &(bottom_right.1 - upper_left.1).to_string()),
                ("opacity", &shortest(color.alpha)),
                ("fill", &fill),
                ("stroke", &stroke),
            ],
        );
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, path: I, style: &S) -> Result {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        self.element(
            "polyline",
            &[
                ("fill", "none"),
                ("opacity", &shortest(color.alpha)),
                ("stroke", &hex(color)),
                ("stroke-width", &style.stroke_width().to_string()),
                ("points", &points(path)),
            ],
        );
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, vert: I, style: &S) -> Result {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        self.element(
            "polygon",
            &[("opacity", &shortest(color.alpha)), ("fill", &hex(color)), ("points", &points(vert))],
        );
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(&mut self, center: BackendCoord, radius: u32, style: &S, fill: bool) -> Result {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        let (stroke, fill) = if fill { ("none".into(), hex(color)) } else { (hex(color), "none".into()) };
        self.element(
            "circle",
            &[
                ("cx", &center.0.to_string()),
                ("cy", &center.1.to_string()),
                ("r", &radius.to_string()),
                ("opacity", &shortest(color.alpha)),
                ("fill", &fill),
                ("stroke", &stroke),
                ("stroke-width", &style.stroke_width().to_string()),
            ],
        );
        Ok(())
    }

    fn draw_text<S: BackendTextStyle>(&mut self, text: &str, style: &S, pos: BackendCoord) -> Result {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        let (x, y) = (pos.0.to_string(), pos.1.to_string());
        let anchor = match style.anchor().h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "middle",
        };
        let dy = match style.anchor().v_pos {
            VPos::Top => "0.76em",
            VPos::Center => "0.5ex",
            VPos::Bottom => "-0.5ex",
        };
        // plotters' SVG sizes text at 1/1.24 of the canvas's pixel size; kept, so the
        // two exports match.
        let size = shortest(style.size() / 1.24);
        let (opacity, fill) = (shortest(color.alpha), hex(color));
        let family = style.family();
        let mut attributes: Vec<(&str, &str)> = vec![
            ("x", &x),
            ("y", &y),
            ("dy", dy),
            ("text-anchor", anchor),
            ("font-family", family.as_str()),
            ("font-size", &size),
            ("opacity", &opacity),
            ("fill", &fill),
        ];
        match style.style() {
            FontStyle::Normal => {}
            FontStyle::Bold => attributes.push(("font-weight", "bold")),
            FontStyle::Italic => attributes.push(("font-style", "italic")),
            FontStyle::Oblique => attributes.push(("font-style", "oblique")),
        }
        let degrees = match style.transform() {
            FontTransform::None => None,
            FontTransform::Rotate90 => Some(90),
            FontTransform::Rotate180 => Some(180),
            FontTransform::Rotate270 => Some(270),
        };
        let rotate = degrees.map(|d| format!("rotate({d}, {x}, {y})"));
        if let Some(rotate) = &rotate {
            attributes.push(("transform", rotate));
        }
        self.open("text", &attributes);
        self.out.push_str(">\n");
        escape_into(self.out, text);
        self.out.push_str("\n</text>\n");
        Ok(())
    }
}
