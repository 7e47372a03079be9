//! Model layer: the published figures a result is shown against: IBM's average for
//! the industry, and insurers' average claim for businesses of this revenue. Pure Rust.

use super::assumptions::{industry_cost, Source};
use super::profile::Industry;

/// Insurers' average loss per claim for one revenue band, US dollars.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ClaimsBand {
    pub source: ClaimsSource,
    /// The band's revenue bounds, US dollars (`f64::INFINITY` above the last).
    pub from: f64,
    pub to: f64,
    pub average: f64,
    /// How many claims the figure rests on, where the study says.
    pub claims: Option<u32>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClaimsSource {
    /// NetDiligence Cyber Claims Study 2026 (claims of 2021-2025), Table 3: total
    /// incident cost including the policyholder's retention.
    NetDiligence2026,
    /// Coalition Cyber Claims Report 2026 (claims of 2025), "claims by revenue".
    Coalition2026,
    /// Coalition Cyber Claims Report 2025 (claims of 2024), Fig. 3.4.
    Coalition2025,
}

const M: f64 = 1e6;
const B: f64 = 1e9;

/// NetDiligence 2026, Table 3: average incident cost by revenue band.
pub const NETDILIGENCE: [ClaimsBand; 6] = [
    ClaimsBand { source: ClaimsSource::NetDiligence2026, from: 0.0, to: 50.0 * M, average: 141e3, claims: Some(3872) },
    ClaimsBand {
        source: ClaimsSource::NetDiligence2026,
        from: 50.0 * M,
        to: 300.0 * M,
        average: 361e3,
        claims: Some(1751),
    },
    ClaimsBand {
        source: ClaimsSource::NetDiligence2026,
        from: 300.0 * M,
        to: 2.0 * B,
        average: 2.1e6,
        claims: Some(522),
    },
    ClaimsBand {
        source: ClaimsSource::NetDiligence2026,
        from: 2.0 * B,
        to: 10.0 * B,
        average: 4.8e6,
        claims: Some(233),
    },
    ClaimsBand {
        source: ClaimsSource::NetDiligence2026,
        from: 10.0 * B,
        to: 100.0 * B,
        average: 40.6e6,
        claims: Some(45),
    },
    ClaimsBand {
        source: ClaimsSource::NetDiligence2026,
        from: 100.0 * B,
        to: f64::INFINITY,
        average: 62.1e6,
        claims: Some(4),
    },
];

/// Coalition's average loss per claim by revenue band (2026 edition; its text omits
/// the middle band, taken from the 2025 edition).
pub const COALITION: [ClaimsBand; 3] = [
    ClaimsBand { source: ClaimsSource::Coalition2026, from: 0.0, to: 25.0 * M, average: 77e3, claims: None },
    ClaimsBand { source: ClaimsSource::Coalition2025, from: 25.0 * M, to: 100.0 * M, average: 139e3, claims: None },
    ClaimsBand {
        source: ClaimsSource::Coalition2026,
        from: 100.0 * M,
        to: f64::INFINITY,
        average: 268e3,
        claims: None,
    },
];

fn band_of(bands: &[ClaimsBand], revenue_usd: f64) -> ClaimsBand {
    let r = if revenue_usd.is_finite() { revenue_usd.max(0.0) } else { 0.0 };
    *bands.iter().find(|b| r < b.to).unwrap_or(&bands[bands.len() - 1])
}

/// What the result is shown against, US dollars.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Benchmarks {
    pub industry: Industry,
    /// IBM 2026's average for the industry (Fig. 4).
    pub ibm_industry: f64,
    pub ibm_source: Source,
    pub netdiligence: ClaimsBand,
    pub coalition: ClaimsBand,
}

pub fn benchmarks(industry: Industry, revenue_usd: f64) -> Benchmarks {
    Benchmarks {
        industry,
        ibm_industry: industry_cost(industry) * 1e6,
        ibm_source: Source::Ibm2026,
        netdiligence: band_of(&NETDILIGENCE, revenue_usd),
        coalition: band_of(&COALITION, revenue_usd),
    }
}
