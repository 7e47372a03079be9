//! Model layer: the seed's worked examples as ready-made tables (seed 001 ch. 4).
//! The weights are the seed's; the vendor scores are illustrative (the seed gives
//! none) and say so in the widget.

use super::{Criterion, Table, Vendor};
use crate::model::lang::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Preset {
    /// Function 0.8 / price 0.2, reframed to function 0.5 / price 0.2 / supply-chain security 0.3.
    SupplyChain,
    /// EDR: detection 0.6 / price 0.4, reframed to detection 0.3 / price 0.2 / MTTR and false positives 0.5.
    Edr,
    /// The dynamic parameter table for the listed bank: needs weighted 1-10 with strategy and key person.
    Bank,
}

impl Preset {
    pub const ALL: [Preset; 3] = [Preset::SupplyChain, Preset::Edr, Preset::Bank];

    pub fn code(self) -> &'static str {
        match self {
            Preset::SupplyChain => "supply-chain",
            Preset::Edr => "edr",
            Preset::Bank => "bank",
        }
    }

    pub fn parse(s: &str) -> Option<Preset> {
        Preset::ALL.into_iter().find(|p| p.code() == s.trim())
    }

    pub fn title(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Preset::SupplyChain, Lang::En) => "Function vs price, reframed with supply-chain security",
            (Preset::SupplyChain, Lang::Zh) => "功能与价格，以供应链安全重塑",
            (Preset::Edr, Lang::En) => "EDR: detection vs price, reframed with MTTR and false positives",
            (Preset::Edr, Lang::Zh) => "EDR：检出率与价格，以MTTR和误报率重塑",
            (Preset::Bank, Lang::En) => "Dynamic parameter table: a listed bank",
            (Preset::Bank, Lang::Zh) => "动态参数表：某上市银行",
        }
    }

    pub fn table(self, lang: Lang) -> Table {
        let zh = lang == Lang::Zh;
        let t = |z: &str, e: &str| if zh { z.to_string() } else { e.to_string() };
        let c = |name: String, weight: f64, reframed: f64| Criterion {
            name,
            weight,
            reframed,
            strategy: String::new(),
            person: String::new(),
        };
        let v = |name: String, scores: &[f64]| Vendor { name, scores: scores.to_vec() };
        match self {
            Preset::SupplyChain => Table {
                criteria: vec![
                    c(t("功能", "Function"), 0.8, 0.5),
                    c(t("价格", "Price"), 0.2, 0.2),
                    c(t("供应链安全", "Supply-chain security"), 0.0, 0.3),
                ],
                vendors: vec![
                    v(t("功能领先的对手", "Feature-rich rival"), &[9.0, 6.0, 4.0]),
                    v(t("我方（本地开发、源代码审计）", "Us (in-house code, audited)"), &[7.0, 6.0, 9.0]),
                ],
                reframe: true,
            },
            Preset::Edr => Table {
                criteria: vec![
                    c(t("病毒检出率", "Detection rate"), 0.6, 0.3),
                    c(t("价格", "Price"), 0.4, 0.2),
                    c(t("平均响应时间（MTTR）与误报率", "MTTR and false-positive rate"), 0.0, 0.5),
                ],
                vendors: vec![
                    v(t("高检出率EDR", "High-detection EDR"), &[9.0, 7.0, 3.0]),
                    v(t("我方（低误报、快速响应）", "Us (low false positives, fast response)"), &[7.0, 6.0, 9.0]),
                ],
                reframe: true,
            },
            Preset::Bank => {
                let row = |name: String, weight: f64, strategy: String, person: String| Criterion {
                    name,
                    weight,
                    reframed: weight,
                    strategy,
                    person,
                };
                Table {
                    criteria: vec![
                        row(t("业务需求（保障交易系统）", "Business need (protect the trading system)"), 8.0,
                            t("重点展示方案如何保障7x24小时交易连续性，提供金融行业案例。", "Show how the solution keeps trading running 24x7, with banking references."),
                            t("业务线总监", "Head of business line")),
                        row(t("产品价格（TCO）", "Price (TCO)"), 6.0,
                            t("提供详细的TCO分析报告，对比友商的隐性成本。", "Give a detailed TCO analysis against rivals' hidden costs."),
                            t("采购部经理", "Procurement manager")),
                        row(t("外部性（银保监会合规）", "External: regulator compliance"), 10.0,
                            t("所有沟通和材料都必须首先突出如何满足最新的监管条例。", "Lead every conversation and document with how it meets the latest regulations."),
                            t("CISO、合规官", "CISO, compliance officer")),
                        row(t("CISO-利益（向上汇报）", "CISO: interest (reporting upward)"), 9.0,
                            t("提供可一键生成的、面向董事会的风险态势仪表盘和报告模板。", "Provide a one-click board-level risk dashboard and report templates."),
                            "CISO".into()),
                        row(t("IT运维-利益（稳定、易维护）", "IT operations: interest (stable, easy to run)"), 7.0,
                            t("强调无代理部署、与现有CMDB的自动化集成能力。", "Stress agentless deployment and automated CMDB integration."),
                            t("IT运维总监", "Head of IT operations")),
                        row(t("安全分析师-成长", "Security analysts: growth"), 5.0,
                            t("承诺提供原厂高级认证培训名额。", "Offer places on the vendor's advanced certification training."),
                            t("SOC团队长", "SOC team lead")),
                        row(t("CISO-情绪价值（信任）", "CISO: emotional value (trust)"), 9.0,
                            t("持续提供有价值的威胁情报，建立长期顾问关系，响应永远及时。", "Keep sharing useful threat intelligence, act as a long-term adviser, always respond fast."),
                            "CISO".into()),
                    ],
                    vendors: vec![
                        v(t("我方", "Us"), &[8.0, 6.0, 9.0, 9.0, 8.0, 7.0, 8.0]),
                        v(t("对手", "Rival"), &[8.0, 8.0, 7.0, 5.0, 6.0, 4.0, 5.0]),
                    ],
                    reframe: false,
                }
            }
        }
    }
}
