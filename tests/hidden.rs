//! Hidden fields: what a lead form receives from host attributes and links, and the
//! share-link parameters that carry them when the embedder asks.

use proptest::prelude::*;
use secworth::model::hidden::{collect, from_link, to_query, MAX_FIELDS, MAX_VALUE};
use secworth::model::query;

fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
    items.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

#[test]
fn only_well_formed_names_the_first_of_each_and_at_most_twenty() {
    let mut candidates =
        pairs(&[("campaign", "spring"), ("campaign", "later"), ("bad name", "x"), ("", "x"), ("é", "x")]);
    candidates.push(("n".repeat(41), "too long a name".into()));
    candidates.extend((0..30).map(|i| (format!("f{i}"), i.to_string())));
    let fields = collect(candidates);
    assert_eq!(fields.len(), MAX_FIELDS);
    assert_eq!(fields[0], ("campaign".into(), "spring".into()), "the first of a name wins");
    assert!(fields.iter().all(|(n, _)| n == "campaign" || n.starts_with('f')), "{fields:?}");
}

#[test]
fn values_are_cut_to_two_hundred_characters() {
    let fields = collect(pairs(&[("note", &"字".repeat(500))]));
    assert_eq!(fields[0].1.chars().count(), MAX_VALUE);
}

#[test]
fn a_link_gives_its_hidden_parameters_and_its_utm_only_when_asked() {
    let link = query::parse("w=flywheel&hidden-campaign=spring%20sale&utm_source=news&nps=30");
    assert_eq!(from_link(&link), pairs(&[("campaign", "spring sale")]));
    let link = query::parse("w=flywheel&hidden-campaign=spring&utm_source=news&pass-utm");
    assert_eq!(from_link(&link), pairs(&[("campaign", "spring"), ("utm_source", "news")]));
}

#[test]
fn nothing_to_carry_adds_nothing_to_a_share_link() {
    assert_eq!(to_query(&[]), "");
}

proptest! {
    /// Whatever the values (spaces, `&`, `=`, `#`, Chinese), the share link's parameters
    /// give back exactly the fields they were made from.
    #[test]
    fn share_link_parameters_read_back_as_the_same_fields(
        fields in prop::collection::vec(("[A-Za-z0-9_-]{1,40}", "\\PC{0,200}"), 0..20),
    ) {
        let fields = collect(fields);
        let link = format!("w=breach-cost{}", to_query(&fields));
        prop_assert_eq!(from_link(&query::parse(&link)), fields);
    }
}
