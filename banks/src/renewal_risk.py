# Source of banks/renewal-risk.json (run: python3 banks/src/renewal_risk.py > banks/renewal-risk.json).
# The renewal-risk model of seed 004 (the MSS service-manager training on 托管业务风险管理):
# its taxonomy, levels, responses, states, playbooks, value measures and "no risk"
# confirmations, written as compact bilingual tables. Line numbers (L123) point into
# shared/seeds/004_*.txt. Where the seed is silent (level names, measure targets), the
# text says what we chose and that it is ours. What users read calls seed 004 "the
# methodology" (方法论) and seed 003 by its subject (MSSP 2.0), never "the seed".
import json

def L(zh, en): return {"zh": zh, "en": en}

levels = [
  # The seed's 风险定性原则 table (L161-165) lost its level column when it was flattened;
  # its three rows, most serious first, are read as high, medium and low.
  ("high", "高", "High",
   "可能无法续费、可能无法上线、可能严重影响客户满意度、可能产生质量事件。",
   "May not renew, may not go live, may seriously hurt the customer's satisfaction, may cause a quality incident.",
   ["mitigate", "avoid"]),
  ("medium", "中", "Medium",
   "可能影响客户满意度、可能影响续费时间、可能影响服务交付效果、可能影响项目毛利。",
   "May hurt the customer's satisfaction, delay the renewal, weaken delivery or cut the project's margin.",
   ["accept", "mitigate", "avoid"]),
  ("low", "低", "Low",
   "可能轻微影响客户满意度。",
   "May slightly affect the customer's satisfaction.",
   ["accept", "mitigate", "avoid"]),
]

responses = [
  ("accept", "接受风险", "Accept"),
  ("mitigate", "减轻风险", "Mitigate"),
  ("avoid", "回避风险", "Avoid"),
]

states = [
  # (id, zh, en, still open: counts in the outlook)
  ("pending", "待确认处置方案", "Response pending", True),
  ("in-progress", "处置中", "In progress", True),
  ("monitoring", "持续监测", "Monitoring", True),
  ("issue", "已转化为问题", "Turned into an issue", True),
  ("closed", "已闭环", "Closed", False),
]

classes = [
  ("delivery", "交付类", "Delivery"),
  ("commercial", "商务类", "Commercial"),
]

groups = [
  ("perceived-value", "delivery", "满意度风险：感知度", "Satisfaction: perceived value"),
  ("demand", "delivery", "满意度风险：服务需求", "Satisfaction: demand"),
  ("quality", "delivery", "满意度风险：服务质量", "Satisfaction: quality"),
  ("delivery-cost", "delivery", "交付风险", "Delivery cost"),
  ("commercial", "commercial", "商务风险", "Commercial"),
]

# Guidance the seed gives for every perceived-value risk (L128-130, L190-199), and the
# value touchpoints of its quality standard (L557-560).
PV = ["steer-needs", "show-valued-points", "appropriate-investment"]
risks = [
  ("missing-components", "perceived-value", "组件不全导致的事件少", "Few events seen: service components are missing",
   "客户未购买全部服务组件（如 SIP、EDR、AF），监测到的事件少，价值难以呈现。",
   "The customer lacks some of the service's components (SIP, EDR, AF), so few events are seen and the value hardly shows.",
   ["component-trial", "manage-expectations", "refocus-standard-work", "gift-value-added"]),
  ("private-network", "perceived-value", "内网/专网导致的事件少", "Few events seen: intranet or private network",
   "业务运行在内网或专网中，外部攻击少，可呈现的事件少。",
   "The business runs on an intranet or private network, so few attacks and few events show.",
   ["refocus-standard-work", "manage-expectations"] + PV),
  ("few-assets", "perceived-value", "资产少/无服务器资产导致的事件少", "Few events seen: few or no server assets",
   "纳管资产少或没有服务器资产，可呈现的事件少。",
   "Few assets, or no servers, are under management, so few events show.",
   ["refocus-standard-work", "manage-expectations"] + PV),
  ("closure-not-shown", "perceived-value", "主动闭环/有效预防价值呈现不足", "Proactive closure and prevention not shown",
   "已完成的主动闭环和有效预防工作未被客户看到。",
   "The customer does not see the closure and prevention work that was done.",
   ["value-touchpoints"] + PV),
  ("decision-maker-unaware", "perceived-value", "决策人感知不足", "The decision maker does not see the value",
   "对接人认可服务，但决策人对服务价值感知不足。",
   "The contact values the service, but the decision maker does not see its value.",
   ["value-report"] + PV),
  ("perceived-other", "perceived-value", "其他原因", "Other causes of low perceived value",
   "其他导致客户对服务价值感知不足的原因。", "Anything else that keeps the customer from seeing the service's value.",
   PV),
  ("demand-mismatch", "demand", "服务需求不匹配", "Needs and service do not match",
   "客户关注的安全需求与托管服务的价值不匹配。",
   "The security needs the customer cares about are not what the managed service delivers.",
   ["steer-needs", "other-route"]),
  ("expectations-too-high", "demand", "客户要求过高", "The customer's expectations are too high",
   "客户要求超出标准交付范围，需求持续蔓延。",
   "The customer asks for more than the standard service, and the asks keep growing.",
   ["screen-growing-demand", "manage-expectations", "appropriate-investment"]),
  ("major-incident", "quality", "发生重大安全事件", "A major security incident",
   "服务期内发生重大安全事件，影响客户对服务质量的判断。",
   "A major security incident during the service colours the customer's view of its quality.",
   ["incident-review", "value-report"]),
  ("cost-overrun", "delivery-cost", "成本超支", "Cost overrun",
   "实际工作量远超标准交付工时，影响项目毛利。",
   "The work far exceeds the standard delivery hours and cuts the project's margin.",
   ["align-scope", "screen-growing-demand", "appropriate-investment"]),
  ("traffic-missing", "delivery-cost", "流量不全或存在未解密流量", "Traffic missing or not decrypted",
   "监测设备未覆盖全部流量，或存在未解密流量，影响检测效果。",
   "The sensors do not see all traffic, or some of it is encrypted, so detection suffers.",
   ["manage-expectations", "component-trial"]),
  ("delivery-other", "delivery-cost", "其他交付风险", "Other delivery risks",
   "其他影响交付效果或成本的风险。", "Anything else that threatens delivery or its cost.", []),
  ("relationship", "commercial", "商务关系风险", "Relationship",
   "与客户决策人或对接人的商务关系薄弱或发生变化。",
   "The relationship with the decision maker or the contact is weak or has changed.",
   ["value-report", "escalate-channel"]),
  ("budget", "commercial", "预算风险", "Budget",
   "续约预算未通过、未预留，或预算流程存在障碍。",
   "The renewal budget is not approved or reserved, or its process is blocked.",
   ["confirm-budget", "escalate-channel"]),
]

playbooks = [
  ("component-trial", "推动组件测试与增购", "Push a component trial, then the upsell",
   "推动组件测试，最终让客户购买对应组件，即转入增购场景，具体参考对应组件的增购指引。SIP 可发现内网流量中的攻击，EDR 可主动查杀并识别终端异常行为，AF 可主动封堵攻击。",
   "Get the customer to trial the missing component and, in the end, buy it: from here it is an upsell, run by that component's upsell guide. SIP finds attacks in internal traffic, EDR hunts and spots abnormal endpoint behaviour, AF blocks attacks.",
   "方法论：感知度－服务组件不全", "Methodology: perceived value, missing components"),  # L207-219
  ("manage-expectations", "控制客户预期", "Manage expectations",
   "通过现状分析向客户说明现在缺少哪些组件或条件，以及对服务效果的影响。",
   "Show the customer, from an analysis of today's set-up, what is missing and what that means for the service's results.",
   "方法论：感知度－服务组件不全", "Methodology: perceived value, missing components"),  # L211
  ("refocus-standard-work", "把标准服务投向客户关注点", "Re-focus standard work on what the customer cares about",
   "分析客户需求，从现有 MSS 价值主张中找到对应工作，按客户关注度排序，优先呈现标准服务内的工作。例如客户事件少但关注资产脆弱性，可把事件闭环的工作量投入漏洞管理，重点呈现漏洞管理的价值。",
   "Find, in the service's standard work, what matches the customer's concerns, rank it by what they care about most, and show that first. If there are few events but the customer worries about weaknesses, move the effort from closing events to vulnerability management and show its value.",
   "方法论：感知度－服务组件不全", "Methodology: perceived value, missing components"),  # L213
  ("gift-value-added", "在成本上限内赠送增值服务", "Gift value-added services within a cost limit",
   "标准工作之后，可依次向客户提供增值服务，直至满意度明显提升、超出成本限制或增值服务已全部提供；话术中应体现增值服务的“赠送”性质。",
   "After the standard work, offer value-added services one at a time, until satisfaction clearly rises, the cost limit is reached or nothing is left to offer; say plainly that they are a gift.",
   "方法论：感知度－服务组件不全", "Methodology: perceived value, missing components"),  # L213
  ("steer-needs", "引导客户需求", "Steer the customer's needs",
   "尝试引导客户需求，让客户关注服务能带来的价值。",
   "Steer the customer's attention to what the service does deliver.",
   "方法论：感知度风险的处置投入", "Methodology: where to invest for perceived-value risks"),  # L129
  ("show-valued-points", "增强关注点的价值呈现", "Show more value where the customer looks",
   "增强客户关注的需求点的价值展现。", "Show more of the value on the points the customer cares about.",
   "方法论：感知度风险的处置投入", "Methodology: where to invest for perceived-value risks"),  # L130
  ("appropriate-investment", "投入要恰当", "Invest appropriately",
   "投入方向与客户需求重点匹配；对标准交付以上的要求，努力比客户预期做得好一点，但不要过度镀金，以免拖累成本。由渠道负责人综合客户分层、今年可能产出、投入成本、实施难度和效果预期决定是否投入。",
   "Invest where the customer's needs are; for asks above the standard service, do a little better than expected but do not gold-plate, which drags on cost. The channel owner decides, weighing the customer's tier, this year's likely revenue, the cost, the difficulty and the expected effect.",
   "方法论：如何选择应对策略", "Methodology: choosing a response"),  # L190-199
  ("value-touchpoints", "建立价值呈现触点", "Build value touchpoints",
   "对脆弱性、威胁和事件逐单呈现，并通过周报、月报和月度沟通总结价值。",
   "Show each weakness, threat and event as it is handled, and sum up the value in weekly and monthly reports and the monthly review.",
   "方法论：基于价值实现的质量控制规范", "Methodology: value-based quality standard"),  # L557-559
  ("value-report", "向决策人做价值汇报", "Report the value to the decision maker",
   "通过季度、半年度或年度价值汇报，向决策人呈现服务价值。",
   "Present the service's value to the decision maker in a quarterly, half-year or yearly value report.",
   "方法论：基于价值实现的质量控制规范", "Methodology: value-based quality standard"),  # L560
  ("other-route", "为无法满足的需求找到出路", "Give unmet needs another route",
   "确认客户理解 MSS 无法满足的安全需求，并有其他解决路径。",
   "Make sure the customer understands which security needs the managed service cannot meet, and has another way to meet them.",
   "方法论：风险分析及描述", "Methodology: analysing a risk"),  # L171
  ("screen-growing-demand", "筛选蔓延需求", "Screen growing demands",
   "逐项判断：需求对客户有多重要，是否应由运营中心承接、能否承接；需要多少成本、影响如何；哪种方案最合适。",
   "For each new ask: how much it matters to the customer and whether it is ours to take; what it costs and what it affects; which way of meeting it fits best.",
   "方法论：对于蔓延需求，如何筛选方案", "Methodology: screening growing demands"),  # L201-205
  ("align-scope", "对外承诺前先对齐工作范围", "Align the scope inside before promising outside",
   "方法论中的成本超支样例，根因是对外承诺前内部缺少工作范围的对齐：售前承诺额外工作前，先与交付方确认范围和工时。",
   "In the methodology's cost-overrun example the root cause is promising work outside before agreeing the scope inside: before pre-sales promises extra work, agree scope and hours with delivery.",
   "方法论：风险样例", "Methodology: the example risk"),  # L63-67
  ("incident-review", "事件复盘与质量定级", "Review the incident and grade it",
   "重大问题解决后立即复盘，并按质量问题等级定级跟踪。",
   "Review a major problem as soon as it is solved, and grade and track it as a quality issue.",
   "方法论：管理办法", "Methodology: management rules"),  # L528, L597-601
  ("confirm-budget", "确认预算与流程", "Confirm the budget and its process",
   "与客户确认续约预算是否已通过或预留，以及预算流程的执行人和时间点。",
   "Confirm with the customer whether the renewal budget is approved or reserved, and who runs its process and when.",
   "方法论：如何确认项目无风险", "Methodology: confirming there is no risk"),  # L134-135
  ("escalate-channel", "提请渠道负责人决策", "Take it to the channel owner",
   "由渠道负责人根据客户分层、今年可能产出和投入成本判断是否投入资源。",
   "The channel owner decides whether to commit resources, by the customer's tier, this year's likely revenue and the cost.",
   "方法论：如何选择应对策略", "Methodology: choosing a response"),  # L194
]

# The seed's example risk model (L149-160) names each measure and where its data comes
# from, but gives no target: SLA targets follow seed 003's MSSP 2.0 response times; the
# rates' targets are our estimate. Every target is editable.
SLA = ("MSSP 2.0 阶段的响应时效：1–2 小时", "MSSP 2.0 stage: responds within 1-2 hours")
EST = ("估计值：方法论未给出目标，请按合同约定填写", "Estimate: the methodology gives no target; use your contract's")
measures = [
  ("message-response-work", "monitoring", "客户消息响应时间（工作时间）", "Message response time, working hours", "min", "lower", 30,
   ("估计值：方法论未给出目标", "Estimate: the methodology gives no target"), ("企业微信监控", "WeCom monitoring")),
  ("message-response-off", "monitoring", "客户消息响应时间（非工作时间）", "Message response time, out of hours", "min", "lower", 120,
   ("估计值：方法论未给出目标", "Estimate: the methodology gives no target"), ("企业微信监控", "WeCom monitoring")),
  ("threat-notice-work", "monitoring", "威胁事件通报时间（工作时间）", "Threat notification time, working hours", "min", "lower", 120,
   SLA, ("MSSP 平台", "MSSP platform")),
  ("threat-notice-off", "monitoring", "威胁事件通报时间（非工作时间）", "Threat notification time, out of hours", "min", "lower", 120,
   SLA, ("MSSP 平台", "MSSP platform")),
  ("alert-accuracy", "monitoring", "威胁/事件准确率", "Alert accuracy", "%", "higher", 90, EST, ("MSSP 平台监测", "MSSP platform")),
  ("threat-disposal", "prevention", "威胁处置率", "Threat disposal rate", "%", "higher", 90, EST, ("MSSP 平台（威胁工单、策略工单）", "MSSP platform (threat and policy tickets)")),
  ("vulnerability-disposal", "prevention", "脆弱性处置率", "Vulnerability disposal rate", "%", "higher", 80, EST,
   ("MSSP 平台（弱口令、漏洞、环境异常、安全盲点）", "MSSP platform (weak passwords, vulnerabilities, anomalies, blind spots)")),
  ("proactive-closure", "closure", "事件主动闭环率", "Proactive closure rate", "%", "higher", 80, EST, ("MSSP 平台（服务经理自主提交）", "MSSP platform (entered by the service manager)")),
  ("closure", "closure", "事件闭环率", "Closure rate", "%", "higher", 95, EST, ("MSSP 平台（服务经理自主提交）", "MSSP platform (entered by the service manager)")),
  ("proactive-threat-disposal", "closure", "威胁主动处置率", "Proactive threat disposal rate", "%", "higher", 80, EST, ("MSSP 平台（威胁工单）", "MSSP platform (threat tickets)")),
]
pillars = [
  ("monitoring", "7×24 监测与响应", "24/7 monitoring and response"),
  ("prevention", "有效预防", "Effective prevention"),
  ("closure", "主动闭环", "Proactive closure"),
]

confirmations = [
  ("decision-maker-values", "commercial", "客户决策人认可服务价值", "The decision maker recognises the service's value"),
  ("budget-approved", "commercial", "有已通过或预留的预算", "A budget is approved or reserved"),
  ("budget-process-clear", "commercial", "预算流程执行无障碍", "The budget process is clear, with no obstacle"),
  ("satisfied", "delivery", "客户决策人及对接人明确表示满意或符合预期", "The decision maker and the contact both say they are satisfied"),
]

analysis = {
  "fishbone": [
    L("写鱼头：用“为什么不好”的方式描述问题。", "The head: state the problem as \"why is it bad\"."),
    L("画大骨，填写大要因。", "The big bones: the main factors."),
    L("画中骨、小骨，填写中小要因。", "The middle and small bones: the lesser factors."),
    L("用特殊符号标出重要因素：它们就是主因。", "Mark the factors that matter most: they are the main causes."),
  ],
  "five_why": L("5Why 法：对主因连问“为什么”找到根因，找到后再反问确认，保证逻辑成立。",
                "5-Why: ask \"why\" of the main cause until you reach the root cause, then ask back the other way to check the logic holds."),
  "questions": [
    L("客户的决策人和对接人是否明确表示过对服务完全满意？", "Have the decision maker and the contact said plainly that they are fully satisfied?"),
    L("客户关注的需求是否在服务价值上？MSS 无法满足的需求，客户是否理解并有其他解决路径？", "Are the customer's concerns what the service delivers? For needs it cannot meet, does the customer know that and have another route?"),
    L("服务的价值点（尤其是客户关注的）是否充分呈现、符合预期？", "Has the value the customer cares about been shown in full, and does it meet their expectations?"),
    L("主因：诸多原因中影响最大的一个或几个；根因：主因背后深层次的决定性原因。", "Main cause: the one or few causes with the greatest effect. Root cause: the deeper, deciding cause behind it."),
  ],
}

bank = {
  "id": "mss-renewal",
  "version": 1,
  "title": L("托管安全服务续约风险评估", "Managed security service renewal risk"),
  "levels": [{"id": i, "title": L(zh, en), "criteria": L(czh, cen), "responses": r} for i, zh, en, czh, cen, r in levels],
  "responses": [{"id": i, "title": L(zh, en)} for i, zh, en in responses],
  "states": [{"id": i, "title": L(zh, en), "open": o} for i, zh, en, o in states],
  "classes": [{"id": i, "title": L(zh, en)} for i, zh, en in classes],
  "groups": [{"id": i, "class": c, "title": L(zh, en)} for i, c, zh, en in groups],
  "risks": [{"id": i, "group": g, "title": L(zh, en), "help": L(hzh, hen), "playbooks": p} for i, g, zh, en, hzh, hen, p in risks],
  "playbooks": [{"id": i, "title": L(zh, en), "text": L(tzh, ten), "basis": L(bzh, ben)} for i, zh, en, tzh, ten, bzh, ben in playbooks],
  "pillars": [{"id": i, "title": L(zh, en)} for i, zh, en in pillars],
  "measures": [{"id": i, "pillar": p, "title": L(zh, en), "unit": u, "better": b, "target": t,
                "target_basis": L(*tb), "data_source": L(*ds)} for i, p, zh, en, u, b, t, tb, ds in measures],
  "confirmations": [{"id": i, "class": c, "title": L(zh, en)} for i, c, zh, en in confirmations],
  "analysis": analysis,
}

print(json.dumps(bank, ensure_ascii=False, indent=1))
