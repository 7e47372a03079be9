//! Model layer: which input moves the expected annual loss most (the tornado chart):
//! each driver halved and doubled, the others held. Pure Rust.

use super::assumptions::{Assumptions, Param};
use super::cost::annual_loss;
use super::profile::{Profile, Records};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Driver {
    Likelihood,
    IndustryCost,
    Employees,
    Revenue,
    Records,
    Downtime,
    Spread,
}

impl Driver {
    /// The drivers shown; `Spread` moves the range, not the expected loss, so it is left out.
    pub const SHOWN: [Driver; 6] = [
        Driver::Likelihood,
        Driver::IndustryCost,
        Driver::Employees,
        Driver::Revenue,
        Driver::Records,
        Driver::Downtime,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Driver::Likelihood => "likelihood",
            Driver::IndustryCost => "industryCost",
            Driver::Employees => "employees",
            Driver::Revenue => "revenue",
            Driver::Records => "records",
            Driver::Downtime => "downtime",
            Driver::Spread => "spread",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Swing {
    pub driver: Driver,
    /// Expected annual loss with the driver halved, and doubled.
    pub low: f64,
    pub high: f64,
}

impl Swing {
    pub fn width(&self) -> f64 {
        (self.high - self.low).abs()
    }
}

fn scaled(p: &Profile, a: &Assumptions, d: Driver, k: f64) -> f64 {
    let mut p = *p;
    let mut a = a.clone();
    match d {
        Driver::Likelihood => match a.overridden(Param::Likelihood) {
            Some(chance) => a.set(Param::Likelihood, (chance * k).min(99.0)),
            None => {
                for band in [Param::FreqSmall, Param::FreqMid, Param::FreqLarge] {
                    a.set(band, (a.get(band) * k).min(100.0));
                }
            }
        },
        Driver::IndustryCost => a.set(Param::IndustryCost, a.get(Param::IndustryCost) * k),
        Driver::Employees => p.employees *= k,
        Driver::Revenue => p.revenue_usd *= k,
        Driver::Records => {
            let r = p.records;
            p.records = Records {
                customer: r.customer * k,
                payment: r.payment * k,
                health: r.health * k,
                employee: r.employee * k,
            };
        }
        Driver::Downtime => p.downtime_hours *= k,
        Driver::Spread => {}
    }
    annual_loss(&p, &a)
}

/// The swings, widest first (the tornado's order).
pub fn tornado(p: &Profile, a: &Assumptions) -> Vec<Swing> {
    let mut swings: Vec<Swing> = Driver::SHOWN
        .iter()
        .map(|d| Swing { driver: *d, low: scaled(p, a, *d, 0.5), high: scaled(p, a, *d, 2.0) })
        .collect();
    crate::model::small_sort::sort_small_by(&mut swings, |x, y| y.width().total_cmp(&x.width()));
    swings
}
