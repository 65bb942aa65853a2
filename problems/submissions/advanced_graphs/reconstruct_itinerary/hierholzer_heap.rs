use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

pub struct Solution;

impl Solution {
    pub fn find_itinerary(tickets: Vec<Vec<String>>) -> Vec<String> {
        let mut adj: HashMap<&str, BinaryHeap<Reverse<&str>>> = HashMap::new();
        for t in &tickets {
            adj.entry(&t[0]).or_default().push(Reverse(&t[1]));
        }
        let mut stack = vec!["JFK"];
        let mut ans = Vec::new();
        while let Some(&top) = stack.last() {
            if let Some(Reverse(next)) = adj.get_mut(top).and_then(|h| h.pop()) {
                stack.push(next);
            } else {
                ans.push(stack.pop().unwrap().to_string());
            }
        }
        ans.reverse();
        ans
    }
}
