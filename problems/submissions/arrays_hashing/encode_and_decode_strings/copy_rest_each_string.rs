struct Codec {}

impl Codec {
    fn new() -> Self {
        Codec {}
    }

    fn encode(&self, strs: Vec<String>) -> String {
        let mut encoded = String::new();
        for s in &strs {
            encoded.push_str(&format!("{}#{}", s.len(), s));
        }
        encoded
    }

    // After each string, the rest of the text is copied into a new String: O(strs.length * L),
    // which at most 200 strings keeps close to linear.
    fn decode(&self, s: String) -> Vec<String> {
        let mut strs = Vec::new();
        let mut s = s;
        while !s.is_empty() {
            let hash = s.find('#').unwrap();
            let len: usize = s[..hash].parse().unwrap();
            strs.push(s[hash + 1..hash + 1 + len].to_string());
            s = s[hash + 1 + len..].to_string();
        }
        strs
    }
}
