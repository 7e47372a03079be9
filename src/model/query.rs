//! Model layer: reading and writing URL query strings. Pure Rust, total: any input
//! string parses to some list of pairs, never a panic.

use super::chars::truncate;

/// Longest value kept from a query parameter; longer values are cut here so a
/// 10,000-character parameter cannot flood the page or the notes.
pub const MAX_VALUE_CHARS: usize = 1000;

/// The `key=value` pairs of a query string, in order, percent-decoded (`+` is a space).
/// A leading `?` is ignored; invalid escapes are kept as they are; invalid UTF-8
/// becomes U+FFFD.
pub fn parse(query: &str) -> Vec<(String, String)> {
    let query = query.strip_prefix('?').unwrap_or(query);
    query
        .split('&')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let (k, v) = part.split_once('=').unwrap_or((part, ""));
            (decode(k), truncate(&decode(v), MAX_VALUE_CHARS))
        })
        .collect()
}

/// The link's `lang` (its first value), or `default` with a note when it names no
/// language we speak.
pub fn lang_param(
    pairs: &[(String, String)],
    default: super::lang::Lang,
    notes: &mut Vec<super::note::Note>,
) -> super::lang::Lang {
    match pairs.iter().find(|(k, _)| k == "lang") {
        Some((_, l)) => super::lang::Lang::parse(l).unwrap_or_else(|| {
            notes.push(super::note::Note::UnknownLang(l.clone()));
            default
        }),
        None => default,
    }
}

/// Keys that appear more than once, each named once, in order of first appearance.
pub fn duplicate_keys(pairs: &[(String, String)]) -> Vec<String> {
    pairs
        .iter()
        .enumerate()
        .filter(|(i, (key, _))| {
            pairs.iter().position(|(k, _)| k == key) == Some(*i) && pairs[i + 1..].iter().any(|(k, _)| k == key)
        })
        .map(|(_, (key, _))| key.clone())
        .collect()
}

/// Percent-decodes one component.
pub fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() && hex(bytes[i + 1]).is_some() && hex(bytes[i + 2]).is_some() => {
                out.push(hex(bytes[i + 1]).unwrap_or(0) * 16 + hex(bytes[i + 2]).unwrap_or(0));
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

/// Percent-encodes one component, keeping the unreserved characters of RFC 3986.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Joins pairs into a query string (without the `?`).
pub fn build<'a>(pairs: impl IntoIterator<Item = (&'a str, String)>) -> String {
    pairs.into_iter().map(|(k, v)| format!("{}={}", encode(k), encode(&v))).collect::<Vec<_>>().join("&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_escapes_and_keeps_bad_ones() {
        assert_eq!(decode("a%20b+c"), "a b c");
        assert_eq!(decode("%E4%B8%AD"), "中");
        assert_eq!(decode("100%"), "100%");
        assert_eq!(decode("%zz%4"), "%zz%4");
        assert_eq!(decode("%FF"), "\u{FFFD}");
    }

    #[test]
    fn parses_pairs_in_order() {
        let p = parse("?w=maturity&&lang=en&flag&a=0_1");
        assert_eq!(
            p,
            vec![
                ("w".into(), "maturity".into()),
                ("lang".into(), "en".into()),
                ("flag".into(), "".into()),
                ("a".into(), "0_1".into())
            ]
        );
    }
}

#[cfg(test)]
mod duplicate_tests {
    use super::{duplicate_keys, parse};

    #[test]
    fn names_each_repeated_key_once() {
        assert_eq!(duplicate_keys(&parse("a=1&b=2&a=3&a=4&c=5&b=6")), ["a", "b"]);
        assert!(duplicate_keys(&parse("a=1&b=2")).is_empty());
    }
}
