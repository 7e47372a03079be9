//! Native tests of question-bank parsing and validation.

use secworth::model::questionnaire::bank::Bank;
use secworth::model::questionnaire::builtin;
use serde_json::{json, Value};

fn builtin_value() -> Value {
    serde_json::from_str(builtin::MATURITY_JSON).unwrap()
}

/// Parses a mutated copy of the built-in bank and returns the refusal's path and message.
fn refuse(mutate: impl FnOnce(&mut Value)) -> (String, String) {
    let mut v = builtin_value();
    mutate(&mut v);
    let e = Bank::from_json(&v.to_string()).expect_err("bank should be refused");
    (e.path, e.message)
}

#[test]
fn builtin_bank_has_the_seed_shape() {
    let bank = builtin::maturity();
    let ids: Vec<&str> = bank.dimensions.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["budget", "risk", "leadership", "compliance", "response"]);
    let zh: Vec<&str> = bank.dimensions.iter().map(|d| d.title.zh.as_str()).collect();
    assert_eq!(zh, ["预算意识", "风险认知水平", "决策参与度", "合规响应性", "危机预案完备性"]);
    assert!(bank.dimensions.iter().all(|d| d.points == 20.0));
    assert_eq!(bank.max_total(), 100.0);
    let bands: Vec<(f64, &str)> = bank.bands.iter().map(|b| (b.min, b.id.as_str())).collect();
    assert_eq!(bands, [(0.0, "walk-away"), (40.0, "commitment"), (60.0, "qualified")]);
    assert!(bank.bands[0].title.screen.zh.contains("果断放弃合作"));
    assert!(bank.bands[1].title.screen.zh.contains("安全改进承诺书"));
    // Self-assessment wording never tells an owner that someone walks away.
    for b in &bank.bands {
        let s = format!("{} {}", b.title.self_assessment.en, b.advice.self_assessment.en).to_lowercase();
        assert!(!s.contains("walk away"), "{s}");
    }
    for d in &bank.dimensions {
        assert!(d.next_steps.len() >= 2, "{} needs next steps", d.id);
        let n = bank.questions.iter().filter(|q| q.dimension == d.id).count();
        assert!(n >= 3, "{} has {n} questions", d.id);
    }
}

#[test]
fn refuses_missing_and_mistyped_fields_by_path() {
    let (path, msg) = refuse(|v| {
        v["dimensions"][1]["title"].as_object_mut().unwrap().remove("en");
    });
    assert_eq!(path, "dimensions[1].title");
    assert!(msg.contains("missing field `en`"), "{msg}");

    let (path, msg) = refuse(|v| v["questions"][2]["options"][1]["points"] = json!("three"));
    assert_eq!(path, "questions[2].options[1].points");
    assert!(msg.contains("invalid type"), "{msg}");

    let (path, _) = refuse(|v| {
        v.as_object_mut().unwrap().remove("bands");
    });
    assert_eq!(path, "(bank)");

    let (path, msg) = refuse(|v| v["questions"][0]["colour"] = json!("red"));
    assert_eq!(path, "questions[0].colour");
    assert!(msg.contains("unknown field `colour`"), "{msg}");
}

/// A change to a bank's JSON, and the field path the refusal must name.
type Fault = (Box<dyn FnOnce(&mut Value)>, &'static str);

#[test]
fn refuses_semantic_faults_by_path() {
    let cases: Vec<Fault> = vec![
        (Box::new(|v| v["id"] = json!("Bad Id")), "id"),
        (Box::new(|v| v["version"] = json!(0)), "version"),
        (Box::new(|v| v["title"]["zh"] = json!("  ")), "title.zh"),
        (Box::new(|v| v["dimensions"] = json!([])), "dimensions"),
        (Box::new(|v| v["dimensions"][3]["id"] = json!("budget")), "dimensions[3].id"),
        (Box::new(|v| v["dimensions"][0]["points"] = json!(-5)), "dimensions[0].points"),
        (Box::new(|v| v["questions"][4]["dimension"] = json!("nowhere")), "questions[4].dimension"),
        (Box::new(|v| v["questions"][5]["id"] = json!("budget-line")), "questions[5].id"),
        (
            Box::new(|v| v["questions"][0]["options"] = json!([v["questions"][0]["options"][0].clone()])),
            "questions[0].options",
        ),
        (Box::new(|v| v["questions"][1]["options"][2]["points"] = json!(-1)), "questions[1].options[2].points"),
        (
            Box::new(|v| {
                for o in v["questions"][6]["options"].as_array_mut().unwrap() {
                    o["points"] = json!(0);
                }
            }),
            "questions[6].options",
        ),
        (Box::new(|v| v["bands"][0]["min"] = json!(10)), "bands[0].min"),
        (Box::new(|v| v["bands"][2]["min"] = json!(30)), "bands[2].min"),
        (Box::new(|v| v["bands"][2]["min"] = json!(150)), "bands[2].min"),
        (Box::new(|v| v["bands"][1]["advice"]["self"]["en"] = json!("")), "bands[1].advice.self.en"),
        (
            Box::new(|v| {
                let qs: Vec<Value> =
                    v["questions"].as_array().unwrap().iter().filter(|q| q["dimension"] != "risk").cloned().collect();
                v["questions"] = json!(qs);
            }),
            "dimensions[1].id",
        ),
    ];
    for (mutate, expected_path) in cases {
        let (path, msg) = refuse(mutate);
        assert_eq!(path, expected_path, "message was: {msg}");
        assert!(!msg.is_empty());
    }
}

#[test]
fn refuses_non_json_with_a_position() {
    for text in ["", "not json", "{", "[1,2]", "null", "{\"id\": \"x\""] {
        let e = Bank::from_json(text).expect_err(text);
        assert!(!e.to_string().is_empty());
    }
    let e = Bank::from_json("{ \"id\": ").unwrap_err();
    assert!(e.message.contains("line 1"), "{}", e.message);
}

#[test]
fn accepts_another_bank_with_other_dimensions() {
    let bank = json!({
        "id": "tiny", "version": 3, "title": {"zh": "小", "en": "Tiny"},
        "dimensions": [{"id": "a", "title": {"zh": "甲", "en": "A"}, "points": 60},
                        {"id": "b", "title": {"zh": "乙", "en": "B"}, "points": 40}],
        "questions": [
            {"id": "q1", "dimension": "a", "text": {"zh": "一", "en": "One"},
             "options": [{"text": {"zh": "否", "en": "No"}, "points": 0}, {"text": {"zh": "是", "en": "Yes"}, "points": 5}]},
            {"id": "q2", "dimension": "b", "text": {"zh": "二", "en": "Two"},
             "options": [{"text": {"zh": "否", "en": "No"}, "points": 0}, {"text": {"zh": "是", "en": "Yes"}, "points": 1}]}
        ],
        "bands": [{"min": 0, "id": "low", "title": {"screen": {"zh": "低", "en": "Low"}, "self": {"zh": "低", "en": "Low"}},
                   "advice": {"screen": {"zh": "低", "en": "Low"}, "self": {"zh": "低", "en": "Low"}}}]
    });
    let bank = Bank::from_json(&bank.to_string()).unwrap();
    assert_eq!(bank.max_total(), 100.0);
    assert!(bank.questions[0].help.is_none());
}
