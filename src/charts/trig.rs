//! Charts layer: sine and cosine for the angles a chart turns through.
//!
//! Why not `f64::sin`: on wasm32 it links libm's argument reduction for any double
//! (`rem_pio2`, Payne-Hanek with its table of 2/π's bits: about 5 KB of code, 2.5 KB
//! gzip in the flywheel's bundle). A chart's angles are a few turns at most, where a
//! two-part π/2 (Cody-Waite) reduces exactly enough; the kernels are fdlibm's
//! (`__kernel_sin`, `__kernel_cos`), so results agree with the standard library's to
//! within a few units in the last place (tests/charts.rs).

// The constants keep fdlibm's published digits, so they can be checked against it.
#![allow(clippy::excessive_precision)]

use std::f64::consts::FRAC_2_PI;

/// π/2 split in two: the first 33 bits, whose multiples by any `n` below 2^20 are
/// exact, and the rest.
const PIO2_HI: f64 = 1.570_796_326_734_125_614_17;
const PIO2_LO: f64 = 6.077_100_506_506_192_249_32e-11;

/// Sine and cosine of `a` radians. Exact to about 1e-15 for |a| up to 10^5 (far past
/// any chart's angles); NaN for a non-finite `a`.
pub fn sin_cos(a: f64) -> (f64, f64) {
    let n = (a * FRAC_2_PI).round();
    let r = (a - n * PIO2_HI) - n * PIO2_LO; // |r| <= π/4
    let (s, c) = (kernel_sin(r), kernel_cos(r));
    // Which quarter turn `a` is in: rotate (sin r, cos r) by n quarter turns.
    match (n as i64).rem_euclid(4) {
        0 => (s, c),
        1 => (c, -s),
        2 => (-s, -c),
        _ => (-c, s),
    }
}

/// fdlibm's minimax polynomial for sin on [-π/4, π/4].
fn kernel_sin(x: f64) -> f64 {
    const S: [f64; 6] = [
        -1.666_666_666_666_663_243_48e-1,
        8.333_333_333_322_489_461_24e-3,
        -1.984_126_982_985_794_931_34e-4,
        2.755_731_370_707_006_767_89e-6,
        -2.505_076_025_340_686_341_95e-8,
        1.589_690_995_211_550_102_21e-10,
    ];
    let z = x * x;
    let r = S[1] + z * (S[2] + z * (S[3] + z * (S[4] + z * S[5])));
    x + x * z * (S[0] + z * r)
}

/// fdlibm's minimax polynomial for cos on [-π/4, π/4], with its correction for the
/// rounding of 1 - x²/2.
fn kernel_cos(x: f64) -> f64 {
    const C: [f64; 6] = [
        4.166_666_666_666_660_190_37e-2,
        -1.388_888_888_887_410_957_49e-3,
        2.480_158_728_947_672_941_78e-5,
        -2.755_731_435_139_066_330_35e-7,
        2.087_572_321_298_174_827_90e-9,
        -1.135_964_755_778_819_482_65e-11,
    ];
    let z = x * x;
    let r = z * (C[0] + z * (C[1] + z * (C[2] + z * (C[3] + z * (C[4] + z * C[5])))));
    let hz = 0.5 * z;
    let w = 1.0 - hz;
    w + (((1.0 - w) - hz) + z * r)
}
