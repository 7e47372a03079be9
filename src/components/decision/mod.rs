//! Components layer: the decision weighting model (SPEC 2.5) inside the shared frame:
//! an editable table of criteria, weights and vendor scores, a reframed weight set,
//! and the rankings. The state is the model's `Decision`.

mod results;
mod table;

use yew::prelude::*;

use super::frame::{Ctx, WidgetView};
use crate::model::decision::state::Decision;
use crate::model::decision::text::text;

impl WidgetView for Decision {
    fn heading(&self) -> (&str, &str) {
        let t = text(self.lang);
        (t.kicker, t.title)
    }

    fn body(&self, ctx: &Ctx<Self>) -> Html {
        html! {
            <>
                <p class="sw-hint-small">{ text(self.lang).steps }</p>
                { table::editor(self, ctx.instance, &ctx.on_action) }
                { results::view(self, ctx.export) }
            </>
        }
    }
}
