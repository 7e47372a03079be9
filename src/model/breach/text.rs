//! Model layer: the breach-cost widget's own text in Chinese and English. Pure Rust.

use super::assumptions::{Param, Source, Unit};
use super::cost::Category;
use super::profile::{Control, Industry, Jurisdiction};
use super::sensitivity::Driver;
use super::state::Field;
use super::value::Certification;
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
    pub estimate: &'static str,
    pub seed_example: &'static str,
    pub fx: &'static str,
    pub in_place: &'static str,
    pub percentile: &'static str,
    pub simulated: &'static str,
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
    estimate: "Estimate",
    seed_example: "Seed example",
    fx: "exchange rate",
    in_place: "already in place",
    percentile: "Percentile",
    simulated: "simulated years",
};

pub const ZH: BreachText = BreachText {
    title: "一次数据泄露会让您的企业损失多少?",
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
    expected_loss_note: "一年内发生泄露的概率乘以单次泄露的损失(年化损失期望)。",
    breakdown: "单次泄露损失构成",
    breakdown_table: "以表格查看损失构成",
    category: "类别",
    today: "当前",
    with_package: "采用方案后",
    range: "损失区间",
    range_note: "基于蒙特卡洛模拟的大量年份:每年发生几次泄露、每次损失多少。P10 / P50 / P90:十年中有一年低于、一半低于、九年低于该值。",
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
    rosi_note: "(规避损失 + 保费节省 - 方案费用)/ 方案费用,按年计算。",
    payback: "回收期",
    months: "个月",
    never: "无法回收",
    no_cost: "未输入费用",
    downtime: "每次泄露的停机时间",
    hours: "小时",
    downtime_unchanged: "只有离线备份、经演练的应急预案或托管检测响应才能缩短停机时间。",
    tornado: "对年度预期损失影响最大的因素",
    tornado_note: "每项输入减半和加倍,其他输入不变。",
    halved: "减半",
    doubled: "加倍",
    certifications: "合规认证与其打开的市场",
    certification: "认证",
    opens: "打开的市场",
    applies: "与您相关",
    assumptions: "假设条件",
    assumptions_note: "模型使用的每一个数字及其来源。均可修改;分享链接会保留您的修改。",
    assumption: "假设",
    value_col: "数值",
    unit: "单位",
    source: "来源",
    reset: "还原",
    reset_all: "还原全部假设",
    edited: "已修改",
    simulation: "模拟",
    estimate: "估计",
    seed_example: "种子文档示例",
    fx: "汇率",
    in_place: "已具备",
    percentile: "分位数",
    simulated: "个模拟年份",
};

pub fn text(lang: Lang) -> &'static BreachText {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}

/// A field's label and unit (amounts take the currency's code as their unit).
pub fn field_label(f: Field, lang: Lang) -> (&'static str, &'static str) {
    let en = lang == Lang::En;
    match f {
        Field::Employees => if en { ("Employees", "people") } else { ("员工人数", "人") },
        Field::Revenue => if en { ("Annual revenue", "") } else { ("年营业收入", "") },
        Field::RecordsCustomer => if en { ("Customer personal data", "records") } else { ("客户个人信息", "条") },
        Field::RecordsPayment => if en { ("Payment cards", "records") } else { ("支付卡信息", "条") },
        Field::RecordsHealth => if en { ("Health records", "records") } else { ("健康医疗记录", "条") },
        Field::RecordsEmployee => if en { ("Employee records", "records") } else { ("员工信息", "条") },
        Field::Downtime => if en { ("Outage after a breach", "hours") } else { ("泄露后的停机时间", "小时") },
        Field::PackageCost => if en { ("Package cost", "a year") } else { ("方案费用", "/年") },
        Field::DowntimeAfter => if en { ("Outage with the package", "hours") } else { ("采用方案后的停机时间", "小时") },
        Field::Premium => if en { ("Cyber-insurance premium today", "a year") } else { ("当前网络安全保险保费", "/年") },
        Field::Trials => if en { ("Simulated years", "trials") } else { ("模拟年数", "次") },
        Field::Seed => if en { ("Random seed", "") } else { ("随机种子", "") },
    }
}

pub fn industry_label(i: Industry, lang: Lang) -> &'static str {
    let en = lang == Lang::En;
    match i {
        Industry::Healthcare => if en { "Healthcare" } else { "医疗" },
        Industry::Financial => if en { "Financial services" } else { "金融" },
        Industry::Industrial => if en { "Industrial and manufacturing" } else { "工业与制造" },
        Industry::Technology => if en { "Technology" } else { "科技" },
        Industry::Energy => if en { "Energy" } else { "能源" },
        Industry::Pharmaceuticals => if en { "Pharmaceuticals" } else { "制药" },
        Industry::Services => if en { "Professional services" } else { "专业服务" },
        Industry::Transportation => if en { "Transportation" } else { "交通运输" },
        Industry::Communications => if en { "Communications" } else { "通信" },
        Industry::Research => if en { "Research" } else { "科研" },
        Industry::Education => if en { "Education" } else { "教育" },
        Industry::Entertainment => if en { "Entertainment" } else { "娱乐" },
        Industry::Media => if en { "Media" } else { "传媒" },
        Industry::Consumer => if en { "Consumer goods" } else { "消费品" },
        Industry::Hospitality => if en { "Hospitality" } else { "酒店餐饮" },
        Industry::Retail => if en { "Retail" } else { "零售" },
        Industry::PublicSector => if en { "Public sector" } else { "公共部门" },
        Industry::Other => if en { "Other (all industries)" } else { "其他(全行业平均)" },
    }
}

pub fn jurisdiction_label(j: Jurisdiction, lang: Lang) -> &'static str {
    let en = lang == Lang::En;
    match j {
        Jurisdiction::Cn => if en { "China (PIPL, Data Security Law)" } else { "中国(个人信息保护法、数据安全法)" },
        Jurisdiction::Us => if en { "United States (CCPA, HIPAA)" } else { "美国(CCPA、HIPAA)" },
        Jurisdiction::Eu => if en { "European Union (GDPR)" } else { "欧盟(GDPR)" },
        Jurisdiction::Uk => if en { "United Kingdom (UK GDPR)" } else { "英国(UK GDPR)" },
        Jurisdiction::Other => if en { "Elsewhere (global average)" } else { "其他地区(全球平均)" },
    }
}

pub fn control_label(c: Control, lang: Lang) -> &'static str {
    let en = lang == Lang::En;
    match c {
        Control::Mfa => if en { "Multi-factor authentication" } else { "多因素认证(MFA)" },
        Control::Edr => if en { "Endpoint detection and response (EDR)" } else { "终端检测与响应(EDR)" },
        Control::Backups => if en { "Offline backups" } else { "离线备份" },
        Control::IrPlan => if en { "Tested incident-response plan" } else { "经演练的应急响应预案" },
        Control::Training => if en { "Security awareness training" } else { "安全意识培训" },
        Control::Encryption => if en { "Encryption of data" } else { "数据加密" },
        Control::Mdr => if en { "Managed detection and response (MDR)" } else { "托管检测与响应(MDR)" },
    }
}

pub fn category_label(c: Category, lang: Lang) -> &'static str {
    let en = lang == Lang::En;
    match c {
        Category::Detection => if en { "Detection and forensics" } else { "检测与取证" },
        Category::Notification => if en { "Notification" } else { "通知" },
        Category::Recovery => if en { "System recovery" } else { "系统恢复" },
        Category::Fines => if en { "Regulatory fines" } else { "监管罚款" },
        Category::Legal => if en { "Legal" } else { "法律费用" },
        Category::LostCustomers => if en { "Lost customers" } else { "客户流失" },
        Category::Brand => if en { "Brand repair" } else { "品牌修复" },
        Category::Downtime => if en { "Downtime" } else { "停机损失" },
    }
}

pub fn driver_label(d: Driver, lang: Lang) -> &'static str {
    let en = lang == Lang::En;
    match d {
        Driver::Likelihood => if en { "Chance of a breach" } else { "泄露概率" },
        Driver::IndustryCost => if en { "Industry cost level" } else { "行业损失水平" },
        Driver::Employees => if en { "Employees" } else { "员工人数" },
        Driver::Revenue => if en { "Revenue" } else { "营业收入" },
        Driver::Records => if en { "Records held" } else { "持有记录数" },
        Driver::Downtime => if en { "Outage hours" } else { "停机时间" },
        Driver::Spread => if en { "Spread" } else { "离散度" },
    }
}

/// A certification's name and what it opens (seed 002's 行业准入资质清单).
pub fn certification_text(c: Certification, lang: Lang) -> (&'static str, &'static str) {
    let en = lang == Lang::En;
    match c {
        Certification::PciDss => ("PCI DSS", if en { "Taking card payments: without it you cannot process credit cards." } else { "受理银行卡支付:没有它就无法处理信用卡业务。" }),
        Certification::Hipaa => ("HIPAA", if en { "US healthcare work: without compliance you cannot take on healthcare projects." } else { "美国医疗行业项目:不合规就无法承接医疗项目。" }),
        Certification::Iso27001 => ("ISO/IEC 27001", if en { "Supplier lists of large enterprises and international tenders." } else { "进入大型企业供应商准入名单和国际招标。" }),
        Certification::Mlps => (if en { "MLPS 2.0 (等保 2.0)" } else { "等保 2.0" }, if en { "China: required of network operators; a condition for government, finance and state-owned customers." } else { "中国:网络运营者的法定义务,也是政府、金融和国企客户的准入条件。" }),
    }
}

pub fn unit_label(u: Unit, lang: Lang) -> &'static str {
    let en = lang == Lang::En;
    match u {
        Unit::UsdMillions => if en { "USD million" } else { "百万美元" },
        Unit::Percent => "%",
        Unit::Factor => if en { "factor" } else { "系数" },
        Unit::Employees => if en { "people" } else { "人" },
        Unit::Records => if en { "records" } else { "条" },
        Unit::HoursPerYear => if en { "hours a year" } else { "小时/年" },
        Unit::PerUsd => if en { "per USD" } else { "每美元" },
    }
}

pub fn source_label(s: Source, lang: Lang) -> &'static str {
    let en = lang == Lang::En;
    match s {
        Source::Ibm2024 => "IBM Cost of a Data Breach 2024",
        Source::Ibm2025 => "IBM Cost of a Data Breach 2025",
        Source::Seed => if en { "Seed 002 (sales example)" } else { "种子文档 002(销售示例)" },
        Source::Estimate => if en { "Estimate" } else { "估计" },
        Source::Fx2025 => if en { "Approximate 2025 average rate" } else { "2025年平均汇率(近似)" },
    }
}

/// An assumption's name and the note on where its value comes from.
pub fn param_text(p: Param, lang: Lang) -> (String, &'static str) {
    let en = lang == Lang::En;
    let pick = |e: &'static str, z: &'static str| if en { e } else { z };
    match p {
        Param::IndustryCost => (if en { "Average breach cost in your industry" } else { "本行业单次泄露平均损失" }.into(), if en { "IBM's average for the industry chosen above." } else { "IBM 对上方所选行业的平均值。" }),
        Param::CountryCost => (if en { "Average breach cost where you are regulated" } else { "所在地区单次泄露平均损失" }.into(), if en { "IBM's country average; EU: mean of Germany, Italy and Benelux; China is not in IBM's study: ASEAN used." } else { "IBM 的国家/地区平均值;欧盟取德国、意大利、比荷卢的平均;IBM 研究未包含中国大陆,采用东盟数据。" }),
        Param::Detection => (pick("Detection and escalation (IBM category)", "检测与升级(IBM 类别)").into(), if en { "Forensics, assessment, audit, crisis management." } else { "取证、评估、审计、危机管理。" }),
        Param::Notification => (pick("Notification (IBM category)", "通知(IBM 类别)").into(), if en { "Telling regulators and data subjects." } else { "通知监管机构和数据主体。" }),
        Param::Response => (pick("Post-breach response (IBM category)", "泄露后响应(IBM 类别)").into(), if en { "Recovery, legal, regulatory fines, help desks." } else { "恢复、法律、监管罚款、客服。" }),
        Param::LostBusiness => (pick("Lost business (IBM category)", "业务损失(IBM 类别)").into(), if en { "Disruption, lost customers, reputation." } else { "业务中断、客户流失、声誉损失。" }),
        Param::FineShare => (pick("Fines, share of post-breach response", "罚款占泄露后响应的比例").into(), if en { "IBM does not split the category; chosen so an average fine matches IBM's fine figures." } else { "IBM 未细分该类别;取值使平均罚款与 IBM 的罚款数据相符。" }),
        Param::LegalShare => (pick("Legal, share of post-breach response", "法律费用占泄露后响应的比例").into(), if en { "IBM does not split the category." } else { "IBM 未细分该类别。" }),
        Param::FineRate => (pick("Breaches that end in a fine", "最终被罚款的泄露比例").into(), if en { "About a third of breached organisations paid a fine." } else { "约三分之一的受害组织缴纳了罚款。" }),
        Param::DisruptionShare => (pick("Business disruption, share of lost business", "业务中断占业务损失的比例").into(), if en { "Replaced by your own outage: revenue per operating hour times hours." } else { "以您自己的停机损失替代:每营业小时收入乘以停机时长。" }),
        Param::BrandShare => (pick("Brand repair, share of the rest of lost business", "品牌修复占其余业务损失的比例").into(), if en { "The rest is lost customers." } else { "其余为客户流失。" }),
        Param::WeightPayment => (pick("Cost of a payment-card record (customer record = 1)", "支付卡记录的相对成本(客户记录 = 1)").into(), if en { "Card brands' assessments come on top; kept at 1." } else { "卡组织的罚金另计;取 1。" }),
        Param::WeightHealth => (pick("Cost of a health record (customer record = 1)", "健康记录的相对成本(客户记录 = 1)").into(), if en { "Healthcare's average cost is about twice the global one (IBM 2024)." } else { "医疗行业平均损失约为全球平均的两倍(IBM 2024)。" }),
        Param::WeightEmployee => (pick("Cost of an employee record (customer record = 1)", "员工记录的相对成本(客户记录 = 1)").into(), if en { "IBM's cost per employee record against per customer record." } else { "IBM 每条员工记录与每条客户记录的成本之比。" }),
        Param::RefEmployees => (pick("Employees of the organisation IBM's averages describe", "IBM 平均值对应的组织员工数").into(), if en { "IBM's sample is mostly organisations of 500 to 25,000 people." } else { "IBM 样本以 500 至 25,000 人的组织为主。" }),
        Param::RefRecords => (pick("Records in the breach IBM's averages describe", "IBM 平均值对应的泄露记录数").into(), if en { "Midpoint of the 2,100 to 113,000 records IBM's breaches ranged over." } else { "IBM 研究的泄露规模为 2,100 至 113,000 条记录,取中点。" }),
        Param::RefRevenue => (pick("Revenue of the organisation IBM's averages describe", "IBM 平均值对应的组织营收").into(), if en { "Not published by IBM." } else { "IBM 未公布。" }),
        Param::ElasticitySize => (pick("How detection and recovery grow with headcount", "检测与恢复成本随人数增长的弹性").into(), if en { "Exponent: 0.6 means ten times the staff costs four times as much." } else { "指数:0.6 表示人数增至十倍,成本增至约四倍。" }),
        Param::ElasticityRecords => (pick("How notification, legal and fines grow with records", "通知、法律和罚款随记录数增长的弹性").into(), if en { "Exponent: cost per record falls as breaches grow." } else { "指数:泄露规模越大,单条记录成本越低。" }),
        Param::ElasticityRevenue => (pick("How lost customers and brand repair grow with revenue", "客户流失和品牌修复随营收增长的弹性").into(), if en { "Exponent." } else { "指数。" }),
        Param::OperatingHours => (pick("Operating hours a year", "每年营业小时数").into(), if en { "About 250 days of 8 hours: an hour's outage loses revenue / 2,000." } else { "约 250 天 × 8 小时:停机一小时损失营收的 1/2000。" }),
        Param::Likelihood => (pick("Chance of a breach a year, without these controls", "未采取这些措施时一年内发生泄露的概率").into(), if en { "No survey gives it for breaches with losses; Verizon DBIR 2025 finds SMBs in most breaches it studies. Set your own." } else { "尚无调查直接给出造成损失的泄露概率;Verizon DBIR 2025 显示中小企业占其研究的泄露事件多数。可自行设定。" }),
        Param::Cut(c) => (
            if en { format!("Cost cut: {}", control_label(c, lang)) } else { format!("损失降低:{}", control_label(c, lang)) },
            cut_note(c, en),
        ),
        Param::Prevent(c) => (
            if en { format!("Fewer breaches: {}", control_label(c, lang)) } else { format!("泄露概率降低:{}", control_label(c, lang)) },
            prevent_note(c, en),
        ),
        Param::InsuranceSaving => (pick("Insurance premium saving with the package", "采用方案后的保费优惠").into(), if en { "The seed's figure; no published source ties premiums to controls." } else { "种子文档的数字;尚无公开来源把保费与具体措施挂钩。" }),
        Param::Spread => (pick("Spread of one breach's cost (lognormal sigma)", "单次泄露损失的离散度(对数正态 σ)").into(), if en { "0.9: one breach in ten costs over about 2.5 times the median." } else { "0.9:十次中约有一次超过中位数的 2.5 倍。" }),
        Param::FxCny => (pick("Yuan per US dollar", "人民币兑美元汇率").into(), if en { "IBM's figures are in US dollars." } else { "IBM 的数字以美元计。" }),
        Param::FxEur => (pick("Euro per US dollar", "欧元兑美元汇率").into(), if en { "IBM's figures are in US dollars." } else { "IBM 的数字以美元计。" }),
        Param::FxGbp => (pick("Pound per US dollar", "英镑兑美元汇率").into(), if en { "IBM's figures are in US dollars." } else { "IBM 的数字以美元计。" }),
    }
}

fn cut_note(c: Control, en: bool) -> &'static str {
    match c {
        Control::Mfa => if en { "IBM 2024: identity and access management, against the average." } else { "IBM 2024:身份与访问管理,相对平均值。" },
        Control::Edr => if en { "IBM 2024: security AI and automation used in detection, against the average." } else { "IBM 2024:在检测中使用安全 AI 与自动化,相对平均值。" },
        Control::Backups => if en { "Estimate: recovery without paying ransom; the outage itself is set by the hours." } else { "估计:无需支付赎金即可恢复;停机损失另按小时计算。" },
        Control::IrPlan => if en { "IBM 2024: incident-response planning and testing, against the average." } else { "IBM 2024:应急响应预案与演练,相对平均值。" },
        Control::Training => if en { "IBM 2024: employee training, against the average." } else { "IBM 2024:员工培训,相对平均值。" },
        Control::Encryption => if en { "IBM 2024: encryption, against the average." } else { "IBM 2024:加密,相对平均值。" },
        Control::Mdr => if en { "IBM 2024: breaches found by the organisation's own team cost nearly USD 1 M less than those disclosed by the attacker." } else { "IBM 2024:由自身团队发现的泄露比攻击者披露的少损失近 100 万美元。" },
    }
}

fn prevent_note(c: Control, en: bool) -> &'static str {
    match c {
        Control::Mfa => if en { "Estimate: stolen credentials start 16% of breaches (IBM 2024)." } else { "估计:16% 的泄露始于被盗凭证(IBM 2024)。" },
        Control::Edr => if en { "Estimate: ransomware is in 88% of SMB breaches (Verizon DBIR 2025); EDR stops much of it." } else { "估计:88% 的中小企业泄露涉及勒索软件(Verizon DBIR 2025),EDR 可拦截其中大部分。" },
        Control::Training => if en { "Estimate: phishing starts 15% of breaches (IBM 2024); training halves the clicks." } else { "估计:15% 的泄露始于网络钓鱼(IBM 2024),培训可使点击减半。" },
        Control::Mdr => if en { "Estimate: around-the-clock monitoring stops intrusions before data leaves." } else { "估计:全天候监测可在数据外泄前阻断入侵。" },
        Control::Backups | Control::IrPlan | Control::Encryption => if en { "These limit the damage, not the chance." } else { "这些措施减少损失,而不降低概率。" },
    }
}
