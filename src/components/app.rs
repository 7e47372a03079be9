//! Components layer: the page (`index.html`): one widget alone (`?w=...`) or the gallery.

use std::rc::Rc;

use web_sys::Element;
use yew::prelude::*;

#[cfg(feature = "gallery")]
use super::gallery::Gallery;
use super::widget::{AnyWidget, Mode};
use crate::browser::storage::Store;
use crate::model::lang::Lang;
use crate::model::note::Note;
use crate::model::widget::Widget;

/// What the page shows, decided once from its URL.
#[derive(Clone, PartialEq)]
pub enum PageView {
    Widget(Widget),
    Gallery { lang: Lang, notes: Vec<Note> },
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub view: PageView,
    pub root: Element,
    pub store: Option<Store>,
    pub base_url: AttrValue,
    /// The page's query string (the share link it was opened with).
    pub link: AttrValue,
    /// In an iframe: the embedder's origin for result messages.
    pub parent_origin: Option<AttrValue>,
    /// The link's hidden fields (`hidden-<name>=`), for the result payload.
    pub hidden: Rc<Vec<(String, String)>>,
    /// The link asked for them in the widget's share link too (`share-hidden`).
    pub share_hidden: bool,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    match &props.view {
        PageView::Widget(widget) => html! {
            <AnyWidget widget={*widget} host={props.root.clone()} mode={Mode::Page} store={props.store.clone()}
                       share_base={props.base_url.clone()} link={Some(props.link.clone())}
                       parent_origin={props.parent_origin.clone()} hidden={props.hidden.clone()}
                       share_hidden={props.share_hidden} />
        },
        #[cfg(feature = "gallery")]
        PageView::Gallery { lang, notes } => html! {
            <Gallery lang={*lang} notes={notes.clone()} host={props.root.clone()}
                     store={props.store.clone()} base_url={props.base_url.clone()} />
        },
        // A one-widget bundle has no gallery (embed.js loads the suite for it).
        #[cfg(not(feature = "gallery"))]
        PageView::Gallery { .. } => html! { <p role="alert">{ "secworth: this bundle has no gallery." }</p> },
    }
}
