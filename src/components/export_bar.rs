//! Components layer: keeping a result: chart as PNG and SVG, inputs and result as JSON.

use std::rc::Rc;

use yew::prelude::*;

use super::chart_canvas::{render_png, render_svg};
use crate::browser::download::{download_text, download_url, today_iso};
use crate::charts::ChartSpec;
use crate::model::lang::Lang;
use crate::model::text::ui;
use crate::model::widget::Widget;

/// What a widget's downloads are made of, handed to its result view by the frame.
#[derive(Clone)]
pub struct Export {
    /// The JSON download (the model's `export_json` with the share link), made on click.
    pub json: Rc<dyn Fn() -> String>,
    /// File names start with `secworth-<widget code>`, then today's date.
    pub widget: Widget,
    pub lang: Lang,
}

/// A button that downloads `card` (a questionnaire's result card) as a PNG to share:
/// `secworth-<widget>-result-<date>.png`.
pub fn share_image(card: &ChartSpec, export: &Export, label: &str) -> Html {
    let card = card.clone();
    let name = format!("secworth-{}-result-{}.png", export.widget.code(), today_iso());
    let onclick = Callback::from(move |_: MouseEvent| {
        if let Some(url) = render_png(&card, CARD_WIDTH) {
            download_url(&name, &url);
        }
    });
    html! {
        <div class="sw-buttons sw-export">
            <button type="button" class="sw-button sw-button-quiet" data-action="share-image" {onclick}>{ label.to_owned() }</button>
        </div>
    }
}

/// Width in CSS pixels of the result card: a phone screen's, as a messaging app shows it.
const CARD_WIDTH: u32 = 480;

/// Width in CSS pixels of exported charts.
const EXPORT_WIDTH: u32 = 720;

/// Download buttons for `spec` (PNG, SVG) and the widget's JSON; file names start with
/// the widget's stem, then today's date (`secworth-maturity-2026-11-22.png`). The JSON
/// is made on click, not on every render (a keystroke would otherwise serialize it).
/// (A plain function: it has no state, and each component costs wasm.)
pub fn export_bar(spec: &ChartSpec, export: &Export) -> Html {
    let t = ui(export.lang);
    let stem = format!("secworth-{}", export.widget.code());
    let json = export.json.clone();
    let name = move |ext: &str| format!("{stem}-{}.{ext}", today_iso());
    let png = {
        let (spec, name) = (spec.clone(), name.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(url) = render_png(&spec, EXPORT_WIDTH) {
                download_url(&name("png"), &url);
            }
        })
    };
    let svg = {
        let (spec, name) = (spec.clone(), name.clone());
        Callback::from(move |_: MouseEvent| {
            download_text(&name("svg"), "image/svg+xml", &render_svg(&spec, EXPORT_WIDTH))
        })
    };
    let json = Callback::from(move |_: MouseEvent| download_text(&name("json"), "application/json", &json()));
    html! {
        <div class="sw-buttons sw-export">
            <button type="button" class="sw-button sw-button-quiet" data-action="download-png" onclick={png}>{ t.download_png }</button>
            <button type="button" class="sw-button sw-button-quiet" data-action="download-svg" onclick={svg}>{ t.download_svg }</button>
            <button type="button" class="sw-button sw-button-quiet" data-action="download-json" onclick={json}>{ t.download_json }</button>
        </div>
    }
}
