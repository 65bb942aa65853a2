use std::cell::RefCell;

struct Codec {
    // LeetCode's template takes `&self`; nothing is kept between calls, this only shows the shape.
    calls: RefCell<usize>,
}

/**
 * Every '/' inside a string is doubled and every string ends with "/:", which cannot
 * appear inside an escaped string.
 */
impl Codec {
    fn new() -> Self {
        Codec { calls: RefCell::new(0) }
    }

    fn encode(&self, strs: Vec<String>) -> String {
        *self.calls.borrow_mut() += 1;
        let mut out = String::new();
        for s in strs {
            for c in s.chars() {
                if c == '/' {
                    out.push('/');
                }
                out.push(c);
            }
            out.push_str("/:");
        }
        out
    }

    fn decode(&self, s: String) -> Vec<String> {
        *self.calls.borrow_mut() += 1;
        let mut result = Vec::new();
        let mut current = String::new();
        let mut chars = s.chars();
        while let Some(c) = chars.next() {
            if c == '/' {
                match chars.next() {
                    Some('/') => current.push('/'),
                    _ => result.push(std::mem::take(&mut current)),
                }
            } else {
                current.push(c);
            }
        }
        result
    }
}
