pub struct Solution;

impl Solution {
    pub fn can_complete_circuit(gas: Vec<i32>, cost: Vec<i32>) -> i32 {
        // enough gas overall? then start where the surplus is biggest
        let total: i32 = gas.iter().zip(&cost).map(|(g, c)| g - c).sum();
        if total < 0 {
            return -1;
        }
        (0..gas.len()).max_by_key(|&i| gas[i] - cost[i]).unwrap() as i32
    }
}
