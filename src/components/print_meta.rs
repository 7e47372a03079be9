//! Components layer: the line a printout starts with (date and share link); hidden on screen.

use yew::prelude::*;

use crate::browser::download::today_iso;
use crate::model::lang::Lang;
use crate::model::text::{colon, ui};

/// "Printed: 2026-11-23 · <link>". The date is ISO 8601, read the same in both
/// languages: `toLocaleDateString` cost milliseconds per render, and its first call
/// loads the browser's locale data (~60 ms) before the widget could start.
pub fn print_meta(lang: Lang, share_link: &str) -> Html {
    html! {
        <p class="sw-print-meta">{ format!("{}{}{} · ", ui(lang).printed, colon(lang), today_iso()) }<span class="sw-link">{ share_link.to_owned() }</span></p>
    }
}
