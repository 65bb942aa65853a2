//! "Did you mean": the closest known name to a mistyped one.

/// Levenshtein distance between two strings, by characters.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitute = diagonal + usize::from(ca != *cb);
            diagonal = row[j + 1];
            row[j + 1] = substitute.min(row[j] + 1).min(row[j + 1] + 1);
        }
    }
    row[b.len()]
}

/// The known name closest to `wanted`, if it is close enough to be a plausible typo: within a
/// third of the name's length, or a name that contains the request (`window` finds
/// `sliding-window-maximum`).
pub fn did_you_mean<'a>(wanted: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let wanted = wanted.to_lowercase();
    let mut best: Option<(usize, &str)> = None;
    for name in known {
        let distance = if name.contains(wanted.as_str()) && wanted.len() >= 3 {
            name.len() - wanted.len()
        } else {
            edit_distance(&wanted, name)
        };
        let close_enough = distance <= (name.len().max(wanted.len()) / 3).max(2)
            || name.contains(wanted.as_str()) && wanted.len() >= 3;
        if close_enough && best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, name));
        }
    }
    best.map(|(_, name)| name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn distance_of_known_pairs() {
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("same", "same"), 0);
    }

    #[test]
    fn suggests_the_slug_for_a_typo() {
        let known = [
            "sliding-window-maximum",
            "minimum-window-substring",
            "two-sum",
        ];
        assert_eq!(
            did_you_mean("sliding-window-maximun", known),
            Some("sliding-window-maximum")
        );
        assert_eq!(did_you_mean("twosum", known), Some("two-sum"));
        assert_eq!(
            did_you_mean("window-max", known),
            Some("sliding-window-maximum")
        );
        assert_eq!(did_you_mean("completely-unrelated", known), None);
    }

    proptest! {
        #[test]
        fn distance_is_a_metric(a in "[a-c]{0,6}", b in "[a-c]{0,6}", c in "[a-c]{0,6}") {
            prop_assert_eq!(edit_distance(&a, &b), edit_distance(&b, &a));
            prop_assert!(edit_distance(&a, &c) <= edit_distance(&a, &b) + edit_distance(&b, &c));
            prop_assert_eq!(edit_distance(&a, &b) == 0, a == b);
        }
    }
}
