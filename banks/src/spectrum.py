# Source of banks/spectrum.json (run: python3 banks/src/spectrum.py > banks/spectrum.json).
# Written as compact tables so the bilingual content reads side by side; the JSON is
# what the bundle compiles in and what embedders copy.
import json

def L(zh, en): return {"zh": zh, "en": en}
def same(zh, en): return {"screen": L(zh, en), "self": L(zh, en)}

dimensions = [
  ("value", "价值定义", "Value definition", [
    ("写下客户要完成的“工作”(JTBD,如“保障核心业务不中断”“高效通过合规审计”),并以此定义产品,而非功能清单。", "Write down the customer's job to be done (\"keep the core business running\", \"pass audits\") and define the offering by it, not by its feature list."),
    ("与每个客户约定可度量的成果,并在交付后持续报告。", "Agree measurable outcomes with each customer and report on them after delivery."),
    ("转向与成果和SLA挂钩的订阅定价,以MDR服务为参照。", "Move to subscription pricing tied to outcomes and an SLA, with MDR services as the model."),
  ]),
  ("nonfunctional", "非功能性设计", "Non-functional design", [
    ("采用DevSecOps实践:自动化测试、灰度发布和一键回滚。", "Adopt DevSecOps practice: automated tests, staged rollout and one-click rollback."),
    ("把稳定性、兼容性和易用性设为与检测算法同等重要的发布门禁。", "Make stability, compatibility and usability release gates, as important as detection quality."),
    ("按客户业务调优告警,消除噪音,避免关键告警被淹没。", "Tune alerts to the customer's business so that critical ones are not drowned in noise."),
  ]),
  ("delivery", "交付规划", "Delivery planning", [
    ("把每次交付当作一次可复制的“发布”:环境确认、自动化部署(CI/CD)、交付前安全检查(SAST、DAST、依赖扫描)。", "Treat every delivery as a repeatable release: environment check, automated deployment (CI/CD), security checks before delivery (SAST, DAST, dependency scans)."),
    ("部署后立即监控和验证,所有配置纳入版本控制,并准备回滚预案。", "Monitor and verify right after deployment; keep every configuration under version control with a rollback plan."),
    ("通过文档、标准化培训和操作手册完成知识转移,并明确部署后的运营责任。", "Transfer knowledge with documentation, standard training and runbooks, and make post-deployment operation someone's job."),
  ]),
  ("organisation", "组织协同", "Organisation", [
    ("建立客户成功管理(CSM):客户分层、缩短价值实现时间的入职流程、健康检查和季度业务回顾。", "Set up customer success management: account tiers, onboarding that shortens time to value, health checks and quarterly business reviews."),
    ("度量价值交付:价值实现时间、核心功能采用率(60-80%)、健康客户比例(>80%)、年流失率(<5-7%)和NPS(>50)。", "Measure value delivery: time to value, core-feature adoption (60-80%), healthy accounts (> 80%), annual churn (< 5-7%) and NPS (> 50)."),
    ("从各管一段的职能部门转向由产品、研发、CSM共同对客户成功负责的跨职能团队。", "Move from siloed departments to cross-functional pods (product, R&D, CSM) jointly accountable for customer success."),
  ]),
]

questions = [
  ("value-definition", "value", "您如何描述这项产品或服务为客户带来的价值?", "How do you describe what the offering does for the customer?",
   ("客户“雇佣”产品是为了完成一项工作,而不是为了拥有一堆告警盒子。", "Customers \"hire\" an offering to get a job done, not to own a pile of alerting boxes."),
   [("按功能清单和检测能力(如能检测多少种漏洞)", "By its features and detection counts"),
    ("按覆盖的威胁类型", "By the threats it covers"),
    ("按客户要完成的工作(如通过合规审计、保障业务不中断)", "By the customer's job (pass an audit, keep the business running)"),
    ("按与客户约定并在交付后持续度量的业务成果", "By outcomes agreed with the customer and measured after delivery")]),
  ("value-discovery", "value", "如何了解客户的真实需求?", "How do you learn what customers actually need?", None,
   [("由研发根据技术能力决定", "Engineering decides from what the technology can do"),
    ("来自销售反馈和功能需求", "From sales feedback and feature requests"),
    ("针对客户待办工作(JTBD)的结构化访谈", "Structured interviews about the customer's jobs to be done"),
    ("持续地,来自使用数据、健康检查和业务回顾", "Continuously, from usage data, health checks and business reviews")]),
  ("value-pricing", "value", "产品或服务如何定价?", "How is the offering priced?", None,
   [("按设备或永久授权一次性收费", "Per box or perpetual licence"),
    ("授权费加年度维保费", "Licence plus a yearly maintenance fee"),
    ("按资产或用户订阅,含支持服务", "Subscription per asset or user, with support"),
    ("与成果和SLA挂钩的订阅(如MDR服务)", "Subscription tied to outcomes and an SLA (as MDR services are)")]),
  ("nonfunctional-updates", "nonfunctional", "更新如何发布到客户环境?", "How do updates reach customers' systems?",
   ("一次有缺陷的更新就可能造成全球性的业务中断,CrowdStrike事件即是教训。", "One faulty update can stop customers' business worldwide, as the CrowdStrike outage showed."),
   [("手工发布,所有客户同时更新,无法回滚", "Manually, to everyone at once, with no rollback"),
    ("经过测试,但一次性全量发布", "Tested, but released to everyone at once"),
    ("自动化测试并灰度发布", "Automated tests and a staged (canary) rollout"),
    ("自动化测试、灰度发布、一键回滚,并监控发布后健康度", "Automated tests, staged rollout, one-click rollback and health monitoring")]),
  ("nonfunctional-operability", "nonfunctional", "部署和日常运行的难易程度如何?", "How easy is the offering to deploy and run?", None,
   [("需要原厂工程师驻场,告警噪音大", "It needs our engineers on site; alert noise is common"),
    ("有文档,但需要专家调优", "Documented, but it needs expert tuning"),
    ("引导式部署、合理的默认配置,告警经过分级", "Guided setup and sensible defaults; alerts are triaged"),
    ("自助部署、兼容性经过验证,告警按客户业务调优", "Self-service setup, tested compatibility, alerts tuned to the customer's business")]),
  ("nonfunctional-quality", "nonfunctional", "发布前如何验证稳定性、兼容性和易用性?", "How do you check stability, compatibility and usability before a release?", None,
   [("主要关注检测算法本身", "We focus on the detection algorithms"),
    ("在少数环境中临时测试", "Ad hoc tests on a few environments"),
    ("有兼容性矩阵和性能测试", "A compatibility matrix and performance tests"),
    ("安全左移(SAST、DAST、依赖扫描),并设有稳定性和易用性门禁", "Security shifted left (SAST, DAST, dependency scans) plus stability and usability gates")]),
  ("delivery-process", "delivery", "产品或服务如何交付?", "How is the offering delivered?",
   ("把每次交付当作可复制、可优化的“产品发布”,而非一次性项目。", "Treat every delivery as a repeatable, improvable release, not a one-off project."),
   [("每次交付都是一次性项目", "Each delivery is a one-off project"),
    ("有安装检查清单", "An installation checklist"),
    ("标准流程:环境确认、自动化部署、部署后验证", "A standard process: environment check, automated deployment, post-deployment checks"),
    ("可复制的发布:版本控制、回滚预案、监控和知识转移", "A repeatable release: version control, rollback plan, monitoring, knowledge transfer")]),
  ("delivery-responsibility", "delivery", "您对客户的责任在何处结束?", "Where does your responsibility to the customer end?", None,
   [("在发货或验收时", "At shipment or acceptance"),
    ("在质保或支持合同期满时", "When the warranty or support contract ends"),
    ("订阅期内定期做健康检查", "We run health checks throughout the subscription"),
    ("持续运营,并按SLA对成果负责", "We operate it continuously and answer for the outcome under an SLA")]),
  ("delivery-response", "delivery", "对重大安全事件,您承诺的响应时间是多少?", "What response time do you commit to for a serious security event?",
   ("MSSP 1.0通常为4-8小时,2.0为1-2小时(重大事件30分钟内),3.0为15分钟内联合处置。", "MSSP 1.0 typically answers in 4-8 hours, 2.0 in 1-2 hours (30 minutes for major events), 3.0 handles major incidents jointly within 15 minutes."),
   [("没有承诺", "No commitment"),
    ("4至8小时", "4 to 8 hours"),
    ("1至2小时,重大事件30分钟内", "1 to 2 hours, 30 minutes for major events"),
    ("15分钟内,与客户联合处置", "Within 15 minutes, handled jointly with the customer")]),
  ("organisation-success", "organisation", "售后由谁对客户成功负责?", "Who owns the customer's success after the sale?", None,
   [("无人专门负责,支持部门被动处理工单", "Nobody in particular: support answers tickets"),
    ("销售在续约时跟进", "The salesperson, at renewal time"),
    ("为重点客户配备客户成功经理", "Customer success managers for key accounts"),
    ("跨职能团队(产品、研发、CSM)对分层客户的成功共同负责", "Cross-functional pods (product, R&D, CSM) accountable for tiered accounts")]),
  ("organisation-measurement", "organisation", "您跟踪哪些客户价值指标?", "Which customer-value KPIs do you track?",
   ("价值实现时间、采用率、健康度、流失率和NPS。", "Time to value, adoption, health, churn and NPS."),
   [("没有,只看收入", "None, only revenue"),
    ("工单和续约情况", "Support tickets and renewals"),
    ("部分跟踪上述指标", "Some of them"),
    ("全部五项,并在定期业务回顾中与客户一起复盘", "All five, reviewed with customers in regular business reviews")]),
  ("organisation-collaboration", "organisation", "您与客户业务的协同程度如何?", "How closely do you work with the customer's business?", None,
   [("按合同执行,不接触业务", "We carry out the contract, with no business contact"),
    ("利用客户的日志和数据优化检测", "We use their logs and data to improve detection"),
    ("与其IT和安全负责人定期复盘", "Regular reviews with their IT and security leads"),
    ("与业务负责人成立联合委员会,安全融入业务规划", "A joint committee with business owners; security planned into their business")]),
]

bands = [
  (0, "box", "产品化:交付“盒子”", "Productized: a box",
   "能力被封装成产品,责任在交付时结束。价值完全取决于客户能否自己运营,极易沦为“僵尸盒子”。",
   "Capability packaged and shipped; responsibility ends at delivery. Value depends entirely on the customer running it, so it easily becomes a \"zombie box\"."),
  (30, "box-plus", "产品加实施项目", "Box plus a project",
   "产品配有部署项目,但交付后价值仍依赖客户自身,流程因项目而异。",
   "The product comes with a deployment project, but value after go-live still depends on the customer and each delivery differs."),
  (55, "solution", "标准化解决方案", "Standard solution",
   "产品加标准化交付流程和客户成功运营。下一步:以SLA和持续运营对成果负责。",
   "Product plus a standard delivery process and customer-success operations. Next: answer for the outcome with an SLA and continuous operation."),
  (80, "outcome", "商品化:交付成果", "Commercialized: an outcome",
   "产品加标准流程、SLA和持续运营,如MDR服务:客户购买的是成果。用KPI持续转动价值交付飞轮。",
   "Product plus standard process, SLA and continuous operation, as MDR services deliver: the customer buys an outcome. Keep the value-delivery flywheel turning with KPIs."),
]

mssp = [
  (0, "mssp-1", 1, "MSSP 1.0 传统托管", "MSSP 1.0 hosting",
   "被动响应、基础运维:设备托管加事件响应,响应时效通常4-8小时;单向服务;价值仅为合规保障,竞争集中在价格。",
   "Passive response and basic operations: device hosting and incident response, typically answered in 4-8 hours; one-way service; the value is compliance only, and competition is on price.",
   "迈向2.0:引入自动化与AI威胁检测、威胁情报和每月漏洞扫描,承诺1-2小时响应、重大事件30分钟内初步响应。",
   "To reach 2.0: add automated, AI-assisted detection, threat intelligence and monthly vulnerability scans, and commit to 1-2 hour response (30 minutes for major events)."),
  (40, "mssp-2", 2, "MSSP 2.0 智能化托管", "MSSP 2.0 intelligent hosting",
   "主动监测、数据驱动:AI检测、漏洞扫描和威胁情报,响应1-2小时,重大事件30分钟内;价值为效率提升(客户安全团队工作量降低40%-60%),但仍与业务脱节。",
   "Proactive, data-driven monitoring: AI detection, vulnerability scans and threat intelligence; response in 1-2 hours, 30 minutes for major events; the value is efficiency (40-60% less in-house security work), still apart from the business.",
   "迈向3.0:与客户业务负责人成立联合安全委员会,在新业务上线前做安全评估,重大事件15分钟内联合处置,并用业务指标量化价值。",
   "To reach 3.0: form a joint security committee with the customer's business owners, assess security before new launches, handle major incidents jointly within 15 minutes and report value in business terms."),
  (75, "mssp-3", 3, "MSSP 3.0 价值共创", "MSSP 3.0 value co-creation",
   "业务融合、战略协同:安全融入客户业务全流程,联合委员会共同规划,重大事件15分钟内联合处置;价值为驱动业务增长(案例中业务中断损失平均减少60%以上)。",
   "Business integration and strategic collaboration: security built into the customer's business, planned with a joint committee, major incidents handled jointly within 15 minutes; the value is business growth (the seed's cases cut outage losses by 60% or more).",
   "保持领先:持续用业务损失减少、效率提升和业务增长量化价值,考虑“基础服务费+价值分成”的定价。",
   "Stay ahead: keep quantifying losses avoided, efficiency and growth, and consider value-based pricing (a base fee plus a share of the value)."),
]

bank = {
  "id": "spectrum",
  "version": 1,
  "title": L("产品化—商品化光谱评估", "Productization-commercialization spectrum"),
  "dimensions": [{"id": i, "title": L(zh, en), "points": 25, "next_steps": [L(a, b) for a, b in steps]} for i, zh, en, steps in dimensions],
  "questions": [dict({"id": i, "dimension": d, "text": L(zh, en)}, **({"help": L(*h)} if h else {}),
                     options=[{"text": L(a, b), "points": p} for p, (a, b) in enumerate(opts)])
                for i, d, zh, en, h, opts in questions],
  "bands": [{"min": m, "id": i, "title": same(zh, en), "advice": same(azh, aen)} for m, i, zh, en, azh, aen in bands],
  "scales": [{
    "id": "mssp",
    "title": L("MSSP阶段", "MSSP stage"),
    "questions": ["delivery-responsibility", "delivery-response", "organisation-measurement", "organisation-collaboration"],
    "levels": [{"min": m, "id": i, "value": v, "title": L(zh, en), "description": L(dzh, den), "next": L(nzh, nen)}
               for m, i, v, zh, en, dzh, den, nzh, nen in mssp],
  }],
}
print(json.dumps(bank, ensure_ascii=False, indent=1))
