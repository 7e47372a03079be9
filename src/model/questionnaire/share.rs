//! Model layer: the questionnaire's share link (SPEC section 3). Pure Rust.
//!
//! `w=maturity&lang=en&audience=self&v=1&a=0123_...`: `a` holds one character per
//! question in bank order, `0`-`9` the chosen option, `_` unanswered. Reading is
//! total: whatever the string, the valid part is kept and every problem becomes a
//! [`Note`].

use super::bank::Bank;
use crate::model::lang::{Audience, Lang, Layout};
use crate::model::note::Note;
use crate::model::query;

/// What a link (or saved state) asks for; `None` where it says nothing usable.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LinkState {
    pub widget: Option<String>,
    pub lang: Option<Lang>,
    pub audience: Option<Audience>,
    pub layout: Option<Layout>,
    /// One entry per bank question, present when the link carried answers to apply.
    pub answers: Option<Vec<Option<u8>>>,
    /// A target position on the total's scale, 0..=100 (the spectrum's target marker).
    pub target: Option<u8>,
    pub notes: Vec<Note>,
}

/// Reads a query string (with or without `?`) against `bank`.
pub fn read(query_string: &str, bank: &Bank) -> LinkState {
    let mut state = LinkState::default();
    let mut seen: Vec<String> = Vec::new();
    let mut version = None;
    let mut answer_code = None;
    for (key, value) in query::parse(query_string) {
        if seen.contains(&key) {
            if matches!(key.as_str(), "w" | "lang" | "audience" | "layout" | "v" | "a" | "target") {
                state.notes.push(Note::DuplicateParam(key));
            }
            continue;
        }
        seen.push(key.clone());
        match key.as_str() {
            "w" => state.widget = Some(value),
            "lang" => match Lang::parse(&value) {
                Some(l) => state.lang = Some(l),
                None => state.notes.push(Note::UnknownLang(value)),
            },
            "audience" => match Audience::parse(&value) {
                Some(a) => state.audience = Some(a),
                None => state.notes.push(Note::UnknownAudience(value)),
            },
            "layout" => match Layout::parse(&value) {
                Some(l) => state.layout = Some(l),
                None => state.notes.push(Note::UnknownChoice { key: "layout".into(), value }),
            },
            "v" => version = Some(value),
            "target" => match parse_target(&value) {
                Some(t) => state.target = Some(t),
                None => state.notes.push(Note::InvalidTarget(value)),
            },
            "a" => answer_code = Some(value),
            _ => {} // other parameters (utm_*, the host's own) are not ours
        }
    }
    if let Some(code) = answer_code {
        match version.as_deref().map(|v| v.trim().parse::<u32>()) {
            Some(Ok(v)) if v != bank.version => state.notes.push(Note::VersionMismatch { link: v, bank: bank.version }),
            Some(Err(_)) => state.notes.push(Note::InvalidVersion(version.unwrap_or_default())),
            found => {
                if found.is_none() {
                    state.notes.push(Note::MissingVersion { bank: bank.version });
                }
                state.answers = Some(decode_answers(&code, bank, &mut state.notes));
            }
        }
    }
    state
}

/// A target position: a number from 0 to 100, rounded to a whole point.
pub fn parse_target(s: &str) -> Option<u8> {
    let x = crate::model::decimal::parse(s.trim())?;
    (x.is_finite() && (0.0..=100.0).contains(&x)).then(|| x.round() as u8)
}

/// Decodes an answer string: one entry per bank question, invalid characters and
/// options a question lacks left unanswered, with a note for each problem.
pub fn decode_answers(code: &str, bank: &Bank, notes: &mut Vec<Note>) -> Vec<Option<u8>> {
    let expected = bank.questions.len();
    let given = code.chars().count();
    if given > expected {
        notes.push(Note::TooManyAnswers { given, expected });
    }
    let mut answers = vec![None; expected];
    let mut invalid: Option<(usize, char)> = None;
    let mut invalid_count = 0;
    for (i, (c, q)) in code.chars().zip(&bank.questions).enumerate() {
        match c {
            '_' => {}
            '0'..='9' if (c as usize - '0' as usize) < q.options.len() => {
                answers[i] = Some(c as u8 - b'0');
            }
            _ => {
                invalid.get_or_insert((i + 1, c));
                invalid_count += 1;
            }
        }
    }
    // One note for all bad characters, so a garbage link does not bury the page in notes.
    if let Some((question, found)) = invalid {
        notes.push(Note::InvalidAnswer { question, found, others: invalid_count - 1 });
    }
    answers
}

/// Encodes answers as the `a` parameter.
pub fn encode_answers(answers: &[Option<u8>]) -> String {
    answers
        .iter()
        .map(|a| match a {
            Some(o) if *o < 10 => char::from(b'0' + o),
            _ => '_',
        })
        .collect()
}

/// The query string (without `?`) that reopens this questionnaire.
pub fn write(
    widget: &str,
    lang: Lang,
    audience: Audience,
    bank: &Bank,
    answers: &[Option<u8>],
    target: Option<u8>,
) -> String {
    let mut pairs = vec![
        ("w", widget.to_string()),
        ("lang", lang.code().to_string()),
        ("audience", audience.code().to_string()),
        ("v", bank.version.to_string()),
        ("a", encode_answers(answers)),
    ];
    if let Some(t) = target {
        pairs.push(("target", t.to_string()));
    }
    query::build(pairs)
}
