//! Browser layer: numbers and money formatted by the browser's `Intl`, in the
//! widget's language (no hand-written grouping or currency rules).

use js_sys::{Array, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::model::lang::Lang;

fn locale(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "zh-CN",
        Lang::En => "en-US",
    }
}

thread_local! {
    /// Formatters by language and options: building an `Intl.NumberFormat` costs far
    /// more than using one, and a result view formats dozens of numbers per redraw.
    static FORMATTERS: std::cell::RefCell<Vec<(String, js_sys::Function)>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn format_with(value: f64, lang: Lang, options: &[(&str, JsValue)]) -> Option<String> {
    let key = format!("{}|{:?}", locale(lang), options.iter().map(|(k, v)| (k, v.as_string(), v.as_f64())).collect::<Vec<_>>());
    let cached = FORMATTERS.with(|f| f.borrow().iter().find(|(k, _)| *k == key).map(|(_, f)| f.clone()));
    let format = match cached {
        Some(f) => f,
        None => {
            let opts = Object::new();
            for (k, v) in options {
                Reflect::set(&opts, &JsValue::from_str(k), v).ok()?;
            }
            let f = Intl::NumberFormat::new(&Array::of1(&JsValue::from_str(locale(lang))), &opts).format();
            FORMATTERS.with(|all| all.borrow_mut().push((key, f.clone())));
            f
        }
    };
    format.call1(&JsValue::NULL, &JsValue::from_f64(value)).ok()?.as_string()
}

/// `amount` in `currency` (ISO code), whole units: `$1,234,567`, `¥1,234,567`.
pub fn money(amount: f64, currency: &str, lang: Lang) -> String {
    format_with(
        amount,
        lang,
        &[("style", "currency".into()), ("currency", currency.into()), ("maximumFractionDigits", 0.into())],
    )
    .unwrap_or_else(|| format!("{currency} {amount:.0}"))
}

/// A plain number with at most `decimals` decimals and the language's grouping.
pub fn number(value: f64, decimals: u32, lang: Lang) -> String {
    format_with(value, lang, &[("maximumFractionDigits", decimals.into())]).unwrap_or_else(|| value.to_string())
}
