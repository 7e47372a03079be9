//! Embed layer: finds `[data-secworth]` hosts (script embedding) or the page root
//! (`#secworth-app`), reads their configuration and mounts the widgets. A panic traps
//! (the release aborts at once); embed.js then puts a message in place of every widget.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

use crate::browser::storage::Store;
use crate::browser::{frame, page, turns};
use crate::components::app::{App, AppProps, PageView};
use crate::components::widget::{AnyWidget, Mode, WidgetProps};
use crate::model::hidden;
use crate::model::lang::{Audience, Lang, Layout};
use crate::model::note::Note;
use crate::model::origin::parse_origin;
use crate::model::query;
use crate::model::widget::Widget;

/// Id of the element `index.html` mounts the page into.
pub const PAGE_ROOT_ID: &str = "secworth-app";

thread_local! {
    /// What `mount` returned a handle to (the handle is the index).
    static APPS: RefCell<Vec<Slot>> = const { RefCell::new(Vec::new()) };
}

/// The event a widget dispatches on its host once its first render is done.
const READY: &str = "secworth:ready";

/// A widget `reserve` returned a handle to: waiting to be mounted, with its host and its
/// kind and number among its kind (the second flywheel is `flywheel-2`, its saved answers
/// kept apart; `None` if the host names no widget); mounted; or unmounted.
enum Slot {
    Waiting(Element, Option<(Widget, usize)>),
    Mounted(Mounted),
    Gone,
}

/// A mounted widget's kind, number among its kind, host (a host taken off the page
/// frees its number) and app.
type Mounted = (Widget, usize, Element, yew::AppHandle<AnyWidget>);

/// Entry point: mounts every widget on the page (a lazy one, `data-loading="lazy"`, only
/// once embed.js sees it near the viewport).
pub fn start() {
    #[cfg(feature = "fault-injection")]
    if query::parse(&page::query_string()).iter().any(|(k, v)| k == "fault" && v == "panic") {
        inject_panic_on_reset();
    }
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let hosts = document.query_selector_all("[data-secworth]:not([data-loading=lazy])").ok();
    let hosts: Vec<Element> = hosts
        .map(|list| (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<Element>().ok()).collect())
        .unwrap_or_default();
    if !hosts.is_empty() {
        for host in hosts {
            // Numbered now, in page order (before any lazy one or element); mounted in turn.
            let handle = reserve(host.clone()) as usize;
            turns::in_turn(READY, move || mount_in_host(handle, &host));
        }
    } else if let Some(root) = document.get_element_by_id(PAGE_ROOT_ID) {
        mount_page(root);
    }
}

/// Page mode: `index.html?w=<widget>` alone, or the gallery.
pub fn mount_page(root: Element) {
    let query_string = page::query_string();
    let pairs = query::parse(&query_string);
    let param = |key: &str| pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone());
    let store = Store::open();
    let view = match param("w").map(|w| (Widget::parse(&w), w)) {
        Some((Some(widget), _)) => PageView::Widget(widget),
        other => {
            let notes = match other {
                Some((None, w)) => vec![Note::UnknownWidget(w)],
                _ => Vec::new(),
            };
            let lang = param("lang").and_then(|l| Lang::parse(&l)).unwrap_or_else(page::preferred_lang);
            PageView::Gallery { lang, notes }
        }
    };
    // In an iframe, talk to the parent only if the embedder named its origin.
    let parent_origin = param("origin").and_then(|o| parse_origin(&o)).filter(|_| frame::in_frame());
    if let Some(origin) = &parent_origin {
        frame::report_height(
            &root,
            origin.clone(),
            param("w").and_then(|w| Widget::parse(&w)).map_or("gallery", Widget::code),
        );
    }
    let props = AppProps {
        view,
        root: root.clone(),
        store,
        base_url: page::base_url().into(),
        link: query_string.into(),
        parent_origin: parent_origin.map(Into::into),
        hidden: Rc::new(hidden::from_link(&pairs)),
        share_hidden: param("share-hidden").is_some(),
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}

/// Script mode: `<div data-secworth="maturity" data-lang="en" data-audience="screen">`,
/// optionally holding a `<script type="application/json">` bank (or naming one with
/// `data-bank="element-id"`). The widget goes into a new child of the host. Returns the
/// host if a widget was mounted there.
pub fn mount_host(host: &Element) -> Option<Element> {
    mount_in_host(reserve(host.clone()) as usize, host)
}

/// Mounts the widget of slot `handle` into a new child of its (connected) `host`.
fn mount_in_host(handle: usize, host: &Element) -> Option<Element> {
    if !host.is_connected() {
        return None;
    }
    let at = host.owner_document()?.create_element("div").ok()?;
    let _ = host.append_child(&at);
    mount_into(handle, at).then(|| host.clone())
}

/// Reserves a widget for `host` (for embed.js: a `<secworth-widget>`, whose attributes
/// drop the `data-` prefix, or a lazy script-form host) and mounts it into `at` at once if
/// `now` (a popup being opened), else in its turn after the widgets before it (see
/// `turns`). Returns the handle `unmount` takes.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount(host: Element, at: Element, now: bool) -> u32 {
    let handle = reserve(host);
    mount_reserved(handle, at, now);
    handle
}

/// Takes `host`'s number among the widgets of its kind now (embed.js calls this as it
/// reads the page), to mount it later with `mount_reserved`: a lazy widget, once near,
/// whose number (and so saved answers) must not depend on which one the visitor scrolls
/// to first. Returns the handle.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn reserve(host: Element) -> u32 {
    let widget = HostSettings(&host).get("secworth").and_then(|w| Widget::parse(&w));
    APPS.with(|apps| {
        let mut apps = apps.borrow_mut();
        // The lowest number no widget of this kind on the page has: a widget taken down and
        // put back gets its number, and so its saved answers, again.
        let slot = widget.map(|widget| {
            let taken = |n: &usize| {
                apps.iter().any(|slot| match slot {
                    Slot::Mounted((w, o, h, _)) | Slot::Waiting(h, Some((w, o))) => {
                        *w == widget && o == n && h.is_connected()
                    }
                    _ => false,
                })
            };
            (widget, (1..).find(|n| !taken(n)).unwrap_or(1))
        });
        apps.push(Slot::Waiting(host, slot));
        (apps.len() - 1) as u32
    })
}

/// Mounts the widget `reserve` returned `handle` for into `at`: at once if `now`, else in
/// its turn; nothing if it was unmounted meanwhile or its host has left the page.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount_reserved(handle: u32, at: Element, now: bool) {
    let handle = handle as usize;
    if now {
        mount_into(handle, at);
        return;
    }
    turns::in_turn(READY, move || {
        let host = APPS.with(|apps| match apps.borrow().get(handle) {
            Some(Slot::Waiting(host, _)) => Some(host.clone()),
            _ => None,
        })?;
        (host.is_connected() && mount_into(handle, at)).then_some(host)
    });
}

/// Mounts the widget of slot `handle` (waiting) into `at`; false if its host names no
/// widget (a message says so in its place) or the slot is not waiting.
fn mount_into(handle: usize, at: Element) -> bool {
    let waiting = APPS.with(|apps| match apps.borrow_mut().get_mut(handle) {
        Some(slot @ Slot::Waiting(..)) => match std::mem::replace(slot, Slot::Gone) {
            Slot::Waiting(host, reserved) => Some((host, reserved)),
            _ => None,
        },
        _ => None,
    });
    let Some((host, reserved)) = waiting else { return false };
    let setting = HostSettings(&host);
    let _ = host.class_list().add_1("secworth-host");
    let Some((widget, ordinal)) = reserved else {
        let name = setting.get("secworth").unwrap_or_default();
        at.set_text_content(Some(&format!(
            "secworth: unknown widget \"{}\"",
            crate::model::chars::truncate(&name, 40)
        )));
        return false;
    };
    let instance =
        Some(host.id()).filter(|id| !id.is_empty()).unwrap_or_else(|| format!("{}-{ordinal}", widget.code()));
    // The first of a kind keeps the plain key (what earlier versions saved under).
    let scope = setting.get("storage-key").or_else(|| (ordinal > 1).then(|| ordinal.to_string()));
    let document = host.owner_document();
    let props = WidgetProps {
        widget,
        host: host.clone(),
        mode: Mode::Embedded,
        store: Store::open().map(|s| s.scoped(scope)),
        // Only a web address: a `javascript:` or `data:` URL would become a link someone clicks.
        share_base: setting
            .get("share-url")
            .filter(|u| u.starts_with("https://") || u.starts_with("http://") || u.starts_with('/'))
            .unwrap_or_else(page::bundle_page_url)
            .into(),
        link: None,
        lang: setting.get("lang").and_then(|l| Lang::parse(&l)),
        audience: setting.get("audience").and_then(|a| Audience::parse(&a)),
        layout: setting.get("layout").and_then(|l| Layout::parse(&l)),
        inline_bank: document.and_then(|d| inline_bank(&d, &host, &setting)).map(Into::into),
        parent_origin: None,
        on_share_query: Default::default(),
        instance: Some(instance.into()),
        hidden: Rc::new(hidden_fields(&host, setting.get("pass-utm").is_some())),
        share_hidden: setting.get("share-hidden").is_some(),
    };
    let host_for_handle = host.clone();
    let app = yew::Renderer::<AnyWidget>::with_root_and_props(at, props).render();
    APPS.with(|apps| apps.borrow_mut()[handle] = Slot::Mounted((widget, ordinal, host_for_handle, app)));
    true
}

/// Removes a widget `mount` made (embed.js: its element left the page).
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn unmount(handle: u32) {
    let slot = APPS.with(|apps| apps.borrow_mut().get_mut(handle as usize).map(|s| std::mem::replace(s, Slot::Gone)));
    if let Some(Slot::Mounted((_, _, _, app))) = slot {
        app.destroy();
    }
}

/// A host's settings: `data-<name>` on a script-form div, `<name>` (or `data-<name>`)
/// on the custom element; the widget is `data-secworth` or `widget`.
struct HostSettings<'a>(&'a Element);

impl HostSettings<'_> {
    fn get(&self, name: &str) -> Option<String> {
        let host = self.0;
        let element_name = if name == "secworth" { "widget" } else { name };
        host.get_attribute(&format!("data-{name}"))
            .or_else(|| (host.local_name() == "secworth-widget").then(|| host.get_attribute(element_name)).flatten())
    }
}

/// The host's context for a lead form: its `data-hidden-<name>` (or `hidden-<name>`)
/// attributes, and with `pass-utm` the host page's `utm_*` parameters (see `hidden`).
fn hidden_fields(host: &Element, pass_utm: bool) -> Vec<(String, String)> {
    let names = host.get_attribute_names();
    let attributes = names.iter().filter_map(|n| n.as_string()).filter_map(|name| {
        let field = name.strip_prefix("data-").unwrap_or(&name).strip_prefix(hidden::PREFIX)?.to_string();
        Some((field, host.get_attribute(&name).unwrap_or_default()))
    });
    let page_query = if pass_utm { query::parse(&page::query_string()) } else { Vec::new() };
    let utm = page_query.into_iter().filter(|(k, _)| k.starts_with("utm_"));
    hidden::collect(attributes.chain(utm))
}

/// The JSON text of a bank given inline for this host, if any.
fn inline_bank(document: &Document, host: &Element, setting: &HostSettings) -> Option<String> {
    let script = match setting.get("bank") {
        Some(id) => document.get_element_by_id(&id),
        None => host.query_selector("script[type='application/json']").ok().flatten(),
    };
    script.and_then(|s| s.text_content())
}

/// Test builds only: a click on any "Start over" button panics inside wasm (also inside a
/// custom element's shadow root, whose clicks reach the document retargeted to its host).
#[cfg(feature = "fault-injection")]
fn inject_panic_on_reset() {
    let on_click = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(|e: web_sys::Event| {
        let target = e.composed_path().get(0).dyn_into::<Element>().ok();
        if target.is_some_and(|t| t.closest("[data-action='reset']").ok().flatten().is_some()) {
            panic!("fault injection: forced panic");
        }
    });
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        let _ = document.add_event_listener_with_callback_and_bool("click", on_click.as_ref().unchecked_ref(), true);
    }
    on_click.forget();
}
