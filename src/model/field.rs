//! Model layer: numeric input fields of the calculators: parsing typed text into a
//! number within a range, with a clear reason when it is not one. Pure Rust.

use super::lang::Lang;

/// What a numeric field accepts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FieldSpec {
    /// The field's share-link parameter.
    pub key: &'static str,
    pub min: f64,
    pub max: f64,
    /// Only whole numbers (counts, years).
    pub whole: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum FieldError {
    Empty,
    NotANumber,
    OutOfRange { min: f64, max: f64 },
    NotWhole,
}

/// Parses what a user typed: surrounding spaces, thousands separators (`,`, `_`,
/// thin and normal spaces) and a trailing `%` are allowed; `NaN`, `inf` and anything
/// else that is not a decimal number are not.
pub fn parse_field(spec: &FieldSpec, text: &str) -> Result<f64, FieldError> {
    let cleaned: String = text
        .trim()
        .trim_end_matches('%')
        .chars()
        .filter(|c| !matches!(c, ',' | '_' | ' ' | '\u{2009}' | '\u{202f}' | '，'))
        .collect();
    if cleaned.is_empty() {
        return Err(FieldError::Empty);
    }
    let value = super::decimal::parse(&cleaned).ok_or(FieldError::NotANumber)?;
    if value.is_nan() {
        return Err(FieldError::NotANumber);
    }
    // A number written too large for a double (`1e400`) reads as infinite: out of
    // range like any other too-large number, not "not a number".
    if value < spec.min || value > spec.max {
        return Err(FieldError::OutOfRange { min: spec.min, max: spec.max });
    }
    if spec.whole && value.fract() != 0.0 {
        return Err(FieldError::NotWhole);
    }
    Ok(value)
}

/// One numeric field as a form holds it: what the user typed, the last valid value
/// (what the results use), and why the typed text is not used, when it is not.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub text: String,
    pub value: f64,
    pub error: Option<FieldError>,
}

impl Entry {
    pub fn new(value: f64) -> Entry {
        Entry { text: super::decimal::shortest(value), value, error: None }
    }

    /// Takes what the user typed: its value when `spec` accepts it, else the reason,
    /// keeping the last valid value in use.
    pub fn edit(&mut self, spec: &FieldSpec, text: String) {
        match parse_field(spec, &text) {
            Ok(v) => {
                self.value = v;
                self.error = None;
            }
            Err(e) => self.error = Some(e),
        }
        self.text = text;
    }
}

/// What the user typed that is not (yet) valid, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    pub text: String,
    pub error: FieldError,
}

/// The typed-but-invalid texts of values held elsewhere (a table's cells, the model's
/// assumptions), by the key of the value each would set. Those values keep their last
/// valid setting; a form shows the draft in their place until it is valid or reset.
#[derive(Clone, Debug, PartialEq)]
pub struct Drafts<K>(Vec<(K, Draft)>);

impl<K> Default for Drafts<K> {
    fn default() -> Self {
        Drafts(Vec::new())
    }
}

impl<K: Copy + PartialEq> Drafts<K> {
    /// Takes what the user typed for `key`: its value when `spec` accepts it (and the
    /// key's draft is dropped), else `None` with the text kept as the key's draft.
    pub fn edit(&mut self, key: K, spec: &FieldSpec, text: String) -> Option<f64> {
        self.clear(key);
        match parse_field(spec, &text) {
            Ok(v) => Some(v),
            Err(error) => {
                self.0.push((key, Draft { text, error }));
                None
            }
        }
    }

    pub fn get(&self, key: K) -> Option<&Draft> {
        self.0.iter().find(|(k, _)| *k == key).map(|(_, d)| d)
    }

    pub fn clear(&mut self, key: K) {
        self.0.retain(|(k, _)| *k != key);
    }

    pub fn clear_all(&mut self) {
        self.0.clear();
    }

    /// Every draft, in the order they were typed.
    pub fn iter(&self) -> impl Iterator<Item = (K, &Draft)> {
        self.0.iter().map(|(k, d)| (*k, d))
    }
}

/// A range's bound as people read it: whole numbers from 10,000 up grouped by thousands
/// (`10,000,000`, not `1e7`), as the fields themselves accept them.
fn num(x: f64) -> String {
    let plain = super::decimal::shortest(x);
    if x.fract() != 0.0 || x.abs() < 1e4 {
        return plain;
    }
    let (sign, digits) = plain.split_at(usize::from(x < 0.0));
    let mut out = sign.to_string();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

impl FieldError {
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (FieldError::Empty, Lang::En) => "Enter a number.".into(),
            (FieldError::Empty, Lang::Zh) => "请输入数字。".into(),
            (FieldError::NotANumber, Lang::En) => "This is not a number.".into(),
            (FieldError::NotANumber, Lang::Zh) => "这不是一个数字。".into(),
            (FieldError::OutOfRange { min, max }, Lang::En) => {
                format!("Enter a number from {} to {}.", num(*min), num(*max))
            }
            (FieldError::OutOfRange { min, max }, Lang::Zh) => {
                format!("请输入 {} 到 {} 之间的数字。", num(*min), num(*max))
            }
            (FieldError::NotWhole, Lang::En) => "Enter a whole number.".into(),
            (FieldError::NotWhole, Lang::Zh) => "请输入整数。".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PCT: FieldSpec = FieldSpec { key: "p", min: 0.0, max: 100.0, whole: false };
    const COUNT: FieldSpec = FieldSpec { key: "c", min: 0.0, max: 1e9, whole: true };

    #[test]
    fn range_messages_write_large_bounds_grouped_by_thousands() {
        let wide = FieldError::OutOfRange { min: 1.0, max: 1e7 };
        assert_eq!(wide.message(Lang::En), "Enter a number from 1 to 10,000,000.");
        assert_eq!(wide.message(Lang::Zh), "请输入 1 到 10,000,000 之间的数字。");
        let odd = FieldError::OutOfRange { min: -25_000.0, max: 0.5 };
        assert_eq!(odd.message(Lang::En), "Enter a number from -25,000 to 0.5.");
        assert_eq!(
            FieldError::OutOfRange { min: 0.0, max: 1e12 }.message(Lang::En),
            "Enter a number from 0 to 1,000,000,000,000."
        );
        assert_eq!(
            FieldError::OutOfRange { min: 0.0, max: 9999.0 }.message(Lang::En),
            "Enter a number from 0 to 9999."
        );
    }

    #[test]
    fn reads_what_people_type() {
        assert_eq!(parse_field(&PCT, " 62.5% "), Ok(62.5));
        assert_eq!(parse_field(&COUNT, "1,200"), Ok(1200.0));
        assert_eq!(parse_field(&COUNT, "1 200"), Ok(1200.0));
        assert_eq!(parse_field(&PCT, ""), Err(FieldError::Empty));
        for bad in ["NaN", "inf", "-inf", "Infinity", "abc", "1.2.3", "0x10", "--1"] {
            assert_eq!(parse_field(&PCT, bad), Err(FieldError::NotANumber), "{bad}");
        }
        assert_eq!(parse_field(&PCT, "101"), Err(FieldError::OutOfRange { min: 0.0, max: 100.0 }));
        assert_eq!(parse_field(&PCT, "-1"), Err(FieldError::OutOfRange { min: 0.0, max: 100.0 }));
        assert_eq!(parse_field(&COUNT, "2.5"), Err(FieldError::NotWhole));
        assert_eq!(parse_field(&COUNT, "1e300"), Err(FieldError::OutOfRange { min: 0.0, max: 1e9 }));
        // Beyond a double's range: still a number, and too large (or too small).
        assert_eq!(parse_field(&COUNT, "1e400"), Err(FieldError::OutOfRange { min: 0.0, max: 1e9 }));
        assert_eq!(parse_field(&PCT, "-1e400"), Err(FieldError::OutOfRange { min: 0.0, max: 100.0 }));
        assert!(FieldError::OutOfRange { min: 0.0, max: 1e9 }.message(Lang::En).contains("1,000,000,000"));
    }
}
