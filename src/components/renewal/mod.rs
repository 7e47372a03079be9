//! Components layer: the renewal-risk assessment (SPEC 2.6) inside the shared frame:
//! the customer, the risks, the value measures and the "no risk" checks, then the
//! outlook. The state is the model's `Renewal`.

mod measures;
mod results;
mod risks;

use yew::prelude::*;

use super::frame::{Ctx, WidgetView};
use crate::model::renewal::outlook::assess;
use crate::model::renewal::state::{Action, Renewal, MAX_NAME};
use crate::model::renewal::text::text;

impl WidgetView for Renewal {
    fn heading(&self) -> (&str, &str) {
        (text(self.lang).kicker, self.model.title.get(self.lang))
    }

    fn body(&self, ctx: &Ctx<Self>) -> Html {
        let (rt, assessment) = (text(self.lang), assess(self));
        let id = format!("sw-rr{}-customer", ctx.instance);
        let on_customer = ctx.on_action.reform(|e: InputEvent| {
            Action::SetCustomer(e.target_unchecked_into::<web_sys::HtmlInputElement>().value())
        });
        html! {
            <>
                <form class="sw-form sw-calc" onsubmit={|e: SubmitEvent| e.prevent_default()}>
                    <div class="sw-field sw-customer" data-field="customer">
                        <label for={id.clone()}>{ rt.customer }</label>
                        <input {id} type="text" autocomplete="off" maxlength={MAX_NAME.to_string()} value={self.customer.clone()} oninput={on_customer}
                               aria-describedby={format!("sw-rr{}-customer-hint", ctx.instance)} />
                        <p class="sw-hint-small" id={format!("sw-rr{}-customer-hint", ctx.instance)}>{ rt.customer_hint }</p>
                    </div>
                    { risks::form(self, ctx.instance, &ctx.on_action) }
                    { measures::form(self, &assessment, ctx.instance, &ctx.on_action) }
                </form>
                { results::view(self, &assessment, ctx.export) }
            </>
        }
    }
}
