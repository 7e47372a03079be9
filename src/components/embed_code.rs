//! Components layer: the gallery's "embed this widget" panel: ready-to-paste snippets
//! (script, custom element, popup, iframe), the script ones pinned to this release by
//! Subresource Integrity when its manifest is there, the iframe one carrying the
//! widget's current inputs; lazy ones, for a widget further down the page, on asking.

use std::rc::Rc;

use yew::prelude::*;

use crate::browser::page;
use crate::model::lang::Lang;
use crate::model::release::{element_snippet, popup_snippet, reserve_style, script_snippet, Loading, Pin};
use crate::model::text::gallery_ui;
use crate::model::widget::Widget;

#[derive(Properties, PartialEq)]
pub struct EmbedCodeProps {
    pub widget: Widget,
    pub lang: Lang,
    /// The widgets' `index.html` URL; `embed.js` sits beside it.
    pub page_url: AttrValue,
    /// The widget's current share query (`w=...&a=...`), baked into the iframe URL.
    pub share_query: AttrValue,
    /// The release the script snippets are pinned to, once its manifest has come.
    pub pin: Option<Rc<Pin>>,
}

/// The iframe-form snippet: the frame (lazy: the browser's own `loading="lazy"`, and the
/// widget's space reserved, as the script forms do) and the listener that sizes it and
/// receives results.
pub fn iframe_snippet(page_url: &str, widget: Widget, share_query: &str, loading: Loading) -> String {
    let widget_origin = page_url.split('/').take(3).collect::<Vec<_>>().join("/");
    let lazy = if loading == Loading::Lazy { " loading=\"lazy\"" } else { "" };
    format!(
        "<iframe id=\"secworth-frame\" title=\"secworth\" src=\"{page_url}?{share_query}&origin=https://YOUR-SITE.example\" \
         style=\"width: 100%; border: 0; {}\" height=\"600\"{lazy}></iframe>\n<script>\naddEventListener('message', (e) => {{\n  \
         if (e.origin !== '{widget_origin}') return;\n  \
         if (e.data.type === 'secworth:height') document.getElementById('secworth-frame').height = e.data.height;\n  \
         if (e.data.type === 'secworth:result') console.log(e.data.detail); // feed your lead form here\n}});\n</script>",
        reserve_style(widget)
    )
}

/// The folder of the widgets' `index.html` URL (no trailing `/`): where `embed.js` and
/// `manifest.json` are.
pub fn widgets_dir(page_url: &str) -> String {
    page_url.rsplit_once('/').map_or(page_url.to_string(), |(dir, _)| dir.to_string())
}

#[component]
pub fn EmbedCode(props: &EmbedCodeProps) -> Html {
    let t = gallery_ui(props.lang);
    let copied = use_state(|| None::<&'static str>);
    let dir = widgets_dir(&props.page_url);
    let loading = use_state(|| Loading::Eager);
    let (w, lang, p, l) = (props.widget, props.lang, props.pin.as_deref(), *loading);
    let snippets = [
        ("script", t.embed_script, script_snippet(&dir, p, w, lang, l)),
        ("element", t.embed_element, element_snippet(&dir, p, w, lang, l)),
        ("popup", t.embed_popup, popup_snippet(&dir, p, w, lang)),
        ("iframe", t.embed_iframe, iframe_snippet(&props.page_url, w, &props.share_query, l)),
    ];
    let on_lazy = {
        let loading = loading.clone();
        Callback::from(move |e: Event| {
            let checked = e.target_unchecked_into::<web_sys::HtmlInputElement>().checked();
            loading.set(if checked { Loading::Lazy } else { Loading::Eager });
        })
    };
    html! {
        <details class="sw-embed">
            <summary>{ t.embed_heading }</summary>
            if let Some(p) = p {
                <p class="sw-embed-pinned">{ format!("{} {}", t.embed_pinned, p.version) }</p>
            }
            <label class="sw-embed-lazy">
                <input type="checkbox" data-embed-lazy="" checked={l == Loading::Lazy} onchange={on_lazy} />
                { t.embed_lazy }
            </label>
            { for snippets.into_iter().map(|(kind, label, code)| {
                let copy = {
                    let (copied, code) = (copied.clone(), code.clone());
                    Callback::from(move |_: MouseEvent| {
                        let (copied, code) = (copied.clone(), code.clone());
                        wasm_bindgen_futures::spawn_local(async move {
                            if page::copy_to_clipboard(&code).await {
                                copied.set(Some(kind));
                            }
                        });
                    })
                };
                html! {
                    <div class="sw-embed-snippet">
                        <label>
                            <span>{ label }</span>
                            <textarea readonly=true rows="5" data-embed={kind} value={code} />
                        </label>
                        <button type="button" class="sw-button sw-button-quiet" onclick={copy}>
                            { if *copied == Some(kind) { t.copied } else { t.copy } }
                        </button>
                    </div>
                }
            }) }
        </details>
    }
}
