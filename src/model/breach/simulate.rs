//! Model layer: a seeded Monte Carlo simulation of a year's breach losses, as FAIR
//! practitioners run it: how many breaches (Poisson), what each costs (lognormal
//! around the expected cost, fines only in some breaches), and from the trials the
//! percentiles and the loss exceedance curve. Pure Rust, no dependencies.

use super::assumptions::{Assumptions, Param};
use super::cost::{breach_cost, breach_rate, Category};
use super::fines::{fine_cap, fine_chance};
use super::profile::Profile;
use crate::model::small_sort::sort_floats;

/// SplitMix64: tiny, fast, and good enough for simulation (not for secrets).
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in (0, 1): never 0, so its logarithm is finite.
    pub fn uniform(&mut self) -> f64 {
        ((self.next_u64() >> 11) as f64 + 0.5) / (1u64 << 53) as f64
    }

    /// Standard normal (Box-Muller, one of the pair).
    pub fn normal(&mut self) -> f64 {
        let (u, v) = (self.uniform(), self.uniform());
        (-2.0 * u.ln()).sqrt() * (std::f64::consts::TAU * v).cos()
    }
}

/// The smallest `k` with P(N <= k) >= u for N ~ Poisson(rate), given `none` =
/// P(N = 0) = exp(-rate): one uniform per trial, so a lower rate never gives more
/// breaches for the same draw. Most years draw none, so that test comes first.
fn poisson(rate: f64, none: f64, u: f64) -> u32 {
    if u <= none {
        return 0;
    }
    let mut p = none;
    let mut cdf = p;
    let mut k = 0;
    while cdf < u && k < 50 {
        k += 1;
        p *= rate / k as f64;
        cdf += p;
    }
    k
}

/// What one simulated year draws from: the yearly breach rate, a breach's expected
/// cost without fines, the expected fines and the chance a breach is fined, the law's
/// maximum fine, and the spread (lognormal sigma). US dollars.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TrialInputs {
    pub rate: f64,
    pub rest: f64,
    pub fines: f64,
    pub fine_rate: f64,
    pub cap: f64,
    pub sigma: f64,
}

impl TrialInputs {
    pub fn of(p: &Profile, a: &Assumptions) -> TrialInputs {
        let expected = breach_cost(p, a);
        let fines = expected.get(Category::Fines);
        TrialInputs {
            rate: breach_rate(p, a),
            rest: expected.total() - fines,
            fines,
            fine_rate: fine_chance(a),
            cap: fine_cap(p, a),
            sigma: a.get(Param::Spread).clamp(0.0, 3.0),
        }
    }
}

/// What the simulation reports.
#[derive(Clone, Debug, PartialEq)]
pub struct Simulation {
    pub trials: u32,
    /// Annual loss percentiles (dollars).
    pub p10: f64,
    pub p50: f64,
    pub p90: f64,
    /// The 1-in-20 and 1-in-100-year losses.
    pub p95: f64,
    pub p99: f64,
    pub mean: f64,
    /// Trials with at least one breach, as a share.
    pub any_breach: f64,
    /// One breach's cost percentiles (over all simulated breaches).
    pub breach_p10: f64,
    pub breach_p50: f64,
    pub breach_p90: f64,
    /// Loss exceedance curve: (loss, chance a year's loss exceeds it), loss rising.
    pub exceedance: Vec<(f64, f64)>,
    /// The years with a loss, sorted (the rest lost nothing): for the chance of
    /// exceeding any amount.
    losses: Vec<f64>,
}

/// The loss exceedance curve on `CURVE_POINTS` amounts from 0 to `top`: the share of
/// `trials` years whose losses (`sorted`, the years with a loss) exceed each amount.
fn curve(sorted: &[f64], trials: u32, top: f64) -> Vec<(f64, f64)> {
    let top = if top.is_finite() { top.max(1.0) } else { 1.0 };
    (0..CURVE_POINTS)
        .map(|i| {
            let loss = top * i as f64 / (CURVE_POINTS - 1) as f64;
            let above = sorted.len() - sorted.partition_point(|v| *v <= loss);
            (loss, above as f64 / trials.max(1) as f64)
        })
        .collect()
}

impl Simulation {
    /// The curve on another simulation's amounts, so two curves share one axis.
    pub fn exceedance_like(&self, other: &Simulation) -> Vec<(f64, f64)> {
        curve(&self.losses, self.trials, other.exceedance.last().map_or(1.0, |p| p.0))
    }

    /// The share of simulated years whose losses exceed `amount`.
    pub fn chance_above(&self, amount: f64) -> f64 {
        if !amount.is_finite() {
            return 0.0;
        }
        let above = self.losses.len() - self.losses.partition_point(|v| *v <= amount);
        above as f64 / self.trials as f64
    }

    /// The same simulation in another currency (`fx` units per US dollar).
    pub fn in_currency(&self, fx: f64) -> Simulation {
        Simulation {
            p10: self.p10 * fx,
            p50: self.p50 * fx,
            p90: self.p90 * fx,
            p95: self.p95 * fx,
            p99: self.p99 * fx,
            mean: self.mean * fx,
            breach_p10: self.breach_p10 * fx,
            breach_p50: self.breach_p50 * fx,
            breach_p90: self.breach_p90 * fx,
            exceedance: self.exceedance.iter().map(|(x, q)| (x * fx, *q)).collect(),
            losses: self.losses.iter().map(|x| x * fx).collect(),
            ..*self
        }
    }
}

/// Points on the loss exceedance curve.
pub const CURVE_POINTS: usize = 40;

/// The `q` quantile (0..=1) of sorted values (nearest rank).
fn quantile(sorted: &[f64], q: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((q * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[i]
}

/// Runs `trials` simulated years for this business. The same seed gives the same
/// result; each trial draws from its own stream, so changing one input never
/// reshuffles the luck of the others.
pub fn simulate(p: &Profile, a: &Assumptions, trials: u32, seed: u64) -> Simulation {
    let TrialInputs { rate, rest, fines, fine_rate, cap, sigma } = TrialInputs::of(p, a);
    let trials = trials.max(1);
    let none = (-rate).exp();
    // Lognormal with mean 1: exp(sigma Z - sigma^2 / 2).
    let mean_one = |z: f64, s: f64| (s * z - s * s / 2.0).exp();

    let mut annual = Vec::with_capacity(trials as usize);
    let mut breaches = Vec::new();
    let mut sum = 0.0;
    for t in 0..trials {
        let mut rng = Rng::new(seed ^ (t as u64).wrapping_mul(0xd1b5_4a32_d192_ed03));
        let count = poisson(rate, none, rng.uniform());
        let mut year = 0.0;
        for _ in 0..count {
            let mut cost = rest * mean_one(rng.normal(), sigma);
            if rng.uniform() < fine_rate {
                cost += (fines / fine_rate * mean_one(rng.normal(), sigma)).min(cap);
            }
            breaches.push(cost);
            year += cost;
        }
        sum += year;
        if year > 0.0 {
            annual.push(year);
        }
    }
    sort_floats(&mut annual);
    sort_floats(&mut breaches);
    // Years without a breach are zeros below every loss: count them, don't store them.
    let zeros = trials as usize - annual.len();
    let annual_quantile = |q: f64| {
        let rank = ((q * trials as f64).ceil() as usize).clamp(1, trials as usize);
        if rank <= zeros {
            0.0
        } else {
            annual[rank - zeros - 1]
        }
    };
    // The curve runs to the 1-in-1,000 year (or the worst year, when fewer than one
    // in a thousand has a breach): the tail beyond is too thin to read.
    let p999 = annual_quantile(0.999);
    let top = if p999 > 0.0 { p999 } else { annual.last().copied().unwrap_or(0.0) };
    let exceedance = curve(&annual, trials, top);
    Simulation {
        trials,
        p10: annual_quantile(0.10),
        p50: annual_quantile(0.50),
        p90: annual_quantile(0.90),
        p95: annual_quantile(0.95),
        p99: annual_quantile(0.99),
        mean: sum / trials as f64,
        any_breach: annual.len() as f64 / trials as f64,
        breach_p10: quantile(&breaches, 0.10),
        breach_p50: quantile(&breaches, 0.50),
        breach_p90: quantile(&breaches, 0.90),
        exceedance,
        losses: annual,
    }
}
