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

#[cfg(test)]
mod tests {
    use super::sort_small_by;

    #[test]
    fn sorts_stably() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        sort_small_by(&mut v, |a, b| a.0.cmp(&b.0));
        assert_eq!(v, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        let mut empty: Vec<u8> = vec![];
        sort_small_by(&mut empty, |a, b| a.cmp(b));
    }
}
