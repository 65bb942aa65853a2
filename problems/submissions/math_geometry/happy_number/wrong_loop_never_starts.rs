pub struct Solution;

impl Solution {
    fn next(mut n: i32) -> i32 {
        let mut res = 0;
        while n > 0 {
            res += (n % 10) * (n % 10);
            n /= 10;
        }
        res
    }

    pub fn is_happy(n: i32) -> bool {
        // both walkers start at n, so the loop condition is false before the first step
        let mut slow = n;
        let mut fast = n;
        while slow != fast {
            slow = Self::next(slow);
            fast = Self::next(Self::next(fast));
        }
        slow == 1
    }
}
