pub struct Solution;

impl Solution {
    pub fn can_complete_circuit(gas: Vec<i32>, cost: Vec<i32>) -> i32 {
        // start right after the point where the running balance is lowest
        let n = gas.len();
        let (mut balance, mut lowest, mut start) = (0, i32::MAX, 0);
        for i in 0..n {
            balance += gas[i] - cost[i];
            if balance < lowest {
                lowest = balance;
                start = (i + 1) % n;
            }
        }
        if balance < 0 { -1 } else { start as i32 }
    }
}
