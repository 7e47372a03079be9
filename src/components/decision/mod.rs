//! Components layer: the decision weighting model (SPEC 2.5): an editable table of
//! criteria, weights and vendor scores, a reframed weight set, and the rankings.
//! The state is the model's `Decision`; this file wires it to the page.

mod results;
mod table;

use std::rc::Rc;
use std::sync::atomic::{AtomicU32, Ordering};

use yew::prelude::*;

use super::lang_switch::lang_switch;
use super::notes::notes;
use super::print_meta::print_meta;
use super::share_bar::ShareBar;
use super::widget::{open_calculator, publish, Calculator, Mode, WidgetProps};
use crate::model::decision::link;
use crate::model::decision::presets::Preset;
use crate::model::decision::state::{Action, Decision};
use crate::model::decision::text::text;
use crate::model::lang::Lang;
use crate::model::note::Note;
use crate::model::text::ui;

impl Reducible for Decision {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        next.into()
    }
}

static INSTANCES: AtomicU32 = AtomicU32::new(0);

impl Calculator for Decision {
    const STORAGE_KEY: &'static str = "secworth:decision-weights";
    fn link_has_inputs(pairs: &[(String, String)]) -> bool {
        pairs.iter().any(|(k, _)| k == "c1" || k == "preset")
    }
    fn from_link(query: &str, lang: Lang) -> Self {
        link::read(query, lang)
    }
    fn fresh(lang: Lang) -> Self {
        Decision::new(Preset::SupplyChain.table(lang), lang)
    }
    fn lang_and_notes(&mut self) -> (&mut Lang, &mut Vec<Note>) {
        (&mut self.lang, &mut self.notes)
    }
}

#[component]
pub fn DecisionWidget(props: &WidgetProps) -> Html {
    let state = use_reducer_eq({
        let props = props.clone();
        move || open_calculator::<Decision>(&props)
    });
    let instance = *use_memo((), |_| INSTANCES.fetch_add(1, Ordering::Relaxed));
    {
        let props = props.clone();
        use_effect_with(state.clone(), move |d| {
            let query = link::write(d);
            if let Some(store) = &props.store {
                store.save(Decision::STORAGE_KEY, &query);
            }
            publish(&props, query, Some(d.result_json()));
        });
    }
    let d = &*state;
    let (t, dt) = (ui(d.lang), text(d.lang));
    let on_action = {
        let state = state.clone();
        Callback::from(move |a: Action| state.dispatch(a))
    };
    let on_lang = on_action.reform(Action::SetLang);
    let on_dismiss = on_action.reform(|_| Action::DismissNotes);
    let on_reset = on_action.reform(|_| Action::LoadPreset(Preset::SupplyChain));
    let share_link = format!("{}?{}", props.share_base, link::write(d));
    html! {
        <section class="secworth secworth-decision-weights" data-widget="decision-weights" lang={d.lang.code()}>
            <header class="sw-header">
                <div>
                    <p class="sw-kicker">{ dt.kicker }</p>
                    <h2 class="sw-title">{ dt.title }</h2>
                </div>
                if props.mode == Mode::Page { { lang_switch(d.lang, &on_lang) } }
            </header>
            <p class="sw-privacy">{ t.privacy }</p>
            { print_meta(d.lang, &share_link) }
            { notes(&d.notes, d.lang, &on_dismiss) }
            <p class="sw-hint-small">{ dt.steps }</p>
            { table::editor(d, instance, &on_action) }
            { results::view(d, &share_link) }
            <ShareBar link={share_link} lang={d.lang} {on_reset} />
        </section>
    }
}
