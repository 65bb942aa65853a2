impl Solution {
    pub fn subsets_with_dup(mut nums: Vec<i32>) -> Vec<Vec<i32>> {
        nums.sort_unstable();
        let mut res = vec![vec![]];
        let mut added = 0;
        for i in 0..nums.len() {
            // after a repeated value, only extend the subsets the previous copy created
            let from = if i > 0 && nums[i] == nums[i - 1] { res.len() - added } else { 0 };
            let size = res.len();
            for j in from..size {
                let mut next = res[j].clone();
                next.push(nums[i]);
                res.push(next);
            }
            added = size - from;
        }
        res
    }
}
