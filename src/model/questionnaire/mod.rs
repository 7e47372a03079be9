//! Model layer: the questionnaire engine behind the maturity and spectrum widgets:
//! its question banks (`bank`, the built-in ones in `builtin`), scoring, share links,
//! and here the state of one questionnaire and the actions that change it. The Yew
//! side wraps `apply` in a three-line `Reducible`. Pure Rust.

pub mod bank;
pub mod builtin;
pub mod scoring;
pub mod share;
pub mod text;

use std::rc::Rc;

use crate::json;
use crate::model::json::Value;

use self::bank::Bank;
use self::scoring::{score, Score};
use crate::model::lang::{Audience, Lang, Layout};
use crate::model::note::Note;
use crate::model::widget::{FrameAction, Opening, Widget, WidgetModel};

#[derive(Clone, Debug, PartialEq)]
pub struct Questionnaire {
    /// Which questionnaire widget this is (maturity or spectrum): its link, storage
    /// key and result name.
    pub widget: Widget,
    pub bank: Rc<Bank>,
    /// One entry per bank question: the chosen option's index, or `None`.
    pub answers: Vec<Option<u8>>,
    pub lang: Lang,
    pub audience: Audience,
    /// Problems met while opening (link, saved state, bank), shown until dismissed.
    pub notes: Vec<Note>,
    /// A target position on the total's scale set by the user (0..=100), if any.
    pub target: Option<u8>,
    pub layout: Layout,
    /// Steps layout: the question on screen (0-based), or the number of questions for
    /// the result screen.
    pub step: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Choose option `option` (0-based) for question `question` (0-based); ignored if either is out of range.
    Answer {
        question: usize,
        option: u8,
    },
    /// The language switch, dismissing the notes, "Start over" (every answer cleared).
    Frame(FrameAction),
    SetAudience(Audience),
    /// Set the target position, clamped to 0..=100.
    SetTarget(u8),
    SetLayout(Layout),
    /// Show question `n` (0-based), or the result screen for the number of questions
    /// (more is clamped to it).
    Go(usize),
    /// The next question, or the result screen after the last.
    Next,
    /// The question before (from the result screen: the last question).
    Back,
    /// The pause after answering question `from` has ended: the next question, but only
    /// while question `from` is still on screen and answered. Anything that moved the
    /// questionnaire on or cleared the answer meanwhile (Back, the browser's history,
    /// "Start over") wins, and this does nothing.
    AutoAdvance {
        from: usize,
    },
}

impl Questionnaire {
    pub fn new(widget: Widget, bank: Rc<Bank>, lang: Lang, audience: Audience) -> Self {
        let answers = vec![None; bank.questions.len()];
        let layout = Layout::default_for(audience);
        Questionnaire { widget, bank, answers, lang, audience, notes: Vec::new(), target: None, layout, step: 0 }
    }

    /// The widget's built-in bank (the maturity bank for any widget without one). A
    /// bundle built without the spectrum widget carries no spectrum bank.
    pub fn builtin_bank(widget: Widget) -> Rc<Bank> {
        match widget {
            #[cfg(feature = "spectrum")]
            Widget::Spectrum => builtin::spectrum(),
            _ => builtin::maturity(),
        }
    }

    /// Replaces the answers with `answers`, which must come from [`share::decode_answers`]
    /// (one per question); anything else is resized to fit.
    pub fn with_answers(mut self, mut answers: Vec<Option<u8>>) -> Self {
        answers.resize(self.bank.questions.len(), None);
        self.answers = answers;
        self.step = self.resume_step();
        self
    }

    /// Where a reopened questionnaire lands: the first unanswered question, or the
    /// result screen when every question is answered.
    pub fn resume_step(&self) -> usize {
        self.answers.iter().position(Option::is_none).unwrap_or(self.answers.len())
    }

    /// Whether the steps layout shows the result screen now.
    pub fn on_result(&self) -> bool {
        self.step >= self.answers.len()
    }

    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Answer { question, option } => {
                let valid = self.bank.questions.get(question).is_some_and(|q| (option as usize) < q.options.len());
                if valid {
                    self.answers[question] = Some(option);
                }
            }
            Action::Frame(FrameAction::Reset) => {
                self.answers.iter_mut().for_each(|a| *a = None);
                self.step = 0;
            }
            Action::Frame(FrameAction::SetLang(lang)) => self.lang = lang,
            Action::SetAudience(audience) => self.audience = audience,
            Action::SetTarget(t) => self.target = Some(t.min(100)),
            Action::Frame(FrameAction::DismissNotes) => self.notes.clear(),
            Action::SetLayout(layout) => self.layout = layout,
            Action::Go(step) => self.step = step.min(self.answers.len()),
            Action::Next => self.step = (self.step + 1).min(self.answers.len()),
            Action::Back => self.step = self.step.min(self.answers.len()).saturating_sub(1),
            Action::AutoAdvance { from } => {
                if self.step == from && self.answers.get(from).is_some_and(Option::is_some) {
                    self.step = from + 1;
                }
            }
        }
    }

    pub fn score(&self) -> Score {
        score(&self.bank, &self.answers)
    }
}

/// Where an opening questionnaire gets its state from, highest precedence first.
struct Sources<'a> {
    pub bank: Rc<Bank>,
    /// The share link read against `bank` (page mode only; an embed ignores its host's URL).
    pub link: share::LinkState,
    /// The saved-state query from storage, if any.
    pub saved: Option<&'a str>,
    /// Language when the link does not set one (host `data-lang` or browser preference).
    pub lang: Lang,
    /// Audience when the link does not set one (host `data-audience` or the default).
    pub audience: Audience,
    /// Layout when the link does not set one (host `data-layout`), else the audience's default.
    pub layout: Option<Layout>,
    /// Notes gathered before this point (a refused bank, no storage).
    pub notes: Vec<Note>,
}

impl Sources<'_> {
    /// The questionnaire to show: the link's answers if it has any, else saved ones.
    fn open(self, widget: Widget) -> Questionnaire {
        let Sources { bank, link, saved, lang, audience, layout, mut notes } = self;
        notes.extend(link.notes);
        let saved = saved.map(|s| share::read(s, &bank));
        if saved.as_ref().is_some_and(|s| s.answers.is_none() || !s.notes.is_empty()) && link.answers.is_none() {
            notes.push(Note::SavedStateUnreadable);
        }
        let saved = saved.unwrap_or_default();
        let target = link.target.or(saved.target);
        let answers = link.answers.or(saved.answers);
        let mut q = Questionnaire::new(widget, bank, link.lang.unwrap_or(lang), link.audience.unwrap_or(audience));
        if let Some(answers) = answers {
            q = q.with_answers(answers);
        }
        q.notes = notes;
        q.target = target;
        q.layout = link.layout.or(layout).unwrap_or(Layout::default_for(q.audience));
        q
    }
}

impl WidgetModel for Questionnaire {
    type Action = Action;

    /// The bank (inline if it validates, else built-in), then the link's answers if
    /// it has any, else saved ones.
    fn open(o: &Opening) -> Self {
        let mut notes = Vec::new();
        let bank = match o.inline_bank.map(Bank::from_json) {
            Some(Ok(bank)) => Rc::new(bank),
            Some(Err(e)) => {
                notes.push(Note::BankRejected(e.to_string()));
                Questionnaire::builtin_bank(o.widget)
            }
            None => Questionnaire::builtin_bank(o.widget),
        };
        if o.storage.is_none() {
            notes.push(Note::StorageUnavailable);
        }
        let saved = o.saved(&storage_key(o.widget, &bank.id));
        let link = o.link.map(|l| share::read(l, &bank)).unwrap_or_default();
        let (lang, audience, layout) = (o.lang(), o.audience.unwrap_or_default(), o.layout);
        Sources { bank, link, saved: saved.as_deref(), lang, audience, layout, notes }.open(o.widget)
    }
    fn apply(&mut self, action: Action) {
        Questionnaire::apply(self, action)
    }
    fn frame_action(action: FrameAction) -> Action {
        Action::Frame(action)
    }
    fn widget(&self) -> Widget {
        self.widget
    }
    fn lang(&self) -> Lang {
        self.lang
    }
    fn notes(&self) -> &[Note] {
        &self.notes
    }
    /// One key per bank, so answers to one bank never land in another.
    fn storage_key(&self) -> String {
        storage_key(self.widget, &self.bank.id)
    }
    fn has_result(&self) -> bool {
        self.score().complete()
    }
    fn step(&self) -> Option<(usize, usize)> {
        (self.layout == Layout::Steps).then_some((self.step, self.answers.len()))
    }

    /// The JSON download: the result payload plus every question with the answer chosen.
    fn export_json(&self, link: &str) -> Value {
        let mut out = self.result_json();
        out.insert("link", json!(link));
        let inputs = self
            .bank
            .questions
            .iter()
            .zip(&self.answers)
            .map(|(q, a)| {
                let option = a.and_then(|o| q.options.get(o as usize));
                json!({
                    "question": q.id,
                    "dimension": q.dimension,
                    "text": q.text.get(self.lang),
                    "option": a,
                    "answer": option.map(|o| o.text.get(self.lang)),
                    "points": option.map(|o| o.points),
                })
            })
            .collect();
        out.insert("inputs", inputs);
        out
    }

    /// The layout only where it is not the audience's default, so links made before
    /// layouts existed read the same.
    fn share_query(&self) -> String {
        let query = share::write(self.widget.code(), self.lang, self.audience, &self.bank, &self.answers, self.target);
        if self.layout == Layout::default_for(self.audience) {
            query
        } else {
            format!("{query}&layout={}", self.layout.code())
        }
    }

    /// The answers and the bank version they belong to.
    fn saved_query(&self) -> String {
        let target = self.target.map(|t| format!("&target={t}")).unwrap_or_default();
        format!("v={}&a={}{target}", self.bank.version, share::encode_answers(&self.answers))
    }

    fn result_json(&self) -> Value {
        let s = self.score();
        let band = &self.bank.bands[s.band];
        json!({
            "widget": self.widget.code(),
            "bank": self.bank.id,
            "version": self.bank.version,
            "lang": self.lang.code(),
            "audience": self.audience.code(),
            "complete": s.complete(),
            "answered": s.answered,
            "questions": s.questions,
            "total": s.total,
            "max": s.max_total,
            "band": band.id,
            "bandTitle": band.title.get(self.audience, self.lang),
            "dimensions": s.dimensions.iter().map(|d| json!({
                "id": self.bank.dimensions[d.index].id,
                "score": scoring::round1(d.score),
                "max": d.max,
            })).collect::<Vec<_>>(),
            "answers": share::encode_answers(&self.answers),
            "weakest": s.weakest(1).first().map(|&i| self.bank.dimensions[i].id.clone()),
            "target": self.target,
            "scales": self.bank.scales.iter().zip(&s.scales).map(|(scale, sc)| json!({
                "id": scale.id,
                "percent": sc.percent,
                "level": scale.levels[sc.level].id,
                "value": scale.levels[sc.level].value,
            })).collect::<Vec<_>>(),
        })
    }
}

/// Storage key for a widget's saved answers to a bank.
pub fn storage_key(widget: Widget, bank_id: &str) -> String {
    format!("secworth:{}:{bank_id}", widget.code())
}
