//! Model layer: the decision table as the user edits it: actions, cells typed as
//! text with a reason when they are not a number, and the outputs. Pure Rust.

use crate::json;
use crate::model::json::Value;

use super::presets::Preset;
use super::{Criterion, Table, Vendor, WeightSet, MAX_CRITERIA, MAX_VENDORS};
use crate::model::field::{Draft, Drafts, FieldSpec};
use crate::model::lang::Lang;
use crate::model::note::Note;
use crate::model::widget::contract::{open_calculator, Calculator};
use crate::model::widget::{FrameAction, Opening, Widget, WidgetModel};

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
    /// Cells whose typed text is not a valid number (the table keeps the last valid value).
    pub drafts: Drafts<Cell>,
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
    /// The language switch, dismissing the notes, "Start over" (the first preset).
    Frame(FrameAction),
}

fn clip(s: &str) -> String {
    s.chars().take(MAX_NAME).collect()
}

impl Decision {
    pub fn new(table: Table, lang: Lang) -> Self {
        Decision { table, drafts: Drafts::default(), lang, notes: Vec::new() }
    }

    pub fn apply(&mut self, action: Action) {
        let t = &mut self.table;
        match action {
            Action::LoadPreset(p) => {
                *t = p.table(self.lang);
                self.drafts.clear_all();
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
                if let Some(x) = self.drafts.edit(cell, spec, text) {
                    *slot = x;
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
                self.drafts.clear_all();
            }
            Action::AddVendor if t.vendors.len() < MAX_VENDORS => {
                let n = t.vendors.len() + 1;
                let name = if self.lang == Lang::Zh { format!("厂商 {n}") } else { format!("Vendor {n}") };
                t.vendors.push(Vendor { name, scores: vec![5.0; t.criteria.len()] });
            }
            Action::RemoveVendor(v) if v < t.vendors.len() && t.vendors.len() > 2 => {
                t.vendors.remove(v);
                self.drafts.clear_all();
            }
            Action::SetReframe(on) => t.reframe = on,
            Action::Frame(FrameAction::SetLang(l)) => self.lang = l,
            Action::Frame(FrameAction::DismissNotes) => self.notes.clear(),
            Action::Frame(FrameAction::Reset) => {
                *t = Preset::SupplyChain.table(self.lang);
                self.drafts.clear_all();
            }
            _ => {}
        }
    }

    pub fn draft(&self, cell: Cell) -> Option<&Draft> {
        self.drafts.get(cell)
    }

    /// The names of the leaders under a weight set (several if tied).
    pub fn leader_names(&self, set: WeightSet) -> Vec<&str> {
        self.table.leaders(set).into_iter().map(|v| self.table.vendors[v].name.as_str()).collect()
    }
}

impl Calculator for Decision {
    /// A table (its first criterion) or a preset: the other cells mean nothing without one.
    fn is_input(&self, key: &str) -> bool {
        key == "c1" || key == "preset"
    }
    fn read(&self, query: &str, lang: Lang) -> Self {
        Decision::from_query(query, lang)
    }
    fn lang_and_notes(&mut self) -> (&mut Lang, &mut Vec<Note>) {
        (&mut self.lang, &mut self.notes)
    }
}

impl WidgetModel for Decision {
    type Action = Action;

    fn open(opening: &Opening) -> Self {
        let lang = opening.lang();
        open_calculator(opening, Decision::new(Preset::SupplyChain.table(lang), lang))
    }
    fn apply(&mut self, action: Action) {
        Decision::apply(self, action)
    }
    fn frame_action(action: FrameAction) -> Action {
        Action::Frame(action)
    }
    fn widget(&self) -> Widget {
        Widget::DecisionWeights
    }
    fn lang(&self) -> Lang {
        self.lang
    }
    fn notes(&self) -> &[Note] {
        &self.notes
    }
    fn share_query(&self) -> String {
        super::link::write(self)
    }

    fn result_json(&self) -> Value {
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
