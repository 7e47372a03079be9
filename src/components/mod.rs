//! Components layer: Yew function components. wasm32 only; imports the model,
//! charts and browser layers. Charts are drawn only in `chart_canvas` (on screen and
//! exported), through the browser layer's `ChartBackend`.

pub mod app;
pub mod breach;
pub mod chart_canvas;
pub mod decision;
pub mod embed_code;
pub mod export_bar;
pub mod flywheel;
pub mod frame;
pub mod gallery;
pub mod gallery_card;
pub mod headline;
pub mod lang_switch;
pub mod notes;
pub mod number_field;
pub mod print_meta;
pub mod questionnaire;
pub mod renewal;
pub mod select;
pub mod share_bar;
pub mod widget;
