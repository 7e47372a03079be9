//! Components layer: one widget in the gallery: the live widget, a link to open it
//! alone and its embed code with the current inputs.

use web_sys::Element;
use yew::prelude::*;

use super::embed_code::EmbedCode;
use super::widget::{AnyWidget, Mode};
use crate::browser::storage::Store;
use crate::model::lang::Lang;
use crate::model::query;
use crate::model::text::ui;
use crate::model::widget::Widget;

#[derive(Properties, PartialEq)]
pub struct GalleryCardProps {
    pub widget: Widget,
    pub lang: Lang,
    pub host: Element,
    pub store: Option<Store>,
    pub base_url: AttrValue,
}

#[component]
pub fn GalleryCard(props: &GalleryCardProps) -> Html {
    let t = ui(props.lang);
    // The widget's current share query, for the iframe embed code.
    let share_query = use_state(String::new);
    let alone = format!(
        "{}?{}",
        props.base_url,
        query::build([("w", props.widget.code().to_string()), ("lang", props.lang.code().to_string())])
    );
    let on_share_query = {
        let share_query = share_query.clone();
        Callback::from(move |q: String| share_query.set(q))
    };
    html! {
        <article class="sw-card" data-widget={props.widget.code()}>
            <p class="sw-card-links"><a href={alone}>{ t.open_alone }</a></p>
            // Keyed by language: switching remounts the widget in the new language; its
            // inputs come back from storage (or are lost without storage, as its note says).
            <AnyWidget key={props.lang.code()} widget={props.widget} lang={Some(props.lang)} host={props.host.clone()}
                mode={Mode::Embedded} store={props.store.clone()} share_base={props.base_url.clone()} {on_share_query} />
            <EmbedCode widget={props.widget.code()} lang={props.lang} page_url={props.base_url.clone()}
                share_query={(*share_query).clone()} />
        </article>
    }
}
