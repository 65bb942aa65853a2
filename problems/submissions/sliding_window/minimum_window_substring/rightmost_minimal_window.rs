use std::collections::HashMap;

pub struct Solution;

impl Solution {
    /// Scans from the right, so among several minimal windows it returns the rightmost one.
    pub fn min_window(s: String, t: String) -> String {
        let s: Vec<char> = s.chars().rev().collect();
        let mut need: HashMap<char, i32> = HashMap::new();
        for c in t.chars() {
            *need.entry(c).or_insert(0) += 1;
        }
        let mut missing = t.len() as i32;
        let (mut left, mut best): (usize, Option<(usize, usize)>) = (0, None);
        for right in 0..s.len() {
            if let Some(n) = need.get_mut(&s[right]) {
                if *n > 0 {
                    missing -= 1;
                }
                *n -= 1;
            }
            while missing == 0 {
                if best.map_or(true, |(a, b)| right + 1 - left < b - a) {
                    best = Some((left, right + 1));
                }
                if let Some(n) = need.get_mut(&s[left]) {
                    *n += 1;
                    if *n > 0 {
                        missing += 1;
                    }
                }
                left += 1;
            }
        }
        match best {
            Some((a, b)) => s[a..b].iter().rev().collect(),
            None => String::new(),
        }
    }
}
