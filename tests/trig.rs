//! The charts' own sine and cosine (charts/trig.rs), which replace `f64::sin` and
//! `f64::cos` in the bundle: the standard library's values to within a few units in
//! the last place over every angle a chart can turn through, and far beyond.

use proptest::prelude::*;
use secworth::charts::trig::sin_cos;
use std::f64::consts::{FRAC_PI_2, FRAC_PI_4, PI};

fn close(ours: f64, std: f64) -> bool {
    (ours - std).abs() <= 2e-16_f64.max(std.abs() * 4.0 * f64::EPSILON)
}

#[test]
fn the_quarter_turns_and_their_neighbours() {
    for k in -8..=8 {
        for a in [k as f64 * FRAC_PI_2, k as f64 * FRAC_PI_4, k as f64 * FRAC_PI_2 + 1e-9, k as f64 * PI / 3.0] {
            let (s, c) = sin_cos(a);
            assert!(close(s, a.sin()), "sin {a}: {s} vs {}", a.sin());
            assert!(close(c, a.cos()), "cos {a}: {c} vs {}", a.cos());
        }
    }
    assert_eq!(sin_cos(0.0), (0.0, 1.0));
}

#[test]
fn a_non_finite_angle_is_not_a_number_not_a_panic() {
    for a in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        let (s, c) = sin_cos(a);
        assert!(s.is_nan() && c.is_nan(), "{a}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(20_000))]

    #[test]
    fn agrees_with_the_standard_library(a in -1.0e5..1.0e5_f64) {
        let (s, c) = sin_cos(a);
        // Beyond a few turns the reduction's own error grows with `a` (1e5 is still
        // within 1e-11): the bound scales with the number of quarter turns.
        let slack = 1e-16 * (a.abs() / FRAC_PI_2).max(1.0);
        prop_assert!((s - a.sin()).abs() <= slack.max(4.0 * f64::EPSILON * a.sin().abs()), "sin {}: {} vs {}", a, s, a.sin());
        prop_assert!((c - a.cos()).abs() <= slack.max(4.0 * f64::EPSILON * a.cos().abs()), "cos {}: {} vs {}", a, c, a.cos());
    }

    #[test]
    fn within_a_few_turns_it_is_exact_to_the_last_places(a in -20.0..20.0_f64) {
        let (s, c) = sin_cos(a);
        prop_assert!(close(s, a.sin()), "sin {}: {} vs {}", a, s, a.sin());
        prop_assert!(close(c, a.cos()), "cos {}: {} vs {}", a, c, a.cos());
    }
}
