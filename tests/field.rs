//! A form field as both calculators hold it: what was typed, the last valid value,
//! and why the text is not used.

use secworth::model::field::{Entry, FieldError, FieldSpec};

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
