pub struct Solution;

impl Solution {
    pub fn daily_temperatures(temperatures: Vec<i32>) -> Vec<i32> {
        let mut answer = vec![0; temperatures.len()];
        let mut stack: Vec<usize> = Vec::new();
        for (i, &t) in temperatures.iter().enumerate() {
            while let Some(&top) = stack.last() {
                if temperatures[top] <= t {
                    stack.pop();
                    answer[top] = (i - top) as i32;
                } else {
                    break;
                }
            }
            stack.push(i);
        }
        answer
    }
}
