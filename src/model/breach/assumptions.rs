//! Model layer: every number the breach-cost model assumes, with its unit, source
//! and year. Each can be overridden (the assumptions panel, the share link); the
//! rest keep their published defaults. Pure Rust.

use super::profile::{Control, Industry, Jurisdiction};
use crate::model::field::FieldSpec;

/// Where a default comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// IBM / Ponemon, Cost of a Data Breach Report 2024.
    Ibm2024,
    /// IBM, Cost of a Data Breach Report 2025.
    Ibm2025,
    /// The seed document (002), a sales example rather than a survey.
    Seed,
    /// Our estimate; the note says what it rests on.
    Estimate,
    /// Approximate 2025 average exchange rate.
    Fx2025,
}

impl Source {
    pub fn year(self) -> Option<u16> {
        match self {
            Source::Ibm2024 => Some(2024),
            Source::Ibm2025 | Source::Fx2025 => Some(2025),
            Source::Seed | Source::Estimate => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    UsdMillions,
    Percent,
    /// A plain multiplier or exponent.
    Factor,
    Employees,
    Records,
    HoursPerYear,
    /// Units of a currency per US dollar.
    PerUsd,
}

/// One assumption of the model.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Param {
    /// IBM's average cost of a breach in the chosen industry.
    IndustryCost,
    /// IBM's average in the chosen jurisdiction's country or region.
    CountryCost,
    /// IBM's four cost categories of the average breach (they add up to the global average).
    Detection,
    Notification,
    Response,
    LostBusiness,
    /// Of post-breach response: the part that is regulatory fines, and legal costs.
    FineShare,
    LegalShare,
    /// Breaches that end in a fine.
    FineRate,
    /// Of IBM's lost business: the part that is business disruption, which the model
    /// replaces with the business's own downtime (revenue per hour times hours).
    DisruptionShare,
    /// Of the rest of lost business: brand repair; the remainder is lost customers.
    BrandShare,
    /// Cost of a record of this kind relative to a customer record.
    WeightPayment,
    WeightHealth,
    WeightEmployee,
    /// The organisation IBM's averages describe.
    RefEmployees,
    RefRecords,
    RefRevenue,
    /// How costs grow with size, records and revenue (exponents).
    ElasticitySize,
    ElasticityRecords,
    ElasticityRevenue,
    /// Hours a year the business makes its revenue in (for downtime per hour).
    OperatingHours,
    /// Chance of at least one breach a year with none of the controls.
    Likelihood,
    /// Cost cut of one breach when the control is in place.
    Cut(Control),
    /// Cut in the chance of a breach when the control is in place.
    Prevent(Control),
    /// Cyber-insurance premium saving with a security package.
    InsuranceSaving,
    /// Spread of one breach's cost around its expected value (lognormal sigma).
    Spread,
    FxCny,
    FxEur,
    FxGbp,
}

pub const PARAMS: [Param; 41] = [
    Param::IndustryCost,
    Param::CountryCost,
    Param::Detection,
    Param::Notification,
    Param::Response,
    Param::LostBusiness,
    Param::FineShare,
    Param::LegalShare,
    Param::FineRate,
    Param::DisruptionShare,
    Param::BrandShare,
    Param::WeightPayment,
    Param::WeightHealth,
    Param::WeightEmployee,
    Param::RefEmployees,
    Param::RefRecords,
    Param::RefRevenue,
    Param::ElasticitySize,
    Param::ElasticityRecords,
    Param::ElasticityRevenue,
    Param::OperatingHours,
    Param::Likelihood,
    Param::Cut(Control::Mfa),
    Param::Cut(Control::Edr),
    Param::Cut(Control::Backups),
    Param::Cut(Control::IrPlan),
    Param::Cut(Control::Training),
    Param::Cut(Control::Encryption),
    Param::Cut(Control::Mdr),
    Param::Prevent(Control::Mfa),
    Param::Prevent(Control::Edr),
    Param::Prevent(Control::Backups),
    Param::Prevent(Control::IrPlan),
    Param::Prevent(Control::Training),
    Param::Prevent(Control::Encryption),
    Param::Prevent(Control::Mdr),
    Param::InsuranceSaving,
    Param::Spread,
    Param::FxCny,
    Param::FxEur,
    Param::FxGbp,
];

/// What the panel and the README show about an assumption.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ParamSpec {
    /// Share-link parameter and accepted range.
    pub field: FieldSpec,
    pub unit: Unit,
    pub source: Source,
}

const fn spec(key: &'static str, min: f64, max: f64, unit: Unit, source: Source) -> ParamSpec {
    ParamSpec { field: FieldSpec { key, min, max, whole: false }, unit, source }
}

impl Param {
    pub fn spec(self) -> ParamSpec {
        use Source::*;
        use Unit::*;
        match self {
            Param::IndustryCost => spec("cost_industry", 0.01, 1000.0, UsdMillions, Ibm2024),
            Param::CountryCost => spec("cost_country", 0.01, 1000.0, UsdMillions, Ibm2024),
            Param::Detection => spec("cost_detection", 0.0, 1000.0, UsdMillions, Ibm2024),
            Param::Notification => spec("cost_notification", 0.0, 1000.0, UsdMillions, Ibm2024),
            Param::Response => spec("cost_response", 0.0, 1000.0, UsdMillions, Ibm2024),
            Param::LostBusiness => spec("cost_lost_business", 0.0, 1000.0, UsdMillions, Ibm2024),
            Param::FineShare => spec("fine_share", 0.0, 100.0, Percent, Estimate),
            Param::LegalShare => spec("legal_share", 0.0, 100.0, Percent, Estimate),
            Param::FineRate => spec("fine_rate", 0.1, 100.0, Percent, Ibm2024),
            Param::DisruptionShare => spec("disruption_share", 0.0, 100.0, Percent, Estimate),
            Param::BrandShare => spec("brand_share", 0.0, 100.0, Percent, Estimate),
            Param::WeightPayment => spec("weight_payment", 0.0, 100.0, Factor, Estimate),
            Param::WeightHealth => spec("weight_health", 0.0, 100.0, Factor, Estimate),
            Param::WeightEmployee => spec("weight_employee", 0.0, 100.0, Factor, Ibm2024),
            Param::RefEmployees => spec("ref_employees", 1.0, 1e7, Employees, Estimate),
            Param::RefRecords => spec("ref_records", 1.0, 1e10, Records, Ibm2024),
            Param::RefRevenue => spec("ref_revenue", 0.01, 1e6, UsdMillions, Estimate),
            Param::ElasticitySize => spec("elasticity_size", 0.0, 2.0, Factor, Estimate),
            Param::ElasticityRecords => spec("elasticity_records", 0.0, 2.0, Factor, Estimate),
            Param::ElasticityRevenue => spec("elasticity_revenue", 0.0, 2.0, Factor, Estimate),
            Param::OperatingHours => spec("operating_hours", 1.0, 8784.0, HoursPerYear, Estimate),
            Param::Likelihood => spec("likelihood", 0.0, 99.0, Percent, Estimate),
            Param::Cut(c) => spec(CUT_KEYS[c as usize], 0.0, 90.0, Percent, cut_source(c)),
            Param::Prevent(c) => spec(PREVENT_KEYS[c as usize], 0.0, 90.0, Percent, Estimate),
            Param::InsuranceSaving => spec("insurance_saving", 0.0, 100.0, Percent, Seed),
            Param::Spread => spec("spread", 0.0, 3.0, Factor, Estimate),
            Param::FxCny => spec("fx_cny", 0.0001, 1e6, PerUsd, Fx2025),
            Param::FxEur => spec("fx_eur", 0.0001, 1e6, PerUsd, Fx2025),
            Param::FxGbp => spec("fx_gbp", 0.0001, 1e6, PerUsd, Fx2025),
        }
    }

    pub fn key(self) -> &'static str {
        self.spec().field.key
    }

    pub fn parse(key: &str) -> Option<Param> {
        PARAMS.into_iter().find(|p| p.key() == key)
    }

    /// The published (or estimated) value, for this industry and jurisdiction.
    pub fn default_value(self, industry: Industry, jurisdiction: Jurisdiction) -> f64 {
        match self {
            Param::IndustryCost => industry_cost(industry),
            Param::CountryCost => country_cost(jurisdiction),
            Param::Detection => DETECTION,
            Param::Notification => NOTIFICATION,
            Param::Response => RESPONSE,
            Param::LostBusiness => LOST_BUSINESS,
            Param::FineShare => 20.0,
            Param::LegalShare => 30.0,
            Param::FineRate => 33.0,
            Param::DisruptionShare => 40.0,
            Param::BrandShare => 25.0,
            Param::WeightPayment => 1.0,
            Param::WeightHealth => 2.0,
            Param::WeightEmployee => WEIGHT_EMPLOYEE,
            Param::RefEmployees => 5000.0,
            Param::RefRecords => 57_550.0,
            Param::RefRevenue => 1000.0,
            Param::ElasticitySize => 0.6,
            Param::ElasticityRecords => 0.6,
            Param::ElasticityRevenue => 0.6,
            Param::OperatingHours => 2000.0,
            Param::Likelihood => 20.0,
            Param::Cut(c) => CUTS[c as usize],
            Param::Prevent(c) => PREVENTS[c as usize],
            Param::InsuranceSaving => 15.0,
            Param::Spread => 0.9,
            Param::FxCny => 7.2,
            Param::FxEur => 0.92,
            Param::FxGbp => 0.78,
        }
    }
}

const CUT_KEYS: [&str; 7] = ["cut_mfa", "cut_edr", "cut_backups", "cut_ir", "cut_training", "cut_encryption", "cut_mdr"];
const PREVENT_KEYS: [&str; 7] = ["prevent_mfa", "prevent_edr", "prevent_backups", "prevent_ir", "prevent_training", "prevent_encryption", "prevent_mdr"];

/// Controls of the organisation IBM's averages describe (so that a typical
/// organisation lands on IBM's average): the common ones in its mostly large sample.
pub const REFERENCE_CONTROLS: [Control; 4] = [Control::Mfa, Control::IrPlan, Control::Training, Control::Encryption];

/// The assumptions in force: the defaults for an industry and jurisdiction, and the
/// user's overrides.
#[derive(Clone, Debug, PartialEq)]
pub struct Assumptions {
    pub industry: Industry,
    pub jurisdiction: Jurisdiction,
    overrides: Vec<(Param, f64)>,
}

impl Assumptions {
    pub fn new(industry: Industry, jurisdiction: Jurisdiction) -> Self {
        Assumptions { industry, jurisdiction, overrides: Vec::new() }
    }

    pub fn get(&self, p: Param) -> f64 {
        self.overridden(p).unwrap_or_else(|| p.default_value(self.industry, self.jurisdiction))
    }

    pub fn overridden(&self, p: Param) -> Option<f64> {
        self.overrides.iter().find(|(q, _)| *q == p).map(|(_, v)| *v)
    }

    /// Sets `p` to `value`; the default value removes the override.
    pub fn set(&mut self, p: Param, value: f64) {
        self.overrides.retain(|(q, _)| *q != p);
        if value != p.default_value(self.industry, self.jurisdiction) {
            self.overrides.push((p, value));
        }
    }

    pub fn clear(&mut self, p: Param) {
        self.overrides.retain(|(q, _)| *q != p);
    }

    /// The overrides in `PARAMS` order (for the share link).
    pub fn overrides(&self) -> impl Iterator<Item = (Param, f64)> + '_ {
        PARAMS.into_iter().filter_map(|p| self.overridden(p).map(|v| (p, v)))
    }
}

// IBM Cost of a Data Breach 2024: the four cost categories of the global average
// (USD millions); they add up to the global average of 4.88.
const DETECTION: f64 = 1.63;
const NOTIFICATION: f64 = 0.43;
const RESPONSE: f64 = 1.35;
const LOST_BUSINESS: f64 = 1.47;
// Employee records against customer records, cost per record (IBM 2024).
const WEIGHT_EMPLOYEE: f64 = 1.0;

/// IBM 2024 average cost by industry, USD millions.
pub fn industry_cost(i: Industry) -> f64 {
    match i {
        Industry::Healthcare => 9.77,
        Industry::Financial => 6.08,
        Industry::Industrial => 5.56,
        Industry::Technology => 5.45,
        Industry::Energy => 5.29,
        Industry::Pharmaceuticals => 5.10,
        Industry::Services => 5.08,
        Industry::Transportation => 4.43,
        Industry::Communications => 4.38,
        Industry::Research => 4.37,
        Industry::Education => 3.65,
        Industry::Entertainment => 4.29,
        Industry::Media => 3.93,
        Industry::Consumer => 3.85,
        Industry::Hospitality => 3.82,
        Industry::Retail => 3.48,
        Industry::PublicSector => 2.55,
        Industry::Other => 4.88,
    }
}

/// IBM 2024 average cost in the jurisdiction's country or region, USD millions.
pub fn country_cost(j: Jurisdiction) -> f64 {
    match j {
        Jurisdiction::Us => 9.36,
        Jurisdiction::Uk => 4.53,
        // Mean of the EU countries IBM lists with a published figure: Germany 5.31, Italy 4.73, Benelux 5.90.
        Jurisdiction::Eu => 5.31,
        // Mainland China is not in IBM's study: ASEAN, the nearest region it reports.
        Jurisdiction::Cn => 3.23,
        Jurisdiction::Other => 4.88,
    }
}

/// Cost cut per control, percent (IBM 2024 factors against the 4.88 M mean, or estimates).
const CUTS: [f64; 7] = [4.6, 4.0, 5.0, 5.1, 5.3, 4.5, 10.0];
/// Cut in breach likelihood per control, percent (estimates from IBM 2024's initial attack vectors).
const PREVENTS: [f64; 7] = [16.0, 20.0, 0.0, 0.0, 8.0, 0.0, 15.0];

fn cut_source(c: Control) -> Source {
    match c {
        Control::Backups => Source::Estimate,
        _ => Source::Ibm2024,
    }
}
