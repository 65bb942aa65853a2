pub struct Solution;

impl Solution {
    pub fn network_delay_time(times: Vec<Vec<i32>>, n: i32, k: i32) -> i32 {
        let n = n as usize;
        let mut dist = vec![i32::MAX; n + 1];
        dist[k as usize] = 0;
        for _ in 0..n - 1 {
            let mut changed = false;
            for t in &times {
                let (u, v, w) = (t[0] as usize, t[1] as usize, t[2]);
                if dist[u] != i32::MAX && dist[u] + w < dist[v] {
                    dist[v] = dist[u] + w;
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
        let mut ans = 0;
        for i in 1..=n {
            if dist[i] == i32::MAX {
                return -1;
            }
            ans = ans.max(dist[i]);
        }
        ans
    }
}
