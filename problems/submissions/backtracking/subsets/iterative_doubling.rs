pub struct Solution;

impl Solution {
    pub fn subsets(nums: Vec<i32>) -> Vec<Vec<i32>> {
        let mut res: Vec<Vec<i32>> = vec![vec![]];
        for num in nums {
            let len = res.len();
            for i in 0..len {
                let mut next = res[i].clone();
                next.push(num);
                res.push(next);
            }
        }
        res
    }
}
