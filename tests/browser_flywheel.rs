//! Browser tests of the flywheel calculator in headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

mod support;

use support::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlInputElement;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn a_success_lead_sees_health_nps_and_the_revenue_gap_update_as_they_type() {
    clear_storage();
    let h = mount(&[("data-secworth", "flywheel"), ("data-lang", "en")]).await;
    // Results show at once, from the defaults.
    assert_eq!(result_value(&h, "nps").as_deref(), Some("30"));
    let before: f64 = result_value(&h, "revenue-gap").unwrap().parse().unwrap();
    assert!(before > 0.0);
    type_into(&h, "ttv", "2").await;
    type_into(&h, "adoption", "75").await;
    type_into(&h, "healthy", "85").await;
    type_into(&h, "nps", "60").await;
    type_into(&h, "churn", "4").await;
    assert_eq!(result_value(&h, "flywheel-health").as_deref(), Some("100"));
    assert_eq!(result_value(&h, "revenue-gap").as_deref(), Some("0"), "already at the benchmark");
    let statuses: Vec<String> =
        find_all(&h, ".sw-kpis tbody tr").iter().map(|r| r.get_attribute("data-health").unwrap()).collect();
    assert_eq!(statuses, ["good"; 5]);
    assert!(find(&h, ".sw-chart canvas")
        .unwrap()
        .get_attribute("aria-label")
        .unwrap()
        .contains("Data insight: 85%, healthy"));
    assert_eq!(result_value(&h, "net-revenue-retention").as_deref(), Some("104"), "100 - 4 + 8");
}

#[wasm_bindgen_test]
async fn bad_input_gets_an_inline_message_and_the_last_valid_value_stays_in_use() {
    clear_storage();
    let h = mount(&[("data-secworth", "flywheel"), ("data-lang", "en")]).await;
    let health = result_value(&h, "flywheel-health");
    type_into(&h, "adoption", "150").await;
    let field = find(&h, "[data-field='adoption']").unwrap();
    assert!(text(&field, ".sw-error").contains("from 0 to 100"));
    let input: HtmlInputElement = find(&field, "input").unwrap().dyn_into().unwrap();
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(input.value(), "150", "what was typed stays visible");
    assert_eq!(result_value(&h, "flywheel-health"), health, "the result keeps the last valid value");
    type_into(&h, "churn", "NaN").await;
    assert!(text(&h, "[data-field='churn'] .sw-error").contains("not a number"));
    type_into(&h, "adoption", "70").await;
    assert!(find(&h, "[data-field='adoption'] .sw-error").is_none());
}

#[wasm_bindgen_test]
async fn nps_from_survey_counts_and_the_result_event() {
    clear_storage();
    let (h, seen) = mount_recording(&[("data-secworth", "flywheel"), ("data-lang", "zh")]).await;
    let counts: HtmlInputElement = find(&h, "input[data-nps-mode='counts']").unwrap().dyn_into().unwrap();
    counts.click();
    yew::scheduler::flush().await;
    type_into(&h, "promoters", "70").await;
    type_into(&h, "passives", "20").await;
    type_into(&h, "detractors", "10").await;
    assert_eq!(result_value(&h, "nps").as_deref(), Some("60"), "70% - 10%");
    type_into(&h, "detractors", "-5").await;
    assert!(text(&h, "[data-field='detractors'] .sw-error").contains("0"), "negative counts are refused");
    let events = seen.borrow();
    let last = events.last().unwrap();
    assert_eq!(last["widget"], "flywheel");
    assert_eq!(last["nps"], 60.0);
    assert_eq!(last["currency"], "CNY", "Chinese defaults to yuan");
    assert_eq!(last["segments"].as_array().unwrap().len(), 5);
}

#[wasm_bindgen_test]
async fn inputs_survive_a_remount_through_storage() {
    clear_storage();
    let first = mount(&[("data-secworth", "flywheel"), ("data-lang", "en")]).await;
    type_into(&first, "customers", "480").await;
    first.remove();
    let second = mount(&[("data-secworth", "flywheel"), ("data-lang", "en")]).await;
    let input: HtmlInputElement = find(&second, "[data-field='customers'] input").unwrap().dyn_into().unwrap();
    assert_eq!(input.value(), "480");
}
