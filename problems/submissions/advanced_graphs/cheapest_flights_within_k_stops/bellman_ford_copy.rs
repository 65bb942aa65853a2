pub struct Solution;

impl Solution {
    pub fn find_cheapest_price(n: i32, flights: Vec<Vec<i32>>, src: i32, dst: i32, k: i32) -> i32 {
        let mut prices = vec![i32::MAX; n as usize];
        prices[src as usize] = 0;
        for _ in 0..=k {
            let mut tmp = prices.clone();
            for f in &flights {
                let (s, d, p) = (f[0] as usize, f[1] as usize, f[2]);
                if prices[s] == i32::MAX {
                    continue;
                }
                if prices[s] + p < tmp[d] {
                    tmp[d] = prices[s] + p;
                }
            }
            prices = tmp;
        }
        if prices[dst as usize] == i32::MAX { -1 } else { prices[dst as usize] }
    }
}
