//! Components layer: the SMB data-breach cost calculator (SPEC 2.2) inside the shared
//! frame: its form, results and assumptions panel. The state is the model's `Breach`.

mod assumptions;
mod inputs;
mod results;

use yew::prelude::*;

use super::frame::{Ctx, WidgetView};
use crate::browser::perf;
use crate::model::breach::state::Breach;
use crate::model::breach::text::text;

impl WidgetView for Breach {
    fn heading(&self) -> (&str, &str) {
        let t = text(self.lang);
        (t.kicker, t.title)
    }

    fn body(&self, ctx: &Ctx<Self>) -> Html {
        // The simulations run once per state (the model caches them); the marks let
        // the benchmark time them (two simulations and the tornado).
        perf::mark("secworth:simulate-start");
        let outcome = self.outcome();
        perf::mark("secworth:simulate-end");
        perf::measure("secworth:simulate", "secworth:simulate-start", "secworth:simulate-end");
        html! {
            <>
                { inputs::form(self, ctx.instance, &ctx.on_action) }
                { results::view(self, &outcome, ctx.export) }
                { assumptions::panel(self, ctx.instance, &ctx.on_action) }
            </>
        }
    }
}
