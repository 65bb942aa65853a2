//! What `judge drill` draws: the decks' list, a card's question, and its model answer with the key
//! points as a numbered checklist. Pure: text from a deck, a card and a width, readable without
//! color.

use std::fmt::Write;

use colored::Colorize;

use super::deck::{Card, Deck, Source};
use crate::wrap::{hanging, prose};

/// One deck's line in the list.
pub struct DeckLine<'a> {
    pub deck: &'a Deck,
    pub due: usize,
    pub new: usize,
}

/// The decks, with their cards due and new; deck files first, then the patterns'.
pub fn decks(lines: &[DeckLine], width: usize) -> String {
    let mut text = String::new();
    let mut pattern_heading = false;
    let _ = writeln!(text, "{}", "Decks".bold());
    for line in lines {
        if line.deck.source == Source::Pattern && !pattern_heading {
            pattern_heading = true;
            let _ = writeln!(text, "\n{}", "Each pattern's invariant questions".bold());
        }
        let counts = format!(
            "{:>3} due {:>3} new {:>3} cards",
            line.due,
            line.new,
            line.deck.cards.len()
        );
        let counts = if line.due > 0 {
            counts.yellow().to_string()
        } else {
            counts
        };
        let _ = writeln!(text, "  {:<20} {counts}", line.deck.id);
        if line.deck.source != Source::Pattern {
            let about = if line.deck.about.is_empty() {
                &line.deck.title
            } else {
                &line.deck.about
            };
            let _ = writeln!(
                text,
                "    {}",
                hanging(about, width.saturating_sub(4), 4).dimmed()
            );
        }
    }
    let _ = writeln!(
        text,
        "\n{}",
        "`judge drill <deck>` shows its due cards, then new ones".dimmed()
    );
    text
}

/// A card's heading and question, at `width` columns.
pub fn question(card: &Card, position: usize, total: usize, status: &str, width: usize) -> String {
    let mut text = String::new();
    let _ = writeln!(
        text,
        "{}",
        format!("{} · card {position} of {total} · {status}", card.id).dimmed()
    );
    let _ = writeln!(text, "{}", prose(&card.question, width).bold());
    text
}

/// The model answer and the key points, numbered, at `width` columns.
pub fn reveal(card: &Card, width: usize) -> String {
    let mut text = String::new();
    let _ = writeln!(text, "{}", "Model answer".bold().cyan());
    for line in prose(&card.answer, width.saturating_sub(2)).lines() {
        let _ = writeln!(text, "  {line}");
    }
    let _ = writeln!(
        text,
        "\n{}",
        "Key points: which did your answer cover?".bold().cyan()
    );
    for (i, point) in card.key_points.iter().enumerate() {
        let label = format!("  {:>2}. ", i + 1);
        let _ = writeln!(
            text,
            "{label}{}",
            hanging(point, width, label.chars().count())
        );
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_checklist_is_numbered_and_fits_the_width() {
        colored::control::set_override(false);
        let card = Card {
            id: "d/c".into(),
            question: "Why?".into(),
            answer: "A first paragraph that is long enough to be wrapped at forty columns.\n\n- a bullet".into(),
            key_points: vec!["one point".into(), "a second point that is long enough to wrap at forty".into()],
        };
        let text = reveal(&card, 40);
        assert!(text.lines().all(|l| l.chars().count() <= 40), "{text}");
        assert!(text.contains("   1. one point"), "{text}");
        assert!(text.contains("   2. a second point"), "{text}");
        assert!(text.contains("  - a bullet"), "{text}");
    }
}
