//! Model layer: the registry, the one place a `Widget` meets its model type. Code
//! that works for any widget (the fuzzer's round trip, the tests) visits it here
//! instead of naming widgets; the components layer has the matching one place for
//! views (`components::widget::AnyWidget`). Pure Rust.

use crate::json;
use crate::model::json::Value;

use super::{Widget, WidgetModel};
use crate::model::breach::state::Breach;
use crate::model::decision::state::Decision;
use crate::model::flywheel::state::Flywheel;
use crate::model::questionnaire::Questionnaire;
use crate::model::renewal::state::Renewal;

/// Code generic over the model type, run for one widget by [`visit`].
pub trait Visitor {
    type Output;
    fn visit<M: WidgetModel>(self, widget: Widget) -> Self::Output;
}

/// Runs `visitor` with `widget`'s model type.
pub fn visit<V: Visitor>(widget: Widget, visitor: V) -> V::Output {
    match widget {
        Widget::Maturity | Widget::Spectrum => visitor.visit::<Questionnaire>(widget),
        Widget::BreachCost => visitor.visit::<Breach>(widget),
        Widget::Flywheel => visitor.visit::<Flywheel>(widget),
        Widget::DecisionWeights => visitor.visit::<Decision>(widget),
        Widget::RenewalRisk => visitor.visit::<Renewal>(widget),
    }
}

/// The registry as JSON (`e2e/widgets.json`): what the end-to-end tests, the
/// accessibility and hostile-input suites and the benchmark iterate over.
pub fn manifest() -> Value {
    let widgets: Vec<Value> = Widget::ALL
        .iter()
        .map(|w| {
            let info = w.info();
            json!({
                "code": info.code,
                "sample": info.sample,
                "headline": info.headline,
                "questionnaire": info.questionnaire,
                "reserve": info.reserve_px,
            })
        })
        .collect();
    json!({ "widgets": widgets })
}
