//! Components layer: the form: one question as a group of native radio buttons
//! (keyboard and screen-reader friendly without ARIA tricks), and progress.

use yew::prelude::*;

use crate::model::lang::Lang;
use crate::model::questionnaire::bank::Question;
use crate::model::questionnaire::text::text;

/// Renders question `index` (0-based) with its options; choosing one emits `(index, option)`.
pub fn question_field(
    index: usize,
    question: &Question,
    selected: Option<u8>,
    lang: Lang,
    instance: u32,
    on_answer: &Callback<(usize, u8)>,
) -> Html {
    let name = format!("sw{instance}-{}", question.id);
    let help_id = format!("{name}-help");
    let has_help = question.help.is_some();
    html! {
        <fieldset class="sw-question" data-question={question.id.clone()} data-answered={selected.is_some().to_string()}
                  aria-describedby={has_help.then(|| help_id.clone())}>
            <legend><span class="sw-qnum">{ format!("{}.", index + 1) }</span>{ " " }{ question.text.get(lang) }</legend>
            if let Some(help) = &question.help {
                <p class="sw-help" id={help_id.clone()}>{ help.get(lang) }</p>
            }
            <div class="sw-options">
                { for question.options.iter().enumerate().map(|(o, option)| {
                    let o = o as u8;
                    let on_answer = on_answer.clone();
                    html! {
                        <label class="sw-option">
                            <input type="radio" name={name.clone()} value={o.to_string()} checked={selected == Some(o)}
                                   onchange={move |_| on_answer.emit((index, o))} />
                            <span>{ option.text.get(lang) }</span>
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    }
}

pub fn progress(answered: usize, questions: usize, lang: Lang) -> Html {
    let qt = text(lang);
    html! {
        <div class={classes!("sw-progress", (answered == questions).then_some("sw-progress-done"))}>
            <progress max={questions.to_string()} value={answered.to_string()} aria-label={qt.progress}></progress>
            <span class="sw-progress-text" data-progress={format!("{answered}/{questions}")}>
                { format!("{answered} / {questions}") }
            </span>
        </div>
    }
}
