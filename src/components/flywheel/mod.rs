//! Components layer: the value-delivery flywheel calculator (SPEC 2.4): its form and
//! results inside the shared frame. The state is the model's `Flywheel`.

mod inputs;
mod results;

use yew::prelude::*;

use super::frame::{Ctx, WidgetView};
use crate::model::flywheel::state::Flywheel;
use crate::model::flywheel::text::text;

impl WidgetView for Flywheel {
    fn heading(&self) -> (&str, &str) {
        let t = text(self.lang);
        (t.kicker, t.title)
    }

    fn body(&self, ctx: &Ctx<Self>) -> Html {
        html! {
            <>
                { inputs::form(self, ctx.instance, &ctx.on_action) }
                { results::view(self, ctx.export) }
            </>
        }
    }
}
