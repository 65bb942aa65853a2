impl Solution {
    pub fn tf_idf(documents: Vec<Vec<String>>) -> Vec<Vec<f64>> {
        let mut vocab: Vec<String> = Vec::new();
        for doc in &documents {
            for t in doc {
                if !vocab.contains(t) {
                    vocab.push(t.clone());
                }
            }
        }
        vocab.sort();
        let n = documents.len() as f64;
        let idf: Vec<f64> = vocab
            .iter()
            .map(|t| {
                let df = documents.iter().filter(|d| d.contains(t)).count();
                (n / df as f64).ln()
            })
            .collect();
        documents
            .iter()
            .map(|doc| {
                vocab
                    .iter()
                    .zip(&idf)
                    .map(|(t, idf)| {
                        let count = doc.iter().filter(|x| *x == t).count();
                        count as f64 / doc.len() as f64 * idf
                    })
                    .collect()
            })
            .collect()
    }
}
