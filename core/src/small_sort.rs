//! One small sort for the short lists Versus orders: criteria (40 at most),
//! technologies (6), reasons, flips and a dataset's problems.
//!
//! The standard library's sorts are fast on long lists, but each call site
//! instantiates its own copy (about 3 KB of WASM each; ten of them measured
//! 30 KB raw in the reader's build). An insertion sort is a few hundred
//! bytes, stable like `sort_by`, and quick at these lengths.

/// Sorts `items` so that no item comes after one it is `before`; equal
/// items keep their order (stable).
pub fn sort_by<T>(items: &mut [T], before: impl Fn(&T, &T) -> bool) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && before(&items[j], &items[j - 1]) {
            items.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// Sorts by a key, smallest first, stable.
pub fn sort_by_key<T, K: PartialOrd>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a) < key(b));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        let mut seed = 7u32;
        for len in 0..60 {
            let mut items: Vec<(u32, usize)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    ((seed >> 16) % 5, i)
                })
                .collect();
            let mut expected = items.clone();
            expected.sort_by_key(|x| x.0);
            sort_by_key(&mut items, |x| x.0);
            assert_eq!(items, expected);
        }
    }

    #[test]
    fn descending_by_a_float() {
        let mut v = vec![0.5, -2.0, 3.0, 0.5];
        sort_by(&mut v, |a: &f64, b: &f64| a.abs() > b.abs());
        assert_eq!(v, [3.0, -2.0, 0.5, 0.5]);
    }
}
