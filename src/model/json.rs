//! Model layer: JSON values, read and written. The widgets read data files (question
//! banks, the renewal-risk model) and build result payloads; both need a JSON value,
//! a parser whose errors say where, and a writer. This module is those, in about a
//! tenth of the wasm serde_json took (its generic parser and serializer, the B-tree
//! behind its maps and its float formatter). Objects keep their keys in insertion
//! order, as JavaScript does. Pure Rust.

use std::fmt::{self, Write};
use std::ops::Index;

/// A JSON value. Numbers are doubles, as in JavaScript.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Value {
    #[default]
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Value>),
    Object(Map),
}

/// A JSON object's members in insertion order; inserting a key again replaces its value.
/// A parsed object keeps a repeated key as written (checking each key against all the
/// others would make a hostile file of many keys quadratic to read); lookups see the
/// last, as `JSON.parse` does.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Map(Vec<(String, Value)>);

impl Map {
    pub fn new() -> Map {
        Map(Vec::new())
    }

    /// Sets `key` to `value`, in place if the key is there, else at the end.
    pub fn insert(&mut self, key: String, value: Value) {
        match self.0.iter_mut().find(|(k, _)| *k == key) {
            Some((_, v)) => *v = value,
            None => self.0.push((key, value)),
        }
    }

    pub fn get(&self, key: &str) -> Option<&Value> {
        self.0.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(k, _)| k)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&String, &Value)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl IntoIterator for Map {
    type Item = (String, Value);
    type IntoIter = std::vec::IntoIter<(String, Value)>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl Extend<(String, Value)> for Map {
    fn extend<I: IntoIterator<Item = (String, Value)>>(&mut self, pairs: I) {
        for (key, value) in pairs {
            self.insert(key, value);
        }
    }
}

impl FromIterator<(String, Value)> for Map {
    fn from_iter<I: IntoIterator<Item = (String, Value)>>(pairs: I) -> Map {
        let mut map = Map::new();
        map.extend(pairs);
        map
    }
}

impl Value {
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Number(x) => Some(*x),
            _ => None,
        }
    }

    /// A whole number from 0 up (exactly representable: below 2^53).
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(x) if *x >= 0.0 && x.fract() == 0.0 && *x < 9_007_199_254_740_992.0 => Some(*x as u64),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&Vec<Value>> {
        match self {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_object(&self) -> Option<&Map> {
        match self {
            Value::Object(map) => Some(map),
            _ => None,
        }
    }

    /// The member `key` of an object; `None` for other values.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.as_object().and_then(|m| m.get(key))
    }

    /// Sets the member `key` of an object (does nothing to other values).
    pub fn insert(&mut self, key: &str, value: Value) {
        if let Value::Object(map) = self {
            map.insert(key.to_string(), value);
        }
    }

    /// Indented JSON text (two spaces), for files people read.
    pub fn to_string_pretty(&self) -> String {
        let mut out = String::new();
        write_value(&mut out, self, Some(0));
        out
    }
}

static NULL: Value = Value::Null;

/// `value["key"]`: the member, or `null` when absent or not an object.
impl Index<&str> for Value {
    type Output = Value;
    fn index(&self, key: &str) -> &Value {
        self.get(key).unwrap_or(&NULL)
    }
}

/// `value[i]`: the item, or `null` when absent or not an array.
impl Index<usize> for Value {
    type Output = Value;
    fn index(&self, i: usize) -> &Value {
        self.as_array().and_then(|items| items.get(i)).unwrap_or(&NULL)
    }
}

impl PartialEq<str> for Value {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == Some(other)
    }
}

impl PartialEq<&str> for Value {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == Some(*other)
    }
}

impl PartialEq<f64> for Value {
    fn eq(&self, other: &f64) -> bool {
        self.as_f64() == Some(*other)
    }
}

macro_rules! number_eq {
    ($($t:ty),*) => {$(
        impl PartialEq<$t> for Value {
            fn eq(&self, other: &$t) -> bool {
                self.as_f64() == Some(*other as f64)
            }
        }
    )*};
}
number_eq!(i32, i64, u32, u64, usize);

impl PartialEq<bool> for Value {
    fn eq(&self, other: &bool) -> bool {
        self.as_bool() == Some(*other)
    }
}

/// What `json!` turns a Rust value into: by reference, like serde_json's `json!`,
/// so building a payload never moves out of the state it describes.
pub trait ToJson {
    fn to_json(&self) -> Value;
}

macro_rules! number_to_json {
    ($($t:ty),*) => {$(
        impl ToJson for $t {
            fn to_json(&self) -> Value {
                Value::Number(*self as f64)
            }
        }
    )*};
}
number_to_json!(f64, f32, i32, i64, u8, u16, u32, u64, usize);

impl ToJson for bool {
    fn to_json(&self) -> Value {
        Value::Bool(*self)
    }
}

impl ToJson for str {
    fn to_json(&self) -> Value {
        Value::String(self.to_string())
    }
}

impl ToJson for String {
    fn to_json(&self) -> Value {
        Value::String(self.clone())
    }
}

impl ToJson for Value {
    fn to_json(&self) -> Value {
        self.clone()
    }
}

impl<T: ToJson + ?Sized> ToJson for &T {
    fn to_json(&self) -> Value {
        (**self).to_json()
    }
}

impl<T: ToJson> ToJson for Option<T> {
    fn to_json(&self) -> Value {
        self.as_ref().map_or(Value::Null, ToJson::to_json)
    }
}

impl<T: ToJson> ToJson for [T] {
    fn to_json(&self) -> Value {
        Value::Array(self.iter().map(ToJson::to_json).collect())
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn to_json(&self) -> Value {
        self.as_slice().to_json()
    }
}

impl FromIterator<Value> for Value {
    fn from_iter<I: IntoIterator<Item = Value>>(items: I) -> Value {
        Value::Array(items.into_iter().collect())
    }
}

/// Compact JSON text.
impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = String::new();
        write_value(&mut out, self, None);
        f.write_str(&out)
    }
}

/// Writes `v`; `indent` is the current depth when pretty-printing, `None` for compact.
fn write_value(out: &mut String, v: &Value, indent: Option<usize>) {
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        out.extend(std::iter::repeat_n("  ", depth));
    };
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(x) => write_number(out, *x),
        Value::String(s) => write_string(out, s),
        Value::Array(items) if items.is_empty() => out.push_str("[]"),
        Value::Object(map) if map.is_empty() => out.push_str("{}"),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                if let Some(depth) = indent {
                    newline(out, depth + 1);
                }
                write_value(out, item, indent.map(|d| d + 1));
            }
            if let Some(depth) = indent {
                newline(out, depth);
            }
            out.push(']');
        }
        Value::Object(map) => {
            out.push('{');
            for (i, (key, item)) in map.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                if let Some(depth) = indent {
                    newline(out, depth + 1);
                }
                write_string(out, key);
                out.push_str(if indent.is_some() { ": " } else { ":" });
                write_value(out, item, indent.map(|d| d + 1));
            }
            if let Some(depth) = indent {
                newline(out, depth);
            }
            out.push('}');
        }
    }
}

/// Whole numbers without a fraction (as JavaScript writes them); JSON has no NaN or
/// infinity, so those are `null`.
fn write_number(out: &mut String, x: f64) {
    if !x.is_finite() {
        out.push_str("null");
    } else if x.fract() == 0.0 && x.abs() < 1e15 {
        let _ = write!(out, "{}", x as i64);
    } else {
        out.push_str(&super::decimal::shortest(x));
    }
}

fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Why a text is not JSON, and where: the 1-based line, and the 1-based byte column
/// of the offending byte on it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub message: &'static str,
    pub line: usize,
    pub column: usize,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at line {} column {}", self.message, self.line, self.column)
    }
}

/// Deepest nesting a document may have, so a hostile file cannot exhaust the stack.
const MAX_DEPTH: usize = 128;

/// Parses a whole JSON text (RFC 8259); surrounding whitespace is allowed.
pub fn parse(text: &str) -> Result<Value, ParseError> {
    let mut p = Parser { bytes: text.as_bytes(), at: 0, depth: 0 };
    let value = p.value()?;
    p.skip_space();
    if p.at < p.bytes.len() {
        return Err(p.error("trailing characters"));
    }
    Ok(value)
}

struct Parser<'a> {
    bytes: &'a [u8],
    at: usize,
    depth: usize,
}

impl Parser<'_> {
    fn error(&self, message: &'static str) -> ParseError {
        let upto = &self.bytes[..self.at.min(self.bytes.len())];
        let line = 1 + upto.iter().filter(|b| **b == b'\n').count();
        let line_start = upto.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
        // In bytes, as json_path::path_at counts them.
        let column = upto.len() - line_start + 1;
        ParseError { message, line, column }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn value(&mut self) -> Result<Value, ParseError> {
        self.skip_space();
        match self.peek() {
            None => Err(self.error("EOF while parsing a value")),
            Some(b'{') => self.nested(|p| p.object().map(Value::Object)),
            Some(b'[') => self.nested(|p| p.array().map(Value::Array)),
            Some(b'"') => self.string().map(Value::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => {
                for (word, value) in [("true", Value::Bool(true)), ("false", Value::Bool(false)), ("null", Value::Null)]
                {
                    if self.bytes[self.at..].starts_with(word.as_bytes()) {
                        self.at += word.len();
                        return Ok(value);
                    }
                }
                Err(self.error("expected value"))
            }
        }
    }

    fn nested(&mut self, read: impl FnOnce(&mut Self) -> Result<Value, ParseError>) -> Result<Value, ParseError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.error("recursion limit exceeded"));
        }
        self.at += 1; // the opening bracket
        let value = read(self);
        self.depth -= 1;
        value
    }

    fn array(&mut self) -> Result<Vec<Value>, ParseError> {
        let mut items = Vec::new();
        self.skip_space();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(items);
        }
        loop {
            items.push(self.value()?);
            if self.after_item(b']', "EOF while parsing a list", "expected `,` or `]`")? {
                return Ok(items);
            }
        }
    }

    /// After an item of an array or object closed by `close`: `true` at the close
    /// (consumed), `false` after a comma with another item to come.
    fn after_item(&mut self, close: u8, eof: &'static str, expected: &'static str) -> Result<bool, ParseError> {
        self.skip_space();
        match self.peek() {
            Some(b',') => {
                self.at += 1;
                self.skip_space();
                if self.peek() == Some(close) {
                    return Err(self.error("trailing comma"));
                }
                Ok(false)
            }
            Some(b) if b == close => {
                self.at += 1;
                Ok(true)
            }
            None => Err(self.error(eof)),
            Some(_) => Err(self.error(expected)),
        }
    }

    fn object(&mut self) -> Result<Map, ParseError> {
        let mut map = Map::new();
        // Pushed, not inserted: see `Map`.
        self.skip_space();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(map);
        }
        loop {
            self.skip_space();
            match self.peek() {
                Some(b'"') => {}
                None => return Err(self.error("EOF while parsing an object")),
                Some(_) => return Err(self.error("key must be a string")),
            }
            let key = self.string()?;
            self.skip_space();
            match self.peek() {
                Some(b':') => self.at += 1,
                None => return Err(self.error("EOF while parsing an object")),
                Some(_) => return Err(self.error("expected `:`")),
            }
            let value = self.value()?;
            map.0.push((key, value));
            if self.after_item(b'}', "EOF while parsing an object", "expected `,` or `}`")? {
                return Ok(map);
            }
        }
    }

    fn string(&mut self) -> Result<String, ParseError> {
        self.at += 1; // the opening quote
        let mut out = String::new();
        loop {
            let start = self.at;
            while matches!(self.peek(), Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.at += 1;
            }
            // The text came in as a &str and the run stops only at ASCII bytes, so
            // it is whole UTF-8.
            out.push_str(std::str::from_utf8(&self.bytes[start..self.at]).unwrap_or_default());
            match self.peek() {
                None => return Err(self.error("EOF while parsing a string")),
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let escaped = match self.peek() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => self.unicode_escape()?,
                        None => return Err(self.error("EOF while parsing a string")),
                        Some(_) => return Err(self.error("invalid escape")),
                    };
                    self.at += 1;
                    out.push(escaped);
                }
                Some(_) => return Err(self.error("control character (\\u0000-\\u001F) found while parsing a string")),
            }
        }
    }

    /// After `\u`: four hex digits, or a surrogate pair of two escapes. Leaves `at`
    /// on the last digit.
    fn unicode_escape(&mut self) -> Result<char, ParseError> {
        let first = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&first) {
            if !self.bytes[self.at + 1..].starts_with(b"\\u") {
                return Err(self.error("lone leading surrogate in hex escape"));
            }
            self.at += 2;
            let second = self.hex4()?;
            if !(0xDC00..0xE000).contains(&second) {
                return Err(self.error("lone leading surrogate in hex escape"));
            }
            0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        } else {
            first
        };
        char::from_u32(code).ok_or_else(|| self.error("invalid unicode code point"))
    }

    /// The four hex digits after the `u` at `at`; leaves `at` on the last one.
    fn hex4(&mut self) -> Result<u32, ParseError> {
        let mut code = 0;
        for _ in 0..4 {
            self.at += 1;
            let digit = self.peek().and_then(|b| (b as char).to_digit(16));
            code = code * 16 + digit.ok_or_else(|| self.error("invalid escape"))?;
        }
        Ok(code)
    }

    fn number(&mut self) -> Result<Value, ParseError> {
        let start = self.at;
        let digits = |p: &mut Self| {
            let from = p.at;
            while matches!(p.peek(), Some(b'0'..=b'9')) {
                p.at += 1;
            }
            p.at > from
        };
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        if self.peek() == Some(b'0') {
            self.at += 1;
        } else if !digits(self) {
            return Err(self.error("invalid number"));
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            if !digits(self) {
                return Err(self.error("invalid number"));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if !digits(self) {
                return Err(self.error("invalid number"));
            }
        }
        let text = std::str::from_utf8(&self.bytes[start..self.at]).unwrap_or_default();
        match super::decimal::parse(text) {
            Some(x) if x.is_finite() => Ok(Value::Number(x)),
            _ => Err(self.error("number out of range")),
        }
    }
}

/// Builds a [`Value`] from JSON-like syntax: `json!({ "a": 1, "b": [x, null] })`.
/// Values that are not `null`, `[...]` or `{...}` are Rust expressions converted by
/// reference with [`ToJson`]. Keys are string literals.
#[macro_export]
macro_rules! json {
    (null) => { $crate::model::json::Value::Null };
    ([ $($items:tt)* ]) => { $crate::model::json::Value::Array($crate::json_internal!(@array [] $($items)*)) };
    ({ $($members:tt)* }) => {{
        #[allow(unused_mut)]
        let mut map = $crate::model::json::Map::new();
        $crate::json_internal!(@object map $($members)*);
        $crate::model::json::Value::Object(map)
    }};
    ($other:expr) => { $crate::model::json::ToJson::to_json(&$other) };
}

#[macro_export]
#[doc(hidden)]
macro_rules! json_internal {
    (@array [$($done:expr,)*]) => { vec![$($done,)*] };
    (@array [$($done:expr,)*] null $(, $($rest:tt)*)?) => {
        $crate::json_internal!(@array [$($done,)* $crate::json!(null),] $($($rest)*)?)
    };
    (@array [$($done:expr,)*] [$($inner:tt)*] $(, $($rest:tt)*)?) => {
        $crate::json_internal!(@array [$($done,)* $crate::json!([$($inner)*]),] $($($rest)*)?)
    };
    (@array [$($done:expr,)*] {$($inner:tt)*} $(, $($rest:tt)*)?) => {
        $crate::json_internal!(@array [$($done,)* $crate::json!({$($inner)*}),] $($($rest)*)?)
    };
    (@array [$($done:expr,)*] $item:expr $(, $($rest:tt)*)?) => {
        $crate::json_internal!(@array [$($done,)* $crate::json!($item),] $($($rest)*)?)
    };
    (@object $map:ident) => {};
    (@object $map:ident $key:literal : null $(, $($rest:tt)*)?) => {
        $map.insert($key.into(), $crate::json!(null));
        $crate::json_internal!(@object $map $($($rest)*)?);
    };
    (@object $map:ident $key:literal : [$($inner:tt)*] $(, $($rest:tt)*)?) => {
        $map.insert($key.into(), $crate::json!([$($inner)*]));
        $crate::json_internal!(@object $map $($($rest)*)?);
    };
    (@object $map:ident $key:literal : {$($inner:tt)*} $(, $($rest:tt)*)?) => {
        $map.insert($key.into(), $crate::json!({$($inner)*}));
        $crate::json_internal!(@object $map $($($rest)*)?);
    };
    (@object $map:ident $key:literal : $value:expr $(, $($rest:tt)*)?) => {
        $map.insert($key.into(), $crate::json!($value));
        $crate::json_internal!(@object $map $($($rest)*)?);
    };
}
