//! Model layer: the contract every widget's state implements, and what a page or host
//! offers a widget as it opens. The components layer's one frame drives any
//! `WidgetModel` (reducer, storage, share link, result event, header), and the
//! fuzzer and tests iterate over the registry with it. Pure Rust.

use crate::model::json::Value;

use super::Widget;
use crate::model::lang::{Audience, Lang, Layout};
use crate::model::note::Note;
use crate::model::query;

/// Reads the state saved under a key (`localStorage`, or a test's map).
pub type Load<'a> = &'a dyn Fn(&str) -> Option<String>;

/// What the page or host element offers a widget as it opens.
pub struct Opening<'a> {
    pub widget: Widget,
    /// Page mode: the share-link query the page was opened with. An embedded widget
    /// never reads its host page's URL, so this is `None` there.
    pub link: Option<&'a str>,
    /// Saved state by storage key; `None` where the browser allows no storage.
    pub storage: Option<Load<'a>>,
    /// The embedder's language (`data-lang`), if it set one.
    pub lang: Option<Lang>,
    /// The browser's preferred language, used when nothing else sets one.
    pub preferred_lang: Lang,
    /// The embedder's audience (`data-audience`), questionnaires only.
    pub audience: Option<Audience>,
    /// The embedder's layout (`data-layout`), questionnaires only.
    pub layout: Option<Layout>,
    /// JSON of a question bank replacing the built-in one (questionnaires).
    pub inline_bank: Option<&'a str>,
}

impl Opening<'_> {
    /// A page opened with `link` and nothing else: empty storage, no embedder settings.
    pub fn link(widget: Widget, link: &str, preferred_lang: Lang) -> Opening<'_> {
        Opening {
            widget,
            link: Some(link),
            storage: Some(&nothing_saved),
            lang: None,
            preferred_lang,
            audience: None,
            layout: None,
            inline_bank: None,
        }
    }

    /// The embedder's language, else the browser's.
    pub fn lang(&self) -> Lang {
        self.lang.unwrap_or(self.preferred_lang)
    }

    /// The state saved under `key`, if storage is available and holds one.
    pub fn saved(&self, key: &str) -> Option<String> {
        self.storage.and_then(|load| load(key))
    }
}

/// Storage that is available and holds nothing.
fn nothing_saved(_: &str) -> Option<String> {
    None
}

/// The actions the shared frame offers every widget: the language switch, dismissing
/// the notes and "Start over". Each widget maps them to its own `Action`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FrameAction {
    SetLang(Lang),
    DismissNotes,
    Reset,
}

/// One widget's state: how it opens, changes, travels in a link and storage, and
/// what it announces. `apply` is pure; the frame wraps it in Yew's reducer.
pub trait WidgetModel: Clone + PartialEq + 'static {
    type Action: 'static;

    /// The state to show: from the link, else saved state, else fresh; every part of
    /// the link or saved state it could not use becomes a [`Note`]. Never panics.
    fn open(opening: &Opening) -> Self;
    fn apply(&mut self, action: Self::Action);
    fn frame_action(action: FrameAction) -> Self::Action;

    fn widget(&self) -> Widget;
    fn lang(&self) -> Lang;
    /// What opening could not use, shown until dismissed.
    fn notes(&self) -> &[Note];
    /// The share link's query (without `?`); reading it back gives the same state
    /// with no note (the fuzzer checks this for every widget).
    fn share_query(&self) -> String;
    /// Where the state is saved (`localStorage` key): `secworth:<code>` unless a
    /// widget keeps one per bank.
    fn storage_key(&self) -> String {
        storage_key(self.widget())
    }
    /// What is saved: the share query unless a widget keeps less.
    fn saved_query(&self) -> String {
        self.share_query()
    }
    /// The `secworth:result` payload (and the JSON download's core).
    fn result_json(&self) -> Value;
    /// The JSON download: the result payload and the share link that reopens it.
    fn export_json(&self, link: &str) -> Value {
        let mut json = self.result_json();
        json.insert("link", Value::String(link.to_string()));
        json
    }
    /// Whether there is a result to announce yet (a questionnaire: every question answered).
    fn has_result(&self) -> bool {
        true
    }
    /// A widget shown one step at a time: the step on screen (0-based) and how many
    /// there are; the count itself is the result screen. `None` for one-screen widgets.
    fn step(&self) -> Option<(usize, usize)> {
        None
    }
}

/// What the frame last announced: the share query and the result payload (`None`
/// while there is no result). A change that alters neither, such as a questionnaire
/// moving from one question to the next, is not announced again.
#[derive(Debug, Default)]
pub struct Announced(Option<(String, Option<Value>)>);

impl Announced {
    /// Whether `share_query` and `result` differ from what was last announced; if they
    /// do, they become what was last announced.
    pub fn changed(&mut self, share_query: &str, result: &Option<Value>) -> bool {
        let same = self.0.as_ref().is_some_and(|(q, r)| q == share_query && r == result);
        if !same {
            self.0 = Some((share_query.to_string(), result.clone()));
        }
        !same
    }
}

/// The `localStorage` key of a widget's saved state.
pub fn storage_key(widget: Widget) -> String {
    format!("secworth:{}", widget.code())
}

/// A form-like widget's way of opening, shared by the calculators' and the renewal
/// review's `open` (see [`open_calculator`]).
pub trait Calculator: WidgetModel {
    /// Whether `key` names one of this widget's inputs in a link. `w`, `lang`, `origin`
    /// and what platforms add on the way (`utm_source`, `fbclid`, ...) do not: a link
    /// with none of its inputs opens the saved state.
    fn is_input(&self, key: &str) -> bool;
    /// Reads a share link (or saved state) into a fresh state like `self`, in the
    /// text's language or else `lang`, noting what it could not use.
    fn read(&self, query: &str, lang: Lang) -> Self;
    fn lang_and_notes(&mut self) -> (&mut Lang, &mut Vec<Note>);
}

/// The link's inputs if it has any, else the saved ones, else `fresh` (the state with
/// nothing entered, in `o.lang()`). The page's own language (link or embedder) wins
/// over a saved one; saved state that does not read cleanly is discarded with a note.
pub fn open_calculator<T: Calculator>(o: &Opening, fresh: T) -> T {
    let lang = o.lang();
    let pairs = o.link.map(query::parse).unwrap_or_default();
    let has_inputs = pairs.iter().any(|(k, _)| fresh.is_input(k));
    let mut state = match (o.link, o.saved(&fresh.storage_key())) {
        (Some(l), _) if has_inputs => fresh.read(l, lang),
        (_, Some(saved)) => {
            let mut state = fresh.read(&saved, lang);
            if !state.lang_and_notes().1.is_empty() {
                state = fresh;
                state.lang_and_notes().1.push(Note::SavedStateUnreadable);
            }
            let (current, notes) = state.lang_and_notes();
            *current = query::lang_param(&pairs, o.lang.unwrap_or(*current), notes);
            state
        }
        (Some(l), None) => fresh.read(l, lang),
        (None, None) => fresh,
    };
    if o.storage.is_none() {
        state.lang_and_notes().1.push(Note::StorageUnavailable);
    }
    state
}
