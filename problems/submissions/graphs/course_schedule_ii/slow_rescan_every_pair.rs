pub struct Solution;

impl Solution {
    pub fn find_order(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> Vec<i32> {
        let n = num_courses as usize;
        let mut taken = vec![false; n];
        let mut order = Vec::new();
        loop {
            let mut progress = false;
            for c in 0..n {
                if taken[c] {
                    continue;
                }
                // every prerequisite of c already in the order?
                let ready = prerequisites
                    .iter()
                    .all(|p| p[0] as usize != c || taken[p[1] as usize]);
                if ready {
                    taken[c] = true;
                    order.push(c as i32);
                    progress = true;
                }
            }
            if !progress {
                break;
            }
        }
        if order.len() == n { order } else { vec![] }
    }
}
