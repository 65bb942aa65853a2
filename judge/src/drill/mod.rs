//! Question decks (issue 17): flashcards on ML concepts, ML system design and each pattern's
//! invariant questions, drilled with `judge drill` and scheduled in the same FSRS review queue as
//! the problems.
//!
//! - `deck`: a deck file's schema and checks, and the decks made from the pattern pages (pure);
//! - `schedule`: the rating from the key points covered, what a session shows, the log entry a
//!   rating adds (pure);
//! - `render`: the list of decks, a card, its answer and checklist as text (pure);
//! - this module: finding and reading the deck files (the only I/O here).

pub mod deck;
pub mod render;
pub mod schedule;

use std::fs;
use std::path::PathBuf;

use judge_core::suggest::did_you_mean;

use crate::catalog::{Catalog, PATTERN_IDS};
use crate::exit::{Failure, Result};
use crate::workspace::Workspace;
use deck::Deck;

/// Where the deck files are: `problems/decks/`.
pub fn decks_dir(workspace: &Workspace) -> PathBuf {
    workspace.root.join("problems").join("decks")
}

/// Every deck: the files of `problems/decks/` in name order, then one per pattern page in roadmap
/// order. A deck file that does not read is an error naming it, its line and what is wrong.
pub fn load(workspace: &Workspace, catalog: &Catalog) -> Result<Vec<Deck>> {
    let dir = decks_dir(workspace);
    let mut files: Vec<PathBuf> = Vec::new();
    if dir.is_dir() {
        for entry in fs::read_dir(&dir)
            .map_err(|e| Failure::new(format!("cannot read {}: {e}", dir.display())))?
        {
            let path = entry?.path();
            if path.extension().is_some_and(|e| e == "toml") {
                files.push(path);
            }
        }
    }
    files.sort();
    let mut decks = Vec::new();
    for path in files {
        let name = workspace.relative(&path).display().to_string();
        let text = fs::read_to_string(&path)
            .map_err(|e| Failure::new(format!("cannot read {name}: {e}")))?;
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        decks.push(deck::parse(stem, &name, &text, &PATTERN_IDS)?);
    }
    for id in PATTERN_IDS {
        if let Some(page) = catalog.patterns.get(id) {
            if !page.questions.is_empty() {
                decks.push(deck::from_pattern(page));
            }
        }
    }
    Ok(decks)
}

/// The deck called `id`, or an error that suggests the closest name.
pub fn find<'a>(decks: &'a [Deck], id: &str) -> Result<&'a Deck> {
    let id = id.trim();
    if let Some(deck) = decks.iter().find(|d| d.id == id) {
        return Ok(deck);
    }
    let failure = Failure::new(format!("unknown deck `{id}`"));
    Err(
        match did_you_mean(id, decks.iter().map(|d| d.id.as_str())) {
            Some(close) => failure.help(format!(
                "did you mean `{close}`? (`judge drill` lists the decks)"
            )),
            None => failure.help("`judge drill` lists the decks"),
        },
    )
}

/// The card `id` of `deck` (whole, or without the deck's name), or an error that suggests the
/// closest one.
pub fn find_card<'a>(deck: &'a Deck, id: &str) -> Result<&'a deck::Card> {
    if let Some(card) = deck.card(id) {
        return Ok(card);
    }
    let failure = Failure::new(format!("deck `{}` has no card `{}`", deck.id, id.trim()));
    let names = deck.cards.iter().map(|c| c.name());
    let wanted = id.trim().rsplit('/').next().unwrap_or(id);
    Err(match did_you_mean(wanted, names) {
        Some(close) => failure.help(format!(
            "did you mean `{}/{close}`? (`judge drill {} --json` lists its cards)",
            deck.id, deck.id
        )),
        None => failure.help(format!("`judge drill {} --json` lists its cards", deck.id)),
    })
}

/// A card due for review.
pub struct DueCard {
    /// Its item in the review log: `card:ml-concepts/bias-variance`.
    pub item: String,
    pub deck: String,
    pub due: jiff::civil::Date,
}

/// The cards due on `today`, most overdue first, for `today` and `review` to show beside the
/// problems. Cards no longer in any deck are left out; if a deck file does not read, that is said
/// on stderr and every card of the log counts.
pub fn due_cards(
    workspace: &Workspace,
    catalog: &Catalog,
    log: &[crate::practice::record::ReviewEntry],
    today: jiff::civil::Date,
) -> Vec<DueCard> {
    let due: Vec<DueCard> = crate::practice::queue::due(log, today)
        .into_iter()
        .filter_map(|(item, card)| {
            let deck = schedule::deck_of_item(&item)?.to_string();
            Some(DueCard {
                due: crate::practice::queue::due_date(&card),
                item,
                deck,
            })
        })
        .collect();
    if due.is_empty() {
        return due;
    }
    match load(workspace, catalog) {
        Ok(decks) => due
            .into_iter()
            .filter(|d| {
                decks
                    .iter()
                    .any(|deck| deck.cards.iter().any(|c| schedule::item(&c.id) == d.item))
            })
            .collect(),
        Err(failure) => {
            crate::cli::warn(&failure);
            due
        }
    }
}

/// Due cards counted per deck, in the order of each deck's most overdue card.
pub fn per_deck(due: &[DueCard]) -> Vec<(&str, usize)> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for card in due {
        match counts.iter_mut().find(|(deck, _)| *deck == card.deck) {
            Some((_, n)) => *n += 1,
            None => counts.push((&card.deck, 1)),
        }
    }
    counts
}
