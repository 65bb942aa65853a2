//! TF-IDF, an ML coding drill. Target: O(T log V + N·V) for T tokens in N documents over a
//! vocabulary of V terms: one pass to number the terms and count document frequencies, one pass
//! per document for its term counts, then the N x V matrix. The properties judged: one row per
//! document and one column per distinct term in sorted order; each entry is tf × idf with
//! tf = count / document length and idf = ln(N / df), df counting documents (not occurrences);
//! within 1e-9, a failure naming the document, the term, the formula and the likely slip.

use std::collections::{BTreeMap, BTreeSet};

use judge_engine::prelude::*;

use crate::real::{self, Real};

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub documents: Vec<Vec<String>>,
}

pub struct Problem;

/// The reference: number the sorted vocabulary, count each term's documents once per document,
/// then fill each document's row from its own counts.
pub fn reference(documents: Vec<Vec<String>>) -> Vec<Vec<f64>> {
    let mut column: BTreeMap<&str, usize> = documents
        .iter()
        .flatten()
        .map(|token| (token.as_str(), 0))
        .collect();
    for (j, index) in column.values_mut().enumerate() {
        *index = j;
    }
    let v = column.len();
    // Term ids per document, and each term's document frequency (a term is counted in a document
    // the first time it is seen there: `last_seen` holds the last document that counted it).
    let ids: Vec<Vec<usize>> = documents
        .iter()
        .map(|document| document.iter().map(|t| column[t.as_str()]).collect())
        .collect();
    let mut df = vec![0usize; v];
    let mut last_seen = vec![usize::MAX; v];
    for (d, document) in ids.iter().enumerate() {
        for &id in document {
            if last_seen[id] != d {
                last_seen[id] = d;
                df[id] += 1;
            }
        }
    }
    let n = documents.len() as f64;
    let idf: Vec<f64> = df.iter().map(|&f| (n / f as f64).ln()).collect();
    ids.iter()
        .map(|document| {
            let mut row = vec![0.0; v];
            for &id in document {
                row[id] += 1.0;
            }
            let length = document.len() as f64;
            for (value, idf) in row.iter_mut().zip(&idf) {
                *value = *value / length * idf;
            }
            row
        })
        .collect()
}

/// The distinct terms in sorted order: the columns.
fn vocabulary(documents: &[Vec<String>]) -> Vec<&str> {
    let terms: BTreeSet<&str> = documents.iter().flatten().map(String::as_str).collect();
    terms.into_iter().collect()
}

const MAX_DOCUMENTS: usize = 100;
const MAX_LENGTH: usize = 2000;
const MAX_TOKENS: usize = 20_000;
const MAX_VOCABULARY: usize = 2000;
const MAX_TOKEN_LENGTH: usize = 10;
const TOLERANCE: f64 = 1e-9;

/// A word of lowercase letters made from `seed`, its digits in base 26: distinct seeds give
/// distinct words, of up to three letters below 26^3.
fn word(seed: usize) -> String {
    let mut word = String::new();
    let mut rest = seed;
    loop {
        word.push(char::from(b'a' + (rest % 26) as u8));
        rest /= 26;
        if rest == 0 {
            break;
        }
    }
    word
}

/// `total` tokens in `documents` documents drawn by `pick` from a vocabulary of `vocabulary`
/// words.
fn corpus(
    total: usize,
    documents: usize,
    gen: &mut Gen,
    pick: fn(usize, &mut Gen) -> usize,
    vocabulary: usize,
) -> Vec<Vec<String>> {
    let documents = documents.min(total).max(1);
    (0..documents)
        .map(|d| {
            let length = total / documents + usize::from(d < total % documents);
            (0..length).map(|_| word(pick(vocabulary, gen))).collect()
        })
        .collect()
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Vec<Vec<Real>>;
    const PARAMETERS: &'static [&'static str] = &["documents"];

    fn reference(input: Input) -> Vec<Vec<Real>> {
        real::matrix(reference(input.documents))
    }

    /// The definitions one cell at a time: count the term in the document, count the documents
    /// that contain it.
    fn oracle(input: Input) -> Vec<Vec<Real>> {
        let documents = &input.documents;
        let terms = vocabulary(documents);
        let n = documents.len() as f64;
        let rows = documents
            .iter()
            .map(|document| {
                terms
                    .iter()
                    .map(|term| {
                        let count = document.iter().filter(|t| t == term).count() as f64;
                        let df = documents
                            .iter()
                            .filter(|d| d.iter().any(|t| t == term))
                            .count() as f64;
                        count / document.len() as f64 * (n / df).ln()
                    })
                    .collect()
            })
            .collect();
        real::matrix(rows)
    }

    fn strategy() -> BoxedStrategy<Input> {
        // A few short documents over a tiny vocabulary: terms repeated inside a document, terms
        // in every document (idf 0), words that are prefixes of others.
        let token = prop_oneof![
            Just("a"),
            Just("b"),
            Just("ab"),
            Just("ba"),
            Just("c"),
            Just("aa")
        ]
        .prop_map(String::from);
        proptest::collection::vec(proptest::collection::vec(token, 1..=5), 1..=4)
            .prop_map(|documents| Input { documents })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // Looking a term up by scanning every document is V x T = 4 * 10^7 comparisons here.
                name: "100 documents over 2000 words drawn uniformly",
                max_n: MAX_TOKENS,
                generate: |n, gen| Input {
                    documents: corpus(n, MAX_DOCUMENTS, gen, |v, gen| gen.index(v), MAX_VOCABULARY),
                },
            },
            StressFamily {
                // A few words in nearly every document, most words rare.
                name: "100 documents, word frequencies skewed (a few common words, many rare)",
                max_n: MAX_TOKENS,
                generate: |n, gen| Input {
                    documents: corpus(
                        n,
                        MAX_DOCUMENTS,
                        gen,
                        |v, gen| {
                            // The product of two uniform indices favours small ones.
                            let (a, b) = (gen.index(v), gen.index(v));
                            a * b / v
                        },
                        MAX_VOCABULARY,
                    ),
                },
            },
            StressFamily {
                name: "10 long documents of 2000 tokens",
                max_n: MAX_TOKENS,
                generate: |n, gen| Input {
                    documents: corpus(n, 10, gen, |v, gen| gen.index(v), MAX_VOCABULARY),
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        let documents = &input.documents;
        constraint::length("documents", documents.len(), 1..=MAX_DOCUMENTS)?;
        for (d, document) in documents.iter().enumerate() {
            constraint::length(&format!("documents[{d}]"), document.len(), 1..=MAX_LENGTH)?;
            for (i, token) in document.iter().enumerate() {
                let name = format!("documents[{d}][{i}]");
                constraint::length(&name, token.len(), 1..=MAX_TOKEN_LENGTH)?;
                if !token.bytes().all(|b| b.is_ascii_lowercase()) {
                    return Err(format!(
                        "{name} = {token:?}; tokens are lowercase letters a-z only"
                    ));
                }
            }
        }
        let total: usize = documents.iter().map(Vec::len).sum();
        constraint::length("all documents together", total, 1..=MAX_TOKENS)?;
        constraint::length(
            "the vocabulary (distinct tokens)",
            vocabulary(documents).len(),
            1..=MAX_VOCABULARY,
        )?;
        Ok(())
    }

    fn check(input: &Input, expected: &Vec<Vec<Real>>, got: &Vec<Vec<Real>>) -> Checked {
        let documents = &input.documents;
        let terms = vocabulary(documents);
        if got.len() != documents.len() {
            return Err(format!(
                "the matrix must have one row per document, {}; got {} rows",
                documents.len(),
                got.len()
            ));
        }
        if let Some(d) = (0..got.len()).find(|&d| got[d].len() != terms.len()) {
            return Err(format!(
                "row {d} has {} entries; every row has one per distinct term of all the documents ({} terms: {}{}), in sorted order",
                got[d].len(),
                terms.len(),
                terms[..terms.len().min(8)].join(", "),
                if terms.len() > 8 { ", ..." } else { "" }
            ));
        }
        let n = documents.len();
        for (d, (want_row, got_row)) in expected.iter().zip(got).enumerate() {
            for (j, (want, have)) in want_row.iter().zip(got_row).enumerate() {
                let (want, have) = (want.0, have.0);
                if real::close(want, have, TOLERANCE) {
                    continue;
                }
                let term = terms[j];
                let count = documents[d].iter().filter(|t| *t == term).count();
                let length = documents[d].len();
                let df = documents
                    .iter()
                    .filter(|document| document.iter().any(|t| t == term))
                    .count();
                let occurrences = documents.iter().flatten().filter(|t| *t == term).count();
                let tf = count as f64 / length as f64;
                let slip = if count == 0 {
                    format!("; \"{term}\" does not occur in document {d}, so its tf is 0")
                } else if real::close(tf * (df as f64 / n as f64).ln(), have, TOLERANCE) {
                    "; that is ln(df / N): idf = ln(N / df) is never negative".to_string()
                } else if real::close(tf * (n as f64 / occurrences as f64).ln(), have, TOLERANCE) {
                    format!(
                        "; that uses the term's {occurrences} occurrences: df counts the documents that contain it, each once"
                    )
                } else if real::close(count as f64 * (n as f64 / df as f64).ln(), have, TOLERANCE) {
                    "; that is count × idf: tf divides the count by the document's length"
                        .to_string()
                } else if df == n {
                    format!("; \"{term}\" occurs in every document, so its idf is ln(1) = 0")
                } else {
                    String::new()
                };
                return Err(format!(
                    "document {d}, term \"{term}\" (column {j} of the sorted vocabulary): tf-idf = tf × idf = ({count} / {length}) × ln({n} / {df}) = {want}, got {have}{slip}"
                ));
            }
        }
        Ok(())
    }
}

/// The harness's entry point for this drill.
pub fn judge(solve: fn(Vec<Vec<String>>) -> Vec<Vec<f64>>) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| real::matrix(solve(input.documents)))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    fn documents(texts: &[&str]) -> Vec<Vec<String>> {
        texts
            .iter()
            .map(|text| text.split(' ').map(String::from).collect())
            .collect()
    }

    #[test]
    fn formula_and_column_order() {
        let ln2 = 2f64.ln();
        let matrix = reference(documents(&["a a b", "b c"]));
        assert_eq!(matrix.len(), 2);
        let want = [[2.0 / 3.0 * ln2, 0.0, 0.0], [0.0, 0.0, 0.5 * ln2]];
        for (row, want) in matrix.iter().zip(want) {
            for (x, w) in row.iter().zip(want) {
                assert!((x - w).abs() < 1e-15, "{matrix:?}");
            }
        }
        // One document: every idf is ln(1) = 0. Columns sort "ab" before "b".
        assert_eq!(reference(documents(&["b ab b"])), vec![vec![0.0, 0.0]]);
        assert_eq!(
            vocabulary(&documents(&["b ab", "aa"])),
            vec!["aa", "ab", "b"]
        );
        assert_eq!(word(0), "a");
        assert_eq!(word(27), "bb");
    }

    #[test]
    fn a_wrong_answer_names_the_property() {
        let input = Input {
            documents: documents(&["a a b", "b c", "c"]),
        };
        let expected = Problem::reference(input.clone());
        assert!(Problem::check(&input, &expected, &expected).is_ok());
        let with = |value: f64| {
            let mut answer = expected.clone();
            answer[0][0] = Real(value);
            answer
        };
        let tf = 2.0 / 3.0;
        let why = Problem::check(&input, &expected, &with(tf * (1.0f64 / 3.0).ln())).unwrap_err();
        assert!(why.contains("never negative"), "{why}");
        let why = Problem::check(&input, &expected, &with(tf * 1.5f64.ln())).unwrap_err();
        assert!(why.contains("2 occurrences"), "{why}");
        let why = Problem::check(&input, &expected, &with(2.0 * 3f64.ln())).unwrap_err();
        assert!(why.contains("divides the count"), "{why}");
        let why = Problem::check(&input, &expected, &expected[..2].to_vec()).unwrap_err();
        assert!(why.contains("one row per document"), "{why}");
        let short: Vec<Vec<Real>> = expected.iter().map(|row| row[..2].to_vec()).collect();
        let why = Problem::check(&input, &expected, &short).unwrap_err();
        assert!(why.contains("sorted order"), "{why}");
    }
}
