//! Model layer: the decision weighting model for sales conversations (SPEC 2.5, seed
//! 001 ch. 4): criteria with weights, vendors scored per criterion, weighted totals
//! and ranking under the customer's weights and under a "reframed" set, as the
//! challenger sale reshapes them. Pure Rust.

pub mod link;
pub mod presets;
pub mod state;
pub mod text;

/// Most criteria and vendors a table holds (keeps links and the screen usable).
pub const MAX_CRITERIA: usize = 12;
pub const MAX_VENDORS: usize = 6;

#[derive(Clone, Debug, PartialEq)]
pub struct Criterion {
    pub name: String,
    /// The customer's weight as entered: on a 1-10 scale or as a fraction (>= 0).
    pub weight: f64,
    /// The reframed weight as entered (0 where the criterion is new to the customer).
    pub reframed: f64,
    /// The dynamic parameter table's strategy and key person for this row (may be empty).
    pub strategy: String,
    pub person: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Vendor {
    pub name: String,
    /// One score per criterion, 0..=10.
    pub scores: Vec<f64>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub criteria: Vec<Criterion>,
    pub vendors: Vec<Vendor>,
    /// Whether the reframed weight set is shown beside the customer's.
    pub reframe: bool,
}

/// Which weight set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WeightSet {
    Original,
    Reframed,
}

/// Weights scaled to sum to 1; `None` when they sum to 0 (nothing to weigh by).
pub fn normalize(weights: &[f64]) -> Option<Vec<f64>> {
    let clean: Vec<f64> = weights.iter().map(|w| if w.is_finite() && *w > 0.0 { *w } else { 0.0 }).collect();
    let sum: f64 = clean.iter().sum();
    (sum > 0.0 && sum.is_finite()).then(|| clean.iter().map(|w| w / sum).collect())
}

/// How the weights were entered, for the note that says they were normalised.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Scale {
    /// Fractions already summing to 1 (within 0.001).
    Fractions,
    /// Anything else, normalised by its sum.
    Summed { sum: f64 },
}

pub fn scale_of(weights: &[f64]) -> Scale {
    let sum: f64 = weights.iter().filter(|w| w.is_finite() && **w > 0.0).sum();
    if (sum - 1.0).abs() < 1e-3 {
        Scale::Fractions
    } else {
        Scale::Summed { sum }
    }
}

/// A vendor's place: 1-based rank, shared by vendors with equal totals.
#[derive(Clone, Debug, PartialEq)]
pub struct Ranked {
    pub vendor: usize,
    /// Weighted total, 0..=10, rounded to two decimals.
    pub total: f64,
    pub rank: usize,
}

impl Table {
    pub fn weights(&self, set: WeightSet) -> Vec<f64> {
        self.criteria
            .iter()
            .map(|c| match set {
                WeightSet::Original => c.weight,
                WeightSet::Reframed => c.reframed,
            })
            .collect()
    }

    /// Weighted totals in vendor order; `None` if the set's weights sum to 0.
    pub fn totals(&self, set: WeightSet) -> Option<Vec<f64>> {
        let w = normalize(&self.weights(set))?;
        Some(
            self.vendors
                .iter()
                .map(|v| {
                    let t: f64 = w.iter().zip(&v.scores).map(|(w, s)| w * s.clamp(0.0, 10.0)).sum();
                    (t * 100.0).round() / 100.0
                })
                .collect(),
        )
    }

    /// Vendors best first; equal totals share a rank ("1, 1, 3") and keep table order.
    pub fn ranking(&self, set: WeightSet) -> Option<Vec<Ranked>> {
        let totals = self.totals(set)?;
        let mut order: Vec<usize> = (0..totals.len()).collect();
        crate::model::small_sort::sort_small_by(&mut order, |a, b| totals[*b].total_cmp(&totals[*a]));
        let mut out: Vec<Ranked> = Vec::with_capacity(order.len());
        for (pos, v) in order.into_iter().enumerate() {
            let rank = match out.last() {
                Some(prev) if prev.total == totals[v] => prev.rank,
                _ => pos + 1,
            };
            out.push(Ranked { vendor: v, total: totals[v], rank });
        }
        Some(out)
    }

    /// The leaders (all vendors ranked first: more than one is a tie).
    pub fn leaders(&self, set: WeightSet) -> Vec<usize> {
        self.ranking(set).map(|r| r.iter().filter(|x| x.rank == 1).map(|x| x.vendor).collect()).unwrap_or_default()
    }
}
