pub struct Solution;

impl Solution {
    pub fn partition_labels(s: String) -> Vec<i32> {
        // each letter spans [first, last]; merge overlapping spans in order of first index
        let b = s.as_bytes();
        let mut span = [(usize::MAX, 0usize); 26];
        for (i, &c) in b.iter().enumerate() {
            let e = &mut span[(c - b'a') as usize];
            e.0 = e.0.min(i);
            e.1 = i;
        }
        let mut spans: Vec<(usize, usize)> = span.into_iter().filter(|e| e.0 != usize::MAX).collect();
        spans.sort();
        let mut merged: Vec<(usize, usize)> = Vec::new();
        for (a, z) in spans {
            match merged.last_mut() {
                Some(last) if a <= last.1 => last.1 = last.1.max(z),
                _ => merged.push((a, z)),
            }
        }
        merged.iter().map(|&(a, z)| (z - a + 1) as i32).collect()
    }
}
