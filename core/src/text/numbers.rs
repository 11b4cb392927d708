//! Numbers in words and on the page, printed with integer formatting only,
//! which keeps the float formatter (kilobytes) out of the WASM.

/// "3.2" for 3.24, "7" for 7.0: tenths are all the precision the scores have.
pub fn tenths(x: f64) -> String {
    fixed(x, 1)
}

/// `x` rounded to `places` decimals (at most 6), trailing zeros dropped.
/// Integer formatting only, which keeps float printing out of the WASM.
pub fn fixed(x: f64, places: u32) -> String {
    let places = places.min(6);
    let unit = 10_i64.pow(places);
    let t = (x * unit as f64).round() as i64;
    let sign = if t < 0 { "-" } else { "" };
    let (whole, mut frac, mut width) = (t.abs() / unit, t.abs() % unit, places as usize);
    while width > 0 && frac % 10 == 0 {
        frac /= 10;
        width -= 1;
    }
    if width == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{frac:0width$}")
    }
}

/// 3997 as "3,997".
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(d);
    }
    out
}

/// A number from the file as a message repeats it: six decimals at most,
/// and words for one too large to print.
pub fn message_number(x: f64) -> String {
    if x.abs() < 1e12 {
        fixed(x, 6)
    } else {
        "a number far outside 0 to 10".to_string()
    }
}

/// A number from the file as a message repeats it, held within ±10¹²
/// (past that, integer formatting would overflow).
pub fn clamped_number(x: f64) -> String {
    fixed(x.clamp(-1e12, 1e12), 6)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tenths_rounds_and_drops_a_zero_fraction() {
        assert_eq!(tenths(3.24), "3.2");
        assert_eq!(tenths(3.25), "3.3");
        assert_eq!(tenths(7.0), "7");
        assert_eq!(tenths(0.04), "0");
        assert_eq!(tenths(-1.46), "-1.5");
        assert_eq!(fixed(0.046, 2), "0.05");
        assert_eq!(fixed(1.204, 2), "1.2");
        assert_eq!(fixed(0.004, 2), "0");
        assert_eq!(fixed(2.0, 0), "2");
    }
}
