//! Model layer: the renewal review in a share link, one readable parameter per input:
//! `budget=high&budget.response=mitigate&budget.state=in-progress&budget.cause=...`
//! for a marked risk, `alert-accuracy=86&alert-accuracy.target=90` for a measure,
//! `confirmed=satisfied,budget-approved` and `customer=Acme`. Reading is total:
//! whatever it cannot use becomes a note. Pure Rust.

use super::state::{Action, MeasureCell, Renewal, MEASURE};
use crate::model::field::parse_field;
use crate::model::note::Note;
use crate::model::query;

/// The part of a risk after its id: `risk.response` and so on.
const RISK_PARTS: [&str; 4] = ["response", "state", "cause", "root"];

fn num(x: f64) -> String {
    crate::model::decimal::shortest(x)
}

impl Renewal {
    /// The share query (without `?`).
    pub(super) fn write_link(&self) -> String {
        let m = &self.model;
        let mut pairs: Vec<(String, String)> =
            vec![("w".into(), "renewal-risk".into()), ("lang".into(), self.lang.code().into())];
        if !self.customer.is_empty() {
            pairs.push(("customer".into(), self.customer.clone()));
        }
        for (i, marked) in self.marked() {
            let id = &m.risks[i].id;
            pairs.push((id.clone(), m.levels[marked.level].id.clone()));
            if let Some(r) = marked.response {
                pairs.push((format!("{id}.response"), m.responses[r].id.clone()));
            }
            if marked.state != 0 {
                pairs.push((format!("{id}.state"), m.states[marked.state].id.clone()));
            }
            for (part, text) in [("cause", &marked.cause), ("root", &marked.root)] {
                if !text.is_empty() {
                    pairs.push((format!("{id}.{part}"), text.clone()));
                }
            }
        }
        for (i, measure) in m.measures.iter().enumerate() {
            if let Some(v) = self.measured[i] {
                pairs.push((measure.id.clone(), num(v)));
            }
            if self.targets[i] != measure.target {
                pairs.push((format!("{}.target", measure.id), num(self.targets[i])));
            }
        }
        let confirmed: Vec<&str> =
            m.confirmations.iter().zip(&self.confirmed).filter(|(_, on)| **on).map(|(c, _)| c.id.as_str()).collect();
        if !confirmed.is_empty() {
            pairs.push(("confirmed".into(), confirmed.join(",")));
        }
        query::build(pairs.iter().map(|(k, v)| (k.as_str(), v.clone())))
    }

    /// Whether `key` is one of the review's link keys: `customer`, `confirmed`, a risk
    /// with its parts, a measure with its target.
    pub(super) fn is_link_key(&self, key: &str) -> bool {
        let m = &self.model;
        let with_parts = |id: &str, parts: &[&str]| {
            key.strip_prefix(id)
                .is_some_and(|rest| rest.is_empty() || rest.strip_prefix('.').is_some_and(|p| parts.contains(&p)))
        };
        matches!(key, "customer" | "confirmed")
            || m.risks.iter().any(|r| with_parts(&r.id, &RISK_PARTS))
            || m.measures.iter().any(|x| with_parts(&x.id, &["target"]))
    }

    /// Applies a share link (or saved state) to this review, noting every parameter it
    /// could not use. Parameters that are none of the review's (`utm_*`, the host's
    /// own) are left alone.
    pub(super) fn read_link(&mut self, query_string: &str) {
        let pairs = query::parse(query_string);
        let get = |k: &str| pairs.iter().find(|(key, _)| key == k).map(|(_, v)| v.clone());
        let mut notes = Vec::new();
        let model = self.model.clone();
        let unknown = |key: &str, value: &str| Note::UnknownChoice { key: key.into(), value: value.into() };
        // The actions cut the texts to what the form's fields take.
        if let Some(name) = get("customer") {
            self.apply(Action::SetCustomer(name));
        }
        for (i, risk) in model.risks.iter().enumerate() {
            let Some(level) = get(&risk.id) else { continue };
            let Some(level) = model.level_index(level.trim()) else {
                notes.push(unknown(&risk.id, &level));
                continue;
            };
            self.apply(Action::Mark(i, true));
            self.apply(Action::SetLevel(i, level));
            if let Some(r) = get(&format!("{}.response", risk.id)) {
                match model.responses.iter().position(|x| x.id == r.trim()) {
                    Some(r) => self.apply(Action::SetResponse(i, Some(r))),
                    None => notes.push(unknown(&format!("{}.response", risk.id), &r)),
                }
            }
            if let Some(s) = get(&format!("{}.state", risk.id)) {
                match model.states.iter().position(|x| x.id == s.trim()) {
                    Some(s) => self.apply(Action::SetState(i, s)),
                    None => notes.push(unknown(&format!("{}.state", risk.id), &s)),
                }
            }
            if let Some(text) = get(&format!("{}.cause", risk.id)) {
                self.apply(Action::SetCause(i, text));
            }
            if let Some(text) = get(&format!("{}.root", risk.id)) {
                self.apply(Action::SetRoot(i, text));
            }
        }
        // A risk's detail without the risk itself, or for a risk the model lacks.
        for (key, _) in &pairs {
            let Some((id, part)) = key.rsplit_once('.') else { continue };
            let marked = model.risks.iter().position(|r| r.id == id).is_some_and(|i| self.risks[i].is_some());
            let measure = part == "target" && model.measures.iter().any(|m| m.id == id);
            if RISK_PARTS.contains(&part) && !marked || part == "target" && !measure {
                notes.push(unknown("risk", key));
            }
        }
        for (i, measure) in model.measures.iter().enumerate() {
            for (key, cell) in [
                (measure.id.clone(), MeasureCell::Value(i)),
                (format!("{}.target", measure.id), MeasureCell::Target(i)),
            ] {
                let Some(text) = get(&key) else { continue };
                match parse_field(&MEASURE, &text) {
                    Ok(_) => self.apply(Action::EditMeasure(cell, text)),
                    Err(reason) => notes.push(Note::InvalidField { key, value: text, reason }),
                }
            }
        }
        if let Some(list) = get("confirmed") {
            for code in list.split(',').map(str::trim).filter(|c| !c.is_empty()) {
                match model.confirmations.iter().position(|c| c.id == code) {
                    Some(c) => self.apply(Action::Confirm(c, true)),
                    None => notes.push(unknown("confirmed", code)),
                }
            }
        }
        notes.extend(query::duplicate_keys(&pairs).into_iter().map(Note::DuplicateParam));
        self.notes.extend(notes);
    }
}
