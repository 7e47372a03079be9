//! Model layer: the decision table in a share link, one readable parameter per cell
//! group: `c1=Function&w1=0.8&r1=0.5&t1=...&p1=...&v1=Us&s1=7,6,9&reframe=1`, or
//! `preset=edr` for a ready-made table. Reading is total. Pure Rust.

use super::presets::Preset;
use super::state::{Decision, SCORE, WEIGHT};
use super::{Criterion, Table, Vendor, MAX_CRITERIA, MAX_VENDORS};
use crate::model::field::parse_field;
use crate::model::lang::Lang;
use crate::model::note::Note;
use crate::model::query;

fn num(x: f64) -> String {
    crate::model::decimal::shortest(x)
}

/// The share query (without `?`): the table, cell group by cell group.
pub(super) fn write(d: &Decision) -> String {
    let t = &d.table;
    let mut pairs: Vec<(String, String)> =
        vec![("w".into(), "decision-weights".into()), ("lang".into(), d.lang.code().into())];
    for (i, c) in t.criteria.iter().enumerate() {
        let n = i + 1;
        pairs.push((format!("c{n}"), c.name.clone()));
        pairs.push((format!("w{n}"), num(c.weight)));
        // Reframed weights travel even while hidden, so showing them again on the
        // other side gives what the sender set.
        if t.reframe || c.reframed != c.weight {
            pairs.push((format!("r{n}"), num(c.reframed)));
        }
        if !c.strategy.is_empty() {
            pairs.push((format!("t{n}"), c.strategy.clone()));
        }
        if !c.person.is_empty() {
            pairs.push((format!("p{n}"), c.person.clone()));
        }
    }
    for (i, v) in t.vendors.iter().enumerate() {
        let n = i + 1;
        pairs.push((format!("v{n}"), v.name.clone()));
        pairs.push((format!("s{n}"), v.scores.iter().map(|s| num(*s)).collect::<Vec<_>>().join(",")));
    }
    if t.reframe {
        pairs.push(("reframe".into(), "1".into()));
    }
    query::build(pairs.iter().map(|(k, v)| (k.as_str(), v.clone())))
}

impl Decision {
    /// Opens a table from a share link: a preset, or criteria and vendors given one by
    /// one; invalid numbers become 0 with a note, missing ones too.
    pub fn from_query(query_string: &str, default_lang: Lang) -> Decision {
        let pairs = query::parse(query_string);
        let get = |k: &str| pairs.iter().find(|(key, _)| key == k).map(|(_, v)| v.clone());
        let mut notes = Vec::new();
        let lang = query::lang_param(&pairs, default_lang, &mut notes);
        let number = |key: String, text: Option<String>, spec, notes: &mut Vec<Note>| match text {
            None => 0.0,
            Some(text) => parse_field(spec, &text).unwrap_or_else(|reason| {
                notes.push(Note::InvalidField { key, value: text, reason });
                0.0
            }),
        };
        // The rows the link gives that make the table (none with a preset; the vendors
        // are then filled up to two).
        let (mut criteria_read, mut vendors_read) = (0, 0);
        let mut table = if get("c1").is_some() {
            let mut criteria = Vec::new();
            for n in 1..=MAX_CRITERIA {
                let Some(name) = get(&format!("c{n}")) else { break };
                let weight = number(format!("w{n}"), get(&format!("w{n}")), &WEIGHT, &mut notes);
                let reframed = match get(&format!("r{n}")) {
                    Some(text) => number(format!("r{n}"), Some(text), &WEIGHT, &mut notes),
                    None => weight,
                };
                criteria.push(Criterion {
                    name: name.chars().take(super::state::MAX_NAME).collect(),
                    weight,
                    reframed,
                    strategy: get(&format!("t{n}")).unwrap_or_default().chars().take(300).collect(),
                    person: get(&format!("p{n}")).unwrap_or_default().chars().take(super::state::MAX_NAME).collect(),
                });
            }
            let mut vendors = Vec::new();
            for n in 1..=MAX_VENDORS {
                let Some(name) = get(&format!("v{n}")) else { break };
                let text = get(&format!("s{n}")).unwrap_or_default();
                let mut parts = text.split(',');
                let scores = (0..criteria.len())
                    .map(|_| {
                        number(
                            format!("s{n}"),
                            parts.next().map(str::to_string).filter(|s| !s.trim().is_empty()),
                            &SCORE,
                            &mut notes,
                        )
                    })
                    .collect();
                vendors.push(Vendor { name: name.chars().take(super::state::MAX_NAME).collect(), scores });
            }
            (criteria_read, vendors_read) = (criteria.len(), vendors.len());
            while vendors.len() < 2 {
                let n = vendors.len() + 1;
                vendors.push(Vendor { name: format!("Vendor {n}"), scores: vec![5.0; criteria.len()] });
            }
            let reframe = match get("reframe").as_deref() {
                None | Some("0" | "false") => false,
                Some("1" | "true") => true,
                Some(other) => {
                    notes.push(Note::UnknownChoice { key: "reframe".into(), value: other.into() });
                    false
                }
            };
            Table { criteria, vendors, reframe }
        } else {
            let preset = match get("preset") {
                Some(p) => Preset::parse(&p).unwrap_or_else(|| {
                    notes.push(Note::UnknownPreset(p));
                    Preset::SupplyChain
                }),
                None => Preset::SupplyChain,
            };
            preset.table(lang)
        };
        notes.extend(ignored_rows(&pairs, criteria_read, vendors_read));
        table.vendors.iter_mut().for_each(|v| v.scores.resize(table.criteria.len(), 0.0));
        notes.extend(query::duplicate_keys(&pairs).into_iter().map(Note::DuplicateParam));
        let mut d = Decision::new(table, lang);
        d.notes = notes;
        d
    }
}

/// One note per numbered row the link gives but the table could not take: criteria
/// (`c`, `w`, `r`, `t`, `p`) past the `criteria` read, vendors (`v`, `s`) past the
/// `vendors` read: after a gap in the numbering, past the most rows, or, with a preset,
/// every one.
fn ignored_rows(pairs: &[(String, String)], criteria: usize, vendors: usize) -> Vec<Note> {
    let mut notes: Vec<Note> = Vec::new();
    let mut seen: Vec<(bool, usize)> = Vec::new();
    for (key, _) in pairs {
        let mut chars = key.chars();
        let (vendor, read, max) = match chars.next() {
            Some('c' | 'w' | 'r' | 't' | 'p') => (false, criteria, MAX_CRITERIA),
            Some('v' | 's') => (true, vendors, MAX_VENDORS),
            _ => continue,
        };
        let digits = chars.as_str();
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        // Too many digits for a usize is past any table too.
        let n = digits.parse::<usize>().unwrap_or(usize::MAX);
        if (n == 0 || n > read) && !seen.contains(&(vendor, n)) {
            seen.push((vendor, n));
            notes.push(Note::IgnoredRow { key: key.clone(), max });
        }
    }
    notes
}
