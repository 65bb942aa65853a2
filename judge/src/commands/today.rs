//! `judge today`: "Day N of M, <date>": the day's new problems with their pattern and its
//! invariant questions, the day's ML drill or ML card (on the `ml` track), the reviews due, the
//! question cards due (`judge drill`), and the planned problems and drills missed so far.

use std::io::{self, Write};

use colored::Colorize;

use crate::catalog::{Catalog, ML_TRACK};
use crate::cli::Output;
use crate::clock;
use crate::drill::{self, deck::Deck, schedule::DayCard, schedule::DayCardStatus};
use crate::exit::{self, Result};
use crate::practice::plan::{Item, CARD_MINUTES};
use crate::practice::{self, question_only, queue, solved};
use crate::progress::{self, Progress};
use crate::workspace::Workspace;

pub fn today(workspace: &Workspace, catalog: &Catalog, output: Output) -> Result<u8> {
    let today = clock::today()?;
    let progress = Progress::load(&progress::path(workspace))?;
    let items = practice::items(workspace, catalog)?;
    let drills = practice::drills(catalog);
    let item = |slug: &str| items.iter().chain(&drills).find(|i| i.slug == slug);
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
    let drills_today: Vec<&Item> = plan
        .and_then(|p| p.day(today))
        .map(|d| d.drills.iter().filter_map(|s| item(s)).collect())
        .unwrap_or_default();
    let missed: Vec<&Item> = plan
        .map(|p| {
            p.problems()
                .chain(p.drills())
                .filter(|(d, s)| **d < today && !solved(&progress, s))
                .filter_map(|(_, s)| item(s))
                .collect()
        })
        .unwrap_or_default();
    let decks: Vec<Deck> = match plan {
        Some(p) if p.has_track(ML_TRACK) => drill::load(workspace, catalog).unwrap_or_else(|f| {
            crate::cli::warn(&f);
            Vec::new()
        }),
        _ => Vec::new(),
    };
    let ml_cards: Vec<String> = drill::schedule::ml_cards(&decks)
        .into_iter()
        .map(|c| c.id.clone())
        .collect();
    let day_card: Option<DayCard> =
        plan.and_then(|p| drill::schedule::day_card(p, &ml_cards, &progress.review, today));
    // The deck and the card of the day's card.
    let card_of = |id: &str| {
        let (deck, _) = id.split_once('/')?;
        let deck = decks.iter().find(|d| d.id == deck)?;
        Some((deck, deck.card(id)?))
    };
    let mut patterns: Vec<&str> = Vec::new();
    for i in new.iter().chain(&drills_today) {
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
            "drills": drills_today.iter().map(|i| serde_json::json!({
                "slug": i.slug, "title": i.title, "difficulty": i.difficulty,
                "minutes": i.minutes(), "done": solved(&progress, &i.slug),
                "new": format!("judge new {}", i.slug), "run": format!("judge run {}", i.slug),
            })).collect::<Vec<_>>(),
            "card": day_card.as_ref().map(|c| {
                let found = card_of(&c.id);
                serde_json::json!({
                    "id": c.id,
                    "deck": found.map(|(d, _)| d.id.as_str()),
                    "question": found.map(|(_, card)| card.question.as_str()),
                    "status": c.status.as_str(),
                    "due": match c.status { DayCardStatus::Due(d) => Some(d.to_string()), _ => None },
                    "minutes": CARD_MINUTES,
                    "command": found.map(|(d, card)| drill_command(&d.id, card.name())),
                })
            }),
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
        let minutes: u32 = new.iter().map(|i| i.minutes()).sum();
        writeln!(out, "\n{} (about {minutes} min)", "New problems".bold())?;
        for i in &new {
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
                "  {} {} ({}, {}) · {pattern}",
                mark(solved(&progress, &i.slug)),
                i.title,
                i.number,
                i.difficulty
            )?;
            writeln!(out, "      {}", how.dimmed())?;
        }
    }
    if !drills_today.is_empty() {
        let minutes: u32 = drills_today.iter().map(|i| i.minutes()).sum();
        writeln!(out, "\n{} (about {minutes} min)", "ML drill".bold())?;
        let track = catalog
            .patterns
            .get(ML_TRACK)
            .map_or(ML_TRACK, |p| p.name.as_str());
        for i in &drills_today {
            writeln!(
                out,
                "  {} {} ({}) · {track}",
                mark(solved(&progress, &i.slug)),
                i.title,
                i.difficulty
            )?;
            let how = format!(
                "judge new {} to start it, judge run {} to judge it",
                i.slug, i.slug
            );
            writeln!(out, "      {}", how.dimmed())?;
        }
    }
    if let Some(card) = &day_card {
        writeln!(out, "\n{} (about {CARD_MINUTES} min)", "ML card".bold())?;
        let status = match card.status {
            DayCardStatus::Done => "done today".to_string(),
            DayCardStatus::New => "new".to_string(),
            DayCardStatus::Due(date) if date == today => "due today".to_string(),
            DayCardStatus::Due(date) => format!("due since {date}"),
        };
        match card_of(&card.id) {
            Some((deck, found)) => {
                writeln!(
                    out,
                    "{}",
                    practice::wrap(
                        &found.question,
                        practice::width(),
                        &format!("  {}", mark(card.status == DayCardStatus::Done)),
                        "    "
                    )
                )?;
                writeln!(
                    out,
                    "      {}",
                    format!(
                        "{} ({status}) · {}",
                        card.id,
                        drill_command(&deck.id, found.name())
                    )
                    .dimmed()
                )?;
            }
            None => writeln!(out, "  · {} ({status})", card.id)?,
        }
    }
    for id in &patterns {
        let name = catalog.patterns.get(*id).map_or(*id, |p| p.name.as_str());
        let first = !items
            .iter()
            .chain(&drills)
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
    if new.is_empty()
        && drills_today.is_empty()
        && plan.is_some_and(|p| today >= p.start && today <= p.end())
    {
        let what = if plan.is_some_and(|p| p.has_track(ML_TRACK)) {
            "No new problem or drill today."
        } else {
            "No new problem today."
        };
        writeln!(out, "\n{what}")?;
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

/// ✓ for done, · for to do.
fn mark(done: bool) -> colored::ColoredString {
    if done {
        "✓".green().bold()
    } else {
        "·".normal()
    }
}

/// The command that drills one card.
fn drill_command(deck: &str, name: &str) -> String {
    format!("judge drill {deck} --card {name}")
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
