//! Charts layer: numbers on axes and labels, shared by the charts that show amounts:
//! short amounts and "nice" tick steps. Pure Rust.

use crate::model::decimal::fixed;

/// A short amount for an axis: `$950`, `$12k`, `$3.4M`, `$1.2B`.
pub fn compact(amount: f64, symbol: &str) -> String {
    let a = amount.abs();
    let sign = if amount < 0.0 { "-" } else { "" };
    let (v, unit) = if a >= 1e9 {
        (a / 1e9, "B")
    } else if a >= 1e6 {
        (a / 1e6, "M")
    } else if a >= 1e3 {
        (a / 1e3, "k")
    } else {
        (a, "")
    };
    let digits = if v >= 100.0 || unit.is_empty() { 0 } else { 1 };
    let text = fixed(v, digits);
    let text = text.strip_suffix(".0").unwrap_or(&text);
    format!("{sign}{symbol}{text}{unit}")
}

/// A "nice" step (1, 2, 2.5 or 5 times a power of ten) giving about `ticks` ticks up to `top`.
pub fn nice_step(top: f64, ticks: f64) -> f64 {
    let raw = (top / ticks).max(f64::MIN_POSITIVE);
    let magnitude = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0].iter().map(|m| m * magnitude).find(|s| *s >= raw).unwrap_or(10.0 * magnitude)
}
