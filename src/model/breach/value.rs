//! Model layer: the value of a proposed security package (seed 002, stage 4, the
//! risk-return-opportunity model): loss avoided, return on security investment,
//! payback, insurance saving and downtime cut; and which certifications open which
//! markets. Pure Rust.

use super::assumptions::{Assumptions, Param};
use super::cost::annual_loss;
use super::profile::{Control, Controls, Profile};

/// What a salesperson proposes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Package {
    pub controls: Controls,
    /// Yearly cost, US dollars.
    pub cost_usd: f64,
    /// Hours of downtime per breach with the package (the seed's example: 2).
    pub downtime_hours: f64,
    /// Today's yearly cyber-insurance premium, US dollars.
    pub premium_usd: f64,
}

impl Package {
    /// Whether the package shortens recovery: backups, a tested plan or a managed
    /// detection service; only then does its downtime apply.
    pub fn shortens_downtime(&self) -> bool {
        [Control::Backups, Control::IrPlan, Control::Mdr].iter().any(|c| self.controls.has(*c))
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Value {
    pub loss_before: f64,
    pub loss_after: f64,
    /// Expected loss avoided a year.
    pub loss_avoided: f64,
    pub insurance_saving: f64,
    /// Loss avoided plus insurance saving, a year.
    pub benefit: f64,
    /// (benefit - cost) / cost; `None` when the package costs nothing.
    pub rosi: Option<f64>,
    /// Months until the benefit has paid the cost; `None` when it never does.
    pub payback_months: Option<f64>,
    pub downtime_before: f64,
    pub downtime_after: f64,
}

/// The business with the package in place.
pub fn with_package(p: &Profile, package: &Package) -> Profile {
    let downtime = if package.shortens_downtime() {
        p.downtime_hours.min(package.downtime_hours.max(0.0))
    } else {
        p.downtime_hours
    };
    Profile { controls: p.controls.union(package.controls), downtime_hours: downtime, ..*p }
}

pub fn value(p: &Profile, package: &Package, a: &Assumptions) -> Value {
    let after = with_package(p, package);
    let (loss_before, loss_after) = (annual_loss(p, a), annual_loss(&after, a));
    let adds_controls = !package.controls.minus(p.controls).is_empty();
    let insurance_saving = if adds_controls {
        package.premium_usd.max(0.0) * a.get(Param::InsuranceSaving).clamp(0.0, 100.0) / 100.0
    } else {
        0.0
    };
    let loss_avoided = loss_before - loss_after;
    let benefit = loss_avoided + insurance_saving;
    let cost = package.cost_usd.max(0.0);
    Value {
        loss_before,
        loss_after,
        loss_avoided,
        insurance_saving,
        benefit,
        rosi: (cost > 0.0).then(|| (benefit - cost) / cost),
        payback_months: (benefit > 0.0).then(|| cost / benefit * 12.0),
        downtime_before: p.downtime_hours,
        downtime_after: after.downtime_hours,
    }
}

/// Certifications and the markets they open (seed 002, the 行业准入资质清单).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Certification {
    PciDss,
    Hipaa,
    Iso27001,
    Mlps,
}

impl Certification {
    pub const ALL: [Certification; 4] =
        [Certification::PciDss, Certification::Hipaa, Certification::Iso27001, Certification::Mlps];

    pub fn code(self) -> &'static str {
        match self {
            Certification::PciDss => "pci-dss",
            Certification::Hipaa => "hipaa",
            Certification::Iso27001 => "iso27001",
            Certification::Mlps => "mlps2",
        }
    }

    /// Whether this business needs it to keep or enter its market.
    pub fn relevant(self, p: &Profile) -> bool {
        use super::profile::{Industry, Jurisdiction};
        match self {
            Certification::PciDss => {
                p.records.payment > 0.0 || p.industry == Industry::Retail || p.industry == Industry::Hospitality
            }
            Certification::Hipaa => {
                p.jurisdiction == Jurisdiction::Us && (p.records.health > 0.0 || p.industry == Industry::Healthcare)
            }
            Certification::Iso27001 => true,
            Certification::Mlps => p.jurisdiction == Jurisdiction::Cn,
        }
    }
}
