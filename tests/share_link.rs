//! Native tests of the share link: reading is total and writing round-trips.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use secworth::model::lang::{Audience, Lang};
use secworth::model::note::Note;
use secworth::model::query;
use secworth::model::questionnaire::builtin;
use secworth::model::questionnaire::share::{read, write};

#[test]
fn reads_a_complete_link() {
    let bank = builtin::maturity();
    let s = read("?w=maturity&lang=en&audience=screen&v=1&a=0123012301230_3", &bank);
    assert_eq!(s.widget.as_deref(), Some("maturity"));
    assert_eq!(s.lang, Some(Lang::En));
    assert_eq!(s.audience, Some(Audience::Screen));
    let a = s.answers.unwrap();
    assert_eq!(a.len(), 15);
    assert_eq!(&a[..4], &[Some(0), Some(1), Some(2), Some(3)]);
    assert_eq!(a[13], None);
    assert_eq!(a[14], Some(3));
    assert!(s.notes.is_empty(), "{:?}", s.notes);
}

#[test]
fn keeps_the_valid_part_of_a_bad_link_and_says_why() {
    let bank = builtin::maturity();
    let s = read("w=maturity&lang=fr&audience=boss&v=1&a=01x9&lang=en", &bank);
    assert_eq!(s.lang, None);
    assert_eq!(s.audience, None);
    let a = s.answers.unwrap();
    assert_eq!(&a[..4], &[Some(0), Some(1), None, None], "x and 9 (no 10th option) are dropped");
    assert!(s.notes.contains(&Note::UnknownLang("fr".into())));
    assert!(s.notes.contains(&Note::UnknownAudience("boss".into())));
    assert!(s.notes.contains(&Note::DuplicateParam("lang".into())));
    assert!(s.notes.contains(&Note::InvalidAnswer { question: 3, found: 'x', others: 1 }));
}

#[test]
fn ignores_answers_from_another_bank_version() {
    let bank = builtin::maturity();
    let s = read("v=7&a=333333333333333", &bank);
    assert_eq!(s.answers, None);
    assert_eq!(s.notes, vec![Note::VersionMismatch { link: 7, bank: 1 }]);
    let s = read("v=abc&a=3", &bank);
    assert_eq!(s.answers, None);
    assert_eq!(s.notes, vec![Note::InvalidVersion("abc".into())]);
    let s = read("a=3", &bank);
    assert_eq!(s.answers.unwrap()[0], Some(3));
    assert_eq!(s.notes, vec![Note::MissingVersion { bank: 1 }]);
}

#[test]
fn too_many_answers_are_cut_with_a_note() {
    let bank = builtin::maturity();
    let s = read(&format!("v=1&a={}", "1".repeat(40)), &bank);
    assert_eq!(s.answers.unwrap(), vec![Some(1); 15]);
    assert_eq!(s.notes, vec![Note::TooManyAnswers { given: 40, expected: 15 }]);
}

#[test]
fn notes_are_readable_in_both_languages_and_quote_input_briefly() {
    let long = "z".repeat(10_000);
    let n = Note::UnknownLang(long);
    for lang in Lang::ALL {
        let m = n.message(lang);
        assert!(m.chars().count() < 120, "{m}");
    }
    assert!(Note::VersionMismatch { link: 2, bank: 1 }.message(Lang::Zh).contains("第 2 版"));
}

proptest! {
    #[test]
    fn reading_any_string_never_panics(s in ".{0,300}") {
        let bank = builtin::maturity();
        let state = read(&s, &bank);
        if let Some(a) = state.answers {
            prop_assert_eq!(a.len(), bank.questions.len());
            for (i, o) in a.iter().enumerate() {
                if let Some(o) = o {
                    prop_assert!((*o as usize) < bank.questions[i].options.len());
                }
            }
        }
    }

    #[test]
    fn reading_any_bytes_as_query_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let s = String::from_utf8_lossy(&bytes);
        let bank = builtin::maturity();
        let _ = read(&s, &bank);
        let _ = query::parse(&s);
    }

    #[test]
    fn written_links_read_back_the_same(
        answers in proptest::collection::vec(proptest::option::of(0u8..4), 15),
        en in any::<bool>(),
        screen in any::<bool>(),
    ) {
        let bank = builtin::maturity();
        let lang = if en { Lang::En } else { Lang::Zh };
        let audience = if screen { Audience::Screen } else { Audience::SelfAssessment };
        let link = write("maturity", lang, audience, &bank, &answers, None);
        let back = read(&link, &bank);
        prop_assert_eq!(back.widget.as_deref(), Some("maturity"));
        prop_assert_eq!(back.lang, Some(lang));
        prop_assert_eq!(back.audience, Some(audience));
        prop_assert_eq!(back.answers, Some(answers));
        prop_assert!(back.notes.is_empty());
    }

    #[test]
    fn query_components_round_trip(s in ".{0,100}") {
        prop_assert_eq!(query::decode(&query::encode(&s)), s);
    }
}

mod opening {
    use secworth::model::lang::{Audience, Lang};
    use secworth::model::note::Note;
    use secworth::model::questionnaire::Questionnaire;
    use secworth::model::widget::{Opening, Widget, WidgetModel};

    /// Opens the maturity questionnaire as a page with `link` and, in storage, `saved`.
    fn open(link: &str, saved: Option<&str>) -> Questionnaire {
        let load = |key: &str| (key == "secworth:maturity:smb-maturity").then(|| saved.map(str::to_owned)).flatten();
        Questionnaire::open(&Opening { storage: Some(&load), ..Opening::link(Widget::Maturity, link, Lang::Zh) })
    }

    #[test]
    fn link_answers_win_over_saved_ones() {
        let q = open("v=1&a=3", Some("v=1&a=2"));
        assert_eq!(q.answers[0], Some(3));
        assert!(q.notes.is_empty());
    }

    #[test]
    fn saved_answers_fill_in_when_the_link_has_none() {
        let q = open("lang=en", Some("v=1&a=21"));
        assert_eq!((q.answers[0], q.answers[1], q.lang), (Some(2), Some(1), Lang::En));
        assert_eq!(q.audience, Audience::SelfAssessment);
    }

    #[test]
    fn unreadable_saved_state_is_discarded_with_a_note() {
        let q = open("", Some("v=0&a=3"));
        assert!(q.answers.iter().all(Option::is_none));
        assert_eq!(q.notes, vec![Note::SavedStateUnreadable]);
    }

    #[test]
    fn without_storage_the_widget_says_progress_will_not_be_kept() {
        let q = Questionnaire::open(&Opening { storage: None, ..Opening::link(Widget::Maturity, "v=1&a=3", Lang::En) });
        assert_eq!(q.answers[0], Some(3));
        assert_eq!(q.notes, vec![Note::StorageUnavailable]);
    }

    #[test]
    fn a_refused_inline_bank_falls_back_to_the_built_in_one_with_a_note() {
        let opening = Opening { inline_bank: Some("{\"id\": 3}"), ..Opening::link(Widget::Spectrum, "", Lang::En) };
        let q = Questionnaire::open(&opening);
        assert_eq!(q.bank.id, "spectrum");
        assert!(matches!(q.notes.as_slice(), [Note::BankRejected(_)]), "{:?}", q.notes);
    }
}
