//! Components layer: a questionnaire widget (the maturity questionnaire, SPEC 2.1,
//! and the spectrum assessment, SPEC 2.3): one engine, the bank and result view
//! chosen by the widget. The state is the model's `Questionnaire`; this file wires it
//! to the page: storage, URL, events.

mod maturity_result;
mod open;
mod question;

mod spectrum_result;

use std::rc::Rc;
use std::sync::atomic::{AtomicU32, Ordering};

use yew::prelude::*;

use super::lang_switch::lang_switch;
use super::notes::notes;
use super::print_meta::print_meta;
use super::widget::{publish, Mode, WidgetProps};
use crate::components::share_bar::ShareBar;
use crate::model::lang::Lang;
use crate::model::questionnaire::{Action, Questionnaire};
use crate::model::text::ui;
use crate::model::widget::Widget;
use question::question_field;

impl Reducible for Questionnaire {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        next.into()
    }
}

/// Storage key for a widget's saved answers to a bank.
pub fn storage_key(widget: Widget, bank_id: &str) -> String {
    format!("secworth:{}:{bank_id}", widget.code())
}

static INSTANCES: AtomicU32 = AtomicU32::new(0);

#[component]
pub fn QuestionnaireWidget(props: &WidgetProps) -> Html {
    let state = use_reducer_eq({
        let props = props.clone();
        move || open::open_questionnaire(&props)
    });
    let instance = *use_memo((), |_| INSTANCES.fetch_add(1, Ordering::Relaxed));
    let widget_kind = props.widget;
    let widget = widget_kind.code();

    // Keep, mirror and announce every change.
    {
        let props = props.clone();
        use_effect_with(state.clone(), move |q| {
            if let Some(store) = &props.store {
                store.save(&storage_key(props.widget, &q.bank.id), &q.saved_query());
            }
            let detail = q.score().complete().then(|| q.result_json(props.widget.code()));
            publish(&props, q.share_query(props.widget.code()), detail);
        });
    }

    let q = &*state;
    let t = ui(q.lang);
    let score = q.score();
    let on_answer = {
        let state = state.clone();
        Callback::from(move |(question, option): (usize, u8)| state.dispatch(Action::Answer { question, option }))
    };
    let on_lang = {
        let state = state.clone();
        Callback::from(move |lang: Lang| state.dispatch(Action::SetLang(lang)))
    };
    let on_dismiss = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::DismissNotes))
    };
    let on_target = {
        let state = state.clone();
        Callback::from(move |t: u8| state.dispatch(Action::SetTarget(t)))
    };
    let on_reset = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::Reset))
    };
    let share_link = format!("{}?{}", props.share_base, q.share_query(widget));
    let audience_label = match q.audience {
        crate::model::lang::Audience::Screen => t.audience_screen,
        crate::model::lang::Audience::SelfAssessment => t.audience_self,
    };

    html! {
        <section class={classes!("secworth", format!("secworth-{widget}"))} data-widget={widget} lang={q.lang.code()} data-audience={q.audience.code()}>
            <header class="sw-header">
                <div>
                    <p class="sw-kicker">{ audience_label }</p>
                    <h2 class="sw-title">{ q.bank.title.get(q.lang) }</h2>
                </div>
                if props.mode == Mode::Page { { lang_switch(q.lang, &on_lang) } }
            </header>
            <p class="sw-privacy">{ t.privacy }</p>
            { print_meta(q.lang, &share_link) }
            { notes(&q.notes, q.lang, &on_dismiss) }
            { question::progress(score.answered, score.questions, q.lang) }
            <form class="sw-form" onsubmit={|e: SubmitEvent| e.prevent_default()}>
                { for q.bank.dimensions.iter().map(|d| html! {
                    <fieldset class="sw-dimension" data-dimension={d.id.clone()}>
                        <legend>{ d.title.get(q.lang) }</legend>
                        { for q.bank.questions.iter().enumerate().filter(|(_, qu)| qu.dimension == d.id).map(|(i, qu)|
                            question_field(i, qu, q.answers[i], q.lang, instance, &on_answer)) }
                    </fieldset>
                }) }
            </form>
            { match widget_kind {
                // (Calculators never reach this component; AnyWidget routes them elsewhere.)
                Widget::Maturity | Widget::BreachCost | Widget::Flywheel | Widget::DecisionWeights => maturity_result::result_view(q, &score, &share_link),
                Widget::Spectrum => spectrum_result::result_view(q, &score, &share_link, &on_target),
            } }
            <ShareBar link={share_link} lang={q.lang} {on_reset} />
        </section>
    }
}
