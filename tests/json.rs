//! The bundle's own JSON reader and writer (model::json), checked against serde_json
//! as the reference: the same texts accepted, the same values read, and what it
//! writes reads back as the same value.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use secworth::json;
use secworth::model::json::{parse, Map, Value};

/// serde_json's reading of a text, in this module's terms.
fn from_serde(v: &serde_json::Value) -> Value {
    match v {
        serde_json::Value::Null => Value::Null,
        serde_json::Value::Bool(b) => Value::Bool(*b),
        serde_json::Value::Number(n) => Value::Number(n.as_f64().unwrap()),
        serde_json::Value::String(s) => Value::String(s.clone()),
        serde_json::Value::Array(a) => Value::Array(a.iter().map(from_serde).collect()),
        serde_json::Value::Object(m) => Value::Object(m.iter().map(|(k, v)| (k.clone(), from_serde(v))).collect()),
    }
}

/// The same value as serde_json holds it: object members in key order, a repeated key
/// once with its last value.
fn sorted(v: &Value) -> Value {
    match v {
        Value::Array(a) => Value::Array(a.iter().map(sorted).collect()),
        Value::Object(m) => {
            let mut members: Vec<(String, Value)> = Vec::new();
            for (k, v) in m.iter() {
                members.retain(|(seen, _)| seen != k);
                members.push((k.clone(), sorted(v)));
            }
            members.sort_by(|a, b| a.0.cmp(&b.0));
            Value::Object(members.into_iter().collect())
        }
        other => other.clone(),
    }
}

fn any_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        prop::num::f64::NORMAL.prop_map(Value::Number),
        (-1_000_000i64..1_000_000).prop_map(|n| Value::Number(n as f64)),
        ".{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 40, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec(("[a-z\"\\\\é]{0,6}", inner), 0..6)
                .prop_map(|members| Value::Object(members.into_iter().collect::<Map>())),
        ]
    })
}

proptest! {
    /// What it writes, compact or indented, it reads back as the same value.
    #[test]
    fn writes_what_it_reads_back(v in any_value()) {
        prop_assert_eq!(parse(&v.to_string()), Ok(v.clone()));
        prop_assert_eq!(parse(&v.to_string_pretty()), Ok(v));
    }

    /// serde_json reads what it writes as the same value too.
    #[test]
    fn serde_json_reads_what_it_writes(v in any_value()) {
        let theirs: serde_json::Value = serde_json::from_str(&v.to_string()).unwrap();
        prop_assert_eq!(from_serde(&theirs), sorted(&v));
    }

    /// Over texts made of JSON's characters, it accepts exactly what serde_json
    /// accepts, and reads the same value.
    #[test]
    fn accepts_what_serde_json_accepts(s in r#"[\[\]{}",:0-9.eE+\- \ntrufalsn\\/u]{0,16}"#) {
        let ours = parse(&s);
        let theirs = serde_json::from_str::<serde_json::Value>(&s);
        prop_assert_eq!(ours.is_ok(), theirs.is_ok(), "{:?}: {:?} vs {:?}", s, ours, theirs.as_ref().err());
        if let (Ok(a), Ok(b)) = (ours, theirs) {
            prop_assert_eq!(sorted(&a), from_serde(&b));
        }
    }
}

#[test]
fn reads_every_kind_of_value_and_escape() {
    let v =
        parse(r#" { "a": [1, -2.5e3, 0.1, true, false, null], "s": "q\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00", "e": {} } "#)
            .unwrap();
    assert_eq!(v["a"], json!([1, -2500.0, 0.1, true, false, null]));
    assert_eq!(v["s"], "q\"\\/\u{8}\u{c}\n\r\té😀");
    assert_eq!(v["e"], json!({}));
    assert_eq!(v["missing"], Value::Null);
    assert_eq!(v["a"][9], Value::Null);
}

#[test]
fn says_what_is_wrong_and_where() {
    let cases = [
        ("{\n  \"a\": tru\n}", "expected value at line 2 column 8"),
        ("{\"a\": 1", "EOF while parsing an object at line 1 column 8"),
        ("[1, 2", "EOF while parsing a list at line 1 column 6"),
        ("[1, 2,]", "trailing comma at line 1 column 7"),
        ("{\"a\" 1}", "expected `:` at line 1 column 6"),
        ("{a: 1}", "key must be a string at line 1 column 2"),
        ("\"tab\there\"", "control character (\\u0000-\\u001F) found while parsing a string at line 1 column 5"),
        ("\"\\x\"", "invalid escape at line 1 column 3"),
        ("\"\\ud83d\"", "lone leading surrogate in hex escape at line 1 column 7"),
        ("01", "trailing characters at line 1 column 2"),
        ("1e999", "number out of range at line 1 column 6"),
        ("", "EOF while parsing a value at line 1 column 1"),
    ];
    for (text, message) in cases {
        assert_eq!(parse(text).unwrap_err().to_string(), message, "{text:?}");
    }
}

#[test]
fn refuses_nesting_deeper_than_128_without_overflowing_the_stack() {
    let deep = |n: usize| "[".repeat(n) + &"]".repeat(n);
    assert!(parse(&deep(128)).is_ok());
    assert_eq!(parse(&deep(129)).unwrap_err().message, "recursion limit exceeded");
    assert!(parse(&deep(100_000)).is_err());
}

#[test]
fn builds_objects_in_order_and_a_repeated_key_replaces_its_value() {
    let name = String::from("Acme");
    let missing: Option<u32> = None;
    let mut v = json!({ "b": 1, "a": [name, { "x": missing }], "c": Some(2.5), "list": vec![1u8, 2] });
    v.insert("b", json!("again"));
    assert_eq!(v.to_string(), r#"{"b":"again","a":["Acme",{"x":null}],"c":2.5,"list":[1,2]}"#);
    assert_eq!(name, "Acme", "json! takes values by reference");
}

#[test]
fn writes_json_that_javascript_reads_the_same() {
    let v = json!({ "n": [3.0, -0.5, 1e21, f64::NAN], "s": "a\"b\u{1}" });
    assert_eq!(v.to_string(), r#"{"n":[3,-0.5,1000000000000000000000,null],"s":"a\"b\u0001"}"#);
    assert_eq!(json!({ "a": [1], "e": [] }).to_string_pretty(), "{\n  \"a\": [\n    1\n  ],\n  \"e\": []\n}");
}

#[test]
fn a_repeated_key_reads_as_its_last_value_like_json_parse() {
    let v = parse(r#"{"a": 1, "b": 2, "a": 3}"#).unwrap();
    assert_eq!((v["a"].as_f64(), v["b"].as_f64()), (Some(3.0), Some(2.0)));
}
