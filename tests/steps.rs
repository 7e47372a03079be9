//! The questionnaires' two layouts: which one a page opens with, how the steps move,
//! where a reopened link lands, and the layout in the share link.

use secworth::model::lang::{Audience, Lang, Layout};
use secworth::model::note::Note;
use secworth::model::questionnaire::{Action, Questionnaire};
use secworth::model::widget::{Opening, Widget, WidgetModel};

fn open(link: &str) -> Questionnaire {
    Questionnaire::open(&Opening::link(Widget::Maturity, link, Lang::En))
}

#[test]
fn an_owner_gets_one_question_at_a_time_and_a_vendor_the_whole_list() {
    assert_eq!(open("").layout, Layout::Steps, "self-assessment is the default audience");
    assert_eq!(open("audience=screen").layout, Layout::List);
    assert_eq!(open("audience=screen&layout=steps").layout, Layout::Steps);
    // The embedder's data-layout, unless the link says otherwise.
    let embed = |layout, link| {
        Questionnaire::open(&Opening { layout: Some(layout), ..Opening::link(Widget::Spectrum, link, Lang::En) }).layout
    };
    assert_eq!(embed(Layout::List, ""), Layout::List);
    assert_eq!(embed(Layout::List, "layout=steps"), Layout::Steps);
    let q = open("layout=sideways");
    assert_eq!(q.layout, Layout::Steps);
    assert_eq!(q.notes, [Note::UnknownChoice { key: "layout".into(), value: "sideways".into() }]);
}

#[test]
fn a_reopened_link_lands_on_the_first_unanswered_question_or_the_result() {
    assert_eq!(open("v=1&a=3210").step, 4);
    assert_eq!(open("v=1&a=32_0").step, 2);
    let done = open("v=1&a=321033201312001");
    assert!(done.on_result() && done.step == 15);
    // Saved answers land the same way.
    let load = |_: &str| Some("v=1&a=3333".to_string());
    let saved = Questionnaire::open(&Opening { storage: Some(&load), ..Opening::link(Widget::Maturity, "", Lang::En) });
    assert_eq!(saved.step, 4);
}

#[test]
fn next_back_and_go_stay_within_the_questions_and_the_result_screen() {
    let mut q = open("");
    q.apply(Action::Back);
    assert_eq!(q.step, 0, "nothing before the first question");
    q.apply(Action::Answer { question: 0, option: 2 });
    q.apply(Action::Next);
    assert_eq!(q.step, 1);
    q.apply(Action::Go(99));
    assert!(q.on_result() && q.step == 15);
    q.apply(Action::Next);
    assert_eq!(q.step, 15);
    q.apply(Action::Back);
    assert_eq!(q.step, 14, "from the result, back to the last question");
    q.apply(Action::Go(3));
    q.apply(Action::Frame(secworth::model::widget::FrameAction::Reset));
    assert_eq!((q.step, q.answers.iter().flatten().count()), (0, 0), "start over: the first question");
}

#[test]
fn the_link_names_the_layout_only_where_it_is_not_the_audiences_default() {
    let mut q = open("v=1&a=3");
    assert!(!q.share_query().contains("layout"), "{}", q.share_query());
    q.apply(Action::SetLayout(Layout::List));
    assert!(q.share_query().ends_with("&layout=list"), "{}", q.share_query());
    let back = open(&q.share_query());
    assert_eq!((back.layout, back.audience, back.notes.len()), (Layout::List, Audience::SelfAssessment, 0));
    assert!(!open("audience=screen").share_query().contains("layout"));
}

#[test]
fn the_pause_after_answering_moves_on_only_from_the_question_it_was_started_on() {
    use secworth::model::widget::FrameAction;
    let mut q = open("");
    q.apply(Action::Answer { question: 0, option: 1 });
    q.apply(Action::AutoAdvance { from: 0 });
    assert_eq!(q.step, 1, "answered and still on screen: on to the next question");

    // Back (or the browser's history) before the pause ends: the user stays where they went.
    q.apply(Action::Answer { question: 1, option: 1 });
    q.apply(Action::Back);
    q.apply(Action::AutoAdvance { from: 1 });
    assert_eq!(q.step, 0);
    q.apply(Action::Go(1));
    q.apply(Action::Go(4));
    q.apply(Action::AutoAdvance { from: 1 });
    assert_eq!(q.step, 4, "a step from the history is not undone");

    // "Start over" before the pause ends: the first question, unanswered, stays.
    q.apply(Action::Go(2));
    q.apply(Action::Answer { question: 2, option: 0 });
    q.apply(Action::Frame(FrameAction::Reset));
    q.apply(Action::AutoAdvance { from: 2 });
    assert_eq!(q.step, 0);
    q.apply(Action::AutoAdvance { from: 0 });
    assert_eq!(q.step, 0, "an unanswered question does not move on");

    // The last question moves on to the result; nothing moves on from there.
    let mut done = open("v=1&a=32103320131200");
    assert_eq!(done.step, 14);
    done.apply(Action::Answer { question: 14, option: 0 });
    done.apply(Action::AutoAdvance { from: 14 });
    assert!(done.on_result());
    done.apply(Action::AutoAdvance { from: 15 });
    done.apply(Action::AutoAdvance { from: 99 });
    assert_eq!(done.step, 15);
}

#[test]
fn the_keys_hint_names_the_browsers_back_button_only_where_steps_are_in_the_history() {
    use secworth::model::questionnaire::text::text;
    for (lang, back) in [(Lang::En, "Back button"), (Lang::Zh, "后退")] {
        let qt = text(lang);
        assert!(!qt.keys_hint.contains(back), "{lang:?}: an embed's steps are not in the history: {}", qt.keys_hint);
        assert!(qt.keys_hint_history.contains(back), "{lang:?}: {}", qt.keys_hint_history);
        assert!(qt.keys_hint_history.starts_with(qt.keys_hint.trim_end_matches(['.', '。'])));
    }
}

#[test]
fn moving_between_steps_announces_nothing_new_and_an_answer_does() {
    use secworth::model::widget::contract::Announced;
    let mut q = open("v=1&a=321033201312001");
    let mut announced = Announced::default();
    let now = |q: &Questionnaire| (q.share_query(), q.has_result().then(|| q.result_json()));
    let (query, result) = now(&q);
    assert!(announced.changed(&query, &result), "the first state is announced");
    for step in [Action::Back, Action::Go(3), Action::Next, Action::Go(99)] {
        q.apply(step.clone());
        let (query, result) = now(&q);
        assert!(!announced.changed(&query, &result), "{step:?} changes neither the link nor the result");
    }
    q.apply(Action::Answer { question: 0, option: 0 });
    let (query, result) = now(&q);
    assert!(announced.changed(&query, &result), "a new answer is announced");
    assert!(!announced.changed(&query, &result), "once");
}
