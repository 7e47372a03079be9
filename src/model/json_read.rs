//! Model layer: typed reading of a parsed JSON value, with errors that name the
//! field's path (`questions[2].options[1].points`). Banks are read through this
//! instead of serde's derived deserializers: the same checks and clearer paths, for a
//! fraction of the wasm (each derived type instantiated a whole generic reader).

use std::fmt;

use super::json::{self, Map, Value};

/// What is wrong, and where: the field's path (`questions[3].options[1].points`; empty
/// for the top level) and what is wrong with it. Data files (question banks, the
/// renewal-risk model) are refused with one of these.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadError {
    pub path: String,
    pub message: String,
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

impl std::error::Error for ReadError {}

pub type Read<T> = Result<T, ReadError>;

/// The error `message` at `path`.
pub fn error(path: impl Into<String>, message: impl Into<String>) -> ReadError {
    ReadError { path: path.into(), message: message.into() }
}

/// Parses a data file's JSON text; a syntax error names the field it broke in, or
/// `top` (`(bank)`) when it broke outside any.
pub fn document(json: &str, top: &str) -> Read<Value> {
    json::parse(json).map_err(|e| {
        let path = super::json_path::path_at(json, e.line, e.column);
        error(if path.is_empty() { top.to_string() } else { path }, e.to_string())
    })
}

/// An identifier: 1 to 64 characters of `a-z`, `0-9` and `-`.
pub fn check_id(path: &str, id: &str) -> Read<()> {
    let ok = !id.is_empty()
        && id.len() <= 64
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if ok {
        Ok(())
    } else {
        Err(error(path, "must be 1 to 64 characters of a-z, 0-9 and -"))
    }
}

/// Checks each id of the list `what` and that none is used twice, also among those
/// already in `seen` (which may hold ids of other lists sharing a namespace). A linear
/// scan: lists here are short, and a hash set would cost its own code in every bundle.
pub fn unique_ids<'a>(what: &str, ids: impl Iterator<Item = &'a str>, seen: &mut Vec<&'a str>) -> Read<()> {
    for (i, id) in ids.enumerate() {
        let path = format!("{what}[{i}].id");
        check_id(&path, id)?;
        if seen.contains(&id) {
            return fail(&path, format!("\"{id}\" is used twice"));
        }
        seen.push(id);
    }
    Ok(())
}

fn fail<T>(path: &str, message: String) -> Read<T> {
    Err(ReadError { path: path.to_string(), message })
}

/// The JSON type of `v` as a message names it: `string "three"`, `a number`.
fn kind(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("boolean `{b}`"),
        Value::Number(n) => format!("number `{}`", super::decimal::shortest(*n)),
        Value::String(s) => format!("string \"{}\"", s.chars().take(40).collect::<String>()),
        Value::Array(_) => "an array".into(),
        Value::Object(_) => "an object".into(),
    }
}

fn invalid<T>(path: &str, v: &Value, expected: &str) -> Read<T> {
    fail(path, format!("invalid type: {}, expected {expected}", kind(v)))
}

/// `path` followed by `.key` (or just `key` at the top).
pub fn field_path(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// A JSON object being read at `path`, whose keys must all be among `fields`.
pub struct Object<'a> {
    map: &'a Map,
    pub path: String,
}

impl<'a> Object<'a> {
    pub fn new(v: &'a Value, path: &str, fields: &[&str]) -> Read<Object<'a>> {
        let Value::Object(map) = v else { return invalid(path, v, "an object") };
        if let Some(unknown) = map.keys().find(|k| !fields.contains(&k.as_str())) {
            let expected = fields.iter().map(|f| format!("`{f}`")).collect::<Vec<_>>().join(", ");
            return fail(&field_path(path, unknown), format!("unknown field `{unknown}`, expected one of {expected}"));
        }
        Ok(Object { map, path: path.to_string() })
    }

    /// The field's value and path; `None` when absent.
    pub fn optional(&self, key: &str) -> Option<(&'a Value, String)> {
        self.map.get(key).map(|v| (v, field_path(&self.path, key)))
    }

    /// The field's value and path; an error naming this object when absent.
    pub fn required(&self, key: &str) -> Read<(&'a Value, String)> {
        match self.optional(key) {
            Some(found) => Ok(found),
            None => fail(&self.path, format!("missing field `{key}`")),
        }
    }

    pub fn string(&self, key: &str) -> Read<String> {
        let (v, path) = self.required(key)?;
        string(v, &path)
    }

    pub fn number(&self, key: &str) -> Read<f64> {
        let (v, path) = self.required(key)?;
        match v.as_f64() {
            Some(x) => Ok(x),
            None => invalid(&path, v, "a number"),
        }
    }

    pub fn count(&self, key: &str) -> Read<u32> {
        let (v, path) = self.required(key)?;
        match v.as_u64().and_then(|n| u32::try_from(n).ok()) {
            Some(n) => Ok(n),
            None => invalid(&path, v, "a whole number from 0 to 4294967295"),
        }
    }

    /// A required field read by `read`.
    pub fn with<T>(&self, key: &str, read: impl Fn(&'a Value, &str) -> Read<T>) -> Read<T> {
        let (v, path) = self.required(key)?;
        read(v, &path)
    }

    /// A field that may be left out or `null` (then `None`).
    pub fn optional_with<T>(&self, key: &str, read: impl Fn(&'a Value, &str) -> Read<T>) -> Read<Option<T>> {
        match self.optional(key) {
            Some((v, path)) if !v.is_null() => read(v, &path).map(Some),
            _ => Ok(None),
        }
    }

    /// A required array, each item read by `item` at `path[i]`.
    pub fn list<T>(&self, key: &str, item: impl Fn(&'a Value, &str) -> Read<T>) -> Read<Vec<T>> {
        let (v, path) = self.required(key)?;
        list(v, &path, item)
    }

    /// An array that may be left out (then empty).
    pub fn list_or_empty<T>(&self, key: &str, item: impl Fn(&'a Value, &str) -> Read<T>) -> Read<Vec<T>> {
        match self.optional(key) {
            Some((v, path)) => list(v, &path, item),
            None => Ok(Vec::new()),
        }
    }
}

pub fn string(v: &Value, path: &str) -> Read<String> {
    match v.as_str() {
        Some(s) => Ok(s.to_string()),
        None => invalid(path, v, "a string"),
    }
}

pub fn list<'a, T>(v: &'a Value, path: &str, item: impl Fn(&'a Value, &str) -> Read<T>) -> Read<Vec<T>> {
    let Value::Array(items) = v else { return invalid(path, v, "an array") };
    // A loop, not `collect::<Result<Vec<_>, _>>()`: the same, in less wasm per type.
    let mut out = Vec::with_capacity(items.len());
    for (i, x) in items.iter().enumerate() {
        out.push(item(x, &format!("{path}[{i}]"))?);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json;

    #[test]
    fn names_the_path_of_every_fault() {
        let v = json!({"a": {"b": [1, "x"]}, "n": -1});
        let top = Object::new(&v, "", &["a", "n"]).unwrap();
        let (a, path) = top.required("a").unwrap();
        let a = Object::new(a, &path, &["b"]).unwrap();
        let e = a.list("b", |x, p| x.as_f64().ok_or(ReadError { path: p.into(), message: "no".into() })).unwrap_err();
        assert_eq!(e.path, "a.b[1]");
        assert_eq!(top.count("n").unwrap_err().path, "n");
        assert!(top.count("n").unwrap_err().message.starts_with("invalid type: number `-1`"));
        let e = top.string("missing").unwrap_err();
        assert_eq!((e.path.as_str(), e.message.as_str()), ("", "missing field `missing`"));
        let e = Object::new(&v, "", &["a"]).err().unwrap();
        assert_eq!(e.path, "n");
        assert!(e.message.starts_with("unknown field `n`, expected one of `a`"));
        assert_eq!(
            Object::new(&json!([]), "x", &[]).err().unwrap().message,
            "invalid type: an array, expected an object"
        );
        assert!(top.list_or_empty("absent", |_, _| Ok(())).unwrap().is_empty());
    }
}
