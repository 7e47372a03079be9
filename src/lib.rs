//! secworth: embeddable cybersecurity value widgets.
//!
//! Layers (each imports only those above it in this list's reverse):
//! `model` (pure Rust) <- `charts` (plotters, generic backend) <- `browser` and
//! `components` (Yew, web-sys; wasm32 only) <- `embed` (finds hosts, mounts widgets).

pub mod charts;
pub mod model;

#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod embed;
