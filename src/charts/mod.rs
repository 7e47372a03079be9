//! Charts layer: drawing functions generic over plotters' `DrawingBackend`. They take
//! numbers the model computed and draw them; no web-sys here, so they are tested
//! natively on the SVG backend.

pub mod dimension_bars;
pub mod style;
