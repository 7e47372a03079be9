//! Components layer: a canvas that draws a `ChartSpec` with plotters, sized to its
//! container and sharp at the device pixel ratio. The only user of the canvas backend.

use crate::model::decimal::shortest;
use plotters::prelude::IntoDrawingArea;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{HtmlCanvasElement, HtmlElement, ResizeObserver};
use yew::prelude::*;

use crate::browser::canvas::ChartBackend;
use crate::browser::page::device_pixel_ratio;
use crate::charts::style::ChartStyle;
use crate::charts::ChartSpec;

#[derive(Properties, PartialEq)]
pub struct ChartCanvasProps {
    pub spec: ChartSpec,
    /// The chart's text alternative (the canvas is an image to assistive technology).
    pub label: AttrValue,
}

#[component]
pub fn ChartCanvas(props: &ChartCanvasProps) -> Html {
    let wrapper = use_node_ref();
    let room = use_node_ref();
    let canvas = use_node_ref();
    let width = use_state(|| 0i32);

    // Follow the container's width, so the chart fits a phone and a desktop alike. The
    // first width too comes from the observer, whose first report follows the
    // browser's own layout and precedes its paint: reading it here would force a
    // layout in the middle of the widget's start (and draw the chart there), while the
    // chart is in the first picture either way. What is observed is an empty block
    // above the canvas, as wide as the chart's room and of no height: observing the
    // wrapper, whose height the drawing sets, would report again within the same frame
    // (Firefox and Safari call that a "ResizeObserver loop" error).
    {
        let (wrapper, room) = (wrapper.clone(), room.clone());
        let width = width.clone();
        use_effect_with((), move |_| {
            let observer = wrapper.cast::<HtmlElement>().zip(room.cast::<HtmlElement>()).and_then(|(el, room)| {
                let on_resize = Closure::<dyn Fn()>::new(move || width.set(el.client_width()));
                let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
                observer.observe(&room);
                Some((observer, on_resize))
            });
            move || {
                if let Some((observer, _closure)) = observer {
                    observer.disconnect();
                }
            }
        });
    }

    {
        let canvas = canvas.clone();
        use_effect_with((props.spec.clone(), *width), move |(spec, width)| {
            if let Some(canvas) = canvas.cast::<HtmlCanvasElement>() {
                draw(&canvas, spec, *width);
            }
        });
    }

    html! {
        <div class="sw-chart" ref={wrapper}>
            <div ref={room}></div>
            <canvas ref={canvas} role="img" aria-label={props.label.clone()}></canvas>
        </div>
    }
}

fn draw(canvas: &HtmlCanvasElement, spec: &ChartSpec, css_width: i32) {
    if css_width <= 0 {
        return;
    }
    let scale = device_pixel_ratio();
    let font_family = web_sys::window()
        .and_then(|w| w.get_computed_style(canvas).ok().flatten())
        .and_then(|s| s.get_property_value("font-family").ok())
        .filter(|f| !f.is_empty())
        .unwrap_or_else(|| "sans-serif".into());
    let style = ChartStyle { font_family, scale, ..Default::default() };
    let width = (css_width as f64 * scale).round() as u32;
    let height = spec.height(width, &style);
    canvas.set_width(width);
    canvas.set_height(height);
    // CSSOM, not a style attribute: allowed under a CSP without 'unsafe-inline'.
    let _ = canvas.style().set_property("height", &format!("{}px", shortest((height as f64 / scale).round())));
    if let Some(backend) = ChartBackend::canvas(canvas.clone()) {
        let root = backend.into_drawing_area();
        let _ = spec.draw(&root, &style);
        let _ = root.present();
        crate::browser::perf::mark("secworth:chart-drawn");
    }
}

/// Draws `spec` on an off-screen canvas `css_width` CSS pixels wide at twice that
/// resolution and returns it as a PNG data URL (for the "download PNG" export).
pub fn render_png(spec: &ChartSpec, css_width: u32) -> Option<String> {
    let document = web_sys::window()?.document()?;
    let canvas: HtmlCanvasElement = document.create_element("canvas").ok()?.dyn_into().ok()?;
    let style = ChartStyle { scale: 2.0, ..Default::default() };
    canvas.set_width(css_width * 2);
    canvas.set_height(spec.height(css_width * 2, &style));
    let backend = ChartBackend::canvas(canvas.clone())?;
    let root = backend.into_drawing_area();
    spec.draw(&root, &style).ok()?;
    root.present().ok()?;
    canvas.to_data_url_with_type("image/png").ok()
}

/// The chart as an SVG document `width` CSS pixels wide (for the "download SVG"
/// export): `charts::to_svg`, on the backend the canvas uses, so the drawing code is
/// in the wasm once and labels are measured as on screen.
pub fn render_svg(spec: &ChartSpec, width: u32) -> String {
    let style = ChartStyle::default();
    let width = width.clamp(120, 4000);
    let mut svg = String::new();
    if let Some(backend) = ChartBackend::svg(&mut svg, (width, spec.height(width, &style))) {
        let root = backend.into_drawing_area();
        // An error leaves a partial SVG, as on the canvas.
        let _ = spec.draw(&root, &style);
        let _ = root.present();
    }
    svg
}
