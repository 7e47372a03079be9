//! Browser layer: thin, fallible wrappers over the web APIs the widgets use
//! (storage, location, events, clipboard). wasm32 only; may import the model.
//! Every call here tolerates a missing or throwing API, as hostile embeds require.

pub mod canvas;
pub mod download;
pub mod events;
pub mod fetch;
pub mod format;
pub mod frame;
pub mod history;
pub mod json;
pub mod page;
pub mod perf;
pub mod storage;
pub mod turns;
