//! Browser tests of the breach-cost calculator in headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

mod support;

use support::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlInputElement;

wasm_bindgen_test_configure!(run_in_browser);

fn amount(h: &web_sys::Element, name: &str) -> f64 {
    result_value(h, name).unwrap_or_else(|| panic!("no {name}")).parse().unwrap()
}

async fn tick(h: &web_sys::Element, selector: &str) {
    let input: HtmlInputElement = find(h, selector).unwrap_or_else(|| panic!("no {selector}")).dyn_into().unwrap();
    input.click();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn an_owner_sees_the_cost_split_and_the_range_move_as_they_type() {
    clear_storage();
    let h = mount(&[("data-secworth", "breach-cost"), ("data-lang", "en")]).await;
    let cost = amount(&h, "breach-cost");
    let (direct, indirect) = (amount(&h, "direct"), amount(&h, "indirect"));
    assert!(cost > 0.0 && (direct + indirect - cost).abs() <= 1.0, "{direct} + {indirect} = {cost}");
    let (p50, p90, p95, p99) =
        (amount(&h, "annual-p50"), amount(&h, "annual-p90"), amount(&h, "annual-p95"), amount(&h, "annual-p99"));
    assert!(
        p50 <= p90 && p90 <= p95 && p95 <= p99 && p99 > 0.0,
        "most years lose nothing; the 1-in-100 year does: {p50} {p90} {p95} {p99}"
    );
    assert!(result_value(&h, "fines").is_some(), "fines are a headline output");
    assert!(text(&h, "output[data-result='breach-cost']").starts_with('$'), "USD formatted by Intl");

    type_into(&h, "records_customer", "50,000").await;
    assert!(amount(&h, "breach-cost") > cost, "more records cost more");
    let before = amount(&h, "breach-cost");
    tick(&h, "input[name$='-controls'][value='encryption']").await;
    assert!(amount(&h, "breach-cost") < before, "a control cuts the cost");
    assert!(find(&h, ".sw-categories").is_none(), "the table beside the chart is built once opened");
    open_panel(&h, ".sw-table").await;
    assert_eq!(find_all(&h, ".sw-categories tbody tr").len(), 8, "a table of every category beside the chart");
    assert_eq!(find_all(&h, ".sw-chart canvas").len(), 3);
}

#[wasm_bindgen_test]
async fn bad_input_gets_an_inline_message_and_the_last_valid_value_stays_in_use() {
    clear_storage();
    let h = mount(&[("data-secworth", "breach-cost"), ("data-lang", "en")]).await;
    let cost = result_value(&h, "breach-cost");
    type_into(&h, "employees", "-3").await;
    assert!(text(&h, "[data-field='employees'] .sw-error").contains("from 1"));
    type_into(&h, "revenue", "Infinity").await;
    assert!(text(&h, "[data-field='revenue'] .sw-error").contains("not a number"));
    assert_eq!(result_value(&h, "breach-cost"), cost, "the result keeps the last valid values");
    open_panel(&h, ".sw-assumptions").await;
    set_value(&h, "[data-param='likelihood'] input", "abc", "input").await;
    assert!(text(&h, "[data-param='likelihood'] .sw-error").contains("not a number"));
}

#[wasm_bindgen_test]
async fn a_salesperson_sees_the_package_pay_back_and_can_edit_an_assumption() {
    clear_storage();
    let (h, seen) = mount_recording(&[("data-secworth", "breach-cost"), ("data-lang", "zh")]).await;
    let avoided = amount(&h, "loss-avoided");
    assert!(avoided > 0.0);
    assert!(amount(&h, "payback-months") > 0.0);
    assert_eq!(amount(&h, "downtime-after"), 2.0, "the seed's 24 h to 2 h");
    assert!(text(&h, "output[data-result='breach-cost']").contains('¥'), "Chinese defaults to yuan");
    // The user's own chance replaces the claims frequency; doubling it doubles the
    // expected loss (almost exactly: Poisson).
    assert!(find(&h, "[data-param='likelihood']").is_none(), "the closed assumptions panel is not built");
    open_panel(&h, ".sw-assumptions").await;
    set_value(&h, "[data-param='likelihood'] input", "2", "input").await;
    let loss = amount(&h, "expected-annual-loss");
    set_value(&h, "[data-param='likelihood'] input", "4", "input").await;
    let doubled = amount(&h, "expected-annual-loss");
    assert!(doubled > 2.0 * loss && doubled < 2.1 * loss, "{loss} -> {doubled}");
    assert_eq!(
        find(&h, "[data-param='likelihood']").unwrap().get_attribute("data-overridden").as_deref(),
        Some("true")
    );
    let events = seen.borrow();
    let last = events.last().unwrap();
    assert_eq!(last["widget"], "breach-cost");
    assert_eq!(last["currency"], "CNY");
    assert_eq!(last["inputs"]["assumptions"]["likelihood"], 4.0);
    assert!(
        last["annualLoss"]["p99"].as_f64().is_some() && last["fines"].as_f64().is_some(),
        "the event carries the tail and the fine"
    );
    assert_eq!(last["expectedAnnualLoss"].as_f64().unwrap(), doubled);
}

#[wasm_bindgen_test]
async fn the_share_link_carries_the_inputs_and_a_remount_keeps_them() {
    clear_storage();
    let h = mount(&[("data-secworth", "breach-cost"), ("data-lang", "en")]).await;
    set_value(&h, "select[data-field='industry']", "healthcare", "change").await;
    type_into(&h, "records_health", "12000").await;
    let link = share_link(&h).await;
    assert!(
        link.contains("w=breach-cost") && link.contains("industry=healthcare") && link.contains("records_health=12000"),
        "{link}"
    );
    let cost = result_value(&h, "breach-cost");
    h.remove();
    let again = mount(&[("data-secworth", "breach-cost"), ("data-lang", "en")]).await;
    assert_eq!(result_value(&again, "breach-cost"), cost, "the same numbers from storage");
}
