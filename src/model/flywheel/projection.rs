//! Model layer: projecting customers and recurring revenue over the coming years,
//! and the derived figures (net revenue retention, customer lifetime value). Pure Rust.

/// What the projection starts from. All finite and >= 0.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Business {
    /// Customers today.
    pub customers: f64,
    /// Recurring revenue per account per year, in the chosen currency.
    pub revenue_per_account: f64,
    /// Yearly expansion of existing accounts' revenue (upsell, cross-sell), percent.
    pub expansion: f64,
    /// New customers won per year.
    pub new_customers: f64,
    /// Years to project, 1..=10.
    pub years: u32,
}

/// One year of a projection (year 0 is today).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct YearPoint {
    pub year: u32,
    pub customers: f64,
    /// Recurring revenue in that year.
    pub revenue: f64,
}

/// Longest customer lifetime counted in CLV, years: with churn near 0 it would be unbounded.
pub const MAX_LIFETIME_YEARS: f64 = 20.0;

/// Net revenue retention, percent: what this year's customers pay next year,
/// after churn and expansion (100 - churn + expansion).
pub fn net_revenue_retention(churn: f64, expansion: f64) -> f64 {
    (100.0 - churn + expansion).max(0.0)
}

/// Customer lifetime value: revenue per account per year times the expected lifetime,
/// 1 / churn years (at most 20); undiscounted revenue, not margin.
pub fn lifetime_value(revenue_per_account: f64, churn: f64) -> f64 {
    let lifetime = if churn > 0.0 { (100.0 / churn).min(MAX_LIFETIME_YEARS) } else { MAX_LIFETIME_YEARS };
    revenue_per_account * lifetime
}

/// Projects customers and revenue for `business` at a given annual churn (percent).
/// Each year existing revenue is retained at the NRR and new customers add their
/// revenue; customers shrink by churn and grow by new ones.
pub fn project(business: &Business, churn: f64) -> Vec<YearPoint> {
    let churn = churn.clamp(0.0, 100.0) / 100.0;
    let nrr = net_revenue_retention(churn * 100.0, business.expansion) / 100.0;
    let mut point = YearPoint {
        year: 0,
        customers: business.customers,
        revenue: business.customers * business.revenue_per_account,
    };
    let mut points = vec![point];
    for year in 1..=business.years.clamp(1, 10) {
        point = YearPoint {
            year,
            customers: point.customers * (1.0 - churn) + business.new_customers,
            revenue: point.revenue * nrr + business.new_customers * business.revenue_per_account,
        };
        points.push(point);
    }
    points
}

/// Revenue the benchmark line earns over today's line, summed over the projected
/// years (year 0 excluded): the flywheel's worth over the horizon.
pub fn revenue_gap(today: &[YearPoint], benchmark: &[YearPoint]) -> f64 {
    today.iter().zip(benchmark).skip(1).map(|(t, b)| b.revenue - t.revenue).sum()
}
