//! Components layer: what every widget is given by the page or host that mounts it,
//! and the one component that picks the widget: the views' half of the registry
//! (the model's half is `model::widget::registry`).

use std::rc::Rc;

use crate::json;
use crate::model::json::{Map, Value};
use web_sys::Element;
use yew::prelude::*;

use super::frame::Frame;
use crate::browser::events::dispatch;
use crate::browser::frame::post_to_parent;
use crate::browser::page;
use crate::browser::storage::Store;
#[cfg(feature = "breach-cost")]
use crate::model::breach::state::Breach;
#[cfg(feature = "decision-weights")]
use crate::model::decision::state::Decision;
#[cfg(feature = "flywheel")]
use crate::model::flywheel::state::Flywheel;
use crate::model::hidden;
use crate::model::lang::{Audience, Lang, Layout};
use crate::model::query;
#[cfg(any(feature = "maturity", feature = "spectrum"))]
use crate::model::questionnaire::Questionnaire;
#[cfg(feature = "renewal-risk")]
use crate::model::renewal::state::Renewal;
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
    /// The embedder's layout for a questionnaire (`data-layout`).
    #[prop_or_default]
    pub layout: Option<Layout>,
    /// JSON of a question bank replacing the built-in one (questionnaires).
    #[prop_or_default]
    pub inline_bank: Option<AttrValue>,
    /// In an iframe: the embedder's origin, the only one results are posted to.
    #[prop_or_default]
    pub parent_origin: Option<AttrValue>,
    /// Receives the share query after every change (the gallery bakes it into embed code).
    #[prop_or_default]
    pub on_share_query: Callback<String>,
    /// Names this widget in its events (`instance`): the host's id, or `<code>-<n>`.
    #[prop_or_default]
    pub instance: Option<AttrValue>,
    /// The host's hidden fields, carried in the result payload for a lead form.
    #[prop_or_default]
    pub hidden: Rc<Vec<(String, String)>>,
    /// The embedder asked for `hidden` in the share link too (`share-hidden`).
    #[prop_or_default]
    pub share_hidden: bool,
}

#[component]
pub fn AnyWidget(props: &WidgetProps) -> Html {
    // Effects run once the widget is in the DOM with its handlers: it is interactive.
    use_effect_with((), |_| crate::browser::perf::mark("secworth:interactive"));
    let props = props.clone();
    // Each arm only in the bundles built with its widget's feature (Cargo.toml), so a
    // one-widget bundle carries that widget's code alone.
    match props.widget {
        #[cfg(feature = "maturity")]
        Widget::Maturity => html! { <Frame<Questionnaire> ..props /> },
        #[cfg(feature = "spectrum")]
        Widget::Spectrum => html! { <Frame<Questionnaire> ..props /> },
        #[cfg(feature = "breach-cost")]
        Widget::BreachCost => html! { <Frame<Breach> ..props /> },
        #[cfg(feature = "flywheel")]
        Widget::Flywheel => html! { <Frame<Flywheel> ..props /> },
        #[cfg(feature = "decision-weights")]
        Widget::DecisionWeights => html! { <Frame<Decision> ..props /> },
        #[cfg(feature = "renewal-risk")]
        Widget::RenewalRisk => html! { <Frame<Renewal> ..props /> },
        #[allow(unreachable_patterns)]
        other => html! {
            <p class="secworth secworth-missing" role="alert">
                { format!("secworth: this bundle does not include the \"{}\" widget.", other.code()) }
            </p>
        },
    }
}

/// After every change: mirror the state in the address bar (page mode, keeping an
/// iframe's `origin`), hand the share query to whoever asked, and announce `detail`
/// (when there is a result) to the host element and the configured parent origin.
pub fn publish(props: &WidgetProps, share_query: String, detail: Option<Value>) {
    if props.mode == Mode::Page {
        // The address bar keeps what the page was opened with besides the state: an
        // iframe's hidden fields and `origin`, so a reload still has them.
        let mut address = format!("{share_query}{}", hidden::to_query(&props.hidden));
        if props.share_hidden {
            address.push_str("&share-hidden");
        }
        if let Some(origin) = &props.parent_origin {
            address = format!("{address}&{}", query::build([("origin", origin.to_string())]));
        }
        page::replace_query(address.trim_start_matches('&'));
    }
    props.on_share_query.emit(share_query);
    if let Some(Value::Object(mut detail)) = detail {
        detail.insert("instance".into(), json!(props.instance.as_deref()));
        if !props.hidden.is_empty() {
            let hidden: Map = props.hidden.iter().map(|(k, v)| (k.clone(), json!(v))).collect();
            detail.insert("hidden".into(), Value::Object(hidden));
        }
        send(props, "result", Value::Object(detail));
    }
}

/// Announces a lifecycle event (`secworth:ready`, `started`, `step`) to the host element
/// and, in an iframe, the embedder: the widget, its instance and language, and `extra`.
pub fn announce(props: &WidgetProps, event: &str, lang: Lang, extra: Value) {
    let mut detail =
        json!({ "widget": props.widget.code(), "instance": props.instance.as_deref(), "lang": lang.code() });
    if let (Value::Object(detail), Value::Object(extra)) = (&mut detail, extra) {
        detail.extend(extra);
    }
    send(props, event, detail);
}

fn send(props: &WidgetProps, event: &str, detail: Value) {
    let name = format!("secworth:{event}");
    if let Some(origin) = &props.parent_origin {
        post_to_parent(origin, &json!({ "type": name, "detail": detail }));
    }
    dispatch(&props.host, &name, &detail);
}
