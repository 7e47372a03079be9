//! Model layer: which widget a page or host element shows. Pure Rust.

/// The widgets of the suite, by their `w` parameter / `data-secworth` value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Widget {
    Maturity,
}

impl Widget {
    /// Every widget that is built, in gallery order.
    pub const ALL: [Widget; 1] = [Widget::Maturity];

    pub fn code(self) -> &'static str {
        match self {
            Widget::Maturity => "maturity",
        }
    }

    pub fn parse(s: &str) -> Option<Widget> {
        Widget::ALL.into_iter().find(|w| w.code() == s.trim())
    }
}
