//! Components layer: what every widget is given by the page or host that mounts it,
//! and the one component that picks the widget.

use web_sys::Element;
use yew::prelude::*;

use super::breach::BreachWidget;
use super::decision::DecisionWidget;
use super::flywheel::FlywheelWidget;
use super::questionnaire::QuestionnaireWidget;
use crate::browser::events::dispatch_result;
use crate::browser::frame::post_to_parent;
use crate::browser::page;
use crate::browser::storage::Store;
use crate::model::lang::{Audience, Lang};
use crate::model::note::Note;
use crate::model::query;
use crate::model::widget::Widget;

/// Whether the widget owns the page (its URL mirrors the state) or is embedded in a host page.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    Page,
    Embedded,
}

#[derive(Properties, PartialEq, Clone)]
pub struct WidgetProps {
    pub widget: Widget,
    /// Receives the `secworth:result` events.
    pub host: Element,
    pub mode: Mode,
    pub store: Option<Store>,
    /// Page the share link opens (`.../index.html`).
    pub share_base: AttrValue,
    /// Page mode: the share-link query the page was opened with.
    #[prop_or_default]
    pub link: Option<AttrValue>,
    /// The embedder's language (`data-lang`); the link's, then the browser's, otherwise.
    #[prop_or_default]
    pub lang: Option<Lang>,
    #[prop_or_default]
    pub audience: Option<Audience>,
    /// JSON of a question bank replacing the built-in one (questionnaires).
    #[prop_or_default]
    pub inline_bank: Option<AttrValue>,
    /// In an iframe: the embedder's origin, the only one results are posted to.
    #[prop_or_default]
    pub parent_origin: Option<AttrValue>,
    /// Receives the share query after every change (the gallery bakes it into embed code).
    #[prop_or_default]
    pub on_share_query: Callback<String>,
}

#[component]
pub fn AnyWidget(props: &WidgetProps) -> Html {
    // Effects run once the widget is in the DOM with its handlers: it is interactive.
    use_effect_with((), |_| crate::browser::perf::mark("secworth:interactive"));
    let props = props.clone();
    match props.widget {
        Widget::Maturity | Widget::Spectrum => html! { <QuestionnaireWidget ..props /> },
        Widget::BreachCost => html! { <BreachWidget ..props /> },
        Widget::Flywheel => html! { <FlywheelWidget ..props /> },
        Widget::DecisionWeights => html! { <DecisionWidget ..props /> },
    }
}

/// After every change: mirror the state in the address bar (page mode, keeping an
/// iframe's `origin`), hand the share query to whoever asked, and announce `detail`
/// (when there is a result) to the host element and the configured parent origin.
pub fn publish(props: &WidgetProps, share_query: String, detail: Option<serde_json::Value>) {
    if props.mode == Mode::Page {
        match &props.parent_origin {
            Some(origin) => {
                page::replace_query(&format!("{share_query}&{}", query::build([("origin", origin.to_string())])))
            }
            None => page::replace_query(&share_query),
        }
    }
    props.on_share_query.emit(share_query);
    if let Some(detail) = detail {
        if let Some(origin) = &props.parent_origin {
            post_to_parent(origin, &serde_json::json!({ "type": "secworth:result", "detail": detail }));
        }
        dispatch_result(&props.host, &detail);
    }
}

/// A calculator's state, as a page opens it: from its link, its saved state or fresh.
pub trait Calculator: Sized {
    const STORAGE_KEY: &'static str;
    /// Whether a link's parameters carry this calculator's inputs (not only `w`, `lang`).
    fn link_has_inputs(pairs: &[(String, String)]) -> bool;
    /// Reads a share link (or saved state), noting what it could not use.
    fn from_link(query: &str, lang: Lang) -> Self;
    fn fresh(lang: Lang) -> Self;
    fn lang_and_notes(&mut self) -> (&mut Lang, &mut Vec<Note>);
}

/// The link's inputs if it has any, else the saved ones, else a fresh calculator. The
/// page's own language (link or embedder) wins over a saved one.
pub fn open_calculator<T: Calculator>(props: &WidgetProps) -> T {
    let lang = props.lang.unwrap_or_else(page::preferred_lang);
    let link = props.link.as_deref();
    let saved = props.store.as_ref().and_then(|s| s.load(T::STORAGE_KEY));
    let mut state = match (link, saved) {
        (Some(l), _) if T::link_has_inputs(&query::parse(l)) => T::from_link(l, lang),
        (l, Some(saved)) => {
            let mut state = T::from_link(&saved, lang);
            if !state.lang_and_notes().1.is_empty() {
                state = T::fresh(lang);
                state.lang_and_notes().1.push(Note::SavedStateUnreadable);
            }
            let link_lang = l
                .and_then(|l| query::parse(l).into_iter().find(|(k, _)| k == "lang"))
                .and_then(|(_, v)| Lang::parse(&v));
            let current = state.lang_and_notes().0;
            *current = link_lang.or(props.lang).unwrap_or(*current);
            state
        }
        (Some(l), None) => T::from_link(l, lang),
        (None, None) => T::fresh(lang),
    };
    if props.store.is_none() {
        state.lang_and_notes().1.push(Note::StorageUnavailable);
    }
    state
}
