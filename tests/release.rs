//! The release manifest and the pinned embed snippets built from it.

use secworth::model::lang::Lang;
use secworth::model::release::{element_snippet, loader_tag, popup_snippet, script_snippet, Pin};
use secworth::model::widget::Widget;

const DIGEST: &str = "sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC";

fn manifest(version: &str, integrity: &str) -> String {
    format!(
        r#"{{"name":"secworth","version":"{version}","files":{{"embed.js":{{"bytes":9000,"integrity":"{integrity}"}}}}}}"#
    )
}

#[test]
fn a_manifest_gives_the_version_and_the_loaders_digest() {
    let pin = Pin::from_manifest(&manifest("0.2.0", DIGEST)).expect("a well-formed manifest");
    assert_eq!(pin, Pin { version: "0.2.0".into(), integrity: DIGEST.into() });
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

#[test]
fn snippets_load_the_pinned_release_with_integrity_or_the_latest_without() {
    let pin = Pin { version: "0.2.0".into(), integrity: DIGEST.into() };
    let dir = "https://widgets.example/sw";
    assert_eq!(
        loader_tag(dir, Some(&pin)),
        format!("<script type=\"module\" src=\"{dir}/releases/0.2.0/embed.js\" integrity=\"{DIGEST}\" crossorigin=\"anonymous\"></script>")
    );
    assert_eq!(loader_tag(dir, None), format!("<script type=\"module\" src=\"{dir}/embed.js\"></script>"));
    for w in Widget::ALL {
        for lang in [Lang::En, Lang::Zh] {
            let script = script_snippet(dir, Some(&pin), w, lang);
            assert!(script.ends_with(&format!(
                "<div data-secworth=\"{}\" data-lang=\"{}\"></div>",
                w.code(),
                lang.code()
            )));
            let element = element_snippet(dir, None, w, lang);
            assert!(element.ends_with(&format!(
                "<secworth-widget widget=\"{}\" lang=\"{}\"></secworth-widget>",
                w.code(),
                lang.code()
            )));
            let popup = popup_snippet(dir, Some(&pin), w, lang);
            assert!(popup.contains(&format!("data-secworth-open=\"{}\"", w.code())) && popup.contains(w.title(lang)));
            assert!(
                script.starts_with(&loader_tag(dir, Some(&pin))) && popup.starts_with(&loader_tag(dir, Some(&pin)))
            );
        }
    }
}
