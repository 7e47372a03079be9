//! Model layer: which widget a page or host element shows. Pure Rust.

/// The widgets of the suite, by their `w` parameter / `data-secworth` value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Widget {
    Maturity,
    BreachCost,
    Spectrum,
    Flywheel,
    DecisionWeights,
}

impl Widget {
    /// Every widget that is built, in gallery order.
    pub const ALL: [Widget; 5] =
        [Widget::Maturity, Widget::BreachCost, Widget::Spectrum, Widget::Flywheel, Widget::DecisionWeights];

    pub fn code(self) -> &'static str {
        match self {
            Widget::Maturity => "maturity",
            Widget::BreachCost => "breach-cost",
            Widget::Spectrum => "spectrum",
            Widget::Flywheel => "flywheel",
            Widget::DecisionWeights => "decision-weights",
        }
    }

    pub fn parse(s: &str) -> Option<Widget> {
        Widget::ALL.into_iter().find(|w| w.code() == s.trim())
    }
}

impl Widget {
    /// The built-in question bank of a questionnaire widget; `None` for calculators.
    pub fn builtin_bank(self) -> Option<super::questionnaire::bank::Bank> {
        match self {
            Widget::Maturity => Some(super::questionnaire::builtin::maturity()),
            Widget::Spectrum => Some(super::questionnaire::builtin::spectrum()),
            Widget::BreachCost | Widget::Flywheel | Widget::DecisionWeights => None,
        }
    }
}
