//! A deck of question cards: its file's schema, the checks the schema cannot express, and the
//! decks derived from the pattern pages. Pure: a deck file's text in, a [`Deck`] or an error that
//! names the file, the line and what is wrong out.
//!
//! A deck file is `problems/decks/<deck>.toml`; the file's stem is the deck's id:
//!
//! ```toml
//! format_version = 1
//! title = "ML concepts"
//! about = "What the deck covers, in a sentence."   # optional
//!
//! [[card]]
//! id = "ml-concepts/bias-variance"   # `<deck>/<name>`: the review log keys on it, never change it
//! question = "..."
//! answer = """..."""                 # the model answer, in our own words
//! key_points = ["...", "...", "..."] # what a good answer covers: the learner ticks them
//! ```

use std::ops::Range;

use serde::Deserialize;
use toml::Spanned;

use crate::catalog::{line_and_column, PatternInfo};
use crate::exit::{Failure, Result};
use crate::practice::question_only;

/// The deck file format this judge reads.
pub const FORMAT_VERSION: u32 = 1;

/// A deck file, as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DeckFile {
    /// Bumped when the schema changes incompatibly.
    format_version: Spanned<u32>,
    /// What the deck is called in `judge drill`'s list.
    title: Spanned<String>,
    /// A sentence on what the deck covers.
    #[serde(default)]
    about: Option<String>,
    /// The cards, in the order new ones are shown.
    #[serde(default, rename = "card")]
    cards: Vec<CardFile>,
}

/// One card, as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CardFile {
    /// `<deck>/<name>`, lowercase letters, digits and dashes: stable across edits of the rest.
    id: Spanned<String>,
    question: Spanned<String>,
    /// The model answer.
    answer: Spanned<String>,
    /// Short phrases a good answer covers (the learner ticks those they covered).
    key_points: Spanned<Vec<Spanned<String>>>,
}

/// Where a deck comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// A deck file (its path, as given to [`parse`]).
    File(String),
    /// A pattern page's invariant questions (`problems/patterns/<id>.toml`).
    Pattern,
}

/// A deck, checked.
#[derive(Clone, Debug, PartialEq)]
pub struct Deck {
    /// The file's stem, or the pattern's id.
    pub id: String,
    pub title: String,
    pub about: String,
    pub source: Source,
    pub cards: Vec<Card>,
}

/// A card, checked.
#[derive(Clone, Debug, PartialEq)]
pub struct Card {
    /// `<deck>/<name>`.
    pub id: String,
    pub question: String,
    pub answer: String,
    /// At least one.
    pub key_points: Vec<String>,
}

impl Deck {
    /// The card with this id, whole (`ml-concepts/bias-variance`) or without the deck
    /// (`bias-variance`).
    pub fn card(&self, id: &str) -> Option<&Card> {
        let id = id.trim();
        self.cards.iter().find(|c| c.id == id || c.name() == id)
    }
}

impl Card {
    /// The id without its deck: `bias-variance`.
    pub fn name(&self) -> &str {
        self.id.split_once('/').map_or(&self.id, |(_, name)| name)
    }
}

/// Whether `text` is a lowercase kebab name: `ml-concepts`, `q1`.
pub fn is_kebab(text: &str) -> bool {
    !text.is_empty()
        && !text.starts_with('-')
        && !text.ends_with('-')
        && !text.contains("--")
        && text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Reads the deck `deck` from `text`, the contents of the file `path` (named in errors as
/// `path:line:column: what`). `reserved` are ids a deck file may not take (the patterns').
pub fn parse(deck: &str, path: &str, text: &str, reserved: &[&str]) -> Result<Deck> {
    let at = |span: Range<usize>, what: String| {
        let (line, column) = line_and_column(text, span.start);
        Failure::new(format!("{path}:{line}:{column}: {what}"))
            .help("fix the deck; its schema is documented in judge/src/drill/deck.rs")
    };
    if !is_kebab(deck) {
        return Err(at(
            0..0,
            format!("`{deck}` is not a deck name: name the file in lowercase letters, digits and dashes (`ml-concepts.toml`)"),
        ));
    }
    if reserved.contains(&deck) {
        return Err(at(
            0..0,
            format!("`{deck}` is a pattern's deck already (made from problems/patterns/{deck}.toml): name the file otherwise"),
        ));
    }
    let file: DeckFile = toml::from_str(text).map_err(|error| {
        let span = error.span().unwrap_or(0..0);
        at(span, error.message().trim().to_string())
    })?;
    if *file.format_version.get_ref() != FORMAT_VERSION {
        return Err(at(
            file.format_version.span(),
            format!(
                "format_version {} is not supported (this judge reads {FORMAT_VERSION})",
                file.format_version.get_ref()
            ),
        ));
    }
    let empty = |field: &Spanned<String>, name: &str| -> Result<()> {
        if field.get_ref().trim().is_empty() {
            return Err(at(field.span(), format!("`{name}` is empty")));
        }
        Ok(())
    };
    empty(&file.title, "title")?;
    if file.cards.is_empty() {
        return Err(at(
            0..0,
            "the deck has no cards: add `[[card]]` tables with id, question, answer and key_points"
                .into(),
        ));
    }
    let mut cards: Vec<Card> = Vec::new();
    let mut spans: Vec<Range<usize>> = Vec::new();
    for card in file.cards {
        let id = card.id.get_ref().trim();
        let name = id.strip_prefix(deck).and_then(|r| r.strip_prefix('/'));
        match name {
            Some(name) if is_kebab(name) => {}
            _ => {
                return Err(at(
                    card.id.span(),
                    format!("card id `{id}` should be `{deck}/<name>`, the name in lowercase letters, digits and dashes (e.g. `{deck}/bias-variance`)"),
                ))
            }
        }
        if let Some(first) = cards.iter().position(|c| c.id == id) {
            let (line, _) = line_and_column(text, spans[first].start);
            return Err(at(
                card.id.span(),
                format!(
                    "duplicate card id `{id}` (first at line {line}): every card needs its own id"
                ),
            ));
        }
        empty(&card.question, "question")?;
        empty(&card.answer, "answer")?;
        if card.key_points.get_ref().is_empty() {
            return Err(at(
                card.key_points.span(),
                "`key_points` is empty: list the points a good answer covers".into(),
            ));
        }
        for point in card.key_points.get_ref() {
            empty(point, "key point")?;
        }
        spans.push(card.id.span());
        cards.push(Card {
            id: id.to_string(),
            question: card.question.get_ref().trim().to_string(),
            answer: card.answer.get_ref().trim().to_string(),
            key_points: card
                .key_points
                .into_inner()
                .into_iter()
                .map(|p| p.into_inner().trim().to_string())
                .collect(),
        });
    }
    Ok(Deck {
        id: deck.to_string(),
        title: file.title.into_inner().trim().to_string(),
        about: file.about.unwrap_or_default().trim().to_string(),
        source: Source::File(path.to_string()),
        cards,
    })
}

/// The only key point of a pattern question's card: the pages have no model answers, so the
/// learner compares their answer with the page and says whether it holds up.
pub fn pattern_key_point(id: &str) -> String {
    format!("my answer agrees with the page's account above (`judge pattern {id}` shows the whole page)")
}

/// A pattern page's invariant questions as a deck: one card per question (`<pattern>/q<N>`, so a
/// question keeps its card when reworded), the answer in parentheses after the question where the
/// page gives one, else the page's summary.
pub fn from_pattern(page: &PatternInfo) -> Deck {
    let cards = page
        .questions
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let question = question_only(text);
            let given = text[question.len()..]
                .trim()
                .trim_start_matches('(')
                .trim_end_matches(')')
                .trim();
            let answer = if given.is_empty() {
                page.summary.trim()
            } else {
                given
            };
            Card {
                id: format!("{}/q{}", page.id, i + 1),
                question: question.trim().to_string(),
                answer: answer.to_string(),
                key_points: vec![pattern_key_point(&page.id)],
            }
        })
        .collect();
    Deck {
        id: page.id.clone(),
        title: format!("{}: invariant questions", page.name),
        about: format!(
            "The {} page's questions; the answer shown is the page's own summary.",
            page.name
        ),
        source: Source::Pattern,
        cards,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"format_version = 1
title = "Small"

[[card]]
id = "small/one"
question = "Why?"
answer = "Because."
key_points = ["a", "b", "c"]

[[card]]
id = "small/two"
question = "How?"
answer = "Thus."
key_points = ["d"]
"#;

    fn error(text: &str) -> String {
        parse("small", "decks/small.toml", text, &["stack"])
            .unwrap_err()
            .message
    }

    #[test]
    fn a_good_deck_reads_and_finds_cards_by_either_id() {
        let deck = parse("small", "decks/small.toml", GOOD, &[]).unwrap();
        assert_eq!(deck.cards.len(), 2);
        assert_eq!(deck.card("two").unwrap().id, "small/two");
        assert_eq!(deck.card("small/one").unwrap().key_points, ["a", "b", "c"]);
        assert!(deck.card("three").is_none());
    }

    #[test]
    fn each_mistake_is_named_with_its_line() {
        let duplicate = GOOD.replace("small/two", "small/one");
        let message = error(&duplicate);
        assert!(
            message.starts_with(
                "decks/small.toml:11:6: duplicate card id `small/one` (first at line 5)"
            ),
            "{message}"
        );

        let unknown = GOOD.replace("key_points = [\"d\"]", "key_points = [\"d\"]\nhint = \"x\"");
        let message = error(&unknown);
        assert!(message.contains("decks/small.toml:15:1"), "{message}");
        assert!(message.contains("hint"), "{message}");

        let message = error(&GOOD.replace("answer = \"Thus.\"", "answer = \"  \""));
        assert!(
            message.starts_with("decks/small.toml:13:10: `answer` is empty"),
            "{message}"
        );

        let message = error(&GOOD.replace("[\"d\"]", "[]"));
        assert!(
            message.contains(":14:14: `key_points` is empty"),
            "{message}"
        );

        let message = error(&GOOD.replace("[\"d\"]", "[\"d\", \"\"]"));
        assert!(
            message.contains(":14:20: `key point` is empty"),
            "{message}"
        );

        let message = error(&GOOD.replace("small/two", "other/two"));
        assert!(
            message.contains(":11:6: card id `other/two` should be `small/<name>`"),
            "{message}"
        );

        let message = error(&GOOD.replace("format_version = 1", "format_version = 2"));
        assert!(
            message.starts_with("decks/small.toml:1:18: format_version 2"),
            "{message}"
        );

        let message = error(&GOOD.replace("answer = \"Because.\"\n", ""));
        assert!(message.contains("answer"), "{message}");

        let message = error("format_version = 1\ntitle = \"x\"\n");
        assert!(message.contains("no cards"), "{message}");

        let message = parse("stack", "decks/stack.toml", GOOD, &["stack"])
            .unwrap_err()
            .message;
        assert!(message.contains("a pattern's deck already"), "{message}");
    }

    #[test]
    fn kebab_names() {
        assert!(is_kebab("ml-concepts"));
        assert!(is_kebab("q1"));
        for bad in ["", "-a", "a-", "a--b", "A", "a_b", "a/b"] {
            assert!(!is_kebab(bad), "{bad}");
        }
    }
}
