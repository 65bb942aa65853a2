struct Codec {}

impl Codec {
    fn new() -> Self {
        Codec {}
    }

    fn encode(&self, strs: Vec<String>) -> String {
        let mut encoded = String::new();
        for s in &strs {
            encoded.push_str(&s.chars().count().to_string());
            encoded.push('#');
            encoded.push_str(s);
        }
        encoded
    }

    // Reads the text one character at a time with `chars().nth(i)`, which walks from the start
    // on every call: quadratic in the total length.
    fn decode(&self, s: String) -> Vec<String> {
        let total = s.chars().count();
        let mut strs = Vec::new();
        let mut i = 0;
        while i < total {
            let mut len = 0;
            while s.chars().nth(i).unwrap() != '#' {
                len = len * 10 + s.chars().nth(i).unwrap().to_digit(10).unwrap() as usize;
                i += 1;
            }
            i += 1;
            let mut word = String::new();
            for _ in 0..len {
                word.push(s.chars().nth(i).unwrap());
                i += 1;
            }
            strs.push(word);
        }
        strs
    }
}
