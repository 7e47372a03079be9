//! The widget contract, checked for every widget of the registry: how each opens from
//! a link, saved state and nothing; what it saves; what it announces. A new widget
//! gets these for free by joining `Widget::ALL` and `registry::visit`.

use std::cell::RefCell;

use secworth::model::lang::Lang;
use secworth::model::note::Note;
use secworth::model::widget::registry::{self, manifest, Visitor};
use secworth::model::widget::{FrameAction, Opening, Widget, WidgetModel};

/// Runs a check, generic over the model type, for every widget of the registry.
fn each<V: Visitor<Output = ()> + Copy>(check: V) {
    for widget in Widget::ALL {
        registry::visit(widget, check);
    }
}

#[test]
fn codes_are_unique_and_parse_back() {
    for w in Widget::ALL {
        assert_eq!(Widget::parse(w.code()), Some(w));
        assert_eq!(Widget::ALL.iter().filter(|x| x.code() == w.code()).count(), 1);
        assert!(!w.info().headline.is_empty(), "{w:?} names its headline outputs");
    }
    assert_eq!(Widget::parse(" flywheel "), Some(Widget::Flywheel));
    assert_eq!(Widget::parse("renewal"), None);
}

#[derive(Clone, Copy)]
struct SampleOpensWithAResult;

impl Visitor for SampleOpensWithAResult {
    type Output = ();
    fn visit<M: WidgetModel>(self, widget: Widget) {
        let m = M::open(&Opening::link(widget, widget.info().sample, Lang::En));
        assert!(m.notes().is_empty(), "{widget:?}: the sample link reads with notes {:?}", m.notes());
        assert!(m.has_result(), "{widget:?}: the sample link shows a result");
        let json = m.result_json();
        assert_eq!(json["widget"], widget.code(), "{widget:?}: result payload names its widget");
        assert_eq!(json["lang"], "en");
        assert!(m.share_query().starts_with(&format!("w={}&lang=en", widget.code())), "{}", m.share_query());
    }
}

#[test]
fn every_sample_link_opens_cleanly_with_a_result() {
    each(SampleOpensWithAResult);
}

/// A storage holding one key.
fn holding(key: String, value: String) -> impl Fn(&str) -> Option<String> {
    move |k: &str| (k == key).then(|| value.clone())
}

#[derive(Clone, Copy)]
struct SavedStateReopens;

impl Visitor for SavedStateReopens {
    type Output = ();
    fn visit<M: WidgetModel>(self, widget: Widget) {
        let sample = M::open(&Opening::link(widget, widget.info().sample, Lang::En));
        let store = holding(sample.storage_key(), sample.saved_query());
        assert!(sample.storage_key().starts_with(&format!("secworth:{}", widget.code())));

        // A page opened with no inputs in its link shows what was saved, in the link's language.
        let page = Opening { storage: Some(&store), ..Opening::link(widget, "lang=zh", Lang::En) };
        let m = M::open(&page);
        assert!(m.notes().is_empty(), "{widget:?}: {:?}", m.notes());
        assert_eq!(m.lang(), Lang::Zh, "{widget:?}: the link's language wins over the saved one");
        assert_eq!(m.result_json()["widget"], widget.code());
        let mut back_in_english = m.clone();
        back_in_english.apply(M::frame_action(FrameAction::SetLang(Lang::En)));
        assert_eq!(back_in_english.share_query(), sample.share_query(), "{widget:?}: saved state reopens as it was");

        // A link shared through a newsletter or a social network: the widget's code and
        // what the platforms add, none of the widget's inputs.
        let tracked = format!("w={}&utm_source=x&fbclid=y&gclid=z&ref=feed", widget.code());
        let m = M::open(&Opening { storage: Some(&store), ..Opening::link(widget, &tracked, Lang::En) });
        assert!(m.notes().is_empty(), "{widget:?}: {:?}", m.notes());
        assert_eq!(m.share_query(), sample.share_query(), "{widget:?}: tracking parameters keep the saved state");

        // An embed (no link) with the host's language.
        let embed = Opening { link: None, lang: Some(Lang::En), ..page };
        assert_eq!(M::open(&embed).share_query(), sample.share_query(), "{widget:?}: an embed reopens saved state");

        // Saved state that does not read is dropped, with a note.
        let broken = holding(sample.storage_key(), "lang=xx&v=abc&a=%%%&churn=NaN&c1=A&w1=NaN".into());
        let m = M::open(&Opening { storage: Some(&broken), ..Opening::link(widget, "", Lang::En) });
        assert!(m.notes().contains(&Note::SavedStateUnreadable), "{widget:?}: {:?}", m.notes());
        let fresh = M::open(&Opening::link(widget, "", Lang::En));
        assert_eq!(m.share_query(), fresh.share_query(), "{widget:?}: unreadable saved state leaves a fresh widget");
    }
}

/// Also: a link with only tracking parameters keeps the saved state.
#[test]
fn saved_state_reopens_and_unreadable_state_is_dropped_with_a_note() {
    each(SavedStateReopens);
}

#[derive(Clone, Copy)]
struct WithoutStorage;

impl Visitor for WithoutStorage {
    type Output = ();
    fn visit<M: WidgetModel>(self, widget: Widget) {
        let m = M::open(&Opening { storage: None, ..Opening::link(widget, widget.info().sample, Lang::En) });
        assert_eq!(m.notes(), [Note::StorageUnavailable], "{widget:?}");
        assert!(m.has_result(), "{widget:?}: the link still opens pre-filled");
        let mut dismissed = m.clone();
        dismissed.apply(M::frame_action(FrameAction::DismissNotes));
        assert!(dismissed.notes().is_empty());
    }
}

#[test]
fn without_storage_every_widget_says_so_and_works_from_the_link() {
    each(WithoutStorage);
}

#[derive(Clone, Copy)]
struct StartOver;

impl Visitor for StartOver {
    type Output = ();
    fn visit<M: WidgetModel>(self, widget: Widget) {
        let mut m = M::open(&Opening::link(widget, widget.info().sample, Lang::Zh));
        m.apply(M::frame_action(FrameAction::Reset));
        let fresh = M::open(&Opening::link(widget, "lang=zh", Lang::Zh));
        assert_eq!(m.share_query(), fresh.share_query(), "{widget:?}: start over gives a fresh widget");
    }
}

#[test]
fn start_over_gives_a_fresh_widget() {
    each(StartOver);
}

#[test]
fn the_end_to_end_suites_read_the_registry_as_it_is() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/e2e/widgets.json");
    let expected = manifest().to_string_pretty() + "\n";
    if std::env::var_os("SECWORTH_BLESS").is_some() {
        std::fs::write(path, &expected).unwrap();
    }
    let actual = std::fs::read_to_string(path).unwrap_or_default();
    assert!(actual == expected, "e2e/widgets.json is stale: run `SECWORTH_BLESS=1 cargo test --test registry`");
}

/// The registry's own mapping: each model says it is the widget it was opened as.
#[test]
fn each_widget_opens_as_itself() {
    struct Which<'a>(&'a RefCell<Vec<Widget>>);
    impl Visitor for Which<'_> {
        type Output = ();
        fn visit<M: WidgetModel>(self, widget: Widget) {
            self.0.borrow_mut().push(M::open(&Opening::link(widget, "", Lang::En)).widget());
        }
    }
    let seen = RefCell::new(Vec::new());
    for w in Widget::ALL {
        registry::visit(w, Which(&seen));
    }
    assert_eq!(seen.into_inner(), Widget::ALL);
}

/// An embedded widget's share link opens the suite's `index.html`, whichever bundle
/// (the suite's, or the widget's own under `widgets/<code>/`) the host page loaded.
#[test]
fn every_bundle_links_to_the_suites_page() {
    use secworth::model::widget::suite_folder;
    assert_eq!(suite_folder("https://cdn.example/sw/secworth.js"), Some("https://cdn.example/sw/"));
    for w in Widget::ALL {
        let own = format!("https://cdn.example/sw/widgets/{}/secworth.js", w.code());
        assert_eq!(suite_folder(&own), Some("https://cdn.example/sw/"), "{}", w.code());
    }
    assert_eq!(suite_folder("https://cdn.example/widgets/maturity/secworth.js"), Some("https://cdn.example/"));
    assert_eq!(
        suite_folder("https://cdn.example/widgets/other/secworth.js"),
        Some("https://cdn.example/widgets/other/")
    );
    assert_eq!(suite_folder("secworth.js"), None);
}
