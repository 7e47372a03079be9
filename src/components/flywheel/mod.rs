//! Components layer: the value-delivery flywheel calculator (SPEC 2.4). The state is
//! the model's `Flywheel`; this file wires it to the page: storage, URL, events.

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
use crate::model::flywheel::state::{Action, Flywheel};
use crate::model::flywheel::text::text;
use crate::model::lang::Lang;
use crate::model::note::Note;
use crate::model::text::ui;

impl Reducible for Flywheel {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        next.into()
    }
}

static INSTANCES: AtomicU32 = AtomicU32::new(0);

impl Calculator for Flywheel {
    const STORAGE_KEY: &'static str = "secworth:flywheel";
    fn link_has_inputs(pairs: &[(String, String)]) -> bool {
        pairs.iter().any(|(k, _)| !matches!(k.as_str(), "w" | "lang" | "origin"))
    }
    fn from_link(query: &str, lang: Lang) -> Self {
        Flywheel::from_query(query, lang)
    }
    fn fresh(lang: Lang) -> Self {
        Flywheel::new(lang)
    }
    fn lang_and_notes(&mut self) -> (&mut Lang, &mut Vec<Note>) {
        (&mut self.lang, &mut self.notes)
    }
}

#[component]
pub fn FlywheelWidget(props: &WidgetProps) -> Html {
    let state = use_reducer_eq({
        let props = props.clone();
        move || open_calculator::<Flywheel>(&props)
    });
    let instance = *use_memo((), |_| INSTANCES.fetch_add(1, Ordering::Relaxed));

    // Keep, mirror and announce every change.
    {
        let props = props.clone();
        use_effect_with(state.clone(), move |fw| {
            let query = fw.share_query();
            if let Some(store) = &props.store {
                store.save(Flywheel::STORAGE_KEY, &query);
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
            { print_meta(fw.lang, &share_link) }
            { notes(&fw.notes, fw.lang, &on_dismiss) }
            { inputs::form(fw, instance, &on_action) }
            { results::view(fw, &share_link) }
            <ShareBar link={share_link} lang={fw.lang} {on_reset} />
        </section>
    }
}
