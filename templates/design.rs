// {{number}}. {{title}} ({{difficulty}}) · pattern: {{pattern}}
// {{url}}
// `judge show {{slug}}` prints the problem; `judge run {{slug}}` judges this file.
// Target: {{time}} time, {{space}} space. The struct and its `impl` paste into LeetCode unchanged.
// As on LeetCode, a method may take `&self` (keep the state in a `RefCell`) or `&mut self`.

{{uses}}struct {{class}} {
    // your fields
}

impl {{class}} {
{{methods}}
}

{{questions}}
