//! Form fields as the calculators hold them: what was typed, the last valid value,
//! and why the text is not used.

use secworth::model::field::{Drafts, Entry, FieldError, FieldSpec};

#[test]
fn typed_but_invalid_text_is_kept_with_its_reason_and_the_last_valid_value_stays() {
    let spec = FieldSpec { key: "employees", min: 1.0, max: 100.0, whole: true };
    let mut e = Entry::new(50.0);
    assert_eq!((e.text.as_str(), e.value, &e.error), ("50", 50.0, &None));
    e.edit(&spec, "7,0".into());
    assert_eq!((e.text.as_str(), e.value, &e.error), ("7,0", 70.0, &None), "thousands separators are allowed");
    e.edit(&spec, "abc".into());
    assert_eq!((e.text.as_str(), e.value), ("abc", 70.0));
    assert_eq!(e.error, Some(FieldError::NotANumber));
    e.edit(&spec, "101".into());
    assert_eq!(e.error, Some(FieldError::OutOfRange { min: 1.0, max: 100.0 }));
    e.edit(&spec, "2.5".into());
    assert_eq!((e.value, &e.error), (70.0, &Some(FieldError::NotWhole)));
    e.edit(&spec, " 9 ".into());
    assert_eq!((e.text.as_str(), e.value, &e.error), (" 9 ", 9.0, &None));
}

#[test]
fn drafts_keep_invalid_text_per_key_until_it_is_valid_or_cleared() {
    let spec = FieldSpec { key: "weight", min: 0.0, max: 10.0, whole: false };
    let mut drafts: Drafts<(usize, usize)> = Drafts::default();
    assert_eq!(drafts.edit((0, 1), &spec, "12".into()), None);
    assert_eq!(drafts.edit((2, 0), &spec, "x".into()), None);
    assert_eq!(
        drafts.get((0, 1)).map(|d| (d.text.as_str(), &d.error)),
        Some(("12", &FieldError::OutOfRange { min: 0.0, max: 10.0 }))
    );
    assert_eq!(drafts.iter().map(|(k, _)| k).collect::<Vec<_>>(), [(0, 1), (2, 0)], "in the order typed");
    // Typing again replaces the key's draft; a valid text drops it and gives the value.
    assert_eq!(drafts.edit((0, 1), &spec, "1 1".into()), None);
    assert_eq!(drafts.iter().count(), 2);
    assert_eq!(drafts.edit((0, 1), &spec, "7.5".into()), Some(7.5));
    assert!(drafts.get((0, 1)).is_none());
    drafts.clear((2, 0));
    assert_eq!(drafts, Drafts::default());
}
