//! Model layer: which widget a page or host element shows. Pure Rust.

/// The widgets of the suite, by their `w` parameter / `data-secworth` value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Widget {
    Maturity,
    Spectrum,
}

impl Widget {
    /// Every widget that is built, in gallery order.
    pub const ALL: [Widget; 2] = [Widget::Maturity, Widget::Spectrum];

    pub fn code(self) -> &'static str {
        match self {
            Widget::Maturity => "maturity",
            Widget::Spectrum => "spectrum",
        }
    }

    pub fn parse(s: &str) -> Option<Widget> {
        Widget::ALL.into_iter().find(|w| w.code() == s.trim())
    }
}

impl Widget {
    /// The built-in question bank of a questionnaire widget.
    pub fn builtin_bank(self) -> super::bank::Bank {
        match self {
            Widget::Maturity => super::builtin::maturity(),
            Widget::Spectrum => super::builtin::spectrum(),
        }
    }
}
