struct Codec {}

impl Codec {
    fn new() -> Self {
        Codec {}
    }

    fn encode(&self, strs: Vec<String>) -> String {
        strs.join(",")
    }

    fn decode(&self, s: String) -> Vec<String> {
        s.split(',').map(|part| part.to_string()).collect()
    }
}
