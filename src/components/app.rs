//! Components layer: the page (`index.html`): one widget alone (`?w=...`) or the gallery.

use std::rc::Rc;

use web_sys::Element;
use yew::prelude::*;

use super::gallery::Gallery;
use super::questionnaire::{Mode, QuestionnaireWidget};
use crate::browser::storage::Store;
use crate::model::lang::Lang;
use crate::model::note::Note;
use crate::model::questionnaire::Questionnaire;
use crate::model::widget::Widget;

/// What the page shows, decided once from its URL.
#[derive(Clone, PartialEq)]
pub enum PageView {
    Questionnaire(Widget, Rc<Questionnaire>),
    Gallery { lang: Lang, notes: Vec<Note> },
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub view: PageView,
    pub root: Element,
    pub store: Option<Store>,
    pub base_url: AttrValue,
    /// In an iframe: the embedder's origin for result messages.
    pub parent_origin: Option<AttrValue>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    match &props.view {
        PageView::Questionnaire(widget, initial) => html! {
            <QuestionnaireWidget widget={*widget} initial={initial.clone()} host={props.root.clone()} mode={Mode::Page}
                      store={props.store.clone()} share_base={props.base_url.clone()}
                      parent_origin={props.parent_origin.clone()} />
        },
        PageView::Gallery { lang, notes } => html! {
            <Gallery lang={*lang} notes={notes.clone()} host={props.root.clone()}
                     store={props.store.clone()} base_url={props.base_url.clone()} />
        },
    }
}
