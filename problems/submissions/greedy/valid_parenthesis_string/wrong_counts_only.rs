pub struct Solution;

impl Solution {
    pub fn check_valid_string(s: String) -> bool {
        // the stars make up the difference between the counts
        let open = s.matches('(').count() as i32;
        let close = s.matches(')').count() as i32;
        let stars = s.matches('*').count() as i32;
        (open - close).abs() <= stars
    }
}
