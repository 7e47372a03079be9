//! Model layer: a stable insertion sort for the few items the widgets rank (at most a
//! dozen). The standard library's sort is far faster on large slices but adds
//! ~15 KB of wasm per element type; here it would buy nothing.

use std::cmp::Ordering;

/// Sorts `items` by `cmp`, keeping equal items in their original order.
pub fn sort_small_by<T>(items: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && cmp(&items[j - 1], &items[j]) == Ordering::Greater {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Sorts floats ascending (by `total_cmp`) in place: a heapsort, O(n log n) for the
/// Monte Carlo's many thousands of values, in a few hundred bytes of wasm.
pub fn sort_floats(v: &mut [f64]) {
    fn sift_down(v: &mut [f64], mut root: usize, end: usize) {
        loop {
            let mut child = 2 * root + 1;
            if child >= end {
                return;
            }
            if child + 1 < end && v[child].total_cmp(&v[child + 1]).is_lt() {
                child += 1;
            }
            if v[root].total_cmp(&v[child]).is_ge() {
                return;
            }
            v.swap(root, child);
            root = child;
        }
    }
    let n = v.len();
    for start in (0..n / 2).rev() {
        sift_down(v, start, n);
    }
    for end in (1..n).rev() {
        v.swap(0, end);
        sift_down(v, 0, end);
    }
}

#[cfg(test)]
mod tests {
    use super::{sort_floats, sort_small_by};

    #[test]
    fn sorts_floats_like_the_standard_library() {
        let mut rng = 12345u64;
        for n in [0usize, 1, 2, 3, 10, 1000] {
            let mut v: Vec<f64> = (0..n)
                .map(|_| {
                    rng = rng.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    (rng >> 11) as f64 / 1e10 - 400.0
                })
                .collect();
            let mut expected = v.clone();
            expected.sort_by(f64::total_cmp);
            sort_floats(&mut v);
            assert_eq!(v, expected);
        }
    }

    #[test]
    fn sorts_stably() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        sort_small_by(&mut v, |a, b| a.0.cmp(&b.0));
        assert_eq!(v, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        let mut empty: Vec<u8> = vec![];
        sort_small_by(&mut empty, |a, b| a.cmp(b));
    }
}
