//! Model layer: decimal text of numbers, read (typed by a person or written in a
//! link) and written (links, data files, labels). Pure Rust.
//!
//! The standard library's float parsing and printing link about 25 KB of tables and
//! big-number code into every bundle (the power-of-five table alone survives gzip: it
//! is nearly random). Neither is needed here:
//!
//! - `parse` scales the first 19 significant digits by ten in 128-bit arithmetic and
//!   rounds once (see `scale`). It gives the standard library's result bit for bit
//!   except for inputs of more than 19 significant digits or lying within 2^-114 of a
//!   halfway point between two doubles, and for subnormal results (below 2.2 × 10^-308),
//!   which may round twice; there it is within one unit in the last place. No amount,
//!   count or percentage in these widgets comes near.
//! - `shortest` finds the fewest digits that `parse` reads back as the same double,
//!   trying each length's nearest candidates (so what it writes always reads back).
//! - `fixed` rounds to a number of decimals, halves away from zero (as `Intl` does).

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
        let quotient = divide(m, 10); // not `m / 10`, which links u128 division (1 KB)
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

/// The shortest decimal text that reads back as `x` (`parse(&shortest(x)) == Some(x)`),
/// without an exponent, as `format!("{x}")` writes it: `0.1`, `62.5`, `1200`, `-3`,
/// `1e21` as `1000000000000000000000`. `NaN`, `inf` and `-inf` for the others.
pub fn shortest(x: f64) -> String {
    if x.is_nan() {
        return "NaN".into();
    }
    let mut out = String::new();
    if x.is_sign_negative() {
        out.push('-');
    }
    let magnitude = x.abs();
    if magnitude.is_infinite() {
        out.push_str("inf");
    } else if magnitude == 0.0 {
        out.push('0');
    } else {
        let (digits, exponent) = shortest_digits(magnitude);
        write_plain(&mut out, digits, exponent);
    }
    out
}

/// `x` rounded to `decimals` places, halves away from zero: `fixed(2.5, 0)` is `3`,
/// `fixed(0.125, 2)` is `0.13`, `fixed(-0.001, 2)` is `0.00` (no sign on a zero).
/// Exact while `x` × 10^`decimals` is below 2^53 (9 × 10^15); beyond, the last place
/// is that of the double nearest the product.
pub fn fixed(x: f64, decimals: u32) -> String {
    if !x.is_finite() {
        return shortest(x);
    }
    let scaled = times_ten_to(x.abs(), decimals as i32).round();
    let mut out = String::new();
    if scaled >= 1e19 {
        // Beyond a u64 only whole numbers remain (doubles there are 2048 or more apart).
        out.push_str(&shortest(x));
        if decimals > 0 {
            out.push('.');
            out.extend(std::iter::repeat_n('0', decimals as usize));
        }
        return out;
    }
    if x < 0.0 && scaled > 0.0 {
        out.push('-');
    }
    let digits = (scaled as u64).to_string();
    let width = decimals as usize + 1;
    let padded = format!("{}{digits}", "0".repeat(width.saturating_sub(digits.len())));
    let point = padded.len() - decimals as usize;
    out.push_str(&padded[..point]);
    if decimals > 0 {
        out.push('.');
        out.push_str(&padded[point..]);
    }
    out
}

/// `x` (finite, > 0) as `digits` × 10^`exponent` with the fewest digits that scale
/// back to `x` exactly. At each length the candidate nearest `x` × 10^-`exponent` as
/// doubles compute it comes first (of two that read back, the closer one, as the
/// standard library writes); far from 10^0 that product is a few units off, so the
/// search walks from it towards `x`.
fn shortest_digits(x: f64) -> (u64, i32) {
    let top = decimal_exponent(x);
    for length in 1..=17 {
        let exponent = top + 1 - length;
        if let Some(digits) = digits_reading_back(x, exponent) {
            return trim_zeros(digits, exponent);
        }
    }
    // Seventeen digits always suffice for a normal double; a subnormal one (below
    // 2.2 × 10^-308) may land here, within a unit in the last place.
    let exponent = top - 16;
    trim_zeros(times_ten_to(x, -exponent).round() as u64, exponent)
}

/// The digits `d` with `d` × 10^`exponent` reading back as `x`, if any: the nearest
/// integer to `x` × 10^-`exponent` (no other reads back if it does not), computed
/// exactly where 128 bits hold the product (from 10^-15 to 10^38), else estimated with
/// doubles and walked towards `x`.
fn digits_reading_back(x: f64, exponent: i32) -> Option<u64> {
    let value = |d: u64| scale(d, i64::from(exponent));
    if let Some(nearest) = exact_nearest(x, exponent) {
        return (nearest > 0 && value(nearest) == x).then_some(nearest);
    }
    let mut digits = times_ten_to(x, -exponent).round() as u64;
    if digits == 0 {
        return None;
    }
    let below = value(digits) < x;
    // A bounded walk: the estimate is at most a few dozen units off.
    for _ in 0..64 {
        let v = value(digits);
        if v == x {
            return Some(digits);
        }
        if (v < x) != below || digits <= 1 {
            return None;
        }
        digits = if below { digits + 1 } else { digits - 1 };
    }
    None
}

/// `x` × 10^-`exponent` rounded to the nearest integer (halves up), exactly, when the
/// product fits 128 bits and the result a u64; `x` is finite and > 0.
fn exact_nearest(x: f64, exponent: i32) -> Option<u64> {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    if biased == 0 {
        return None;
    }
    // x = mantissa × 2^power, exactly.
    let mantissa = u128::from((bits & ((1 << 52) - 1)) | (1 << 52));
    let power = biased - 1075;
    // x × 10^-exponent = numerator / (5^fives × 2^twos): 10^k = 5^k × 2^k, so only
    // the fives multiply the mantissa (down to 10^-15 it still fits).
    let mut numerator = mantissa;
    let mut fives = 0;
    if exponent <= 0 {
        numerator = numerator.checked_mul(5u128.checked_pow(exponent.unsigned_abs())?)?;
    } else {
        fives = exponent.unsigned_abs();
    }
    let power = power - exponent;
    let mut twos = 0;
    if power >= 0 {
        numerator = numerator.checked_mul(1u128.checked_shl(power as u32)?)?;
    } else {
        twos = power.unsigned_abs();
    }
    let denominator = 5u128.checked_pow(fives)?.checked_mul(1u128.checked_shl(twos)?)?;
    // Rounded by adding half, then divided by the fives and shifted by the twos
    // (nested floors are one floor): `/` on a u128 would link a 1 KB runtime routine.
    let mut nearest = numerator.checked_add(denominator / 2)?;
    while fives > 0 {
        let step = fives.min(13);
        nearest = divide(nearest, 5u64.pow(step));
        fives -= step;
    }
    nearest >>= twos;
    u64::try_from(nearest).ok()
}

/// `n / d` rounded down, for `d` below 2^32: long division by 32-bit limbs in u64
/// arithmetic.
fn divide(n: u128, d: u64) -> u128 {
    let (mut quotient, mut remainder) = (0u128, 0u64);
    for shift in [96, 64, 32, 0] {
        let current = (remainder << 32) | ((n >> shift) as u64 & 0xffff_ffff);
        quotient |= u128::from(current / d) << shift;
        remainder = current % d;
    }
    quotient
}

/// The power of ten of `x`'s leading digit (`x` finite, > 0): 2 for 345.6, -1 for 0.5.
fn decimal_exponent(x: f64) -> i32 {
    // From the binary exponent (log10 would link a libm function), then corrected.
    let binary = ((x.to_bits() >> 52) & 0x7ff) as i32 - 1023;
    let mut exponent = (f64::from(binary) * std::f64::consts::LOG10_2).floor() as i32;
    let leading = times_ten_to(x, -exponent);
    if leading >= 10.0 {
        exponent += 1;
    } else if leading < 1.0 {
        exponent -= 1;
    }
    exponent
}

/// `x` × 10^`n`, in at most a few roundings (10^n is exact up to 10^22).
fn times_ten_to(x: f64, n: i32) -> f64 {
    let mut x = x;
    let mut n = n;
    // In steps, so neither the power nor an intermediate result overflows needlessly.
    while n > 300 {
        x *= 1e300;
        n -= 300;
    }
    while n < -300 {
        x /= 1e300;
        n += 300;
    }
    if n >= 0 {
        x * 10f64.powi(n)
    } else {
        x / 10f64.powi(-n)
    }
}

fn trim_zeros(mut digits: u64, mut exponent: i32) -> (u64, i32) {
    while digits >= 10 && digits.is_multiple_of(10) {
        digits /= 10;
        exponent += 1;
    }
    (digits, exponent)
}

/// `digits` × 10^`exponent` without an exponent: `1200`, `0.025`, `62.5`.
fn write_plain(out: &mut String, digits: u64, exponent: i32) {
    let digits = digits.to_string();
    if exponent >= 0 {
        out.push_str(&digits);
        out.extend(std::iter::repeat_n('0', exponent as usize));
        return;
    }
    let point = digits.len() as i32 + exponent;
    if point > 0 {
        out.push_str(&digits[..point as usize]);
        out.push('.');
        out.push_str(&digits[point as usize..]);
    } else {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-point) as usize));
        out.push_str(&digits);
    }
}
