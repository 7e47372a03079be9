//! Components layer: opens a questionnaire from what the page offers: the bank
//! (built-in or inline), the share link, saved answers and language preferences.

use std::rc::Rc;

use crate::browser::page;
use crate::browser::storage::Store;
use crate::model::bank::Bank;
use crate::model::lang::{Audience, Lang};
use crate::model::note::Note;
use crate::model::questionnaire::{Opening, Questionnaire};
use crate::model::share::{self, LinkState};
use crate::model::widget::Widget;

use super::storage_key;

/// `link`: the share-link query to apply (page mode), `None` for an embed.
/// `inline_bank`: JSON of a bank that replaces the widget's built-in one, if it validates.
pub fn open_questionnaire(
    widget: Widget,
    link: Option<&str>,
    lang: Option<Lang>,
    audience: Option<Audience>,
    inline_bank: Option<&str>,
    store: Option<&Store>,
) -> Questionnaire {
    let mut notes = Vec::new();
    let bank = match inline_bank.map(Bank::from_json) {
        Some(Ok(bank)) => bank,
        Some(Err(e)) => {
            notes.push(Note::BankRejected(e.to_string()));
            widget.builtin_bank()
        }
        None => widget.builtin_bank(),
    };
    if store.is_none() {
        notes.push(Note::StorageUnavailable);
    }
    let saved = store.and_then(|s| s.load(&storage_key(widget, &bank.id)));
    let link = link.map(|l| share::read(l, &bank)).unwrap_or_else(LinkState::default);
    let prefs = page::preferred_languages();
    Opening {
        bank: Rc::new(bank),
        link,
        saved: saved.as_deref(),
        lang: lang.unwrap_or_else(|| Lang::from_preferences(prefs.iter().map(String::as_str))),
        audience: audience.unwrap_or_default(),
        notes,
    }
    .open()
}
