//! Checkers: how a learner's answer is compared with the reference's. Most problems want the exact
//! answer; some accept any order, or any of several valid answers. A checker returns why an answer
//! is wrong, in words a learner can act on.

use std::collections::BTreeMap;
use std::fmt::Debug;

use serde::Serialize;

use crate::format::first_difference;

/// `Ok` when the answer is right, otherwise the reason it is wrong.
pub type Checked = Result<(), String>;

/// The answer must equal the expected one; if not, says where they first differ (index, element,
/// lengths), computed on the whole answers before anything is shortened for display.
pub fn exact<T: PartialEq + Serialize>(expected: &T, got: &T) -> Checked {
    if expected == got {
        return Ok(());
    }
    let as_json = |value: &T| serde_json::to_value(value).ok();
    Err(match (as_json(expected), as_json(got)) {
        (Some(want), Some(have)) => first_difference(&want, &have)
            .unwrap_or_else(|| "the answer differs from the expected one".into()),
        _ => "the answer differs from the expected one".into(),
    })
}

/// The answer must hold the same elements as the expected one, in any order. When it does not,
/// names what is wrong: an element given too often ("[1, 2] appears 2 times, expected once"), one
/// missing ("[2, 2, 3] is missing"), one that should not be there, and the lengths when they differ.
pub fn any_order<T: Ord + Clone + Debug>(expected: &[T], got: &[T]) -> Checked {
    let count = |items: &[T]| {
        let mut counts = BTreeMap::new();
        for item in items {
            *counts.entry(item.clone()).or_insert(0usize) += 1;
        }
        counts
    };
    let (want, have) = (count(expected), count(got));
    if want == have {
        return Ok(());
    }
    let times = |n: usize| match n {
        1 => "once".to_string(),
        2 => "twice".to_string(),
        n => format!("{n} times"),
    };
    let mut faults = Vec::new();
    for (item, &n) in &have {
        match want.get(item) {
            None => faults.push(format!("{item:?} should not be in the answer")),
            Some(&m) if m < n => faults.push(format!(
                "{item:?} appears {}, expected {}",
                times(n),
                times(m)
            )),
            _ => {}
        }
    }
    for (item, &m) in &want {
        match have.get(item) {
            None => faults.push(format!("{item:?} is missing")),
            Some(&n) if n < m => faults.push(format!(
                "{item:?} appears {}, expected {}",
                times(n),
                times(m)
            )),
            _ => {}
        }
    }
    const SHOWN: usize = 3;
    let more = faults.len().saturating_sub(SHOWN);
    faults.truncate(SHOWN);
    let mut why = faults.join("; ");
    if more > 0 {
        why.push_str(&format!("; and {more} more"));
    }
    if expected.len() != got.len() {
        why.push_str(&format!(
            " (expected {} element{} in any order, got {})",
            expected.len(),
            if expected.len() == 1 { "" } else { "s" },
            got.len()
        ));
    }
    Err(why)
}

/// Groups in any order, and the members of each group in any order.
pub fn nested_any_order<T: Ord + Clone + Debug>(expected: &[Vec<T>], got: &[Vec<T>]) -> Checked {
    let normalise = |groups: &[Vec<T>]| {
        groups
            .iter()
            .map(|group| {
                let mut group = group.clone();
                group.sort();
                group
            })
            .collect::<Vec<_>>()
    };
    any_order(&normalise(expected), &normalise(got))
}

/// The grid after an in-place call against the expected one: the first differing cell by row and
/// column, and how many differ ("row 3, column 7: expected 'X', got 'O' (12 cells differ)"); a
/// changed shape is named first.
pub fn cells<T: PartialEq + Debug>(expected: &[Vec<T>], got: &[Vec<T>]) -> Checked {
    if got.len() != expected.len() {
        return Err(format!(
            "the grid has {} rows after the call, expected {}; change the cells, not the shape",
            got.len(),
            expected.len()
        ));
    }
    if let Some((r, row)) = got
        .iter()
        .enumerate()
        .find(|(r, row)| row.len() != expected[*r].len())
    {
        return Err(format!(
            "row {r} has {} cells after the call, expected {}; change the cells, not the shape",
            row.len(),
            expected[r].len()
        ));
    }
    let mut differing = expected
        .iter()
        .zip(got)
        .enumerate()
        .flat_map(|(r, (want, have))| {
            want.iter()
                .zip(have)
                .enumerate()
                .filter(|(_, (w, h))| w != h)
                .map(move |(c, (w, h))| (r, c, w, h))
        });
    let Some((r, c, want, have)) = differing.next() else {
        return Ok(());
    };
    let count = 1 + differing.count();
    let how_many = if count == 1 {
        "the only cell that differs".to_string()
    } else {
        format!("{count} cells differ")
    };
    Err(format!(
        "row {r}, column {c}: expected {want:?}, got {have:?} ({how_many})"
    ))
}

/// A floating-point answer within `tolerance`, absolute or relative, as LeetCode allows.
pub fn within_tolerance(expected: f64, got: f64, tolerance: f64) -> Checked {
    let difference = (expected - got).abs();
    if difference <= tolerance || difference <= tolerance * expected.abs() {
        Ok(())
    } else {
        Err(format!(
            "{got} is {difference:e} away from {expected}; allowed: {tolerance:e}"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn exact_tells_equal_from_unequal() {
        assert!(exact(&vec![1, 2], &vec![1, 2]).is_ok());
        assert_eq!(
            exact(&vec![1, 2], &vec![2, 1]).unwrap_err(),
            "index 0: expected 1, got 2"
        );
    }

    #[test]
    fn any_order_says_what_is_wrong() {
        assert!(any_order(&[1, 2, 2], &[2, 1, 2]).is_ok());
        let why = any_order(&[1, 2, 2], &[1, 1, 2]).unwrap_err();
        assert_eq!(
            why,
            "1 appears twice, expected once; 2 appears once, expected twice"
        );
        let why = any_order(&[vec![1, 2], vec![2, 2, 3]], &[vec![1, 2], vec![1, 2]]).unwrap_err();
        assert_eq!(
            why,
            "[1, 2] appears twice, expected once; [2, 2, 3] is missing"
        );
        let why = any_order(&[1, 2], &[1]).unwrap_err();
        assert_eq!(
            why,
            "2 is missing (expected 2 elements in any order, got 1)"
        );
        let why = any_order(&[1], &[1, 7]).unwrap_err();
        assert_eq!(
            why,
            "7 should not be in the answer (expected 1 element in any order, got 2)"
        );
        let many: Vec<i32> = (0..10).collect();
        let why = any_order(&many, &[]).unwrap_err();
        assert!(why.contains("and 7 more"), "{why}");
    }

    #[test]
    fn nested_any_order_ignores_both_orders() {
        let expected = vec![vec!["eat", "tea"], vec!["bat"]];
        assert!(nested_any_order(&expected, &[vec!["bat"], vec!["tea", "eat"]]).is_ok());
        assert!(nested_any_order(&expected, &[vec!["bat", "tea"], vec!["eat"]]).is_err());
    }

    #[test]
    fn the_differing_cells_are_named_by_row_and_column() {
        let want = vec![vec!['X', 'X'], vec!['X', 'O']];
        assert_eq!(cells(&want, &want.clone()), Ok(()));
        let got = vec![vec!['X', 'O'], vec!['O', 'O']];
        assert_eq!(
            cells(&want, &got).unwrap_err(),
            "row 0, column 1: expected 'X', got 'O' (2 cells differ)"
        );
        let got = vec![vec!['X', 'X'], vec!['X', 'X']];
        assert_eq!(
            cells(&want, &got).unwrap_err(),
            "row 1, column 1: expected 'O', got 'X' (the only cell that differs)"
        );
        let why = cells(&want, &[vec!['X', 'X']]).unwrap_err();
        assert!(why.contains("1 rows after the call, expected 2"), "{why}");
        let why = cells(&want, &[vec!['X', 'X'], vec!['X']]).unwrap_err();
        assert!(why.contains("row 1 has 1 cells"), "{why}");
    }

    #[test]
    fn tolerance_is_relative_or_absolute() {
        assert!(within_tolerance(2.0, 2.000_01, 1e-5).is_ok());
        assert!(within_tolerance(1e9, 1e9 + 1.0, 1e-5).is_ok());
        assert!(within_tolerance(2.0, 2.1, 1e-5).is_err());
    }

    proptest! {
        #[test]
        fn any_permutation_is_accepted(items in prop::collection::vec(0..5i32, 0..30), seed in any::<u64>()) {
            let mut shuffled = items.clone();
            let len = shuffled.len().max(1) as u64;
            shuffled.rotate_left((seed % len) as usize);
            shuffled.reverse();
            prop_assert!(any_order(&items, &shuffled).is_ok());
        }

        #[test]
        fn a_changed_element_is_rejected(mut items in prop::collection::vec(0..5i32, 1..30), at in any::<prop::sample::Index>()) {
            let expected = items.clone();
            let i = at.index(items.len());
            items[i] += 10;
            prop_assert!(any_order(&expected, &items).is_err());
        }
    }
}
