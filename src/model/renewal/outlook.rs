//! Model layer: the renewal outlook from the marked risks, their levels and states,
//! and the "no risk" confirmations; the risks ranked; the measures that undermine the
//! value. Seed 004 grades risks but gives no overall rule, so the rule here is ours,
//! built from what the seed does say, and is shown to the user with its reasons.
//! Pure Rust.

use super::model::{Better, RiskModel};
use super::state::{Marked, Renewal};

/// The class whose confirmations (budget, the decision maker's view) the rule reads.
pub const COMMERCIAL: &str = "commercial";

/// How likely the customer is to renew, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Outlook {
    Likely,
    AtRisk,
    Unlikely,
}

impl Outlook {
    pub fn code(self) -> &'static str {
        match self {
            Outlook::Likely => "likely",
            Outlook::AtRisk => "at-risk",
            Outlook::Unlikely => "unlikely",
        }
    }
}

/// Why the outlook is what it is: each fact the rule used.
#[derive(Clone, Debug, PartialEq)]
pub enum Reason {
    /// Open risks at the most serious level (the seed's "may not renew").
    TopRisks(usize),
    /// Open risks above the least serious level, in more than one class.
    SeriousInClasses(Vec<String>),
    /// Open risks above the least serious level.
    SeriousRisks(usize),
    /// Confirmations not given, by index.
    Unconfirmed(Vec<usize>),
    /// Every confirmation given and no open risk above the least serious level.
    NoRisk,
}

/// One marked risk in the ranked list.
#[derive(Clone, Debug, PartialEq)]
pub struct Ranked {
    /// Index into the model's risks.
    pub risk: usize,
    pub open: bool,
    /// Whether the chosen response is one the seed suggests at the risk's level (true when none is chosen).
    pub response_fits: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Assessment {
    pub outlook: Outlook,
    pub reasons: Vec<Reason>,
    /// Open risks at the most serious level.
    pub top_risks: usize,
    pub open_risks: usize,
    /// Marked risks, open first, most serious first, then by state and taxonomy order.
    pub ranked: Vec<Ranked>,
    /// Measures that do not meet their target (the seed's risk warnings), by index.
    pub below_target: Vec<usize>,
    /// Measures that meet their target.
    pub on_target: Vec<usize>,
}

fn is_open(model: &RiskModel, m: &Marked) -> bool {
    model.states.get(m.state).is_some_and(|s| s.open)
}

/// The outlook and what it rests on:
/// - unlikely: a risk at the most serious level is open, and a commercial confirmation
///   (the decision maker's view, the budget) is missing or serious risks are open in
///   more than one class (the seed follows those projects most closely, L235);
/// - at risk: any open risk above the least serious level, or any confirmation missing;
/// - likely: otherwise, which is the seed's "no risk" check (L131-136) with at most
///   minor risks open.
///
/// Marking a risk or raising its level never improves it; giving a confirmation never
/// worsens it.
pub fn assess(r: &Renewal) -> Assessment {
    let model = &r.model;
    let least = model.levels.len().saturating_sub(1);
    let open: Vec<(usize, &Marked)> = r.marked().filter(|(_, m)| is_open(model, m)).collect();
    let top_risks = open.iter().filter(|(_, m)| m.level == 0).count();
    let serious = open.iter().filter(|(_, m)| m.level < least).count();
    let mut classes: Vec<String> = Vec::new();
    for (i, m) in &open {
        let class = model.class_of(&model.risks[*i]).to_string();
        if m.level < least && !classes.contains(&class) {
            classes.push(class);
        }
    }
    let unconfirmed: Vec<usize> = (0..model.confirmations.len()).filter(|&c| !r.confirmed[c]).collect();
    let commercial_missing = unconfirmed.iter().any(|&c| model.confirmations[c].class == COMMERCIAL);

    let mut reasons = Vec::new();
    let outlook = if top_risks > 0 && (commercial_missing || classes.len() > 1) {
        reasons.push(Reason::TopRisks(top_risks));
        if classes.len() > 1 {
            reasons.push(Reason::SeriousInClasses(classes));
        }
        if commercial_missing {
            reasons.push(Reason::Unconfirmed(unconfirmed));
        }
        Outlook::Unlikely
    } else if serious > 0 || !unconfirmed.is_empty() {
        if serious > 0 {
            reasons.push(Reason::SeriousRisks(serious));
        }
        if !unconfirmed.is_empty() {
            reasons.push(Reason::Unconfirmed(unconfirmed));
        }
        Outlook::AtRisk
    } else {
        reasons.push(Reason::NoRisk);
        Outlook::Likely
    };

    let mut ranked: Vec<(usize, &Marked, bool)> = r.marked().map(|(i, m)| (i, m, is_open(model, m))).collect();
    ranked.sort_by_key(|(i, m, open)| (!open, m.level, m.state, *i));
    let ranked = ranked
        .into_iter()
        .map(|(risk, m, open)| Ranked { risk, open, response_fits: model.response_fits(m.level, m.response) })
        .collect();

    let (mut below_target, mut on_target) = (Vec::new(), Vec::new());
    for (i, m) in model.measures.iter().enumerate() {
        let Some(value) = r.measured[i] else { continue };
        if m.meets(value, r.targets[i]) { &mut on_target } else { &mut below_target }.push(i);
    }
    Assessment { outlook, reasons, top_risks, open_risks: open.len(), ranked, below_target, on_target }
}

/// Most a measure's attainment is drawn at: twice its target.
pub const MAX_ATTAINMENT: f64 = 2.0;

/// A measure against its target as a ratio: 1 on target, above 1 better, within
/// 0..=`MAX_ATTAINMENT` (for the chart).
pub fn attainment(value: f64, target: f64, better: Better) -> f64 {
    let ratio = match better {
        // Any value reaches a target of 0.
        Better::Higher if target <= 0.0 => MAX_ATTAINMENT,
        Better::Higher => value / target,
        // A time of 0 beats any target.
        Better::Lower if value <= 0.0 => MAX_ATTAINMENT,
        Better::Lower => target / value,
    };
    if ratio.is_finite() {
        ratio.clamp(0.0, MAX_ATTAINMENT)
    } else {
        MAX_ATTAINMENT
    }
}
