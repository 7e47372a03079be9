//! The fuzz targets: what must hold for any share link and any question bank.
//! Shared by the fuzzer (`fuzz/main.rs`) and the corpus replay in `cargo test`
//! (`tests/fuzz_corpus.rs`). A broken property panics with the reason; each target
//! returns the features of the paths the input took (note kinds per reader, branches),
//! so the fuzzer keeps inputs that reach a new one (a cheap stand-in for coverage).

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::mem::discriminant;
use std::rc::Rc;

use secworth::model::breach::cost::Category as BreachCategory;
use secworth::model::breach::state::{Action as BreachAction, Breach, Field as BreachField};
use secworth::model::decision::state::Decision;
use secworth::model::decision::WeightSet;
use secworth::model::flywheel::state::Flywheel;
use secworth::model::lang::{Audience, Lang};
use secworth::model::note::Note;
use secworth::model::questionnaire::bank::Bank;
use secworth::model::questionnaire::builtin;
use secworth::model::questionnaire::scoring::score;
use secworth::model::questionnaire::share;
use secworth::model::questionnaire::Questionnaire;
use secworth::model::renewal::outlook::assess;
use secworth::model::renewal::state::{Action as RenewalAction, Renewal};
use secworth::model::widget::registry::{self, Visitor};
use secworth::model::widget::{Opening, Widget, WidgetModel};

/// Any bytes as a share link's query string, opened by every widget of the registry:
/// each keeps what is valid and notes the rest, every note renders in both languages,
/// and the link it writes back opens to the same link with no note. Then what each
/// model promises of its numbers.
pub fn share_link(input: &[u8]) -> Vec<u64> {
    let query = String::from_utf8_lossy(input);
    let mut sig = Features::default();
    let pairs = secworth::model::query::parse(&query);
    sig.add("pairs", pairs.len().min(3));
    if let Some((_, w)) = pairs.iter().find(|(k, _)| k == "w") {
        sig.add("widget", Widget::parse(w).map(Widget::code));
    }
    for widget in Widget::ALL {
        registry::visit(widget, RoundTrip { query: &query, sig: &mut sig });
    }

    for (widget, bank) in [(Widget::Maturity, builtin::maturity()), (Widget::Spectrum, builtin::spectrum())] {
        let q = Questionnaire::open(&Opening::link(widget, &query, Lang::En));
        let s = q.score();
        let max = bank.max_total();
        assert!(Rc::ptr_eq(&q.bank, &bank), "{widget:?}: not its built-in bank");
        assert!(s.total.is_finite() && (0.0..=max + 1e-9).contains(&s.total), "{widget:?}: total {} of {max}", s.total);
        sig.add(widget.code(), s.band);
    }

    let fw = Flywheel::from_query(&query, Lang::Zh);
    let o = fw.outcome();
    let numbers = [o.health, o.revenue_gap, o.nrr, o.clv, o.kpis.nps];
    assert!(numbers.iter().all(|x| x.is_finite()), "flywheel: {numbers:?}");
    assert!(
        o.today.iter().chain(&o.benchmark).all(|p| p.revenue.is_finite() && p.revenue >= 0.0),
        "flywheel projection"
    );

    let d = Decision::from_query(&query, Lang::En);
    sig.add("decision", (d.table.criteria.len().min(3), d.table.vendors.len().min(3), d.table.reframe));
    for set in [WeightSet::Original, WeightSet::Reframed] {
        if let Some(totals) = d.table.totals(set) {
            assert!(
                totals.iter().all(|t| t.is_finite() && (-1e-9..=10.0 + 1e-9).contains(t)),
                "decision totals {totals:?}"
            );
        }
        let _ = d.table.ranking(set);
    }
    let again = Decision::from_query(&d.share_query(), Lang::En);
    assert_eq!(again.table, d.table, "decision: the table changes through its link");

    let mut b = Breach::from_query(&query, Lang::En);
    // The fewest trials the form accepts: the properties are the same, the fuzzer faster.
    b.apply(BreachAction::Edit(BreachField::Trials, "1000".into()));
    let json = b.result_json();
    assert_no_null(&json, "breach result");
    let o = b.outcome();
    let s = &o.annual;
    assert!(
        s.p10 <= s.p50 && s.p50 <= s.p90 && s.p90 <= s.p95 && s.p95 <= s.p99,
        "breach percentiles {:?}",
        (s.p10, s.p50, s.p90, s.p95, s.p99)
    );
    assert!(
        o.breach.get(BreachCategory::Fines)
            <= secworth::model::breach::fines::fine_cap(&b.profile(), &b.assumptions) * b.fx() * (1.0 + 1e-9) + 1e-6,
        "a fine above the law's maximum"
    );
    assert!(o.expected_loss_with_package <= o.expected_loss * (1.0 + 1e-9), "a package raised the loss");
    sig.add("rosi", o.value.rosi.is_some());

    let r = Renewal::open(&Opening::link(Widget::RenewalRisk, &query, Lang::En));
    let a = assess(&r);
    sig.add("renewal", (a.outlook, a.top_risks.min(2), a.below_target.len().min(2)));
    assert!(a.top_risks <= a.open_risks && a.ranked.len() == r.marked().count(), "renewal counts {a:?}");
    if let Some(i) = r.risks.iter().position(Option::is_none) {
        let mut more = r.clone();
        more.apply(RenewalAction::Mark(i, true));
        more.apply(RenewalAction::SetLevel(i, 0));
        assert!(assess(&more).outlook >= a.outlook, "marking a high risk improved the outlook");
    }
    let mut confirmed = r.clone();
    (0..r.confirmed.len()).for_each(|c| confirmed.apply(RenewalAction::Confirm(c, true)));
    assert!(assess(&confirmed).outlook <= a.outlook, "a confirmation worsened the outlook");
    sig.finish()
}

/// What every widget promises of any link: see `share_link`.
struct RoundTrip<'a> {
    query: &'a str,
    sig: &'a mut Features,
}

impl Visitor for RoundTrip<'_> {
    type Output = ();
    fn visit<M: WidgetModel>(self, widget: Widget) {
        let code = widget.code();
        let m = M::open(&Opening::link(widget, self.query, Lang::En));
        self.sig.notes(code, m.notes());
        for note in m.notes() {
            for lang in [Lang::En, Lang::Zh] {
                let text = note.message(lang);
                assert!(
                    !text.trim().is_empty() && text.chars().count() < 400,
                    "{code}: note {note:?} renders as {text:?}"
                );
            }
        }
        assert_eq!(m.widget(), widget);
        let back = m.share_query();
        let again = M::open(&Opening::link(widget, &back, Lang::Zh));
        assert!(again.notes().is_empty(), "{code}: the written link {back:?} reads with notes {:?}", again.notes());
        assert_eq!(again.share_query(), back, "{code}: the link is not stable");
        assert_eq!(again.lang(), m.lang(), "{code}: the language changes through {back:?}");
    }
}

/// Any bytes as an inline question bank: refused with a path and a message, or
/// accepted, and then every way of answering it scores within its bounds and
/// round-trips through a share link.
pub fn bank(input: &[u8]) -> Vec<u64> {
    let json = String::from_utf8_lossy(input);
    let mut sig = Features::default();
    match Bank::from_json(&json) {
        Err(e) => {
            assert!(!e.path.is_empty() && !e.message.is_empty(), "refusal without a path or reason: {e:?}");
            let note = Note::BankRejected(e.to_string());
            assert!(!note.message(Lang::En).is_empty() && !note.message(Lang::Zh).is_empty());
            // The path's shape in the bank's own keys (`questions.options.points`): not its
            // indices, nor the input's own text where a key was being read; and the kind
            // of fault, not the value quoted in it.
            let shape: Vec<&str> = e
                .path
                .split(['.', '['])
                .map(|s| s.trim_end_matches(|c: char| c.is_ascii_digit() || c == ']'))
                .filter(|s| !s.is_empty())
                .map(|s| if bank_keys().contains(s) { s } else { "?" })
                .take(4)
                .collect();
            let kind: String = e
                .message
                .split([':', '`', '"'])
                .next()
                .unwrap_or("")
                .chars()
                .filter(|c| !c.is_ascii_digit())
                .take(40)
                .collect();
            if e.message.contains(" at line ") {
                // A JSON syntax error: the parser found it, wherever it is; only
                // its kind and the key it was under count, or broken JSON anywhere in a
                // bank would be a new feature for every path (thousands a second).
                sig.add("syntax", (kind, shape.last().copied()));
            } else {
                sig.add("refused", (shape, kind));
            }
        }
        Ok(bank) => {
            sig.add("accepted", bank.questions.len().min(20));
            bank.validate().expect("an accepted bank validates again");
            let n = bank.questions.len();
            let max = bank.max_total();
            assert!(max.is_finite() && max > 0.0, "max total {max}");
            let highest: Vec<Option<u8>> = bank.questions.iter().map(|q| Some((q.options.len() - 1) as u8)).collect();
            for answers in [vec![None; n], vec![Some(0); n], highest] {
                let s = score(&bank, &answers);
                assert!(s.total.is_finite() && (0.0..=max + 1e-9).contains(&s.total), "total {} of {max}", s.total);
                assert!(s.band < bank.bands.len(), "band {} of {}", s.band, bank.bands.len());
                let link = share::write("maturity", Lang::En, Audience::Screen, &bank, &answers, None);
                let back = share::read(&link, &bank);
                assert!(back.notes.is_empty(), "{link:?}: {:?}", back.notes);
                assert_eq!(back.answers.as_deref(), Some(&answers[..]), "{link:?}");
                sig.add("band", s.band);
            }
        }
    }
    sig.finish()
}

/// Every key the built-in banks use.
fn bank_keys() -> &'static std::collections::HashSet<String> {
    static KEYS: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    KEYS.get_or_init(|| {
        let mut keys = std::collections::HashSet::new();
        for json in [builtin::MATURITY_JSON, builtin::SPECTRUM_JSON] {
            let pieces: Vec<&str> = json.split('"').collect();
            for w in pieces.windows(2) {
                if w[1].trim_start().starts_with(':') {
                    keys.insert(w[0].to_owned());
                }
            }
        }
        keys
    })
}

fn assert_no_null(v: &secworth::model::json::Value, what: &str) {
    use secworth::model::json::Value;
    match v {
        // Null by design: `rosi` and `paybackMonths` (free package, never pays back),
        // `ownChance` and `tolerance` (not set).
        Value::Object(m) => m
            .iter()
            .filter(|(k, _)| !matches!(k.as_str(), "rosi" | "paybackMonths" | "ownChance" | "tolerance"))
            .for_each(|(k, x)| assert_no_null(x, &format!("{what}.{k}"))),
        Value::Array(a) => a.iter().for_each(|x| assert_no_null(x, what)),
        Value::Null => panic!("{what} is null: a NaN or infinite number reached the result"),
        Value::Number(x) if !x.is_finite() => panic!("{what} is {x}: not a number JSON can carry"),
        _ => {}
    }
}

/// Which paths an input took: each (label, value) is one feature.
#[derive(Default)]
struct Features(Vec<u64>);

impl Features {
    fn add(&mut self, label: &str, x: impl Hash) {
        let mut h = DefaultHasher::new();
        (label, x).hash(&mut h);
        self.0.push(h.finish());
    }

    fn notes(&mut self, reader: &str, notes: &[Note]) {
        for n in notes {
            self.add(reader, format!("{:?}", discriminant(n)));
            // Which field failed and how: our own keys, so a bounded set.
            match n {
                Note::InvalidField { key, reason, .. } => self.add(
                    reader,
                    (
                        key.trim_end_matches(char::is_numeric),
                        format!("{reason:?}").split(['(', ' ']).next().map(str::to_owned),
                    ),
                ),
                Note::UnknownChoice { key, .. } => self.add(reader, key),
                _ => {}
            }
        }
        self.add(reader, notes.len().min(3));
    }

    fn finish(self) -> Vec<u64> {
        self.0
    }
}
