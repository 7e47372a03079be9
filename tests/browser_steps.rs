//! Browser tests of the questionnaires' steps layout (wasm-bindgen-test): one
//! question at a time, answered by click or key, moving on by itself, Back and Next,
//! and the result screen.
#![cfg(target_arch = "wasm32")]

mod support;

use support::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit};

wasm_bindgen_test_configure!(run_in_browser);

fn step(h: &Element) -> usize {
    find(h, ".sw-stepper").and_then(|s| s.get_attribute("data-step")).and_then(|s| s.parse().ok()).unwrap_or(usize::MAX)
}

/// Presses `key` where the question is, as a keyboard would.
async fn press(h: &Element, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    find(h, ".sw-step-title").unwrap().dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
}

async fn click(h: &Element, selector: &str) {
    find(h, selector).unwrap_or_else(|| panic!("no {selector}")).dyn_into::<HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn an_owner_answers_one_question_at_a_time_and_it_moves_on_by_itself() {
    clear_storage();
    let history = web_sys::window().unwrap().history().unwrap();
    let entries = history.length().unwrap();
    let h = mount(&[("data-secworth", "maturity"), ("data-lang", "en")]).await;
    assert_eq!(find_all(&h, "fieldset.sw-question").len(), 1, "one question on screen");
    assert_eq!(step(&h), 0);
    assert!(text(&h, ".sw-progress-text").starts_with("Question 1 of 15 · Budget awareness"));
    let next: HtmlElement = find(&h, "[data-action='next']").unwrap().dyn_into().unwrap();
    assert!(next.has_attribute("disabled"), "Next waits for an answer");
    click(&h, ".sw-option:nth-of-type(3) input").await;
    assert_eq!(step(&h), 0, "the choice stays on screen a moment");
    sleep_ms(900).await;
    yew::scheduler::flush().await;
    assert_eq!(step(&h), 1, "then the next question");
    click(&h, "[data-action='back']").await;
    assert_eq!(step(&h), 0);
    let chosen: web_sys::HtmlInputElement = find(&h, ".sw-option:nth-of-type(3) input").unwrap().dyn_into().unwrap();
    assert!(chosen.checked(), "the answer is kept");
    // Changing the answer and going on at once: no second advance follows.
    click(&h, ".sw-option:nth-of-type(2) input").await;
    click(&h, "[data-action='next']").await;
    sleep_ms(900).await;
    yew::scheduler::flush().await;
    assert_eq!(step(&h), 1, "Next cancelled the pending advance");
    // An embedded widget leaves the host's history alone.
    assert_eq!(history.length().unwrap(), entries);
}

#[wasm_bindgen_test]
async fn keys_answer_every_question_and_the_result_screen_stands_alone() {
    clear_storage();
    let (h, seen) = mount_recording(&[("data-secworth", "maturity"), ("data-lang", "en")]).await;
    for (i, key) in "dddcdddcdddcddd".chars().enumerate() {
        assert_eq!(step(&h), i);
        press(&h, &key.to_string()).await;
        press(&h, "Enter").await;
    }
    assert!(find(&h, ".sw-stepper").is_none(), "the questions are gone");
    assert_eq!(result_value(&h, "band").as_deref(), Some("qualified"));
    let total: f64 = result_value(&h, "total-score").unwrap().parse().unwrap();
    assert!(total > 60.0, "{total}");
    assert!(find(&h, "[data-action='share-image']").is_some(), "a result card to share");
    assert_eq!(seen.borrow().last().unwrap()["complete"], true);
    click(&h, "[data-action='review']").await;
    assert_eq!(step(&h), 0, "review starts at the first question");
    // Keys beyond a question's options do nothing.
    press(&h, "9").await;
    assert_eq!(step(&h), 0);
}

#[wasm_bindgen_test]
async fn the_layout_switch_shows_every_question_and_back() {
    clear_storage();
    let h = mount(&[("data-secworth", "spectrum"), ("data-lang", "zh")]).await;
    assert_eq!(find_all(&h, "fieldset.sw-question").len(), 1);
    click(&h, "[data-layout-option='list']").await;
    assert_eq!(find_all(&h, "fieldset.sw-question").len(), 12);
    click(&h, "[data-layout-option='steps']").await;
    assert!(text(&h, ".sw-progress-text").starts_with("第 1 题，共 12 题"));
}
