//! What the list-of-lists answers of this pattern share: a checker that first says which inner
//! lists are not valid answers at all (not a subset of nums, a wrong sum, a candidate used too
//! often), and otherwise names the duplicated and missing ones as `check::any_order` does.

use std::collections::BTreeMap;

use judge_engine::prelude::*;

/// How many invalid inner lists are named before "and N more".
const SHOWN: usize = 3;

/// Checks `got` against `expected`: the outer list in any order, and the inner lists in any order
/// too unless `inner_order_matters`. `invalid` says why one inner list of `got` can never be part
/// of a right answer (`None` when it could be).
pub(crate) fn check_lists(
    expected: &[Vec<i32>],
    got: &[Vec<i32>],
    inner_order_matters: bool,
    invalid: impl Fn(&[i32]) -> Option<String>,
) -> Checked {
    let compared = if inner_order_matters {
        check::any_order(expected, got)
    } else {
        check::nested_any_order(expected, got)
    };
    if compared.is_ok() {
        return Ok(());
    }
    let mut faults: Vec<String> = got
        .iter()
        .filter_map(|list| invalid(list).map(|why| format!("{list:?} {why}")))
        .collect();
    if faults.is_empty() {
        return compared;
    }
    faults.dedup();
    let more = faults.len().saturating_sub(SHOWN);
    faults.truncate(SHOWN);
    let mut why = faults.join("; ");
    if more > 0 {
        why.push_str(&format!("; and {more} more"));
    }
    Err(why)
}

/// How often each value occurs.
pub(crate) fn counts(values: &[i32]) -> BTreeMap<i32, usize> {
    let mut counts = BTreeMap::new();
    for &value in values {
        *counts.entry(value).or_insert(0) += 1;
    }
    counts
}

/// Why `list` does not draw from `pool` (each value at most as often as the pool holds it):
/// "uses 2 twice, but nums holds it once" or "uses 7, which is not in nums".
pub(crate) fn not_drawn_from(
    list: &[i32],
    pool: &BTreeMap<i32, usize>,
    name: &str,
) -> Option<String> {
    let times = |n: usize| match n {
        1 => "once".to_string(),
        2 => "twice".to_string(),
        n => match [
            "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        ]
        .get(n - 3)
        {
            Some(word) => format!("{word} times"),
            None => format!("{n} times"),
        },
    };
    counts(list)
        .into_iter()
        .find_map(|(value, used)| match pool.get(&value) {
            None => Some(format!("uses {value}, which is not in {name}")),
            Some(&held) if used > held => Some(format!(
                "uses {value} {}, but {name} holds it {}",
                times(used),
                times(held)
            )),
            _ => None,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_lists_are_named_before_missing_ones() {
        let pool = counts(&[1, 2]);
        let why = check_lists(
            &[vec![], vec![1], vec![2], vec![1, 2]],
            &[vec![], vec![1], vec![1, 2, 2]],
            false,
            |l| not_drawn_from(l, &pool, "nums"),
        )
        .unwrap_err();
        assert_eq!(why, "[1, 2, 2] uses 2 twice, but nums holds it once");
        let why = check_lists(&[vec![], vec![1]], &[vec![], vec![], vec![1]], false, |l| {
            not_drawn_from(l, &pool, "nums")
        })
        .unwrap_err();
        assert!(why.starts_with("[] appears twice, expected once"), "{why}");
        assert!(check_lists(&[vec![1, 2]], &[vec![2, 1]], false, |_| None).is_ok());
        assert!(check_lists(&[vec![1, 2]], &[vec![2, 1]], true, |_| None).is_err());
    }
}
