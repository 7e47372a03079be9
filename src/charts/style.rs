//! Charts layer: colours and sizes shared by the charts. Pure Rust + plotters.

use plotters::style::{FontDesc, FontFamily, FontStyle, RGBColor};

/// How a chart looks. `scale` is the device pixel ratio: sizes are given in CSS
/// pixels and multiplied by it, so a chart stays sharp on phones.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartStyle {
    pub font_family: String,
    pub scale: f64,
    pub text: RGBColor,
    pub muted: RGBColor,
    pub track: RGBColor,
    /// Fill for a share of the maximum below the first threshold (weak).
    pub weak: RGBColor,
    /// Fill between the two thresholds (fair).
    pub fair: RGBColor,
    /// Fill at or above the second threshold (strong).
    pub strong: RGBColor,
}

impl Default for ChartStyle {
    fn default() -> Self {
        ChartStyle {
            font_family: "sans-serif".into(),
            scale: 1.0,
            text: RGBColor(0x1f, 0x29, 0x37),
            muted: RGBColor(0x4b, 0x55, 0x63),
            track: RGBColor(0xe5, 0xe7, 0xeb),
            weak: RGBColor(0xb9, 0x1c, 0x1c),
            fair: RGBColor(0xb4, 0x53, 0x09),
            strong: RGBColor(0x04, 0x78, 0x57),
        }
    }
}

impl ChartStyle {
    /// A size in CSS pixels, in device pixels (at least 1).
    pub fn px(&self, css: f64) -> i32 {
        let s = if self.scale.is_finite() && self.scale > 0.0 { self.scale.min(8.0) } else { 1.0 };
        ((css * s).round() as i32).max(1)
    }

    /// The chart font at a size in CSS pixels. Named as a family directly: plotters'
    /// `From<&str>` lower-cases the name first, which links the standard library's
    /// Unicode case tables (about 11 KB of wasm) for nothing.
    pub fn font(&self, css: f64) -> FontDesc<'_> {
        FontDesc::new(FontFamily::Name(&self.font_family), self.px(css) as f64, FontStyle::Normal)
    }
}

/// Parses `#rrggbb` or `#rgb` (as CSS custom properties give colours); `None` otherwise.
pub fn parse_hex_color(s: &str) -> Option<RGBColor> {
    let h = s.trim().strip_prefix('#')?;
    let digits: Vec<u8> = h.chars().map(|c| c.to_digit(16).map(|d| d as u8)).collect::<Option<_>>()?;
    match digits.as_slice() {
        [r, g, b] => Some(RGBColor(r * 17, g * 17, b * 17)),
        [r1, r2, g1, g2, b1, b2] => Some(RGBColor(r1 * 16 + r2, g1 * 16 + g2, b1 * 16 + b2)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_css_hex_colours() {
        assert_eq!(parse_hex_color("#0a7"), Some(RGBColor(0, 0xaa, 0x77)));
        assert_eq!(parse_hex_color(" #1F2937 "), Some(RGBColor(0x1f, 0x29, 0x37)));
        assert_eq!(parse_hex_color("red"), None);
        assert_eq!(parse_hex_color("#12345"), None);
        assert_eq!(parse_hex_color("#ééé"), None);
    }

    #[test]
    fn sizes_scale_with_device_pixels_and_survive_bad_scales() {
        let mut s = ChartStyle { scale: 2.0, ..Default::default() };
        assert_eq!(s.px(14.0), 28);
        s.scale = f64::NAN;
        assert_eq!(s.px(14.0), 14);
        s.scale = 1e9;
        assert_eq!(s.px(14.0), 112);
    }
}
