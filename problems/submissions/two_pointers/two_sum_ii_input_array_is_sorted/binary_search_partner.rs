pub struct Solution;

impl Solution {
    pub fn two_sum(numbers: Vec<i32>, target: i32) -> Vec<i32> {
        for i in 0..numbers.len() {
            let want = target - numbers[i];
            let (mut lo, mut hi) = (i + 1, numbers.len());
            while lo < hi {
                let mid = lo + (hi - lo) / 2;
                if numbers[mid] < want {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            if lo < numbers.len() && numbers[lo] == want {
                return vec![i as i32 + 1, lo as i32 + 1];
            }
        }
        vec![]
    }
}
