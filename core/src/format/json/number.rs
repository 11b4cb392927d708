//! JSON numbers to `f64` without the standard float parser.

/// A JSON number's value. Exact (correctly rounded) whenever it has at
/// most 15 significant digits and a small exponent, which covers every
/// score and weight a dataset holds; beyond that it may be off in the last
/// binary place. Our own, because the standard parser and its tables
/// would add kilobytes to the WASM. `None` when it is too large for `f64`.
pub(super) fn decimal(text: &str) -> Option<f64> {
    let (negative, text) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (mantissa_text, exponent_text) = match text.find(['e', 'E']) {
        Some(at) => (&text[..at], &text[at + 1..]),
        None => (text, "0"),
    };
    let mut exponent: i64 = exponent_text
        .trim_start_matches('+')
        .parse::<i64>()
        .unwrap_or(if exponent_text.starts_with('-') {
            -100_000
        } else {
            100_000
        })
        .clamp(-100_000, 100_000);
    let mut mantissa: u64 = 0;
    let mut seen_point = false;
    for b in mantissa_text.bytes() {
        if b == b'.' {
            seen_point = true;
            continue;
        }
        let digit = u64::from(b - b'0');
        if mantissa < 100_000_000_000_000_000 {
            mantissa = mantissa * 10 + digit;
            if seen_point {
                exponent -= 1;
            }
        } else {
            // Digits past the 18th cannot change an f64 that matters here.
            if !seen_point {
                exponent += 1;
            }
        }
    }
    let value = if mantissa == 0 {
        0.0
    } else if exponent >= 0 {
        if exponent > 308 {
            return None;
        }
        mantissa as f64 * 10f64.powi(exponent as i32)
    } else if exponent >= -22 {
        // Both exact below 2^53 and 10^22: one correctly rounded division.
        mantissa as f64 / 10f64.powi(-exponent as i32)
    } else {
        // Two steps so neither factor underflows before the product.
        let e = (-exponent).min(400) as i32;
        mantissa as f64 / 10f64.powi(e.min(300)) / 10f64.powi(e - e.min(300))
    };
    if value.is_finite() {
        Some(if negative { -value } else { value })
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_exactly_where_datasets_need_it() {
        for (text, value) in [
            ("0", 0.0),
            ("-0", 0.0),
            ("7", 7.0),
            ("6.5", 6.5),
            ("0.1", 0.1),
            ("9.95", 9.95),
            ("-2.5e1", -25.0),
            ("1E2", 100.0),
            ("12.345678", 12.345678),
            ("1e-400", 0.0),
        ] {
            assert_eq!(decimal(text), Some(value), "{text}");
        }
        let long = decimal("123456789012345678901234").unwrap();
        assert!((long / 1.2345678901234568e23 - 1.0).abs() < 1e-15);
        assert_eq!(decimal("1e309"), None);
    }
}
