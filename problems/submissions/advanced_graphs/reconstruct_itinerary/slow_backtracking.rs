use std::collections::HashMap;

pub struct Solution;

impl Solution {
    pub fn find_itinerary(tickets: Vec<Vec<String>>) -> Vec<String> {
        let mut adj: HashMap<String, Vec<String>> = HashMap::new();
        let mut sorted = tickets.clone();
        sorted.sort();
        for t in &sorted {
            adj.entry(t[0].clone()).or_default().push(t[1].clone());
        }
        let mut res = vec!["JFK".to_string()];
        Self::dfs("JFK".to_string(), tickets.len(), &mut adj, &mut res);
        res
    }

    fn dfs(src: String, total: usize, adj: &mut HashMap<String, Vec<String>>, res: &mut Vec<String>) -> bool {
        if res.len() == total + 1 {
            return true;
        }
        let count = adj.get(&src).map_or(0, |v| v.len());
        for i in 0..count {
            let v = adj.get_mut(&src).unwrap().remove(i);
            res.push(v.clone());
            if Self::dfs(v.clone(), total, adj, res) {
                return true;
            }
            adj.get_mut(&src).unwrap().insert(i, v);
            res.pop();
        }
        false
    }
}
