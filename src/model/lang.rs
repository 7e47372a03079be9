//! Model layer: languages, audiences and localised strings. Pure Rust.

use crate::model::json::Value;

use super::json_read::{self, Object, Read};

/// A language the widgets speak.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    Zh,
    En,
}

impl Lang {
    /// The text for this language, of one in each: the one way the suite writes a
    /// pair of texts inline, exhaustive (a third language changes this signature, and
    /// every call then says what it shows).
    pub fn pick<T>(self, en: T, zh: T) -> T {
        match self {
            Lang::En => en,
            Lang::Zh => zh,
        }
    }

    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];

    /// The code used in URLs, `data-lang` and `<html lang>`: `zh` or `en`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// Reads a language tag such as `zh`, `zh-CN`, `EN-gb`; `None` for anything else.
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("");
        if primary.eq_ignore_ascii_case("zh") {
            Some(Lang::Zh)
        } else if primary.eq_ignore_ascii_case("en") {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// The language for a browser's ordered preferences (`navigator.languages`):
    /// the first one we speak, Chinese or English; English when none matches.
    pub fn from_preferences<'a>(prefs: impl IntoIterator<Item = &'a str>) -> Lang {
        prefs.into_iter().find_map(Lang::parse).unwrap_or(Lang::En)
    }
}

/// Who is answering a questionnaire, chosen by the embedder.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Audience {
    /// A vendor qualifying a customer: shows the verdict.
    Screen,
    /// An SMB owner assessing themselves: the same bands worded as advice.
    #[default]
    SelfAssessment,
}

impl Audience {
    pub fn code(self) -> &'static str {
        match self {
            Audience::Screen => "screen",
            Audience::SelfAssessment => "self",
        }
    }

    pub fn parse(s: &str) -> Option<Audience> {
        match s.trim().to_ascii_lowercase().as_str() {
            "screen" => Some(Audience::Screen),
            "self" => Some(Audience::SelfAssessment),
            _ => None,
        }
    }
}

/// How a questionnaire lays out its questions, chosen by the embedder (`data-layout`)
/// or the link (`layout=`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Layout {
    /// One question per screen, advancing on answer, then a result screen: how
    /// lead-generation quizzes (Typeform, Outgrow) guide an owner through on a phone.
    Steps,
    /// Every question on one page, the result below: a salesperson filling in from notes
    /// sees and changes any answer at once.
    List,
}

impl Layout {
    pub fn code(self) -> &'static str {
        match self {
            Layout::Steps => "steps",
            Layout::List => "list",
        }
    }

    pub fn parse(s: &str) -> Option<Layout> {
        match s.trim().to_ascii_lowercase().as_str() {
            "steps" => Some(Layout::Steps),
            "list" => Some(Layout::List),
            _ => None,
        }
    }

    /// The better default for who is answering: steps for an owner assessing
    /// themselves, the list for a vendor qualifying a customer.
    pub fn default_for(audience: Audience) -> Layout {
        match audience {
            Audience::SelfAssessment => Layout::Steps,
            Audience::Screen => Layout::List,
        }
    }
}

/// A text in both languages, as banks carry it: `{"zh": "...", "en": "..."}`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Localized {
    pub zh: String,
    pub en: String,
}

impl Localized {
    /// Reads `{"zh": "...", "en": "..."}` (nothing else) at `path`.
    pub fn read(v: &Value, path: &str) -> Read<Localized> {
        let o = Object::new(v, path, &["zh", "en"])?;
        Ok(Localized { zh: o.string("zh")?, en: o.string("en")? })
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }

    /// Both texts present (not blank) and at most 2,000 characters, or an error at `path.zh` / `path.en`.
    pub fn check(&self, path: &str) -> Read<()> {
        for (lang, s) in [("zh", &self.zh), ("en", &self.en)] {
            if s.trim().is_empty() {
                return Err(json_read::error(format!("{path}.{lang}"), "must not be empty"));
            }
            if s.chars().count() > 2000 {
                return Err(json_read::error(format!("{path}.{lang}"), "must be at most 2000 characters"));
            }
        }
        Ok(())
    }
}

/// A text per audience, each in both languages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PerAudience {
    pub screen: Localized,
    /// `"self"` in a bank.
    pub self_assessment: Localized,
}

impl PerAudience {
    /// Reads `{"screen": {...}, "self": {...}}` at `path`.
    pub fn read(v: &Value, path: &str) -> Read<PerAudience> {
        let o = Object::new(v, path, &["screen", "self"])?;
        Ok(PerAudience {
            screen: o.with("screen", Localized::read)?,
            self_assessment: o.with("self", Localized::read)?,
        })
    }

    pub fn get(&self, audience: Audience, lang: Lang) -> &str {
        match audience {
            Audience::Screen => self.screen.get(lang),
            Audience::SelfAssessment => self.self_assessment.get(lang),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_tags_and_preferences() {
        assert_eq!(Lang::parse("zh-CN"), Some(Lang::Zh));
        assert_eq!(Lang::parse("EN_gb"), Some(Lang::En));
        assert_eq!(Lang::parse("fr"), None);
        assert_eq!(Lang::from_preferences(["fr-FR", "zh-TW", "en"]), Lang::Zh);
        assert_eq!(Lang::from_preferences(["de"]), Lang::En);
        assert_eq!(Audience::parse(" Screen "), Some(Audience::Screen));
        assert_eq!(Audience::parse("self"), Some(Audience::SelfAssessment));
        assert_eq!(Audience::parse("boss"), None);
    }
}
