pub struct Solution;

impl Solution {
    pub fn can_finish(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> bool {
        let n = num_courses as usize;
        let mut taken = vec![false; n];
        let mut count = 0;
        loop {
            let mut progress = false;
            for c in 0..n {
                if taken[c] {
                    continue;
                }
                // can c be taken now? look through every pair for a prerequisite not yet taken
                let ready = prerequisites
                    .iter()
                    .all(|p| p[0] as usize != c || taken[p[1] as usize]);
                if ready {
                    taken[c] = true;
                    count += 1;
                    progress = true;
                }
            }
            if !progress {
                break;
            }
        }
        count == n
    }
}
