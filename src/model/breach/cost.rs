//! Model layer: the expected cost of one breach, by category, and how often one
//! happens. IBM's averages set the level; the business's size, records and revenue
//! scale it; controls cut it. Pure Rust; every result is finite for any finite input.

use super::assumptions::{Assumptions, Param, REFERENCE_CONTROLS};
use super::profile::{Control, Controls, Profile};

/// The cost categories shown to the user: five direct, three indirect.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Category {
    Detection,
    Notification,
    Recovery,
    Fines,
    Legal,
    LostCustomers,
    Brand,
    Downtime,
}

impl Category {
    pub const ALL: [Category; 8] = [
        Category::Detection,
        Category::Notification,
        Category::Recovery,
        Category::Fines,
        Category::Legal,
        Category::LostCustomers,
        Category::Brand,
        Category::Downtime,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Category::Detection => "detection",
            Category::Notification => "notification",
            Category::Recovery => "recovery",
            Category::Fines => "fines",
            Category::Legal => "legal",
            Category::LostCustomers => "lostCustomers",
            Category::Brand => "brand",
            Category::Downtime => "downtime",
        }
    }

    pub fn is_direct(self) -> bool {
        !matches!(self, Category::LostCustomers | Category::Brand | Category::Downtime)
    }
}

/// One breach's expected cost per category (`Category::ALL` order), US dollars.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Breakdown(pub [f64; 8]);

impl Breakdown {
    pub fn get(&self, c: Category) -> f64 {
        self.0[c as usize]
    }

    pub fn total(&self) -> f64 {
        self.0.iter().sum()
    }

    pub fn direct(&self) -> f64 {
        Category::ALL.iter().filter(|c| c.is_direct()).map(|c| self.get(*c)).sum()
    }

    pub fn indirect(&self) -> f64 {
        self.total() - self.direct()
    }
}

/// `x` made usable as a count or amount: finite, at least `floor`, and at most 1e15
/// (beyond any real business), so no sum can overflow.
fn sane(x: f64, floor: f64) -> f64 {
    if x.is_finite() { x.clamp(floor, 1e15) } else { floor }
}

/// `(x / reference) ^ elasticity`, bounded so no input can overflow the sums.
fn scale(x: f64, reference: f64, elasticity: f64) -> f64 {
    (sane(x, 0.0) / sane(reference, 1e-9)).powf(sane(elasticity, 0.0)).min(1e9)
}

/// The factor by which the controls cut one breach's cost, against the reference set.
pub fn control_factor(controls: Controls, a: &Assumptions) -> f64 {
    let kept = |c: Control| 1.0 - a.get(Param::Cut(c)).clamp(0.0, 90.0) / 100.0;
    let with: f64 = controls.iter().map(kept).product();
    let reference: f64 = REFERENCE_CONTROLS.iter().map(|c| kept(*c)).product();
    with / reference
}

/// Legal upper bound of one fine, in dollars, where the jurisdiction's rules give
/// one that can bind for a small business; `f64::INFINITY` otherwise.
pub fn fine_cap(p: &Profile, a: &Assumptions) -> f64 {
    use super::profile::Jurisdiction::*;
    let revenue = sane(p.revenue_usd, 0.0);
    let eur = a.get(Param::FxEur).max(1e-4);
    let gbp = a.get(Param::FxGbp).max(1e-4);
    let cny = a.get(Param::FxCny).max(1e-4);
    match p.jurisdiction {
        // GDPR art. 83(5): EUR 20 M or 4% of turnover, whichever is higher.
        Eu => (20e6 / eur).max(0.04 * revenue),
        // UK GDPR: GBP 17.5 M or 4%, whichever is higher.
        Uk => (17.5e6 / gbp).max(0.04 * revenue),
        // PIPL art. 66: up to RMB 50 M or 5% of the previous year's turnover.
        Cn => (50e6 / cny).max(0.05 * revenue),
        Us | Other => f64::INFINITY,
    }
}

/// Hours of outage that make the reference organisation's downtime equal the
/// disruption part of IBM's lost business: with it, a typical organisation costs
/// exactly IBM's average for its industry and country.
pub fn reference_downtime_hours(a: &Assumptions) -> f64 {
    let g = |param| sane(a.get(param), 0.0);
    let global = (g(Param::Detection) + g(Param::Notification) + g(Param::Response) + g(Param::LostBusiness)).max(1e-6);
    let level = (g(Param::IndustryCost) / global) * (g(Param::CountryCost) / global);
    let disruption = g(Param::LostBusiness) * 1e6 * level * g(Param::DisruptionShare).min(100.0) / 100.0;
    disruption / (g(Param::RefRevenue) * 1e6 / g(Param::OperatingHours).max(1.0)).max(1e-6)
}

/// The expected cost of one breach for this business, by category.
pub fn breach_cost(p: &Profile, a: &Assumptions) -> Breakdown {
    let g = |param| sane(a.get(param), 0.0);
    let (detection, notification, response, lost_business) =
        (g(Param::Detection) * 1e6, g(Param::Notification) * 1e6, g(Param::Response) * 1e6, g(Param::LostBusiness) * 1e6);
    let global = (detection + notification + response + lost_business).max(1.0);
    // IBM gives averages by industry and by country, not both: combine them as indices.
    let level = (g(Param::IndustryCost) * 1e6 / global) * (g(Param::CountryCost) * 1e6 / global);

    let size = scale(p.employees, g(Param::RefEmployees), g(Param::ElasticitySize));
    let r = &p.records;
    let weighted = sane(r.customer, 0.0)
        + sane(r.payment, 0.0) * g(Param::WeightPayment)
        + sane(r.health, 0.0) * g(Param::WeightHealth)
        + sane(r.employee, 0.0) * g(Param::WeightEmployee);
    let records = scale(weighted, g(Param::RefRecords), g(Param::ElasticityRecords));
    let revenue = scale(p.revenue_usd, g(Param::RefRevenue) * 1e6, g(Param::ElasticityRevenue));

    // Post-breach response: fines, legal, and recovery as the rest, normalised if over 100%.
    let (fine_pct, legal_pct) = (g(Param::FineShare), g(Param::LegalShare));
    let total_pct = (fine_pct + legal_pct).max(100.0);
    let (fine_share, legal_share) = (fine_pct / total_pct, legal_pct / total_pct);
    let recovery_share = 1.0 - fine_share - legal_share;

    // Downtime: revenue lost per operating hour times hours, in place of the business
    // disruption part of IBM's lost business.
    let downtime = sane(p.revenue_usd, 0.0) / g(Param::OperatingHours).max(1.0) * sane(p.downtime_hours, 0.0).min(8784.0);
    let lost_rest = lost_business * (1.0 - g(Param::DisruptionShare).min(100.0) / 100.0);
    let brand_share = g(Param::BrandShare).min(100.0) / 100.0;

    let cut = control_factor(p.controls, a);
    let fines = (response * fine_share * level * records * cut).min(fine_cap(p, a) * g(Param::FineRate).min(100.0) / 100.0);
    Breakdown([
        detection * level * size * cut,
        notification * level * records * cut,
        response * recovery_share * level * size * cut,
        fines,
        response * legal_share * level * records * cut,
        lost_rest * (1.0 - brand_share) * level * revenue * cut,
        lost_rest * brand_share * level * revenue * cut,
        downtime * cut,
    ])
}

/// Expected breaches a year: the chance of at least one, cut by each control, as a Poisson rate.
pub fn breach_rate(controls: Controls, a: &Assumptions) -> f64 {
    let chance = a.get(Param::Likelihood).clamp(0.0, 99.0) / 100.0;
    let kept: f64 = controls.iter().map(|c| 1.0 - a.get(Param::Prevent(c)).clamp(0.0, 90.0) / 100.0).product();
    -(1.0 - chance * kept).ln()
}

/// Expected loss a year (annualised loss expectancy): rate times the cost of one breach.
pub fn annual_loss(p: &Profile, a: &Assumptions) -> f64 {
    breach_rate(p.controls, a) * breach_cost(p, a).total()
}
