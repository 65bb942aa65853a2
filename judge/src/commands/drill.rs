//! `judge drill [deck]`: question cards, scheduled in the same review queue as the problems.
//!
//! - no deck: the decks, with their due and new cards;
//! - a deck: a session of its due cards, then new ones (`--new` a day): each card's question, the
//!   learner's answer typed (an empty line ends it) or only thought (Enter), the model answer, the
//!   key points to tick, the rating they give (all: Good; under half: Again; otherwise: Hard), which
//!   the learner may replace; each rating is saved as it is given;
//! - `--card <id> --covered 1,3 [--rate good]`: the same rating without questions, for scripts;
//!   `--card <id> --json` prints a card, `<deck> --json` its queue.
//!
//! The rules are in `crate::drill::schedule`, the text in `crate::drill::render`.

use std::io::{self, BufRead, Write};

use colored::Colorize;
use jiff::civil::Date;
use judge_core::fsrs::Rating;

use crate::catalog::Catalog;
use crate::cli::{DrillArgs, Output};
use crate::clock;
use crate::drill::deck::{Card, Deck, Source};
use crate::drill::render::{self, DeckLine};
use crate::drill::schedule::{self, Answered};
use crate::exit::{self, Failure, Result};
use crate::practice::record::{RatedBy, ReviewEntry};
use crate::progress::{self, Progress};
use crate::workspace::Workspace;

pub fn drill(
    workspace: &Workspace,
    catalog: &Catalog,
    args: &DrillArgs,
    output: Output,
) -> Result<u8> {
    let decks = crate::drill::load(workspace, catalog)?;
    let today = clock::today()?;
    let state = progress::path(workspace);
    let log = Progress::load(&state)?.review;
    let Some(deck_id) = &args.deck else {
        return list(&decks, &log, today, output);
    };
    let deck = crate::drill::find(&decks, deck_id)?;
    let given = match &args.rate {
        Some(text) => Some(Rating::parse(text).ok_or_else(|| {
            Failure::new(format!("`{text}` is not a rating")).help("give again, hard, good or easy")
        })?),
        None => None,
    };
    let card = match &args.card {
        Some(id) => Some(crate::drill::find_card(deck, id)?),
        None => None,
    };
    match card {
        Some(card) if args.covered.is_some() || given.is_some() => {
            let covered = match &args.covered {
                Some(text) => Some(
                    schedule::parse_covered(text, card.key_points.len()).map_err(|e| {
                        Failure::new(format!("--covered {text}: {e}")).help(format!(
                            "`judge drill {} --card {} --json` shows the card's key points",
                            deck.id,
                            card.name()
                        ))
                    })?,
                ),
                None => None,
            };
            let answered = Answered {
                covered,
                rating: given,
            };
            let rated = rate(workspace, card, &answered, today)?;
            report(&rated, deck, card, &answered, output)
        }
        Some(card) if output.json => {
            let (status, due) = schedule::status(&log, card, today);
            let value = serde_json::json!({
                "deck": deck.id, "card": card.id, "question": card.question,
                "answer": card.answer, "key_points": card.key_points,
                "status": status, "due": due.map(|d| d.to_string()),
            });
            println!("{value}");
            Ok(exit::ACCEPTED)
        }
        Some(card) => session(workspace, deck, &[card], today),
        None if output.json => {
            let state = schedule::state(deck, &log, today);
            let cards: Vec<serde_json::Value> = deck
                .cards
                .iter()
                .map(|card| {
                    let (status, due) = schedule::status(&log, card, today);
                    serde_json::json!({"card": card.id, "status": status, "due": due.map(|d| d.to_string())})
                })
                .collect();
            let value = serde_json::json!({
                "deck": deck.id, "title": deck.title,
                "due": state.due.len(), "new": state.new.len(),
                "session": schedule::session(&state, args.new_per_day).iter().map(|c| &c.id).collect::<Vec<_>>(),
                "cards": cards,
            });
            println!("{value}");
            Ok(exit::ACCEPTED)
        }
        None => {
            let state = schedule::state(deck, &log, today);
            let cards = schedule::session(&state, args.new_per_day);
            if cards.is_empty() {
                let left = state.new.len();
                println!(
                    "{} {}: nothing due today{}",
                    "Drill".bold(),
                    deck.id,
                    if left > 0 {
                        format!(
                            "; {left} new cards wait for the coming days (`--new N` takes more today)"
                        )
                    } else {
                        String::new()
                    }
                );
                return Ok(exit::ACCEPTED);
            }
            session(workspace, deck, &cards, today)
        }
    }
}

/// The decks with their due and new cards.
fn list(decks: &[Deck], log: &[ReviewEntry], today: Date, output: Output) -> Result<u8> {
    let lines: Vec<DeckLine> = decks
        .iter()
        .map(|deck| {
            let state = schedule::state(deck, log, today);
            DeckLine {
                deck,
                due: state.due.len(),
                new: state.new.len(),
            }
        })
        .collect();
    if output.json {
        let value = serde_json::json!({
            "decks": lines.iter().map(|l| serde_json::json!({
                "deck": l.deck.id, "title": l.deck.title,
                "source": match &l.deck.source { Source::File(_) => "file", Source::Pattern => "pattern" },
                "path": match &l.deck.source { Source::File(path) => Some(path), Source::Pattern => None },
                "cards": l.deck.cards.len(), "due": l.due, "new": l.new,
            })).collect::<Vec<_>>(),
        });
        println!("{value}");
        return Ok(exit::ACCEPTED);
    }
    print!("{}", render::decks(&lines, crate::wrap::width()));
    Ok(exit::ACCEPTED)
}

/// A rating recorded, with the day the card is next due.
struct Rated {
    entry: ReviewEntry,
    next_review: Date,
}

/// Saves a card's rating (under the state file's lock, written atomically).
fn rate(workspace: &Workspace, card: &Card, answered: &Answered, today: Date) -> Result<Rated> {
    Progress::update(&progress::path(workspace), |p| {
        let entry = schedule::record(p, card, answered, today)?;
        let next_review = schedule::next_review(&p.review, card).unwrap_or(today);
        Some(Rated { entry, next_review })
    })?
    .ok_or_else(|| {
        Failure::new("nothing to rate with").help("give --covered with the key points, or --rate")
    })
}

fn report(
    rated: &Rated,
    deck: &Deck,
    card: &Card,
    answered: &Answered,
    output: Output,
) -> Result<u8> {
    let entry = &rated.entry;
    if output.json {
        let value = serde_json::json!({
            "deck": deck.id, "card": card.id, "item": entry.item,
            "covered": answered.covered, "key_points": card.key_points.len(),
            "derived": answered.derived(card).map(Rating::as_str),
            "rating": entry.rating.as_str(),
            "by": match entry.by { RatedBy::Judge => "judge", RatedBy::Learner => "learner" },
            "reason": entry.reason,
            "next_review": rated.next_review.to_string(),
        });
        println!("{value}");
    } else {
        println!("{} {}: {}", "Rated".bold(), card.id, rated_line(rated));
    }
    Ok(exit::ACCEPTED)
}

fn rated_line(rated: &Rated) -> String {
    let entry = &rated.entry;
    let judged = entry
        .judged
        .map(|r| format!(" (yours; the points gave {})", r.as_str().to_uppercase()))
        .unwrap_or_default();
    format!(
        "{}{judged}: {}; next review {}",
        entry.rating.as_str().to_uppercase(),
        entry.reason,
        rated.next_review
    )
}

/// Reads the learner's lines from stdin; `None` when it ends.
struct Prompt<R: BufRead> {
    input: R,
}

impl<R: BufRead> Prompt<R> {
    fn line(&mut self) -> Result<Option<String>> {
        print!("{} ", ">".cyan().bold());
        io::stdout().flush()?;
        let mut line = String::new();
        if self.input.read_line(&mut line)? == 0 {
            println!();
            return Ok(None);
        }
        Ok(Some(line.trim_end_matches(['\n', '\r']).to_string()))
    }
}

/// An interactive session over `cards`: each rated and saved before the next is shown. Ends when
/// the cards do, on `q`, or when stdin ends (the card on screen is then left unrated).
fn session(workspace: &Workspace, deck: &Deck, cards: &[&Card], today: Date) -> Result<u8> {
    let width = crate::wrap::width();
    let stdin = io::stdin();
    let mut prompt = Prompt {
        input: stdin.lock(),
    };
    let mut counts = [0usize; 4];
    let mut stopped = false;
    for (i, card) in cards.iter().enumerate() {
        let log = Progress::load(&progress::path(workspace))?.review;
        let (status, _) = schedule::status(&log, card, today);
        println!(
            "\n{}",
            render::question(card, i + 1, cards.len(), status, width).trim_end()
        );
        println!(
            "{}",
            "Type your answer (an empty line ends it), or Enter to just think it; q stops."
                .dimmed()
        );
        let Some(first) = prompt.line()? else {
            stopped = true;
            break;
        };
        if first.trim() == "q" {
            stopped = true;
            break;
        }
        if !first.trim().is_empty() {
            loop {
                match prompt.line()? {
                    Some(line) if !line.trim().is_empty() => {}
                    Some(_) => break,
                    None => {
                        stopped = true;
                        break;
                    }
                }
            }
            if stopped {
                break;
            }
        }
        println!();
        print!("{}", render::reveal(card, width));
        let of = card.key_points.len();
        println!(
            "{}",
            "Type the numbers you covered (e.g. 1 3), all, or Enter for none:".dimmed()
        );
        let covered = loop {
            let Some(line) = prompt.line()? else {
                break None;
            };
            match schedule::parse_covered(&line, of) {
                Ok(covered) => break Some(covered),
                Err(e) => println!("{} {e}", "?".yellow().bold()),
            }
        };
        let Some(covered) = covered else {
            stopped = true;
            break;
        };
        let derived = schedule::derive(covered.len(), of);
        println!(
            "Covered {} of {of}: {}. {}",
            covered.len(),
            derived.as_str().to_uppercase().bold(),
            "Enter keeps it, or type again, hard, good or easy:".dimmed()
        );
        let given = loop {
            let Some(line) = prompt.line()? else {
                break None;
            };
            if line.trim().is_empty() {
                break Some(None);
            }
            match Rating::parse(&line) {
                Some(rating) => break Some(Some(rating)),
                None => println!(
                    "{} `{}` is not a rating: again, hard, good or easy (Enter keeps {})",
                    "?".yellow().bold(),
                    line.trim(),
                    derived.as_str()
                ),
            }
        };
        let Some(given) = given else {
            stopped = true;
            break;
        };
        let answered = Answered {
            covered: Some(covered),
            rating: given,
        };
        let rated = rate(workspace, card, &answered, today)?;
        counts[rated.entry.rating as usize - 1] += 1;
        println!("{} {}", "Rated".bold(), rated_line(&rated));
    }
    let done: usize = counts.iter().sum();
    println!(
        "\n{} {done} of {} cards of {}{}: again {}, hard {}, good {}, easy {}",
        "Drilled".bold(),
        cards.len(),
        deck.id,
        if stopped { " (stopped)" } else { "" },
        counts[0],
        counts[1],
        counts[2],
        counts[3]
    );
    Ok(exit::ACCEPTED)
}
