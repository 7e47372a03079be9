//! Components layer: one widget in the gallery: its name, the question it answers,
//! a still preview of its result, and "Try it here", which mounts the live widget in
//! the card; a link to open it alone and its embed code. Nothing is mounted until
//! asked for, so the gallery starts as fast as a page of text and pictures.

use std::rc::Rc;

use web_sys::Element;
use yew::prelude::*;

use super::embed_code::EmbedCode;
use super::widget::{AnyWidget, Mode};
use crate::browser::storage::Store;
use crate::model::lang::Lang;
use crate::model::query;
use crate::model::release::Pin;
use crate::model::text::{colon, gallery_ui};
use crate::model::widget::Widget;

#[derive(Properties, PartialEq)]
pub struct GalleryCardProps {
    pub widget: Widget,
    pub lang: Lang,
    pub host: Element,
    pub store: Option<Store>,
    pub base_url: AttrValue,
    /// The release its embed code is pinned to, once the gallery has its manifest.
    pub pin: Option<Rc<Pin>>,
}

#[component]
pub fn GalleryCard(props: &GalleryCardProps) -> Html {
    let t = gallery_ui(props.lang);
    let (code, lang) = (props.widget.code(), props.lang);
    let (preview_width, preview_height) = props.widget.info().preview_px;
    let open = use_state(|| false);
    // The widget's current share query, for the iframe embed code; until the widget is
    // opened here, the one that opens it at its defaults (without it, the frame would
    // show the gallery).
    let share_query = use_state(String::new);
    let plain_query = query::build([("w", code.to_string()), ("lang", lang.code().to_string())]);
    let alone = format!("{}?{plain_query}", props.base_url);
    let frame_query = if share_query.is_empty() { plain_query } else { (*share_query).clone() };
    let on_share_query = {
        let share_query = share_query.clone();
        Callback::from(move |q: String| share_query.set(q))
    };
    let on_open = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(true))
    };
    html! {
        <article class="sw-card" data-widget={code}>
            <h2 class="sw-card-title">{ props.widget.title(lang) }</h2>
            <p class="sw-card-question">{ props.widget.question(lang) }</p>
            if *open {
                // Keyed by language: switching remounts the widget in the new language; its
                // inputs come back from storage (or are lost without storage, as its note says).
                <AnyWidget key={lang.code()} widget={props.widget} lang={Some(lang)} host={props.host.clone()}
                    mode={Mode::Embedded} store={props.store.clone()} share_base={props.base_url.clone()} {on_share_query} />
            } else {
                <img class="sw-preview" src={format!("previews/{code}-{}.jpg", lang.code())} alt={format!("{}{}{}", t.preview, colon(lang), props.widget.title(lang))}
                     width={preview_width.to_string()} height={preview_height.to_string()} loading="lazy" decoding="async" />
                <p class="sw-buttons sw-card-open">
                    <button type="button" class="sw-button" data-action="open-widget" onclick={on_open}>{ t.open_here }</button>
                </p>
            }
            <p class="sw-card-links"><a href={alone}>{ t.open_alone }</a></p>
            <EmbedCode widget={props.widget} lang={lang} page_url={props.base_url.clone()} share_query={frame_query} pin={props.pin.clone()} />
        </article>
    }
}
