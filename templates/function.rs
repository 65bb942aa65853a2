// {{number}}. {{title}} ({{difficulty}}) · pattern: {{pattern}}
// {{url}}
// `judge show {{slug}}` prints the problem; `judge run {{slug}}` judges this file.
// Target: {{time}} time, {{space}} space. The `impl Solution` block pastes into LeetCode unchanged.

{{uses}}pub struct Solution;

impl Solution {
    {{signature}} {
        todo!("write your solution")
    }
}

{{questions}}
