//! Model layer: the banks compiled into the bundle, each parsed once per thread and
//! shared (every questionnaire mounted on a page, and the fuzzer's every input, would
//! otherwise parse it again). Pure Rust.

use std::rc::Rc;

use super::bank::Bank;

/// JSON of the built-in maturity questionnaire (seed 002, stage 2).
pub const MATURITY_JSON: &str = include_str!("../../../banks/maturity.json");

/// JSON of the built-in productization-commercialization spectrum (seeds 000 and 003).
pub const SPECTRUM_JSON: &str = include_str!("../../../banks/spectrum.json");

thread_local! {
    // The built-in banks are validated by the test suite, so failing here is a build bug.
    static MATURITY: Rc<Bank> =
        Rc::new(Bank::from_json(MATURITY_JSON).expect("built-in maturity bank is valid (checked by tests)"));
    static SPECTRUM: Rc<Bank> =
        Rc::new(Bank::from_json(SPECTRUM_JSON).expect("built-in spectrum bank is valid (checked by tests)"));
}

/// The built-in maturity bank.
pub fn maturity() -> Rc<Bank> {
    MATURITY.with(Rc::clone)
}

/// The built-in spectrum bank.
pub fn spectrum() -> Rc<Bank> {
    SPECTRUM.with(Rc::clone)
}
