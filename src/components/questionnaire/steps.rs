//! Components layer: the steps layout of a questionnaire: one question per screen,
//! answering moves on after a short pause that any other action cancels, Back and
//! Next, a progress bar naming the dimension, keys for the answers (1-9, A-J) and
//! Enter, focus on each new question's heading, and each step in the browser's
//! history on a page of its own; then the result screen.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use crate::browser::history;
use crate::model::questionnaire::text::{question_of, text};
use crate::model::questionnaire::{Action, Questionnaire};

/// The pause between choosing an answer and the next question: long enough to see
/// the choice and change it, short enough not to wait for.
const ADVANCE_MS: u32 = 700;

#[derive(Properties, PartialEq)]
pub struct StepsProps {
    pub q: Questionnaire,
    pub on_action: Callback<Action>,
    pub instance: u32,
    /// The widget owns the page: steps go into the browser's history.
    pub history: bool,
    /// The result screen's content.
    pub result: Html,
}

/// Whether a key's target acts on Enter by itself (a button, a link, a field other than
/// the answers' radio buttons): the steps' own Enter must leave it alone, or Enter on
/// Back would also go on.
fn handles_enter(target: Option<Element>) -> bool {
    target.is_some_and(|t| match t.tag_name().to_ascii_lowercase().as_str() {
        "button" | "a" | "select" | "textarea" | "summary" => true,
        "input" => t.get_attribute("type").is_none_or(|kind| !kind.eq_ignore_ascii_case("radio")),
        _ => false,
    })
}

/// What takes the focus on the result screen: the result's heading, or the Review
/// button while there is no result (a step from the history after "Start over").
fn result_focus(screen: &NodeRef) -> Option<HtmlElement> {
    let screen = screen.cast::<Element>()?;
    ["h3.sw-result-heading", "[data-action=review]"]
        .iter()
        .find_map(|selector| screen.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
}

/// The option a key chooses: `1`-`9` and `a`-`j` (either case), 0-based.
fn option_for_key(key: &str) -> Option<u8> {
    let c = key.chars().next().filter(|_| key.chars().count() == 1)?.to_ascii_lowercase();
    match c {
        '1'..='9' => Some(c as u8 - b'1'),
        'a'..='j' => Some(c as u8 - b'a'),
        _ => None,
    }
}

#[component]
pub fn Steps(props: &StepsProps) -> Html {
    let q = &props.q;
    let (qt, lang, total) = (text(q.lang), q.lang, q.answers.len());
    let heading = use_node_ref();
    let result_screen = use_node_ref();
    let timer: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    // Whether the step on screen came from the history (Back or Forward): not pushed again.
    let from_history = use_mut_ref(|| false);
    let shown = use_mut_ref(|| q.step);

    // Every action the user takes here cancels a pending advance first.
    let act = {
        let (timer, on_action) = (timer.clone(), props.on_action.clone());
        Callback::from(move |a: Action| {
            timer.borrow_mut().take();
            on_action.emit(a);
        })
    };
    let answer = {
        let (timer, on_action, act) = (timer.clone(), props.on_action.clone(), act.clone());
        let step = q.step;
        Callback::from(move |option: u8| {
            act.emit(Action::Answer { question: step, option });
            let on_action = on_action.clone();
            // Guarded by the step: should anything have moved the questionnaire on or
            // cleared the answer before the timer fires, the model ignores it.
            let advance = move || on_action.emit(Action::AutoAdvance { from: step });
            *timer.borrow_mut() = Some(Timeout::new(ADVANCE_MS, advance));
        })
    };

    // The history: the first step replaces the entry, each later one adds one.
    {
        let (on_action, enabled) = (props.on_action.clone(), props.history);
        let (from_history, shown, timer) = (from_history.clone(), shown.clone(), timer.clone());
        use_effect_with(enabled, move |enabled| {
            let listener = enabled.then(|| {
                history::on_step(move |step| {
                    // The browser's Back or Forward is an action too: no advance after it.
                    timer.borrow_mut().take();
                    if step != *shown.borrow() {
                        *from_history.borrow_mut() = true;
                        on_action.emit(Action::Go(step));
                    }
                })
            });
            move || drop(listener)
        });
    }
    // A language switch (the frame's) cancels a pending advance as any other action does.
    {
        let timer = timer.clone();
        use_effect_with(q.lang, move |_| {
            timer.borrow_mut().take();
        });
    }
    let first = use_mut_ref(|| true);
    {
        let (heading, from_history, enabled) = (heading.clone(), from_history.clone(), props.history);
        let result_screen = result_screen.clone();
        use_effect_with(q.step, move |step| {
            *shown.borrow_mut() = *step;
            let initial = std::mem::replace(&mut *first.borrow_mut(), false);
            let replayed = std::mem::replace(&mut *from_history.borrow_mut(), false);
            if enabled && initial {
                history::replace_step(*step);
            } else if enabled && !replayed {
                history::push_step(*step);
            }
            // A screen reader hears the new question, and the keys reach it. On a host's
            // page the first question does not take the focus: the host's page has it.
            // On the result screen, its heading (or, with no result yet, the way back to
            // the questions) takes the focus the Next button had.
            if !initial || enabled {
                let target = heading.cast::<HtmlElement>().or_else(|| result_focus(&result_screen));
                if let Some(h) = target {
                    let _ = h.focus();
                }
            }
        });
    }

    if q.on_result() {
        return html! {
            <div class="sw-steps-result" ref={result_screen}>
                { props.result.clone() }
                <div class="sw-buttons sw-step-nav">
                    <button type="button" class="sw-button sw-button-quiet" data-action="review" onclick={act.reform(|_| Action::Go(0))}>{ qt.review }</button>
                </div>
            </div>
        };
    }

    let question = &q.bank.questions[q.step];
    let dimension = q.bank.dimensions.iter().find(|d| d.id == question.dimension).map_or("", |d| d.title.get(lang));
    let selected = q.answers[q.step];
    let name = format!("sw{}-step-{}", props.instance, question.id);
    let onkeydown = {
        let (answer, act, options, answered) =
            (answer.clone(), act.clone(), question.options.len(), selected.is_some());
        Callback::from(move |e: KeyboardEvent| {
            if e.ctrl_key() || e.meta_key() || e.alt_key() {
                return;
            }
            match option_for_key(&e.key()) {
                Some(o) if (o as usize) < options => {
                    e.prevent_default();
                    answer.emit(o);
                }
                _ if e.key() == "Enter" && answered && !handles_enter(e.target_dyn_into::<Element>()) => {
                    e.prevent_default();
                    act.emit(Action::Next);
                }
                _ => {}
            }
        })
    };
    let last = q.step + 1 == total;
    html! {
        <div class="sw-stepper" {onkeydown} data-step={q.step.to_string()}>
            <div class="sw-progress">
                <progress max={total.to_string()} value={q.step.to_string()} aria-label={qt.progress}></progress>
                <span class="sw-progress-text">{ question_of(q.step + 1, total, dimension, lang) }</span>
            </div>
            // Keyed by question: each question gets fresh radio buttons, never the last one's checked state.
            <fieldset key={question.id.clone()} class="sw-question sw-step" data-question={question.id.clone()} data-answered={selected.is_some().to_string()}>
                <legend><h3 class="sw-step-title" tabindex="-1" ref={heading}>{ question.text.get(lang) }</h3></legend>
                if let Some(help) = &question.help {
                    <p class="sw-help">{ help.get(lang) }</p>
                }
                <div class="sw-options">
                    { for question.options.iter().enumerate().map(|(o, option)| {
                        let o = o as u8;
                        let key = char::from(b'A' + o);
                        html! {
                            <label class="sw-option">
                                <input type="radio" name={name.clone()} value={o.to_string()} checked={selected == Some(o)}
                                       onchange={answer.reform(move |_| o)} />
                                <span class="sw-key" aria-hidden="true">{ key }</span>
                                <span>{ option.text.get(lang) }</span>
                            </label>
                        }
                    }) }
                </div>
            </fieldset>
            <div class="sw-buttons sw-step-nav">
                <button type="button" class="sw-button sw-button-quiet" data-action="back" disabled={q.step == 0}
                        onclick={act.reform(|_| Action::Back)}>{ qt.back }</button>
                <button type="button" class="sw-button" data-action="next" disabled={selected.is_none()}
                        onclick={act.reform(|_| Action::Next)}>{ if last { qt.see_result } else { qt.next } }</button>
            </div>
            <p class="sw-hint-small sw-keys">{ if props.history { qt.keys_hint_history } else { qt.keys_hint } }</p>
        </div>
    }
}
