//! Components layer: the one frame every widget is shown in. It owns the reducer
//! over the widget's `WidgetModel`, opening from link, storage and host settings,
//! saving and announcing every change, and the header, notes and share bar; a widget
//! supplies its heading and body through `WidgetView`.

use std::rc::Rc;
use std::sync::atomic::{AtomicU32, Ordering};

use crate::json;
use yew::prelude::*;

use super::export_bar::Export;
use super::lang_switch::lang_switch;
use super::notes::notes;
use super::print_meta::print_meta;
use super::share_bar::ShareBar;
use super::widget::{announce, publish, Mode, WidgetProps};
use crate::browser::page;
use crate::model::hidden;
use crate::model::lang::{Audience, Lang};
use crate::model::note::Note;
use crate::model::text::ui;
use crate::model::widget::contract::{Announced, Load};
use crate::model::widget::{FrameAction, Opening, Widget, WidgetModel};

/// What a widget shows inside the frame.
pub trait WidgetView: WidgetModel {
    /// The line above the title, and the title.
    fn heading(&self) -> (&str, &str);
    /// Everything between the notes and the share bar: inputs, results, charts.
    fn body(&self, ctx: &Ctx<Self>) -> Html;
    /// The audience a questionnaire speaks to (`data-audience` on its root).
    fn audience(&self) -> Option<Audience> {
        None
    }
}

/// What the frame hands a widget's body.
pub struct Ctx<'a, M: WidgetModel> {
    pub on_action: Callback<M::Action>,
    /// Unique per mounted widget, so element ids stay unique when widgets share a page.
    pub instance: u32,
    /// The downloads: the model's JSON with the share link, the file names.
    pub export: &'a Export,
    /// The widget owns the page (alone at `index.html?w=`, or in an iframe), not a host's.
    pub page: bool,
}

/// Yew's reducer over any widget model: `apply` on a copy.
#[derive(PartialEq)]
pub struct Held<M>(M);

impl<M: WidgetModel> Reducible for Held<M> {
    type Action = M::Action;
    fn reduce(self: Rc<Self>, action: M::Action) -> Rc<Self> {
        let mut next = self.0.clone();
        next.apply(action);
        Rc::new(Held(next))
    }
}

static INSTANCES: AtomicU32 = AtomicU32::new(0);

/// Opens the widget's model from what the page or host offers.
fn open<M: WidgetModel>(props: &WidgetProps) -> Held<M> {
    let load = |key: &str| props.store.as_ref().and_then(|s| s.load(key));
    let storage: Option<Load> = props.store.is_some().then_some(&load);
    Held(M::open(&Opening {
        widget: props.widget,
        link: props.link.as_deref(),
        storage,
        lang: props.lang,
        preferred_lang: page::preferred_lang(),
        audience: props.audience,
        layout: props.layout,
        inline_bank: props.inline_bank.as_deref(),
    }))
}

#[component]
pub fn Frame<M: WidgetView>(props: &WidgetProps) -> Html {
    let state = use_reducer_eq(|| open::<M>(props));
    let instance = *use_memo((), |_| INSTANCES.fetch_add(1, Ordering::Relaxed));

    // Lifecycle: ready once in the page, started at the first input, step at each move.
    {
        let (props, lang) = (props.clone(), state.0.lang());
        use_effect_with((), move |_| announce(&props, "ready", lang, json!({})));
    }
    let shown_step = use_mut_ref(|| None::<usize>);
    let started = use_mut_ref(|| false);

    // Keep every change; mirror and announce those that change the link or the result.
    let announced = use_mut_ref(Announced::default);
    {
        let props = props.clone();
        use_effect_with(state.clone(), move |held| {
            let m = &held.0;
            if let Some(store) = &props.store {
                store.save(&m.storage_key(), &m.saved_query());
            }
            let (query, result) = (m.share_query(), m.has_result().then(|| m.result_json()));
            if announced.borrow_mut().changed(&query, &result) {
                publish(&props, query, result);
            }
            if let Some((step, steps)) = m.step() {
                if shown_step.replace(Some(step)).is_some_and(|shown| shown != step) {
                    announce(&props, "step", m.lang(), json!({ "step": step, "steps": steps }));
                }
            }
        });
    }

    let m = &state.0;
    let dispatch = {
        let state = state.clone();
        Callback::from(move |a| state.dispatch(a))
    };
    // The body's actions are the user's inputs; the frame's (language, notes, start over) are not.
    let on_action = {
        let (dispatch, props, lang) = (dispatch.clone(), props.clone(), m.lang());
        Callback::from(move |a| {
            if !started.replace(true) {
                announce(&props, "started", lang, json!({}));
            }
            dispatch.emit(a)
        })
    };
    let mut share_query = m.share_query();
    if props.share_hidden {
        share_query.push_str(&hidden::to_query(&props.hidden));
    }
    let share_link = format!("{}?{}", props.share_base, share_query.trim_start_matches('&'));
    let export = Export {
        json: {
            let (state, link) = (state.clone(), share_link.clone());
            Rc::new(move || state.0.export_json(&link).to_string_pretty())
        },
        widget: m.widget(),
        lang: m.lang(),
    };
    let page = props.mode == Mode::Page;
    let body = m.body(&Ctx { on_action: on_action.clone(), instance, export: &export, page });
    let (kicker, title) = m.heading();
    chrome(
        Chrome {
            widget: m.widget(),
            lang: m.lang(),
            audience: m.audience(),
            kicker,
            title,
            notes: m.notes(),
            share_link: &share_link,
            lang_switch: props.mode == Mode::Page,
            on_frame: dispatch.reform(M::frame_action),
        },
        body,
    )
}

/// The frame's own parts, the same for every widget.
struct Chrome<'a> {
    widget: Widget,
    lang: Lang,
    audience: Option<Audience>,
    kicker: &'a str,
    title: &'a str,
    notes: &'a [Note],
    share_link: &'a str,
    /// A widget alone on its page offers a language switch; an embedded one speaks the host's language.
    lang_switch: bool,
    on_frame: Callback<FrameAction>,
}

/// Header, privacy line, print line, notes, the body, and the share bar. Not generic,
/// so every widget shares one copy of it in the bundle.
fn chrome(c: Chrome, body: Html) -> Html {
    let code = c.widget.code();
    html! {
        <section class={classes!("secworth", format!("secworth-{code}"))} data-widget={code} lang={c.lang.code()}
                 data-audience={c.audience.map(Audience::code)}>
            <header class="sw-header">
                <div>
                    <p class="sw-kicker">{ c.kicker }</p>
                    <h2 class="sw-title">{ c.title }</h2>
                </div>
                if c.lang_switch { { lang_switch(c.lang, &c.on_frame.reform(FrameAction::SetLang)) } }
            </header>
            <p class="sw-privacy">{ ui(c.lang).privacy }</p>
            { print_meta(c.lang, c.share_link) }
            { notes(c.notes, c.lang, &c.on_frame.reform(|_| FrameAction::DismissNotes)) }
            { body }
            <ShareBar link={c.share_link.to_owned()} lang={c.lang} on_reset={c.on_frame.reform(|_| FrameAction::Reset)} />
        </section>
    }
}
