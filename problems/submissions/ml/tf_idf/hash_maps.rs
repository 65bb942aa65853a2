use std::collections::{HashMap, HashSet};

impl Solution {
    pub fn tf_idf(documents: Vec<Vec<String>>) -> Vec<Vec<f64>> {
        let n = documents.len() as f64;
        let mut df: HashMap<&str, usize> = HashMap::new();
        for doc in &documents {
            let unique: HashSet<&str> = doc.iter().map(|s| s.as_str()).collect();
            for term in unique {
                *df.entry(term).or_insert(0) += 1;
            }
        }
        let mut vocab: Vec<&str> = df.keys().copied().collect();
        vocab.sort();
        let mut result = Vec::with_capacity(documents.len());
        for doc in &documents {
            let mut counts: HashMap<&str, usize> = HashMap::new();
            for term in doc {
                *counts.entry(term.as_str()).or_insert(0) += 1;
            }
            let len = doc.len() as f64;
            let row = vocab
                .iter()
                .map(|term| match counts.get(term) {
                    Some(&c) => c as f64 / len * (n / df[term] as f64).ln(),
                    None => 0.0,
                })
                .collect();
            result.push(row);
        }
        result
    }
}
