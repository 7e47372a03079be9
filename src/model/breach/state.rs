//! Model layer: the breach-cost calculator's state: the typed text of every field,
//! the last valid value of each, the choices, the assumption overrides, and what the
//! share link carries. Amounts are held in the chosen currency; the model works in
//! US dollars. Pure Rust.

use std::cell::OnceCell;
use std::fmt;
use std::rc::Rc;

use crate::json;
use crate::model::json::Value;

use super::assumptions::{Assumptions, Param, PARAMS, RETIRED_KEYS};
use super::benchmark::{benchmarks, Benchmarks};
use super::cost::{breach_cost, Breakdown, Category};
use super::explain::{explain, Explanation};
use super::profile::{Control, Controls, Industry, Jurisdiction, Profile, Records};
use super::sensitivity::{tornado, Swing};
use super::simulate::{simulate, Simulation};
use super::value::{value, with_package, Package, Value as PackageValue};
use crate::model::currency::Currency;
use crate::model::field::{parse_field, Draft, Drafts, Entry, FieldError, FieldSpec};
use crate::model::lang::Lang;
use crate::model::note::Note;
use crate::model::query;
use crate::model::widget::contract::{open_calculator, Calculator};
use crate::model::widget::{FrameAction, Opening, Widget, WidgetModel};

/// The calculator's numeric inputs, in form order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Employees,
    Revenue,
    RecordsCustomer,
    RecordsPayment,
    RecordsHealth,
    RecordsEmployee,
    Downtime,
    PackageCost,
    DowntimeAfter,
    Premium,
    /// The most a year's losses can be before the business is in trouble (0: not set).
    Tolerance,
    Trials,
    Seed,
}

impl Field {
    pub const ALL: [Field; 13] = [
        Field::Employees,
        Field::Revenue,
        Field::RecordsCustomer,
        Field::RecordsPayment,
        Field::RecordsHealth,
        Field::RecordsEmployee,
        Field::Downtime,
        Field::PackageCost,
        Field::DowntimeAfter,
        Field::Premium,
        Field::Tolerance,
        Field::Trials,
        Field::Seed,
    ];

    /// Share-link key and accepted range.
    pub fn spec(self) -> FieldSpec {
        let (key, min, max, whole) = match self {
            Field::Employees => ("employees", 1.0, 1e7, true),
            Field::Revenue => ("revenue", 0.0, 1e13, false),
            Field::RecordsCustomer => ("records_customer", 0.0, 1e10, true),
            Field::RecordsPayment => ("records_payment", 0.0, 1e10, true),
            Field::RecordsHealth => ("records_health", 0.0, 1e10, true),
            Field::RecordsEmployee => ("records_employee", 0.0, 1e10, true),
            Field::Downtime => ("downtime", 0.0, 8760.0, false),
            Field::PackageCost => ("package_cost", 0.0, 1e12, false),
            Field::DowntimeAfter => ("downtime_after", 0.0, 8760.0, false),
            Field::Premium => ("premium", 0.0, 1e11, false),
            Field::Tolerance => ("tolerance", 0.0, 1e13, false),
            Field::Trials => ("trials", 1000.0, 200_000.0, true),
            Field::Seed => ("seed", 0.0, 4_294_967_295.0, true),
        };
        FieldSpec { key, min, max, whole }
    }

    /// Amounts in the chosen currency (converted when it changes).
    pub fn is_money(self) -> bool {
        matches!(self, Field::Revenue | Field::PackageCost | Field::Premium | Field::Tolerance)
    }

    /// A fresh calculator's value, in US dollars for amounts: a 50-person business.
    fn default_usd(self) -> f64 {
        match self {
            Field::Employees => 50.0,
            Field::Revenue => 5e6,
            Field::RecordsCustomer => 5000.0,
            Field::RecordsPayment => 0.0,
            Field::RecordsHealth => 0.0,
            Field::RecordsEmployee => 50.0,
            // The seed's example: a day's outage, two hours with the solution.
            Field::Downtime => 24.0,
            Field::PackageCost => 30_000.0,
            Field::DowntimeAfter => 2.0,
            // Insureon's median cyber premium for its small-business customers, USD 1,675 a
            // year (insureon.com, "Cyber liability insurance cost", read 2026-12-07).
            Field::Premium => 1675.0,
            Field::Tolerance => 0.0,
            Field::Trials => 10_000.0,
            Field::Seed => 1.0,
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// Units of `currency` per US dollar under these assumptions.
pub fn per_usd(currency: Currency, a: &Assumptions) -> f64 {
    match currency {
        Currency::Cny => a.get(Param::FxCny),
        Currency::Eur => a.get(Param::FxEur),
        Currency::Gbp => a.get(Param::FxGbp),
        Currency::Usd => 1.0,
    }
}

/// An amount rounded to three significant figures (converted defaults read cleanly).
fn round3(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return 0.0;
    }
    let magnitude = 10f64.powf(x.abs().log10().floor() - 2.0);
    (x / magnitude).round() * magnitude
}

fn fmt_value(x: f64) -> String {
    crate::model::decimal::shortest(x)
}

#[derive(Clone, Debug, PartialEq)]
pub struct Breach {
    /// Every numeric input, in `Field::ALL` order.
    pub entries: Vec<Entry>,
    pub industry: Industry,
    pub jurisdiction: Jurisdiction,
    pub controls: Controls,
    pub package: Controls,
    pub currency: Currency,
    pub assumptions: Assumptions,
    /// Assumptions typed but not (yet) valid; the model keeps their last valid value.
    pub pending: Drafts<Param>,
    pub lang: Lang,
    pub notes: Vec<Note>,
    outcome: OutcomeCache,
}

/// The outcome of the current inputs, computed at most once per state: the
/// simulations take milliseconds, and the view, the result event and the JSON
/// download all read it. Clones share it; `apply` empties it when the inputs change.
#[derive(Clone, Default)]
struct OutcomeCache(Rc<OnceCell<Rc<Outcome>>>);

impl PartialEq for OutcomeCache {
    /// Derived from the rest of the state, so never a difference of its own.
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl fmt::Debug for OutcomeCache {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(if self.0.get().is_some() { "OutcomeCache(computed)" } else { "OutcomeCache(empty)" })
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Edit(Field, String),
    SetIndustry(Industry),
    SetJurisdiction(Jurisdiction),
    SetControl(Control, bool),
    SetPackage(Control, bool),
    SetCurrency(Currency),
    EditAssumption(Param, String),
    ResetAssumption(Param),
    ResetAssumptions,
    /// The language switch, dismissing the notes, "Start over".
    Frame(FrameAction),
}

/// Everything the result shows, in the chosen currency.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub breach: Breakdown,
    pub breach_with_package: Breakdown,
    pub annual: Simulation,
    pub annual_with_package: Simulation,
    pub value: PackageValue,
    pub tornado: Vec<Swing>,
    /// Expected annual loss without and with the package.
    pub expected_loss: f64,
    pub expected_loss_with_package: f64,
    /// How the figure was reached, today.
    pub explanation: Explanation,
    /// What the figure is shown against (US dollars: the bands are in dollars).
    pub benchmarks: Benchmarks,
    /// The risk tolerance, if set, and the chance a year's losses exceed it, today and
    /// with the package.
    pub tolerance: Option<Tolerance>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tolerance {
    pub amount: f64,
    pub chance_today: f64,
    pub chance_with_package: f64,
}

impl Breach {
    pub fn new(lang: Lang) -> Self {
        let jurisdiction = if lang == Lang::Zh { Jurisdiction::Cn } else { Jurisdiction::Us };
        let currency = Currency::for_lang(lang);
        let industry = Industry::Services;
        let assumptions = Assumptions::new(industry, jurisdiction);
        let fx = per_usd(currency, &assumptions);
        let values: Vec<f64> = Field::ALL
            .iter()
            // A converted amount is rounded (it is not a published figure in that currency);
            // in US dollars the published figure stays as published (USD 1,675, not 1,680).
            .map(|f| if f.is_money() && fx != 1.0 { round3(f.default_usd() * fx) } else { f.default_usd() })
            .collect();
        Breach {
            entries: values.into_iter().map(Entry::new).collect(),
            industry,
            jurisdiction,
            controls: Controls::of(&[Control::Backups]),
            package: Controls::of(&[Control::Edr, Control::IrPlan, Control::Training, Control::Mdr]),
            currency,
            assumptions,
            pending: Drafts::default(),
            lang,
            notes: Vec::new(),
            outcome: OutcomeCache::default(),
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

    pub fn pending(&self, p: Param) -> Option<&Draft> {
        self.pending.get(p)
    }

    fn set_value(&mut self, f: Field, v: f64) {
        self.entries[f.index()] = Entry::new(v);
    }

    pub fn apply(&mut self, action: Action) {
        if !matches!(action, Action::Frame(FrameAction::SetLang(_) | FrameAction::DismissNotes)) {
            self.outcome = OutcomeCache::default();
        }
        match action {
            Action::Edit(f, text) => self.entries[f.index()].edit(&f.spec(), text),
            Action::SetIndustry(i) => {
                self.industry = i;
                self.assumptions.industry = i;
            }
            Action::SetJurisdiction(j) => {
                self.jurisdiction = j;
                self.assumptions.jurisdiction = j;
            }
            Action::SetControl(c, on) => self.controls = self.controls.with(c, on),
            Action::SetPackage(c, on) => self.package = self.package.with(c, on),
            Action::SetCurrency(c) => {
                if c != self.currency {
                    // The same business in another currency: convert the amounts.
                    let rate = per_usd(c, &self.assumptions) / per_usd(self.currency, &self.assumptions);
                    for f in Field::ALL.into_iter().filter(|f| f.is_money()) {
                        let converted = round3(self.value(f) * rate).min(f.spec().max);
                        self.set_value(f, converted);
                    }
                    self.currency = c;
                }
            }
            // Emptying the user's own chance returns to the claims frequency.
            Action::EditAssumption(Param::Likelihood, text) if text.trim().is_empty() => {
                self.pending.clear(Param::Likelihood);
                self.assumptions.clear(Param::Likelihood);
            }
            Action::EditAssumption(p, text) => {
                if let Some(v) = self.pending.edit(p, &p.spec().field, text) {
                    self.assumptions.set(p, v);
                }
            }
            Action::ResetAssumption(p) => {
                self.pending.clear(p);
                self.assumptions.clear(p);
            }
            Action::ResetAssumptions => {
                self.pending.clear_all();
                self.assumptions = Assumptions::new(self.industry, self.jurisdiction);
            }
            Action::Frame(FrameAction::SetLang(l)) => self.lang = l,
            Action::Frame(FrameAction::DismissNotes) => self.notes.clear(),
            Action::Frame(FrameAction::Reset) => {
                let (lang, notes) = (self.lang, std::mem::take(&mut self.notes));
                *self = Breach { notes, ..Breach::new(lang) };
            }
        }
    }

    /// Units of the chosen currency per US dollar.
    pub fn fx(&self) -> f64 {
        per_usd(self.currency, &self.assumptions)
    }

    /// The business, in US dollars, as the model takes it.
    pub fn profile(&self) -> Profile {
        Profile {
            industry: self.industry,
            jurisdiction: self.jurisdiction,
            employees: self.value(Field::Employees),
            revenue_usd: self.value(Field::Revenue) / self.fx(),
            records: Records {
                customer: self.value(Field::RecordsCustomer),
                payment: self.value(Field::RecordsPayment),
                health: self.value(Field::RecordsHealth),
                employee: self.value(Field::RecordsEmployee),
            },
            controls: self.controls,
            downtime_hours: self.value(Field::Downtime),
        }
    }

    pub fn package(&self) -> Package {
        Package {
            controls: self.package,
            cost_usd: self.value(Field::PackageCost) / self.fx(),
            downtime_hours: self.value(Field::DowntimeAfter),
            premium_usd: self.value(Field::Premium) / self.fx(),
        }
    }

    /// Everything the result shows (computed once per state; see `OutcomeCache`).
    pub fn outcome(&self) -> Rc<Outcome> {
        self.outcome.0.get_or_init(|| Rc::new(self.compute_outcome())).clone()
    }

    fn compute_outcome(&self) -> Outcome {
        let (p, a, fx) = (self.profile(), &self.assumptions, self.fx());
        let after = with_package(&p, &self.package());
        let (trials, seed) = (self.value(Field::Trials) as u32, self.value(Field::Seed) as u64);
        let money = |b: Breakdown| Breakdown(b.0.map(|x| x * fx));
        let sim = |profile: &Profile| simulate(profile, a, trials, seed).in_currency(fx);
        let v = value(&p, &self.package(), a);
        let value = PackageValue {
            loss_before: v.loss_before * fx,
            loss_after: v.loss_after * fx,
            loss_avoided: v.loss_avoided * fx,
            insurance_saving: v.insurance_saving * fx,
            benefit: v.benefit * fx,
            ..v
        };
        let (annual, mut annual_with_package) = (sim(&p), sim(&after));
        // Inherent and residual risk on the same amounts, so the curves compare point by point.
        annual_with_package.exceedance = annual_with_package.exceedance_like(&annual);
        let amount = self.value(Field::Tolerance);
        let tolerance = (amount > 0.0).then(|| Tolerance {
            amount,
            chance_today: annual.chance_above(amount),
            chance_with_package: annual_with_package.chance_above(amount),
        });
        Outcome {
            breach: money(breach_cost(&p, a)),
            breach_with_package: money(breach_cost(&after, a)),
            explanation: explain(&p, a, fx),
            benchmarks: benchmarks(p.industry, p.revenue_usd),
            tolerance,
            annual,
            annual_with_package,
            tornado: tornado(&p, a).into_iter().map(|s| Swing { low: s.low * fx, high: s.high * fx, ..s }).collect(),
            expected_loss: value.loss_before,
            expected_loss_with_package: value.loss_after,
            value,
        }
    }

    /// Opens from a share link: valid parameters applied, each invalid one noted.
    pub fn from_query(query_string: &str, default_lang: Lang) -> Breach {
        let pairs = query::parse(query_string);
        let first = |k: &str| pairs.iter().find(|(key, _)| key == k).map(|(_, v)| v.clone());
        let mut notes = Vec::new();
        let lang = query::lang_param(&pairs, default_lang, &mut notes);
        let mut b = Breach::new(lang);
        let invalid =
            |key: &str, value: String, reason: FieldError| Note::InvalidField { key: key.into(), value, reason };
        if let Some(c) = first("currency") {
            match Currency::parse(&c) {
                Some(currency) => b.apply(Action::SetCurrency(currency)),
                None => notes.push(Note::UnknownCurrency(c)),
            }
        }
        if let Some(v) = first("industry") {
            match Industry::parse(&v) {
                Some(i) => b.apply(Action::SetIndustry(i)),
                None => notes.push(Note::UnknownChoice { key: "industry".into(), value: v }),
            }
        }
        if let Some(v) = first("jurisdiction") {
            match Jurisdiction::parse(&v) {
                Some(j) => b.apply(Action::SetJurisdiction(j)),
                None => notes.push(Note::UnknownChoice { key: "jurisdiction".into(), value: v }),
            }
        }
        for (key, slot) in [("controls", &mut b.controls), ("package", &mut b.package)] {
            let Some(list) = first(key) else { continue };
            let mut set = Controls::NONE;
            for code in list.split(',').map(str::trim).filter(|c| !c.is_empty()) {
                match Control::parse(code) {
                    Some(c) => set = set.with(c, true),
                    None => notes.push(Note::UnknownChoice { key: key.into(), value: code.into() }),
                }
            }
            *slot = set;
        }
        for f in Field::ALL {
            let Some(text) = first(f.spec().key) else { continue };
            match parse_field(&f.spec(), &text) {
                Ok(_) => b.apply(Action::Edit(f, text)),
                Err(e) => notes.push(invalid(f.spec().key, text, e)),
            }
        }
        for p in PARAMS {
            let Some(text) = first(p.key()) else { continue };
            match parse_field(&p.spec().field, &text) {
                Ok(v) => b.assumptions.set(p, v),
                Err(e) => notes.push(invalid(p.key(), text, e)),
            }
        }
        for key in RETIRED_KEYS.into_iter().filter(|k| first(k).is_some()) {
            notes.push(Note::RetiredParam(key.into()));
        }
        notes.extend(query::duplicate_keys(&pairs).into_iter().map(Note::DuplicateParam));
        b.notes = notes;
        b
    }
}

impl Calculator for Breach {
    /// The keys `from_query` reads (a retired one too: it is noted).
    fn is_input(&self, key: &str) -> bool {
        ["currency", "industry", "jurisdiction", "controls", "package"].contains(&key)
            || Field::ALL.iter().any(|f| f.spec().key == key)
            || PARAMS.iter().any(|p| p.key() == key)
            || RETIRED_KEYS.contains(&key)
    }
    fn read(&self, query: &str, lang: Lang) -> Self {
        Breach::from_query(query, lang)
    }
    fn lang_and_notes(&mut self) -> (&mut Lang, &mut Vec<Note>) {
        (&mut self.lang, &mut self.notes)
    }
}

impl WidgetModel for Breach {
    type Action = Action;

    fn open(opening: &Opening) -> Self {
        open_calculator(opening, Breach::new(opening.lang()))
    }
    fn apply(&mut self, action: Action) {
        Breach::apply(self, action)
    }
    fn frame_action(action: FrameAction) -> Action {
        Action::Frame(action)
    }
    fn widget(&self) -> Widget {
        Widget::BreachCost
    }
    fn lang(&self) -> Lang {
        self.lang
    }
    fn notes(&self) -> &[Note] {
        &self.notes
    }

    /// Every input, and the overridden assumptions.
    fn share_query(&self) -> String {
        let mut pairs: Vec<(&str, String)> = vec![
            ("w", "breach-cost".into()),
            ("lang", self.lang.code().into()),
            ("industry", self.industry.code().into()),
            ("jurisdiction", self.jurisdiction.code().into()),
        ];
        for f in Field::ALL {
            pairs.push((f.spec().key, fmt_value(self.value(f))));
        }
        pairs.push(("controls", self.controls.codes()));
        pairs.push(("package", self.package.codes()));
        pairs.push(("currency", self.currency.code().into()));
        for (p, v) in self.assumptions.overrides() {
            pairs.push((p.key(), fmt_value(v)));
        }
        query::build(pairs)
    }

    fn result_json(&self) -> Value {
        let o = &*self.outcome();
        let categories = |b: &Breakdown| {
            Value::Object(Category::ALL.iter().map(|c| (c.code().to_string(), json!(b.get(*c).round()))).collect())
        };
        let range = |s: &Simulation| {
            json!({
                "p10": s.p10.round(), "p50": s.p50.round(), "p90": s.p90.round(), "p95": s.p95.round(), "p99": s.p99.round(),
                "mean": s.mean.round(), "chanceOfBreach": s.any_breach,
            })
        };
        let e = &o.explanation;
        let bm = &o.benchmarks;
        json!({
            "widget": "breach-cost",
            "lang": self.lang.code(),
            "currency": self.currency.code(),
            "breachCost": o.breach.total().round(),
            "direct": o.breach.direct().round(),
            "indirect": o.breach.indirect().round(),
            "fines": o.breach.get(Category::Fines).round(),
            "categories": categories(&o.breach),
            "frequency": { "claimsRate": e.claims_frequency, "rate": e.rate, "chanceOfBreach": e.chance, "ownChance": e.own_chance },
            "fineRegimes": e.regimes.iter().map(|r| json!({ "regime": r.regime.code(), "serious": r.serious, "typical": r.typical.round(), "cap": r.cap.round() })).collect::<Vec<_>>(),
            "benchmarksUsd": {
                "ibmIndustry": bm.ibm_industry,
                "claimsNetDiligence": bm.netdiligence.average,
                "claimsCoalition": bm.coalition.average,
            },
            "tolerance": o.tolerance.map(|t| json!({ "amount": t.amount, "chanceToday": t.chance_today, "chanceWithPackage": t.chance_with_package })),
            "expectedAnnualLoss": o.expected_loss.round(),
            "annualLoss": range(&o.annual),
            "trials": o.annual.trials,
            "package": {
                "controls": self.package.iter().map(Control::code).collect::<Vec<_>>(),
                "cost": self.value(Field::PackageCost),
                "expectedAnnualLoss": o.expected_loss_with_package.round(),
                "annualLoss": range(&o.annual_with_package),
                "lossAvoided": o.value.loss_avoided.round(),
                "insuranceSaving": o.value.insurance_saving.round(),
                "rosi": o.value.rosi,
                "paybackMonths": o.value.payback_months,
                "downtimeHours": [o.value.downtime_before, o.value.downtime_after],
            },
            "inputs": {
                "industry": self.industry.code(),
                "jurisdiction": self.jurisdiction.code(),
                "controls": self.controls.iter().map(Control::code).collect::<Vec<_>>(),
                "fields": Value::Object(Field::ALL.iter().map(|f| (f.spec().key.to_string(), json!(self.value(*f)))).collect()),
                "assumptions": Value::Object(self.assumptions.overrides().map(|(p, v)| (p.key().to_string(), json!(v))).collect()),
            },
        })
    }
}
