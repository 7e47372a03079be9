//! Model layer: the SMB data-breach cost calculator (SPEC 2.2, seed 002 stage 4):
//! the expected cost of one breach by category, a Monte Carlo range of the annual
//! loss, the value of a security package, and the sensitivity of the result. Every
//! number it assumes is in `assumptions`, with its source. Pure Rust.

pub mod assumptions;
pub mod benchmark;
pub mod cost;
pub mod explain;
pub mod fines;
pub mod profile;
pub mod sensitivity;
pub mod simulate;
pub mod state;
pub mod text;
pub mod value;
