//! `judge review`: the reviews due (FSRS, `crate::practice::queue`), and starting one. A problem's
//! review is solving it again from a blank file: the earlier solution is kept as a backup beside
//! it, and `judge run` closes the review with the judge's rating. A pattern's questions are
//! self-graded: printed here, rated with `judge rate <pattern> <rating>`. Question cards due are
//! listed beside them, to drill with `judge drill <deck>`.

use std::io::{self, Write};

use colored::Colorize;

use crate::catalog::Catalog;
use crate::cli::Output;
use crate::clock;
use crate::drill;
use crate::exit::{self, Failure, Result};
use crate::practice::record::SittingKind;
use crate::practice::{question_only, queue};
use crate::progress::{self, Progress};
use crate::workspace::Workspace;

use super::{new, rate};

pub fn review(
    workspace: &Workspace,
    catalog: &Catalog,
    item: Option<&str>,
    list_only: bool,
    answers: bool,
    output: Output,
) -> Result<u8> {
    let today = clock::today()?;
    let progress = Progress::load(&progress::path(workspace))?;
    let mut due = queue::due(&progress.review, today);
    due.retain(|(item, _)| drill::schedule::deck_of_item(item).is_none());
    let cards = drill::due_cards(workspace, catalog, &progress.review, today);
    let open: Vec<&String> = progress
        .sitting
        .iter()
        .filter(|(_, s)| s.kind == SittingKind::Review)
        .map(|(slug, _)| slug)
        .collect();
    if let Some(item) = item {
        if drill::decks_dir(workspace)
            .join(format!("{item}.toml"))
            .is_file()
        {
            return Err(
                Failure::new(format!("`{item}` is a deck of question cards")).help(format!(
                    "`judge drill {item}` shows its due cards, then new ones"
                )),
            );
        }
    }
    let chosen = match item {
        Some(item) => Some(rate::resolve(workspace, catalog, item)?),
        None if list_only || !open.is_empty() => None,
        None => due
            .iter()
            .map(|(i, _)| i)
            .find(|i| !i.starts_with("pattern:") && catalog.problem(i).is_ok())
            .or_else(|| due.first().map(|(i, _)| i))
            .cloned(),
    };
    if let Some(card) = chosen
        .as_deref()
        .and_then(|c| c.strip_prefix(drill::schedule::ITEM_PREFIX))
    {
        let deck = card.split('/').next().unwrap_or(card);
        return Err(Failure::new(format!("`{card}` is a question card"))
            .help(format!("`judge drill {deck} --card {card}` drills it")));
    }
    if output.json && chosen.is_none() {
        let value = serde_json::json!({
            "due": due.iter().map(|(item, card)| serde_json::json!({
                "item": item, "due": queue::due_date(card).to_string(),
                "stability_days": (card.stability * 10.0).round() / 10.0,
                "reviews": card.reviews,
            })).collect::<Vec<_>>(),
            "in_progress": open,
            "cards": cards.iter().map(|c| serde_json::json!({
                "item": c.item, "deck": c.deck, "due": c.due.to_string(),
            })).collect::<Vec<_>>(),
        });
        println!("{value}");
        return Ok(exit::ACCEPTED);
    }
    if !output.json {
        let mut out = io::stdout().lock();
        writeln!(out, "{} ({})", "Reviews due".bold(), due.len())?;
        for (item, card) in &due {
            writeln!(
                out,
                "  {item:<42} due {}  (recall now ~{:.0}%)",
                queue::due_date(card),
                card.retrievability(clock::day_number(today)) * 100.0
            )?;
        }
        if due.is_empty() {
            let upcoming = queue::forecast(&progress.review, today, 7)
                .iter()
                .sum::<usize>();
            writeln!(
                out,
                "  none today; {upcoming} in the coming week (`judge stats` shows when)"
            )?;
        }
        super::today::write_cards_due(&mut out, &cards)?;
        for slug in &open {
            writeln!(out, "{} {slug}: `judge run {slug}` when it is solved, `judge rate {slug} again` to give up", "in progress:".cyan())?;
        }
    }
    let Some(chosen) = chosen else {
        return Ok(exit::ACCEPTED);
    };
    if let Some(id) = chosen.strip_prefix("pattern:") {
        return pattern_questions(catalog, id, answers, output);
    }
    if catalog.problem(&chosen).is_err() {
        return Err(Failure::new(format!("`{chosen}` is not in this judge yet"))
            .help(format!("solve it again on LeetCode (https://leetcode.com/problems/{chosen}/), then `judge rate {chosen} good|hard|again`")));
    }
    if !output.json {
        println!(
            "\n{} {chosen}: from a blank file; your earlier solution is kept as a backup",
            "Review".bold()
        );
    }
    new::new(workspace, catalog, &chosen, true, output)
}

/// A pattern's questions as a self-graded card.
fn pattern_questions(catalog: &Catalog, id: &str, answers: bool, output: Output) -> Result<u8> {
    let page = catalog.pattern(id)?;
    if output.json {
        let questions: Vec<&str> = page
            .questions
            .iter()
            .map(|q| {
                if answers {
                    q.as_str()
                } else {
                    question_only(q)
                }
            })
            .collect();
        println!(
            "{}",
            serde_json::json!({"pattern": id, "questions": questions})
        );
        return Ok(exit::ACCEPTED);
    }
    println!(
        "\n{} {}: answer each aloud or on paper, then grade yourself",
        "Questions".bold(),
        page.name
    );
    for (i, q) in page.questions.iter().enumerate() {
        let text = if answers {
            q.as_str()
        } else {
            question_only(q)
        };
        println!("  {}. {text}", i + 1);
    }
    if !answers {
        println!(
            "{}",
            format!("`judge review {id} --answers` shows the answers we have").dimmed()
        );
    }
    println!(
        "{}",
        format!("then: judge rate {id} again|hard|good|easy").dimmed()
    );
    Ok(exit::ACCEPTED)
}
