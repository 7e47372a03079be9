//! Components layer: share link, print and start-over actions.

use yew::prelude::*;

use crate::browser::page;
use crate::model::lang::Lang;
use crate::model::text::ui;

#[derive(Properties, PartialEq)]
pub struct ShareBarProps {
    pub link: String,
    pub lang: Lang,
    pub on_reset: Callback<()>,
}

#[component]
pub fn ShareBar(props: &ShareBarProps) -> Html {
    let t = ui(props.lang);
    // `Some(copied)` once the user asked for the link.
    let shown = use_state(|| None::<bool>);
    let on_share = {
        let (shown, link) = (shown.clone(), props.link.clone());
        Callback::from(move |_: MouseEvent| {
            let (shown, link) = (shown.clone(), link.clone());
            wasm_bindgen_futures::spawn_local(async move {
                shown.set(Some(page::copy_to_clipboard(&link).await));
            });
        })
    };
    let on_reset = {
        let (shown, on_reset) = (shown.clone(), props.on_reset.clone());
        Callback::from(move |_: MouseEvent| {
            shown.set(None);
            on_reset.emit(());
        })
    };
    html! {
        <div class="sw-actions">
            <div class="sw-buttons">
                <button type="button" class="sw-button" data-action="share" onclick={on_share}>{ t.share }</button>
                <button type="button" class="sw-button sw-button-quiet" data-action="print" onclick={|_| page::print()}>{ t.print }</button>
                <button type="button" class="sw-button sw-button-quiet" data-action="reset" onclick={on_reset}>{ t.reset }</button>
            </div>
            if let Some(copied) = *shown {
                <div class="sw-share" role="status">
                    <label>
                        <span>{ if copied { t.share_copied } else { t.share_copy_manually } }</span>
                        <input type="text" readonly=true value={props.link.clone()} data-share-link="" aria-label={t.share_label}
                               onfocus={|e: FocusEvent| {
                                   if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() { input.select(); }
                               }} />
                    </label>
                </div>
            }
        </div>
    }
}
