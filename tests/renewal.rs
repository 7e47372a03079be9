//! Native tests of the renewal-risk review (seed 004): the model file, the outlook
//! rule and its monotonicity, the ranking, the measures, and the share link.

use proptest::prelude::*;
use secworth::model::lang::Lang;
use secworth::model::note::Note;
use secworth::model::renewal::model::{Better, RiskModel, BUILTIN_JSON};
use secworth::model::renewal::outlook::{assess, attainment, Outlook, Reason};
use secworth::model::renewal::state::{Action, MeasureCell, Renewal};
use secworth::model::widget::{Opening, Widget, WidgetModel};
use serde_json::{json, Value};

fn review() -> Renewal {
    Renewal::new(RiskModel::builtin(), Lang::En)
}

fn risk(r: &Renewal, id: &str) -> usize {
    r.model.risks.iter().position(|x| x.id == id).unwrap_or_else(|| panic!("no risk {id}"))
}

fn level(r: &Renewal, id: &str) -> usize {
    r.model.level_index(id).unwrap()
}

fn mark(r: &mut Renewal, id: &str, lvl: &str) {
    let (i, l) = (risk(r, id), level(r, lvl));
    r.apply(Action::Mark(i, true));
    r.apply(Action::SetLevel(i, l));
}

fn confirm_all(r: &mut Renewal) {
    for c in 0..r.confirmed.len() {
        r.apply(Action::Confirm(c, true));
    }
}

fn open(link: &str) -> Renewal {
    Renewal::open(&Opening::link(Widget::RenewalRisk, link, Lang::En))
}

#[test]
fn the_built_in_model_is_seed_004s() {
    let m = RiskModel::builtin();
    let groups: Vec<(&str, usize)> =
        m.groups.iter().map(|g| (g.id.as_str(), m.risks.iter().filter(|r| r.group == g.id).count())).collect();
    // L99-117: six perceived-value causes, two demand, one quality, three delivery, two commercial.
    assert_eq!(
        groups,
        [("perceived-value", 6), ("demand", 2), ("quality", 1), ("delivery-cost", 3), ("commercial", 2)]
    );
    // L161-165: the most serious level does not allow accepting; the others do.
    let levels: Vec<(&str, Vec<&str>)> =
        m.levels.iter().map(|l| (l.id.as_str(), l.responses.iter().map(String::as_str).collect())).collect();
    assert_eq!(
        levels,
        [
            ("high", vec!["mitigate", "avoid"]),
            ("medium", vec!["accept", "mitigate", "avoid"]),
            ("low", vec!["accept", "mitigate", "avoid"])
        ]
    );
    assert!(m.levels[0].criteria.zh.contains("可能无法续费"));
    // L223-227: five states; only a closed risk stops counting.
    let states: Vec<(&str, bool)> = m.states.iter().map(|s| (s.id.as_str(), s.open)).collect();
    assert_eq!(
        states,
        [("pending", true), ("in-progress", true), ("monitoring", true), ("issue", true), ("closed", false)]
    );
    // L131-136: three commercial checks and one delivery check.
    let checks: Vec<&str> = m.confirmations.iter().map(|c| c.class.as_str()).collect();
    assert_eq!(checks, ["commercial", "commercial", "commercial", "delivery"]);
    // L149-160: the example risk model's measures, SLAs in and out of working hours.
    assert_eq!(m.measures.len(), 10);
    assert_eq!(m.measures.iter().filter(|x| x.better == Better::Lower && x.unit == "min").count(), 4);
    // L207-219: the one risk-specific playbook, in the seed's order.
    let missing = m.risk("missing-components").unwrap();
    assert_eq!(
        missing.playbooks,
        ["component-trial", "manage-expectations", "refocus-standard-work", "gift-value-added"]
    );
    for p in &m.playbooks {
        assert!(
            p.basis.en.starts_with("Methodology: ") && p.basis.zh.starts_with("方法论："),
            "{} names its source",
            p.id
        );
    }
    for x in &m.measures {
        let basis = &x.target_basis.en;
        assert!(basis.starts_with("Estimate") || basis.starts_with("MSSP 2.0"), "{}: {basis}", x.id);
    }
    // Users never read "the seed": the model's texts name the methodology or the source's subject.
    assert!(!BUILTIN_JSON.to_lowercase().contains("seed") && !BUILTIN_JSON.contains("种子"));
}

/// Parses a changed copy of the built-in model and returns the refusal's path and message.
fn refuse(change: impl FnOnce(&mut Value)) -> (String, String) {
    let mut v: Value = serde_json::from_str(BUILTIN_JSON).unwrap();
    change(&mut v);
    let e = RiskModel::from_json(&v.to_string()).expect_err("the model should be refused");
    (e.path, e.message)
}

/// A change to the model's JSON, the field path the refusal must name, and what it must say.
type Fault = (Box<dyn FnOnce(&mut Value)>, &'static str, &'static str);

#[test]
fn a_faulty_model_is_refused_with_the_fields_path() {
    let cases: Vec<Fault> = vec![
        (Box::new(|v| v["risks"][3]["group"] = json!("nowhere")), "risks[3].group", "no group has id"),
        (Box::new(|v| v["risks"][0]["playbooks"][1] = json!("magic")), "risks[0].playbooks[1]", "no playbook"),
        (Box::new(|v| v["levels"][0]["responses"][0] = json!("transfer")), "levels[0].responses[0]", "no response"),
        (Box::new(|v| v["measures"][2]["id"] = json!("budget")), "measures[2].id", "used twice"),
        (Box::new(|v| v["confirmations"][0]["id"] = json!("lang")), "confirmations[0].id", "used twice"),
        (Box::new(|v| v["measures"][0]["better"] = json!("sideways")), "measures[0].better", "\"higher\" or \"lower\""),
        (Box::new(|v| v["measures"][1]["target"] = json!(-5)), "measures[1].target", "from 0"),
        (Box::new(|v| v["states"][4]["open"] = json!("no")), "states[4].open", "true or false"),
        (Box::new(|v| v["groups"][0]["title"]["zh"] = json!(" ")), "groups[0].title.zh", "must not be empty"),
        (Box::new(|v| v["risks"] = json!([])), "risks", "at least one"),
        (Box::new(|v| v["risks"][1]["colour"] = json!("red")), "risks[1].colour", "unknown field"),
        // Every text the widget shows, in both languages.
        (Box::new(|v| v["states"][2]["title"]["en"] = json!("")), "states[2].title.en", "must not be empty"),
        (Box::new(|v| v["risks"][5]["help"]["zh"] = json!("")), "risks[5].help.zh", "must not be empty"),
        (Box::new(|v| v["playbooks"][0]["text"]["en"] = json!(" ")), "playbooks[0].text.en", "must not be empty"),
        (Box::new(|v| v["playbooks"][3]["basis"]["zh"] = json!("")), "playbooks[3].basis.zh", "must not be empty"),
        (
            Box::new(|v| v["measures"][4]["data_source"]["en"] = json!("")),
            "measures[4].data_source.en",
            "must not be empty",
        ),
        (
            Box::new(|v| v["measures"][0]["target_basis"]["zh"] = json!("")),
            "measures[0].target_basis.zh",
            "must not be empty",
        ),
        (
            Box::new(|v| v["confirmations"][1]["title"]["en"] = json!("")),
            "confirmations[1].title.en",
            "must not be empty",
        ),
        (
            Box::new(|v| v["analysis"]["questions"][2]["zh"] = json!("")),
            "analysis.questions[2].zh",
            "must not be empty",
        ),
        (Box::new(|v| v["analysis"]["fishbone"][0]["en"] = json!("")), "analysis.fishbone[0].en", "must not be empty"),
        (Box::new(|v| v["analysis"]["five_why"]["zh"] = json!("")), "analysis.five_why.zh", "must not be empty"),
        (
            Box::new(|v| v["analysis"].as_object_mut().unwrap().remove("five_why").map(drop).unwrap_or(())),
            "analysis",
            "missing field `five_why`",
        ),
    ];
    for (change, path, message) in cases {
        let (p, m) = refuse(change);
        assert_eq!(p, path, "{m}");
        assert!(m.contains(message), "{path}: {m}");
    }
    let e = RiskModel::from_json("{\"id\": \"x\",").unwrap_err();
    assert!(!e.path.is_empty() && e.message.contains("EOF"), "{e}");
}

#[test]
fn the_outlook_follows_the_rule_it_states() {
    let mut r = review();
    // Nothing marked, nothing confirmed: the seed's "no risk" check is not met.
    let a = assess(&r);
    assert_eq!(a.outlook, Outlook::AtRisk);
    assert_eq!(a.reasons, [Reason::Unconfirmed(vec![0, 1, 2, 3])]);
    confirm_all(&mut r);
    assert_eq!(assess(&r).outlook, Outlook::Likely);
    mark(&mut r, "perceived-other", "low");
    assert_eq!(assess(&r).outlook, Outlook::Likely, "a low risk alone leaves renewal likely");
    mark(&mut r, "cost-overrun", "medium");
    assert_eq!(assess(&r).outlook, Outlook::AtRisk);
    mark(&mut r, "major-incident", "high");
    assert_eq!(assess(&r).outlook, Outlook::AtRisk, "a high delivery risk with the commercial side confirmed");
    mark(&mut r, "relationship", "medium");
    let a = assess(&r);
    assert_eq!(a.outlook, Outlook::Unlikely, "serious risks on both sides with a high one open");
    assert!(
        a.reasons.contains(&Reason::SeriousInClasses(vec!["delivery".into(), "commercial".into()])),
        "{:?}",
        a.reasons
    );
    // Closing the high risk takes it out of the count.
    let closed = r.model.states.iter().position(|s| !s.open).unwrap();
    r.apply(Action::SetState(risk(&r, "major-incident"), closed));
    let a = assess(&r);
    assert_eq!((a.outlook, a.top_risks, a.open_risks), (Outlook::AtRisk, 0, 3));

    // A high risk and no approved budget: unlikely.
    let mut r = review();
    confirm_all(&mut r);
    mark(&mut r, "missing-components", "high");
    r.apply(Action::Confirm(1, false));
    assert_eq!(assess(&r).outlook, Outlook::Unlikely);
    // Only the delivery check missing: at risk, not unlikely.
    r.apply(Action::Confirm(1, true));
    r.apply(Action::Confirm(3, false));
    assert_eq!(assess(&r).outlook, Outlook::AtRisk);
}

#[test]
fn risks_rank_open_first_then_by_level_and_state_and_the_seeds_suggested_responses_are_checked() {
    let mut r = review();
    mark(&mut r, "budget", "medium");
    mark(&mut r, "few-assets", "low");
    mark(&mut r, "traffic-missing", "high");
    mark(&mut r, "cost-overrun", "high");
    let (cost, traffic) = (risk(&r, "cost-overrun"), risk(&r, "traffic-missing"));
    r.apply(Action::SetState(traffic, 3)); // turned into an issue
    r.apply(Action::SetState(risk(&r, "few-assets"), 4)); // closed
    let accept = r.model.responses.iter().position(|x| x.id == "accept").unwrap();
    r.apply(Action::SetResponse(cost, Some(accept)));
    let a = assess(&r);
    let order: Vec<&str> = a.ranked.iter().map(|x| r.model.risks[x.risk].id.as_str()).collect();
    assert_eq!(order, ["cost-overrun", "traffic-missing", "budget", "few-assets"]);
    let fits: Vec<bool> = a.ranked.iter().map(|x| x.response_fits).collect();
    assert_eq!(fits, [false, true, true, true], "accepting a high risk is not what the seed suggests");
    assert_eq!(a.ranked.iter().map(|x| x.open).collect::<Vec<_>>(), [true, true, true, false]);
    // The form's guidance and the ranked list read the suggestions from the same place.
    let m = &r.model;
    let ids = |level| m.suggested(level).map(|x| x.id.as_str()).collect::<Vec<_>>();
    assert_eq!((ids(0), ids(2), ids(99)), (vec!["mitigate", "avoid"], vec!["accept", "mitigate", "avoid"], vec![]));
    assert!(!m.response_fits(0, Some(accept)) && m.response_fits(1, Some(accept)) && m.response_fits(0, None));
}

#[test]
fn measures_show_or_undermine_the_value_against_their_targets() {
    let mut r = review();
    let idx = |r: &Renewal, id: &str| r.model.measures.iter().position(|m| m.id == id).unwrap();
    let (accuracy, notice) = (idx(&r, "alert-accuracy"), idx(&r, "threat-notice-work"));
    r.apply(Action::EditMeasure(MeasureCell::Value(accuracy), "86".into()));
    r.apply(Action::EditMeasure(MeasureCell::Value(notice), "45".into()));
    let a = assess(&r);
    assert_eq!(
        (a.below_target.clone(), a.on_target.clone()),
        (vec![accuracy], vec![notice]),
        "86% < 90%; 45 min < 120 min"
    );
    r.apply(Action::EditMeasure(MeasureCell::Target(accuracy), "85".into()));
    assert!(assess(&r).on_target.contains(&accuracy));
    // On target counts as meeting it, either way round.
    let (higher, lower) = (&r.model.measures[accuracy], &r.model.measures[notice]);
    assert!(higher.meets(90.0, 90.0) && !higher.meets(89.9, 90.0) && higher.meets(0.0, 0.0));
    assert!(lower.meets(120.0, 120.0) && !lower.meets(120.5, 120.0) && lower.meets(0.0, 120.0));
    r.apply(Action::EditMeasure(MeasureCell::Value(accuracy), "abc".into()));
    assert_eq!(r.measured[accuracy], Some(86.0), "an invalid text keeps the last valid value");
    assert!(r.draft(MeasureCell::Value(accuracy)).is_some());
    r.apply(Action::EditMeasure(MeasureCell::Value(accuracy), " ".into()));
    assert_eq!((r.measured[accuracy], r.draft(MeasureCell::Value(accuracy))), (None, None), "blank: not measured");
    r.apply(Action::EditMeasure(MeasureCell::Target(accuracy), "".into()));
    assert_eq!(r.targets[accuracy], 85.0, "a target cannot be blank");
    assert_eq!(attainment(86.0, 90.0, Better::Higher), 86.0 / 90.0);
    assert_eq!(attainment(60.0, 120.0, Better::Lower), 2.0);
    assert_eq!(attainment(240.0, 120.0, Better::Lower), 0.5);
    assert_eq!(attainment(0.0, 30.0, Better::Lower), 2.0, "an instant answer beats any target");
    assert_eq!(attainment(5.0, 0.0, Better::Higher), 2.0);
}

#[test]
fn a_link_opens_the_review_and_says_what_it_ignored() {
    let r = open(
        "customer=Acme%20Bank&budget=high&budget.response=mitigate&budget.state=in-progress&budget.cause=No%20line%20item\
         &budget.root=CFO%20changed&few-assets=huge&relationship.response=avoid&alert-accuracy=86&closure.target=abc\
         &confirmed=satisfied,wishful&nothing.state=closed&utm_source=mail",
    );
    assert_eq!(r.customer, "Acme Bank");
    let b = r.risks[risk(&r, "budget")].as_ref().unwrap();
    assert_eq!((b.level, b.state, b.cause.as_str(), b.root.as_str()), (0, 1, "No line item", "CFO changed"));
    assert_eq!(r.model.responses[b.response.unwrap()].id, "mitigate");
    assert!(r.risks[risk(&r, "few-assets")].is_none());
    assert_eq!(r.measured[4], Some(86.0));
    assert!(r.confirmed[3] && !r.confirmed[0]);
    let notes: Vec<String> = r.notes.iter().map(|n| n.message(Lang::En)).collect();
    let keys: Vec<&str> = r
        .notes
        .iter()
        .map(|n| match n {
            Note::UnknownChoice { key, .. } | Note::InvalidField { key, .. } => key.as_str(),
            _ => "",
        })
        .collect();
    assert_eq!(keys, ["few-assets", "risk", "risk", "closure.target", "confirmed"], "{notes:?}");
    assert!(notes[0].contains("huge"), "{}", notes[0]);
}

#[test]
fn only_the_reviews_own_keys_make_a_link_replace_the_saved_review() {
    let saved = open("customer=Acme&budget=high&alert-accuracy=86");
    let store = |k: &str| (k == saved.storage_key()).then(|| saved.saved_query());
    let with = |link: &str| {
        Renewal::open(&Opening { storage: Some(&store), ..Opening::link(Widget::RenewalRisk, link, Lang::En) })
    };
    for link in ["w=renewal-risk&utm_source=x&fbclid=y", "lang=en&budgetx=high&nothing.cause=x&budget.colour=red"] {
        let r = with(link);
        assert_eq!((r.customer.as_str(), r.notes.len()), ("Acme", 0), "{link}: the saved review stays");
    }
    for link in ["budget.cause=late", "closure.target=90", "confirmed=satisfied", "customer=Other"] {
        let r = with(&format!("{link}&utm_source=x"));
        assert_ne!(r.customer, "Acme", "{link}: the link's review replaces the saved one");
    }
    let r = with("lang=xx");
    assert_eq!(r.customer, "Acme");
    assert_eq!(r.notes, [Note::UnknownLang("xx".into())], "a language it cannot read is still noted");
}

fn any_review() -> impl Strategy<Value = Renewal> {
    let m = RiskModel::builtin();
    let (risks, levels, states, responses, measures, checks) =
        (m.risks.len(), m.levels.len(), m.states.len(), m.responses.len(), m.measures.len(), m.confirmations.len());
    (
        prop::collection::vec(
            prop::option::of((0..levels, 0..states, prop::option::of(0..responses), "[a-z 中文&=%#]{0,12}")),
            risks,
        ),
        prop::collection::vec(prop::option::of(0.0..500.0f64), measures),
        prop::collection::vec(any::<bool>(), checks),
        "[A-Za-z 中&?=]{0,20}",
    )
        .prop_map(move |(marks, values, confirmed, customer)| {
            let mut r = review();
            for (i, mark) in marks.into_iter().enumerate() {
                let Some((level, state, response, cause)) = mark else { continue };
                r.apply(Action::Mark(i, true));
                r.apply(Action::SetLevel(i, level));
                r.apply(Action::SetState(i, state));
                r.apply(Action::SetResponse(i, response));
                r.apply(Action::SetCause(i, cause.clone()));
                r.apply(Action::SetRoot(i, cause.chars().rev().collect()));
            }
            for (i, v) in values.into_iter().enumerate() {
                if let Some(v) = v {
                    r.apply(Action::EditMeasure(MeasureCell::Value(i), format!("{:.2}", v)));
                }
            }
            for (c, on) in confirmed.into_iter().enumerate() {
                r.apply(Action::Confirm(c, on));
            }
            r.apply(Action::SetCustomer(customer));
            r
        })
}

proptest! {
    #[test]
    fn marking_a_risk_or_raising_its_level_never_improves_the_outlook(r in any_review(), pick in 0usize..14, to in 0usize..3) {
        let before = assess(&r).outlook;
        let mut more = r.clone();
        match &r.risks[pick] {
            None => {
                more.apply(Action::Mark(pick, true));
                more.apply(Action::SetLevel(pick, to));
            }
            Some(m) => more.apply(Action::SetLevel(pick, to.min(m.level))),
        }
        prop_assert!(assess(&more).outlook >= before, "{:?} -> {:?}", before, assess(&more).outlook);
    }

    #[test]
    fn giving_a_confirmation_never_worsens_the_outlook(r in any_review(), c in 0usize..4) {
        let mut more = r.clone();
        more.apply(Action::Confirm(c, true));
        prop_assert!(assess(&more).outlook <= assess(&r).outlook);
    }

    #[test]
    fn a_review_reopens_from_its_link_as_it_was(r in any_review()) {
        let link = r.share_query();
        let back = open(&link);
        prop_assert!(back.notes.is_empty(), "{:?} from {}", back.notes, link);
        prop_assert_eq!(&back.risks, &r.risks);
        prop_assert_eq!(&back.measured, &r.measured);
        prop_assert_eq!(&back.targets, &r.targets);
        prop_assert_eq!(&back.confirmed, &r.confirmed);
        prop_assert_eq!(&back.customer, &r.customer);
        prop_assert_eq!(back.result_json(), r.result_json());
    }

    #[test]
    fn any_link_opens_without_a_panic_and_every_note_renders(query in "[a-z.=&%,0-9-]{0,120}", tail in ".{0,40}") {
        let r = open(&format!("{query}{tail}"));
        for note in &r.notes {
            prop_assert!(!note.message(Lang::En).is_empty() && !note.message(Lang::Zh).is_empty());
        }
        let a = assess(&r);
        prop_assert!(a.top_risks <= a.open_risks && a.open_risks <= r.model.risks.len());
    }
}

#[test]
fn the_result_names_the_outlook_the_ranked_risks_and_the_measures_below_target() {
    let r = open(Widget::RenewalRisk.info().sample);
    let json = r.result_json();
    assert_eq!(json["outlook"], "unlikely", "a high risk open, the budget unconfirmed");
    assert_eq!((json["highRisks"].as_u64(), json["openRisks"].as_u64()), (Some(1), Some(2)));
    assert_eq!(json["risks"][0]["id"], "missing-components");
    assert_eq!(json["risks"][0]["rank"], 1);
    assert_eq!(json["belowTarget"], secworth::json!(["alert-accuracy"]));
    assert_eq!(json["confirmations"]["satisfied"], true);
    assert_eq!(json["customer"], "Acme");
}

#[test]
fn a_link_keeps_no_more_text_than_the_forms_fields_take() {
    use secworth::model::renewal::state::{MAX_CAUSE, MAX_NAME};
    assert_eq!((MAX_NAME, MAX_CAUSE), (80, 300));
    let (name, cause) = ("客".repeat(100), "因".repeat(400));
    let r = open(&format!("customer={name}&budget=high&budget.cause={cause}&budget.root={cause}"));
    let b = r.risks[risk(&r, "budget")].as_ref().unwrap();
    let counts = (r.customer.chars().count(), b.cause.chars().count(), b.root.chars().count());
    assert_eq!(counts, (MAX_NAME, MAX_CAUSE, MAX_CAUSE));
    assert!(r.customer.chars().all(|c| c == '客') && b.cause.chars().all(|c| c == '因'), "cut, not marked with …");
    // Typing does the same, whatever a browser without maxlength lets through.
    let mut typed = review();
    typed.apply(Action::SetCustomer("x".repeat(81)));
    assert_eq!(typed.customer.len(), MAX_NAME);
    assert_eq!(open(&typed.share_query()).customer, typed.customer);
}

#[test]
fn the_interface_text_names_the_models_levels_classes_and_checks_and_never_the_seed() {
    use secworth::model::renewal::text::{confirmations_intro, reason, rule_lines, text, top_risks_label};
    let model = RiskModel::builtin();
    for lang in [Lang::En, Lang::Zh] {
        let table = text(lang);
        let fixed = [table.not_suggested, table.measures_intro, table.suggested, table.warnings_intro];
        let mut all: Vec<String> = fixed.iter().map(|s| s.to_string()).collect();
        all.push(confirmations_intro(&model, lang));
        all.extend(rule_lines(&model, lang));
        for t in &all {
            assert!(!t.to_lowercase().contains("seed") && !t.contains("种子"), "{lang:?}: {t}");
            assert!(!t.contains("four") && !t.contains('四'), "{lang:?}: counts come from the model: {t}");
        }
    }
    // In the model's own words: its level names, its classes, its number of checks.
    assert_eq!(top_risks_label(&model, Lang::En), "High risks open");
    assert_eq!(top_risks_label(&model, Lang::Zh), "未关闭的高风险");
    assert!(confirmations_intro(&model, Lang::En).contains("all 4 "));
    assert!(confirmations_intro(&model, Lang::Zh).contains("以下 4 项"));
    let rules = rule_lines(&model, Lang::En);
    assert!(rules[0].contains("a high risk") && rules[0].contains("(Delivery, Commercial)"), "{}", rules[0]);
    assert!(rules[1].contains("above low") && rules[2].contains("all 4 checks"), "{rules:?}");

    // A model with other levels and two checks speaks of those.
    let mut v: Value = serde_json::from_str(BUILTIN_JSON).unwrap();
    v["levels"][0]["title"] = json!({ "zh": "严重", "en": "Critical" });
    v["levels"][2]["title"] = json!({ "zh": "轻微", "en": "Minor" });
    v["confirmations"].as_array_mut().unwrap().truncate(2);
    let other = RiskModel::from_json(&v.to_string()).unwrap();
    assert_eq!(top_risks_label(&other, Lang::Zh), "未关闭的严重风险");
    let rules = rule_lines(&other, Lang::Zh);
    assert!(
        rules[0].contains("严重风险") && rules[1].contains("高于“轻微”") && rules[2].starts_with("有望续约：2 项"),
        "{rules:?}"
    );
    assert_eq!(reason(&Reason::TopRisks(2), &other, Lang::En), "2 critical risks are open.");
    assert_eq!(reason(&Reason::SeriousRisks(1), &other, Lang::En), "A risk above minor is open.");
    assert!(confirmations_intro(&other, Lang::En).contains("all 2 "));
}
