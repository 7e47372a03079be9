//! Components layer: a questionnaire widget (the maturity questionnaire, SPEC 2.1,
//! and the spectrum assessment, SPEC 2.3) inside the shared frame: one engine, the
//! result view chosen by the widget, in either layout (one question at a time, or
//! all on one page). The state is the model's `Questionnaire`.

#[cfg(feature = "maturity")]
mod maturity_result;
mod question;
#[cfg(feature = "spectrum")]
mod spectrum_result;
mod steps;

use yew::prelude::*;

use super::frame::{Ctx, WidgetView};
use crate::model::lang::{Audience, Layout};
use crate::model::questionnaire::scoring::round1;
use crate::model::questionnaire::text::text;
use crate::model::questionnaire::{Action, Questionnaire};
use crate::model::widget::Widget;
use question::question_field;
use steps::Steps;

/// A score as shown: one decimal.
fn points(x: f64) -> String {
    crate::model::decimal::shortest(round1(x))
}

/// The switch between the two layouts.
fn layout_switch(q: &Questionnaire, on_action: &Callback<Action>) -> Html {
    let qt = text(q.lang);
    let option = |layout: Layout, label: &'static str| {
        html! {
            <button type="button" class="sw-lang-option" aria-pressed={(q.layout == layout).to_string()}
                    data-layout-option={layout.code()} onclick={on_action.reform(move |_| Action::SetLayout(layout))}>{ label }</button>
        }
    };
    html! {
        <div class="sw-lang sw-layout" role="group" aria-label={qt.layout}>
            { option(Layout::Steps, qt.one_at_a_time) }
            { option(Layout::List, qt.all_at_once) }
        </div>
    }
}

impl WidgetView for Questionnaire {
    fn heading(&self) -> (&str, &str) {
        let qt = text(self.lang);
        let kicker = match self.audience {
            Audience::Screen => qt.audience_screen,
            Audience::SelfAssessment => qt.audience_self,
        };
        (kicker, self.bank.title.get(self.lang))
    }

    fn audience(&self) -> Option<Audience> {
        Some(self.audience)
    }

    fn body(&self, ctx: &Ctx<Self>) -> Html {
        let q = self;
        let score = q.score();
        // Each result view only in the bundles built with its widget.
        let result = match q.widget {
            #[cfg(feature = "spectrum")]
            Widget::Spectrum => {
                spectrum_result::result_view(q, &score, ctx.export, &ctx.on_action.reform(Action::SetTarget))
            }
            #[cfg(feature = "maturity")]
            Widget::Maturity => maturity_result::result_view(q, &score, ctx.export),
            _ => html! {},
        };
        if q.layout == Layout::Steps {
            return html! {
                <>
                    { layout_switch(q, &ctx.on_action) }
                    <Steps q={q.clone()} on_action={ctx.on_action.clone()} instance={ctx.instance} history={ctx.page} {result} />
                </>
            };
        }
        let on_answer = ctx.on_action.reform(|(question, option)| Action::Answer { question, option });
        html! {
            <>
                { layout_switch(q, &ctx.on_action) }
                { question::progress(score.answered, score.questions, q.lang) }
                <form class="sw-form" onsubmit={|e: SubmitEvent| e.prevent_default()}>
                    { for q.bank.dimensions.iter().map(|d| html! {
                        <fieldset class="sw-dimension" data-dimension={d.id.clone()}>
                            <legend>{ d.title.get(q.lang) }</legend>
                            { for q.bank.questions.iter().enumerate().filter(|(_, qu)| qu.dimension == d.id).map(|(i, qu)|
                                question_field(i, qu, q.answers[i], q.lang, ctx.instance, &on_answer)) }
                        </fieldset>
                    }) }
                </form>
                { result }
            </>
        }
    }
}
