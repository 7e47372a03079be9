//! Browser layer: handing JSON values to JavaScript as objects. Built with the
//! engine's own objects and `JSON.stringify` rather than serde_json's writer, whose
//! float formatter alone adds about 10 KB of tables to every bundle.

use js_sys::{Array, Object, Reflect};
use serde_json::Value;
use wasm_bindgen::JsValue;

/// `value` as the plain JavaScript value `JSON.parse` would give for it.
pub fn to_js(value: &Value) -> JsValue {
    match value {
        Value::Null => JsValue::NULL,
        Value::Bool(b) => JsValue::from_bool(*b),
        Value::Number(n) => n.as_f64().map_or(JsValue::NULL, JsValue::from_f64),
        Value::String(s) => JsValue::from_str(s),
        Value::Array(items) => items.iter().map(to_js).collect::<Array>().into(),
        Value::Object(map) => {
            let object = Object::new();
            for (key, item) in map {
                let _ = Reflect::set(&object, &JsValue::from_str(key), &to_js(item));
            }
            object.into()
        }
    }
}

/// `value` as indented JSON text (for the "download JSON" export).
pub fn to_pretty_string(value: &Value) -> String {
    js_sys::JSON::stringify_with_replacer_and_space(&to_js(value), &JsValue::NULL, &JsValue::from_f64(2.0))
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}
