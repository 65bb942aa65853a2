pub struct Solution;

impl Solution {
    pub fn can_complete_circuit(gas: Vec<i32>, cost: Vec<i32>) -> i32 {
        let n = gas.len();
        for start in 0..n {
            let mut tank = 0;
            let mut ok = true;
            for k in 0..n {
                let i = (start + k) % n;
                tank += gas[i] - cost[i];
                if tank < 0 {
                    ok = false;
                    break;
                }
            }
            if ok {
                return start as i32;
            }
        }
        -1
    }
}
