//! Model layer: one customer's renewal review as the service manager fills it in:
//! the risks marked (level, causes, response, state), the value measures against
//! their targets, the "no risk" confirmations. Actions change it through a pure
//! `apply`. Pure Rust.

use std::rc::Rc;

use super::model::RiskModel;
use crate::model::chars::clip;
use crate::model::field::{Draft, Drafts, FieldSpec};
use crate::model::lang::Lang;
use crate::model::note::Note;
use crate::model::widget::FrameAction;

/// Longest customer name kept, in characters (the field's `maxlength`; longer text
/// from a link is cut to it).
pub const MAX_NAME: usize = 80;
/// Longest main or root cause kept, in characters (likewise).
pub const MAX_CAUSE: usize = 300;

/// What a measure's value or target accepts: a number from 0 to a million (minutes or percent).
pub const MEASURE: FieldSpec = FieldSpec { key: "measure", min: 0.0, max: 1e6, whole: false };

/// A risk the service manager marked as applying to this customer.
#[derive(Clone, Debug, PartialEq)]
pub struct Marked {
    /// Index into the model's levels (0: most serious).
    pub level: usize,
    /// Index into the model's responses, once one is agreed.
    pub response: Option<usize>,
    /// Index into the model's states.
    pub state: usize,
    /// The main cause, in the user's words.
    pub cause: String,
    /// The root cause behind it.
    pub root: String,
}

/// A measure's value or its target, as a form cell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MeasureCell {
    Value(usize),
    Target(usize),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Renewal {
    pub model: Rc<RiskModel>,
    /// One per model risk: `Some` when it applies.
    pub risks: Vec<Option<Marked>>,
    /// One per model measure: its value, `None` while not measured.
    pub measured: Vec<Option<f64>>,
    /// One per model measure: its target (the model's default until changed).
    pub targets: Vec<f64>,
    /// Values and targets typed but not (yet) valid.
    pub drafts: Drafts<MeasureCell>,
    /// One per model confirmation: whether it is given.
    pub confirmed: Vec<bool>,
    /// The customer's name, for the printout (may be empty).
    pub customer: String,
    pub lang: Lang,
    pub notes: Vec<Note>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Marks risk `i` as applying (at the middle level, response pending) or clears it.
    Mark(usize, bool),
    /// Risk `i`'s level (an index into the model's levels).
    SetLevel(usize, usize),
    SetResponse(usize, Option<usize>),
    SetState(usize, usize),
    SetCause(usize, String),
    SetRoot(usize, String),
    EditMeasure(MeasureCell, String),
    Confirm(usize, bool),
    SetCustomer(String),
    /// The language switch, dismissing the notes, "Start over" (an empty review).
    Frame(FrameAction),
}

impl Renewal {
    /// An empty review: nothing marked, nothing measured, every target at its default.
    pub fn new(model: Rc<RiskModel>, lang: Lang) -> Self {
        Renewal {
            risks: vec![None; model.risks.len()],
            measured: vec![None; model.measures.len()],
            targets: model.measures.iter().map(|m| m.target).collect(),
            drafts: Drafts::default(),
            confirmed: vec![false; model.confirmations.len()],
            customer: String::new(),
            lang,
            notes: Vec::new(),
            model,
        }
    }

    /// A freshly marked risk: the middle level, no response yet, the first state.
    pub fn fresh_mark(&self) -> Marked {
        Marked {
            level: self.model.levels.len() / 2,
            response: None,
            state: 0,
            cause: String::new(),
            root: String::new(),
        }
    }

    /// The marked risks with their index in the model, in taxonomy order.
    pub fn marked(&self) -> impl Iterator<Item = (usize, &Marked)> {
        self.risks.iter().enumerate().filter_map(|(i, m)| m.as_ref().map(|m| (i, m)))
    }

    pub fn draft(&self, cell: MeasureCell) -> Option<&Draft> {
        self.drafts.get(cell)
    }

    pub fn apply(&mut self, action: Action) {
        let (levels, responses, states) =
            (self.model.levels.len(), self.model.responses.len(), self.model.states.len());
        let fresh = self.fresh_mark();
        match action {
            Action::Mark(i, on) => {
                if let Some(slot) = self.risks.get_mut(i) {
                    *slot = on.then(|| slot.take().unwrap_or(fresh));
                }
            }
            Action::SetLevel(i, level) if level < levels => self.with_risk(i, |m| m.level = level),
            Action::SetResponse(i, response) if response.is_none_or(|r| r < responses) => {
                self.with_risk(i, |m| m.response = response)
            }
            Action::SetState(i, state) if state < states => self.with_risk(i, |m| m.state = state),
            Action::SetCause(i, text) => self.with_risk(i, |m| m.cause = clip(&text, MAX_CAUSE)),
            Action::SetRoot(i, text) => self.with_risk(i, |m| m.root = clip(&text, MAX_CAUSE)),
            Action::EditMeasure(MeasureCell::Value(i), text) if i < self.measured.len() && text.trim().is_empty() => {
                self.drafts.clear(MeasureCell::Value(i));
                self.measured[i] = None;
            }
            Action::EditMeasure(cell @ MeasureCell::Value(i), text) if i < self.measured.len() => {
                if let Some(v) = self.drafts.edit(cell, &MEASURE, text) {
                    self.measured[i] = Some(v);
                }
            }
            Action::EditMeasure(cell @ MeasureCell::Target(i), text) if i < self.targets.len() => {
                if let Some(v) = self.drafts.edit(cell, &MEASURE, text) {
                    self.targets[i] = v;
                }
            }
            Action::Confirm(c, on) => {
                if let Some(slot) = self.confirmed.get_mut(c) {
                    *slot = on;
                }
            }
            Action::SetCustomer(name) => self.customer = clip(&name, MAX_NAME),
            Action::Frame(FrameAction::SetLang(l)) => self.lang = l,
            Action::Frame(FrameAction::DismissNotes) => self.notes.clear(),
            Action::Frame(FrameAction::Reset) => {
                let notes = std::mem::take(&mut self.notes);
                *self = Renewal { notes, ..Renewal::new(self.model.clone(), self.lang) };
            }
            // Out-of-range indices change nothing.
            _ => {}
        }
    }

    fn with_risk(&mut self, i: usize, change: impl FnOnce(&mut Marked)) {
        if let Some(Some(m)) = self.risks.get_mut(i) {
            change(m);
        }
    }
}
