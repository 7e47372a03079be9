//! Native tests of questionnaire scoring, including property tests.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use secworth::model::questionnaire::builtin;
use secworth::model::questionnaire::scoring::{round1, score};

fn best_answers() -> Vec<Option<u8>> {
    builtin::maturity()
        .questions
        .iter()
        .map(|q| {
            let best = q.options.iter().enumerate().max_by(|a, b| a.1.points.total_cmp(&b.1.points)).unwrap().0;
            Some(best as u8)
        })
        .collect()
}

#[test]
fn empty_answers_score_zero_and_walk_away() {
    let bank = builtin::maturity();
    let s = score(&bank, &vec![None; bank.questions.len()]);
    assert_eq!(s.total, 0.0);
    assert_eq!(bank.bands[s.band].id, "walk-away");
    assert!(!s.complete());
    assert_eq!(s.answered, 0);
}

#[test]
fn best_answers_score_100_and_qualify() {
    let bank = builtin::maturity();
    let s = score(&bank, &best_answers());
    assert_eq!(s.total, 100.0);
    assert!(s.complete());
    assert_eq!(bank.bands[s.band].id, "qualified");
    assert!(s.weakest(2).is_empty(), "no dimension is weak at full marks");
}

#[test]
fn dimension_score_is_points_over_max_times_weight() {
    let bank = builtin::maturity();
    // Budget questions: options worth 0..3 each, max 9; choose 3 + 1 + 0 = 4 of 9.
    let mut answers = vec![None; bank.questions.len()];
    answers[0] = Some(3);
    answers[1] = Some(1);
    answers[2] = Some(0);
    let s = score(&bank, &answers);
    assert!((s.dimensions[0].score - 4.0 / 9.0 * 20.0).abs() < 1e-9);
    assert_eq!(s.total, round1(4.0 / 9.0 * 20.0));
    assert_eq!(s.total, 8.9);
    assert_eq!(s.dimensions[0].answered, 3);
    assert_eq!(s.weakest(2), vec![1, 2], "unanswered dimensions (0%) come first, in bank order");
}

#[test]
fn bands_switch_exactly_at_40_and_60() {
    let bank = builtin::maturity();
    let band = |t: f64| bank.bands[secworth::model::questionnaire::scoring::band_index(&bank, t)].id.as_str();
    assert_eq!(band(39.9), "walk-away");
    assert_eq!(band(40.0), "commitment");
    assert_eq!(band(59.9), "commitment");
    assert_eq!(band(60.0), "qualified");
    assert_eq!(band(100.0), "qualified");
}

#[test]
fn out_of_range_answers_count_as_unanswered() {
    let bank = builtin::maturity();
    let mut answers = vec![Some(9u8); bank.questions.len() + 5];
    answers[0] = Some(2);
    let s = score(&bank, &answers);
    assert_eq!(s.answered, 1);
    assert_eq!(s.total, round1(2.0 / 9.0 * 20.0));
}

fn any_answers(n: usize) -> impl Strategy<Value = Vec<Option<u8>>> {
    proptest::collection::vec(proptest::option::of(0u8..12), 0..n + 4)
}

proptest! {
    #[test]
    fn total_stays_within_0_and_100(answers in any_answers(15)) {
        let bank = builtin::maturity();
        let s = score(&bank, &answers);
        prop_assert!(s.total.is_finite() && (0.0..=100.0).contains(&s.total));
        for d in &s.dimensions {
            prop_assert!(d.score >= 0.0 && d.score <= d.max + 1e-9);
        }
        prop_assert!(s.band < bank.bands.len());
        prop_assert!(bank.bands[s.band].min <= s.total);
    }

    #[test]
    fn choosing_more_points_never_lowers_the_total(
        answers in proptest::collection::vec(proptest::option::of(0u8..4), 15),
        question in 0usize..15,
        option in 0u8..4,
    ) {
        let bank = builtin::maturity();
        let before = score(&bank, &answers);
        let current = answers[question].map(|o| bank.questions[question].options[o as usize].points).unwrap_or(0.0);
        let mut changed = answers.clone();
        changed[question] = Some(option);
        let new_points = bank.questions[question].options[option as usize].points;
        let after = score(&bank, &changed);
        if new_points >= current {
            prop_assert!(after.total >= before.total, "{} -> {}", before.total, after.total);
            prop_assert!(after.band >= before.band);
        } else {
            prop_assert!(after.total <= before.total);
        }
    }
}
