//! Model layer: the breach-cost widget's own text in Chinese and English. Pure Rust.

use super::assumptions::{Param, Source, Unit};
use super::benchmark::{Benchmarks, ClaimsBand, ClaimsSource};
use super::cost::Category;
use super::explain::Explanation;
use super::fines::{Regime, RegimeFine};
use super::profile::{Control, Industry, Jurisdiction};
use super::sensitivity::Driver;
use super::state::Field;
use super::value::Certification;
use crate::model::decimal::shortest;
use crate::model::lang::Lang;

pub struct BreachText {
    pub title: &'static str,
    pub kicker: &'static str,
    pub business: &'static str,
    pub records: &'static str,
    pub controls: &'static str,
    pub package: &'static str,
    pub package_controls: &'static str,
    pub industry: &'static str,
    pub jurisdiction: &'static str,
    pub currency: &'static str,
    pub breach_cost: &'static str,
    pub direct: &'static str,
    pub indirect: &'static str,
    pub expected_loss: &'static str,
    pub expected_loss_note: &'static str,
    pub breakdown: &'static str,
    pub breakdown_table: &'static str,
    pub category: &'static str,
    pub today: &'static str,
    pub with_package: &'static str,
    pub range: &'static str,
    pub range_note: &'static str,
    pub one_breach: &'static str,
    pub a_year: &'static str,
    pub chance_of_breach: &'static str,
    pub exceedance: &'static str,
    pub exceedance_table: &'static str,
    pub loss: &'static str,
    pub chance: &'static str,
    pub value: &'static str,
    pub loss_avoided: &'static str,
    pub insurance_saving: &'static str,
    pub rosi: &'static str,
    pub rosi_note: &'static str,
    pub payback: &'static str,
    pub months: &'static str,
    pub never: &'static str,
    pub no_cost: &'static str,
    pub downtime: &'static str,
    pub hours: &'static str,
    pub downtime_unchanged: &'static str,
    pub tornado: &'static str,
    pub tornado_note: &'static str,
    pub halved: &'static str,
    pub doubled: &'static str,
    pub certifications: &'static str,
    pub certification: &'static str,
    pub opens: &'static str,
    pub applies: &'static str,
    pub assumptions: &'static str,
    pub assumptions_note: &'static str,
    pub assumption: &'static str,
    pub value_col: &'static str,
    pub unit: &'static str,
    pub source: &'static str,
    pub reset: &'static str,
    pub reset_all: &'static str,
    pub edited: &'static str,
    pub simulation: &'static str,
    pub fx: &'static str,
    pub in_place: &'static str,
    pub percentile: &'static str,
    pub simulated: &'static str,
    pub fines: &'static str,
    pub fines_none: &'static str,
    pub p95: &'static str,
    pub p99: &'static str,
    pub tolerance_line: &'static str,
    pub how: &'static str,
    pub compared: &'static str,
    pub honest_case: &'static str,
}

pub const EN: BreachText = BreachText {
    title: "What would a data breach cost your business?",
    kicker: "Data-breach cost calculator",
    business: "Your business",
    records: "Records you hold",
    controls: "Controls in place today",
    package: "Proposed security package",
    package_controls: "Controls the package adds",
    industry: "Industry",
    jurisdiction: "Where you are regulated",
    currency: "Currency",
    breach_cost: "Expected cost of one breach",
    direct: "Direct losses",
    indirect: "Indirect losses",
    expected_loss: "Expected loss a year",
    expected_loss_note: "The chance of a breach in a year times the cost of one (annualised loss expectancy).",
    breakdown: "Cost of one breach by category",
    breakdown_table: "Cost by category (table)",
    category: "Category",
    today: "Today",
    with_package: "With the package",
    range: "Range of outcomes",
    range_note: "From a Monte Carlo simulation of many years: how many breaches each year brings and what each costs. P10 / P50 / P90: one year in ten is below, half are below, nine in ten are below.",
    one_breach: "One breach",
    a_year: "Loss in a year",
    chance_of_breach: "Chance of at least one breach a year",
    exceedance: "Chance that a year's losses exceed an amount",
    exceedance_table: "Loss exceedance (table)",
    loss: "Loss",
    chance: "Chance a year",
    value: "Value of the package",
    loss_avoided: "Expected loss avoided a year",
    insurance_saving: "Insurance premium saving a year",
    rosi: "Return on security investment",
    rosi_note: "(loss avoided + premium saving - package cost) / package cost, a year.",
    payback: "Payback",
    months: "months",
    never: "does not pay back",
    no_cost: "no cost entered",
    downtime: "Downtime per breach",
    hours: "h",
    downtime_unchanged: "Only offline backups, a tested response plan or managed detection shorten the outage.",
    tornado: "What moves the expected loss most",
    tornado_note: "Each input halved and doubled, the others held.",
    halved: "halved",
    doubled: "doubled",
    certifications: "Certifications and the markets they open",
    certification: "Certification",
    opens: "What it opens",
    applies: "Applies to you",
    assumptions: "Assumptions",
    assumptions_note: "Every number the model assumes, with its source. Change any of them; the link keeps what you change.",
    assumption: "Assumption",
    value_col: "Value",
    unit: "Unit",
    source: "Source",
    reset: "Reset",
    reset_all: "Reset all assumptions",
    edited: "changed",
    simulation: "Simulation",
    fx: "exchange rate",
    in_place: "already in place",
    percentile: "Percentile",
    simulated: "simulated years",
    fines: "Expected fine or statutory damages per breach",
    fines_none: "No fining regime is modelled here, so no fine is expected.",
    p95: "P95 (1 year in 20)",
    p99: "P99 (1 year in 100)",
    tolerance_line: "Your limit",
    how: "How this was calculated",
    compared: "Against the published figures",
    honest_case: "On expected loss alone this package does not pay for itself: for a business this size a breach is rare, and most years lose nothing. Its case rests on the bad year, the premium, the outage and the markets certifications open:",
};

pub const ZH: BreachText = BreachText {
    title: "一次数据泄露会让您的企业损失多少？",
    kicker: "中小企业数据泄露损失测算",
    business: "企业情况",
    records: "持有的数据记录",
    controls: "已有的安全措施",
    package: "建议的安全方案",
    package_controls: "方案新增的措施",
    industry: "行业",
    jurisdiction: "适用的监管地区",
    currency: "货币",
    breach_cost: "单次泄露的预期损失",
    direct: "直接损失",
    indirect: "间接损失",
    expected_loss: "年度预期损失",
    expected_loss_note: "一年内发生泄露的概率乘以单次泄露的损失（年化损失期望）。",
    breakdown: "单次泄露损失构成",
    breakdown_table: "以表格查看损失构成",
    category: "类别",
    today: "当前",
    with_package: "采用方案后",
    range: "损失区间",
    range_note: "基于蒙特卡洛模拟的大量年份：每年发生几次泄露、每次损失多少。P10 / P50 / P90：十年中有一年低于、一半低于、九年低于该值。",
    one_breach: "单次泄露",
    a_year: "年度损失",
    chance_of_breach: "一年内至少发生一次泄露的概率",
    exceedance: "年度损失超过某金额的概率",
    exceedance_table: "以表格查看损失超越概率",
    loss: "损失",
    chance: "年度概率",
    value: "方案价值",
    loss_avoided: "每年规避的预期损失",
    insurance_saving: "每年节省的保费",
    rosi: "安全投资回报率",
    rosi_note: "（规避损失 + 保费节省 - 方案费用）/ 方案费用，按年计算。",
    payback: "回收期",
    months: "个月",
    never: "无法回收",
    no_cost: "未输入费用",
    downtime: "每次泄露的停机时间",
    hours: "小时",
    downtime_unchanged: "只有离线备份、经演练的应急预案或托管检测响应才能缩短停机时间。",
    tornado: "对年度预期损失影响最大的因素",
    tornado_note: "每项输入减半和加倍，其他输入不变。",
    halved: "减半",
    doubled: "加倍",
    certifications: "合规认证与其打开的市场",
    certification: "认证",
    opens: "打开的市场",
    applies: "与您相关",
    assumptions: "假设条件",
    assumptions_note: "模型使用的每一个数字及其来源。均可修改；分享链接会保留您的修改。",
    assumption: "假设",
    value_col: "数值",
    unit: "单位",
    source: "来源",
    reset: "还原",
    reset_all: "还原全部假设",
    edited: "已修改",
    simulation: "模拟",
    fx: "汇率",
    in_place: "已具备",
    percentile: "分位数",
    simulated: "个模拟年份",
    fines: "每次泄露的预期罚款或法定赔偿",
    fines_none: "此处未建模具体的罚款制度，因此不计预期罚款。",
    p95: "P95（二十年一遇）",
    p99: "P99（百年一遇）",
    tolerance_line: "您的承受上限",
    how: "计算过程",
    compared: "与公开数据对比",
    honest_case: "仅看预期损失，这个方案并不划算：对这种规模的企业，泄露很少发生，多数年份没有损失。它的价值在于应对糟糕的年份、保费、停机时间，以及认证带来的市场准入：",
};

pub fn text(lang: Lang) -> &'static BreachText {
    lang.pick(&EN, &ZH)
}

/// Where a field's default comes from, for the defaults that are not the visitor's own
/// business: the seed's example outage and a published premium.
pub fn field_hint(f: Field, lang: Lang) -> Option<&'static str> {
    match f {
        Field::Downtime => Some(lang.pick(
            "Default: seed 002's example, a day. Enter your own.",
            "默认值：种子文档 002 的示例（一天）。请填写您自己的数字。",
        )),
        Field::DowntimeAfter => {
            Some(lang.pick("Default: seed 002's example, two hours.", "默认值：种子文档 002 的示例（两小时）。"))
        }
        Field::Premium => Some(lang.pick(
            "Default: the median premium of Insureon's small-business customers, USD 1,675 a year.",
            "默认值：Insureon 小企业客户的保费中位数，每年 1,675 美元。",
        )),
        _ => None,
    }
}

/// A field's label and unit (amounts take the currency's code as their unit).
pub fn field_label(f: Field, lang: Lang) -> (&'static str, &'static str) {
    match f {
        Field::Employees => lang.pick(("Employees", "people"), ("员工人数", "人")),
        Field::Revenue => lang.pick(("Annual revenue", ""), ("年营业收入", "")),
        Field::RecordsCustomer => lang.pick(("Customer personal data", "records"), ("客户个人信息", "条")),
        Field::RecordsPayment => lang.pick(("Payment cards", "records"), ("支付卡信息", "条")),
        Field::RecordsHealth => lang.pick(("Health records", "records"), ("健康医疗记录", "条")),
        Field::RecordsEmployee => lang.pick(("Employee records", "records"), ("员工信息", "条")),
        Field::Downtime => lang.pick(("Outage after a breach", "hours"), ("泄露后的停机时间", "小时")),
        Field::PackageCost => lang.pick(("Package cost", "a year"), ("方案费用", "/年")),
        Field::DowntimeAfter => lang.pick(("Outage with the package", "hours"), ("采用方案后的停机时间", "小时")),
        Field::Premium => lang.pick(("Cyber-insurance premium today", "a year"), ("当前网络安全保险保费", "/年")),
        Field::Tolerance => {
            lang.pick(("Most a year's losses can be (optional)", ""), ("每年最多可承受的损失（可选）", ""))
        }
        Field::Trials => lang.pick(("Simulated years", "trials"), ("模拟年数", "次")),
        Field::Seed => lang.pick(("Random seed", ""), ("随机种子", "")),
    }
}

pub fn industry_label(i: Industry, lang: Lang) -> &'static str {
    match i {
        Industry::Healthcare => lang.pick("Healthcare", "医疗"),
        Industry::Financial => lang.pick("Financial services", "金融"),
        Industry::Industrial => lang.pick("Industrial and manufacturing", "工业与制造"),
        Industry::Technology => lang.pick("Technology", "科技"),
        Industry::Energy => lang.pick("Energy", "能源"),
        Industry::Pharmaceuticals => lang.pick("Pharmaceuticals", "制药"),
        Industry::Services => lang.pick("Professional services", "专业服务"),
        Industry::Transportation => lang.pick("Transportation", "交通运输"),
        Industry::Communications => lang.pick("Communications", "通信"),
        Industry::Research => lang.pick("Research", "科研"),
        Industry::Education => lang.pick("Education", "教育"),
        Industry::Entertainment => lang.pick("Entertainment", "娱乐"),
        Industry::Media => lang.pick("Media", "传媒"),
        Industry::Consumer => lang.pick("Consumer goods", "消费品"),
        Industry::Hospitality => lang.pick("Hospitality", "酒店餐饮"),
        Industry::Retail => lang.pick("Retail", "零售"),
        Industry::PublicSector => lang.pick("Public sector", "公共部门"),
        Industry::Other => lang.pick("Other (all industries)", "其他（全行业平均）"),
    }
}

pub fn jurisdiction_label(j: Jurisdiction, lang: Lang) -> &'static str {
    match j {
        Jurisdiction::Cn => lang.pick("China (PIPL, Data Security Law)", "中国（个保法、数据安全法）"),
        Jurisdiction::Us => lang.pick("United States (CCPA, HIPAA)", "美国（CCPA、HIPAA）"),
        Jurisdiction::Eu => lang.pick("European Union (GDPR)", "欧盟（GDPR）"),
        Jurisdiction::Uk => lang.pick("United Kingdom (UK GDPR)", "英国（UK GDPR）"),
        Jurisdiction::Other => lang.pick("Elsewhere (global average)", "其他地区（全球平均）"),
    }
}

pub fn control_label(c: Control, lang: Lang) -> &'static str {
    match c {
        Control::Mfa => lang.pick("Multi-factor authentication", "多因素认证（MFA）"),
        Control::Edr => lang.pick("Endpoint detection and response (EDR)", "终端检测与响应（EDR）"),
        Control::Backups => lang.pick("Offline backups", "离线备份"),
        Control::IrPlan => lang.pick("Tested incident-response plan", "经演练的应急响应预案"),
        Control::Training => lang.pick("Security awareness training", "安全意识培训"),
        Control::Encryption => lang.pick("Encryption of data", "数据加密"),
        Control::Mdr => lang.pick("Managed detection and response (MDR)", "托管检测与响应（MDR）"),
    }
}

pub fn category_label(c: Category, lang: Lang) -> &'static str {
    match c {
        Category::Detection => lang.pick("Detection and forensics", "检测与取证"),
        Category::Notification => lang.pick("Notification", "通知"),
        Category::Recovery => lang.pick("System recovery", "系统恢复"),
        // California's statutory damages come from lawsuits, not a regulator.
        Category::Fines => lang.pick("Fines and statutory damages", "罚款与法定赔偿"),
        Category::Legal => lang.pick("Legal", "法律费用"),
        Category::LostCustomers => lang.pick("Lost customers", "客户流失"),
        Category::Brand => lang.pick("Brand repair", "品牌修复"),
        Category::Downtime => lang.pick("Downtime", "停机损失"),
    }
}

pub fn driver_label(d: Driver, lang: Lang) -> &'static str {
    match d {
        Driver::Likelihood => lang.pick("Chance of a breach", "泄露概率"),
        Driver::IndustryCost => lang.pick("Industry cost level", "行业损失水平"),
        Driver::Employees => lang.pick("Employees", "员工人数"),
        Driver::Revenue => lang.pick("Revenue", "营业收入"),
        Driver::Records => lang.pick("Records held", "持有记录数"),
        Driver::Downtime => lang.pick("Outage hours", "停机时间"),
        Driver::Spread => lang.pick("Spread", "离散度"),
    }
}

/// A certification's name and what it opens (seed 002's 行业准入资质清单).
pub fn certification_text(c: Certification, lang: Lang) -> (&'static str, &'static str) {
    match c {
        Certification::PciDss => (
            "PCI DSS",
            lang.pick(
                "Taking card payments: without it you cannot process credit cards.",
                "受理银行卡支付：没有它就无法处理信用卡业务。",
            ),
        ),
        Certification::Hipaa => (
            "HIPAA",
            lang.pick(
                "US healthcare work: without compliance you cannot take on healthcare projects.",
                "美国医疗行业项目：不合规就无法承接医疗项目。",
            ),
        ),
        Certification::Iso27001 => (
            "ISO/IEC 27001",
            lang.pick(
                "Supplier lists of large enterprises and international tenders.",
                "进入大型企业供应商准入名单和国际招标。",
            ),
        ),
        Certification::Mlps => (
            lang.pick("MLPS 2.0 (等保 2.0)", "等保 2.0"),
            lang.pick(
                "China: required of network operators; a condition for government, finance and state-owned customers.",
                "中国：网络运营者的法定义务，也是政府、金融和国企客户的准入条件。",
            ),
        ),
    }
}

pub fn unit_label(u: Unit, lang: Lang) -> &'static str {
    match u {
        Unit::UsdMillions => lang.pick("USD million", "百万美元"),
        Unit::Percent => "%",
        Unit::Factor => lang.pick("factor", "系数"),
        Unit::Employees => lang.pick("people", "人"),
        Unit::Records => lang.pick("records", "条"),
        Unit::PerUsd => lang.pick("per USD", "每美元"),
    }
}

pub fn source_label(s: Source, lang: Lang) -> &'static str {
    match s {
        Source::Ibm2026 => "IBM Cost of a Data Breach 2026",
        Source::Ibm2024 => "IBM Cost of a Data Breach 2024",
        Source::Ibm2023 => "IBM Cost of a Data Breach 2023",
        Source::Coalition2026 => "Coalition Cyber Claims Report 2026",
        Source::Coalition2025 => "Coalition Cyber Claims Report 2025",
        Source::Cyentia2025 => "Cyentia IRIS 2025",
        Source::Dbir2026 => "Verizon DBIR 2026",
        Source::Ico2024 => lang.pick("ICO data protection fining guidance 2024", "英国 ICO 数据保护罚款指南（2024）"),
        Source::Seed => lang.pick("Seed 002 (sales example)", "种子文档 002（销售示例）"),
        Source::Estimate => lang.pick("Estimate", "估计"),
        Source::Fitted => lang.pick("Estimate fitted to published figures", "按公开数据拟合的估计"),
        Source::Fx2025 => lang.pick(
            "ECB reference rates, 2025 average (Eurostat), rounded",
            "欧洲央行参考汇率 2025 年均值（欧盟统计局），取整",
        ),
    }
}

/// An assumption's name and the note on where its value comes from (figure or page).
pub fn param_text(p: Param, lang: Lang) -> (String, &'static str) {
    let (name, note) = match p {
        Param::IndustryCost => (lang.pick("Average breach cost in your industry", "本行业单次泄露平均损失"), lang.pick("IBM 2026, Fig. 4 (p. 14), for the industry chosen above.", "IBM 2026 图 4（第 14 页），上方所选行业。")),
        Param::CountryCost => (lang.pick("Average breach cost where you are regulated", "所在地区单次泄露平均损失"), lang.pick("IBM 2026, Fig. 2 (pp. 10-11). EU: Germany, France, Benelux and Italy weighted by IBM's sample (pp. 66-67); mainland China is not in IBM's study: ASEAN used.", "IBM 2026 图 2（第 10–11 页）。欧盟：德国、法国、比荷卢、意大利按 IBM 样本占比加权（第 66–67 页）；IBM 研究未包含中国大陆，采用东盟数据。")),
        Param::CostCeiling => (lang.pick("Costliest segment IBM publishes", "IBM 公布的最高细分平均值"), lang.pick("IBM 2026, Fig. 2: the United States, above every industry in Fig. 4. Industry and country together bend towards it, never above.", "IBM 2026 图 2：美国，高于图 4 的所有行业。行业与地区合并后逐渐趋近该值，但不超过。")),
        Param::Detection => (lang.pick("Detection and escalation (IBM category)", "检测与升级（IBM 类别）"), lang.pick("IBM 2026, Fig. 3 (pp. 12-13): forensics, assessment, audit, crisis management.", "IBM 2026 图 3（第 12–13 页）：取证、评估、审计、危机管理。")),
        Param::Notification => (lang.pick("Notification (IBM category)", "通知（IBM 类别）"), lang.pick("IBM 2026, Fig. 3: telling regulators and data subjects.", "IBM 2026 图 3：通知监管机构和数据主体。")),
        Param::Response => (lang.pick("Post-breach response (IBM category)", "泄露后响应（IBM 类别）"), lang.pick("IBM 2026, Fig. 3: recovery, legal, regulatory fines, help desks (p. 68).", "IBM 2026 图 3：恢复、法律、监管罚款、客服（第 68 页）。")),
        Param::LostBusiness => (lang.pick("Lost business (IBM category)", "业务损失（IBM 类别）"), lang.pick("IBM 2026, Fig. 3: disruption, lost customers, reputation.", "IBM 2026 图 3：业务中断、客户流失、声誉损失。")),
        Param::FineShare => (lang.pick("Fines, share of post-breach response", "罚款占泄露后响应的比例"), lang.pick("IBM counts fines in post-breach response but does not split it: this share is taken out and the law of your jurisdiction sets the fine instead.", "IBM 将罚款计入泄露后响应但未细分：此部分被剔除，改由所在地法律确定罚款。")),
        Param::LegalShare => (lang.pick("Legal, share of post-breach response", "法律费用占泄露后响应的比例"), lang.pick("IBM does not split the category.", "IBM 未细分该类别。")),
        Param::FineRate => (lang.pick("Breaches that end in a regulator's fine", "最终被监管罚款的泄露比例"), lang.pick("No edition gives it for small firms. IBM 2026 (pp. 46-47) gives it only for shadow-AI incidents: about one in five ended in a fine. IBM 2024 (p. 28): about a third of the breached organisations in its mostly large sample paid one. Small firms are fined less often: one in five is taken.", "没有任何一版给出小企业的数字。IBM 2026（第 46–47 页）只给出影子 AI 事件的数字：约五分之一被罚款。IBM 2024（第 28 页）：其样本以大型组织为主，约三分之一的受害组织被罚款。小企业被罚款的情况较少，取五分之一。")),
        Param::FineSeriousness => (lang.pick("Where a fine starts in the legal maximum", "罚款起点占法定上限的比例"), lang.pick("ICO guidance (and EDPB 04/2022): a medium-seriousness fine starts at 10-20% of the legal maximum (15%), then shrinks with turnover (ICO Table C); applied alike to the ranges of China, HIPAA and the CCPA.", "ICO 指南（与 EDPB 04/2022 一致）：中等严重程度的罚款起点为法定上限的 10%–20%（取 15%），再按营业额下调（ICO 表 C）；中国、HIPAA 和 CCPA 的区间同样适用。")),
        Param::DisruptionShare => (lang.pick("Business disruption, share of lost business", "业务中断占业务损失的比例"), lang.pick("Replaced by your own outage: hours times the margin an hour of revenue carries.", "以您自己的停机损失替代：停机时长乘以每小时收入中的毛利。")),
        Param::BrandShare => (lang.pick("Brand repair, share of the rest of lost business", "品牌修复占其余业务损失的比例"), lang.pick("The rest is lost customers.", "其余为客户流失。")),
        Param::GrossMargin => (lang.pick("Gross margin: the part of revenue an outage loses", "毛利率：停机实际损失的收入比例"), lang.pick("Revenue not earned also saves its direct costs; 40% is a cross-industry middle.", "未实现的收入同时省去了直接成本；40% 为跨行业的中间值。")),
        Param::RecoveredShare => (lang.pick("Share of lost sales made up after the outage", "停机后补回的销售比例"), lang.pick("Orders deferred rather than lost; IBM 2026 Fig. 18 finds most firms recover over months.", "订单被推迟而非流失；IBM 2026 图 18 显示多数企业需数月恢复。")),
        Param::WeightPayment => (lang.pick("Cost of a payment-card record (customer record = 1)", "支付卡记录的相对成本（客户记录 = 1）"), lang.pick("Card brands' assessments come on top; kept at 1.", "卡组织的罚金另计；取 1。")),
        Param::WeightHealth => (lang.pick("Cost of a health record (customer record = 1)", "健康记录的相对成本（客户记录 = 1）"), lang.pick("IBM 2026, Fig. 4: healthcare's average (6.64 M) against the global one (4.99 M).", "IBM 2026 图 4：医疗行业平均值（664 万）与全球平均值（499 万）之比。")),
        Param::WeightEmployee => (lang.pick("Cost of an employee record (customer record = 1)", "员工记录的相对成本（客户记录 = 1）"), lang.pick("IBM 2026, Fig. 6 (pp. 16-17): USD 188 per employee record against 192 per customer record.", "IBM 2026 图 6（第 16–17 页）：每条员工记录 188 美元，每条客户记录 192 美元。")),
        Param::RefEmployees => (lang.pick("Employees of the organisation IBM's averages describe", "IBM 平均值对应的组织员工数"), lang.pick("IBM 2023, Fig. 7 (the last edition by headcount): 1,001-5,000 staff cost about the average.", "IBM 2023 图 7（最后一版按人数统计）：1,001–5,000 人的组织接近平均值。")),
        Param::RefRecords => (lang.pick("Records in the breach IBM's averages describe", "IBM 平均值对应的泄露记录数"), lang.pick("IBM 2026, p. 68: breaches of 2,590 to 115,380 records; their geometric middle.", "IBM 2026 第 68 页：泄露规模为 2,590 至 115,380 条记录，取几何中点。")),
        Param::RefRevenue => (lang.pick("Revenue of the organisation IBM's averages describe", "IBM 平均值对应的组织营收"), lang.pick("Not published by IBM: about USD 200,000 a head for 5,000 staff.", "IBM 未公布：按 5,000 人、人均约 20 万美元估算。")),
        Param::ElasticitySize => (lang.pick("How costs shrink with headcount below IBM's size", "低于 IBM 规模时成本随人数下降的弹性"), lang.pick("Fitted: a 50-person, USD 5 M US firm costs NetDiligence 2026's average claim under USD 50 M revenue (USD 141 K, Table 3).", "拟合：50 人、营收 500 万美元的美国企业，与 NetDiligence 2026 营收 5,000 万美元以下企业的平均理赔额（14.1 万美元，表 3）一致。")),
        Param::ElasticityRevenue => (lang.pick("How lost customers and brand shrink with revenue", "客户流失和品牌修复随营收下降的弹性"), lang.pick("Fitted with the headcount exponent, to the same claims figure.", "与人数弹性一同按同一理赔数据拟合。")),
        Param::ElasticityRecords => (lang.pick("Weight of records against size in notification and legal", "通知和法律费用中记录数相对规模的权重"), lang.pick("Exponent: records weigh 0.3, organisation size the rest; cost per record falls as breaches grow.", "指数：记录数权重 0.3，其余为组织规模；泄露规模越大，单条记录成本越低。")),
        Param::ElasticityLarge => (lang.pick("How costs grow above IBM's typical size", "超过 IBM 典型规模后成本增长的弹性"), lang.pick("IBM 2023 Fig. 7 (over 25,000 staff: 5.42 M against 4.87 M) suggests little; NetDiligence 2026 Table 3 (USD 10-100 B: 40.6 M) more; 0.3 between.", "IBM 2023 图 7（25,000 人以上：542 万对 487 万）显示增长很小；NetDiligence 2026 表 3（100–1,000 亿美元：4,060 万）显示更大；取 0.3。")),
        Param::Likelihood => (lang.pick("Your own chance of a breach a year, with none of the controls", "自定的年度泄露概率（未采取任何措施）"), lang.pick("Blank: insurers' claim frequency for your revenue (below). Set it to use your own.", "留空则使用下方按营收划分的保险理赔频率；填写则使用您自己的数字。")),
        Param::FreqSmall => (lang.pick("Claims a year, revenue under USD 25 M", "营收 2,500 万美元以下企业的年理赔频率"), lang.pick("Coalition 2026, claims by revenue: 1.21% of policyholders a year (2025 claims).", "Coalition 2026 按营收统计：每年 1.21% 的投保企业出险（2025 年理赔）。")),
        Param::FreqMid => (lang.pick("Claims a year, revenue USD 25-100 M", "营收 2,500 万至 1 亿美元企业的年理赔频率"), lang.pick("Coalition 2025, Fig. 3.3: 3.99% (2024 claims; the 2026 edition's text omits this band).", "Coalition 2025 图 3.3：3.99%（2024 年理赔；2026 版文本未给出该区间）。")),
        Param::FreqLarge => (lang.pick("Claims a year, revenue over USD 100 M", "营收 1 亿美元以上企业的年理赔频率"), lang.pick("Coalition 2026: 5.72%; beyond USD 1 B it rises as Cyentia IRIS 2025 Fig. A2 finds.", "Coalition 2026：5.72%；10 亿美元以上按 Cyentia IRIS 2025 图 A2 的倍数上升。")),
        Param::Cut(c) => {
            let name = match lang { Lang::En => format!("Cost cut: {}", control_label(c, lang)), Lang::Zh => format!("损失降低：{}", control_label(c, lang)) };
            return (name, cut_note(c, lang));
        }
        Param::Prevent(c) => {
            let name = match lang { Lang::En => format!("Fewer breaches: {}", control_label(c, lang)), Lang::Zh => format!("泄露概率降低：{}", control_label(c, lang)) };
            return (name, prevent_note(c, lang));
        }
        Param::InsuranceSaving => (lang.pick("Insurance premium saving with the package", "采用方案后的保费优惠"), lang.pick("The seed's figure; no published source ties premiums to controls.", "种子文档的数字；尚无公开来源把保费与具体措施挂钩。")),
        Param::Spread => (lang.pick("Spread of one breach's cost (lognormal sigma)", "单次泄露损失的离散度（对数正态 σ）"), lang.pick("Cyentia IRIS 2025, Table 1: firms under USD 100 M lose a median USD 357 K and 9.1 M at the 95th percentile; most breaches cost far less than the mean, a few far more.", "Cyentia IRIS 2025 表 1：营收 1 亿美元以下企业损失中位数 35.7 万美元、第 95 百分位 910 万美元；多数泄露远低于均值，少数远高于均值。")),
        Param::FxCny => (lang.pick("Yuan per US dollar", "人民币兑美元汇率"), lang.pick("The published figures are in US dollars. 2025: CNY 8.12 and USD 1.13 per euro (Eurostat, Exchange rates and interest rates, January 2026).", "公开数据以美元计。2025 年：1 欧元兑 8.12 元人民币、1.13 美元（欧盟统计局《汇率与利率》，2026 年 1 月）。")),
        Param::FxEur => (lang.pick("Euro per US dollar", "欧元兑美元汇率"), lang.pick("The published figures are in US dollars. 2025: USD 1.13 per euro (Eurostat, Exchange rates and interest rates, January 2026).", "公开数据以美元计。2025 年：1 欧元兑 1.13 美元（欧盟统计局《汇率与利率》，2026 年 1 月）。")),
        Param::FxGbp => (lang.pick("Pound per US dollar", "英镑兑美元汇率"), lang.pick("The published figures are in US dollars. 2025: GBP 0.857 and USD 1.13 per euro (Eurostat, Exchange rates and interest rates, January 2026).", "公开数据以美元计。2025 年：1 欧元兑 0.857 英镑、1.13 美元（欧盟统计局《汇率与利率》，2026 年 1 月）。")),
    };
    (name.into(), note)
}

fn cut_note(c: Control, lang: Lang) -> &'static str {
    match c {
        Control::Mfa => lang.pick(
            "IBM 2026, Fig. 33 (pp. 50-51): identity and access management, USD 225,622 below the average.",
            "IBM 2026 图 33（第 50–51 页）：身份与访问管理，比平均值低 225,622 美元。",
        ),
        Control::Edr => lang.pick(
            "IBM 2026, Fig. 33: endpoint detection and response, USD 177,710 below the average.",
            "IBM 2026 图 33：终端检测与响应，比平均值低 177,710 美元。",
        ),
        Control::Backups => lang.pick(
            "Recovery without paying ransom; the outage itself is set by the hours.",
            "无需支付赎金即可恢复；停机损失另按小时计算。",
        ),
        Control::IrPlan => lang.pick(
            "IBM 2024: incident-response planning and testing (not in the 2026 figure).",
            "IBM 2024：应急响应预案与演练（2026 版图中未列出）。",
        ),
        Control::Training => lang.pick(
            "IBM 2026, Fig. 33: employee training, USD 196,259 below the average.",
            "IBM 2026 图 33：员工培训，比平均值低 196,259 美元。",
        ),
        Control::Encryption => lang.pick(
            "IBM 2026, Fig. 33: encryption, USD 213,478 below the average.",
            "IBM 2026 图 33：加密，比平均值低 213,478 美元。",
        ),
        Control::Mdr => lang.pick(
            "IBM 2026, Fig. 33: a managed security service, USD 152,929 below the average.",
            "IBM 2026 图 33：托管安全服务，比平均值低 152,929 美元。",
        ),
    }
}

fn prevent_note(c: Control, lang: Lang) -> &'static str {
    match c {
        Control::Mfa => lang.pick(
            "Credential abuse starts 13% of SMB breaches (Verizon DBIR 2026); MFA stops most of it.",
            "13% 的中小企业泄露始于凭证滥用（Verizon DBIR 2026），MFA 可阻止其中大部分。",
        ),
        Control::Edr => lang.pick(
            "Ransomware is in 88% of SMB breaches (Verizon DBIR 2025); EDR stops much of it.",
            "88% 的中小企业泄露涉及勒索软件（Verizon DBIR 2025），EDR 可拦截其中相当一部分。",
        ),
        Control::Training => lang.pick(
            "Phishing starts 9% of SMB breaches (Verizon DBIR 2026); training halves the clicks.",
            "9% 的中小企业泄露始于网络钓鱼（Verizon DBIR 2026），培训可使点击减半。",
        ),
        Control::Mdr => lang.pick(
            "Around-the-clock monitoring stops intrusions before data leaves.",
            "全天候监测可在数据外泄前阻断入侵。",
        ),
        Control::Backups | Control::IrPlan | Control::Encryption => {
            lang.pick("These limit the damage, not the chance.", "这些措施减少损失，而不降低概率。")
        }
    }
}

/// Formats amounts in the chosen currency and shares as percentages (the browser's `Intl`).
pub struct Formats<'a> {
    pub money: &'a dyn Fn(f64) -> String,
    pub percent: &'a dyn Fn(f64) -> String,
    pub number: &'a dyn Fn(f64, u32) -> String,
}

fn regime_name(r: Regime, lang: Lang) -> &'static str {
    match r {
        Regime::Gdpr => lang.pick(
            "GDPR art. 83(4) (security and notification failures; 83(5) for a large leak)",
            "GDPR 第 83(4) 条（安全与通知义务；大规模泄露适用第 83(5) 条）",
        ),
        Regime::UkGdpr => lang.pick(
            "UK GDPR (DPA 2018 s. 157: standard maximum; the higher one for a large leak)",
            "英国 GDPR（2018 年数据保护法第 157 条：标准上限；大规模泄露适用较高上限）",
        ),
        Regime::China => lang.pick(
            "Data Security Law art. 45 (PIPL art. 66 for a serious case)",
            "数据安全法第四十五条（严重情形适用个人信息保护法第六十六条）",
        ),
        Regime::Hipaa => lang.pick("HIPAA, reasonable cause (2026 amounts)", "HIPAA 合理原因层级（2026 年金额）"),
        Regime::Ccpa => lang.pick(
            "CCPA statutory damages for Californians (USD 107-799 each)",
            "CCPA 加州消费者法定赔偿（每人 107–799 美元）",
        ),
    }
}

fn claims_source(s: ClaimsSource, lang: Lang) -> &'static str {
    match (s, lang) {
        (ClaimsSource::NetDiligence2026, Lang::En) => "NetDiligence 2026, Table 3",
        (ClaimsSource::NetDiligence2026, Lang::Zh) => "NetDiligence 2026 表 3",
        (ClaimsSource::Coalition2026, _) => "Coalition 2026",
        (ClaimsSource::Coalition2025, Lang::En) => "Coalition 2025, Fig. 3.4",
        (ClaimsSource::Coalition2025, Lang::Zh) => "Coalition 2025 图 3.4",
    }
}

fn band_text(b: &ClaimsBand, f: &Formats, lang: Lang) -> String {
    // Bands are in US dollars: shown as such, not converted.
    let usd = |x: f64| if x >= 1e9 { format!("{} B", shortest(x / 1e9)) } else { format!("{} M", shortest(x / 1e6)) };
    let range = match (b.from > 0.0, b.to.is_finite()) {
        (false, _) => match lang {
            Lang::En => format!("revenue under USD {}", usd(b.to)),
            Lang::Zh => format!("营收低于 {} 美元", usd(b.to)),
        },
        (true, true) => match lang {
            Lang::En => format!("revenue USD {}-{}", usd(b.from), usd(b.to)),
            Lang::Zh => format!("营收 {}–{} 美元", usd(b.from), usd(b.to)),
        },
        (true, false) => match lang {
            Lang::En => format!("revenue over USD {}", usd(b.from)),
            Lang::Zh => format!("营收高于 {} 美元", usd(b.from)),
        },
    };
    let amount = (f.number)(b.average / 1e3, 0);
    match lang {
        Lang::En => format!("USD {amount} K ({}, {range})", claims_source(b.source, lang)),
        Lang::Zh => format!("{amount} 千美元（{}，{range}）", claims_source(b.source, lang)),
    }
}

/// "IBM's average for your industry: ...; insurers' average claim for firms your size: ...".
pub fn benchmark_lines(b: &Benchmarks, ours: f64, fx: f64, f: &Formats, lang: Lang) -> Vec<String> {
    let ibm = (f.money)(b.ibm_industry * fx);
    let industry = industry_label(b.industry, lang);
    vec![
        match lang { Lang::En => format!("IBM's average for your industry ({industry}): {ibm} (IBM 2026, Fig. 4), for organisations IBM studies: mostly large, 2,590 to 115,380 records breached."), Lang::Zh => format!("IBM 对您所在行业（{industry}）的平均值：{ibm}（IBM 2026 图 4），研究对象以大型组织为主，泄露记录 2,590 至 115,380 条。") },
        match lang { Lang::En => format!(
                "Insurers' average claim for firms your size: {}; {}.",
                band_text(&b.netdiligence, f, lang),
                band_text(&b.coalition, f, lang)
            ), Lang::Zh => format!(
                "保险公司对同等规模企业的平均理赔额：{}；{}。",
                band_text(&b.netdiligence, f, lang),
                band_text(&b.coalition, f, lang)
            ) },
        match lang { Lang::En => format!("This business, one breach: {}.", (f.money)(ours)), Lang::Zh => format!("本企业单次泄露：{}。", (f.money)(ours)) },
    ]
}

fn regime_line(r: &RegimeFine, f: &Formats, lang: Lang) -> String {
    let serious = if r.serious {
        lang.pick(" (graver tier: a leak of a million records or more)", "（严重情形：泄露百万条以上记录）")
    } else {
        ""
    };
    match lang {
        Lang::En => format!(
            "{}{serious}: a fine would start near {}; the law allows up to {}.",
            regime_name(r.regime, lang),
            (f.money)(r.typical),
            (f.money)(r.cap)
        ),
        Lang::Zh => format!(
            "{}{serious}：罚款起点约 {}；法定上限 {}。",
            regime_name(r.regime, lang),
            (f.money)(r.typical),
            (f.money)(r.cap)
        ),
    }
}

/// The steps of the calculation for this business, each with its number.
pub fn explanation_lines(e: &Explanation, fines: f64, f: &Formats, lang: Lang) -> Vec<String> {
    let (m, pct) = (f.money, f.percent);
    let n = |x: f64, d| (f.number)(x, d);
    let mut lines = Vec::new();
    let bent = if e.bent {
        match lang {
            Lang::En => format!(", bent below the costliest segment IBM publishes ({})", m(e.ceiling)),
            Lang::Zh => format!("，并压低至 IBM 公布的最高细分值（{}）以下", m(e.ceiling)),
        }
    } else {
        String::new()
    };
    let (industry, country, global, level) = (m(e.industry_cost), m(e.country_cost), m(e.global_average), m(e.level));
    lines.push(match (e.own_level, lang) {
        (false, Lang::En) => format!("Level: IBM 2026 puts your industry at {industry} and your country or region at {country}, against a global {global}; together {level}{bent}."),
        (false, Lang::Zh) => format!("水平：IBM 2026 给出本行业 {industry}、所在地区 {country}，全球平均 {global}；合并为 {level}{bent}。"),
        (true, Lang::En) => format!("Level: your industry at {industry} and your country or region at {country}, against a global {global} (IBM 2026's figures, with those you set); together {level}{bent}."),
        (true, Lang::Zh) => format!("水平：本行业 {industry}、所在地区 {country}，全球平均 {global}（IBM 2026 的数值，含您设定的数值）；合并为 {level}{bent}。"),
    });
    let typical = match (e.own_size, lang) {
        (false, Lang::En) => "IBM's typical organisation (5,000 staff, about USD 1 B revenue)",
        (false, Lang::Zh) => "IBM 典型组织（5,000 人、营收约 10 亿美元）",
        (true, Lang::En) => "IBM's typical organisation, with the figures you set",
        (true, Lang::Zh) => "IBM 典型组织（含您设定的数值）",
    };
    lines.push(match lang { Lang::En => format!("Size: against {typical}, this business's detection and recovery scale by {}, lost customers and brand by {}, notification and legal by {} (records and size).", n(e.scaling.organisation, 4), n(e.scaling.revenue, 4), n(e.scaling.records, 4)), Lang::Zh => format!("规模：与 {typical}相比，检测与恢复按 {} 缩放，客户流失与品牌按 {}，通知与法律按 {}（记录数与规模）。", n(e.scaling.organisation, 4), n(e.scaling.revenue, 4), n(e.scaling.records, 4)) });
    lines.push(match e.own_chance {
        Some(c) => match lang { Lang::En => format!("Frequency: your own chance of {} a year with none of the controls; with yours, {} a year.", pct(c), pct(e.chance)), Lang::Zh => format!("频率：您设定的未采取措施时年度概率 {}；计入已有措施后为每年 {}。", pct(c), pct(e.chance)) },
        None => {
            let source = match (e.own_frequency, lang) {
                (false, _) => "Coalition",
                (true, Lang::En) => "Coalition's figures, with those you set",
                (true, Lang::Zh) => "Coalition 的数值，含您设定的数值",
            };
            match lang { Lang::En => format!("Frequency: insurers see {} of policyholders your size claim a year ({source}); with your controls against theirs, a {} chance of a breach with a loss a year.", pct(e.claims_frequency), pct(e.chance)), Lang::Zh => format!("频率：同等规模的投保企业每年有 {} 出险（{source}）；按您与投保企业措施的差异调整后，每年发生造成损失的泄露的概率为 {}。", pct(e.claims_frequency), pct(e.chance)) }
        }
    });
    if e.regimes.is_empty() {
        lines.push(match lang {
            Lang::En => "Fines: no fining regime is modelled for this jurisdiction and business.".to_string(),
            Lang::Zh => "罚款：未对该地区和企业建模具体的罚款制度。".to_string(),
        });
    } else {
        for r in &e.regimes {
            lines.push(format!("{}{}", lang.pick("Fines: ", "罚款："), regime_line(r, f, lang)));
        }
        // The default is an estimate (its assumption's note gives the basis), not a figure IBM publishes.
        let basis = match (e.own_fine_chance, lang) {
            (true, Lang::En) => "your figure",
            (true, Lang::Zh) => "您设定的数值",
            (false, Lang::En) => "an estimate: no edition of IBM's report gives the rate for small firms",
            (false, Lang::Zh) => "估计值：IBM 各版报告均未给出小企业的比例",
        };
        lines.push(match lang {
            Lang::En => format!(
                "A breach ends in a fine {} of the time ({basis}): an expected {} per breach.",
                pct(e.fine_chance),
                m(fines)
            ),
            Lang::Zh => {
                format!("泄露最终被罚款的比例为 {}（{basis}）：每次泄露预期罚款 {}。", pct(e.fine_chance), m(fines))
            }
        });
    }
    lines.push(match lang { Lang::En => format!("Downtime: {} hours of outage at {} an hour (revenue of a clock hour times the gross margin, less what is made up later).", n(e.downtime_hours, 1), m(e.outage_per_hour)), Lang::Zh => format!("停机：停机 {} 小时，每小时 {}（每小时收入乘以毛利率，扣除事后补回的部分）。", n(e.downtime_hours, 1), m(e.outage_per_hour)) });
    lines.push(match lang { Lang::En => format!("Controls: yours change the cost of a breach by a factor of {} against IBM's typical organisation; one breach costs {}.", n(e.control_factor, 3), m(e.breach_cost)), Lang::Zh => format!("措施：与 IBM 典型组织相比，您的措施使单次泄露损失乘以 {}；单次泄露损失为 {}。", n(e.control_factor, 3), m(e.breach_cost)) });
    lines
}

/// What the package does to the chance of exceeding the user's limit, in words: the
/// text before today's chance, between it and the chance with the package, and after.
pub fn tolerance_sentence(amount: &str, lang: Lang) -> [String; 3] {
    match lang {
        Lang::En => [
            format!("The chance that a year's losses exceed {amount}: "),
            " today, ".into(),
            " with the package.".into(),
        ],
        Lang::Zh => [format!("年度损失超过 {amount} 的概率：当前 "), "，采用方案后 ".into(), "。".into()],
    }
}

/// The honest case's items when the package's return is negative.
pub fn honest_case_items(p99: (&str, &str), premium_saving: &str, downtime: (&str, &str), lang: Lang) -> Vec<String> {
    match lang {
        Lang::En => vec![
            format!("the 1-in-100-year loss: {} today, {} with the package;", p99.0, p99.1),
            format!("the insurance premium: {premium_saving} a year less (seed 002's 15%, not a published figure);"),
            format!("the outage: {} to {} hours per breach;", downtime.0, downtime.1),
            "the certifications below and the markets they open.".to_string(),
        ],
        Lang::Zh => vec![
            format!("百年一遇的年度损失：当前 {}，采用方案后 {}；", p99.0, p99.1),
            format!("保险保费：每年节省 {premium_saving}（种子文档 002 的 15%，并非公开数据）；"),
            format!("停机时间：每次泄露由 {} 小时缩短至 {} 小时；", downtime.0, downtime.1),
            "下方的认证及其打开的市场。".to_string(),
        ],
    }
}
