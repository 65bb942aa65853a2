impl Solution {
    pub fn max_profit(prices: Vec<i32>) -> i32 {
        // hold: holding a share; sold: sold today; rest: not holding, free to buy tomorrow
        let mut hold = -prices[0];
        let mut sold = 0;
        let mut rest = 0;
        for &p in &prices[1..] {
            let prev_sold = sold;
            sold = hold + p;
            hold = hold.max(rest - p);
            rest = rest.max(prev_sold);
        }
        sold.max(rest)
    }
}
