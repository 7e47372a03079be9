//! Model layer: the renewal-risk assessment for managed security services (SPEC 2.6,
//! seed 004): the risk model as data (`model`), one customer's review and its actions
//! (`state`), its share link (`link`), the outlook and ranking (`outlook`) and its
//! text (`text`); here, how it opens and what it announces. Pure Rust.

pub mod link;
pub mod model;
pub mod outlook;
pub mod state;
pub mod text;

use std::rc::Rc;

use crate::json;
use crate::model::json::Value;

use self::model::RiskModel;
use self::outlook::assess;
use self::state::{Action, Renewal};
use crate::model::lang::Lang;
use crate::model::note::Note;
use crate::model::query;
use crate::model::widget::contract::{open_calculator, Calculator};
use crate::model::widget::{FrameAction, Opening, Widget, WidgetModel};

/// Where a review is saved: one key per risk model, so a review never lands in another model.
pub fn storage_key(model_id: &str) -> String {
    format!("secworth:renewal-risk:{model_id}")
}

impl Calculator for Renewal {
    fn is_input(&self, key: &str) -> bool {
        self.is_link_key(key)
    }
    fn read(&self, query: &str, lang: Lang) -> Self {
        let mut notes = Vec::new();
        let lang = query::lang_param(&query::parse(query), lang, &mut notes);
        let mut review = Renewal::new(self.model.clone(), lang);
        review.read_link(query);
        notes.append(&mut review.notes);
        review.notes = notes;
        review
    }
    fn lang_and_notes(&mut self) -> (&mut Lang, &mut Vec<Note>) {
        (&mut self.lang, &mut self.notes)
    }
}

impl WidgetModel for Renewal {
    type Action = Action;

    /// The model (inline if it validates, else the built-in one), then the link's
    /// inputs if it has any, else the saved review, else an empty one.
    fn open(o: &Opening) -> Self {
        let mut notes = Vec::new();
        let model = match o.inline_bank.map(RiskModel::from_json) {
            Some(Ok(model)) => Rc::new(model),
            Some(Err(e)) => {
                notes.push(Note::RiskModelRejected(e.to_string()));
                RiskModel::builtin()
            }
            None => RiskModel::builtin(),
        };
        let mut review = open_calculator(o, Renewal::new(model, o.lang()));
        notes.append(&mut review.notes);
        review.notes = notes;
        review
    }

    fn apply(&mut self, action: Action) {
        Renewal::apply(self, action)
    }
    fn frame_action(action: FrameAction) -> Action {
        Action::Frame(action)
    }
    fn widget(&self) -> Widget {
        Widget::RenewalRisk
    }
    fn lang(&self) -> Lang {
        self.lang
    }
    fn notes(&self) -> &[Note] {
        &self.notes
    }
    fn storage_key(&self) -> String {
        storage_key(&self.model.id)
    }
    fn share_query(&self) -> String {
        self.write_link()
    }

    fn result_json(&self) -> Value {
        let (m, a) = (&self.model, assess(self));
        let risks: Vec<Value> = a
            .ranked
            .iter()
            .enumerate()
            .filter_map(|(rank, r)| {
                let (risk, marked) = (&m.risks[r.risk], self.risks[r.risk].as_ref()?);
                Some(json!({
                    "id": risk.id,
                    "class": m.class_of(risk),
                    "group": risk.group,
                    "level": m.levels[marked.level].id,
                    "response": marked.response.map(|x| m.responses[x].id.as_str()),
                    "responseFits": r.response_fits,
                    "state": m.states[marked.state].id,
                    "open": r.open,
                    "cause": marked.cause,
                    "root": marked.root,
                    "rank": rank + 1,
                }))
            })
            .collect();
        let measures: Vec<Value> = m
            .measures
            .iter()
            .enumerate()
            .map(|(i, x)| {
                let meets = self.measured[i].map(|_| a.on_target.contains(&i));
                json!({ "id": x.id, "value": self.measured[i], "target": self.targets[i], "unit": x.unit, "meetsTarget": meets })
            })
            .collect();
        json!({
            "widget": "renewal-risk",
            "model": m.id,
            "version": m.version,
            "lang": self.lang.code(),
            "customer": self.customer,
            "outlook": a.outlook.code(),
            "highRisks": a.top_risks,
            "openRisks": a.open_risks,
            "risks": risks,
            "measures": measures,
            "belowTarget": a.below_target.iter().map(|&i| m.measures[i].id.as_str()).collect::<Vec<_>>(),
            "confirmations": Value::Object(m.confirmations.iter().zip(&self.confirmed).map(|(c, on)| (c.id.clone(), json!(on))).collect()),
        })
    }
}
