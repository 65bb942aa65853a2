impl Solution {
    pub fn k_means(
        points: Vec<Vec<f64>>,
        centroids: Vec<Vec<f64>>,
        max_iterations: usize,
    ) -> (Vec<Vec<f64>>, Vec<usize>) {
        let k = centroids.len();
        let d = points[0].len();
        let mut centroids = centroids;
        let assign = |centroids: &Vec<Vec<f64>>| -> Vec<usize> {
            points
                .iter()
                .map(|p| {
                    let mut best = 0;
                    let mut best_dist = f64::INFINITY;
                    for (j, c) in centroids.iter().enumerate() {
                        let dist: f64 = (0..d).map(|t| (p[t] - c[t]) * (p[t] - c[t])).sum();
                        if dist < best_dist {
                            best_dist = dist;
                            best = j;
                        }
                    }
                    best
                })
                .collect()
        };
        let labels = assign(&centroids);
        if max_iterations == 0 {
            return (centroids, labels);
        }
        // One update of the centroids, then the final assignment.
        let mut sums = vec![vec![0.0; d]; k];
        let mut counts = vec![0usize; k];
        for (p, &l) in points.iter().zip(labels.iter()) {
            counts[l] += 1;
            for t in 0..d {
                sums[l][t] += p[t];
            }
        }
        for j in 0..k {
            if counts[j] > 0 {
                for t in 0..d {
                    centroids[j][t] = sums[j][t] / counts[j] as f64;
                }
            }
        }
        let labels = assign(&centroids);
        (centroids, labels)
    }
}
