//! Components layer: the renewal review's risks: the seed's taxonomy as checkboxes,
//! each marked risk opening its level (with the criteria), response (with what the
//! seed suggests at that level), state, main and root cause.

use yew::prelude::*;

use crate::components::select::select;
use crate::model::lang::Lang;
use crate::model::renewal::state::{Action, Marked, Renewal, MAX_CAUSE};
use crate::model::renewal::text::text;
use crate::model::text::colon;

/// What to emit for a text field's input.
fn on_text(on_action: &Callback<Action>, make: impl Fn(String) -> Action + 'static) -> Callback<InputEvent> {
    on_action.reform(move |e: InputEvent| make(e.target_unchecked_into::<web_sys::HtmlInputElement>().value()))
}

fn details(r: &Renewal, i: usize, m: &Marked, prefix: &str, on_action: &Callback<Action>) -> Html {
    let (model, lang, rt) = (&r.model, r.lang, text(r.lang));
    let id = format!("{prefix}-{}", model.risks[i].id);
    let suggested: Vec<&str> = model.suggested(m.level).map(|x| x.title.get(lang)).collect();
    let fits = model.response_fits(m.level, m.response);
    let guidance = format!(
        "{}{}{}",
        if fits { rt.suggested } else { rt.not_suggested },
        colon(lang),
        suggested.join(lang.pick(", ", "、"))
    );
    let mut responses = vec![(String::new(), rt.response_none.to_string())];
    responses.extend(model.responses.iter().map(|x| (x.id.clone(), x.title.get(lang).to_string())));
    let states = model.states.iter().map(|s| (s.id.clone(), s.title.get(lang).to_string())).collect();
    let (response_ids, state_ids): (Vec<String>, Vec<String>) =
        (model.responses.iter().map(|x| x.id.clone()).collect(), model.states.iter().map(|s| s.id.clone()).collect());
    html! {
        <div class="sw-risk-details">
            <fieldset class="sw-subgroup sw-levels">
                <legend>{ rt.level }</legend>
                { for model.levels.iter().enumerate().map(|(l, level)| {
                    let on_level = on_action.reform(move |_: Event| Action::SetLevel(i, l));
                    html! {
                        <label class="sw-choice sw-level">
                            <input type="radio" name={format!("{id}-level")} value={level.id.clone()} checked={m.level == l} onchange={on_level} />
                            <span><strong>{ level.title.get(lang) }</strong><span class="sw-hint-small">{ level.criteria.get(lang) }</span></span>
                        </label>
                    }
                }) }
            </fieldset>
            <div class="sw-fields">
                { select(format!("{id}-response"), rt.response, "response", responses,
                    m.response.map_or("", |x| model.responses[x].id.as_str()),
                    on_action.reform(move |code: String| Action::SetResponse(i, response_ids.iter().position(|x| *x == code)))) }
                { select(format!("{id}-state"), rt.state, "state", states, &model.states[m.state].id,
                    on_action.reform(move |code: String| Action::SetState(i, state_ids.iter().position(|x| *x == code).unwrap_or(0)))) }
            </div>
            <p class={if fits { "sw-hint-small" } else { "sw-error" }} data-response-fits={fits.to_string()}>{ guidance }</p>
            <div class="sw-fields">
                { cause_field(&format!("{id}-cause"), rt.cause, &m.cause, on_text(on_action, move |t| Action::SetCause(i, t))) }
                { cause_field(&format!("{id}-root"), rt.root, &m.root, on_text(on_action, move |t| Action::SetRoot(i, t))) }
            </div>
        </div>
    }
}

fn cause_field(id: &str, label: &str, value: &str, oninput: Callback<InputEvent>) -> Html {
    html! {
        <div class="sw-field">
            <label for={id.to_string()}>{ label.to_string() }</label>
            <input id={id.to_string()} type="text" autocomplete="off" maxlength={MAX_CAUSE.to_string()} value={value.to_string()} {oninput} />
        </div>
    }
}

/// The seed's prompts for the main and root cause.
fn analysis(r: &Renewal, lang: Lang) -> Html {
    let (a, rt) = (&r.model.analysis, text(lang));
    html! {
        <details class="sw-help sw-analysis">
            <summary>{ rt.analysis }</summary>
            <h4>{ rt.fishbone }</h4>
            <ol>{ for a.fishbone.iter().map(|s| html! { <li>{ s.get(lang) }</li> }) }</ol>
            <h4>{ rt.five_why }</h4>
            <p>{ a.five_why.get(lang) }</p>
            <h4>{ rt.questions }</h4>
            <ul>{ for a.questions.iter().map(|s| html! { <li>{ s.get(lang) }</li> }) }</ul>
        </details>
    }
}

pub fn form(r: &Renewal, instance: u32, on_action: &Callback<Action>) -> Html {
    let (model, lang, rt) = (&r.model, r.lang, text(r.lang));
    let prefix = format!("sw-rr{instance}");
    html! {
        <fieldset class="sw-group sw-risks">
            <legend>{ rt.risks }</legend>
            <p class="sw-hint-small">{ rt.risks_intro }</p>
            { analysis(r, lang) }
            { for model.groups.iter().map(|g| html! {
                <fieldset class="sw-subgroup" data-group={g.id.clone()}>
                    <legend>{ g.title.get(lang) }</legend>
                    { for model.risks.iter().enumerate().filter(|(_, risk)| risk.group == g.id).map(|(i, risk)| {
                        let marked = r.risks[i].as_ref();
                        let on_mark = on_action.reform(move |e: Event| {
                            Action::Mark(i, e.target_unchecked_into::<web_sys::HtmlInputElement>().checked())
                        });
                        html! {
                            <div class="sw-risk" data-risk={risk.id.clone()} data-marked={marked.is_some().to_string()}>
                                <label class="sw-choice">
                                    <input type="checkbox" checked={marked.is_some()} onchange={on_mark} />
                                    <span><strong>{ risk.title.get(lang) }</strong><span class="sw-hint-small">{ risk.help.get(lang) }</span></span>
                                </label>
                                if let Some(m) = marked { { details(r, i, m, &prefix, on_action) } }
                            </div>
                        }
                    }) }
                </fieldset>
            }) }
        </fieldset>
    }
}
