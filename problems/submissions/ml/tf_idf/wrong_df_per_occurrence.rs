use std::collections::HashMap;

impl Solution {
    pub fn tf_idf(documents: Vec<Vec<String>>) -> Vec<Vec<f64>> {
        let n = documents.len() as f64;
        let mut df: HashMap<&str, usize> = HashMap::new();
        for doc in &documents {
            for term in doc {
                *df.entry(term.as_str()).or_insert(0) += 1;
            }
        }
        let mut vocab: Vec<&str> = df.keys().copied().collect();
        vocab.sort();
        documents
            .iter()
            .map(|doc| {
                let mut counts: HashMap<&str, usize> = HashMap::new();
                for term in doc {
                    *counts.entry(term.as_str()).or_insert(0) += 1;
                }
                vocab
                    .iter()
                    .map(|term| {
                        let tf = *counts.get(term).unwrap_or(&0) as f64 / doc.len() as f64;
                        tf * (n / df[term] as f64).ln()
                    })
                    .collect()
            })
            .collect()
    }
}
