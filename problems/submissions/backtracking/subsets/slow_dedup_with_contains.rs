pub struct Solution;

impl Solution {
    pub fn subsets(nums: Vec<i32>) -> Vec<Vec<i32>> {
        // grow every subset found so far by every number, keeping each new subset once
        let mut res: Vec<Vec<i32>> = vec![vec![]];
        let mut i = 0;
        while i < res.len() {
            for &num in &nums {
                if !res[i].contains(&num) {
                    let mut next = res[i].clone();
                    next.push(num);
                    next.sort();
                    if !res.contains(&next) {
                        res.push(next);
                    }
                }
            }
            i += 1;
        }
        res
    }
}
