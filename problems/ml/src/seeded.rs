//! What is judged of a drill whose answer depends on a random seed (k-fold, stratified k-fold,
//! train/test split). The learner may use any generator, so the exact shuffle is never compared
//! with the reference's; instead the drill's entry point, in the solution's process, calls the
//! learner's function several times and hands the referee a [`Seeded`] answer: the answer for the
//! input's seed, whether a second call with that seed gave the same split, and how many different
//! splits seeds 0 to 7 gave. The checker then tests fixed properties of these, so the verdict is
//! reproducible whatever generator the learner picked.

use judge_engine::prelude::*;

/// The seeds whose answers are compared to tell a shuffled split from a fixed one.
pub const SEEDS: u64 = 8;

/// A seeded function's answer as the judge sees it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Seeded<T> {
    /// What the function returned for the input's seed.
    pub answer: T,
    /// What a second call with the same seed returned, when it was a different split (`None`
    /// when it was the same one).
    pub second_call: Option<T>,
    /// How many different splits seeds 0, 1, ..., 7 gave.
    pub different_splits_for_seeds_0_to_7: usize,
}

/// Calls `solve` with `seed` twice and with seeds 0..[`SEEDS`]; `normalise` puts an answer in
/// the form two equal splits share (each index list sorted), so that only the split is compared,
/// never the order within a list.
pub fn calls<T: Clone + PartialEq>(
    solve: impl Fn(u64) -> T,
    seed: u64,
    normalise: impl Fn(&T) -> T,
) -> Seeded<T> {
    let answer = solve(seed);
    let again = solve(seed);
    let second_call = (normalise(&again) != normalise(&answer)).then_some(again);
    let mut different: Vec<T> = Vec::new();
    for seed in 0..SEEDS {
        let split = normalise(&solve(seed));
        if !different.contains(&split) {
            different.push(split);
        }
    }
    Seeded {
        answer,
        second_call,
        different_splits_for_seeds_0_to_7: different.len(),
    }
}

/// Each list sorted, the lists kept in their order.
pub fn sorted_lists(lists: &[Vec<usize>]) -> Vec<Vec<usize>> {
    lists
        .iter()
        .map(|list| {
            let mut list = list.clone();
            list.sort_unstable();
            list
        })
        .collect()
}

/// A list for a message: its first few entries, and how many more there are.
pub fn brief<T: std::fmt::Debug>(list: &[T]) -> String {
    const SHOWN: usize = 8;
    if list.len() <= SHOWN {
        format!("{list:?}")
    } else {
        let first: Vec<String> = list[..SHOWN].iter().map(|x| format!("{x:?}")).collect();
        format!("[{}, ... {} more]", first.join(", "), list.len() - SHOWN)
    }
}

/// Lists for a message, each shown with [`brief`], and at most a few of them.
pub fn brief_lists<T: std::fmt::Debug>(lists: &[Vec<T>]) -> String {
    const SHOWN: usize = 4;
    let shown: Vec<String> = lists.iter().take(SHOWN).map(|l| brief(l)).collect();
    if lists.len() <= SHOWN {
        format!("[{}]", shown.join(", "))
    } else {
        format!(
            "[{}, ... {} more lists]",
            shown.join(", "),
            lists.len() - SHOWN
        )
    }
}

/// The natural log of the number of ways to deal `sizes.iter().sum()` items into lists of these
/// sizes (a multinomial coefficient).
pub fn ln_ways(sizes: &[usize]) -> f64 {
    let ln_factorial = |m: usize| (2..=m).map(|i| (i as f64).ln()).sum::<f64>();
    ln_factorial(sizes.iter().sum()) - sizes.iter().map(|&s| ln_factorial(s)).sum::<f64>()
}

/// With at least this many possible splits, a generator that really shuffles gives eight equal
/// splits for seeds 0..8 with probability at most 100^-7: below it, the seed test is skipped.
pub const WAYS_FOR_THE_SEED_TEST: f64 = 100.0;

/// The properties every seeded split shares: the same seed gives the same split, and (when there
/// are enough ways to split) different seeds do not all give the same one. `show` writes a split
/// for a message; `ways` is how many splits are possible.
pub fn check_seed_use<T: PartialEq>(
    got: &Seeded<T>,
    seed: u64,
    ways_ln: f64,
    what: &str,
    show: impl Fn(&T) -> String,
) -> Checked {
    if let Some(second) = &got.second_call {
        return Err(format!(
            "the same seed must give the same {what}: called twice with seed {seed}, it returned {} and then {}; seed your generator with it (`StdRng::seed_from_u64(seed)`) instead of `thread_rng()`",
            show(&got.answer),
            show(second)
        ));
    }
    if ways_ln >= WAYS_FOR_THE_SEED_TEST.ln() && got.different_splits_for_seeds_0_to_7 < 2 {
        return Err(format!(
            "the {what} must be shuffled with the seed: seeds 0 to 7 all gave the same {what} {}, where about {:.3e} are possible",
            show(&got.answer),
            ways_ln.exp()
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ways_count_multinomials() {
        assert!((ln_ways(&[4, 4]).exp() - 70.0).abs() < 1e-9);
        assert!((ln_ways(&[1, 1, 1]).exp() - 6.0).abs() < 1e-9);
        assert_eq!(ln_ways(&[5]), 0.0);
    }

    #[test]
    fn calls_notice_a_second_call_and_count_splits() {
        let fixed = calls(|_| vec![vec![2, 1]], 9, |a| sorted_lists(a));
        assert_eq!(fixed.second_call, None);
        assert_eq!(fixed.different_splits_for_seeds_0_to_7, 1);
        let counter = std::cell::Cell::new(0usize);
        let drifting = calls(
            |_| {
                counter.set(counter.get() + 1);
                vec![vec![counter.get()]]
            },
            9,
            |a| sorted_lists(a),
        );
        assert_eq!(drifting.second_call, Some(vec![vec![2]]));
        assert_eq!(drifting.different_splits_for_seeds_0_to_7, 8);
        let message = check_seed_use(&drifting, 9, 0.0, "folds", |a| format!("{a:?}")).unwrap_err();
        assert!(message.contains("the same seed must give the same folds"));
        let message = check_seed_use(&fixed, 9, 10.0, "folds", |a| format!("{a:?}")).unwrap_err();
        assert!(message.contains("shuffled with the seed"));
        assert!(check_seed_use(&fixed, 9, 1.0, "folds", |a| format!("{a:?}")).is_ok());
    }
}
