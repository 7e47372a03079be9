//! Model layer: how this business's figure was reached, step by step, with each
//! step's number: level, scaling, frequency, fines, downtime and controls. Pure Rust.

use super::assumptions::{Assumptions, Param};
use super::cost::{
    breach_cost, breach_rate, claims_frequency, control_factor, global_average, level, outage_cost_per_hour, scaling,
    Scaling, HOURS_A_YEAR,
};
use super::fines::{fine_chance, regimes, RegimeFine};
use super::profile::Profile;

/// Money in the chosen currency (the model's dollars times `fx`).
#[derive(Clone, Debug, PartialEq)]
pub struct Explanation {
    pub industry_cost: f64,
    pub country_cost: f64,
    pub global_average: f64,
    /// Industry and country combined, and whether the ceiling bent it.
    pub level: f64,
    pub bent: bool,
    pub ceiling: f64,
    pub scaling: Scaling,
    /// The claims frequency for this revenue (a yearly rate), or the user's own chance.
    pub claims_frequency: f64,
    pub own_chance: Option<f64>,
    /// The yearly rate with this business's controls, and the chance of at least one breach.
    pub rate: f64,
    pub chance: f64,
    pub regimes: Vec<RegimeFine>,
    pub fine_chance: f64,
    /// Whether that chance is the user's own figure rather than the estimate.
    pub own_fine_chance: bool,
    /// Whether the user set any figure behind the level, the size scaling or the claims
    /// frequency: the explanation then does not give those lines to IBM or Coalition alone.
    pub own_level: bool,
    pub own_size: bool,
    pub own_frequency: bool,
    pub outage_per_hour: f64,
    pub downtime_hours: f64,
    pub control_factor: f64,
    pub breach_cost: f64,
}

fn any_set(a: &Assumptions, params: &[Param]) -> bool {
    params.iter().any(|&p| a.overridden(p).is_some())
}

pub fn explain(p: &Profile, a: &Assumptions, fx: f64) -> Explanation {
    use Param::*;
    let m = |x: f64| x * fx;
    let (level, bent) = level(a);
    let rate = breach_rate(p, a);
    Explanation {
        industry_cost: m(a.get(Param::IndustryCost) * 1e6),
        country_cost: m(a.get(Param::CountryCost) * 1e6),
        global_average: m(global_average(a)),
        level: m(level),
        bent,
        ceiling: m(a.get(Param::CostCeiling) * 1e6),
        scaling: scaling(p, a),
        claims_frequency: claims_frequency(p.revenue_usd, a),
        own_chance: a.overridden(Param::Likelihood).map(|c| c / 100.0),
        rate,
        chance: 1.0 - (-rate).exp(),
        regimes: regimes(p, a).into_iter().map(|r| RegimeFine { typical: m(r.typical), cap: m(r.cap), ..r }).collect(),
        fine_chance: fine_chance(a),
        own_fine_chance: any_set(a, &[FineRate]),
        own_level: any_set(
            a,
            &[IndustryCost, CountryCost, CostCeiling, Detection, Notification, Response, LostBusiness],
        ),
        own_size: any_set(
            a,
            &[
                RefEmployees,
                RefRecords,
                RefRevenue,
                ElasticitySize,
                ElasticityRevenue,
                ElasticityRecords,
                ElasticityLarge,
            ],
        ),
        own_frequency: any_set(a, &[FreqSmall, FreqMid, FreqLarge]),
        outage_per_hour: m(outage_cost_per_hour(p.revenue_usd, a)),
        downtime_hours: if p.downtime_hours.is_finite() { p.downtime_hours.clamp(0.0, HOURS_A_YEAR) } else { 0.0 },
        control_factor: control_factor(p.controls, a),
        breach_cost: m(breach_cost(p, a).total()),
    }
}
