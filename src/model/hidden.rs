//! Model layer: hidden fields, the embedder's context for a lead form (a campaign, the
//! host page's `utm_*`) that travels in a widget's result payload. Given by host
//! attributes (`data-hidden-<name>`), or in a link as `hidden-<name>=` parameters (the
//! iframe form, and share links whose embedder asked for them with `share-hidden`).

use crate::model::query;

/// The most fields a result carries, and the longest name and value.
pub const MAX_FIELDS: usize = 20;
pub const MAX_NAME: usize = 40;
pub const MAX_VALUE: usize = 200;

/// The prefix of a hidden field's attribute (after `data-`) or link parameter.
pub const PREFIX: &str = "hidden-";

/// Keeps the candidates a lead form can take: names of 1 to 40 of `[A-Za-z0-9_-]`,
/// the first of a name, at most 20, values cut to 200 characters.
pub fn collect(candidates: impl IntoIterator<Item = (String, String)>) -> Vec<(String, String)> {
    let mut fields: Vec<(String, String)> = Vec::new();
    for (name, value) in candidates {
        let well_formed = !name.is_empty()
            && name.len() <= MAX_NAME
            && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
        if well_formed && fields.len() < MAX_FIELDS && !fields.iter().any(|(n, _)| *n == name) {
            fields.push((name, crate::model::chars::truncate(&value, MAX_VALUE)));
        }
    }
    fields
}

/// A link's hidden fields: its `hidden-<name>` parameters and, if it has `pass-utm`,
/// its own `utm_*` ones.
pub fn from_link(pairs: &[(String, String)]) -> Vec<(String, String)> {
    let pass_utm = pairs.iter().any(|(k, _)| k == "pass-utm");
    let named = pairs.iter().filter_map(|(k, v)| Some((k.strip_prefix(PREFIX)?.to_string(), v.clone())));
    let utm = pairs.iter().filter(|(k, _)| pass_utm && k.starts_with("utm_")).cloned();
    collect(named.chain(utm))
}

/// The share-link parameters that carry `fields` (`&hidden-<name>=<value>...`), or
/// nothing: appended to a share query, `from_link` reads them back.
pub fn to_query(fields: &[(String, String)]) -> String {
    fields.iter().map(|(k, v)| format!("&{}={}", query::encode(&format!("{PREFIX}{k}")), query::encode(v))).collect()
}
