pub struct Solution;

impl Solution {
    pub fn partition_labels(s: String) -> Vec<i32> {
        let b = s.as_bytes();
        let mut last = [0; 26];
        for (i, &c) in b.iter().enumerate() {
            last[(c - b'a') as usize] = i;
        }
        let (mut res, mut start, mut end) = (vec![], 0, 0);
        for (i, &c) in b.iter().enumerate() {
            // the part ends where the current letter last appears
            end = last[(c - b'a') as usize];
            if i == end {
                res.push((end - start + 1) as i32);
                start = i + 1;
            }
        }
        res
    }
}
