//! Model layer: the widget contract. `Widget` names every widget of the suite and
//! what the registry knows of it; `WidgetModel` (in `contract`) is what each widget's
//! state implements; `registry` maps a `Widget` to its model type. Pure Rust.

pub mod contract;
pub mod registry;

pub use contract::{FrameAction, Opening, WidgetModel};

/// The widgets of the suite, by their `w` parameter / `data-secworth` value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Widget {
    Maturity,
    BreachCost,
    Spectrum,
    Flywheel,
    DecisionWeights,
    RenewalRisk,
}

/// A renewal review before a meeting: two risks marked, two measures entered, one check given.
const RENEWAL_SAMPLE: &str = "customer=Acme&missing-components=high&missing-components.response=mitigate\
    &missing-components.state=in-progress&budget=medium&alert-accuracy=86&closure=97&confirmed=satisfied";

/// What the registry says of a widget, for the gallery, the tests and the benchmark.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WidgetInfo {
    /// The `w` parameter, `data-secworth` value and CSS root class suffix.
    pub code: &'static str,
    /// A share query (without `w` and `lang`) that opens the widget pre-filled, with a result.
    pub sample: &'static str,
    /// The `<output data-result=...>` names of its headline, in reading order.
    pub headline: &'static [&'static str],
    /// A question bank's questionnaire (links carry `v` and `a`), rather than a calculator.
    pub questionnaire: bool,
}

impl Widget {
    /// Every widget that is built, in gallery order.
    pub const ALL: [Widget; 6] = [
        Widget::Maturity,
        Widget::BreachCost,
        Widget::Spectrum,
        Widget::Flywheel,
        Widget::DecisionWeights,
        Widget::RenewalRisk,
    ];

    pub fn info(self) -> WidgetInfo {
        let (sample, headline, questionnaire): (_, &'static [&'static str], _) = match self {
            Widget::Maturity => ("v=1&a=332221110010233", &["total-score", "band"], true),
            Widget::BreachCost => ("", &["breach-cost", "expected-annual-loss", "fines"], false),
            Widget::Spectrum => ("v=1&a=332221110010", &["spectrum-position", "spectrum-stage"], true),
            Widget::Flywheel => ("", &["flywheel-health", "net-revenue-retention", "revenue-gap"], false),
            Widget::DecisionWeights => ("", &["leader-original", "leader-reframed"], false),
            Widget::RenewalRisk => (RENEWAL_SAMPLE, &["renewal-risk", "high-risks"], false),
        };
        WidgetInfo { code: self.code(), sample, headline, questionnaire }
    }

    pub fn code(self) -> &'static str {
        match self {
            Widget::Maturity => "maturity",
            Widget::BreachCost => "breach-cost",
            Widget::Spectrum => "spectrum",
            Widget::Flywheel => "flywheel",
            Widget::DecisionWeights => "decision-weights",
            Widget::RenewalRisk => "renewal-risk",
        }
    }

    pub fn parse(s: &str) -> Option<Widget> {
        Widget::ALL.into_iter().find(|w| w.code() == s.trim())
    }
}
