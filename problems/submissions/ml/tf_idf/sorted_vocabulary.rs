use std::collections::HashSet;

pub struct Solution;

impl Solution {
    pub fn tf_idf(documents: Vec<Vec<String>>) -> Vec<Vec<f64>> {
        let mut vocab: Vec<String> = documents.iter().flatten().cloned().collect();
        vocab.sort_unstable();
        vocab.dedup();
        let v = vocab.len();
        let col = |t: &String| vocab.binary_search(t).unwrap();
        let mut df = vec![0u32; v];
        for doc in &documents {
            let seen: HashSet<usize> = doc.iter().map(col).collect();
            for j in seen {
                df[j] += 1;
            }
        }
        let n = documents.len() as f64;
        documents
            .iter()
            .map(|doc| {
                let mut row = vec![0.0; v];
                for t in doc {
                    row[col(t)] += 1.0;
                }
                for j in 0..v {
                    row[j] = row[j] / doc.len() as f64 * (n / df[j] as f64).ln();
                }
                row
            })
            .collect()
    }
}
