//! Model layer: a published release as its `manifest.json` describes it (written by
//! scripts/pin.mjs): what a pinned embed snippet names, and the snippets themselves.

use crate::model::json::Value;
use crate::model::lang::Lang;
use crate::model::text::gallery_ui;
use crate::model::widget::Widget;

/// A release's version folder and the Subresource Integrity digests a snippet names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pin {
    pub version: String,
    /// `embed.js`'s digest.
    pub integrity: String,
    /// Each widget's own glue (`widgets/<code>/secworth.js`) and its digest, for the
    /// preload hints; a widget the release has no bundle for is not listed.
    pub glues: Vec<(Widget, String)>,
}

/// A manifest entry's digest, if it is a well-formed SHA-384 one.
fn digest_of(files: &Value, path: &str) -> Option<String> {
    let integrity = files.get(path)?.get("integrity")?.as_str()?;
    let digest = integrity.strip_prefix("sha384-")?;
    let well_formed = digest.len() == 64 && digest.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/');
    well_formed.then(|| integrity.to_string())
}

impl Pin {
    /// From `manifest.json`'s text; `None` unless it names a plain version and a
    /// well-formed SHA-384 digest of `embed.js` (nothing else from it reaches a snippet
    /// but the glues' digests, each only if well-formed).
    pub fn from_manifest(json: &str) -> Option<Pin> {
        let manifest = crate::model::json::parse(json).ok()?;
        let version = manifest.get("version")?.as_str()?;
        let files = manifest.get("files")?;
        let integrity = digest_of(files, "embed.js")?;
        let plain_version = !version.is_empty()
            && version.len() <= 32
            && version.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-');
        let glues = Widget::ALL
            .iter()
            .filter_map(|&w| Some((w, digest_of(files, &format!("widgets/{}/secworth.js", w.code()))?)))
            .collect();
        plain_version.then(|| Pin { version: version.into(), integrity, glues })
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

/// Two `<link>`s that start downloading `widget`'s own bundle as soon as the browser
/// reads the host page's HTML, rather than once the loader has arrived and run (a module
/// script runs after the whole page is parsed), under an HTML comment saying when to
/// leave them out. Only for a pinned release with that widget's bundle: the glue's
/// preload must carry its digest, or the browser would run an unchecked copy (a module
/// preloaded without integrity is the one `import()` takes); the wasm's need not, as
/// `embed.js`'s `fetch(..., { integrity })` checks the preloaded response itself.
/// `crossorigin` makes both CORS requests without cookies, as `embed.js`'s own are, so
/// the browser reuses them.
pub fn preload_hints(dir: &str, pin: Option<&Pin>, widget: Widget, lang: Lang) -> Option<String> {
    let pin = pin?;
    let glue = &pin.glues.iter().find(|(w, _)| *w == widget)?.1;
    let folder = format!("{dir}/releases/{}/widgets/{}", pin.version, widget.code());
    Some(format!(
        "{}\n<link rel=\"preload\" as=\"fetch\" href=\"{folder}/secworth_bg.wasm\" crossorigin=\"anonymous\">\n\
         <link rel=\"modulepreload\" href=\"{folder}/secworth.js\" integrity=\"{glue}\" crossorigin=\"anonymous\">",
        gallery_ui(lang).embed_preload
    ))
}

/// When an inline widget mounts: with the page, or (`Lazy`, for one further down the
/// page) once it comes near the viewport, downloading nothing before.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Loading {
    Eager,
    Lazy,
}

/// A one-widget snippet: the loader, the widget's `element`, then the preload hints if
/// any (last, so the lines a host needs are the first they read; the browser finds the
/// hints in the HTML wherever they are). A lazy widget has none: they would download it
/// at once.
fn snippet(dir: &str, pin: Option<&Pin>, widget: Widget, lang: Lang, element: String, loading: Loading) -> String {
    let hints = match loading {
        Loading::Eager => preload_hints(dir, pin, widget, lang).map(|h| format!("\n{h}")).unwrap_or_default(),
        Loading::Lazy => String::new(),
    };
    format!("{}\n{element}{hints}", loader_tag(dir, pin))
}

/// The space an inline widget's element keeps on the host page from the host's first
/// paint, as an image's `width` and `height` do: what follows it on the page then does
/// not move when the widget appears. Up to the viewport's height, as below that the
/// host's content is out of sight and its move is no layout shift; never more than the
/// widget's shortest first view (`WidgetInfo::reserve_px`), so no gap is left under it.
pub fn reserve_style(widget: Widget) -> String {
    format!("min-height: min(100vh, {}px)", widget.info().reserve_px)
}

/// The script form: the loader and a `<div data-secworth>`.
pub fn script_snippet(dir: &str, pin: Option<&Pin>, widget: Widget, lang: Lang, loading: Loading) -> String {
    let lazy = if loading == Loading::Lazy { " data-loading=\"lazy\"" } else { "" };
    let element = format!(
        "<div data-secworth=\"{}\" data-lang=\"{}\"{lazy} style=\"{}\"></div>",
        widget.code(),
        lang.code(),
        reserve_style(widget)
    );
    snippet(dir, pin, widget, lang, element, loading)
}

/// The custom element, in its own Shadow DOM (a block, as its own stylesheet makes it
/// once defined, so that its reserved height holds before).
pub fn element_snippet(dir: &str, pin: Option<&Pin>, widget: Widget, lang: Lang, loading: Loading) -> String {
    let lazy = if loading == Loading::Lazy { " loading=\"lazy\"" } else { "" };
    let element = format!(
        "<secworth-widget widget=\"{}\" lang=\"{}\"{lazy} style=\"display: block; {}\"></secworth-widget>",
        widget.code(),
        lang.code(),
        reserve_style(widget)
    );
    snippet(dir, pin, widget, lang, element, loading)
}

/// A button of the host's that opens the widget in a modal dialog.
pub fn popup_snippet(dir: &str, pin: Option<&Pin>, widget: Widget, lang: Lang) -> String {
    let element = format!(
        "<button type=\"button\" data-secworth-open=\"{}\" data-lang=\"{}\">{}</button>",
        widget.code(),
        lang.code(),
        widget.title(lang)
    );
    // A popup's bundle already waits for the page's load (or a click): never lazy.
    snippet(dir, pin, widget, lang, element, Loading::Eager)
}
