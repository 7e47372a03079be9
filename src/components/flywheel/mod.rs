//! Components layer: the value-delivery flywheel calculator (SPEC 2.4). The state is
//! the model's `Flywheel`; this file wires it to the page: storage, URL, events.

mod inputs;
mod results;

use std::rc::Rc;
use std::sync::atomic::{AtomicU32, Ordering};

use yew::prelude::*;

use super::lang_switch::lang_switch;
use super::notes::notes;
use super::questionnaire::open::browser_lang;
use super::share_bar::ShareBar;
use super::widget::{publish, Mode, WidgetProps};
use crate::browser::download::today_local;
use crate::model::flywheel::state::{Action, Flywheel};
use crate::model::flywheel::text::text;
use crate::model::lang::Lang;
use crate::model::note::Note;
use crate::model::query;
use crate::model::text::ui;

impl Reducible for Flywheel {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        next.into()
    }
}

const STORAGE_KEY: &str = "secworth:flywheel";

static INSTANCES: AtomicU32 = AtomicU32::new(0);

/// The link's inputs if it has any, else saved ones, else defaults; the embedder's
/// language wins over a saved one.
fn open(props: &WidgetProps) -> Flywheel {
    let lang = props.lang.unwrap_or_else(browser_lang);
    let link_has_inputs = props.link.as_deref().is_some_and(|l| query::parse(l).iter().any(|(k, _)| !matches!(k.as_str(), "w" | "lang" | "origin")));
    let mut fw = match (&props.link, props.store.as_ref().and_then(|s| s.load(STORAGE_KEY))) {
        (Some(link), _) if link_has_inputs => Flywheel::from_query(link, lang),
        (link, Some(saved)) => {
            let mut fw = Flywheel::from_query(&saved, lang);
            if !fw.notes.is_empty() {
                fw = Flywheel::new(lang);
                fw.notes.push(Note::SavedStateUnreadable);
            }
            // The page's own language choice (link or embedder) beats the saved one.
            let link_lang = link.as_deref().and_then(|l| query::parse(l).into_iter().find(|(k, _)| k == "lang")).and_then(|(_, v)| Lang::parse(&v));
            fw.lang = link_lang.or(props.lang).unwrap_or(fw.lang);
            fw
        }
        (Some(link), None) => Flywheel::from_query(link, lang),
        (None, None) => Flywheel::new(lang),
    };
    if props.store.is_none() {
        fw.notes.push(Note::StorageUnavailable);
    }
    fw
}

#[component]
pub fn FlywheelWidget(props: &WidgetProps) -> Html {
    let state = use_reducer_eq({
        let props = props.clone();
        move || open(&props)
    });
    let instance = *use_memo((), |_| INSTANCES.fetch_add(1, Ordering::Relaxed));

    // Keep, mirror and announce every change.
    {
        let props = props.clone();
        use_effect_with(state.clone(), move |fw| {
            let query = fw.share_query();
            if let Some(store) = &props.store {
                store.save(STORAGE_KEY, &query);
            }
            publish(&props, query, Some(fw.result_json()));
        });
    }

    let fw = &*state;
    let (t, ft) = (ui(fw.lang), text(fw.lang));
    let dispatch = |make: fn(Lang) -> Action| {
        let state = state.clone();
        Callback::from(move |l: Lang| state.dispatch(make(l)))
    };
    let on_action = {
        let state = state.clone();
        Callback::from(move |a: Action| state.dispatch(a))
    };
    let on_dismiss = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::DismissNotes))
    };
    let on_reset = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::Reset))
    };
    let share_link = format!("{}?{}", props.share_base, fw.share_query());
    html! {
        <section class="secworth secworth-flywheel" data-widget="flywheel" lang={fw.lang.code()}>
            <header class="sw-header">
                <div>
                    <p class="sw-kicker">{ ft.kicker }</p>
                    <h2 class="sw-title">{ ft.title }</h2>
                </div>
                if props.mode == Mode::Page { { lang_switch(fw.lang, &dispatch(Action::SetLang)) } }
            </header>
            <p class="sw-privacy">{ t.privacy }</p>
            <p class="sw-print-meta">{ format!("{}: {} · ", t.printed, today_local(fw.lang.code())) }<span class="sw-link">{ share_link.clone() }</span></p>
            { notes(&fw.notes, fw.lang, &on_dismiss) }
            { inputs::form(fw, instance, &on_action) }
            { results::view(fw, &share_link) }
            <ShareBar link={share_link} lang={fw.lang} {on_reset} />
        </section>
    }
}
