//! Components layer: the gallery of every widget, each live, with a link to open it alone.

use std::rc::Rc;

use web_sys::Element;
use yew::prelude::*;

use super::embed_code::EmbedCode;
use super::lang_switch::LangSwitch;
use super::maturity::{open_questionnaire, Maturity, Mode};
use super::notes::Notes;
use crate::browser::page;
use crate::browser::storage::Store;
use crate::model::lang::Lang;
use crate::model::note::Note;
use crate::model::query;
use crate::model::text::ui;
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
    let lang = use_state(|| props.lang);
    // The maturity widget's current share query, for the iframe embed code.
    let share_query = use_state(String::new);
    let notes = use_state(|| props.notes.clone());
    let t = ui(*lang);
    let on_lang = {
        let lang = lang.clone();
        Callback::from(move |l: Lang| {
            page::replace_query(&query::build([("lang", l.code().to_string())]));
            lang.set(l);
        })
    };
    let on_dismiss = {
        let notes = notes.clone();
        Callback::from(move |_| notes.set(Vec::new()))
    };
    html! {
        <div class="secworth secworth-gallery" lang={lang.code()}>
            <header class="sw-header">
                <div>
                    <h1 class="sw-title">{ t.gallery_title }</h1>
                    <p>{ t.gallery_intro }</p>
                </div>
                <LangSwitch lang={*lang} on_change={on_lang} />
            </header>
            <Notes notes={(*notes).clone()} lang={*lang} {on_dismiss} />
            { for Widget::ALL.iter().map(|w| {
                let alone = format!("{}?{}", props.base_url, query::build([("w", w.code().to_string()), ("lang", lang.code().to_string())]));
                html! {
                    <article class="sw-card" data-widget={w.code()}>
                        <p class="sw-card-links"><a href={alone}>{ t.open_alone }</a></p>
                        { widget(*w, *lang, props, share_query.setter()) }
                        <EmbedCode widget={w.code()} lang={*lang} page_url={props.base_url.clone()} share_query={(*share_query).clone()} />
                    </article>
                }
            }) }
        </div>
    }
}

fn widget(w: Widget, lang: Lang, props: &GalleryProps, share_query: UseStateSetter<String>) -> Html {
    match w {
        Widget::Maturity => {
            // Keyed by language: switching remounts it in the new language; answers
            // come back from storage (or stay lost if there is none, as the note says).
            let initial = Rc::new(open_questionnaire(None, Some(lang), None, None, props.store.as_ref()));
            html! {
                <Maturity key={lang.code()} {initial} host={props.host.clone()} mode={Mode::Embedded}
                          store={props.store.clone()} share_base={props.base_url.clone()}
                          on_share_query={Callback::from(move |q| share_query.set(q))} />
            }
        }
    }
}
