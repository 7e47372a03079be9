//! Model layer: the widget contract. `Widget` names every widget of the suite and
//! what the registry knows of it; `WidgetModel` (in `contract`) is what each widget's
//! state implements; `registry` maps a `Widget` to its model type. Pure Rust.

pub mod contract;
pub mod registry;

pub use contract::{FrameAction, Opening, WidgetModel};

use crate::model::lang::Lang;

/// The widgets of the suite, by their `w` parameter / `data-secworth` value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Widget {
    Maturity,
    BreachCost,
    Spectrum,
    Flywheel,
    DecisionWeights,
    RenewalRisk,
}

/// A renewal review before a meeting: two risks marked, two measures entered, one check given.
const RENEWAL_SAMPLE: &str = "customer=Acme&missing-components=high&missing-components.response=mitigate\
    &missing-components.state=in-progress&budget=medium&alert-accuracy=86&closure=97&confirmed=satisfied";

/// What the registry says of a widget, for the gallery, the tests and the benchmark.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WidgetInfo {
    /// The `w` parameter, `data-secworth` value and CSS root class suffix.
    pub code: &'static str,
    /// A share query (without `w` and `lang`) that opens the widget pre-filled, with a result.
    pub sample: &'static str,
    /// The `<output data-result=...>` names of its headline, in reading order.
    pub headline: &'static [&'static str],
    /// A question bank's questionnaire (links carry `v` and `a`), rather than a calculator.
    pub questionnaire: bool,
    /// The height, in CSS px, the embed snippets reserve on the host page (as
    /// `min-height: min(100vh, ...)`), so that the host's own content does not move when
    /// the widget appears (a layout shift the host's Core Web Vitals would be charged).
    /// 90% of the widget's shortest first view, at any width from 320 px and in either
    /// language, rounded down to 10 px (measured on a host page, 2026-12-06: the 760 px
    /// wide layout is the shortest); never taller than a first view, so it leaves no gap
    /// under the widget. e2e/layout-shift.test.mjs holds it below every first view.
    pub reserve_px: u32,
    /// The gallery's still preview (`www/previews/<code>-<lang>.jpg`, made by
    /// scripts/previews.mjs), width and height in px: its `<img>`'s attributes, so the
    /// gallery keeps its space while it loads. tests/previews.rs holds it to the files.
    pub preview_px: (u32, u32),
}

impl Widget {
    /// Every widget that is built, in gallery order.
    pub const ALL: [Widget; 6] = [
        Widget::Maturity,
        Widget::BreachCost,
        Widget::Spectrum,
        Widget::Flywheel,
        Widget::DecisionWeights,
        Widget::RenewalRisk,
    ];

    pub fn info(self) -> WidgetInfo {
        // Shortest first views (en / zh, 760 px): maturity 677 / 677, breach-cost 4272 / 3983,
        // spectrum 707 / 677, flywheel 2460 / 2265, decision-weights 1231 / 1089,
        // renewal-risk 3788 / 3442.
        let (sample, headline, questionnaire, reserve_px): (_, &'static [&'static str], _, _) = match self {
            Widget::Maturity => ("v=1&a=332221110010233", &["total-score", "band"], true, 600),
            Widget::BreachCost => ("", &["breach-cost", "expected-annual-loss", "fines"], false, 3580),
            Widget::Spectrum => ("v=1&a=332221110010", &["spectrum-position", "spectrum-stage"], true, 600),
            Widget::Flywheel => ("", &["flywheel-health", "net-revenue-retention", "revenue-gap"], false, 2030),
            Widget::DecisionWeights => ("", &["leader-original", "leader-reframed"], false, 980),
            Widget::RenewalRisk => (RENEWAL_SAMPLE, &["renewal-risk", "high-risks"], false, 3090),
        };
        let preview_px = match self {
            Widget::Maturity => (416, 265),
            Widget::BreachCost => (416, 214),
            Widget::Spectrum => (416, 184),
            Widget::Flywheel => (416, 300),
            Widget::DecisionWeights => (416, 192),
            Widget::RenewalRisk => (416, 300),
        };
        WidgetInfo { code: self.code(), sample, headline, questionnaire, reserve_px, preview_px }
    }

    pub fn code(self) -> &'static str {
        match self {
            Widget::Maturity => "maturity",
            Widget::BreachCost => "breach-cost",
            Widget::Spectrum => "spectrum",
            Widget::Flywheel => "flywheel",
            Widget::DecisionWeights => "decision-weights",
            Widget::RenewalRisk => "renewal-risk",
        }
    }

    /// The widget's name, for the gallery.
    pub fn title(self, lang: Lang) -> &'static str {
        match self {
            Widget::Maturity => lang.pick("Security maturity of your leadership", "决策层安全成熟度评估"),
            Widget::BreachCost => lang.pick("What a data breach would cost", "数据泄露损失计算器"),
            Widget::Spectrum => lang.pick("From a box to an outcome", "产品化—商品化光谱"),
            Widget::Flywheel => lang.pick("Value-delivery flywheel", "价值交付飞轮"),
            Widget::DecisionWeights => lang.pick("How the customer decides", "客户决策权重模型"),
            Widget::RenewalRisk => lang.pick("Will the customer renew?", "托管安全服务续约风险评估"),
        }
    }

    /// The question the widget answers, for the gallery.
    pub fn question(self, lang: Lang) -> &'static str {
        match self {
            Widget::Maturity => lang.pick(
                "Fifteen questions on budget, risk, leadership, compliance and incident readiness: where do you stand, and what next?",
                "十五道题，涵盖预算、风险、决策参与、合规和应急准备：您处在什么水平，下一步做什么？",
            ),
            Widget::BreachCost => lang.pick(
                "For your industry, size, records and controls: one breach's cost, the yearly risk, and what a package of controls is worth.",
                "按您的行业、规模、数据和现有措施：一次泄露的损失、每年的风险，以及一套安全方案的价值。",
            ),
            Widget::Spectrum => lang.pick(
                "Is your security offering a box or an outcome, why, and what moves it to the next stage?",
                "您的安全产品是在交付“盒子”还是交付成果？原因何在，如何迈向下一阶段？",
            ),
            Widget::Flywheel => lang.pick(
                "Your customer-success KPIs against the benchmarks, and the revenue at stake.",
                "客户成功指标与基准的差距，以及其中的收入机会。",
            ),
            Widget::DecisionWeights => lang.pick(
                "Who wins on the customer's criteria, and who wins once the criteria are reframed?",
                "按客户的标准谁会胜出？重塑标准后又是谁？",
            ),
            Widget::RenewalRisk => lang.pick(
                "Before a managed service's renewal: the risks, the measures, the checks, and where to spend the effort.",
                "托管服务续约之前：风险、价值指标、无风险确认，以及投入的方向。",
            ),
        }
    }

    pub fn parse(s: &str) -> Option<Widget> {
        Widget::ALL.into_iter().find(|w| w.code() == s.trim())
    }
}

/// The suite's folder (ending in `/`) of a bundle's module URL: the module's own
/// folder, or two up for a widget's own bundle (`.../widgets/<code>/secworth.js`).
/// `None` for a URL without a folder.
pub fn suite_folder(module: &str) -> Option<&str> {
    let folder = &module[..=module.rfind('/')?];
    let own_bundle = folder
        .strip_suffix('/')
        .and_then(|inner| inner.rsplit_once('/'))
        .filter(|(_, code)| Widget::parse(code).is_some())
        .and_then(|(above, _)| above.strip_suffix("/widgets"));
    Some(own_bundle.map_or(folder, |suite| &folder[..=suite.len()]))
}
