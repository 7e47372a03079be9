//! Model layer: the decision table as the user edits it: actions, cells typed as
//! text with a reason when they are not a number, and the outputs. Pure Rust.

use serde_json::{json, Value};

use super::presets::Preset;
use super::{Criterion, Table, Vendor, WeightSet, MAX_CRITERIA, MAX_VENDORS};
use crate::model::field::{parse_field, FieldError, FieldSpec};
use crate::model::lang::Lang;
use crate::model::note::Note;

/// Longest criterion or vendor name kept, in characters.
pub const MAX_NAME: usize = 80;

pub const WEIGHT: FieldSpec = FieldSpec { key: "weight", min: 0.0, max: 100.0, whole: false };
pub const SCORE: FieldSpec = FieldSpec { key: "score", min: 0.0, max: 10.0, whole: false };

/// A numeric cell of the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Cell {
    Weight(usize),
    Reframed(usize),
    /// (vendor, criterion)
    Score(usize, usize),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Decision {
    pub table: Table,
    /// Cells whose typed text is not a valid number: the text and why (the table keeps
    /// the last valid value). A list: there are only ever a few.
    pub drafts: Vec<(Cell, (String, FieldError))>,
    pub lang: Lang,
    pub notes: Vec<Note>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    LoadPreset(Preset),
    RenameCriterion(usize, String),
    RenameVendor(usize, String),
    EditCell(Cell, String),
    AddCriterion,
    RemoveCriterion(usize),
    AddVendor,
    RemoveVendor(usize),
    SetReframe(bool),
    SetLang(Lang),
    DismissNotes,
}

fn clip(s: &str) -> String {
    s.chars().take(MAX_NAME).collect()
}

impl Decision {
    pub fn new(table: Table, lang: Lang) -> Self {
        Decision { table, drafts: Vec::new(), lang, notes: Vec::new() }
    }

    pub fn apply(&mut self, action: Action) {
        let t = &mut self.table;
        match action {
            Action::LoadPreset(p) => {
                *t = p.table(self.lang);
                self.drafts.clear();
            }
            Action::RenameCriterion(i, name) => {
                if let Some(c) = t.criteria.get_mut(i) {
                    c.name = clip(&name);
                }
            }
            Action::RenameVendor(v, name) => {
                if let Some(x) = t.vendors.get_mut(v) {
                    x.name = clip(&name);
                }
            }
            Action::EditCell(cell, text) => {
                let spec = if matches!(cell, Cell::Score(..)) { &SCORE } else { &WEIGHT };
                let slot = match cell {
                    Cell::Weight(i) => t.criteria.get_mut(i).map(|c| &mut c.weight),
                    Cell::Reframed(i) => t.criteria.get_mut(i).map(|c| &mut c.reframed),
                    Cell::Score(v, i) => t.vendors.get_mut(v).and_then(|x| x.scores.get_mut(i)),
                };
                let Some(slot) = slot else { return };
                match parse_field(spec, &text) {
                    Ok(x) => {
                        *slot = x;
                        self.drafts.retain(|(c, _)| *c != cell);
                    }
                    Err(e) => {
                        self.drafts.retain(|(c, _)| *c != cell);
                        self.drafts.push((cell, (text, e)));
                    }
                }
            }
            Action::AddCriterion if t.criteria.len() < MAX_CRITERIA => {
                let n = t.criteria.len() + 1;
                let name = if self.lang == Lang::Zh { format!("标准 {n}") } else { format!("Criterion {n}") };
                t.criteria.push(Criterion {
                    name,
                    weight: 1.0,
                    reframed: 1.0,
                    strategy: String::new(),
                    person: String::new(),
                });
                t.vendors.iter_mut().for_each(|v| v.scores.push(5.0));
            }
            Action::RemoveCriterion(i) if i < t.criteria.len() && t.criteria.len() > 1 => {
                t.criteria.remove(i);
                t.vendors.iter_mut().for_each(|v| {
                    if i < v.scores.len() {
                        v.scores.remove(i);
                    }
                });
                self.drafts.clear();
            }
            Action::AddVendor if t.vendors.len() < MAX_VENDORS => {
                let n = t.vendors.len() + 1;
                let name = if self.lang == Lang::Zh { format!("厂商 {n}") } else { format!("Vendor {n}") };
                t.vendors.push(Vendor { name, scores: vec![5.0; t.criteria.len()] });
            }
            Action::RemoveVendor(v) if v < t.vendors.len() && t.vendors.len() > 2 => {
                t.vendors.remove(v);
                self.drafts.clear();
            }
            Action::SetReframe(on) => t.reframe = on,
            Action::SetLang(l) => self.lang = l,
            Action::DismissNotes => self.notes.clear(),
            _ => {}
        }
    }

    pub fn draft(&self, cell: Cell) -> Option<&(String, FieldError)> {
        self.drafts.iter().find(|(c, _)| *c == cell).map(|(_, d)| d)
    }

    /// The names of the leaders under a weight set (several if tied).
    pub fn leader_names(&self, set: WeightSet) -> Vec<&str> {
        self.table.leaders(set).into_iter().map(|v| self.table.vendors[v].name.as_str()).collect()
    }

    /// The result event's payload.
    pub fn result_json(&self) -> Value {
        let set_json = |set: WeightSet| {
            let ranking = self.table.ranking(set).unwrap_or_default();
            json!({
                "weights": super::normalize(&self.table.weights(set)),
                "ranking": ranking.iter().map(|r| json!({ "vendor": self.table.vendors[r.vendor].name, "total": r.total, "rank": r.rank })).collect::<Vec<_>>(),
                "leaders": self.leader_names(set),
                "tie": self.table.leaders(set).len() > 1,
            })
        };
        json!({
            "widget": "decision-weights",
            "lang": self.lang.code(),
            "criteria": self.table.criteria.iter().map(|c| &c.name).collect::<Vec<_>>(),
            "vendors": self.table.vendors.iter().map(|v| &v.name).collect::<Vec<_>>(),
            "original": set_json(WeightSet::Original),
            "reframed": if self.table.reframe { set_json(WeightSet::Reframed) } else { Value::Null },
        })
    }
}
