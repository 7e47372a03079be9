# The Monte Carlo reference: exactly the breach model's trial (src/model/breach/simulate.rs)
# written as vectorised numpy, timed on this machine, so the benchmark can put the
# browser's figure beside it. Reads the simulation's inputs (JSON, from
# `cargo run --release --example mc_inputs`) on stdin; prints milliseconds per
# simulation of `trials` years (median of `runs`) as JSON.
#
# One trial: the year's number of breaches (Poisson), each breach's cost (lognormal with
# mean 1 around the expected cost without fines), a fine in a share of them (lognormal,
# within the law's maximum); then the annual losses sorted, their percentiles, the
# breaches' percentiles, and the 40-point loss exceedance curve.
import json
import sys
import time

import numpy as np

CURVE_POINTS = 40


def simulate(rng, x, trials):
    counts = rng.poisson(x["rate"], trials)
    n = int(counts.sum())
    sigma = x["sigma"]
    cost = x["rest"] * np.exp(sigma * rng.standard_normal(n) - sigma * sigma / 2)
    fined = rng.random(n) < x["fineRate"]
    fine = x["fines"] / x["fineRate"] * np.exp(sigma * rng.standard_normal(n) - sigma * sigma / 2)
    cost += np.where(fined, np.minimum(fine, x["cap"]), 0.0)
    annual = np.bincount(np.repeat(np.arange(trials), counts), weights=cost, minlength=trials)
    annual.sort()
    cost.sort()
    ranks = np.clip(np.ceil(np.array([0.1, 0.5, 0.9, 0.95, 0.99, 0.999]) * trials).astype(int), 1, trials) - 1
    percentiles = annual[ranks]
    breach = cost[np.clip(np.ceil(np.array([0.1, 0.5, 0.9]) * max(n, 1)).astype(int), 1, max(n, 1)) - 1] if n else None
    top = percentiles[-1] if percentiles[-1] > 0 else annual[-1]
    amounts = np.linspace(0, max(top, 1.0), CURVE_POINTS)
    curve = (trials - np.searchsorted(annual, amounts, side="right")) / trials
    return percentiles, breach, curve, annual.mean()


def main():
    x = json.load(sys.stdin)
    trials, runs = int(x.get("trials", 100000)), int(x.get("runs", 15))
    rng = np.random.default_rng(1)
    simulate(rng, x, trials)  # warm up
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        simulate(rng, x, trials)
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    print(json.dumps({"trials": trials, "msPerSimulation": times[len(times) // 2], "numpy": np.__version__}))


if __name__ == "__main__":
    main()
