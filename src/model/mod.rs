//! Model layer: pure Rust (std + serde only). No yew, web-sys, gloo or js-sys here,
//! so everything in it is tested natively with `cargo test`.

pub mod breach;
pub mod chars;
pub mod currency;
pub mod decimal;
pub mod decision;
pub mod field;
pub mod flywheel;
pub mod hidden;
pub mod json;
pub mod json_path;
pub mod json_read;
pub mod lang;
pub mod note;
pub mod origin;
pub mod query;
pub mod questionnaire;
pub mod release;
pub mod renewal;
pub mod small_sort;
pub mod text;
pub mod widget;
