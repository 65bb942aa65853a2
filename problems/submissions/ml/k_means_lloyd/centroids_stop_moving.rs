pub struct Solution;

fn nearest(point: &[f64], centroids: &[Vec<f64>]) -> usize {
    let dist = |c: &Vec<f64>| -> f64 { point.iter().zip(c).map(|(a, b)| (a - b).powi(2)).sum() };
    let mut best = 0;
    for j in 1..centroids.len() {
        if dist(&centroids[j]) < dist(&centroids[best]) {
            best = j;
        }
    }
    best
}

impl Solution {
    pub fn k_means(
        points: Vec<Vec<f64>>,
        mut centroids: Vec<Vec<f64>>,
        max_iterations: usize,
    ) -> (Vec<Vec<f64>>, Vec<usize>) {
        for _ in 0..max_iterations {
            let labels: Vec<usize> = points.iter().map(|p| nearest(p, &centroids)).collect();
            let mut moved = centroids.clone();
            for (j, centroid) in moved.iter_mut().enumerate() {
                let members: Vec<&Vec<f64>> = points
                    .iter()
                    .zip(&labels)
                    .filter(|(_, &l)| l == j)
                    .map(|(p, _)| p)
                    .collect();
                if members.is_empty() {
                    continue; // an empty cluster keeps its centroid
                }
                for (t, x) in centroid.iter_mut().enumerate() {
                    *x = members.iter().map(|p| p[t]).sum::<f64>() / members.len() as f64;
                }
            }
            if moved == centroids {
                break;
            }
            centroids = moved;
        }
        let labels = points.iter().map(|p| nearest(p, &centroids)).collect();
        (centroids, labels)
    }
}
