//! Model layer: building result JSON.

use serde_json::{Map, Value};

/// A JSON object of `pairs`, inserted one by one. Collecting into a `Map` (a
/// `BTreeMap`) sorts the pairs first, and each call site compiled its own copy of the
/// standard library's sort (~3.5 KB of wasm each).
pub fn object(pairs: Vec<(String, Value)>) -> Value {
    let mut map = Map::new();
    for (key, value) in pairs {
        map.insert(key, value);
    }
    Value::Object(map)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn builds_the_object_the_pairs_describe() {
        let v = object(vec![("b".into(), json!(2)), ("a".into(), json!(1)), ("b".into(), json!(3))]);
        assert_eq!(v, json!({"a": 1, "b": 3}));
    }
}
