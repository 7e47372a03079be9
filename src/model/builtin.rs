//! Model layer: the banks compiled into the bundle. Pure Rust.

use super::bank::Bank;

/// JSON of the built-in maturity questionnaire (seed 002, stage 2).
pub const MATURITY_JSON: &str = include_str!("../../banks/maturity.json");

/// The built-in maturity bank. It is validated by the test suite, so failing here is a build bug.
pub fn maturity() -> Bank {
    Bank::from_json(MATURITY_JSON).expect("built-in maturity bank is valid (checked by tests)")
}
