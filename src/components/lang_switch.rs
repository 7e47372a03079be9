//! Components layer: a two-button language switch (中文 / English).

use yew::prelude::*;

use crate::model::lang::Lang;
use crate::model::text::ui;

/// The switch, `current` pressed; choosing a language emits it.
pub fn lang_switch(current: Lang, on_change: &Callback<Lang>) -> Html {
    let button = |lang: Lang, label: &'static str, html_lang: &'static str| {
        let on_change = on_change.clone();
        let pressed = current == lang;
        html! {
            <button type="button" class="sw-lang-option" lang={html_lang} aria-pressed={pressed.to_string()}
                    data-lang-option={lang.code()} onclick={move |_| on_change.emit(lang)}>{ label }</button>
        }
    };
    html! {
        <div class="sw-lang" role="group" aria-label={ui(current).language}>
            { button(Lang::Zh, "中文", "zh") }
            { button(Lang::En, "English", "en") }
        </div>
    }
}
