//! Model layer: notes shown to the user when a link, a saved state or a bank could
//! only partly be used. Each says what was wrong and what was done instead. Pure Rust.

use super::chars::truncate;
use super::currency::Currency;
use super::lang::Lang;

/// Longest piece of user input quoted back in a note.
const QUOTE_CHARS: usize = 24;

#[derive(Clone, Debug, PartialEq)]
pub enum Note {
    /// `w` names no widget; the gallery is shown.
    UnknownWidget(String),
    UnknownLang(String),
    UnknownAudience(String),
    /// A parameter appeared more than once; the first value was used.
    DuplicateParam(String),
    /// `v` is not a number.
    InvalidVersion(String),
    /// The link was made for another bank version; its answers were not applied.
    VersionMismatch {
        link: u32,
        bank: u32,
    },
    /// The link has answers but no `v`; they were read as the current version.
    MissingVersion {
        bank: u32,
    },
    /// More answers than questions; the extra ones were ignored.
    TooManyAnswers {
        given: usize,
        expected: usize,
    },
    /// An answer character that is not `0`-`9` or `_`, or an option the question lacks (1-based question).
    /// and how many other answers were invalid too.
    InvalidAnswer {
        question: usize,
        found: char,
        others: usize,
    },
    /// `target` is not a number from 0 to 100.
    InvalidTarget(String),
    /// A calculator parameter that is not a valid number for its field; the default is used.
    InvalidField {
        key: String,
        value: String,
        reason: super::field::FieldError,
    },
    UnknownCurrency(String),
    /// `preset` names no preset; the first one is used.
    UnknownPreset(String),
    /// A choice parameter (`industry`, `jurisdiction`, a control) names nothing we offer.
    UnknownChoice {
        key: String,
        value: String,
    },
    /// A parameter an older version of a calculator read and this one no longer uses.
    RetiredParam(String),
    /// A numbered row of a table (`c4`, `v7`) after a gap in the numbering, past the most
    /// rows there can be, numbered 0, or beside a preset; the row was left out.
    IgnoredRow {
        key: String,
        max: usize,
    },
    /// Saved progress could not be read and was discarded.
    SavedStateUnreadable,
    /// localStorage is unavailable: progress lives in the URL and memory only.
    StorageUnavailable,
    /// An inline bank was refused; the built-in bank is used.
    BankRejected(String),
    /// An inline renewal-risk model was refused; the built-in one (seed 004) is used.
    RiskModelRejected(String),
}

fn quote(s: &str) -> String {
    truncate(s, QUOTE_CHARS)
}

impl Note {
    /// The note as shown to the user.
    pub fn message(&self, lang: Lang) -> String {
        use Note::*;
        match (self, lang) {
            (UnknownWidget(w), Lang::En) => format!("There is no widget called \"{}\"; showing all widgets.", quote(w)),
            (UnknownWidget(w), Lang::Zh) => format!("没有名为“{}”的组件，已显示全部组件。", quote(w)),
            (UnknownLang(l), Lang::En) => format!("Language \"{}\" is not available; using English.", quote(l)),
            (UnknownLang(l), Lang::Zh) => format!("不支持语言“{}”，已使用中文。", quote(l)),
            (UnknownAudience(a), Lang::En) => format!("Audience \"{}\" is unknown (use screen or self); using the default.", quote(a)),
            (UnknownAudience(a), Lang::Zh) => format!("未知的受众“{}”（可用 screen 或 self），已使用默认值。", quote(a)),
            (DuplicateParam(k), Lang::En) => format!("The link sets \"{}\" more than once; the first value was used.", quote(k)),
            (DuplicateParam(k), Lang::Zh) => format!("链接中“{}”出现了多次，已使用第一个值。", quote(k)),
            (InvalidVersion(v), Lang::En) => format!("Question-bank version \"{}\" is not a number; the link's answers were not applied.", quote(v)),
            (InvalidVersion(v), Lang::Zh) => format!("题库版本“{}”不是数字，链接中的答案未被采用。", quote(v)),
            (VersionMismatch { link, bank }, Lang::En) => format!("This link was made for version {link} of the questions; this is version {bank}, so its answers were not applied."),
            (VersionMismatch { link, bank }, Lang::Zh) => format!("该链接对应第 {link} 版题目，当前为第 {bank} 版，链接中的答案未被采用。"),
            (MissingVersion { bank }, Lang::En) => format!("The link does not say which version of the questions it was made for; its answers were read as version {bank}."),
            (MissingVersion { bank }, Lang::Zh) => format!("链接未注明题目版本，答案已按第 {bank} 版读取。"),
            (TooManyAnswers { given, expected }, Lang::En) => format!("The link has {given} answers but there are {expected} questions; the extra answers were ignored."),
            (TooManyAnswers { given, expected }, Lang::Zh) => format!("链接包含 {given} 个答案，但只有 {expected} 道题，多余的答案已忽略。"),
            (InvalidAnswer { question, found, others: 0 }, Lang::En) => format!("The answer to question {question} (\"{}\") is not valid; that question is left unanswered.", found.escape_debug()),
            (InvalidAnswer { question, found, others }, Lang::En) => format!("The answer to question {question} (\"{}\") and {others} more are not valid; those questions are left unanswered.", found.escape_debug()),
            (InvalidAnswer { question, found, others: 0 }, Lang::Zh) => format!("第 {question} 题的答案（“{}”）无效，该题保留为未作答。", found.escape_debug()),
            (InvalidAnswer { question, found, others }, Lang::Zh) => format!("第 {question} 题的答案（“{}”）及另外 {others} 个答案无效，这些题保留为未作答。", found.escape_debug()),
            (InvalidTarget(t), Lang::En) => format!("Target \"{}\" is not a number from 0 to 100; the default target is used.", quote(t)),
            (InvalidTarget(t), Lang::Zh) => format!("目标值“{}”不是0到100之间的数字，已使用默认目标。", quote(t)),
            (InvalidField { key, value, reason }, lang) => match lang {
                Lang::En => format!("\"{}\" = \"{}\": {} The default is used.", quote(key), quote(value), reason.message(lang)),
                Lang::Zh => format!("“{}” = “{}”：{}已使用默认值。", quote(key), quote(value), reason.message(lang)),
            },
            (UnknownCurrency(c), Lang::En) => {
                format!("Currency \"{}\" is not available ({}); the default is used.", quote(c), Currency::codes(", "))
            }
            (UnknownCurrency(c), Lang::Zh) => {
                format!("不支持货币“{}”（可用 {}），已使用默认货币。", quote(c), Currency::codes("、"))
            }
            (UnknownPreset(p), Lang::En) => format!("There is no preset \"{}\"; the first example is shown.", quote(p)),
            (UnknownChoice { key, value }, Lang::En) => format!("\"{}\" is not a valid {}; it was ignored.", quote(value), quote(key)),
            (UnknownChoice { key, value }, Lang::Zh) => format!("“{}”不是有效的 {}，已忽略。", quote(value), quote(key)),
            (RetiredParam(k), Lang::En) => format!("\"{}\" is from an older version of this calculator and is no longer used; it was ignored.", quote(k)),
            (RetiredParam(k), Lang::Zh) => format!("“{}”来自本计算器的旧版本，现已不再使用，已忽略。", quote(k)),
            (IgnoredRow { key, max }, Lang::En) => format!("\"{}\" was left out: the link's rows must be numbered 1, 2, 3 and on without a gap, up to {max}.", quote(key)),
            (IgnoredRow { key, max }, Lang::Zh) => format!("“{}”已略去：链接中的行须从 1 起连续编号，最多 {max} 行。", quote(key)),
            (UnknownPreset(p), Lang::Zh) => format!("没有名为“{}”的预设，已显示第一个示例。", quote(p)),
            (SavedStateUnreadable, Lang::En) => "Saved answers could not be read and were discarded.".to_string(),
            (SavedStateUnreadable, Lang::Zh) => "无法读取已保存的答案，已将其丢弃。".to_string(),
            (StorageUnavailable, Lang::En) => "This browser does not allow saving here, so your answers will not be kept after you leave. Use the share link to keep them.".to_string(),
            (StorageUnavailable, Lang::Zh) => "当前浏览器不允许在此保存数据，离开页面后答案不会保留。可使用分享链接保存答案。".to_string(),
            (BankRejected(e), Lang::En) => format!("The custom question bank was refused ({}); the built-in questions are used.", truncate(e, 200)),
            (BankRejected(e), Lang::Zh) => format!("自定义题库未通过校验（{}），已使用内置题目。", truncate(e, 200)),
            (RiskModelRejected(e), Lang::En) => format!("The custom risk model was refused ({}); the built-in one is used.", truncate(e, 200)),
            (RiskModelRejected(e), Lang::Zh) => format!("自定义风险模型未通过校验（{}），已使用内置模型。", truncate(e, 200)),
        }
    }
}
