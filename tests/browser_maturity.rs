//! Browser tests of the maturity widget in headless Chromium (wasm-bindgen-test).
//! Each test mounts a fresh host element, acts as a user would and reads what the
//! user (or a host script) would see.
#![cfg(target_arch = "wasm32")]

mod support;

use support::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlInputElement;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn owner_answers_everything_and_sees_total_band_chart_and_next_steps() {
    clear_storage();
    let h = mount(&[
        ("data-secworth", "maturity"),
        ("data-lang", "en"),
        ("data-layout", "list"),
        ("data-audience", "self"),
    ])
    .await;
    assert_eq!(find_all(&h, "fieldset.sw-question").len(), 15);
    assert_eq!(result_value(&h, "total-score"), None, "no result before the questionnaire is complete");
    assert_eq!(text(&h, ".sw-progress-text"), "0 / 15");

    // Best answers everywhere except the budget dimension (lowest everywhere there).
    answer_all(&h, 3).await;
    for q in 0..3 {
        answer(&h, q, 0).await;
    }
    assert_eq!(text(&h, ".sw-progress-text"), "15 / 15");
    assert_eq!(result_value(&h, "total-score").as_deref(), Some("80"));
    assert_eq!(result_value(&h, "band").as_deref(), Some("qualified"));
    assert!(text(&h, "output[data-result='band']").contains("Well prepared"));
    let canvas = find(&h, ".sw-chart canvas").expect("a chart canvas");
    let label = canvas.get_attribute("aria-label").unwrap();
    assert!(label.contains("Budget awareness: 0 / 20"), "{label}");
    assert!(label.contains("Risk awareness: 20 / 20"), "{label}");
    assert_eq!(find_all(&h, ".sw-table tbody tr").len(), 5);
    // Only the weak dimension gets next steps; the others are at full marks.
    let weak: Vec<String> =
        find_all(&h, "[data-weak-dimension]").iter().map(|e| e.get_attribute("data-weak-dimension").unwrap()).collect();
    assert_eq!(weak, ["budget"]);
    assert!(text(&h, ".sw-steps").contains("budget line"));
}

#[wasm_bindgen_test]
async fn salesperson_sees_the_seed_verdicts() {
    clear_storage();
    let h = mount(&[
        ("data-secworth", "maturity"),
        ("data-lang", "en"),
        ("data-layout", "list"),
        ("data-audience", "screen"),
    ])
    .await;
    answer_all(&h, 0).await;
    assert_eq!(result_value(&h, "total-score").as_deref(), Some("0"));
    assert_eq!(result_value(&h, "band").as_deref(), Some("walk-away"));
    assert_eq!(text(&h, "output[data-result='band']"), "Walk away");
    // 2 of 3 points on every question: 13.3 per dimension, 66.7 in total: qualified.
    answer_all(&h, 2).await;
    assert_eq!(result_value(&h, "total-score").as_deref(), Some("66.7"));
    assert_eq!(result_value(&h, "band").as_deref(), Some("qualified"));
    // Drop three questions to 0: 66.7 - 3 * 2/9 * 20 = 53.3, a commitment is needed.
    for q in [0, 3, 6] {
        answer(&h, q, 0).await;
    }
    assert_eq!(result_value(&h, "total-score").as_deref(), Some("53.3"));
    assert_eq!(result_value(&h, "band").as_deref(), Some("commitment"));
    assert!(text(&h, "output[data-result='band']").contains("commitment"));
}

#[wasm_bindgen_test]
async fn speaks_chinese_when_asked() {
    clear_storage();
    let h = mount(&[("data-secworth", "maturity"), ("data-lang", "zh"), ("data-layout", "list")]).await;
    let legends: Vec<String> =
        find_all(&h, "fieldset.sw-dimension > legend").iter().map(|e| e.text_content().unwrap()).collect();
    assert_eq!(legends, ["预算意识", "风险认知水平", "决策参与度", "合规响应性", "危机预案完备性"]);
    assert_eq!(find(&h, ".secworth").unwrap().get_attribute("lang").as_deref(), Some("zh"));
    answer_all(&h, 1).await;
    assert_eq!(result_value(&h, "band").as_deref(), Some("walk-away"));
    assert!(text(&h, "output[data-result='band']").contains("高风险"), "self audience is the default and gives advice");
}

#[wasm_bindgen_test]
async fn completing_and_changing_the_result_dispatches_events_on_the_host() {
    clear_storage();
    let (h, seen) =
        mount_recording(&[("data-secworth", "maturity"), ("data-lang", "en"), ("data-layout", "list")]).await;
    answer_all(&h, 3).await;
    assert_eq!(seen.borrow().len(), 1, "one event when the result is complete");
    answer(&h, 14, 0).await;
    let events = seen.borrow();
    assert_eq!(events.len(), 2, "and one for each change after");
    let last = &events[1];
    assert_eq!(last["widget"], "maturity");
    assert_eq!(last["total"], 93.3);
    assert_eq!(last["band"], "qualified");
    assert_eq!(last["complete"], true);
    assert_eq!(last["answers"], "333333333333330");
    assert_eq!(last["dimensions"].as_array().unwrap().len(), 5);
}

#[wasm_bindgen_test]
async fn answers_survive_a_remount_through_storage() {
    clear_storage();
    let first = mount(&[("data-secworth", "maturity"), ("data-lang", "en"), ("data-layout", "list")]).await;
    answer(&first, 0, 2).await;
    answer(&first, 4, 1).await;
    first.remove();
    let second = mount(&[("data-secworth", "maturity"), ("data-lang", "en"), ("data-layout", "list")]).await;
    let checked: Vec<String> = find_all(&second, "input[type=radio]")
        .into_iter()
        .map(|i| i.dyn_into::<HtmlInputElement>().unwrap())
        .filter(|i| i.checked())
        .map(|i| i.value())
        .collect();
    assert_eq!(checked, ["2", "1"]);
    assert_eq!(text(&second, ".sw-progress-text"), "2 / 15");
    assert!(find(&second, ".sw-notes").is_none(), "no note when storage works");
}

#[wasm_bindgen_test]
async fn a_broken_inline_bank_is_refused_by_field_and_the_builtin_is_used() {
    clear_storage();
    let bad = r#"<script type="application/json">{"id": "custom", "version": 1, "title": {"zh": "题", "en": "T"},
        "dimensions": [{"id": "a", "title": {"zh": "甲"}, "points": 100}], "questions": [], "bands": []}</script>"#;
    let h = mount_with(&[("data-secworth", "maturity"), ("data-lang", "en"), ("data-layout", "list")], bad).await;
    let note = text(&h, ".sw-notes");
    assert!(note.contains("dimensions[0].title"), "{note}");
    assert!(note.contains("missing field `en`"), "{note}");
    assert_eq!(find_all(&h, "fieldset.sw-question").len(), 15, "the built-in bank is used");
}

#[wasm_bindgen_test]
async fn a_valid_inline_bank_replaces_the_builtin_one() {
    clear_storage();
    let bank = r#"<script type="application/json">{"id": "tiny", "version": 2, "title": {"zh": "小测", "en": "Tiny check"},
        "dimensions": [{"id": "a", "title": {"zh": "甲", "en": "Alpha"}, "points": 100}],
        "questions": [{"id": "q1", "dimension": "a", "text": {"zh": "一?", "en": "One?"},
            "options": [{"text": {"zh": "否", "en": "No"}, "points": 0}, {"text": {"zh": "是", "en": "Yes"}, "points": 1}]}],
        "bands": [{"min": 0, "id": "low", "title": {"screen": {"zh": "低", "en": "Low"}, "self": {"zh": "低", "en": "Low"}},
                   "advice": {"screen": {"zh": "低", "en": "Low"}, "self": {"zh": "低", "en": "Low"}}},
                  {"min": 50, "id": "high", "title": {"screen": {"zh": "高", "en": "High"}, "self": {"zh": "高", "en": "High"}},
                   "advice": {"screen": {"zh": "高", "en": "High"}, "self": {"zh": "高", "en": "High"}}}]}</script>"#;
    let h = mount_with(&[("data-secworth", "maturity"), ("data-lang", "en"), ("data-layout", "list")], bank).await;
    assert_eq!(text(&h, ".sw-title"), "Tiny check");
    answer(&h, 0, 1).await;
    assert_eq!(result_value(&h, "total-score").as_deref(), Some("100"));
    assert_eq!(result_value(&h, "band").as_deref(), Some("high"));
}

#[wasm_bindgen_test]
async fn an_unknown_widget_says_so_instead_of_failing() {
    let h = mount(&[("data-secworth", "<img src=x onerror=alert(1)>")]).await;
    assert!(h.text_content().unwrap().contains("unknown widget"));
    assert!(find(&h, "img").is_none(), "host-given text is shown as text");
}

#[wasm_bindgen_test]
async fn start_over_clears_every_answer() {
    clear_storage();
    let h = mount(&[("data-secworth", "maturity"), ("data-lang", "en"), ("data-layout", "list")]).await;
    answer_all(&h, 1).await;
    assert!(result_value(&h, "total-score").is_some());
    let reset: web_sys::HtmlElement = find(&h, "button[data-action='reset']").unwrap().dyn_into().unwrap();
    reset.click();
    yew::scheduler::flush().await;
    assert_eq!(text(&h, ".sw-progress-text"), "0 / 15");
    assert!(result_value(&h, "total-score").is_none());
}

#[wasm_bindgen_test]
async fn an_embedded_widget_shares_a_link_to_its_own_page_not_the_host_page() {
    clear_storage();
    let h = mount(&[("data-secworth", "maturity"), ("data-lang", "en"), ("data-layout", "list")]).await;
    answer(&h, 0, 3).await;
    let link = share_link(&h).await;
    assert!(link.ends_with("/index.html?w=maturity&lang=en&audience=self&v=1&a=3______________&layout=list"), "{link}");
    assert!(link.starts_with("http://127.0.0.1:"), "{link}");

    let custom = mount(&[
        ("data-secworth", "maturity"),
        ("data-lang", "en"),
        ("data-layout", "list"),
        ("data-share-url", "https://example.test/quiz"),
    ])
    .await;
    let link = share_link(&custom).await;
    assert!(link.starts_with("https://example.test/quiz?w=maturity&"), "{link}");
}
