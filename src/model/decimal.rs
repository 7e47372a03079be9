//! Model layer: reading a decimal number typed by a person or written in a link.
//!
//! The standard library's `f64::from_str` links a 10 KB table of powers of five into
//! every bundle (about 9 KB of it survives gzip: it is nearly random). This reader
//! needs no table: it scales the first 19 significant digits by ten in 128-bit
//! arithmetic and rounds once (see `scale`). It gives the standard library's result
//! bit for bit except for inputs of more than 19 significant digits or lying within
//! 2^-114 of a halfway point between two doubles, and for subnormal results (below
//! 2.2 × 10^-308), which may round twice; there it is within one unit in the last
//! place. No amount, count or percentage in these widgets comes near. Pure Rust.

/// The number `s` spells, in the grammar of `f64::from_str` without its words
/// (`inf`, `NaN`): an optional sign, digits with an optional `.` (at least one digit
/// in all), and an optional exponent (`e` or `E`, an optional sign, digits). `None`
/// for anything else, including surrounding spaces.
pub fn parse(s: &str) -> Option<f64> {
    let bytes = s.as_bytes();
    let mut i = 0;
    let negative = match bytes.first() {
        Some(b'-') => {
            i = 1;
            true
        }
        Some(b'+') => {
            i = 1;
            false
        }
        _ => false,
    };
    // Up to 19 significant digits fit a u64; later ones only move the exponent.
    let (mut mantissa, mut kept, mut exponent, mut digits) = (0u64, 0u32, 0i64, 0u32);
    let mut seen_point = false;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'0'..=b'9' => {
                digits += 1;
                if mantissa == 0 && b == b'0' {
                    // A leading zero: only its place counts.
                    exponent -= i64::from(seen_point);
                } else if kept < 19 {
                    mantissa = mantissa * 10 + u64::from(b - b'0');
                    kept += 1;
                    exponent -= i64::from(seen_point);
                } else {
                    // Dropped: before the point it still multiplies by ten.
                    exponent += i64::from(!seen_point);
                }
            }
            b'.' if !seen_point => seen_point = true,
            _ => break,
        }
        i += 1;
    }
    if digits == 0 {
        return None;
    }
    if let Some(b'e' | b'E') = bytes.get(i) {
        i += 1;
        let sign = match bytes.get(i) {
            Some(b'-') => {
                i += 1;
                -1
            }
            Some(b'+') => {
                i += 1;
                1
            }
            _ => 1,
        };
        let start = i;
        let mut written: i64 = 0;
        while let Some(&b) = bytes.get(i).filter(|b| b.is_ascii_digit()) {
            // Saturate: any exponent past a million already means 0 or infinity.
            written = (written * 10 + i64::from(b - b'0')).min(1_000_000);
            i += 1;
        }
        if i == start {
            return None;
        }
        exponent += sign * written;
    }
    if i != bytes.len() {
        return None;
    }
    let magnitude = scale(mantissa, exponent);
    Some(if negative { -magnitude } else { magnitude })
}

/// `mantissa` × 10^`exponent`, rounded once to the nearest double.
///
/// Works in 128-bit binary floating point: the value is `m × 2^shift` with `m`'s top
/// bit set, multiplied or divided by ten one step at a time. Each step truncates at
/// most 2^-123 of the value, so after the at most 365 steps the result is off only
/// for inputs within 2^-114 of a halfway point between two doubles; the final
/// conversion rounds to nearest, ties to even.
fn scale(mantissa: u64, exponent: i64) -> f64 {
    if mantissa == 0 || exponent < -365 {
        // Below 10^19 × 10^-366: under half the smallest subnormal.
        return 0.0;
    }
    if exponent > 330 {
        return f64::INFINITY;
    }
    let mut m = u128::from(mantissa) << mantissa.leading_zeros() << 64;
    let mut shift = -i32::try_from(mantissa.leading_zeros() + 64).unwrap_or(0);
    for _ in 0..exponent.max(0) {
        // m × 10 = (m / 16) × 10 × 16: room for the product, then normalise again.
        let product = (m >> 4) * 10;
        let z = product.leading_zeros();
        m = product << z;
        shift += 4 - z as i32;
    }
    for _ in exponent.min(0)..0 {
        let quotient = m / 10;
        let z = quotient.leading_zeros();
        m = quotient << z;
        shift -= z as i32;
    }
    // The top 64 bits, with any lower bit folded into the last one so that the
    // conversion's rounding sees whether the value is above a halfway point.
    let top = (m >> 64) as u64 | u64::from(m as u64 != 0);
    let rounded = top as f64;
    // In two steps, each a power of two a double holds: only the last can round
    // (into the subnormals) or overflow.
    let exponent2 = shift + 64;
    let first = exponent2 / 2;
    rounded * power_of_two(first) * power_of_two(exponent2 - first)
}

/// 2^`n` for `n` within a double's normal exponents (-1022..=1023).
fn power_of_two(n: i32) -> f64 {
    f64::from_bits(((n + 1023) as u64) << 52)
}
