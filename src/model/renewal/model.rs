//! Model layer: the renewal-risk model as data (`banks/renewal-risk.json`, from seed
//! 004): risk levels, responses, states, the taxonomy, playbooks, value measures and
//! the "no risk" confirmations, in both languages. Read and validated like a question
//! bank, so an MSS provider can adapt it; a file that does not validate is refused
//! with the field's path. Pure Rust.

use std::rc::Rc;

use crate::model::json::Value;

use crate::model::json_read::{self, check_id, error, unique_ids, Object, Read};
use crate::model::lang::Localized;

/// JSON of the built-in model (seed 004).
pub const BUILTIN_JSON: &str = include_str!("../../../banks/renewal-risk.json");

thread_local! {
    static BUILTIN: Rc<RiskModel> =
        Rc::new(RiskModel::from_json(BUILTIN_JSON).expect("built-in renewal-risk model is valid (checked by tests)"));
}

/// Link keys of the widget itself: no risk, measure or confirmation may take them.
pub const RESERVED_KEYS: [&str; 6] = ["w", "lang", "customer", "confirmed", "origin", "v"];

#[derive(Clone, Debug, PartialEq)]
pub struct RiskModel {
    pub id: String,
    pub version: u32,
    pub title: Localized,
    /// Most serious first; each with the seed's criteria and the responses it suggests.
    pub levels: Vec<Level>,
    pub responses: Vec<Titled>,
    pub states: Vec<State>,
    /// Delivery and commercial (seed 004, L99-117).
    pub classes: Vec<Titled>,
    pub groups: Vec<Group>,
    pub risks: Vec<Risk>,
    pub playbooks: Vec<Playbook>,
    pub pillars: Vec<Titled>,
    pub measures: Vec<Measure>,
    pub confirmations: Vec<Confirmation>,
    pub analysis: Analysis,
}

/// An id with a title.
#[derive(Clone, Debug, PartialEq)]
pub struct Titled {
    pub id: String,
    pub title: Localized,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Level {
    pub id: String,
    pub title: Localized,
    /// When a risk is at this level (any one of them is enough).
    pub criteria: Localized,
    /// Ids of the responses the seed suggests at this level.
    pub responses: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub id: String,
    pub title: Localized,
    /// Whether a risk in this state still counts against the renewal (closed does not).
    pub open: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    pub id: String,
    /// The class (`delivery`, `commercial`) it belongs to.
    pub class: String,
    pub title: Localized,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Risk {
    pub id: String,
    pub group: String,
    pub title: Localized,
    pub help: Localized,
    /// Ids of the recommended playbooks, in the order to try them.
    pub playbooks: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Playbook {
    pub id: String,
    pub title: Localized,
    pub text: Localized,
    /// Where in the seed it comes from.
    pub basis: Localized,
}

/// Which way a measure is better.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Better {
    Higher,
    Lower,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Measure {
    pub id: String,
    pub pillar: String,
    pub title: Localized,
    /// `%` or `min`, shown after the number.
    pub unit: String,
    pub better: Better,
    /// The default target (editable), >= 0.
    pub target: f64,
    /// Where the target comes from, or that it is an estimate.
    pub target_basis: Localized,
    pub data_source: Localized,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Confirmation {
    pub id: String,
    pub class: String,
    pub title: Localized,
}

/// The seed's prompts for finding the main and root cause.
#[derive(Clone, Debug, PartialEq)]
pub struct Analysis {
    pub fishbone: Vec<Localized>,
    pub five_why: Localized,
    pub questions: Vec<Localized>,
}

impl RiskModel {
    /// The model compiled into the bundle, parsed once per thread.
    pub fn builtin() -> Rc<RiskModel> {
        BUILTIN.with(Rc::clone)
    }

    /// Parses and validates a model from JSON text.
    pub fn from_json(json: &str) -> Read<RiskModel> {
        let model = RiskModel::read(&json_read::document(json, "(model)")?, "")?;
        model.validate()?;
        Ok(model)
    }

    fn read(v: &Value, path: &str) -> Read<RiskModel> {
        let keys = [
            "id",
            "version",
            "title",
            "levels",
            "responses",
            "states",
            "classes",
            "groups",
            "risks",
            "playbooks",
            "pillars",
            "measures",
            "confirmations",
            "analysis",
        ];
        let o = Object::new(v, path, &keys)?;
        let (id, version, title) = (o.string("id")?, o.count("version")?, o.with("title", Localized::read)?);
        if version == 0 {
            return Err(error("version", "must be 1 or more"));
        }
        Ok(RiskModel {
            id,
            version,
            title,
            levels: o.list("levels", Level::read)?,
            responses: o.list("responses", Titled::read)?,
            states: o.list("states", State::read)?,
            classes: o.list("classes", Titled::read)?,
            groups: o.list("groups", Group::read)?,
            risks: o.list("risks", Risk::read)?,
            playbooks: o.list("playbooks", Playbook::read)?,
            pillars: o.list("pillars", Titled::read)?,
            measures: o.list("measures", Measure::read)?,
            confirmations: o.list("confirmations", Confirmation::read)?,
            analysis: o.with("analysis", Analysis::read)?,
        })
    }

    pub fn level_index(&self, id: &str) -> Option<usize> {
        self.levels.iter().position(|l| l.id == id)
    }

    pub fn risk(&self, id: &str) -> Option<&Risk> {
        self.risks.iter().find(|r| r.id == id)
    }

    pub fn group(&self, id: &str) -> Option<&Group> {
        self.groups.iter().find(|g| g.id == id)
    }

    pub fn playbook(&self, id: &str) -> Option<&Playbook> {
        self.playbooks.iter().find(|p| p.id == id)
    }

    /// The responses suggested at level `level` (an index into `levels`), in the
    /// level's order; none for a level out of range.
    pub fn suggested(&self, level: usize) -> impl Iterator<Item = &Titled> {
        let ids = self.levels.get(level).map_or(&[][..], |l| &l.responses[..]);
        ids.iter().filter_map(|id| self.responses.iter().find(|r| &r.id == id))
    }

    /// Whether `response` (an index into `responses`) is one suggested at `level`; true
    /// while none is chosen.
    pub fn response_fits(&self, level: usize, response: Option<usize>) -> bool {
        response.is_none_or(|r| self.suggested(level).any(|x| x.id == self.responses[r].id))
    }

    /// The class a risk belongs to, through its group.
    pub fn class_of(&self, risk: &Risk) -> &str {
        self.group(&risk.group).map_or("", |g| g.class.as_str())
    }
}

/// The ids of a list, each valid and used once.
fn ids_of<'a>(what: &str, ids: impl Iterator<Item = &'a str> + Clone) -> Read<Vec<&'a str>> {
    unique_ids(what, ids.clone(), &mut Vec::new())?;
    Ok(ids.collect())
}

/// The ids of a list of titled items, each valid, used once and titled in both languages.
fn titled_ids<'a>(what: &str, list: &'a [Titled]) -> Read<Vec<&'a str>> {
    for (i, t) in list.iter().enumerate() {
        t.title.check(&format!("{what}[{i}].title"))?;
    }
    ids_of(what, list.iter().map(|t| t.id.as_str()))
}

/// `id` is one of `ids`, or an error at `path` naming what it should refer to.
fn refers(path: String, id: &str, to: &str, ids: &[&str]) -> Read<()> {
    if ids.contains(&id) {
        Ok(())
    } else {
        Err(error(path, format!("no {to} has id \"{id}\"")))
    }
}

impl RiskModel {
    /// What the JSON shape alone cannot check: ids, references, ranges, and every text
    /// in both languages.
    pub fn validate(&self) -> Read<()> {
        check_id("id", &self.id)?;
        self.title.check("title")?;
        for (what, len) in [("levels", self.levels.len()), ("states", self.states.len()), ("risks", self.risks.len())] {
            if len == 0 {
                return Err(error(what, "must list at least one"));
            }
        }
        // Risks, measures and confirmations share the share link's keys.
        let mut keys: Vec<&str> = RESERVED_KEYS.to_vec();
        unique_ids("risks", self.risks.iter().map(|r| r.id.as_str()), &mut keys)?;
        unique_ids("measures", self.measures.iter().map(|m| m.id.as_str()), &mut keys)?;
        unique_ids("confirmations", self.confirmations.iter().map(|c| c.id.as_str()), &mut keys)?;
        let responses = titled_ids("responses", &self.responses)?;
        let classes = titled_ids("classes", &self.classes)?;
        let pillars = titled_ids("pillars", &self.pillars)?;
        ids_of("levels", self.levels.iter().map(|l| l.id.as_str()))?;
        ids_of("states", self.states.iter().map(|s| s.id.as_str()))?;
        for (i, s) in self.states.iter().enumerate() {
            s.title.check(&format!("states[{i}].title"))?;
        }
        let groups = ids_of("groups", self.groups.iter().map(|g| g.id.as_str()))?;
        let playbooks = ids_of("playbooks", self.playbooks.iter().map(|p| p.id.as_str()))?;
        for (i, l) in self.levels.iter().enumerate() {
            l.title.check(&format!("levels[{i}].title"))?;
            l.criteria.check(&format!("levels[{i}].criteria"))?;
            for (j, r) in l.responses.iter().enumerate() {
                refers(format!("levels[{i}].responses[{j}]"), r, "response", &responses)?;
            }
        }
        for (i, g) in self.groups.iter().enumerate() {
            refers(format!("groups[{i}].class"), &g.class, "class", &classes)?;
            g.title.check(&format!("groups[{i}].title"))?;
        }
        for (i, r) in self.risks.iter().enumerate() {
            refers(format!("risks[{i}].group"), &r.group, "group", &groups)?;
            r.title.check(&format!("risks[{i}].title"))?;
            r.help.check(&format!("risks[{i}].help"))?;
            for (j, p) in r.playbooks.iter().enumerate() {
                refers(format!("risks[{i}].playbooks[{j}]"), p, "playbook", &playbooks)?;
            }
        }
        for (i, p) in self.playbooks.iter().enumerate() {
            for (field, text) in [("title", &p.title), ("text", &p.text), ("basis", &p.basis)] {
                text.check(&format!("playbooks[{i}].{field}"))?;
            }
        }
        for (i, m) in self.measures.iter().enumerate() {
            refers(format!("measures[{i}].pillar"), &m.pillar, "pillar", &pillars)?;
            for (field, text) in
                [("title", &m.title), ("target_basis", &m.target_basis), ("data_source", &m.data_source)]
            {
                text.check(&format!("measures[{i}].{field}"))?;
            }
            if !(m.target.is_finite() && (0.0..=1e6).contains(&m.target)) {
                return Err(error(format!("measures[{i}].target"), "must be a number from 0 to 1000000"));
            }
            if m.unit.chars().count() > 8 {
                return Err(error(format!("measures[{i}].unit"), "must be at most 8 characters"));
            }
        }
        for (i, c) in self.confirmations.iter().enumerate() {
            refers(format!("confirmations[{i}].class"), &c.class, "class", &classes)?;
            c.title.check(&format!("confirmations[{i}].title"))?;
        }
        let a = &self.analysis;
        for (i, t) in a.fishbone.iter().enumerate() {
            t.check(&format!("analysis.fishbone[{i}]"))?;
        }
        a.five_why.check("analysis.five_why")?;
        for (i, t) in a.questions.iter().enumerate() {
            t.check(&format!("analysis.questions[{i}]"))?;
        }
        Ok(())
    }
}

impl Titled {
    fn read(v: &Value, path: &str) -> Read<Titled> {
        let o = Object::new(v, path, &["id", "title"])?;
        Ok(Titled { id: o.string("id")?, title: o.with("title", Localized::read)? })
    }
}

impl Level {
    fn read(v: &Value, path: &str) -> Read<Level> {
        let o = Object::new(v, path, &["id", "title", "criteria", "responses"])?;
        Ok(Level {
            id: o.string("id")?,
            title: o.with("title", Localized::read)?,
            criteria: o.with("criteria", Localized::read)?,
            responses: o.list("responses", json_read::string)?,
        })
    }
}

impl State {
    fn read(v: &Value, path: &str) -> Read<State> {
        let o = Object::new(v, path, &["id", "title", "open"])?;
        let (open, open_path) = o.required("open")?;
        Ok(State {
            id: o.string("id")?,
            title: o.with("title", Localized::read)?,
            open: open.as_bool().ok_or_else(|| error(open_path, "must be true or false"))?,
        })
    }
}

impl Group {
    fn read(v: &Value, path: &str) -> Read<Group> {
        let o = Object::new(v, path, &["id", "class", "title"])?;
        Ok(Group { id: o.string("id")?, class: o.string("class")?, title: o.with("title", Localized::read)? })
    }
}

impl Risk {
    fn read(v: &Value, path: &str) -> Read<Risk> {
        let o = Object::new(v, path, &["id", "group", "title", "help", "playbooks"])?;
        Ok(Risk {
            id: o.string("id")?,
            group: o.string("group")?,
            title: o.with("title", Localized::read)?,
            help: o.with("help", Localized::read)?,
            playbooks: o.list_or_empty("playbooks", json_read::string)?,
        })
    }
}

impl Playbook {
    fn read(v: &Value, path: &str) -> Read<Playbook> {
        let o = Object::new(v, path, &["id", "title", "text", "basis"])?;
        Ok(Playbook {
            id: o.string("id")?,
            title: o.with("title", Localized::read)?,
            text: o.with("text", Localized::read)?,
            basis: o.with("basis", Localized::read)?,
        })
    }
}

impl Measure {
    fn read(v: &Value, path: &str) -> Read<Measure> {
        let keys = ["id", "pillar", "title", "unit", "better", "target", "target_basis", "data_source"];
        let o = Object::new(v, path, &keys)?;
        let better = match o.string("better")?.as_str() {
            "higher" => Better::Higher,
            "lower" => Better::Lower,
            other => {
                return Err(error(format!("{path}.better"), format!("\"{other}\" is not \"higher\" or \"lower\"")))
            }
        };
        Ok(Measure {
            id: o.string("id")?,
            pillar: o.string("pillar")?,
            title: o.with("title", Localized::read)?,
            unit: o.string("unit")?,
            better,
            target: o.number("target")?,
            target_basis: o.with("target_basis", Localized::read)?,
            data_source: o.with("data_source", Localized::read)?,
        })
    }
}

impl Measure {
    /// Whether `value` meets `target` in the measure's better direction (on target counts).
    pub fn meets(&self, value: f64, target: f64) -> bool {
        match self.better {
            Better::Higher => value >= target,
            Better::Lower => value <= target,
        }
    }
}

impl Confirmation {
    fn read(v: &Value, path: &str) -> Read<Confirmation> {
        let o = Object::new(v, path, &["id", "class", "title"])?;
        Ok(Confirmation { id: o.string("id")?, class: o.string("class")?, title: o.with("title", Localized::read)? })
    }
}

impl Analysis {
    fn read(v: &Value, path: &str) -> Read<Analysis> {
        let o = Object::new(v, path, &["fishbone", "five_why", "questions"])?;
        Ok(Analysis {
            fishbone: o.list("fishbone", Localized::read)?,
            five_why: o.with("five_why", Localized::read)?,
            questions: o.list("questions", Localized::read)?,
        })
    }
}
