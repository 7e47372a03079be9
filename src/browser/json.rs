//! Browser layer: handing JSON values to JavaScript as plain objects (event details,
//! messages to a parent frame), built with the engine's own objects rather than as
//! text to parse again.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::model::json::Value;

/// `value` as the plain JavaScript value `JSON.parse` would give for it.
pub fn to_js(value: &Value) -> JsValue {
    match value {
        Value::Null => JsValue::NULL,
        Value::Bool(b) => JsValue::from_bool(*b),
        Value::Number(x) if x.is_finite() => JsValue::from_f64(*x),
        Value::Number(_) => JsValue::NULL,
        Value::String(s) => JsValue::from_str(s),
        Value::Array(items) => items.iter().map(to_js).collect::<Array>().into(),
        Value::Object(map) => {
            let object = Object::new();
            for (key, item) in map.iter() {
                let _ = Reflect::set(&object, &JsValue::from_str(key), &to_js(item));
            }
            object.into()
        }
    }
}
