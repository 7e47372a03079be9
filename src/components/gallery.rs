//! Components layer: the gallery of every widget, each live, with a link to open it
//! alone and its embed code.

use std::rc::Rc;

use web_sys::Element;
use yew::prelude::*;

use super::embed_code::widgets_dir;
use super::gallery_card::GalleryCard;
use super::lang_switch::lang_switch;
use super::notes::notes;
use crate::browser::storage::Store;
use crate::browser::{fetch, page};
use crate::model::lang::Lang;
use crate::model::note::Note;
use crate::model::query;
use crate::model::release::Pin;
use crate::model::text::gallery_ui;
use crate::model::widget::Widget;

#[derive(Properties, PartialEq)]
pub struct GalleryProps {
    pub lang: Lang,
    pub notes: Vec<Note>,
    pub host: Element,
    pub store: Option<Store>,
    pub base_url: AttrValue,
}

#[component]
pub fn Gallery(props: &GalleryProps) -> Html {
    // The gallery is interactive once its cards are in the DOM (no widget is mounted yet).
    use_effect_with((), |_| crate::browser::perf::mark("secworth:interactive"));
    let lang = use_state(|| props.lang);
    let gallery_notes = use_state(|| props.notes.clone());
    // The release's manifest (absent in a development build), fetched once for every
    // card: their snippets are then pinned together, to the same release.
    let pin = use_state(|| None::<Rc<Pin>>);
    {
        let (pin, url) = (pin.clone(), format!("{}/manifest.json", widgets_dir(&props.base_url)));
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(found) = fetch::text(&url).await.as_deref().and_then(Pin::from_manifest) {
                    pin.set(Some(Rc::new(found)));
                }
            })
        });
    }
    let t = gallery_ui(*lang);
    let on_lang = {
        let lang = lang.clone();
        Callback::from(move |l: Lang| {
            page::replace_query(&query::build([("lang", l.code().to_string())]));
            lang.set(l);
        })
    };
    let on_dismiss = {
        let gallery_notes = gallery_notes.clone();
        Callback::from(move |_| gallery_notes.set(Vec::new()))
    };
    html! {
        <div class="secworth secworth-gallery" lang={lang.code()}>
            <header class="sw-header">
                <div>
                    <h1 class="sw-title">{ t.gallery_title }</h1>
                    <p>{ t.gallery_intro }</p>
                </div>
                { lang_switch(*lang, &on_lang) }
            </header>
            { notes(&gallery_notes, *lang, &on_dismiss) }
            { for Widget::ALL.iter().map(|&w| html! {
                <GalleryCard widget={w} lang={*lang} host={props.host.clone()} store={props.store.clone()} base_url={props.base_url.clone()} pin={(*pin).clone()} />
            }) }
        </div>
    }
}
