//! The release manifest and the pinned embed snippets built from it.

use secworth::model::lang::Lang;
use secworth::model::release::{
    element_snippet, loader_tag, popup_snippet, preload_hints, script_snippet, Loading, Pin,
};
use secworth::model::widget::Widget;

const DIGEST: &str = "sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC";
const GLUE: &str = "sha384-3/b1loRN0aUK03ocRBsi6aCFjWFyQUQQ/XbuM7uD4dzx6B0cMN+ok80cB/UsTX/+";

fn manifest(version: &str, integrity: &str) -> String {
    manifest_with(version, integrity, &[])
}

/// A manifest with `embed.js` and the given files' digests.
fn manifest_with(version: &str, integrity: &str, files: &[(&str, &str)]) -> String {
    let more: String = files.iter().map(|(f, d)| format!(r#","{f}":{{"bytes":1,"integrity":"{d}"}}"#)).collect();
    format!(
        r#"{{"name":"secworth","version":"{version}","files":{{"embed.js":{{"bytes":9000,"integrity":"{integrity}"}}{more}}}}}"#
    )
}

#[test]
fn a_manifest_gives_the_version_and_the_loaders_digest() {
    let pin = Pin::from_manifest(&manifest("0.2.0", DIGEST)).expect("a well-formed manifest");
    assert_eq!(pin, Pin { version: "0.2.0".into(), integrity: DIGEST.into(), glues: vec![] });
}

#[test]
fn a_manifest_gives_each_widgets_glue_digest_and_skips_a_malformed_one() {
    let json = manifest_with(
        "0.2.0",
        DIGEST,
        &[
            ("widgets/flywheel/secworth.js", GLUE),
            ("widgets/flywheel/secworth_bg.wasm", DIGEST),
            ("widgets/maturity/secworth.js", "sha384-short\\\" onload=\\\"x"),
            ("widgets/nonsense/secworth.js", GLUE),
            ("secworth.js", GLUE),
        ],
    );
    let pin = Pin::from_manifest(&json).expect("a malformed glue digest does not lose the pin");
    assert_eq!(pin.glues, vec![(Widget::Flywheel, GLUE.to_string())]);
}

#[test]
fn anything_odd_in_a_manifest_gives_no_pin_rather_than_a_broken_snippet() {
    for bad in [
        String::new(),
        "not json".into(),
        "{}".into(),
        manifest("", DIGEST),
        manifest("0.2.0\\\"><script>", DIGEST),
        manifest("../../evil", DIGEST),
        manifest("0.2.0", "sha256-abc"),
        manifest("0.2.0", &DIGEST[..40]),
        manifest("0.2.0", &format!("{DIGEST}\\\" onload=\\\"x")),
        r#"{"version":"0.2.0","files":{}}"#.into(),
    ] {
        assert_eq!(Pin::from_manifest(&bad), None, "{bad}");
    }
}

/// The style an inline snippet reserves its widget's space with: at most the viewport's
/// height, at most the registry's lower bound of the widget's first view.
fn reserved(w: Widget) -> String {
    format!("min-height: min(100vh, {}px)", w.info().reserve_px)
}

#[test]
fn inline_snippets_reserve_the_widgets_space_and_a_popup_button_none() {
    let dir = "https://widgets.example/sw";
    let pin = pin_with_every_glue();
    for w in Widget::ALL {
        // A first view is taller than a phone's screen is wide, and shorter than any
        // screen is tall for the shortest widgets: a plausible lower bound, not a stray value.
        assert!((300..=8000).contains(&w.info().reserve_px), "{w:?}");
        for loading in [Loading::Eager, Loading::Lazy] {
            let script = script_snippet(dir, Some(&pin), w, Lang::En, loading);
            let element = element_snippet(dir, Some(&pin), w, Lang::Zh, loading);
            assert_eq!(script.matches(&reserved(w)).count(), 1, "{script}");
            assert_eq!(element.matches(&format!(" style=\"display: block; {}\"", reserved(w))).count(), 1, "{element}");
        }
        assert!(!popup_snippet(dir, Some(&pin), w, Lang::En).contains("style="));
    }
}

#[test]
fn snippets_load_the_pinned_release_with_integrity_or_the_latest_without() {
    let pin = Pin { version: "0.2.0".into(), integrity: DIGEST.into(), glues: vec![] };
    let dir = "https://widgets.example/sw";
    assert_eq!(
        loader_tag(dir, Some(&pin)),
        format!("<script type=\"module\" src=\"{dir}/releases/0.2.0/embed.js\" integrity=\"{DIGEST}\" crossorigin=\"anonymous\"></script>")
    );
    assert_eq!(loader_tag(dir, None), format!("<script type=\"module\" src=\"{dir}/embed.js\"></script>"));
    for w in Widget::ALL {
        for lang in [Lang::En, Lang::Zh] {
            let script = script_snippet(dir, Some(&pin), w, lang, Loading::Eager);
            assert!(script.ends_with(&format!(
                "<div data-secworth=\"{}\" data-lang=\"{}\" style=\"{}\"></div>",
                w.code(),
                lang.code(),
                reserved(w)
            )));
            let element = element_snippet(dir, None, w, lang, Loading::Eager);
            assert!(element.ends_with(&format!(
                "<secworth-widget widget=\"{}\" lang=\"{}\" style=\"display: block; {}\"></secworth-widget>",
                w.code(),
                lang.code(),
                reserved(w)
            )));
            let popup = popup_snippet(dir, Some(&pin), w, lang);
            assert!(popup.contains(&format!("data-secworth-open=\"{}\"", w.code())) && popup.contains(w.title(lang)));
            assert!(
                script.starts_with(&loader_tag(dir, Some(&pin))) && popup.starts_with(&loader_tag(dir, Some(&pin)))
            );
        }
    }
}

/// A release 0.3.0 with every widget's own bundle.
fn pin_with_every_glue() -> Pin {
    let glues = Widget::ALL.iter().map(|&w| (w, GLUE.to_string())).collect();
    Pin { version: "0.3.0".into(), integrity: DIGEST.into(), glues }
}

#[test]
fn a_pinned_snippet_ends_with_the_widgets_preload_hints_when_the_release_has_its_bundle() {
    let dir = "https://widgets.example/sw";
    let pin = pin_with_every_glue();
    for w in Widget::ALL {
        for lang in [Lang::En, Lang::Zh] {
            let hints = preload_hints(dir, Some(&pin), w, lang).expect("a bundle for every widget");
            let folder = format!("{dir}/releases/0.3.0/widgets/{}", w.code());
            let lines: Vec<&str> = hints.lines().collect();
            assert_eq!(lines.len(), 3, "{hints}");
            assert!(lines[0].starts_with("<!--") && lines[0].ends_with("-->"), "{hints}");
            assert_eq!(lang == Lang::Zh, lines[0].contains("删去"), "the comment in the snippet's language: {hints}");
            assert_eq!(
                lines[1],
                format!(
                    "<link rel=\"preload\" as=\"fetch\" href=\"{folder}/secworth_bg.wasm\" crossorigin=\"anonymous\">"
                )
            );
            assert_eq!(
                lines[2],
                format!(
                    "<link rel=\"modulepreload\" href=\"{folder}/secworth.js\" integrity=\"{GLUE}\" crossorigin=\"anonymous\">"
                )
            );
            for snippet in [
                script_snippet(dir, Some(&pin), w, lang, Loading::Eager),
                element_snippet(dir, Some(&pin), w, lang, Loading::Eager),
                popup_snippet(dir, Some(&pin), w, lang),
            ] {
                // The loader and the element first, the optional hints last.
                assert!(snippet.starts_with(&loader_tag(dir, Some(&pin))), "{snippet}");
                assert!(snippet.ends_with(&format!("\n{hints}")), "{snippet}");
                assert_eq!(snippet.lines().count(), 5, "{snippet}");
            }
        }
    }
    // No hints without a pin (a development build has no per-widget bundles) or without
    // the widget's own bundle in the release.
    let without = Pin { version: "0.3.0".into(), integrity: DIGEST.into(), glues: vec![] };
    for pin in [None, Some(&without)] {
        assert_eq!(preload_hints(dir, pin, Widget::BreachCost, Lang::En), None);
        let snippet = script_snippet(dir, pin, Widget::BreachCost, Lang::En, Loading::Eager);
        assert_eq!(snippet.lines().count(), 2, "{snippet}");
        assert!(!snippet.contains("preload"), "{snippet}");
    }
}

#[test]
fn a_lazy_snippet_marks_its_widget_lazy_and_has_no_preload_hints() {
    let dir = "https://widgets.example/sw";
    let pin = pin_with_every_glue();
    for w in Widget::ALL {
        for lang in [Lang::En, Lang::Zh] {
            let script = script_snippet(dir, Some(&pin), w, lang, Loading::Lazy);
            let element = element_snippet(dir, Some(&pin), w, lang, Loading::Lazy);
            assert_eq!(
                script,
                format!(
                    "{}\n<div data-secworth=\"{}\" data-lang=\"{}\" data-loading=\"lazy\" style=\"{}\"></div>",
                    loader_tag(dir, Some(&pin)),
                    w.code(),
                    lang.code(),
                    reserved(w)
                )
            );
            assert_eq!(
                element,
                format!(
                    "{}\n<secworth-widget widget=\"{}\" lang=\"{}\" loading=\"lazy\" style=\"display: block; {}\"></secworth-widget>",
                    loader_tag(dir, Some(&pin)),
                    w.code(),
                    lang.code(),
                    reserved(w)
                )
            );
            // The eager ones keep their hints.
            assert!(script_snippet(dir, Some(&pin), w, lang, Loading::Eager).contains("rel=\"preload\""));
        }
    }
}
