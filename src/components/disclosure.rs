//! Components layer: a `<details>` whose body is built only while it is open. A closed
//! panel then costs nothing: no view code, no DOM, no style, no diffing on each input.
//! The breach calculator's assumptions panel alone is half of that widget's elements.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DisclosureProps {
    /// The `<details>` element's classes.
    pub class: &'static str,
    pub summary: AttrValue,
    /// Builds the body; called only while the panel is open.
    pub body: Callback<(), Html>,
}

#[component]
pub fn Disclosure(props: &DisclosureProps) -> Html {
    let open = use_state_eq(|| false);
    // The browser opens and closes the panel itself (a click, Enter or Space on the
    // summary, find in page); `toggle` tells us which it is now.
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| open.set(e.target_unchecked_into::<web_sys::Element>().has_attribute("open")))
    };
    html! {
        <details class={props.class} open={*open} {ontoggle}>
            <summary>{ props.summary.clone() }</summary>
            if *open { { props.body.emit(()) } }
        </details>
    }
}
