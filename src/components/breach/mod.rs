//! Components layer: the SMB data-breach cost calculator (SPEC 2.2). The state is the
//! model's `Breach`; this file wires it to the page: storage, URL, events, and the
//! timing of the simulation for the benchmark.

mod assumptions;
mod inputs;
mod results;

use std::rc::Rc;
use std::sync::atomic::{AtomicU32, Ordering};

use yew::prelude::*;

use super::lang_switch::lang_switch;
use super::notes::notes;
use super::print_meta::print_meta;
use super::share_bar::ShareBar;
use super::widget::{open_calculator, publish, Calculator, Mode, WidgetProps};
use crate::browser::perf;
use crate::model::breach::state::{Action, Breach};
use crate::model::breach::text::text;
use crate::model::lang::Lang;
use crate::model::note::Note;
use crate::model::text::ui;

impl Reducible for Breach {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        next.into()
    }
}

static INSTANCES: AtomicU32 = AtomicU32::new(0);

impl Calculator for Breach {
    const STORAGE_KEY: &'static str = "secworth:breach-cost";
    fn link_has_inputs(pairs: &[(String, String)]) -> bool {
        pairs.iter().any(|(k, _)| !matches!(k.as_str(), "w" | "lang" | "origin"))
    }
    fn from_link(query: &str, lang: Lang) -> Self {
        Breach::from_query(query, lang)
    }
    fn fresh(lang: Lang) -> Self {
        Breach::new(lang)
    }
    fn lang_and_notes(&mut self) -> (&mut Lang, &mut Vec<Note>) {
        (&mut self.lang, &mut self.notes)
    }
}

#[component]
pub fn BreachWidget(props: &WidgetProps) -> Html {
    let state = use_reducer_eq({
        let props = props.clone();
        move || open_calculator::<Breach>(&props)
    });
    let instance = *use_memo((), |_| INSTANCES.fetch_add(1, Ordering::Relaxed));
    // The simulations run once per change of the inputs, not once per render; the
    // marks let the benchmark time them (two simulations and the tornado).
    let outcome = use_memo((*state).clone(), |b| {
        perf::mark("secworth:simulate-start");
        let o = b.outcome();
        perf::mark("secworth:simulate-end");
        perf::measure("secworth:simulate", "secworth:simulate-start", "secworth:simulate-end");
        o
    });

    {
        let props = props.clone();
        let outcome = outcome.clone();
        use_effect_with(state.clone(), move |b| {
            let query = b.share_query();
            if let Some(store) = &props.store {
                store.save(Breach::STORAGE_KEY, &query);
            }
            publish(&props, query, Some(b.result_json_of(&outcome)));
        });
    }

    let b = &*state;
    let (t, bt) = (ui(b.lang), text(b.lang));
    let on_action = {
        let state = state.clone();
        Callback::from(move |a: Action| state.dispatch(a))
    };
    let on_lang = {
        let state = state.clone();
        Callback::from(move |l: Lang| state.dispatch(Action::SetLang(l)))
    };
    let on_dismiss = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::DismissNotes))
    };
    let on_reset = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::Reset))
    };
    let share_link = format!("{}?{}", props.share_base, b.share_query());
    html! {
        <section class="secworth secworth-breach" data-widget="breach-cost" lang={b.lang.code()}>
            <header class="sw-header">
                <div>
                    <p class="sw-kicker">{ bt.kicker }</p>
                    <h2 class="sw-title">{ bt.title }</h2>
                </div>
                if props.mode == Mode::Page { { lang_switch(b.lang, &on_lang) } }
            </header>
            <p class="sw-privacy">{ t.privacy }</p>
            { print_meta(b.lang, &share_link) }
            { notes(&b.notes, b.lang, &on_dismiss) }
            { inputs::form(b, instance, &on_action) }
            { results::view(b, &outcome, &share_link) }
            { assumptions::panel(b, instance, &on_action) }
            <ShareBar link={share_link} lang={b.lang} {on_reset} />
        </section>
    }
}
