use std::collections::BTreeSet;

pub struct Solution;

impl Solution {
    pub fn generate_parenthesis(n: i32) -> Vec<String> {
        let mut current: BTreeSet<String> = BTreeSet::from(["()".to_string()]);
        for _ in 1..n {
            let mut next = BTreeSet::new();
            for s in &current {
                next.insert(format!("({s})"));
                next.insert(format!("(){s}"));
                next.insert(format!("{s}()"));
            }
            current = next;
        }
        current.into_iter().collect()
    }
}
