//! The decimal reader that replaces `f64::from_str` in the bundles: the same grammar,
//! the same result bit for bit where people's numbers live, and close elsewhere.

use proptest::prelude::*;
use secworth::model::decimal::parse;

fn std_parse(s: &str) -> Option<f64> {
    s.parse::<f64>().ok()
}

#[test]
fn reads_what_people_type() {
    for (text, value) in [
        ("0", 0.0),
        ("50", 50.0),
        ("-12.5", -12.5),
        ("+7", 7.0),
        (".5", 0.5),
        ("5.", 5.0),
        ("0.1", 0.1),
        ("0.3", 0.3),
        ("1e3", 1000.0),
        ("2.5E-2", 0.025),
        ("007.250", 7.25),
        ("4294967295", 4294967295.0),
        ("10000000000000", 1e13),
    ] {
        assert_eq!(parse(text), Some(value), "{text}");
    }
    assert_eq!(parse("-0").map(f64::is_sign_negative), Some(true));
}

#[test]
fn refuses_what_is_not_a_number() {
    for text in ["", "-", "+", ".", "e5", "1e", "1e+", "1.2.3", "--1", " 1", "1 ", "1,000", "abc", "inf", "NaN", "0x10"]
    {
        assert_eq!(parse(text), None, "{text:?}");
    }
}

#[test]
fn extremes_go_to_infinity_or_zero_like_the_standard_library() {
    assert_eq!(parse("1e400"), Some(f64::INFINITY));
    assert_eq!(parse("-1e99999999999999999999"), Some(f64::NEG_INFINITY));
    assert_eq!(parse("1e-400"), Some(0.0));
    assert_eq!(parse(&format!("{}e-5", "9".repeat(40))), Some(1e35));
    let largest = format!("17976931348623157{}", "0".repeat(292));
    assert_eq!(parse(&largest), Some(f64::MAX));
}

proptest! {
    /// Over strings made of the characters a number uses, both accept the same ones.
    #[test]
    fn accepts_exactly_what_the_standard_library_accepts(s in "[-+0-9.eE]{0,12}") {
        prop_assert_eq!(parse(&s).is_some(), std_parse(&s).is_some(), "{:?}", s);
    }

    /// Up to 15 significant digits and exponents within ±22: the same bits.
    #[test]
    fn exact_for_numbers_people_type(digits in 1u64..1_000_000_000_000_000, point in 0usize..16, exp in -7i32..8, neg: bool) {
        let text = digits.to_string();
        let point = point.min(text.len());
        let (whole, fraction) = text.split_at(text.len() - point);
        let s = format!("{}{}.{}e{}", if neg { "-" } else { "" }, whole, fraction, exp);
        prop_assert_eq!(parse(&s).map(f64::to_bits), std_parse(&s).map(f64::to_bits), "{}", s);
    }

    /// Any normal double, written out shortest (up to 17 digits, any exponent), reads
    /// back as itself, as with the standard library.
    #[test]
    fn any_double_reads_back_as_itself(x in prop::num::f64::NORMAL) {
        for s in [format!("{x}"), format!("{x:e}")] {
            prop_assert_eq!(parse(&s), Some(x), "{}", s);
        }
    }

    /// Up to 19 significant digits and any exponent in a double's normal range: the
    /// same bits.
    #[test]
    fn same_bits_for_any_nineteen_digits(digits in 1u64..10_000_000_000_000_000_000, exp in -300i32..290) {
        let s = format!("{digits}e{exp}");
        prop_assert_eq!(parse(&s).map(f64::to_bits), std_parse(&s).map(f64::to_bits), "{}", s);
    }
}
