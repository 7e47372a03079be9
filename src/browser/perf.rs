//! Browser layer: Performance API marks the benchmark reads (`bench/perf.mjs`):
//! when a widget became interactive and when a chart finished drawing.

/// Adds a performance mark named `name` (ignored where the API is missing).
pub fn mark(name: &str) {
    if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
        let _ = perf.mark(name);
    }
}

/// Adds a measure named `name` from mark `start` to mark `end` (ignored where missing).
pub fn measure(name: &str, start: &str, end: &str) {
    if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
        let _ = perf.measure_with_start_mark_and_end_mark(name, start, end);
    }
}
