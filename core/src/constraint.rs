//! The checks every problem's validator repeats, with one wording: a length within its range and
//! values within theirs. Each error names the parameter, the bad value and what is allowed, so a
//! broken fixture or generator is found from the message alone.

use std::fmt::Display;
use std::ops::RangeInclusive;

/// `name` has `len` elements (or characters) and `allowed` says how many it may have.
pub fn length(name: &str, len: usize, allowed: RangeInclusive<usize>) -> Result<(), String> {
    if allowed.contains(&len) {
        Ok(())
    } else {
        Err(format!(
            "{name} has length {len}; allowed {}..={}",
            allowed.start(),
            allowed.end()
        ))
    }
}

/// The single value `name` lies within `allowed`.
pub fn within<T: PartialOrd + Display>(
    name: &str,
    value: T,
    allowed: RangeInclusive<T>,
) -> Result<(), String> {
    if allowed.contains(&value) {
        Ok(())
    } else {
        Err(format!(
            "{name} = {value}; allowed {}..={}",
            allowed.start(),
            allowed.end()
        ))
    }
}

/// Every element of `values` (the parameter `name`) lies within `allowed`; the first one outside is
/// named with its index.
pub fn each_within<T: PartialOrd + Display>(
    name: &str,
    values: &[T],
    allowed: RangeInclusive<T>,
) -> Result<(), String> {
    match values.iter().position(|v| !allowed.contains(v)) {
        None => Ok(()),
        Some(i) => Err(format!(
            "{name}[{i}] = {}; allowed {}..={}",
            values[i],
            allowed.start(),
            allowed.end()
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_and_values_are_named_with_what_is_allowed() {
        assert_eq!(length("nums", 3, 1..=5), Ok(()));
        assert_eq!(
            length("nums", 0, 1..=100_000),
            Err("nums has length 0; allowed 1..=100000".into())
        );
        assert_eq!(each_within("heights", &[0, 4, 10], 0..=10), Ok(()));
        assert_eq!(
            each_within("heights", &[0, 11, -1], 0..=10),
            Err("heights[1] = 11; allowed 0..=10".into())
        );
        assert_eq!(within("k", 3, 1..=3), Ok(()));
        assert_eq!(within("k", 0, 1..=3), Err("k = 0; allowed 1..=3".into()));
    }
}
