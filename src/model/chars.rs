//! Model layer: cutting text to a length, for what the user sees of a link's values
//! and for what a text field keeps. Its own module so `query` and `note`, which both
//! need it, do not import each other. Pure Rust.

/// Cuts `s` to at most `max` characters, marking the cut with `…`.
pub fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

/// The first `max` characters of `s`, unmarked: what a text field with `maxlength=max`
/// would have kept of it.
pub fn clip(s: &str, max: usize) -> String {
    s.chars().take(max).collect()
}
