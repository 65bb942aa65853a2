use std::collections::HashMap;

pub struct Solution;

impl Solution {
    pub fn find_itinerary(tickets: Vec<Vec<String>>) -> Vec<String> {
        let mut graph: HashMap<String, Vec<String>> = HashMap::new();
        for t in tickets {
            graph.entry(t[0].clone()).or_default().push(t[1].clone());
        }
        for v in graph.values_mut() {
            v.sort();
            v.reverse();
        }
        let mut res = Vec::new();
        Self::dfs("JFK".to_string(), &mut graph, &mut res);
        res.reverse();
        res
    }

    fn dfs(src: String, graph: &mut HashMap<String, Vec<String>>, res: &mut Vec<String>) {
        while let Some(dst) = graph.get_mut(&src).and_then(|v| v.pop()) {
            Self::dfs(dst, graph, res);
        }
        res.push(src);
    }
}
