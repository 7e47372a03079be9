//! Browser tests of the renewal-risk review in headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

mod support;

use support::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Clicks the checkbox or radio `selector` finds inside `within`, as a user would.
async fn click(within: &Element, selector: &str) {
    let input: HtmlInputElement = find(within, selector).unwrap_or_else(|| panic!("no {selector}")).dyn_into().unwrap();
    input.click();
    yew::scheduler::flush().await;
}

async fn mark(h: &Element, risk: &str, level: &str) {
    click(h, &format!("[data-risk='{risk}'] > label input[type=checkbox]")).await;
    click(h, &format!("[data-risk='{risk}'] input[type=radio][value='{level}']")).await;
}

#[wasm_bindgen_test]
async fn a_service_manager_marks_risks_confirms_checks_and_sees_the_outlook_change() {
    clear_storage();
    let (h, seen) = mount_recording(&[("data-secworth", "renewal-risk"), ("data-lang", "en")]).await;
    assert_eq!(result_value(&h, "renewal-risk").as_deref(), Some("at-risk"), "no check given yet");
    assert_eq!(result_value(&h, "high-risks").as_deref(), Some("0"));
    mark(&h, "budget", "high").await;
    assert_eq!(result_value(&h, "renewal-risk").as_deref(), Some("unlikely"));
    assert_eq!(result_value(&h, "high-risks").as_deref(), Some("1"));
    assert!(text(&h, "[data-outlook] .sw-reasons").contains("A high risk is open."));
    // The ranked risk lists the seed's actions for a budget risk.
    let ranked = find(&h, ".sw-ranked li[data-risk='budget']").unwrap();
    assert!(find(&ranked, "[data-playbook='confirm-budget']").is_some());
    assert!(find(&ranked, "[data-action='agree-response']").is_some(), "no response agreed yet");
    // Every "no risk" check given: the budget is confirmed, so only at risk.
    for c in ["decision-maker-values", "budget-approved", "budget-process-clear", "satisfied"] {
        click(&h, &format!("[data-confirmation='{c}'] input")).await;
    }
    assert_eq!(result_value(&h, "renewal-risk").as_deref(), Some("at-risk"));
    // Accepting a high risk is flagged; closing it leaves renewal likely.
    set_value(&h, "[data-risk='budget'] select[data-field='response']", "accept", "change").await;
    assert_eq!(
        find(&h, "[data-risk='budget'] [data-response-fits]").unwrap().get_attribute("data-response-fits").as_deref(),
        Some("false")
    );
    set_value(&h, "[data-risk='budget'] select[data-field='state']", "closed", "change").await;
    assert_eq!(result_value(&h, "renewal-risk").as_deref(), Some("likely"));
    assert_eq!(result_value(&h, "open-risks").as_deref(), Some("0"));
    let last = seen.borrow().last().cloned().unwrap();
    assert_eq!((last["widget"].as_str(), last["outlook"].as_str()), (Some("renewal-risk"), Some("likely")));
    assert_eq!(last["risks"][0]["state"], "closed");
}

#[wasm_bindgen_test]
async fn measures_show_or_undermine_the_value_and_bad_input_gets_a_message() {
    clear_storage();
    let h = mount(&[("data-secworth", "renewal-risk"), ("data-lang", "zh")]).await;
    let accuracy = "[data-measure='alert-accuracy'] .sw-measure-input:nth-of-type(1) input";
    set_value(&h, accuracy, "86", "input").await;
    let row = find(&h, "[data-measure='alert-accuracy']").unwrap();
    assert_eq!(row.get_attribute("data-status").as_deref(), Some("poor"));
    assert!(text(&row, ".sw-status").contains("削弱价值感知"));
    assert!(text(&h, ".sw-warnings").contains("威胁/事件准确率"));
    set_value(&h, accuracy, "九十", "input").await;
    assert!(text(&row, ".sw-error").contains("不是一个数字"), "{}", text(&row, ".sw-error"));
    let input: HtmlInputElement = find(&h, accuracy).unwrap().dyn_into().unwrap();
    assert_eq!(input.value(), "九十", "what was typed stays visible");
    assert_eq!(row.get_attribute("data-status").as_deref(), Some("poor"), "the last valid value stays in use");
    set_value(&h, "[data-measure='alert-accuracy'] .sw-measure-input:nth-of-type(2) input", "80", "input").await;
    set_value(&h, accuracy, "86", "input").await;
    assert_eq!(
        find(&h, "[data-measure='alert-accuracy']").unwrap().get_attribute("data-status").as_deref(),
        Some("good")
    );
    assert!(find(&h, ".sw-warnings").is_none());
}

#[wasm_bindgen_test]
async fn a_refused_inline_model_leaves_the_built_in_one_with_a_note() {
    clear_storage();
    let h = mount_with(
        &[("data-secworth", "renewal-risk"), ("data-lang", "en")],
        r#"<script type="application/json">{"id": "mine", "version": 1}</script>"#,
    )
    .await;
    assert!(text(&h, ".sw-notes").contains("The custom risk model was refused"), "{}", text(&h, ".sw-notes"));
    assert_eq!(find_all(&h, "[data-risk]").len(), 14, "the built-in taxonomy");
}
