//! Model layer: the interface text every widget and the gallery share (share bar,
//! notes, downloads, embed code), in Chinese and English. Pure Rust.
//! Bank content (questions, bands, advice) lives in the bank files instead.

use super::lang::Lang;

/// Interface strings for one language. A struct, not a key lookup, so a missing
/// translation is a compile error.
pub struct Ui {
    pub language: &'static str,
    pub result_heading: &'static str,
    pub share: &'static str,
    pub share_copied: &'static str,
    pub share_copy_manually: &'static str,
    pub share_label: &'static str,
    pub reset: &'static str,
    pub print: &'static str,
    pub dismiss: &'static str,
    pub notes_heading: &'static str,
    pub privacy: &'static str,
    pub download_png: &'static str,
    pub download_svg: &'static str,
    pub download_json: &'static str,
    pub printed: &'static str,
}

pub const EN: Ui = Ui {
    language: "Language",
    result_heading: "Your result",
    share: "Copy share link",
    share_copied: "Link copied.",
    share_copy_manually: "Copy this link:",
    share_label: "Share link",
    reset: "Start over",
    print: "Print or save as PDF",
    dismiss: "Dismiss",
    notes_heading: "About this link",
    privacy: "Your answers stay in this browser: nothing is sent to any server.",
    download_png: "Download chart (PNG)",
    download_svg: "Download chart (SVG)",
    download_json: "Download answers and result (JSON)",
    printed: "Printed",
};

pub const ZH: Ui = Ui {
    language: "语言",
    result_heading: "评估结果",
    share: "复制分享链接",
    share_copied: "链接已复制。",
    share_copy_manually: "请复制此链接：",
    share_label: "分享链接",
    reset: "重新开始",
    print: "打印或另存为 PDF",
    dismiss: "关闭",
    notes_heading: "关于此链接",
    privacy: "您的答案只保存在本浏览器中，不会发送到任何服务器。",
    download_png: "下载图表（PNG）",
    download_svg: "下载图表（SVG）",
    download_json: "下载答案与结果（JSON）",
    printed: "打印日期",
};

/// The interface strings for `lang`.
pub fn ui(lang: Lang) -> &'static Ui {
    lang.pick(&EN, &ZH)
}

/// The gallery's and the embed panel's strings: apart from `Ui`, so a bundle without
/// the gallery does not carry them.
pub struct GalleryUi {
    pub gallery_title: &'static str,
    pub gallery_intro: &'static str,
    pub open_alone: &'static str,
    pub open_here: &'static str,
    pub preview: &'static str,
    pub embed_heading: &'static str,
    pub embed_script: &'static str,
    pub embed_iframe: &'static str,
    pub embed_element: &'static str,
    pub embed_popup: &'static str,
    pub embed_pinned: &'static str,
    /// The HTML comment above a snippet's preload hints (`release::preload_hints`).
    pub embed_preload: &'static str,
    /// The embed panel's checkbox for lazy snippets (`release::Loading::Lazy`).
    pub embed_lazy: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
}

pub const GALLERY_EN: GalleryUi = GalleryUi {
    gallery_title: "secworth: security value widgets",
    gallery_intro: "Every widget runs in your browser: nothing you enter is sent anywhere.",
    open_alone: "Open on its own page",
    open_here: "Try it here",
    preview: "A preview of the result",
    embed_heading: "Embed this widget",
    embed_script: "Script (mounts in your page)",
    embed_iframe: "Iframe (with the current answers)",
    embed_element: "Custom element (isolated from your page's styles)",
    embed_popup: "Popup (opened by your button)",
    embed_pinned: "The scripts below load a fixed release, checked by your browser against its digest (Subresource Integrity): release",
    embed_preload: "<!-- Optional: the next two lines start the widget's download at once, before the loader runs. Leave them out on a page that shows more than one kind of widget. -->",
    embed_lazy: "Load it only when the visitor scrolls near it (for a widget further down the page)",
    copy: "Copy",
    copied: "Copied",
};

pub const GALLERY_ZH: GalleryUi = GalleryUi {
    gallery_title: "secworth：网络安全价值组件",
    gallery_intro: "所有组件都在您的浏览器中运行：输入的内容不会发送到任何地方。",
    open_alone: "在单独页面中打开",
    open_here: "在此试用",
    preview: "结果预览",
    embed_heading: "嵌入此组件",
    embed_script: "脚本方式（挂载到您的页面中）",
    embed_iframe: "iframe 方式（包含当前答案）",
    embed_element: "自定义元素（与您页面的样式互不影响）",
    embed_popup: "弹出窗口（由您的按钮打开）",
    embed_pinned: "以下脚本加载固定版本，浏览器会按其摘要校验（子资源完整性）：版本",
    embed_preload: "<!-- 可选：下面两行让组件在加载脚本运行之前就开始下载。若页面展示多种组件，请删去这两行。 -->",
    embed_lazy: "访客滚动到附近时才加载（适用于页面靠下位置的组件）",
    copy: "复制",
    copied: "已复制",
};

pub fn gallery_ui(lang: Lang) -> &'static GalleryUi {
    lang.pick(&GALLERY_EN, &GALLERY_ZH)
}

/// `inner` in brackets after other text: " (inner)" in English, "（inner）" in Chinese
/// (full-width, no space: GB/T 15834).
pub fn bracketed(inner: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!(" ({inner})"),
        Lang::Zh => format!("（{inner}）"),
    }
}

/// A colon before what follows: ": " in English, "：" in Chinese.
pub fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::En => ": ",
        Lang::Zh => "：",
    }
}

/// Between the items of a list: "; " in English, "；" in Chinese.
pub fn semicolon(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "; ",
        Lang::Zh => "；",
    }
}

/// Between the parts of one item: ", " in English, "，" in Chinese.
pub fn comma(lang: Lang) -> &'static str {
    match lang {
        Lang::En => ", ",
        Lang::Zh => "，",
    }
}
