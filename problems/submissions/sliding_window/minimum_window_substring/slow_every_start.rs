pub struct Solution;

impl Solution {
    /// From every start, extend until t is covered: O(n²).
    pub fn min_window(s: String, t: String) -> String {
        let s = s.as_bytes();
        let mut need = [0i32; 128];
        for c in t.bytes() {
            need[c as usize] += 1;
        }
        let mut best: Option<(usize, usize)> = None;
        for start in 0..s.len() {
            let mut missing = t.len();
            let mut have = [0i32; 128];
            for end in start..s.len() {
                let c = s[end] as usize;
                have[c] += 1;
                if have[c] <= need[c] {
                    missing -= 1;
                }
                if missing == 0 {
                    if best.map_or(true, |(a, b)| end + 1 - start < b - a) {
                        best = Some((start, end + 1));
                    }
                    break;
                }
            }
        }
        best.map_or(String::new(), |(a, b)| String::from_utf8(s[a..b].to_vec()).unwrap())
    }
}
