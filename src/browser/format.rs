//! Browser layer: numbers and money formatted by the browser's `Intl`, in the
//! widget's language (no hand-written grouping or currency rules).

use crate::model::decimal::{fixed, shortest};
use js_sys::{Array, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::model::lang::Lang;

fn locale(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "zh-CN",
        Lang::En => "en-US",
    }
}

/// What a formatter shows.
enum Style<'a> {
    /// Money in an ISO currency, whole units.
    Money(&'a str),
    /// A plain number with at most this many decimals.
    Number(u32),
}

thread_local! {
    /// Formatters by language and style: building an `Intl.NumberFormat` costs far
    /// more than using one, and a result view formats dozens of numbers per redraw.
    /// A short list: a page uses a handful.
    static FORMATTERS: std::cell::RefCell<Vec<(Lang, String, u32, js_sys::Function)>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn format_with(value: f64, lang: Lang, style: Style) -> Option<String> {
    // The cache key: the currency ("" for a plain number) and the decimals.
    let (currency, decimals) = match style {
        Style::Money(c) => (c, 0),
        Style::Number(d) => ("", d),
    };
    let cached = FORMATTERS.with(|all| {
        all.borrow().iter().find(|(l, c, d, _)| *l == lang && c == currency && *d == decimals).map(|(.., f)| f.clone())
    });
    let format = match cached {
        Some(f) => f,
        None => {
            let opts = Object::new();
            let set = |k: &str, v: JsValue| Reflect::set(&opts, &JsValue::from_str(k), &v).ok();
            if !currency.is_empty() {
                set("style", "currency".into())?;
                set("currency", currency.into())?;
            }
            set("maximumFractionDigits", decimals.into())?;
            let f = Intl::NumberFormat::new(&Array::of1(&JsValue::from_str(locale(lang))), &opts).format();
            FORMATTERS.with(|all| all.borrow_mut().push((lang, currency.to_string(), decimals, f.clone())));
            f
        }
    };
    format.call1(&JsValue::NULL, &JsValue::from_f64(value)).ok()?.as_string()
}

/// `amount` in `currency` (ISO code), whole units: `$1,234,567`, `¥1,234,567`.
pub fn money(amount: f64, currency: &str, lang: Lang) -> String {
    format_with(amount, lang, Style::Money(currency)).unwrap_or_else(|| format!("{currency} {}", fixed(amount, 0)))
}

/// A plain number with at most `decimals` decimals and the language's grouping.
pub fn number(value: f64, decimals: u32, lang: Lang) -> String {
    format_with(value, lang, Style::Number(decimals)).unwrap_or_else(|| shortest(value))
}
