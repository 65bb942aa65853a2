use rand::seq::SliceRandom;
use rand::SeedableRng;

impl Solution {
    pub fn stratified_k_fold(labels: Vec<i32>, k: usize, seed: u64) -> Vec<Vec<usize>> {
        let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
        let mut classes = labels.clone();
        classes.sort_unstable();
        classes.dedup();
        let mut folds = vec![Vec::new(); k];
        let mut next = 0;
        for c in classes {
            // Like `np.where(y == c)`: one pass over all the labels for every class.
            let mut members: Vec<usize> = (0..labels.len()).filter(|&i| labels[i] == c).collect();
            members.shuffle(&mut rng);
            for i in members {
                folds[next].push(i);
                next = (next + 1) % k;
            }
        }
        folds
    }
}
