//! Model layer: customer-success KPIs, their health against seed 000's benchmarks,
//! and NPS from raw answers. Pure Rust.

/// How a KPI compares with its benchmark.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Health {
    Poor,
    Fair,
    Good,
}

impl Health {
    /// Points toward the flywheel's health score: good 1, fair 0.5, poor 0.
    pub fn weight(self) -> f64 {
        match self {
            Health::Good => 1.0,
            Health::Fair => 0.5,
            Health::Poor => 0.0,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Health::Good => "good",
            Health::Fair => "fair",
            Health::Poor => "poor",
        }
    }
}

/// Today's KPIs, already validated.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Kpis {
    /// Time to value, days (>= 0).
    pub ttv_days: f64,
    /// Core-feature adoption, percent of users (0..=100).
    pub adoption: f64,
    /// Share of healthy (green) accounts, percent (0..=100).
    pub healthy: f64,
    /// Annual customer churn, percent (0..=100).
    pub churn: f64,
    /// Net promoter score (-100..=100).
    pub nps: f64,
}

/// The seed's benchmarks (B2B SaaS reference values in seed 000's KPI table).
pub mod benchmark {
    /// Time to value "in hours or days": up to a week is good, a month fair.
    pub const TTV_GOOD_DAYS: f64 = 7.0;
    pub const TTV_FAIR_DAYS: f64 = 30.0;
    /// Core-feature adoption 60-80%.
    pub const ADOPTION_GOOD: f64 = 60.0;
    pub const ADOPTION_FAIR: f64 = 40.0;
    /// Healthy (green) accounts > 80%.
    pub const HEALTHY_GOOD: f64 = 80.0;
    pub const HEALTHY_FAIR: f64 = 60.0;
    /// Annual churn < 5-7%: below 5 is good, 5 to 7 is the edge of the range.
    pub const CHURN_GOOD: f64 = 5.0;
    pub const CHURN_FAIR: f64 = 7.0;
    /// NPS > 50 is excellent; positive is fair.
    pub const NPS_GOOD: f64 = 50.0;
    pub const NPS_FAIR: f64 = 0.0;
}

use benchmark::*;

fn higher_is_better(x: f64, good: f64, fair: f64) -> Health {
    if x >= good {
        Health::Good
    } else if x >= fair {
        Health::Fair
    } else {
        Health::Poor
    }
}

fn lower_is_better(x: f64, good: f64, fair: f64) -> Health {
    if x <= good {
        Health::Good
    } else if x <= fair {
        Health::Fair
    } else {
        Health::Poor
    }
}

/// The flywheel's four segments and its hub, each measured by one KPI.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Segment {
    /// Standardised delivery creates a good first experience: time to value.
    StandardDelivery,
    /// Customer-success operations raise adoption: core-feature adoption.
    SuccessOperations,
    /// Positive data insight: share of healthy accounts.
    DataInsight,
    /// Insight optimises delivery, and satisfied customers say so: NPS.
    OptimisedDelivery,
    /// The hub: retention and growth, measured by annual churn.
    RetentionGrowth,
}

impl Segment {
    pub const ALL: [Segment; 5] = [
        Segment::StandardDelivery,
        Segment::SuccessOperations,
        Segment::DataInsight,
        Segment::OptimisedDelivery,
        Segment::RetentionGrowth,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Segment::StandardDelivery => "delivery",
            Segment::SuccessOperations => "success",
            Segment::DataInsight => "insight",
            Segment::OptimisedDelivery => "optimise",
            Segment::RetentionGrowth => "retention",
        }
    }
}

impl Kpis {
    /// The health of the KPI that measures `segment`.
    pub fn health(&self, segment: Segment) -> Health {
        match segment {
            Segment::StandardDelivery => lower_is_better(self.ttv_days, TTV_GOOD_DAYS, TTV_FAIR_DAYS),
            Segment::SuccessOperations => higher_is_better(self.adoption, ADOPTION_GOOD, ADOPTION_FAIR),
            Segment::DataInsight => higher_is_better(self.healthy, HEALTHY_GOOD, HEALTHY_FAIR),
            // NPS "> 50" and churn "< 5%" are strict in the seed.
            Segment::OptimisedDelivery if self.nps > NPS_GOOD => Health::Good,
            Segment::OptimisedDelivery => higher_is_better(self.nps, f64::INFINITY, NPS_FAIR),
            Segment::RetentionGrowth if self.churn < CHURN_GOOD => Health::Good,
            Segment::RetentionGrowth => lower_is_better(self.churn, f64::NEG_INFINITY, CHURN_FAIR),
        }
    }

    /// The flywheel's health, 0..=100: the five KPIs' weights averaged.
    pub fn flywheel_health(&self) -> f64 {
        let sum: f64 = Segment::ALL.iter().map(|s| self.health(*s).weight()).sum();
        (sum / Segment::ALL.len() as f64 * 1000.0).round() / 10.0
    }

    /// The benchmark KPIs: each KPI at its benchmark, or today's value where that is already better.
    pub fn at_benchmark(&self) -> Kpis {
        Kpis {
            ttv_days: self.ttv_days.min(TTV_GOOD_DAYS),
            adoption: self.adoption.max(ADOPTION_GOOD),
            healthy: self.healthy.max(HEALTHY_GOOD),
            churn: self.churn.min(CHURN_GOOD),
            nps: self.nps.max(NPS_GOOD),
        }
    }
}

/// NPS from answer counts: % promoters (9-10) minus % detractors (0-6), one decimal.
/// `None` when there are no answers at all.
pub fn nps_from_counts(promoters: f64, passives: f64, detractors: f64) -> Option<f64> {
    let total = promoters + passives + detractors;
    if !(total.is_finite() && total > 0.0) || promoters < 0.0 || passives < 0.0 || detractors < 0.0 {
        return None;
    }
    let nps = (promoters - detractors) / total * 100.0;
    Some(((nps * 10.0).round() / 10.0).clamp(-100.0, 100.0))
}
