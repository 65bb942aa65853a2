struct Codec {}

impl Codec {
    fn new() -> Self {
        Codec {}
    }

    // Each string is preceded by its byte length written on exactly four digits.
    fn encode(&mut self, strs: Vec<String>) -> String {
        let mut encoded = String::new();
        for s in strs.iter() {
            encoded += &format!("{:04}", s.len());
            encoded += s;
        }
        encoded
    }

    fn decode(&mut self, s: String) -> Vec<String> {
        let mut strs = vec![];
        let mut rest = s.as_str();
        while !rest.is_empty() {
            let len: usize = rest[..4].parse().unwrap();
            strs.push(rest[4..4 + len].to_string());
            rest = &rest[4 + len..];
        }
        strs
    }
}
