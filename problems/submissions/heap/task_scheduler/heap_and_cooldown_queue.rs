use std::collections::{BinaryHeap, VecDeque};

pub struct Solution;

impl Solution {
    pub fn least_interval(tasks: Vec<char>, n: i32) -> i32 {
        let mut count = [0; 26];
        for t in tasks {
            count[(t as u8 - b'A') as usize] += 1;
        }
        let mut heap: BinaryHeap<i32> = count.into_iter().filter(|&c| c > 0).collect();
        // (tasks left, time it may run again)
        let mut queue: VecDeque<(i32, i32)> = VecDeque::new();
        let mut time = 0;
        while !heap.is_empty() || !queue.is_empty() {
            time += 1;
            if heap.is_empty() {
                // Nothing can run: jump to when the first task cools down.
                time = queue.front().unwrap().1;
            } else {
                let left = heap.pop().unwrap() - 1;
                if left > 0 {
                    queue.push_back((left, time + n));
                }
            }
            if queue.front().map_or(false, |&(_, ready)| ready == time) {
                heap.push(queue.pop_front().unwrap().0);
            }
        }
        time
    }
}
