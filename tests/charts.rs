//! Native tests of the charts on plotters' SVG backend: structure, labels, values.

use plotters::prelude::*;
use secworth::charts::dimension_bars::{draw, fill_color, height, Bar};
use secworth::charts::style::ChartStyle;

fn render(bars: &[Bar], width: u32) -> String {
    let style = ChartStyle::default();
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (width, height(bars.len(), &style))).into_drawing_area();
        draw(&root, bars, &style).unwrap();
        root.present().unwrap();
    }
    svg
}

fn bar(label: &str, ratio: f64) -> Bar {
    Bar { label: label.into(), value_text: format!("{:.1} / 20", ratio * 20.0), ratio }
}

/// Widths of the `<rect>`s whose fill is `color`.
fn rect_widths(svg: &str, color: RGBColor) -> Vec<f64> {
    let fill = format!("fill=\"#{:02X}{:02X}{:02X}\"", color.0, color.1, color.2);
    svg.lines()
        .filter(|l| l.contains("<rect") && l.contains(&fill))
        .map(|l| {
            let w = l.split("width=\"").nth(1).unwrap().split('"').next().unwrap();
            w.parse().unwrap()
        })
        .collect()
}

#[test]
fn draws_one_labelled_bar_per_dimension_with_proportional_fill() {
    let style = ChartStyle::default();
    let bars = [bar("预算意识", 0.25), bar("Risk awareness", 0.5), bar("Response", 1.0)];
    let svg = render(&bars, 400);
    for b in &bars {
        assert!(svg.contains(&b.label), "label {} missing", b.label);
        assert!(svg.contains(&b.value_text));
    }
    let tracks = rect_widths(&svg, style.track);
    assert_eq!(tracks.len(), 3);
    let weak = rect_widths(&svg, style.weak);
    let fair = rect_widths(&svg, style.fair);
    let strong = rect_widths(&svg, style.strong);
    assert_eq!((weak.len(), fair.len(), strong.len()), (1, 1, 1));
    let full = tracks[0];
    assert!((weak[0] / full - 0.25).abs() < 0.01, "{} of {}", weak[0], full);
    assert!((fair[0] / full - 0.5).abs() < 0.01);
    assert!((strong[0] - full).abs() < 1.0);
}

#[test]
fn colours_follow_the_band_thresholds() {
    let s = ChartStyle::default();
    assert_eq!(fill_color(0.39, &s), s.weak);
    assert_eq!(fill_color(0.40, &s), s.fair);
    assert_eq!(fill_color(0.60, &s), s.strong);
}

#[test]
fn degenerate_inputs_draw_without_hanging_or_filling() {
    let style = ChartStyle::default();
    let bars = [bar("nan", f64::NAN), bar("neg", -3.0), bar("huge", 1e300), bar("", 0.0)];
    let svg = render(&bars, 320);
    assert_eq!(rect_widths(&svg, style.weak).len(), 0, "NaN, negative and zero draw no fill");
    assert_eq!(rect_widths(&svg, style.strong).len(), 1, "huge is clamped to full");
    // Too narrow to draw anything readable, and no bars at all: still Ok.
    let _ = render(&bars, 5);
    let _ = render(&[], 320);
}

#[test]
fn height_grows_with_rows_and_scale() {
    let one = ChartStyle::default();
    let two = ChartStyle { scale: 2.0, ..Default::default() };
    assert!(height(5, &one) > height(2, &one));
    assert!(height(5, &two) >= 2 * height(5, &one) - 2);
}

#[test]
fn svg_export_is_a_complete_document_with_every_label() {
    let spec = secworth::charts::ChartSpec::DimensionBars(vec![bar("预算意识", 0.5), bar("Risk", 0.9)]);
    let svg = secworth::charts::to_svg(&spec, 640);
    assert!(svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>"), "{svg}");
    assert!(svg.contains("width=\"640\""));
    assert!(svg.contains("预算意识") && svg.contains("Risk") && svg.contains("10.0 / 20"));
    // Absurd widths are clamped rather than allocating or drawing nothing.
    assert!(secworth::charts::to_svg(&spec, 0).contains("width=\"120\""));
}

#[test]
fn the_exceedance_chart_draws_both_curves_and_the_risk_tolerance_line() {
    use secworth::charts::exceedance::{draw as draw_curve, height as curve_height, Exceedance};
    let style = ChartStyle::default();
    let points = |k: f64| (0..40).map(|i| (i as f64 * 1000.0, k * 0.014 * (1.0 - i as f64 / 39.0))).collect::<Vec<_>>();
    let chart = |tolerance: Option<(f64, String)>| {
        let e = Exceedance {
            today: points(1.0),
            with_package: points(0.6),
            today_label: "Today".into(),
            package_label: "With the package".into(),
            currency_symbol: "$".into(),
            tolerance,
        };
        let mut svg = String::new();
        {
            let root = SVGBackend::with_string(&mut svg, (600, curve_height(&style))).into_drawing_area();
            draw_curve(&root, &e, &style).unwrap();
            root.present().unwrap();
        }
        svg
    };
    let plain = chart(None);
    assert!(plain.contains("Today") && plain.contains("With the package"));
    // A 1.4% top: the chance axis is labelled in tenths of a percent, not rounded to 0%/1%.
    assert!(plain.contains("0.5%") || plain.contains("0.4%"), "fine chance ticks");
    let with_line = chart(Some((20_000.0, "Your limit".into())));
    assert!(with_line.contains("Your limit"));
    assert!(with_line.matches("<polyline").count() > plain.matches("<polyline").count(), "the dashed line is drawn");
    // A limit far beyond the tail stays off the chart rather than squashing the curves.
    assert!(!chart(Some((1e9, "Your limit".into()))).contains("Your limit"));
}

/// (x, anchor, text) of every `<text>` element of an SVG document.
fn svg_texts(svg: &str) -> Vec<(i32, String, String)> {
    let attr = |tag: &str, name: &str| {
        tag.split(&format!(" {name}=\"")).nth(1).and_then(|v| v.split('"').next()).unwrap_or("").to_string()
    };
    svg.split("<text")
        .skip(1)
        .filter_map(|t| {
            let (tag, rest) = t.split_once('>')?;
            let text = rest.split("</text>").next()?.trim().to_string();
            Some((attr(tag, "x").parse().ok()?, attr(tag, "text-anchor"), text))
        })
        .collect()
}

#[test]
fn the_exceedance_chart_keeps_its_amounts_inside_a_phone_wide_canvas() {
    use secworth::charts::exceedance::{draw as draw_curve, height as curve_height, Exceedance};
    // A phone: 300-330 CSS pixels of chart at two device pixels each.
    let style = ChartStyle { scale: 2.0, ..Default::default() };
    for (width, top) in [(600, 790_000.0), (640, 260_000.0), (1200, 790_000.0), (600, 9_400_000.0)] {
        let points = |k: f64| (0..40).map(|i| (i as f64 * top / 39.0, k * 0.014 * (1.0 - i as f64 / 39.0))).collect();
        let e = Exceedance {
            today: points(1.0),
            with_package: points(0.6),
            today_label: "Today".into(),
            package_label: "With the package".into(),
            currency_symbol: "¥".into(),
            tolerance: None,
        };
        let mut svg = String::new();
        {
            let root = SVGBackend::with_string(&mut svg, (width, curve_height(&style))).into_drawing_area();
            draw_curve(&root, &e, &style).unwrap();
            root.present().unwrap();
        }
        let mut scratch = String::new();
        let measure = SVGBackend::with_string(&mut scratch, (width, 100)).into_drawing_area();
        let font = TextStyle::from(style.font(12.0));
        let half = |text: &str| (measure.estimate_text_size(text, &font).unwrap().0 as i32 + 1) / 2;
        let amounts: Vec<_> = svg_texts(&svg).into_iter().filter(|(_, _, t)| t.starts_with('¥')).collect();
        assert!(amounts.len() >= 2, "{width} px: {amounts:?}");
        for (x, anchor, text) in &amounts {
            assert_eq!(anchor, "middle", "{text}");
            let half = half(text);
            assert!(x - half >= 0 && x + half <= width as i32, "{width} px: {text} at {x} (half {half}) is cut");
        }
    }
}

#[test]
fn the_result_card_shows_title_total_band_and_a_bar_per_dimension() {
    use secworth::charts::result_card::ResultCard;
    use secworth::charts::{to_svg, ChartSpec};
    let card = ResultCard {
        title: "决策层安全成熟度评估".into(),
        total: "48.9 / 100".into(),
        ratio: 0.489,
        band: "Partly prepared: commit to a plan".into(),
        bars: vec![bar("Budget awareness", 0.67), bar("Incident-response readiness", 0.11)],
        footer: "secworth · 2026-12-02".into(),
    };
    let svg = to_svg(&ChartSpec::ResultCard(card), 480);
    for text in [
        "决策层安全成熟度评估",
        "48.9 / 100",
        "Partly prepared: commit to a plan",
        "Budget awareness",
        "secworth · 2026-12-02",
    ] {
        assert!(svg.contains(text), "{text} missing");
    }
    let style = ChartStyle::default();
    assert_eq!(rect_widths(&svg, style.track).len(), 2, "one bar per dimension");
    assert!(
        svg.contains(&format!("fill=\"#{:02X}{:02X}{:02X}\"", style.fair.0, style.fair.1, style.fair.2)),
        "the band's colour (40-60%: fair)"
    );
}

/// A label too wide for its room is cut to the longest start that fits, ellipsis
/// included; whole when it fits; nothing when not even two characters do.
#[test]
fn labels_are_cut_to_the_longest_start_that_fits() {
    use secworth::charts::fit_text;
    let mut svg = String::new();
    let root = SVGBackend::with_string(&mut svg, (400, 100)).into_drawing_area();
    let style = ("sans-serif", 16).into_text_style(&root);
    let width = |t: &str| root.estimate_text_size(t, &style).unwrap().0 as i32;
    for text in ["Endpoint detection and response", "事件响应与恢复能力评估", "ab", "Mixed 中文 and Latin text here"]
    {
        let chars: Vec<char> = text.chars().collect();
        for max in [0, 10, 25, 40, 80, 120, 200, 400] {
            // The cut a person would choose: the most characters, then the ellipsis, within `max`.
            let expected = if width(text) <= max {
                Some(text.to_string())
            } else {
                (2..chars.len())
                    .rev()
                    .map(|n| format!("{}…", chars[..n].iter().collect::<String>()))
                    .find(|t| width(t) <= max)
            };
            assert_eq!(fit_text(&root, text, &style, max), expected, "{text} in {max} px");
        }
    }
    let cut = fit_text(&root, "Endpoint detection and response", &style, 120).unwrap();
    assert!(cut.starts_with("Endpoint") && cut.ends_with('…'), "{cut}");
    assert_eq!(fit_text(&root, "Endpoint", &style, 10), None);
}

/// The bundle writes SVG with its own backend (no float formatting linked); it writes
/// the document plotters' `SVGBackend` writes, element for element.
#[test]
fn our_svg_backend_writes_what_plotters_writes() {
    use secworth::charts::svg::Svg;
    let size = (333, height(SAMPLE_BARS, &ChartStyle::default()));
    let mut ours = String::new();
    draw_sample(Svg::new(&mut ours, size));
    let mut theirs = String::new();
    draw_sample(SVGBackend::with_string(&mut theirs, size));
    assert_eq!(ours, theirs);
}

const SAMPLE_BARS: usize = 3;

/// Dimension bars (escaping, Chinese text), then the shapes the bars do not use: a
/// polyline, a circle, a polygon, rotated text.
fn draw_sample<DB: DrawingBackend>(backend: DB) {
    let bars = [bar("Governance", 0.3), bar("Detection & <response>", 0.85), bar("恢复能力", 0.55)];
    assert_eq!(bars.len(), SAMPLE_BARS);
    let root = backend.into_drawing_area();
    draw(&root, &bars, &ChartStyle::default()).unwrap();
    root.draw(&PathElement::new(vec![(1, 2), (30, 40)], RGBColor(1, 2, 3).stroke_width(2))).unwrap();
    root.draw(&Circle::new((50, 50), 7, RGBColor(200, 0, 0).mix(0.35).filled())).unwrap();
    root.draw(&Polygon::new(vec![(0, 0), (10, 0), (5, 9)], BLUE.mix(0.5))).unwrap();
    let rotated = ("serif", 13.5).into_font().transform(FontTransform::Rotate90).color(&BLACK);
    root.draw(&Text::new("rotated", (90, 20), rotated)).unwrap();
    root.present().unwrap();
}
