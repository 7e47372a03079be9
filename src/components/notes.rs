//! Components layer: the notes shown when a link, saved state or bank was only partly usable.

use yew::prelude::*;

use crate::model::lang::Lang;
use crate::model::note::Note;
use crate::model::text::ui;

/// The notes, with a button that dismisses them; nothing when there are none.
/// (A plain function: it has no state, and each component costs wasm.)
pub fn notes(notes: &[Note], lang: Lang, on_dismiss: &Callback<()>) -> Html {
    if notes.is_empty() {
        return html! {};
    }
    let t = ui(lang);
    let dismiss = on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="sw-notes" role="status">
            <p class="sw-notes-title">{ t.notes_heading }</p>
            <ul>
                { for notes.iter().map(|n| html! { <li data-note="">{ n.message(lang) }</li> }) }
            </ul>
            <button type="button" class="sw-button sw-button-quiet" onclick={dismiss}>{ t.dismiss }</button>
        </div>
    }
}
