//! Browser tests of the spectrum widget in headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

mod support;

use support::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Questions in bank order: value x3, non-functional x3, delivery x3, organisation x3.
async fn answer_by_dimension(h: &web_sys::Element, options: [usize; 4]) {
    for q in 0..12 {
        answer(h, q, options[q / 3]).await;
    }
}

#[wasm_bindgen_test]
async fn a_product_lead_sees_position_stage_root_causes_and_mssp_stage() {
    clear_storage();
    let h = mount(&[("data-secworth", "spectrum"), ("data-lang", "en"), ("data-layout", "list")]).await;
    assert_eq!(find_all(&h, "fieldset.sw-question").len(), 12);
    assert_eq!(result_value(&h, "spectrum-position"), None);
    // Strong product, standard delivery, weak organisation.
    answer_by_dimension(&h, [3, 3, 2, 0]).await;
    // 25 + 25 + 16.7 + 0 = 66.7: a standard solution.
    assert_eq!(result_value(&h, "spectrum-position").as_deref(), Some("66.7"));
    assert_eq!(result_value(&h, "spectrum-stage").as_deref(), Some("solution"));
    assert_eq!(text(&h, "output[data-result='spectrum-stage']"), "Standard solution");
    // MSSP questions: responsibility 2, response 2, measurement 0, collaboration 0 = 4 of 12 = 33.3%: 1.0.
    assert_eq!(result_value(&h, "mssp-stage").as_deref(), Some("1"));
    assert!(text(&h, ".sw-scale").contains("4-8 hours"));
    assert!(text(&h, ".sw-scale").contains("To reach 2.0"));
    // The weakest root cause is flagged with its remedy.
    assert_eq!(result_value(&h, "zombie-risk").as_deref(), Some("organisation"));
    let flagged = find(&h, "li.sw-zombie").unwrap();
    assert_eq!(flagged.get_attribute("data-cause").as_deref(), Some("organisation"));
    assert!(flagged.text_content().unwrap().contains("customer success management"));
    assert_eq!(find_all(&h, "[data-cause]").len(), 4);
    // Two charts, each with a text alternative.
    let canvases = find_all(&h, ".sw-chart canvas");
    assert_eq!(canvases.len(), 2);
    let spectrum_label = canvases[0].get_attribute("aria-label").unwrap();
    assert!(
        spectrum_label.contains("66.7 / 100, Standard solution") && spectrum_label.contains("Target position: 80"),
        "{spectrum_label}"
    );
    assert!(canvases[1].get_attribute("aria-label").unwrap().contains("Organisation: 0 / 25"));
}

#[wasm_bindgen_test]
async fn the_target_defaults_to_the_next_stage_and_follows_the_slider_into_the_link() {
    clear_storage();
    let h = mount(&[("data-secworth", "spectrum"), ("data-lang", "en"), ("data-layout", "list")]).await;
    answer_by_dimension(&h, [1, 1, 1, 1]).await;
    assert_eq!(result_value(&h, "spectrum-stage").as_deref(), Some("box-plus"), "33.3 is past 30");
    assert_eq!(result_value(&h, "target").as_deref(), Some("55"), "the start of the next stage");
    set_value(&h, "input[data-target]", "90", "input").await;
    assert_eq!(result_value(&h, "target").as_deref(), Some("90"));
    assert!(find(&h, ".sw-chart canvas").unwrap().get_attribute("aria-label").unwrap().contains("Target position: 90"));
    let link = share_link(&h).await;
    assert!(link.contains("w=spectrum&") && link.ends_with("&a=111111111111&target=90&layout=list"), "{link}");
}

#[wasm_bindgen_test]
async fn results_reach_the_host_with_the_mssp_stage_in_chinese_too() {
    clear_storage();
    let (h, seen) =
        mount_recording(&[("data-secworth", "spectrum"), ("data-lang", "zh"), ("data-layout", "list")]).await;
    assert_eq!(text(&h, "fieldset.sw-dimension > legend"), "价值定义");
    answer_all(&h, 3).await;
    assert_eq!(text(&h, "output[data-result='spectrum-stage']"), "商品化：交付成果");
    assert!(text(&h, "output[data-result='mssp-stage']").contains("MSSP 3.0"));
    // The charts' text alternatives are Chinese sentences: full-width colons and semicolons.
    for canvas in find_all(&h, ".sw-chart canvas") {
        let label = canvas.get_attribute("aria-label").unwrap();
        assert!(label.contains('：') && !label.contains(": ") && !label.contains("; "), "{label}");
    }
    assert!(find_all(&h, ".sw-chart canvas")[1].get_attribute("aria-label").unwrap().contains("；"));
    let events = seen.borrow();
    let last = events.last().expect("an event");
    assert_eq!(last["widget"], "spectrum");
    assert_eq!(last["total"], 100.0);
    assert_eq!(last["band"], "outcome");
    assert_eq!(last["scales"][0]["id"], "mssp");
    assert_eq!(last["scales"][0]["value"], 3.0);
    assert_eq!(last["scales"][0]["level"], "mssp-3");
}
