//! Model layer: the banks compiled into the bundle. Pure Rust.

use super::bank::Bank;

/// JSON of the built-in maturity questionnaire (seed 002, stage 2).
pub const MATURITY_JSON: &str = include_str!("../../../banks/maturity.json");

/// The built-in maturity bank. It is validated by the test suite, so failing here is a build bug.
pub fn maturity() -> Bank {
    Bank::from_json(MATURITY_JSON).expect("built-in maturity bank is valid (checked by tests)")
}

/// JSON of the built-in productization-commercialization spectrum (seeds 000 and 003).
pub const SPECTRUM_JSON: &str = include_str!("../../../banks/spectrum.json");

/// The built-in spectrum bank (validated by the test suite).
pub fn spectrum() -> Bank {
    Bank::from_json(SPECTRUM_JSON).expect("built-in spectrum bank is valid (checked by tests)")
}
