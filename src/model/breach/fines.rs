//! Model layer: the fine a regulator sets after a breach, by the law of the
//! jurisdiction: its tier for security and notification failures, its legal maximum,
//! and where in that range a fine for a business of this size starts. Amounts in US
//! dollars. Pure Rust; every amount is finite and never negative.

use super::assumptions::{Assumptions, Param};
use super::profile::{Industry, Jurisdiction, Profile};

/// A fining regime that applies to a breach.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Regime {
    /// GDPR art. 83(4): security (art. 32) and notification (arts. 33-34) failures;
    /// art. 83(5) for a large leak.
    Gdpr,
    /// UK GDPR and DPA 2018 s. 157(6): the standard maximum; s. 157(5) for a large leak.
    UkGdpr,
    /// China's Data Security Law art. 45 (and PIPL art. 66 for a serious case).
    China,
    /// HIPAA civil money penalties (45 CFR 160.404), for health data in the US.
    Hipaa,
    /// California's CCPA: statutory damages per consumer (Civ. Code 1798.150).
    Ccpa,
}

impl Regime {
    pub fn code(self) -> &'static str {
        match self {
            Regime::Gdpr => "gdpr",
            Regime::UkGdpr => "uk-gdpr",
            Regime::China => "china",
            Regime::Hipaa => "hipaa",
            Regime::Ccpa => "ccpa",
        }
    }
}

/// What one regime means for this business, if it fines.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RegimeFine {
    pub regime: Regime,
    /// Whether the graver tier applies (a leak of a million records or more).
    pub serious: bool,
    /// Where a fine for this business starts (before aggravating or mitigating factors).
    pub typical: f64,
    /// The law's maximum for this business.
    pub cap: f64,
}

/// GDPR art. 83(4) and UK s. 157(6): EUR 10 M / GBP 8.7 M or 2% of turnover, whichever
/// is higher. For a large leak authorities also find the security principle of art.
/// 5(1)(f) broken, which art. 83(5) and s. 157(5) fine: EUR 20 M / GBP 17.5 M or 4%.
const GDPR_FIXED_EUR: [f64; 2] = [10e6, 20e6];
const UK_FIXED_GBP: [f64; 2] = [8.7e6, 17.5e6];
const TURNOVER_SHARE: [f64; 2] = [0.02, 0.04];

/// How a fine's starting point shrinks with turnover: (turnover in GBP or EUR, share
/// of the starting amount kept), at the geometric middle of each band, the middle of
/// its range. The ICO's fining guidance (draft Table C, step 3): up to 2 M 0.2-0.4%,
/// 2-10 M 0.4-2%, 10-50 M 2-10%, 50-100 M 10-20%, 100-250 M 20-50%, 250-435 M
/// 50-100%, none above. The EDPB's Guidelines 04/2022 (para. 65) follow the same
/// method for the EU; their middle bands could not be checked here, so the ICO's
/// stand in, applied to euros. Above the last point nothing is taken off.
const TURNOVER_ADJUSTMENT: [(f64, f64); 7] =
    [(1.0e6, 0.003), (4.47e6, 0.012), (22.4e6, 0.06), (70.7e6, 0.15), (158e6, 0.35), (330e6, 0.75), (435e6, 1.0)];

/// The share of the starting amount kept for this turnover: log-linear between the
/// band points, so a little more turnover never means a lower fine.
pub fn turnover_adjustment(turnover: f64) -> f64 {
    let t = if turnover.is_finite() { turnover.max(0.0) } else { 0.0 };
    let (first, last) = (TURNOVER_ADJUSTMENT[0], TURNOVER_ADJUSTMENT[TURNOVER_ADJUSTMENT.len() - 1]);
    if t <= first.0 {
        return first.1;
    }
    if t >= last.0 {
        return last.1;
    }
    let i = TURNOVER_ADJUSTMENT.iter().position(|(x, _)| *x >= t).unwrap_or(TURNOVER_ADJUSTMENT.len() - 1);
    let ((x0, y0), (x1, y1)) = (TURNOVER_ADJUSTMENT[i - 1], TURNOVER_ADJUSTMENT[i]);
    let w = (t / x0).ln() / (x1 / x0).ln();
    (y0.ln() + w * (y1.ln() - y0.ln())).exp()
}

// China (RMB). DSL art. 45: RMB 50,000-500,000 for a failed security duty; 500,000 to
// 2 M when it leads to a large leak. PIPL art. 66: a serious case up to RMB 50 M or 5%
// of the previous year's turnover. "Or", not GDPR's "whichever is higher": the authority
// picks the basis, so the most the law allows is the larger of the two, while the
// starting point stays in the DSL's range.
const DSL_FLOOR: f64 = 50_000.0;
const DSL_CAP: f64 = 500_000.0;
const DSL_SERIOUS_FLOOR: f64 = 500_000.0;
const DSL_SERIOUS_CAP: f64 = 2_000_000.0;
const PIPL_SERIOUS_FIXED: f64 = 50e6;
const PIPL_SERIOUS_SHARE: f64 = 0.05;
/// A leak of a million people's data or more: the CAC's threshold for a major
/// incident (reporting measures in force 1 Nov 2025), read here as "large".
const LARGE_LEAK_RECORDS: f64 = 1e6;

// HIPAA, USD, 2026 inflation adjustment (91 FR 3665, 28 Jan 2026). Reasonable cause:
// USD 1,461 per violation; under HHS's 2019 enforcement discretion a yearly cap of
// USD 146,053 for that tier; USD 2,190,294 a year per provision at most.
const HIPAA_FLOOR: f64 = 1_461.0;
const HIPAA_TIER_CAP: f64 = 146_053.0;
const HIPAA_CAP: f64 = 2_190_294.0;

// CCPA, USD, 2025 CPI adjustment: statutory damages USD 107-799 per consumer per
// incident (Civ. Code 1798.150), for nonencrypted and nonredacted personal information
// (the encryption control is not read as a safe harbour: a breach through a stolen
// login reads the data decrypted). Only a "business" owes them (1798.140(d)): revenue
// over USD 26,625,000, or buying, selling or sharing the data of 100,000 or more
// consumers, who are California residents.
const CCPA_DAMAGES_FLOOR: f64 = 107.0;
const CCPA_DAMAGES_CAP: f64 = 799.0;
const CCPA_REVENUE: f64 = 26_625_000.0;
/// Californians: counted here among the customers whose records the business holds, an
/// upper bound on those whose data it buys, sells or shares (it may share none).
const CCPA_CONSUMERS: f64 = 100_000.0;
/// California's share of US residents (Census 2024 estimate, 39.4 M of 340 M): our
/// estimate of the share of a US business's customers who live there.
const CALIFORNIA_SHARE: f64 = 0.116;

fn finite(x: f64) -> f64 {
    if x.is_finite() {
        x.clamp(0.0, 1e15)
    } else {
        0.0
    }
}

/// The regimes that can fine this business after a breach, with what each means.
/// Elsewhere (no regime modelled) the list is empty, so every regime fines at least as
/// much as none.
pub fn regimes(p: &Profile, a: &Assumptions) -> Vec<RegimeFine> {
    let revenue = finite(p.revenue_usd);
    let seriousness = a.get(Param::FineSeriousness).clamp(0.0, 100.0) / 100.0;
    let rate = |param| a.get(param).max(1e-4);
    let records =
        finite(p.records.customer) + finite(p.records.payment) + finite(p.records.health) + finite(p.records.employee);
    let serious = records >= LARGE_LEAK_RECORDS;
    // A fine starts at `seriousness` of the legal maximum, shrunk for a small turnover.
    let gdpr_like = |regime, fixed: [f64; 2], per_usd: f64| {
        let (turnover, tier) = (revenue * per_usd, serious as usize);
        let cap = fixed[tier].max(TURNOVER_SHARE[tier] * turnover);
        RegimeFine {
            regime,
            serious,
            typical: cap * seriousness * turnover_adjustment(turnover) / per_usd,
            cap: cap / per_usd,
        }
    };
    match p.jurisdiction {
        Jurisdiction::Eu => vec![gdpr_like(Regime::Gdpr, GDPR_FIXED_EUR, rate(Param::FxEur))],
        Jurisdiction::Uk => vec![gdpr_like(Regime::UkGdpr, UK_FIXED_GBP, rate(Param::FxGbp))],
        Jurisdiction::Cn => {
            let cny = rate(Param::FxCny);
            let (floor, cap) = if serious {
                (DSL_SERIOUS_FLOOR, DSL_SERIOUS_CAP.max(PIPL_SERIOUS_FIXED).max(PIPL_SERIOUS_SHARE * revenue * cny))
            } else {
                (DSL_FLOOR, DSL_CAP)
            };
            let top = if serious { DSL_SERIOUS_CAP } else { DSL_CAP };
            let typical = floor + seriousness * (top - floor);
            vec![RegimeFine { regime: Regime::China, serious, typical: typical / cny, cap: cap / cny }]
        }
        Jurisdiction::Us => {
            let mut list = Vec::new();
            if finite(p.records.health) > 0.0 || p.industry == Industry::Healthcare {
                let typical = HIPAA_FLOOR + seriousness * (HIPAA_TIER_CAP - HIPAA_FLOOR);
                list.push(RegimeFine { regime: Regime::Hipaa, serious: false, typical, cap: HIPAA_CAP });
            }
            let consumers = finite(p.records.customer) + finite(p.records.payment) + finite(p.records.health);
            let californians = consumers * CALIFORNIA_SHARE;
            if revenue >= CCPA_REVENUE || californians >= CCPA_CONSUMERS {
                let per_consumer = CCPA_DAMAGES_FLOOR + seriousness * (CCPA_DAMAGES_CAP - CCPA_DAMAGES_FLOOR);
                list.push(RegimeFine {
                    regime: Regime::Ccpa,
                    serious: false,
                    typical: californians * per_consumer,
                    cap: californians * CCPA_DAMAGES_CAP,
                });
            }
            list
        }
        Jurisdiction::Other => Vec::new(),
    }
}

/// One fine, when a breach ends in one: the regimes' starting points added up, each
/// within its maximum.
pub fn fine_if_fined(p: &Profile, a: &Assumptions) -> f64 {
    // A fold from +0, not `sum` (whose empty sum is -0, shown as "-0").
    regimes(p, a).iter().fold(0.0, |sum, r| sum + r.typical.min(r.cap))
}

/// The most the laws allow for one breach of this business (0 where none applies).
pub fn fine_cap(p: &Profile, a: &Assumptions) -> f64 {
    regimes(p, a).iter().fold(0.0, |sum, r| sum + r.cap)
}

/// The chance that a breach ends in a fine, where a regime applies.
pub fn fine_chance(a: &Assumptions) -> f64 {
    (a.get(Param::FineRate) / 100.0).clamp(0.001, 1.0)
}
