//! Model layer: the questionnaire widgets' own interface text (progress, result,
//! chart, the spectrum's scale) in Chinese and English. The questions, bands and
//! advice are the bank's. Pure Rust.

use crate::model::lang::Lang;

/// Questionnaire strings for one language. A struct, not a key lookup, so a missing
/// translation is a compile error.
pub struct QuestionnaireText {
    pub progress: &'static str,
    pub total_score: &'static str,
    pub band: &'static str,
    pub verdict: &'static str,
    pub incomplete_hint: &'static str,
    pub chart_heading: &'static str,
    pub chart_table: &'static str,
    pub dimension: &'static str,
    pub score: &'static str,
    pub max: &'static str,
    pub next_steps_self: &'static str,
    pub next_steps_screen: &'static str,
    pub audience_screen: &'static str,
    pub audience_self: &'static str,
    pub position: &'static str,
    pub stage: &'static str,
    pub target: &'static str,
    pub now: &'static str,
    pub spectrum_chart: &'static str,
    pub spectrum_left: &'static str,
    pub spectrum_right: &'static str,
    pub root_causes: &'static str,
    pub zombie_risk: &'static str,
    pub remedy: &'static str,
    pub mssp_next: &'static str,
    pub back: &'static str,
    pub next: &'static str,
    pub see_result: &'static str,
    pub review: &'static str,
    pub share_image: &'static str,
    /// The keys, for a widget on a host's page (its steps are not in the browser's history).
    pub keys_hint: &'static str,
    /// The keys and the browser's Back button, for a widget alone on its page.
    pub keys_hint_history: &'static str,
    pub one_at_a_time: &'static str,
    pub all_at_once: &'static str,
    pub layout: &'static str,
}

pub const EN: QuestionnaireText = QuestionnaireText {
    progress: "Progress",
    total_score: "Total score",
    band: "Band",
    verdict: "Verdict",
    incomplete_hint: "Answer every question to see your result. Unanswered questions count as 0.",
    chart_heading: "Score by dimension",
    chart_table: "Scores as a table",
    dimension: "Dimension",
    score: "Score",
    max: "Maximum",
    next_steps_self: "Next steps for your weakest areas",
    next_steps_screen: "Weakest dimensions to address in the commitment",
    audience_screen: "Customer qualification (vendor view)",
    audience_self: "Self-assessment",
    position: "Position on the spectrum",
    stage: "Stage",
    target: "Target position",
    now: "Now",
    spectrum_chart: "Where the offering stands",
    spectrum_left: "Productized: a box",
    spectrum_right: "Commercialized: an outcome",
    root_causes: "The four root causes of failed commercialization",
    zombie_risk: "Zombie-box risk",
    remedy: "Remedy",
    mssp_next: "What moves you to the next stage",
    back: "Back",
    next: "Next",
    see_result: "See my result",
    review: "Review my answers",
    share_image: "Share my result as an image",
    keys_hint: "Keys: a number or letter answers, Enter goes on.",
    keys_hint_history: "Keys: a number or letter answers, Enter goes on, the browser's Back button steps back.",
    one_at_a_time: "One question at a time",
    all_at_once: "All questions on one page",
    layout: "Layout",
};

pub const ZH: QuestionnaireText = QuestionnaireText {
    progress: "进度",
    total_score: "总分",
    band: "评级",
    verdict: "结论",
    incomplete_hint: "回答全部问题后即可查看结果。未作答的题目按 0 分计算。",
    chart_heading: "各维度得分",
    chart_table: "以表格查看得分",
    dimension: "维度",
    score: "得分",
    max: "满分",
    next_steps_self: "薄弱环节的改进建议",
    next_steps_screen: "承诺书中应重点改进的薄弱维度",
    audience_screen: "客户筛选（服务商视角）",
    audience_self: "自我评估",
    position: "光谱位置",
    stage: "阶段",
    target: "目标位置",
    now: "当前",
    spectrum_chart: "产品所处位置",
    spectrum_left: "产品化：交付盒子",
    spectrum_right: "商品化：交付成果",
    root_causes: "商业化失败的四大归因",
    zombie_risk: "“僵尸盒子”风险",
    remedy: "对策",
    mssp_next: "迈向下一阶段",
    back: "上一题",
    next: "下一题",
    see_result: "查看结果",
    review: "查看我的答案",
    share_image: "分享结果图片",
    keys_hint: "快捷键：按数字或字母键作答，按回车键进入下一题。",
    keys_hint_history: "快捷键：按数字或字母键作答，按回车键进入下一题，浏览器的“后退”返回上一题。",
    one_at_a_time: "逐题作答",
    all_at_once: "全部题目一页显示",
    layout: "显示方式",
};

/// The questionnaire strings for `lang`.
/// "Question 3 of 15", and the dimension it scores.
pub fn question_of(n: usize, of: usize, dimension: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("Question {n} of {of} · {dimension}"),
        Lang::Zh => format!("第 {n} 题，共 {of} 题 · {dimension}"),
    }
}

pub fn text(lang: Lang) -> &'static QuestionnaireText {
    lang.pick(&EN, &ZH)
}
