//! `judge today`: "Day N of M, <date>": the day's new problems with their pattern and its
//! invariant questions, the reviews due, the question cards due (`judge drill`), and the planned
//! problems missed so far.

use std::io::{self, Write};

use colored::Colorize;

use crate::catalog::Catalog;
use crate::cli::Output;
use crate::clock;
use crate::drill;
use crate::exit::{self, Result};
use crate::practice::plan::Item;
use crate::practice::{self, question_only, queue, solved};
use crate::progress::{self, Progress};
use crate::workspace::Workspace;

pub fn today(workspace: &Workspace, catalog: &Catalog, output: Output) -> Result<u8> {
    let today = clock::today()?;
    let progress = Progress::load(&progress::path(workspace))?;
    let items = practice::items(workspace, catalog)?;
    let item = |slug: &str| items.iter().find(|i| i.slug == slug);
    let mut due = queue::due(&progress.review, today);
    due.retain(|(item, _)| drill::schedule::deck_of_item(item).is_none());
    let cards = drill::due_cards(workspace, catalog, &progress.review, today);
    let plan = progress.plan.as_ref();
    let new: Vec<&Item> = plan
        .map(|p| {
            p.schedule
                .iter()
                .filter(|d| d.date == today)
                .flat_map(|d| d.problems.iter())
                .filter_map(|s| item(s))
                .collect()
        })
        .unwrap_or_default();
    let missed: Vec<&Item> = plan
        .map(|p| {
            p.problems()
                .filter(|(d, s)| **d < today && !solved(&progress, s))
                .filter_map(|(_, s)| item(s))
                .collect()
        })
        .unwrap_or_default();
    let mut patterns: Vec<&str> = Vec::new();
    for i in &new {
        if !patterns.contains(&i.pattern.as_str()) {
            patterns.push(&i.pattern);
        }
    }
    let questions = |id: &str| -> Vec<String> {
        catalog
            .patterns
            .get(id)
            .map(|p| {
                p.questions
                    .iter()
                    .map(|q| question_only(q).to_string())
                    .collect()
            })
            .unwrap_or_default()
    };
    let day = plan.map(|p| clock::days_between(p.start, today) + 1);
    let mut out = io::stdout().lock();
    if output.json {
        let value = serde_json::json!({
            "date": today.to_string(),
            "day": day,
            "of": plan.map(|p| p.days),
            "day_off": plan.is_some_and(|p| p.is_day_off(today)),
            "new": new.iter().map(|i| serde_json::json!({
                "slug": i.slug, "title": i.title, "number": i.number, "difficulty": i.difficulty,
                "pattern": i.pattern, "judged": i.judged, "done": solved(&progress, &i.slug),
            })).collect::<Vec<_>>(),
            "questions": patterns.iter().map(|p| serde_json::json!({"pattern": p, "questions": questions(p)})).collect::<Vec<_>>(),
            "reviews": due.iter().map(|(item, card)| serde_json::json!({
                "item": item, "due": queue::due_date(card).to_string(),
            })).collect::<Vec<_>>(),
            "cards": cards.iter().map(|c| serde_json::json!({
                "item": c.item, "deck": c.deck, "due": c.due.to_string(),
            })).collect::<Vec<_>>(),
            "missed": missed.iter().map(|i| &i.slug).collect::<Vec<_>>(),
        });
        writeln!(out, "{value}")?;
        return Ok(exit::ACCEPTED);
    }
    let date = today.strftime("%a %Y-%m-%d");
    match plan {
        None => writeln!(
            out,
            "{} {date}: no plan yet (`judge plan --days 133 --hours 7` makes one)",
            "Today".bold()
        )?,
        Some(p) if today < p.start => writeln!(
            out,
            "{} {date}: your plan starts on {} (in {} days)",
            "Today".bold(),
            p.start,
            clock::days_between(today, p.start)
        )?,
        Some(p) if today > p.end() => writeln!(
            out,
            "{} {date}: your plan ended on {} (`judge plan --replan --days N` extends it)",
            "Today".bold(),
            p.end()
        )?,
        Some(p) => {
            let off = if p.is_day_off(today) {
                " · a day off"
            } else {
                ""
            };
            writeln!(
                out,
                "{} · {date}{off}",
                format!("Day {} of {}", day.unwrap_or(0), p.days).bold()
            )?;
        }
    }
    if !new.is_empty() {
        let minutes: u32 = new
            .iter()
            .map(|i| practice::rating::budget_minutes(&i.difficulty))
            .sum();
        writeln!(out, "\n{} (about {minutes} min)", "New problems".bold())?;
        for i in &new {
            let mark = if solved(&progress, &i.slug) {
                "✓".green().bold()
            } else {
                "·".normal()
            };
            let pattern = catalog
                .patterns
                .get(&i.pattern)
                .map_or(i.pattern.as_str(), |p| p.name.as_str());
            let how = if i.judged {
                format!("judge next / judge new {}", i.slug)
            } else {
                format!("not in this judge yet: solve it on LeetCode, then `judge rate {} good|hard|again`", i.slug)
            };
            writeln!(
                out,
                "  {mark} {} ({}, {}) · {pattern}",
                i.title, i.number, i.difficulty
            )?;
            writeln!(out, "      {}", how.dimmed())?;
        }
        for id in &patterns {
            let name = catalog.patterns.get(*id).map_or(*id, |p| p.name.as_str());
            let first = !items
                .iter()
                .any(|i| i.pattern == *id && solved(&progress, &i.slug));
            writeln!(
                out,
                "\n{} {name}{}",
                "Questions to prep ·".bold(),
                if first {
                    format!(" (new pattern: `judge pattern {id}` first)")
                } else {
                    String::new()
                }
            )?;
            for q in questions(id) {
                writeln!(
                    out,
                    "{}",
                    practice::wrap(&q, practice::width(), "  - ", "    ")
                )?;
            }
        }
    } else if plan.is_some_and(|p| today >= p.start && today <= p.end()) {
        writeln!(out, "\nNo new problem today.")?;
    }
    writeln!(out, "\n{} ({})", "Reviews due".bold(), due.len())?;
    if due.is_empty() {
        writeln!(out, "  none")?;
    }
    for (item, card) in &due {
        let late = clock::days_between(queue::due_date(card), today);
        let when = match late {
            0 => "due today".to_string(),
            1 => "1 day late".to_string(),
            n => format!("{n} days late"),
        };
        writeln!(
            out,
            "  {item:<42} {when:<12} {}",
            format!("judge review {item}").dimmed()
        )?;
    }
    write_cards_due(&mut out, &cards)?;
    if !missed.is_empty() {
        let names: Vec<&str> = missed.iter().map(|i| i.slug.as_str()).collect();
        writeln!(
            out,
            "\n{} ({}): {}",
            "Missed".bold().yellow(),
            missed.len(),
            names.join(", ")
        )?;
        writeln!(
            out,
            "  {}",
            "`judge plan --replan` spreads them over the days left".dimmed()
        )?;
    }
    Ok(exit::ACCEPTED)
}

/// The question cards due, per deck, with the command that drills them.
pub fn write_cards_due(out: &mut impl Write, cards: &[drill::DueCard]) -> io::Result<()> {
    if cards.is_empty() {
        return Ok(());
    }
    writeln!(out, "\n{} ({})", "Cards due".bold(), cards.len())?;
    for (deck, count) in drill::per_deck(cards) {
        writeln!(
            out,
            "  {deck:<42} {:<12} {}",
            format!("{count} due"),
            format!("judge drill {deck}").dimmed()
        )?;
    }
    Ok(())
}
