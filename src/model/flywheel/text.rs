//! Model layer: the flywheel widget's own text in Chinese and English. Pure Rust.

use super::kpi::Segment;
use super::state::Field;
use crate::model::lang::Lang;

pub struct FlywheelText {
    pub title: &'static str,
    pub kicker: &'static str,
    pub kpis: &'static str,
    pub revenue: &'static str,
    pub nps_direct: &'static str,
    pub nps_counts: &'static str,
    pub currency: &'static str,
    pub health: &'static str,
    pub gap: &'static str,
    pub gap_note: &'static str,
    pub wheel: &'static str,
    pub projection: &'static str,
    pub projection_table: &'static str,
    pub year: &'static str,
    pub today: &'static str,
    pub at_benchmark: &'static str,
    pub nrr: &'static str,
    pub clv: &'static str,
    pub clv_note: &'static str,
    pub segment: &'static str,
    pub kpi: &'static str,
    pub value: &'static str,
    pub benchmark: &'static str,
    pub status: &'static str,
    pub good: &'static str,
    pub fair: &'static str,
    pub poor: &'static str,
    pub counts_empty: &'static str,
    pub customers: &'static str,
    pub revenue_col: &'static str,
}

pub const EN: FlywheelText = FlywheelText {
    title: "Value-delivery flywheel",
    kicker: "Customer-success KPIs",
    kpis: "Customer-success KPIs",
    revenue: "Customers and revenue (for the projection)",
    nps_direct: "Enter NPS",
    nps_counts: "From survey answers",
    currency: "Currency",
    health: "Flywheel health",
    gap: "Revenue the benchmark KPIs would add",
    gap_note: "Sum over the projected years of recurring revenue at benchmark churn (below 5% a year) minus at today's churn; expansion and new customers as entered.",
    wheel: "The flywheel",
    projection: "Recurring revenue, today's KPIs against the benchmark",
    projection_table: "Customers and revenue by year (table)",
    year: "Year",
    today: "Today's KPIs",
    at_benchmark: "Benchmark KPIs",
    nrr: "Net revenue retention",
    clv: "Customer lifetime value",
    clv_note: "Revenue per account times the expected lifetime (1 / churn, at most 20 years); revenue, not margin.",
    segment: "Segment",
    kpi: "KPI",
    value: "Value",
    benchmark: "Benchmark",
    status: "Status",
    good: "healthy",
    fair: "borderline",
    poor: "below benchmark",
    counts_empty: "Enter at least one survey answer; the typed NPS is used meanwhile.",
    customers: "Customers",
    revenue_col: "Recurring revenue",
};

pub const ZH: FlywheelText = FlywheelText {
    title: "价值交付飞轮",
    kicker: "客户成功指标",
    kpis: "客户成功指标",
    revenue: "客户与收入（用于预测）",
    nps_direct: "直接输入NPS",
    nps_counts: "根据调查答卷计算",
    currency: "货币",
    health: "飞轮健康度",
    gap: "达到基准指标可增加的收入",
    gap_note:
        "预测期内，按基准流失率（年流失率低于5%）计算的经常性收入减去按当前流失率计算的收入之和；扩展率和新客户数按输入值。",
    wheel: "价值交付飞轮",
    projection: "经常性收入：当前指标与基准指标对比",
    projection_table: "以表格查看逐年客户数与收入",
    year: "年",
    today: "当前指标",
    at_benchmark: "基准指标",
    nrr: "净收入留存率",
    clv: "客户生命周期价值",
    clv_note: "每客户年收入乘以预期生命周期（1/流失率，最多20年）；为收入而非利润。",
    segment: "环节",
    kpi: "指标",
    value: "数值",
    benchmark: "基准",
    status: "状态",
    good: "健康",
    fair: "临界",
    poor: "低于基准",
    counts_empty: "请至少输入一份调查答卷；在此之前使用直接输入的NPS。",
    customers: "客户数",
    revenue_col: "经常性收入",
};

pub fn text(lang: Lang) -> &'static FlywheelText {
    lang.pick(&EN, &ZH)
}

/// A field's label and unit.
pub fn field_label(f: Field, lang: Lang) -> (&'static str, &'static str) {
    match (f, lang) {
        (Field::Ttv, Lang::En) => ("Time to value", "days"),
        (Field::Ttv, Lang::Zh) => ("价值实现时间", "天"),
        (Field::Adoption, Lang::En) => ("Core-feature adoption", "%"),
        (Field::Adoption, Lang::Zh) => ("核心功能采用率", "%"),
        (Field::Healthy, Lang::En) => ("Healthy (green) accounts", "%"),
        (Field::Healthy, Lang::Zh) => ("健康（绿色）客户比例", "%"),
        (Field::Churn, Lang::En) => ("Annual churn", "% a year"),
        (Field::Churn, Lang::Zh) => ("年流失率", "%/年"),
        (Field::Nps, Lang::En) => ("NPS", "-100 to 100"),
        (Field::Nps, Lang::Zh) => ("净推荐值 NPS", "-100 至 100"),
        (Field::Promoters, Lang::En) => ("Promoters (9-10)", "answers"),
        (Field::Promoters, Lang::Zh) => ("推荐者（9-10分）", "份"),
        (Field::Passives, Lang::En) => ("Passives (7-8)", "answers"),
        (Field::Passives, Lang::Zh) => ("被动者（7-8分）", "份"),
        (Field::Detractors, Lang::En) => ("Detractors (0-6)", "answers"),
        (Field::Detractors, Lang::Zh) => ("贬损者（0-6分）", "份"),
        (Field::Customers, Lang::En) => ("Customers today", "accounts"),
        (Field::Customers, Lang::Zh) => ("当前客户数", "家"),
        (Field::RevenuePerAccount, Lang::En) => ("Recurring revenue per account", "a year"),
        (Field::RevenuePerAccount, Lang::Zh) => ("每客户年经常性收入", "/年"),
        (Field::Expansion, Lang::En) => ("Expansion of existing accounts", "% a year"),
        (Field::Expansion, Lang::Zh) => ("现有客户收入扩展率", "%/年"),
        (Field::NewCustomers, Lang::En) => ("New customers", "a year"),
        (Field::NewCustomers, Lang::Zh) => ("每年新增客户", "家/年"),
        (Field::Years, Lang::En) => ("Years to project", "1 to 10"),
        (Field::Years, Lang::Zh) => ("预测年数", "1 至 10"),
    }
}

/// The seed's benchmark for the KPI a field holds, where it has one.
pub fn field_benchmark(f: Field, lang: Lang) -> Option<&'static str> {
    Some(match (f, lang) {
        (Field::Ttv, Lang::En) => "hours or days",
        (Field::Ttv, Lang::Zh) => "数小时或数天",
        (Field::Adoption, _) => "60-80%",
        (Field::Healthy, _) => "> 80%",
        (Field::Churn, _) => "< 5-7%",
        (Field::Nps, _) => "> 50",
        _ => return None,
    })
}

/// A flywheel segment's name.
pub fn segment_label(s: Segment, lang: Lang) -> &'static str {
    match (s, lang) {
        (Segment::StandardDelivery, Lang::En) => "Standardised delivery",
        (Segment::StandardDelivery, Lang::Zh) => "标准化交付",
        (Segment::SuccessOperations, Lang::En) => "Customer-success operations",
        (Segment::SuccessOperations, Lang::Zh) => "客户成功运营",
        (Segment::DataInsight, Lang::En) => "Data insight",
        (Segment::DataInsight, Lang::Zh) => "数据洞察",
        (Segment::OptimisedDelivery, Lang::En) => "Optimised delivery",
        (Segment::OptimisedDelivery, Lang::Zh) => "优化交付",
        (Segment::RetentionGrowth, Lang::En) => "Retention and growth",
        (Segment::RetentionGrowth, Lang::Zh) => "留存与增长",
    }
}

/// The field holding the KPI that measures a segment.
pub fn segment_field(s: Segment) -> Field {
    match s {
        Segment::StandardDelivery => Field::Ttv,
        Segment::SuccessOperations => Field::Adoption,
        Segment::DataInsight => Field::Healthy,
        Segment::OptimisedDelivery => Field::Nps,
        Segment::RetentionGrowth => Field::Churn,
    }
}
