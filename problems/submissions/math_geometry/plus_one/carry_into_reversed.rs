pub struct Solution;

impl Solution {
    pub fn plus_one(digits: Vec<i32>) -> Vec<i32> {
        let mut carry = 1;
        let mut res = Vec::with_capacity(digits.len() + 1);
        for &d in digits.iter().rev() {
            let sum = d + carry;
            res.push(sum % 10);
            carry = sum / 10;
        }
        if carry > 0 {
            res.push(carry);
        }
        res.reverse();
        res
    }
}
