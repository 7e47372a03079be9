//! Browser layer: Performance API marks the benchmark reads (`bench/perf.mjs`):
//! when a widget became interactive and when a chart finished drawing.

/// Adds a performance mark named `name` (ignored where the API is missing).
pub fn mark(name: &str) {
    if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
        let _ = perf.mark(name);
    }
}
