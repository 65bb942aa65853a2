//! Pace: the arithmetic behind Time Limit Exceeded. The judge times the reference and the learner's
//! solution on the same inputs, in the same process, on CPU time, and decides from ratios: how much
//! slower than the reference the solution is at the largest size, and how its time grows from a
//! small size to the largest (a growth exponent). Nothing here reads a clock.

use serde::{Deserialize, Serialize};

/// Timings of one stress family at a small and a large size, in CPU nanoseconds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Timing {
    pub family: String,
    pub small_n: usize,
    pub large_n: usize,
    pub reference_small_ns: u64,
    pub reference_large_ns: u64,
    pub solution_small_ns: u64,
    /// `None` when the solution was stopped before it finished the large input.
    pub solution_large_ns: Option<u64>,
    /// The heap bytes one call allocated at its peak beyond what its process held, at both sizes.
    #[serde(default)]
    pub space: Option<SpaceUse>,
}

/// Extra heap bytes at its peak for one call, `(small n, large n)`, of the reference and of the
/// solution (each as its own process reports it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpaceUse {
    pub reference: (u64, u64),
    pub solution: (u64, u64),
}

/// What the extra space says, when the solution's grows with n clearly faster than the
/// reference's and is clearly larger at the largest size: "O(n) extra space (1.5 MiB at n =
/// 100000, the reference 32 B); the target is O(1)". The class is the target's, plus how much
/// faster the solution's bytes grew between the two sizes than the reference's did (so that the
/// answer's own bytes and the judge's conversions, common to both, cancel out). A note, never a
/// verdict: the bytes are each process's own count, and LeetCode does not judge space either.
pub fn space_note(timing: &Timing, target_space: &str) -> Option<String> {
    let space = timing.space?;
    let (solution_small, solution_large) = space.solution;
    let (reference_small, reference_large) = space.reference;
    // Clearly more: over 4 times the reference's and over 64 KiB.
    if solution_large <= reference_large.saturating_mul(4).max(64 << 10) {
        return None;
    }
    let sizes = (timing.large_n as f64 / timing.small_n.max(1) as f64).ln();
    let growth =
        |small: u64, large: u64| (large.max(64) as f64 / small.max(64) as f64).ln() / sizes;
    let extra = growth(solution_small, solution_large) - growth(reference_small, reference_large);
    if sizes <= 0.0 || extra < 0.6 {
        return None;
    }
    let class = match target_exponent(target_space).unwrap_or(0.0) + extra {
        e if e < 1.5 => "O(n)",
        e if e < 2.5 => "O(n²)",
        _ => "more than O(n²)",
    };
    Some(format!(
        "{class} extra space ({} at n = {}, the reference {}); the target is {target_space}",
        bytes_text(solution_large),
        timing.large_n,
        bytes_text(reference_large)
    ))
}

/// 1536 as "1.5 KiB".
fn bytes_text(bytes: u64) -> String {
    match bytes {
        b if b < 1 << 10 => format!("{b} B"),
        b if b < 1 << 20 => format!("{:.1} KiB", b as f64 / 1024.0),
        b => format!("{:.1} MiB", b as f64 / (1 << 20) as f64),
    }
}

/// How the limit on the large input is set.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PacePolicy {
    /// How many times slower than the reference a solution may be at the largest size. Set per
    /// problem from what a log factor and an ordinary constant factor cost on its inputs.
    pub ratio_cap: f64,
    /// Below this the clock is too coarse to judge; no solution is too slow under it.
    pub floor_ns: u64,
}

impl Default for PacePolicy {
    fn default() -> Self {
        PacePolicy {
            ratio_cap: 60.0,
            floor_ns: 3_000_000,
        }
    }
}

/// The CPU time the solution may spend on the large input.
pub fn limit_ns(policy: &PacePolicy, reference_large_ns: u64) -> u64 {
    let by_ratio = policy.ratio_cap * reference_large_ns.max(1) as f64;
    (by_ratio as u64).max(policy.floor_ns)
}

/// The exponent `e` in `time ~ n^e` between two sizes, when both times are measurable.
pub fn growth_exponent(
    small_n: usize,
    small_ns: u64,
    large_n: usize,
    large_ns: u64,
) -> Option<f64> {
    // Under ~20 µs the measurement is dominated by noise and call overhead.
    if small_n < 2 || large_n <= small_n || small_ns < 20_000 || large_ns == 0 {
        return None;
    }
    Some((large_ns as f64 / small_ns as f64).ln() / (large_n as f64 / small_n as f64).ln())
}

/// The everyday name of a growth exponent measured between two sizes.
pub fn growth_name(exponent: f64) -> &'static str {
    match exponent {
        e if e < 0.6 => "O(log n) or O(1)",
        e if e < 1.35 => "O(n) or O(n log n)",
        e if e < 1.75 => "O(n·√n) or O(n·k)",
        e if e < 2.5 => "O(n²)",
        _ => "O(n³) or worse",
    }
}

/// The exponent of a target complexity written as data (`O(n)`, `O(n log n)`, `O(log n)`, `O(n^2)`),
/// counting log factors as nothing; `None` when it cannot be read.
pub fn target_exponent(complexity: &str) -> Option<f64> {
    let inner = complexity.trim().strip_prefix("O(")?.strip_suffix(')')?;
    let inner: String = inner.chars().filter(|c| !c.is_whitespace()).collect();
    let inner = inner
        .replace("logn", "")
        .replace("log(n)", "")
        .replace(['·', '*'], "");
    match inner.as_str() {
        "" | "1" => Some(0.0),
        "n" | "m+n" | "n+m" | "mn" | "nm" | "mlog(mn)" => Some(1.0),
        "n²" | "n^2" | "nn" => Some(2.0),
        "n³" | "n^3" => Some(3.0),
        _ => None,
    }
}

/// How the solution's growth looks against the target, measured relative to the reference timed on
/// the same inputs (so cache effects common to both cancel out): `Some("O(n²)")` when the solution
/// grows at least about half a power of n faster than the reference.
pub fn looks_like(timing: &Timing, target: &str) -> Option<String> {
    let solution = growth_exponent(
        timing.small_n,
        timing.solution_small_ns,
        timing.large_n,
        timing.solution_large_ns?,
    )?;
    let reference = growth_exponent(
        timing.small_n,
        timing.reference_small_ns,
        timing.large_n,
        timing.reference_large_ns,
    )
    .unwrap_or(1.0);
    let extra = solution - reference;
    if extra < 0.45 {
        return None;
    }
    let estimate = target_exponent(target)? + extra;
    Some(match estimate {
        e if e < 1.45 => "O(n·√n)".to_string(),
        e if e < 1.75 => "O(n·k) or O(n·√n)".to_string(),
        e if e < 2.5 => "O(n²)".to_string(),
        e if e < 3.5 => "O(n³)".to_string(),
        _ => "worse than O(n³)".to_string(),
    })
}

/// What a solution stopped (or timed out) on an input of size `n` says about its growth, when the
/// growth between two sizes is unknown (it never finished the larger one): it took at least
/// `solution_time / reference_time` times as long as the reference (both in one unit). When that is more than n^3.5 (at
/// n = 45, over 600,000 times), no small polynomial explains it: the usual cause is a recursion
/// that solves the same subproblems again and again. `None` when the ratio says nothing sure.
pub fn looks_exponential(n: usize, reference_time: f64, solution_time: f64) -> Option<String> {
    if n < 8 || reference_time <= 0.0 {
        return None;
    }
    let ratio = solution_time / reference_time;
    (ratio > (n as f64).powf(3.5)).then(|| {
        format!(
            "exponential: at n = {n} it ran over {} times as long as the reference, more than any small polynomial explains (a recursion that solves the same subproblems again without a memo, or a search that does not prune?)",
            thousands(ratio.floor() as u64)
        )
    })
}

/// 1234567 as "1,234,567".
fn thousands(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// What the pace of one family says.
#[derive(Clone, Debug, PartialEq)]
pub struct PaceReport {
    pub too_slow: bool,
    pub limit_ns: u64,
    /// Solution time over reference time at the large size (at least, when it was stopped).
    pub ratio: f64,
    pub exponent: Option<f64>,
}

/// Judges one family's timings against the policy.
pub fn judge_pace(policy: &PacePolicy, timing: &Timing) -> PaceReport {
    let limit = limit_ns(policy, timing.reference_large_ns);
    let reference = timing.reference_large_ns.max(1) as f64;
    match timing.solution_large_ns {
        Some(solution) => PaceReport {
            too_slow: solution > limit,
            limit_ns: limit,
            ratio: solution as f64 / reference,
            exponent: growth_exponent(
                timing.small_n,
                timing.solution_small_ns,
                timing.large_n,
                solution,
            ),
        },
        None => PaceReport {
            too_slow: true,
            limit_ns: limit,
            ratio: limit as f64 / reference,
            exponent: None,
        },
    }
}

/// Whether a measurement is over the limit or close enough to it that it must be taken again
/// before a verdict rests on it.
pub fn needs_confirming(solution_ns: u64, limit_ns: u64) -> bool {
    solution_ns.saturating_mul(2) >= limit_ns
}

/// Whether the solution's time grew from the small stress input to the large one at least four
/// times faster than the reference's: a worse complexity class, which the ratio at one size can
/// hide when the machine is busy (a cache-thrashing build next door slows a memory-bound O(log n)
/// reference several times over and a compute-bound O(n log n) sort hardly at all). Such a
/// measurement is confirmed before Accepted rests on it.
pub fn grows_faster(
    reference_small_ns: u64,
    reference_large_ns: u64,
    solution_small_ns: u64,
    solution_large_ns: u64,
) -> bool {
    u128::from(solution_large_ns) * u128::from(reference_small_ns.max(1))
        >= 4 * u128::from(solution_small_ns.max(1)) * u128::from(reference_large_ns.max(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extra_space_that_grows_past_the_reference_is_named() {
        let mut timing = timing(1_000, 100, Some(1_000));
        timing.small_n = 6_250;
        timing.large_n = 100_000;
        // A HashSet of n values against O(1): the solution's bytes grow 16 times, the reference's not.
        timing.space = Some(SpaceUse {
            reference: (40, 40),
            solution: (100_000, 1_600_000),
        });
        let note = space_note(&timing, "O(1)").unwrap();
        assert!(
            note.starts_with("O(n) extra space (1.5 MiB at n = 100000, the reference 40 B)"),
            "{note}"
        );
        // Both grow alike (an answer of n values): nothing to say.
        timing.space = Some(SpaceUse {
            reference: (100_000, 1_600_000),
            solution: (100_000, 1_600_000),
        });
        assert_eq!(space_note(&timing, "O(n)"), None);
        // Small, whatever its growth.
        timing.space = Some(SpaceUse {
            reference: (8, 8),
            solution: (100, 1_600),
        });
        assert_eq!(space_note(&timing, "O(1)"), None);
    }

    #[test]
    fn a_run_stopped_far_beyond_any_polynomial_looks_exponential() {
        // Climbing stairs without a memo: stopped after 200 ms at n = 45, the reference ~20 ns.
        let said = looks_exponential(45, 20.0, 200e6).unwrap();
        assert!(
            said.starts_with("exponential: at n = 45 it ran over 10,000,000 times"),
            "{said}"
        );
        // O(n³) against O(n²) at n = 1000 is 500 times: nothing sure about exponential growth.
        assert_eq!(looks_exponential(1000, 0.4e6, 200e6), None);
        assert_eq!(looks_exponential(4, 1.0, 1e9), None);
    }

    #[test]
    fn a_steeper_growth_than_the_reference_is_noticed() {
        // median-of-two-sorted-arrays: the search barely grows, the sort ~20x from n/16 to n.
        assert!(grows_faster(30, 45, 1_500, 30_000));
        // The same class with noise: not noticed.
        assert!(!grows_faster(30, 45, 35, 120));
        // Both linear: not noticed.
        assert!(!grows_faster(1_000, 16_000, 2_000, 33_000));
        assert!(grows_faster(0, 0, 0, 4));
    }
    use proptest::prelude::*;

    fn timing(reference_large: u64, solution_small: u64, solution_large: Option<u64>) -> Timing {
        Timing {
            space: None,
            family: "random".into(),
            small_n: 6_250,
            large_n: 100_000,
            reference_small_ns: reference_large / 16,
            reference_large_ns: reference_large,
            solution_small_ns: solution_small,
            solution_large_ns: solution_large,
        }
    }

    #[test]
    fn a_log_factor_passes_and_a_linear_factor_does_not() {
        let policy = PacePolicy::default();
        // Reference O(n): 400 µs. An O(n log n) solution: 17x slower.
        let log_factor = judge_pace(&policy, &timing(400_000, 400_000, Some(6_800_000)));
        assert!(!log_factor.too_slow, "{log_factor:?}");
        // An O(n·k) solution with k = n/2 that still ends in 0.2 s on a fast machine.
        let quadratic = judge_pace(&policy, &timing(400_000, 800_000, Some(200_000_000)));
        assert!(quadratic.too_slow);
        assert!(quadratic.ratio > 400.0);
        assert_eq!(growth_name(quadratic.exponent.unwrap()), "O(n²)");
    }

    #[test]
    fn a_stopped_run_is_too_slow() {
        let report = judge_pace(&PacePolicy::default(), &timing(400_000, 800_000, None));
        assert!(report.too_slow);
    }

    #[test]
    fn tiny_times_are_never_too_slow() {
        let report = judge_pace(&PacePolicy::default(), &timing(1_000, 100, Some(2_000_000)));
        assert!(!report.too_slow);
    }

    #[test]
    fn targets_are_read_from_data() {
        assert_eq!(target_exponent("O(n)"), Some(1.0));
        assert_eq!(target_exponent("O(n log n)"), Some(1.0));
        assert_eq!(target_exponent("O(log n)"), Some(0.0));
        assert_eq!(target_exponent("O(n^2)"), Some(2.0));
        assert_eq!(target_exponent("O(n²)"), Some(2.0));
        assert_eq!(target_exponent("fast"), None);
    }

    #[test]
    fn growth_is_judged_against_the_reference() {
        let mut t = timing(1_600_000, 100_000, Some(1_800_000));
        t.reference_small_ns = 100_000;
        // Both grow alike (cache effects): nothing to say.
        assert_eq!(looks_like(&t, "O(n)"), None);
        // The solution's time grows 256x for 16x the size while the reference's grows 16x.
        t.solution_small_ns = 1_000_000;
        t.solution_large_ns = Some(256_000_000);
        assert_eq!(looks_like(&t, "O(n)").as_deref(), Some("O(n²)"));
    }

    #[test]
    fn growth_names() {
        assert_eq!(
            growth_exponent(1000, 1_000_000, 16_000, 16_000_000).map(growth_name),
            Some("O(n) or O(n log n)")
        );
        assert_eq!(
            growth_exponent(1000, 1_000_000, 16_000, 256_000_000).map(growth_name),
            Some("O(n²)")
        );
        assert_eq!(growth_exponent(1000, 10, 16_000, 256_000_000), None);
    }

    #[test]
    fn over_or_near_the_limit_is_measured_again() {
        assert!(needs_confirming(5_000_000, 4_000_000));
        assert!(needs_confirming(2_000_000, 4_000_000));
        assert!(!needs_confirming(1_000_000, 4_000_000));
    }

    proptest! {
        #[test]
        fn the_limit_grows_with_the_reference(a in 0u64..1_000_000_000, b in 0u64..1_000_000_000) {
            let policy = PacePolicy::default();
            let (low, high) = (a.min(b), a.max(b));
            prop_assert!(limit_ns(&policy, low) <= limit_ns(&policy, high));
            prop_assert!(limit_ns(&policy, low) >= policy.floor_ns);
        }
    }
}
