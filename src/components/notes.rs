//! Components layer: the notes shown when a link, saved state or bank was only partly usable.

use yew::prelude::*;

use crate::model::lang::Lang;
use crate::model::note::Note;
use crate::model::text::ui;

#[derive(Properties, PartialEq)]
pub struct NotesProps {
    pub notes: Vec<Note>,
    pub lang: Lang,
    pub on_dismiss: Callback<()>,
}

#[component]
pub fn Notes(props: &NotesProps) -> Html {
    if props.notes.is_empty() {
        return html! {};
    }
    let t = ui(props.lang);
    let dismiss = props.on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="sw-notes" role="status">
            <p class="sw-notes-title">{ t.notes_heading }</p>
            <ul>
                { for props.notes.iter().map(|n| html! { <li data-note="">{ n.message(props.lang) }</li> }) }
            </ul>
            <button type="button" class="sw-button sw-button-quiet" onclick={dismiss}>{ t.dismiss }</button>
        </div>
    }
}
