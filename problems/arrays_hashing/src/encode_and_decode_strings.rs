//! Encode and Decode Strings (LeetCode 271), a design problem. Target: O(total length) for encode
//! and decode.
//!
//! A learner's encoding is their own format, so the judge never compares encoded strings: its one
//! operation, `roundTrip`, encodes a list with the learner's `encode`, decodes the result with the
//! learner's `decode` and answers the decoded list, which must equal the list it started from.

use judge_engine::prelude::*;

/// The interface the judge calls; the harness adapts the learner's `Codec` to it.
pub trait Api {
    fn encode(&mut self, strs: Vec<String>) -> String;
    fn decode(&mut self, s: String) -> Vec<String>;
}

/// The reference: every string is written as its length in bytes, a `#`, then the string itself,
/// so that the decoder never looks inside a string for a delimiter.
#[derive(Default)]
pub struct LengthPrefix;

impl Api for LengthPrefix {
    fn encode(&mut self, strs: Vec<String>) -> String {
        use std::fmt::Write;
        let total: usize = strs.iter().map(|s| s.len() + 4).sum();
        let mut encoded = String::with_capacity(total);
        for s in &strs {
            write!(encoded, "{}#", s.len()).expect("writing to a String cannot fail");
            encoded.push_str(s);
        }
        encoded
    }

    fn decode(&mut self, s: String) -> Vec<String> {
        let bytes = s.as_bytes();
        let mut strs = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            let mut len = 0usize;
            while bytes[i] != b'#' {
                len = len * 10 + usize::from(bytes[i] - b'0');
                i += 1;
            }
            let start = i + 1;
            strs.push(s[start..start + len].to_string());
            i = start + len;
        }
        strs
    }
}

/// The oracle: every byte as two hex digits, every string ended by `;`. Nothing inside a string
/// can be a `;`, so splitting on it is obviously right.
#[derive(Default)]
pub struct HexCodec;

impl Api for HexCodec {
    fn encode(&mut self, strs: Vec<String>) -> String {
        strs.iter()
            .map(|s| {
                let hex: String = s.bytes().map(|b| format!("{b:02x}")).collect();
                hex + ";"
            })
            .collect()
    }

    fn decode(&mut self, s: String) -> Vec<String> {
        let mut pieces: Vec<&str> = s.split(';').collect();
        // The text ends with `;` after the last string, so the last piece is always empty.
        pieces.pop();
        pieces
            .into_iter()
            .map(|hex| {
                let bytes: Vec<u8> = (0..hex.len())
                    .step_by(2)
                    .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).expect("two hex digits"))
                    .collect();
                String::from_utf8(bytes).expect("the bytes of a string")
            })
            .collect()
    }
}

pub struct Problem;

const MAX_STRINGS: usize = 200;
const MAX_LENGTH: usize = 200;

/// Characters a hand-made encoder is likely to use as a delimiter, an escape or a length, and
/// characters outside plain ASCII (two bytes in UTF-8, so a char count is not a byte count).
const TRICKY: &str = "#,;|:/\\\" 0123456789\u{0}\u{1}\u{7f}\u{80}\u{a7}\u{e9}\u{ff}ab";

/// The list argument of a `roundTrip`, read straight from the JSON (the hot path of stress runs).
fn string_list(arguments: &[Value]) -> Result<Vec<String>, String> {
    let value = arguments
        .first()
        .ok_or_else(|| "argument 0 is missing".to_string())?;
    let items = value
        .as_array()
        .ok_or_else(|| format!("argument 0 ({value}) is not a list of strings"))?;
    items
        .iter()
        .map(|item| {
            item.as_str()
                .map(str::to_string)
                .ok_or_else(|| format!("{item} in argument 0 is not a string"))
        })
        .collect()
}

/// One random character: mostly from the tricky set, sometimes any of the 256.
fn tricky_char(gen: &mut Gen) -> char {
    if gen.chance(3, 4) {
        let tricky: Vec<char> = TRICKY.chars().collect();
        tricky[gen.index(tricky.len())]
    } else {
        char::from(gen.int(0, 255) as u8)
    }
}

/// A string of `len` characters, half the time made of pieces that look like length prefixes.
fn tricky_string(len: usize, gen: &mut Gen) -> String {
    let mut s = String::new();
    let mut count = 0;
    while count < len {
        if gen.chance(1, 3) {
            let prefix = format!("{}#", gen.int(0, 200));
            for c in prefix.chars().take(len - count) {
                s.push(c);
                count += 1;
            }
        } else {
            s.push(tricky_char(gen));
            count += 1;
        }
    }
    s
}

fn round_trips(lists: Vec<Vec<String>>) -> Sequence {
    let mut sequence = Sequence::new("Codec");
    for list in lists {
        sequence.push("roundTrip", vec![json!(list)]);
    }
    sequence
}

impl DesignProblem for Problem {
    type Api = dyn Api;
    const CLASS: &'static str = "Codec";

    fn reference(_constructor: &[Value]) -> Box<dyn Api> {
        Box::<LengthPrefix>::default()
    }

    fn oracle(_constructor: &[Value]) -> Box<dyn Api> {
        Box::<HexCodec>::default()
    }

    fn call(object: &mut Self::Api, operation: &str, arguments: &[Value]) -> Result<Value, String> {
        match operation {
            "roundTrip" => {
                let strs = string_list(arguments)?;
                let encoded = object.encode(strs);
                let decoded = object.decode(encoded);
                Ok(Value::Array(
                    decoded.into_iter().map(Value::String).collect(),
                ))
            }
            other => Err(format!(
                "Codec has no operation `{other}`; the judge only calls `roundTrip`"
            )),
        }
    }

    fn strategy() -> BoxedStrategy<Sequence> {
        // Short strings over delimiters, digits, control and non-ASCII characters, empty strings
        // and empty lists, so that any delimiter a naive encoder picks shows up inside a string.
        let tricky: Vec<char> = TRICKY.chars().collect();
        let character = prop_oneof![
            3 => proptest::sample::select(tricky),
            1 => (0u8..=255).prop_map(char::from),
        ];
        // Mostly up to 7 strings of up to 7 characters; sometimes up to the limits (200 of 200).
        let plain = |max_len: usize| {
            gen::sized_vec(character.clone(), 0..=7, max_len)
                .prop_map(|chars| chars.into_iter().collect::<String>())
        };
        let string = prop_oneof![
            3 => plain(MAX_LENGTH),
            // "19#" takes 3 of the 200 characters.
            1 => (0usize..20, plain(MAX_LENGTH - 3)).prop_map(|(k, s)| format!("{k}#{s}")),
        ];
        let list = gen::sized_vec(string, 0..=7, MAX_STRINGS);
        proptest::collection::vec(list, 1..4)
            .prop_map(round_trips)
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Sequence>> {
        vec![
            StressFamily {
                // The largest input: n strings of 200 characters full of delimiters and digits. A
                // decoder that copies the rest of the text for every string, or walks it with
                // `chars().nth(i)`, is quadratic in the total length.
                name: "n strings of 200 tricky characters",
                max_n: MAX_STRINGS,
                generate: |n, gen| {
                    let list = (0..n).map(|_| tricky_string(MAX_LENGTH, gen)).collect();
                    round_trips(vec![list])
                },
            },
            StressFamily {
                // Every string is an encoding itself ("3#abc3#abc..."), as if encoded twice.
                name: "n strings that look like length-prefixed encodings",
                max_n: MAX_STRINGS,
                generate: |n, gen| {
                    let list = (0..n)
                        .map(|_| {
                            let mut s = String::new();
                            while s.len() < MAX_LENGTH {
                                let len = gen.int(0, 9) as usize;
                                s.push_str(&format!("{len}#{}", gen.string(len, "#,0123456789")));
                            }
                            s.chars().take(MAX_LENGTH).collect()
                        })
                        .collect();
                    round_trips(vec![list])
                },
            },
            StressFamily {
                // Only characters 128..=255: two bytes each in UTF-8.
                name: "n strings of 200 non-ASCII characters",
                max_n: MAX_STRINGS,
                generate: |n, gen| {
                    let list = (0..n)
                        .map(|_| {
                            (0..MAX_LENGTH)
                                .map(|_| char::from(gen.int(128, 255) as u8))
                                .collect()
                        })
                        .collect();
                    round_trips(vec![list])
                },
            },
        ]
    }

    fn validate(sequence: &Sequence) -> Result<(), String> {
        for (i, (operation, arguments)) in sequence
            .operations
            .iter()
            .zip(&sequence.arguments)
            .enumerate()
            .skip(1)
        {
            if operation != "roundTrip" {
                return Err(format!(
                    "operation {i}: unknown operation `{operation}`; the only one is `roundTrip`"
                ));
            }
            if arguments.len() != 1 {
                return Err(format!(
                    "operation {i}: roundTrip takes one argument, the list; {} given",
                    arguments.len()
                ));
            }
            let strs = string_list(arguments).map_err(|e| format!("operation {i}: {e}"))?;
            if strs.len() > MAX_STRINGS {
                return Err(format!(
                    "operation {i}: {} strings; strs.length <= {MAX_STRINGS}",
                    strs.len()
                ));
            }
            for (j, s) in strs.iter().enumerate() {
                let length = s.chars().count();
                if length > MAX_LENGTH {
                    return Err(format!(
                        "operation {i}: strs[{j}] has {length} characters; strs[i].length <= {MAX_LENGTH}"
                    ));
                }
                if let Some(c) = s.chars().find(|&c| u32::from(c) > 255) {
                    return Err(format!(
                        "operation {i}: strs[{j}] contains {c:?} (code {}); only the 256 characters 0..=255 are allowed",
                        u32::from(c)
                    ));
                }
            }
        }
        Ok(())
    }
}

/// The reference as the judge runs it when verifying the problem.
pub fn reference() -> Box<dyn Api> {
    Problem::reference(&[])
}

/// The harness's entry point: `new` builds the learner's Codec behind the interface.
pub fn judge(new: fn() -> Box<dyn Api>) -> ! {
    judge_engine::judge::<Design<Problem>>(&|sequence: Sequence| {
        judge_engine::design::run_owned::<Problem>(new(), sequence)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Design<Problem>);
}
