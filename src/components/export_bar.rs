//! Components layer: keeping a result: chart as PNG and SVG, inputs and result as JSON.

use yew::prelude::*;

use super::chart_canvas::{render_png, render_svg};
use crate::browser::download::{download_text, download_url, today_iso};
use crate::charts::ChartSpec;
use crate::model::lang::Lang;
use crate::model::text::ui;

/// A calculator's result JSON with its share link, pretty-printed for the download.
pub fn json_with_link(mut json: serde_json::Value, link: &str) -> String {
    json["link"] = link.into();
    serde_json::to_string_pretty(&json).unwrap_or_default()
}

/// Width in CSS pixels of exported charts.
const EXPORT_WIDTH: u32 = 720;

/// Download buttons for `spec` (PNG, SVG) and the JSON `json` makes; file names start
/// with `file_stem`, then today's date (`secworth-maturity-2026-11-22.png`). The JSON is
/// made on click, not on every render (a keystroke would otherwise serialize it).
/// (A plain function: it has no state, and each component costs wasm.)
pub fn export_bar(spec: &ChartSpec, json: impl Fn() -> String + 'static, file_stem: &str, lang: Lang) -> Html {
    let t = ui(lang);
    let stem = file_stem.to_string();
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
