//! Components layer: opens a questionnaire from what the page offers: the bank
//! (built-in or inline), the share link, saved answers and language preferences.

use std::rc::Rc;

use super::storage_key;
use crate::browser::page;
use crate::components::widget::WidgetProps;
use crate::model::note::Note;
use crate::model::questionnaire::bank::Bank;
use crate::model::questionnaire::builtin;
use crate::model::questionnaire::share;
use crate::model::questionnaire::{Opening, Questionnaire};

pub fn open_questionnaire(props: &WidgetProps) -> Questionnaire {
    let mut notes = Vec::new();
    let builtin = || props.widget.builtin_bank().unwrap_or_else(builtin::maturity);
    let bank = match props.inline_bank.as_deref().map(Bank::from_json) {
        Some(Ok(bank)) => bank,
        Some(Err(e)) => {
            notes.push(Note::BankRejected(e.to_string()));
            builtin()
        }
        None => builtin(),
    };
    if props.store.is_none() {
        notes.push(Note::StorageUnavailable);
    }
    let saved = props.store.as_ref().and_then(|s| s.load(&storage_key(props.widget, &bank.id)));
    let link = props.link.as_deref().map(|l| share::read(l, &bank)).unwrap_or_default();
    Opening {
        bank: Rc::new(bank),
        link,
        saved: saved.as_deref(),
        lang: props.lang.unwrap_or_else(page::preferred_lang),
        audience: props.audience.unwrap_or_default(),
        notes,
    }
    .open()
}
