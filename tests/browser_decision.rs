//! Browser tests of the decision-weights widget in headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

mod support;

use support::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

async fn type_cell(h: &web_sys::Element, cell: &str, text: &str) {
    set_value(h, &format!("input[data-cell='{cell}']"), text, "input").await;
}

async fn choose_preset(h: &web_sys::Element, code: &str) {
    set_value(h, "select[data-field='preset']", code, "change").await;
}

#[wasm_bindgen_test]
async fn the_supply_chain_example_shows_the_lead_moving_when_reframed() {
    clear_storage();
    let h = mount(&[("data-secworth", "decision-weights"), ("data-lang", "en")]).await;
    assert_eq!(result_value(&h, "leader-original").as_deref(), Some("Feature-rich rival"));
    assert_eq!(result_value(&h, "leader-reframed").as_deref(), Some("Us (in-house code, audited)"));
    assert!(text(&h, "[data-lead-change]").contains("moves the lead from Feature-rich rival to Us"));
    assert_eq!(text(&h, "td[data-total='0']"), "8.40 (#1)6.90 (#2)");
    assert!(text(&h, "[data-weights-note]").contains("fractions that add up to 1"));
    // Live as they type: the rival's supply-chain score rises and it keeps the lead.
    type_cell(&h, "s0-2", "9").await;
    assert_eq!(result_value(&h, "leader-reframed").as_deref(), Some("Feature-rich rival"));
    assert!(text(&h, "[data-lead-change]").contains("keeps the lead"));
}

#[wasm_bindgen_test]
async fn weights_on_a_1_to_10_scale_are_normalised_and_ties_are_called_ties() {
    clear_storage();
    let h = mount(&[("data-secworth", "decision-weights"), ("data-lang", "en")]).await;
    choose_preset(&h, "edr").await;
    assert_eq!(result_value(&h, "leader-original").as_deref(), Some("High-detection EDR"));
    type_cell(&h, "w0", "6").await;
    type_cell(&h, "w1", "4").await;
    assert!(text(&h, "[data-weights-note]").contains("Weights add up to 10; each is divided by 10"));
    assert!(text(&h, "tr[data-criterion='0']").contains("60%"));
    assert_eq!(result_value(&h, "leader-original").as_deref(), Some("High-detection EDR"), "same ranking as 0.6 / 0.4");
    // Make the two vendors equal on every criterion.
    for (cell, v) in [("s1-0", "9"), ("s1-1", "7"), ("s1-2", "3")] {
        type_cell(&h, cell, v).await;
    }
    assert_eq!(result_value(&h, "leader-original").as_deref(), Some("tie"));
    assert!(text(&h, "output[data-result='leader-original']").starts_with("Tie:"));
}

#[wasm_bindgen_test]
async fn bad_numbers_are_explained_and_rows_and_vendors_can_be_added() {
    clear_storage();
    let (h, seen) = mount_recording(&[("data-secworth", "decision-weights"), ("data-lang", "zh")]).await;
    type_cell(&h, "s1-0", "12").await;
    let message = text(&h, "ul.sw-error");
    assert!(message.contains("请输入 0 到 10 之间的数字"));
    // A Chinese sentence: the cell's place is joined with full-width punctuation.
    assert!(message.contains('：') && message.contains('，') && !message.contains(": "), "{message}");
    let cell = find(&h, "input[data-cell='s1-0']").unwrap();
    assert_eq!(cell.get_attribute("aria-invalid").as_deref(), Some("true"));
    for action in ["add-criterion", "add-vendor"] {
        find(&h, &format!("button[data-action='{action}']")).unwrap().dyn_into::<HtmlElement>().unwrap().click();
        yew::scheduler::flush().await;
    }
    assert_eq!(find_all(&h, "tbody tr").len(), 4);
    assert_eq!(find_all(&h, "thead input[data-vendor]").len(), 3);
    let last = seen.borrow().last().cloned().unwrap();
    assert_eq!(last["widget"], "decision-weights");
    assert_eq!(last["vendors"].as_array().unwrap().len(), 3);
    assert_eq!(last["original"]["tie"], false);
}
