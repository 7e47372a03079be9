//! Prints, as JSON, what one simulated year of the breach model draws from for the
//! business the benchmark's Monte Carlo page shows (`w=breach-cost&lang=en`), so
//! `bench/montecarlo.py` runs numpy on exactly the same trial.
//!
//!     cargo run --release --example mc_inputs -- [trials] | python3 bench/montecarlo.py

use secworth::model::breach::simulate::TrialInputs;
use secworth::model::breach::state::Breach;
use secworth::model::lang::Lang;

fn main() {
    let trials: u32 = std::env::args().nth(1).and_then(|t| t.parse().ok()).unwrap_or(100_000);
    let b = Breach::from_query("w=breach-cost&lang=en", Lang::En);
    let TrialInputs { rate, rest, fines, fine_rate, cap, sigma } = TrialInputs::of(&b.profile(), &b.assumptions);
    let json = serde_json::json!({
        "trials": trials, "rate": rate, "rest": rest, "fines": fines, "fineRate": fine_rate, "cap": cap, "sigma": sigma,
    });
    println!("{json}");
}
