use std::collections::HashMap;

pub struct Solution;

impl Solution {
    pub fn find_itinerary(tickets: Vec<Vec<String>>) -> Vec<String> {
        let mut graph: HashMap<String, Vec<String>> = HashMap::new();
        for t in &tickets {
            graph.entry(t[0].clone()).or_default().push(t[1].clone());
        }
        for v in graph.values_mut() {
            v.sort_by(|a, b| b.cmp(a));
        }
        // Always flies to the smallest destination left and never reconsiders.
        let mut res = vec!["JFK".to_string()];
        let mut cur = "JFK".to_string();
        while let Some(next) = graph.get_mut(&cur).and_then(|v| v.pop()) {
            res.push(next.clone());
            cur = next;
        }
        res
    }
}
