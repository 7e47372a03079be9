//! Model layer: every number the breach-cost model assumes, with its unit, source
//! and year. Each can be overridden (the assumptions panel, the share link); the
//! rest keep their published defaults. Pure Rust.

use super::profile::{Control, Industry, Jurisdiction};
use crate::model::field::FieldSpec;

/// Where a default comes from. Each published source names its edition; where in it
/// each figure sits is in the assumption's note (and the README).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// IBM, Cost of a Data Breach Report 2026 (602 organisations, March 2025 to February 2026).
    Ibm2026,
    /// IBM, Cost of a Data Breach Report 2024: figures the 2026 edition no longer gives.
    Ibm2024,
    /// IBM, Cost of a Data Breach Report 2023: the last edition with costs by headcount.
    Ibm2023,
    /// Coalition, Cyber Claims Report 2026 (claims of 2025).
    Coalition2026,
    /// Coalition, Cyber Claims Report 2025 (claims of 2024).
    Coalition2025,
    /// Cyentia Institute, Information Risk Insights Study (IRIS) 2025.
    Cyentia2025,
    /// Verizon, Data Breach Investigations Report 2026.
    Dbir2026,
    /// The ICO's data protection fining guidance (2024; the EDPB's Guidelines 04/2022 alike).
    Ico2024,
    /// The seed document (002), a sales example rather than a survey.
    Seed,
    /// Our estimate; the note says what it rests on.
    Estimate,
    /// Our estimate, fitted so the model meets published figures (the note says which).
    Fitted,
    /// The ECB's reference rates, 2025 average (Eurostat), rounded.
    Fx2025,
}

impl Source {
    pub fn year(self) -> Option<u16> {
        match self {
            Source::Ibm2026 | Source::Coalition2026 | Source::Dbir2026 => Some(2026),
            Source::Coalition2025 | Source::Cyentia2025 | Source::Fx2025 => Some(2025),
            Source::Ibm2024 | Source::Ico2024 => Some(2024),
            Source::Ibm2023 => Some(2023),
            Source::Seed | Source::Estimate | Source::Fitted => None,
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
    /// The costliest segment IBM publishes: no industry and country together cost more.
    CostCeiling,
    /// IBM's four cost categories of the average breach (they add up to the global average).
    Detection,
    Notification,
    Response,
    LostBusiness,
    /// Of post-breach response: the part that is regulatory fines (replaced by the
    /// fine the jurisdiction's law sets), and legal costs.
    FineShare,
    LegalShare,
    /// Breaches that end in a regulator's fine.
    FineRate,
    /// Where in the legal maximum a fine for a breach starts (EDPB's seriousness step).
    FineSeriousness,
    /// Of IBM's lost business: the part that is business disruption, which the model
    /// replaces with the business's own downtime.
    DisruptionShare,
    /// Of the rest of lost business: brand repair; the remainder is lost customers.
    BrandShare,
    /// Of revenue an outage stops: the gross margin (what is actually lost), and the
    /// part of that made up later (orders taken once systems are back).
    GrossMargin,
    RecoveredShare,
    /// Cost of a record of this kind relative to a customer record.
    WeightPayment,
    WeightHealth,
    WeightEmployee,
    /// The organisation IBM's averages describe.
    RefEmployees,
    RefRecords,
    RefRevenue,
    /// How costs grow with headcount, revenue and records below IBM's typical size
    /// (exponents), and with size above it.
    ElasticitySize,
    ElasticityRevenue,
    ElasticityRecords,
    ElasticityLarge,
    /// The user's own chance of a breach a year with none of the controls; unset, the
    /// claims frequency for the business's revenue is used.
    Likelihood,
    /// Insurers' claims a year per policyholder, by revenue band.
    FreqSmall,
    FreqMid,
    FreqLarge,
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

pub const PARAMS: [Param; 48] = [
    Param::IndustryCost,
    Param::CountryCost,
    Param::CostCeiling,
    Param::Detection,
    Param::Notification,
    Param::Response,
    Param::LostBusiness,
    Param::FineShare,
    Param::LegalShare,
    Param::FineRate,
    Param::FineSeriousness,
    Param::DisruptionShare,
    Param::BrandShare,
    Param::GrossMargin,
    Param::RecoveredShare,
    Param::WeightPayment,
    Param::WeightHealth,
    Param::WeightEmployee,
    Param::RefEmployees,
    Param::RefRecords,
    Param::RefRevenue,
    Param::ElasticitySize,
    Param::ElasticityRevenue,
    Param::ElasticityRecords,
    Param::ElasticityLarge,
    Param::Likelihood,
    Param::FreqSmall,
    Param::FreqMid,
    Param::FreqLarge,
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

/// Link parameters of earlier versions that no longer mean anything: a link that
/// carries one opens with a note. `operating_hours` went when downtime began to count
/// clock hours and the margin actually lost.
pub const RETIRED_KEYS: [&str; 1] = ["operating_hours"];

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
            Param::IndustryCost => spec("cost_industry", 0.01, 1000.0, UsdMillions, Ibm2026),
            Param::CountryCost => spec("cost_country", 0.01, 1000.0, UsdMillions, Ibm2026),
            Param::CostCeiling => spec("cost_ceiling", 0.01, 1000.0, UsdMillions, Ibm2026),
            Param::Detection => spec("cost_detection", 0.0, 1000.0, UsdMillions, Ibm2026),
            Param::Notification => spec("cost_notification", 0.0, 1000.0, UsdMillions, Ibm2026),
            Param::Response => spec("cost_response", 0.0, 1000.0, UsdMillions, Ibm2026),
            Param::LostBusiness => spec("cost_lost_business", 0.0, 1000.0, UsdMillions, Ibm2026),
            Param::FineShare => spec("fine_share", 0.0, 100.0, Percent, Estimate),
            Param::LegalShare => spec("legal_share", 0.0, 100.0, Percent, Estimate),
            Param::FineRate => spec("fine_rate", 0.1, 100.0, Percent, Estimate),
            Param::FineSeriousness => spec("fine_seriousness", 0.0, 100.0, Percent, Ico2024),
            Param::DisruptionShare => spec("disruption_share", 0.0, 100.0, Percent, Estimate),
            Param::BrandShare => spec("brand_share", 0.0, 100.0, Percent, Estimate),
            Param::GrossMargin => spec("gross_margin", 0.0, 100.0, Percent, Estimate),
            Param::RecoveredShare => spec("recovered_share", 0.0, 100.0, Percent, Estimate),
            Param::WeightPayment => spec("weight_payment", 0.0, 100.0, Factor, Estimate),
            Param::WeightHealth => spec("weight_health", 0.0, 100.0, Factor, Estimate),
            Param::WeightEmployee => spec("weight_employee", 0.0, 100.0, Factor, Ibm2026),
            Param::RefEmployees => spec("ref_employees", 1.0, 1e7, Employees, Ibm2023),
            Param::RefRecords => spec("ref_records", 1.0, 1e10, Records, Ibm2026),
            Param::RefRevenue => spec("ref_revenue", 0.01, 1e6, UsdMillions, Estimate),
            Param::ElasticitySize => spec("elasticity_size", 0.0, 2.0, Factor, Fitted),
            Param::ElasticityRevenue => spec("elasticity_revenue", 0.0, 2.0, Factor, Fitted),
            Param::ElasticityRecords => spec("elasticity_records", 0.0, 2.0, Factor, Estimate),
            Param::ElasticityLarge => spec("elasticity_large", 0.0, 2.0, Factor, Estimate),
            Param::Likelihood => spec("likelihood", 0.0, 99.0, Percent, Coalition2026),
            Param::FreqSmall => spec("frequency_small", 0.0, 100.0, Percent, Coalition2026),
            Param::FreqMid => spec("frequency_mid", 0.0, 100.0, Percent, Coalition2025),
            Param::FreqLarge => spec("frequency_large", 0.0, 100.0, Percent, Coalition2026),
            Param::Cut(c) => spec(CUT_KEYS[c as usize], 0.0, 90.0, Percent, cut_source(c)),
            Param::Prevent(c) => spec(PREVENT_KEYS[c as usize], 0.0, 90.0, Percent, Estimate),
            Param::InsuranceSaving => spec("insurance_saving", 0.0, 100.0, Percent, Seed),
            Param::Spread => spec("spread", 0.0, 3.0, Factor, Cyentia2025),
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
    /// `Likelihood` has none of its own (the claims frequency stands in for it): its
    /// default is the small-business band's chance, shown only where no revenue is known.
    pub fn default_value(self, industry: Industry, jurisdiction: Jurisdiction) -> f64 {
        match self {
            Param::IndustryCost => industry_cost(industry),
            Param::CountryCost => country_cost(jurisdiction),
            Param::CostCeiling => COST_CEILING,
            Param::Detection => DETECTION,
            Param::Notification => NOTIFICATION,
            Param::Response => RESPONSE,
            Param::LostBusiness => LOST_BUSINESS,
            Param::FineShare => 20.0,
            Param::LegalShare => 30.0,
            Param::FineRate => 20.0,
            Param::FineSeriousness => 15.0,
            Param::DisruptionShare => 40.0,
            Param::BrandShare => 25.0,
            Param::GrossMargin => 40.0,
            Param::RecoveredShare => 30.0,
            Param::WeightPayment => 1.0,
            Param::WeightHealth => 1.3,
            Param::WeightEmployee => 0.98,
            Param::RefEmployees => 5000.0,
            Param::RefRecords => 17_287.0,
            Param::RefRevenue => 1000.0,
            Param::ElasticitySize => ELASTICITY_SIZE,
            Param::ElasticityRevenue => ELASTICITY_SIZE,
            Param::ElasticityRecords => 0.3,
            Param::ElasticityLarge => 0.3,
            Param::Likelihood => 1.21,
            Param::FreqSmall => 1.21,
            Param::FreqMid => 3.99,
            Param::FreqLarge => 5.72,
            Param::Cut(c) => CUTS[c as usize],
            Param::Prevent(c) => PREVENTS[c as usize],
            Param::InsuranceSaving => 15.0,
            Param::Spread => 1.97,
            Param::FxCny => 7.2,
            Param::FxEur => 0.885,
            Param::FxGbp => 0.758,
        }
    }
}

const CUT_KEYS: [&str; 7] =
    ["cut_mfa", "cut_edr", "cut_backups", "cut_ir", "cut_training", "cut_encryption", "cut_mdr"];
const PREVENT_KEYS: [&str; 7] = [
    "prevent_mfa",
    "prevent_edr",
    "prevent_backups",
    "prevent_ir",
    "prevent_training",
    "prevent_encryption",
    "prevent_mdr",
];

/// Controls of the organisation IBM's averages describe (so that a typical
/// organisation lands on IBM's average): an estimate of the usual ones in its mostly
/// large sample. For encryption it leans high: IBM 2026 Fig. 9 (pp. 20-21) finds 37%
/// of breached organisations encrypted the sensitive data.
pub const REFERENCE_CONTROLS: [Control; 4] = [Control::Mfa, Control::IrPlan, Control::Training, Control::Encryption];

/// Controls of the policyholders insurers' claim frequencies describe: most cyber
/// insurers now ask for multi-factor authentication before they cover a business (an
/// estimate of the typical book, not a published figure).
pub const POLICYHOLDER_CONTROLS: [Control; 1] = [Control::Mfa];

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

    /// Sets `p` to `value`; the default value removes the override (except for the
    /// user's own chance, which has no default of its own).
    pub fn set(&mut self, p: Param, value: f64) {
        self.overrides.retain(|(q, _)| *q != p);
        if p == Param::Likelihood || value != p.default_value(self.industry, self.jurisdiction) {
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

// IBM Cost of a Data Breach 2026, Fig. 3 (pp. 12-13): the four cost categories of
// the global average (USD millions); they add up to the global average of 4.99 (Fig. 1).
const DETECTION: f64 = 1.64;
const NOTIFICATION: f64 = 0.45;
const RESPONSE: f64 = 1.36;
const LOST_BUSINESS: f64 = 1.54;
/// IBM 2026, Fig. 2 (pp. 10-11): the United States, the costliest country or region
/// IBM reports, and above every industry (Fig. 4).
const COST_CEILING: f64 = 11.50;
/// Fitted: a US business of USD 5 M revenue and 50 staff costs what NetDiligence's
/// claims for businesses under USD 50 M average (USD 141 K, 2026 study, Table 3), while
/// IBM's typical organisation costs IBM's average (`tests/breach.rs` checks both).
pub const ELASTICITY_SIZE: f64 = 0.97;

/// IBM 2026 average cost by industry, USD millions (Fig. 4, p. 14).
pub fn industry_cost(i: Industry) -> f64 {
    match i {
        Industry::Healthcare => 6.64,
        Industry::Financial => 6.29,
        Industry::Industrial => 5.50,
        Industry::Technology => 5.50,
        Industry::Entertainment => 5.38,
        Industry::Pharmaceuticals => 5.25,
        Industry::Energy => 5.24,
        Industry::Services => 5.08,
        Industry::Communications => 4.71,
        Industry::Transportation => 4.50,
        Industry::Media => 4.49,
        Industry::Hospitality => 4.33,
        Industry::Consumer => 4.31,
        Industry::Education => 4.15,
        Industry::Research => 3.99,
        Industry::Retail => 3.80,
        Industry::PublicSector => 3.50,
        // The global average (Fig. 1).
        Industry::Other => 4.99,
    }
}

/// IBM 2026 average cost in the jurisdiction's country or region, USD millions (Fig. 2, pp. 10-11).
pub fn country_cost(j: Jurisdiction) -> f64 {
    match j {
        Jurisdiction::Us => 11.50,
        Jurisdiction::Uk => 4.17,
        // The EU countries IBM reports, weighted by their share of its sample (pp. 66-67):
        // Germany 4.93 (8%), France 4.05 (6%), Benelux 7.37 (6%), Italy 4.12 (4%).
        Jurisdiction::Eu => 5.19,
        // Mainland China is not in IBM's study: ASEAN, the nearest region it reports.
        Jurisdiction::Cn => 4.12,
        Jurisdiction::Other => 4.99,
    }
}

/// Cost cut per control, percent of the 4.99 M average: IBM 2026 Fig. 33 (pp. 50-51),
/// except the tested response plan (not in the 2026 figure: IBM 2024) and backups (an estimate).
const CUTS: [f64; 7] = [4.5, 3.6, 5.0, 5.1, 3.9, 4.3, 3.1];
/// Cut in the chance of a breach per control, percent: estimates from the initial
/// access routes of SMB breaches (Verizon DBIR 2026; DBIR 2025 for ransomware).
const PREVENTS: [f64; 7] = [13.0, 20.0, 0.0, 0.0, 5.0, 0.0, 15.0];

fn cut_source(c: Control) -> Source {
    match c {
        Control::Backups => Source::Estimate,
        Control::IrPlan => Source::Ibm2024,
        _ => Source::Ibm2026,
    }
}
