pub struct Solution;

impl Solution {
    pub fn search(nums: Vec<i32>, target: i32) -> i32 {
        let (mut l, mut r) = (0i32, nums.len() as i32 - 1);
        while l <= r {
            let m = (l + r) / 2;
            let (lv, mv, rv) = (nums[l as usize], nums[m as usize], nums[r as usize]);
            if mv == target {
                return m;
            }
            // Bug: `<` instead of `<=`; when l == m the left half is sorted, but this
            // treats the right half as the sorted one.
            if lv < mv {
                if lv <= target && target < mv {
                    r = m - 1;
                } else {
                    l = m + 1;
                }
            } else if mv < target && target <= rv {
                l = m + 1;
            } else {
                r = m - 1;
            }
        }
        -1
    }
}
