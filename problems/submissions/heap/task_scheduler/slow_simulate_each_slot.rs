pub struct Solution;

impl Solution {
    pub fn least_interval(tasks: Vec<char>, n: i32) -> i32 {
        let mut left = [0; 26];
        for t in &tasks {
            left[(*t as u8 - b'A') as usize] += 1;
        }
        let mut next_allowed = [0; 26];
        let mut remaining = tasks.len();
        let mut time = 0;
        while remaining > 0 {
            // Pick the ready task with the most copies left; idle if none is ready.
            let mut best: Option<usize> = None;
            for i in 0..26 {
                if left[i] > 0 && next_allowed[i] <= time {
                    if best.map_or(true, |b| left[i] > left[b]) {
                        best = Some(i);
                    }
                }
            }
            if let Some(i) = best {
                left[i] -= 1;
                remaining -= 1;
                next_allowed[i] = time + n + 1;
            }
            time += 1;
        }
        time
    }
}
