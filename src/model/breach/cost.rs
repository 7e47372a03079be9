//! Model layer: the expected cost of one breach, by category, and how often one
//! happens. IBM's averages set the level for IBM's typical organisation; size scales
//! it down to what insurers' claims show for small firms; the law of the jurisdiction
//! sets the fine; controls cut cost and frequency. Pure Rust; every result is finite
//! for any finite input.

use super::assumptions::{Assumptions, Param, POLICYHOLDER_CONTROLS, REFERENCE_CONTROLS};
use super::fines::{fine_cap, fine_chance, fine_if_fined};
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
    if x.is_finite() {
        // Not `clamp`: its min <= max check formats floats (`{:?}`) into every bundle.
        x.max(floor).min(1e15)
    } else {
        floor
    }
}

/// `(x / reference) ^ below` up to the reference and `^ above` beyond it: costs fall
/// steeply for smaller businesses and grow slowly past IBM's typical size. Bounded so
/// no input can overflow the sums.
fn scale(x: f64, reference: f64, below: f64, above: f64) -> f64 {
    let ratio = sane(x, 0.0) / sane(reference, 1e-9);
    let exponent = if ratio <= 1.0 { below } else { above };
    ratio.powf(sane(exponent, 0.0).min(2.0)).min(1e9)
}

/// The factor by which the controls cut one breach's cost, against the reference set.
pub fn control_factor(controls: Controls, a: &Assumptions) -> f64 {
    let kept = |c: Control| 1.0 - a.get(Param::Cut(c)).clamp(0.0, 90.0) / 100.0;
    let with: f64 = controls.iter().map(kept).product();
    let reference: f64 = REFERENCE_CONTROLS.iter().map(|c| kept(*c)).product();
    with / reference
}

/// IBM's global average: the sum of its four categories, USD.
pub fn global_average(a: &Assumptions) -> f64 {
    let g = |param| sane(a.get(param), 0.0);
    ((g(Param::Detection) + g(Param::Notification) + g(Param::Response) + g(Param::LostBusiness)) * 1e6).max(1.0)
}

/// The cost level for the chosen industry and country together, USD, and whether the
/// ceiling bent it. IBM gives averages by industry and by country, not both: combined
/// as independent indices (industry times country over the global average), a US
/// healthcare organisation would cost 15.3 M, more than any segment IBM has published.
/// So the combination follows the indices up to 85% of the costliest published segment
/// and then bends smoothly towards it, never above.
pub fn level(a: &Assumptions) -> (f64, bool) {
    let g = |param| sane(a.get(param), 0.0) * 1e6;
    let combined = g(Param::IndustryCost) * g(Param::CountryCost) / global_average(a);
    let ceiling = g(Param::CostCeiling).max(1.0);
    let knee = 0.85 * ceiling;
    if combined <= knee {
        (combined, false)
    } else {
        (knee + (ceiling - knee) * (1.0 - (-(combined - knee) / (ceiling - knee)).exp()), true)
    }
}

/// How one breach's cost scales with this business's size, against IBM's typical
/// organisation: by headcount or revenue, whichever is larger (the organisation), by
/// revenue alone (lost customers and brand), and by records (notification and legal).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scaling {
    pub organisation: f64,
    pub revenue: f64,
    pub records: f64,
}

pub fn scaling(p: &Profile, a: &Assumptions) -> Scaling {
    let g = |param| sane(a.get(param), 0.0);
    let large = g(Param::ElasticityLarge);
    let by_staff = scale(p.employees, g(Param::RefEmployees), g(Param::ElasticitySize), large);
    let revenue = scale(p.revenue_usd, g(Param::RefRevenue) * 1e6, g(Param::ElasticityRevenue), large);
    let organisation = by_staff.max(revenue);
    let r = &p.records;
    let weighted = sane(r.customer, 0.0)
        + sane(r.payment, 0.0) * g(Param::WeightPayment)
        + sane(r.health, 0.0) * g(Param::WeightHealth)
        + sane(r.employee, 0.0) * g(Param::WeightEmployee);
    // Notification and legal follow the records exposed as well as the organisation:
    // records with weight k, size with 1 - k (so neither alone decides).
    let k = g(Param::ElasticityRecords).min(1.0);
    let records = scale(weighted, g(Param::RefRecords), k, k) * organisation.powf(1.0 - k);
    Scaling { organisation, revenue, records }
}

/// What an hour of outage costs: the revenue of a clock hour (a year has 8,760), of
/// which the gross margin is lost, less the part recovered once systems are back.
pub fn outage_cost_per_hour(revenue_usd: f64, a: &Assumptions) -> f64 {
    let margin = a.get(Param::GrossMargin).clamp(0.0, 100.0) / 100.0;
    let recovered = a.get(Param::RecoveredShare).clamp(0.0, 100.0) / 100.0;
    sane(revenue_usd, 0.0) / HOURS_A_YEAR * margin * (1.0 - recovered)
}

pub const HOURS_A_YEAR: f64 = 8760.0;

/// Hours of outage that make the reference organisation's downtime equal the
/// disruption part of IBM's lost business: with it, a typical organisation costs
/// IBM's average for its industry and country.
pub fn reference_downtime_hours(a: &Assumptions) -> f64 {
    let disruption = sane(a.get(Param::LostBusiness), 0.0) * 1e6 * level(a).0 / global_average(a)
        * a.get(Param::DisruptionShare).clamp(0.0, 100.0)
        / 100.0;
    disruption / outage_cost_per_hour(sane(a.get(Param::RefRevenue), 0.0) * 1e6, a).max(1e-6)
}

/// The expected cost of one breach for this business, by category.
pub fn breach_cost(p: &Profile, a: &Assumptions) -> Breakdown {
    let g = |param| sane(a.get(param), 0.0) * 1e6;
    let index = level(a).0 / global_average(a);
    let s = scaling(p, a);

    // Post-breach response: legal, recovery as the rest; the fines IBM counts in it are
    // taken out, as the law of the jurisdiction sets the fine instead.
    let pct = |param| sane(a.get(param), 0.0) / 100.0;
    let (fine_share, legal_share) = (pct(Param::FineShare), pct(Param::LegalShare));
    let total_share = (fine_share + legal_share).max(1.0);
    let (fine_share, legal_share) = (fine_share / total_share, legal_share / total_share);
    let recovery_share = 1.0 - fine_share - legal_share;

    // Lost business: its disruption part is replaced by this business's own outage.
    let lost_rest = g(Param::LostBusiness) * (1.0 - pct(Param::DisruptionShare).min(1.0));
    let brand_share = pct(Param::BrandShare).min(1.0);
    let downtime = outage_cost_per_hour(p.revenue_usd, a) * sane(p.downtime_hours, 0.0).min(HOURS_A_YEAR);

    let cut = control_factor(p.controls, a);
    let response = g(Param::Response);
    Breakdown([
        g(Param::Detection) * index * s.organisation * cut,
        g(Param::Notification) * index * s.records * cut,
        response * recovery_share * index * s.organisation * cut,
        fine_chance(a) * (fine_if_fined(p, a) * cut).min(fine_cap(p, a)),
        response * legal_share * index * s.records * cut,
        lost_rest * (1.0 - brand_share) * index * s.revenue * cut,
        lost_rest * brand_share * index * s.revenue * cut,
        downtime * cut,
    ])
}

/// Insurers' claim frequency for this revenue: Coalition's bands (under USD 25 M,
/// 25-100 M, over 100 M) placed at a revenue typical of each (our estimate: 5 M, 50 M,
/// 300 M), log-linear between them, and beyond USD 1 B rising as
/// Cyentia's IRIS 2025 finds larger firms suffer loss events more often (Fig. A2:
/// 0.80x for USD 100 M-1 B, 1.20x for 1-10 B, 2.49x for 10-100 B, 3.46x above).
/// Claims a year per policyholder, used as the yearly rate of breaches with a loss.
pub fn claims_frequency(revenue_usd: f64, a: &Assumptions) -> f64 {
    let f = |param| sane(a.get(param), 0.0).min(100.0) / 100.0;
    let large = f(Param::FreqLarge);
    let points = [
        (5e6, f(Param::FreqSmall)),
        (5e7, f(Param::FreqMid)),
        (3e8, large),
        (3e9, large * 1.20 / 0.80),
        (3e10, large * 2.49 / 0.80),
        (3e11, large * 3.46 / 0.80),
    ];
    let r = sane(revenue_usd, 0.0);
    if r <= points[0].0 {
        return points[0].1;
    }
    for w in points.windows(2) {
        let ((x0, y0), (x1, y1)) = (w[0], w[1]);
        if r <= x1 {
            let t = (r / x0).ln() / (x1 / x0).ln();
            return y0 + t * (y1 - y0);
        }
    }
    points[points.len() - 1].1
}

fn kept(controls: &mut dyn Iterator<Item = Control>, a: &Assumptions) -> f64 {
    controls.map(|c| 1.0 - a.get(Param::Prevent(c)).clamp(0.0, 90.0) / 100.0).product()
}

/// Expected breaches with a loss a year, as a Poisson rate. With the user's own chance
/// (`likelihood`, with none of the controls) that chance, cut by each control; else
/// the claims frequency for the revenue, which describes policyholders with the usual
/// insurers' controls, adjusted for the controls this business has or lacks.
pub fn breach_rate(p: &Profile, a: &Assumptions) -> f64 {
    let with = kept(&mut p.controls.iter(), a);
    match a.overridden(Param::Likelihood) {
        Some(chance) => -(1.0 - (chance.clamp(0.0, 99.0) / 100.0) * with).ln(),
        None => claims_frequency(p.revenue_usd, a) * with / kept(&mut POLICYHOLDER_CONTROLS.into_iter(), a),
    }
}

/// The chance of at least one breach with a loss in a year.
pub fn chance_of_breach(p: &Profile, a: &Assumptions) -> f64 {
    1.0 - (-breach_rate(p, a)).exp()
}

/// Expected loss a year (annualised loss expectancy): rate times the cost of one breach.
pub fn annual_loss(p: &Profile, a: &Assumptions) -> f64 {
    breach_rate(p, a) * breach_cost(p, a).total()
}
