//! Model layer: the renewal-risk widget's own interface text in Chinese and English
//! (the taxonomy, levels and playbooks are the risk model's; where the text names a
//! level, a class or a count, it reads them from the model). Pure Rust.

use super::model::RiskModel;
use super::outlook::{Outlook, Reason, COMMERCIAL};
use crate::model::lang::Lang;

/// Interface strings for one language. A struct, so a missing translation is a compile error.
pub struct RenewalText {
    pub kicker: &'static str,
    pub customer: &'static str,
    pub customer_hint: &'static str,
    pub risks: &'static str,
    pub risks_intro: &'static str,
    pub level: &'static str,
    pub response: &'static str,
    pub response_none: &'static str,
    pub state: &'static str,
    pub cause: &'static str,
    pub root: &'static str,
    pub analysis: &'static str,
    pub fishbone: &'static str,
    pub five_why: &'static str,
    pub questions: &'static str,
    pub suggested: &'static str,
    pub not_suggested: &'static str,
    pub measures: &'static str,
    pub measures_intro: &'static str,
    pub value: &'static str,
    pub target: &'static str,
    pub meets: &'static str,
    pub below: &'static str,
    pub not_measured: &'static str,
    pub confirmations: &'static str,
    pub outlook: &'static str,
    pub open_risks: &'static str,
    pub rule: &'static str,
    pub ranked: &'static str,
    pub none_marked: &'static str,
    pub agree_response: &'static str,
    pub warnings: &'static str,
    pub warnings_intro: &'static str,
    pub matrix: &'static str,
    pub matrix_table: &'static str,
    pub group: &'static str,
    pub measures_chart: &'static str,
    pub no_measures: &'static str,
}

pub const EN: RenewalText = RenewalText {
    kicker: "Renewal review",
    customer: "Customer",
    customer_hint: "Optional; shown on the printout and kept in the share link.",
    risks: "Risks",
    risks_intro: "Mark what applies to this customer, then grade each risk by the criteria, find its causes, agree a response and keep its state.",
    level: "Level",
    response: "Response",
    response_none: "Not agreed yet",
    state: "State",
    cause: "Main cause",
    root: "Root cause",
    analysis: "How to find the main and the root cause",
    fishbone: "Fishbone",
    five_why: "5-Why",
    questions: "Questions to answer",
    suggested: "Suggested at this level",
    not_suggested: "The methodology does not suggest this response at this level. Suggested",
    measures: "Value realisation",
    measures_intro: "The methodology's objective measures of the value delivered. Leave a measure blank if you do not track it; targets are editable.",
    value: "Value",
    target: "Target",
    meets: "Shows the value",
    below: "Undermines the value",
    not_measured: "Not measured",
    confirmations: "\"No risk\" checks",
    outlook: "Renewal outlook",
    open_risks: "Open risks",
    rule: "How the outlook is judged",
    ranked: "Risks, most serious first",
    none_marked: "No risk is marked. Mark the ones that apply above.",
    agree_response: "Agree a response",
    warnings: "Warnings from the measures",
    warnings_intro: "Below target. A warning needs someone to confirm the risk behind it: check whether a perceived-value risk applies.",
    matrix: "Risk matrix",
    matrix_table: "Open risks by group and level, as a table",
    group: "Group",
    measures_chart: "Measures against their targets",
    no_measures: "Enter a measure's value to compare it with its target.",
};

pub const ZH: RenewalText = RenewalText {
    kicker: "续约前风险复盘",
    customer: "客户名称",
    customer_hint: "可选；显示在打印件中，并保存在分享链接里。",
    risks: "风险识别",
    risks_intro: "勾选该客户存在的风险，按判断标准定级，分析主因和根因，确定应对措施并跟踪状态。",
    level: "风险等级",
    response: "应对措施",
    response_none: "尚未确定",
    state: "风险状态",
    cause: "主因",
    root: "根因",
    analysis: "如何找到主因和根因",
    fishbone: "鱼骨图",
    five_why: "5Why 法",
    questions: "需要回答的问题",
    suggested: "该等级建议的措施",
    not_suggested: "方法论不建议在该等级采用此措施。建议",
    measures: "价值实现的客观测量",
    measures_intro: "方法论中衡量服务价值的客观指标。未跟踪的指标可留空；目标值可修改。",
    value: "当前值",
    target: "目标值",
    meets: "体现价值",
    below: "削弱价值感知",
    not_measured: "未测量",
    confirmations: "无风险确认",
    outlook: "续约前景",
    open_risks: "未关闭的风险",
    rule: "判定规则",
    ranked: "风险排序（由高到低）",
    none_marked: "尚未勾选任何风险，请在上方勾选存在的风险。",
    agree_response: "确定应对措施",
    warnings: "来自测量的风险预警",
    warnings_intro: "以下指标未达目标。风险预警需要人工确认是否真实存在：请检查是否存在感知度风险。",
    matrix: "风险矩阵",
    matrix_table: "按分组和等级统计的未关闭风险（表格）",
    group: "分组",
    measures_chart: "测量值与目标对比",
    no_measures: "填写指标的当前值后，即可与目标对比。",
};

pub fn text(lang: Lang) -> &'static RenewalText {
    lang.pick(&EN, &ZH)
}

/// A measure's unit as shown: the model's `min` in the reader's language, others as they are.
pub fn unit_label(unit: &str, lang: Lang) -> &str {
    match unit {
        "min" => lang.pick("min", "分钟"),
        other => other,
    }
}

pub fn outlook_title(o: Outlook, lang: Lang) -> &'static str {
    match o {
        Outlook::Likely => lang.pick("Likely to renew", "有望续约"),
        Outlook::AtRisk => lang.pick("Renewal at risk", "续约存在风险"),
        Outlook::Unlikely => lang.pick("Renewal unlikely", "续约可能性低"),
    }
}

/// The titles of the most and the least serious level (levels are never empty in a
/// validated model).
/// The most and least serious levels' names, as they read inside a sentence ("a high risk").
fn level_ends(model: &RiskModel, lang: Lang) -> (String, String) {
    let in_sentence = |l: Option<&crate::model::renewal::model::Level>| {
        let title = l.map_or("", |l| l.title.get(lang));
        lang.pick(title.to_lowercase(), title.to_string())
    };
    (in_sentence(model.levels.first()), in_sentence(model.levels.last()))
}

/// A class's title, or its id if the model has no such class.
fn class_title<'a>(model: &'a RiskModel, id: &'a str, lang: Lang) -> &'a str {
    model.classes.iter().find(|c| c.id == id).map_or(id, |c| c.title.get(lang))
}

fn list(items: impl Iterator<Item = String>, lang: Lang) -> String {
    items.collect::<Vec<_>>().join(lang.pick(", ", "、"))
}

/// The headline's label for the open risks at the most serious level: "High risks open".
pub fn top_risks_label(model: &RiskModel, lang: Lang) -> String {
    let top = model.levels.first().map_or("", |l| l.title.get(lang));
    match lang {
        Lang::En => format!("{top} risks open"),
        Lang::Zh => format!("未关闭的{top}风险"),
    }
}

/// What the "no risk" checks are for, with their number.
pub fn confirmations_intro(model: &RiskModel, lang: Lang) -> String {
    match (model.confirmations.len(), lang) {
        (1, Lang::En) => "The methodology calls a project free of risk only when this holds.".into(),
        (n, Lang::En) => format!("The methodology calls a project free of risk only when all {n} of these hold."),
        (1, Lang::Zh) => "方法论认为，只有以下一项成立，项目才算无风险。".into(),
        (n, Lang::Zh) => format!("方法论认为，只有以下 {n} 项全部成立，项目才算无风险。"),
    }
}

/// How the outlook is judged, one line per outlook, worst first, in the model's terms:
/// its level names, classes and number of checks (the rule is `outlook::assess`).
pub fn rule_lines(model: &RiskModel, lang: Lang) -> [String; 3] {
    let (top, least) = level_ends(model, lang);
    let commercial = class_title(model, COMMERCIAL, lang);
    let classes = list(model.classes.iter().map(|c| c.title.get(lang).to_string()), lang);
    let checks = model.confirmations.len();
    match lang {
        Lang::En => [
            format!(
                "Unlikely: a {top} risk is open, and either a {commercial} check is missing or risks above {least} \
                 are open in more than one class ({classes}): the methodology follows these projects most closely."
            ),
            format!("At risk: any open risk above {least}, or any check missing."),
            format!("Likely: all {checks} checks hold and every open risk is {least}. Closed risks do not count."),
        ],
        Lang::Zh => [
            format!(
                "续约可能性低：存在未关闭的{top}风险，并且{commercial}确认未完成，或多个类别（{classes}）同时存在等级高于“{least}”的未关闭风险（方法论要求重点跟进此类项目）。"
            ),
            format!("续约存在风险：存在等级高于“{least}”的未关闭风险，或任一确认未完成。"),
            format!("有望续约：{checks} 项确认全部成立，且未关闭的风险均为{least}风险。已闭环的风险不计入。"),
        ],
    }
}

/// One reason for the outlook, in words, in the model's terms.
pub fn reason(r: &Reason, model: &RiskModel, lang: Lang) -> String {
    let (top, least) = level_ends(model, lang);
    let confirmations = |c: &[usize]| list(c.iter().map(|&i| model.confirmations[i].title.get(lang).to_string()), lang);
    let classes = |c: &[String]| list(c.iter().map(|id| class_title(model, id, lang).to_string()), lang);
    match (r, lang) {
        (Reason::TopRisks(1), Lang::En) => format!("A {top} risk is open."),
        (Reason::TopRisks(n), Lang::En) => format!("{n} {top} risks are open."),
        (Reason::TopRisks(n), Lang::Zh) => format!("{n} 个{top}风险未关闭。"),
        (Reason::SeriousInClasses(c), Lang::En) => format!("Risks above {least} are open in {}.", classes(c)),
        (Reason::SeriousInClasses(c), Lang::Zh) => format!("{}同时存在等级高于“{least}”的风险。", classes(c)),
        (Reason::SeriousRisks(1), Lang::En) => format!("A risk above {least} is open."),
        (Reason::SeriousRisks(n), Lang::En) => format!("{n} risks above {least} are open."),
        (Reason::SeriousRisks(n), Lang::Zh) => format!("{n} 个等级高于“{least}”的风险未关闭。"),
        (Reason::Unconfirmed(c), Lang::En) => format!("Not confirmed: {}.", confirmations(c)),
        (Reason::Unconfirmed(c), Lang::Zh) => format!("未确认：{}。", confirmations(c)),
        (Reason::NoRisk, Lang::En) => format!("Every check holds and no risk above {least} is open."),
        (Reason::NoRisk, Lang::Zh) => format!("各项确认均已成立，且没有等级高于“{least}”的未关闭风险。"),
    }
}
