//! `judge rate <item> <rating>`: the learner's word over the judge's. It closes an open sitting
//! (rating it Again is how to give up), replaces today's rating of the item (the judge's is kept
//! beside it in the log), or records a review the judge did not see (a problem solved on
//! LeetCode, a pattern's questions, a question card: `judge rate ml-concepts/bias-variance hard`).

use colored::Colorize;
use judge_core::fsrs::Rating;

use crate::catalog::{Catalog, PATTERN_IDS};
use crate::cli::Output;
use crate::clock;
use crate::drill::{self, schedule};
use crate::exit::{self, Failure, Result};
use crate::practice::record::{pattern_item, RatedBy, ReviewEntry};
use crate::practice::{self, rating};
use crate::progress::{self, Progress};
use crate::workspace::Workspace;

use super::run::{rating_json, Rated};

pub fn rate(
    workspace: &Workspace,
    catalog: &Catalog,
    item: &str,
    given: &str,
    output: Output,
) -> Result<u8> {
    let Some(rating) = Rating::parse(given) else {
        return Err(Failure::new(format!("`{given}` is not a rating"))
            .help("give again, hard, good or easy"));
    };
    let key = resolve(workspace, catalog, item)?;
    let now = clock::now()?;
    let today = now.date();
    let rated = Progress::update(&progress::path(workspace), |p| {
        let entry = if let Some(sitting) = p.sitting.remove(&key) {
            ReviewEntry {
                item: key.clone(),
                date: today,
                rating,
                by: RatedBy::Learner,
                reason: if rating == Rating::Again {
                    "you gave up this sitting".into()
                } else {
                    "your rating, the sitting not yet accepted".into()
                },
                kind: sitting.kind.as_str().into(),
                failed_runs: rating::failed_runs(&sitting),
                hints: sitting.hints,
                minutes: Some(rating::minutes_since(&sitting, now)),
                judged: None,
            }
        } else if let Some(last) = p
            .review
            .iter()
            .rposition(|r| r.item == key && r.date == today)
        {
            let mut entry = p.review.remove(last);
            if entry.by == RatedBy::Judge {
                entry.judged = Some(entry.rating);
            }
            entry.rating = rating;
            entry.by = RatedBy::Learner;
            entry.reason = "your rating".into();
            entry
        } else {
            ReviewEntry {
                item: key.clone(),
                date: today,
                rating,
                by: RatedBy::Learner,
                reason: "your rating".into(),
                kind: if key.starts_with("pattern:") {
                    "questions"
                } else if key.starts_with(schedule::ITEM_PREFIX) {
                    schedule::KIND
                } else if p.review.iter().any(|r| r.item == key) {
                    "review"
                } else {
                    "new"
                }
                .into(),
                failed_runs: 0,
                hints: 0,
                minutes: None,
                judged: None,
            }
        };
        p.format_version = progress::FORMAT_VERSION;
        // A rating is a day of practice too (a problem solved on LeetCode, questions answered).
        *p.days.entry(today).or_default() += 1;
        p.review.push(entry.clone());
        Rated::new(p, entry)
    })?;
    if output.json {
        let mut value = rating_json(&rated);
        value["item"] = key.clone().into();
        value["judged"] = rated.entry.judged.map(|r| r.as_str()).into();
        println!("{value}");
    } else {
        let judged = rated
            .entry
            .judged
            .map(|r| format!(" (the judge said {})", r.as_str().to_uppercase()))
            .unwrap_or_default();
        println!(
            "{} {} {}{judged}; next review {}",
            "Rated".bold(),
            key,
            rating.as_str().to_uppercase(),
            rated.next_review
        );
    }
    Ok(exit::ACCEPTED)
}

/// A problem's slug (of this judge or of the catalogue), a pattern id as `pattern:<id>`, or a
/// question card's id (`ml-concepts/bias-variance`) as `card:<id>`.
pub fn resolve(workspace: &Workspace, catalog: &Catalog, item: &str) -> Result<String> {
    if let Some(card) = item
        .strip_prefix(schedule::ITEM_PREFIX)
        .or_else(|| item.contains('/').then_some(item))
    {
        let decks = drill::load(workspace, catalog)?;
        let (deck, _) = card.split_once('/').unwrap_or((card, ""));
        let deck = drill::find(&decks, deck)?;
        return Ok(schedule::item(&drill::find_card(deck, card)?.id));
    }
    let id = item.strip_prefix("pattern:").unwrap_or(item);
    if PATTERN_IDS.contains(&id) {
        return Ok(pattern_item(id));
    }
    if let Ok(problem) = catalog.problem(item) {
        return Ok(problem.slug.clone());
    }
    let items = practice::items(workspace, catalog)?;
    if let Some(found) = items
        .iter()
        .find(|i| i.slug == item || i.number.to_string() == item)
    {
        return Ok(found.slug.clone());
    }
    catalog.problem(item).map(|p| p.slug.clone())
}
