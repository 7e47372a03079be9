//! Model layer: the flywheel calculator's state: the typed text of every field, the
//! last valid value of each, and what the share link carries. Pure Rust.

use crate::json;
use crate::model::json::Value;

use super::kpi::{nps_from_counts, Kpis, Segment};
use super::projection::{lifetime_value, net_revenue_retention, project, revenue_gap, Business, YearPoint};
use crate::model::currency::Currency;
use crate::model::field::{parse_field, Entry, FieldError, FieldSpec};
use crate::model::lang::Lang;
use crate::model::note::Note;
use crate::model::query;
use crate::model::widget::contract::{open_calculator, Calculator};
use crate::model::widget::{FrameAction, Opening, Widget, WidgetModel};

/// The calculator's numeric inputs, in form order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Ttv,
    Adoption,
    Healthy,
    Churn,
    Nps,
    Promoters,
    Passives,
    Detractors,
    Customers,
    RevenuePerAccount,
    Expansion,
    NewCustomers,
    Years,
}

const BIG: f64 = 1e12;

impl Field {
    pub const ALL: [Field; 13] = [
        Field::Ttv,
        Field::Adoption,
        Field::Healthy,
        Field::Churn,
        Field::Nps,
        Field::Promoters,
        Field::Passives,
        Field::Detractors,
        Field::Customers,
        Field::RevenuePerAccount,
        Field::Expansion,
        Field::NewCustomers,
        Field::Years,
    ];

    /// Share-link key and accepted range.
    pub fn spec(self) -> FieldSpec {
        let (key, min, max, whole) = match self {
            Field::Ttv => ("ttv", 0.0, 3650.0, false),
            Field::Adoption => ("adoption", 0.0, 100.0, false),
            Field::Healthy => ("healthy", 0.0, 100.0, false),
            Field::Churn => ("churn", 0.0, 100.0, false),
            Field::Nps => ("nps", -100.0, 100.0, false),
            Field::Promoters => ("promoters", 0.0, 1e9, true),
            Field::Passives => ("passives", 0.0, 1e9, true),
            Field::Detractors => ("detractors", 0.0, 1e9, true),
            Field::Customers => ("customers", 0.0, 1e9, true),
            Field::RevenuePerAccount => ("arpa", 0.0, BIG, false),
            Field::Expansion => ("expansion", 0.0, 200.0, false),
            Field::NewCustomers => ("new", 0.0, 1e9, true),
            Field::Years => ("years", 1.0, 10.0, true),
        };
        FieldSpec { key, min, max, whole }
    }

    /// The value a fresh calculator starts with: a plausible mid-market security SaaS.
    pub fn default_value(self) -> f64 {
        match self {
            Field::Ttv => 14.0,
            Field::Adoption => 65.0,
            Field::Healthy => 70.0,
            Field::Churn => 9.0,
            Field::Nps => 30.0,
            Field::Promoters => 60.0,
            Field::Passives => 25.0,
            Field::Detractors => 15.0,
            Field::Customers => 200.0,
            Field::RevenuePerAccount => 20000.0,
            Field::Expansion => 8.0,
            Field::NewCustomers => 40.0,
            Field::Years => 5.0,
        }
    }

    fn index(self) -> usize {
        Field::ALL.iter().position(|f| *f == self).unwrap_or(0)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Flywheel {
    /// Every numeric input, in `Field::ALL` order.
    pub entries: Vec<Entry>,
    /// NPS from promoter / passive / detractor counts instead of typed directly.
    pub nps_from_counts: bool,
    pub currency: Currency,
    pub lang: Lang,
    pub notes: Vec<Note>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Edit(Field, String),
    SetNpsFromCounts(bool),
    SetCurrency(Currency),
    /// The language switch, dismissing the notes, "Start over".
    Frame(FrameAction),
}

/// Everything the result shows, computed from the valid values.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub kpis: Kpis,
    pub health: f64,
    pub today: Vec<YearPoint>,
    pub benchmark: Vec<YearPoint>,
    pub revenue_gap: f64,
    pub nrr: f64,
    pub clv: f64,
}

fn fmt_value(x: f64) -> String {
    crate::model::decimal::shortest(x)
}

impl Flywheel {
    pub fn new(lang: Lang) -> Self {
        Flywheel {
            entries: Field::ALL.iter().map(|f| Entry::new(f.default_value())).collect(),
            nps_from_counts: false,
            currency: Currency::for_lang(lang),
            lang,
            notes: Vec::new(),
        }
    }

    pub fn value(&self, f: Field) -> f64 {
        self.entries[f.index()].value
    }

    /// The field as the form holds it.
    pub fn entry(&self, f: Field) -> &Entry {
        &self.entries[f.index()]
    }

    pub fn text(&self, f: Field) -> &str {
        &self.entries[f.index()].text
    }

    pub fn error(&self, f: Field) -> Option<&FieldError> {
        self.entries[f.index()].error.as_ref()
    }

    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Edit(f, text) => self.entries[f.index()].edit(&f.spec(), text),
            Action::SetNpsFromCounts(on) => self.nps_from_counts = on,
            Action::SetCurrency(c) => self.currency = c,
            Action::Frame(FrameAction::SetLang(l)) => self.lang = l,
            Action::Frame(FrameAction::DismissNotes) => self.notes.clear(),
            Action::Frame(FrameAction::Reset) => {
                let (lang, notes) = (self.lang, std::mem::take(&mut self.notes));
                *self = Flywheel { notes, ..Flywheel::new(lang) };
            }
        }
    }

    /// NPS from counts when they hold at least one answer, else the typed NPS.
    pub fn nps(&self) -> f64 {
        if self.nps_from_counts {
            if let Some(n) = nps_from_counts(
                self.value(Field::Promoters),
                self.value(Field::Passives),
                self.value(Field::Detractors),
            ) {
                return n;
            }
        }
        self.value(Field::Nps)
    }

    /// True when counts are in use but add up to no answers at all.
    pub fn counts_empty(&self) -> bool {
        self.nps_from_counts
            && nps_from_counts(self.value(Field::Promoters), self.value(Field::Passives), self.value(Field::Detractors))
                .is_none()
    }

    pub fn kpis(&self) -> Kpis {
        Kpis {
            ttv_days: self.value(Field::Ttv),
            adoption: self.value(Field::Adoption),
            healthy: self.value(Field::Healthy),
            churn: self.value(Field::Churn),
            nps: self.nps(),
        }
    }

    pub fn outcome(&self) -> Outcome {
        let kpis = self.kpis();
        let business = Business {
            customers: self.value(Field::Customers),
            revenue_per_account: self.value(Field::RevenuePerAccount),
            expansion: self.value(Field::Expansion),
            new_customers: self.value(Field::NewCustomers),
            years: self.value(Field::Years) as u32,
        };
        let today = project(&business, kpis.churn);
        let benchmark = project(&business, kpis.at_benchmark().churn);
        Outcome {
            health: kpis.flywheel_health(),
            revenue_gap: revenue_gap(&today, &benchmark),
            nrr: net_revenue_retention(kpis.churn, business.expansion),
            clv: lifetime_value(business.revenue_per_account, kpis.churn),
            kpis,
            today,
            benchmark,
        }
    }

    /// Opens from a share link: valid parameters applied, each invalid one noted.
    pub fn from_query(query_string: &str, default_lang: Lang) -> Flywheel {
        let pairs = query::parse(query_string);
        let first = |k: &str| pairs.iter().find(|(key, _)| key == k).map(|(_, v)| v.clone());
        let mut notes = Vec::new();
        let lang = query::lang_param(&pairs, default_lang, &mut notes);
        let mut fw = Flywheel::new(lang);
        for f in Field::ALL {
            let Some(text) = first(f.spec().key) else { continue };
            match parse_field(&f.spec(), &text) {
                Ok(_) => fw.apply(Action::Edit(f, text)),
                Err(e) => notes.push(Note::InvalidField { key: f.spec().key.into(), value: text, reason: e }),
            }
        }
        fw.nps_from_counts =
            first("nps").is_none() && ["promoters", "passives", "detractors"].iter().any(|k| first(k).is_some());
        if let Some(c) = first("currency") {
            match Currency::parse(&c) {
                Some(currency) => fw.currency = currency,
                None => notes.push(Note::UnknownCurrency(c)),
            }
        }
        notes.extend(query::duplicate_keys(&pairs).into_iter().map(Note::DuplicateParam));
        fw.notes = notes;
        fw
    }
}

impl Calculator for Flywheel {
    /// The keys `from_query` reads.
    fn is_input(&self, key: &str) -> bool {
        key == "currency" || Field::ALL.iter().any(|f| f.spec().key == key)
    }
    fn read(&self, query: &str, lang: Lang) -> Self {
        Flywheel::from_query(query, lang)
    }
    fn lang_and_notes(&mut self) -> (&mut Lang, &mut Vec<Note>) {
        (&mut self.lang, &mut self.notes)
    }
}

impl WidgetModel for Flywheel {
    type Action = Action;

    fn open(opening: &Opening) -> Self {
        open_calculator(opening, Flywheel::new(opening.lang()))
    }
    fn apply(&mut self, action: Action) {
        Flywheel::apply(self, action)
    }
    fn frame_action(action: FrameAction) -> Action {
        Action::Frame(action)
    }
    fn widget(&self) -> Widget {
        Widget::Flywheel
    }
    fn lang(&self) -> Lang {
        self.lang
    }
    fn notes(&self) -> &[Note] {
        &self.notes
    }
    /// Every field's valid value.
    fn share_query(&self) -> String {
        let mut pairs: Vec<(&str, String)> = vec![("w", "flywheel".into()), ("lang", self.lang.code().into())];
        for f in Field::ALL {
            let counts = matches!(f, Field::Promoters | Field::Passives | Field::Detractors);
            if counts != self.nps_from_counts
                && matches!(f, Field::Nps | Field::Promoters | Field::Passives | Field::Detractors)
            {
                continue;
            }
            pairs.push((f.spec().key, fmt_value(self.value(f))));
        }
        pairs.push(("currency", self.currency.code().into()));
        query::build(pairs)
    }

    fn result_json(&self) -> Value {
        let o = self.outcome();
        let last = |pts: &[YearPoint]| pts.last().map_or(0.0, |p| p.revenue);
        json!({
            "widget": "flywheel",
            "lang": self.lang.code(),
            "currency": self.currency.code(),
            "nps": o.kpis.nps,
            "flywheelHealth": o.health,
            "segments": Segment::ALL.iter().map(|s| json!({ "id": s.code(), "health": o.kpis.health(*s).code() })).collect::<Vec<_>>(),
            "revenueGap": o.revenue_gap.round(),
            "netRevenueRetention": o.nrr,
            "customerLifetimeValue": o.clv.round(),
            "revenueToday": last(&o.today).round(),
            "revenueAtBenchmark": last(&o.benchmark).round(),
            "inputs": Value::Object(Field::ALL.iter().map(|f| (f.spec().key.to_string(), json!(self.value(*f)))).collect()),
        })
    }
}
