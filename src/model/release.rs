//! Model layer: a published release as its `manifest.json` describes it (written by
//! scripts/pin.mjs): what a pinned embed snippet names, and the snippets themselves.

use crate::model::lang::Lang;
use crate::model::widget::Widget;

/// A release's version folder and `embed.js`'s Subresource Integrity digest.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pin {
    pub version: String,
    pub integrity: String,
}

impl Pin {
    /// From `manifest.json`'s text; `None` unless it names a plain version and a
    /// well-formed SHA-384 digest of `embed.js` (nothing else from it reaches a snippet).
    pub fn from_manifest(json: &str) -> Option<Pin> {
        let manifest = crate::model::json::parse(json).ok()?;
        let version = manifest.get("version")?.as_str()?;
        let integrity = manifest.get("files")?.get("embed.js")?.get("integrity")?.as_str()?;
        let plain_version = !version.is_empty()
            && version.len() <= 32
            && version.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-');
        let digest = integrity.strip_prefix("sha384-")?;
        let well_formed =
            digest.len() == 64 && digest.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/');
        (plain_version && well_formed).then(|| Pin { version: version.into(), integrity: integrity.into() })
    }
}

/// The loader's `<script>` from the widgets' folder `dir` (no trailing `/`): with a pin,
/// the release's own copy, checked by the browser against its digest.
pub fn loader_tag(dir: &str, pin: Option<&Pin>) -> String {
    match pin {
        Some(p) => format!(
            "<script type=\"module\" src=\"{dir}/releases/{}/embed.js\" integrity=\"{}\" crossorigin=\"anonymous\"></script>",
            p.version, p.integrity
        ),
        None => format!("<script type=\"module\" src=\"{dir}/embed.js\"></script>"),
    }
}

/// The script form: the loader and a `<div data-secworth>`.
pub fn script_snippet(dir: &str, pin: Option<&Pin>, widget: Widget, lang: Lang) -> String {
    format!("{}\n<div data-secworth=\"{}\" data-lang=\"{}\"></div>", loader_tag(dir, pin), widget.code(), lang.code())
}

/// The custom element, in its own Shadow DOM.
pub fn element_snippet(dir: &str, pin: Option<&Pin>, widget: Widget, lang: Lang) -> String {
    format!(
        "{}\n<secworth-widget widget=\"{}\" lang=\"{}\"></secworth-widget>",
        loader_tag(dir, pin),
        widget.code(),
        lang.code()
    )
}

/// A button of the host's that opens the widget in a modal dialog.
pub fn popup_snippet(dir: &str, pin: Option<&Pin>, widget: Widget, lang: Lang) -> String {
    format!(
        "{}\n<button type=\"button\" data-secworth-open=\"{}\" data-lang=\"{}\">{}</button>",
        loader_tag(dir, pin),
        widget.code(),
        lang.code(),
        widget.title(lang)
    )
}
