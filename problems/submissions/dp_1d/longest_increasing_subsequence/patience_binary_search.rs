pub struct Solution;

impl Solution {
    pub fn length_of_lis(nums: Vec<i32>) -> i32 {
        let mut sub: Vec<i32> = Vec::new();
        for x in nums {
            match sub.binary_search(&x) {
                Ok(_) => {}
                Err(i) if i == sub.len() => sub.push(x),
                Err(i) => sub[i] = x,
            }
        }
        sub.len() as i32
    }
}
