//! Components layer: Yew function components. Each widget's folder is compiled only
//! into the bundles built with its feature (Cargo.toml). wasm32 only; imports the model,
//! charts and browser layers. Charts are drawn only in `chart_canvas` (on screen and
//! exported), through the browser layer's `ChartBackend`.

pub mod app;
#[cfg(feature = "breach-cost")]
pub mod breach;
pub mod chart_canvas;
#[cfg(feature = "decision-weights")]
pub mod decision;
pub mod disclosure;
#[cfg(feature = "gallery")]
pub mod embed_code;
pub mod export_bar;
#[cfg(feature = "flywheel")]
pub mod flywheel;
pub mod frame;
#[cfg(feature = "gallery")]
pub mod gallery;
#[cfg(feature = "gallery")]
pub mod gallery_card;
pub mod headline;
pub mod lang_switch;
pub mod notes;
pub mod number_field;
pub mod print_meta;
#[cfg(any(feature = "maturity", feature = "spectrum"))]
pub mod questionnaire;
#[cfg(feature = "renewal-risk")]
pub mod renewal;
pub mod select;
pub mod share_bar;
pub mod widget;
