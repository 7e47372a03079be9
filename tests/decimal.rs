//! The decimal reader and writer that replace `f64::from_str` and the float
//! formatting of `format!` in the bundles: the same grammar and text, the same result
//! bit for bit where people's numbers live, and close elsewhere.

use proptest::prelude::*;
use secworth::model::decimal::{fixed, parse, shortest};

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

    /// Any normal double is written in as few digits as the standard library's `{}`
    /// (so no longer), and reads back as itself.
    #[test]
    fn shortest_reads_back_for_any_double(x in prop::num::f64::NORMAL) {
        let s = shortest(x);
        prop_assert_eq!(parse(&s), Some(x), "{}", s);
        let significant = |t: &str| t.trim_start_matches('-').replace('.', "").trim_matches('0').len();
        prop_assert!(significant(&s) <= significant(&format!("{x}")), "{} vs {}", s, x);
    }

    /// From 10^-9 to 10^21, where amounts, rates and probabilities live: the standard
    /// library's text exactly (the nearer of two candidates included).
    #[test]
    fn shortest_writes_as_the_standard_library_does(mantissa in 1.0f64..10.0, exp in -9i32..21, neg: bool) {
        let x = mantissa * 10f64.powi(exp) * if neg { -1.0 } else { 1.0 };
        prop_assert_eq!(shortest(x), format!("{x}"));
    }

    /// Numbers as people type them (amounts, percentages, weights): written back as typed.
    #[test]
    fn shortest_writes_typed_numbers_back_as_typed(digits in 0u64..10_000_000_000_000, point in 0usize..8, neg: bool) {
        let x = parse(&format!("{}{}e-{point}", if neg { "-" } else { "" }, digits)).unwrap();
        prop_assert_eq!(shortest(x), format!("{x}"));
    }

    /// Away from a halfway point (where the standard library rounds the exact binary
    /// value to even and `fixed` rounds halves up, as `Intl` does), the same text as `{:.n}`.
    #[test]
    fn fixed_matches_the_standard_library_away_from_halves(x in -1e9f64..1e9, decimals in 0u32..5) {
        let scaled = x.abs() * 10f64.powi(decimals as i32);
        prop_assume!((scaled.fract() - 0.5).abs() > 1e-6);
        let expected = format!("{x:.*}", decimals as usize);
        // The standard library keeps the sign of a value that rounds to zero.
        let expected = if expected.trim_start_matches('-').trim_matches(|c| c == '0' || c == '.').is_empty() {
            expected.trim_start_matches('-').to_string()
        } else {
            expected
        };
        prop_assert_eq!(fixed(x, decimals), expected);
    }
}

#[test]
fn shortest_and_fixed_on_the_edges() {
    for (x, text) in [
        (0.0, "0"),
        (-0.0, "-0"),
        (0.1, "0.1"),
        (0.3, "0.3"),
        (1e21, "1000000000000000000000"),
        (1e-7, "0.0000001"),
        (123456.789, "123456.789"),
        (f64::MAX, &format!("{}", f64::MAX)),
        (f64::INFINITY, "inf"),
        (f64::NEG_INFINITY, "-inf"),
        (f64::NAN, "NaN"),
    ] {
        assert_eq!(shortest(x), text, "{x:e}");
    }
    // The smallest normal double reads back; subnormals are written within a unit in
    // the last place, and nothing panics.
    assert_eq!(parse(&shortest(f64::MIN_POSITIVE)), Some(f64::MIN_POSITIVE));
    let tiny = f64::from_bits(1);
    assert!(parse(&shortest(tiny)).is_some_and(|y| (y - tiny).abs() <= tiny));
    for (x, decimals, text) in [
        (2.5, 0, "3"),
        (-2.5, 0, "-3"),
        (0.125, 2, "0.13"),
        (-0.001, 2, "0.00"),
        (0.05, 1, "0.1"),
        (1234.5678, 2, "1234.57"),
        (7.0, 3, "7.000"),
        (0.0, 0, "0"),
        (1e20, 2, "100000000000000000000.00"),
        (f64::NAN, 1, "NaN"),
    ] {
        assert_eq!(fixed(x, decimals), text, "{x} to {decimals}");
    }
}
