//! Model layer: the value-delivery flywheel (SPEC 2.4, seed 000 ch. 3 and conclusion):
//! customer-success KPIs against the seed's benchmarks, and a projection of customers
//! and recurring revenue. Pure Rust.

pub mod kpi;
pub mod projection;
pub mod state;
pub mod text;
