use std::collections::HashMap;

pub struct Solution;

impl Solution {
    pub fn find_order(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> Vec<i32> {
        let mut prereq: HashMap<i32, Vec<i32>> = HashMap::new();
        for p in &prerequisites {
            prereq.entry(p[0]).or_default().push(p[1]);
        }
        // 0 = unvisited, 1 = visiting, 2 = visited; a course is output after its prerequisites
        fn dfs(c: i32, prereq: &HashMap<i32, Vec<i32>>, state: &mut Vec<u8>, output: &mut Vec<i32>) -> bool {
            match state[c as usize] {
                1 => return false,
                2 => return true,
                _ => {}
            }
            state[c as usize] = 1;
            if let Some(list) = prereq.get(&c) {
                for &p in list {
                    if !dfs(p, prereq, state, output) {
                        return false;
                    }
                }
            }
            state[c as usize] = 2;
            output.push(c);
            true
        }
        let mut state = vec![0u8; num_courses as usize];
        let mut output = Vec::new();
        for c in 0..num_courses {
            if !dfs(c, &prereq, &mut state, &mut output) {
                return vec![];
            }
        }
        output
    }
}
