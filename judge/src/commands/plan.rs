//! `judge plan`: makes a day-by-day plan (`--days`/`--weeks`, `--hours`, `--days-off`, `--start`,
//! `--track problems`, `--track ml`), shows the one there is, or spreads what is left over the days
//! that remain (`--replan`, which may also change the tracks). The rules are in
//! `crate::practice::plan`.

use std::io::{self, Write};

use colored::Colorize;
use jiff::civil::Date;

use judge_core::suggest::did_you_mean;

use crate::catalog::{Catalog, ML_TRACK};
use crate::cli::{Output, PlanArgs};
use crate::clock;
use crate::drill;
use crate::exit::{self, Failure, Result};
use crate::practice::plan::{self as rules, Item, Request, Work, TRACKS};
use crate::practice::record::Plan;
use crate::practice::{self, solved};
use crate::progress::{self, Progress};
use crate::workspace::Workspace;

const DEFAULT_HOURS: f64 = 7.0;
const DEFAULT_DAYS_OFF: u32 = 1;

pub fn plan(
    workspace: &Workspace,
    catalog: &Catalog,
    args: &PlanArgs,
    output: Output,
) -> Result<u8> {
    let state = progress::path(workspace);
    let today = clock::today()?;
    let items = practice::items(workspace, catalog)?;
    let drills = practice::drills(catalog);
    let asks_for_new = args.days.is_some() || args.weeks.is_some() || args.start.is_some();
    let changes =
        asks_for_new || args.hours.is_some() || args.days_off.is_some() || !args.track.is_empty();
    if let Some(days_off) = args.days_off {
        if days_off > 6 {
            return Err(Failure::new(format!(
                "--days-off {days_off}: a week has 7 days, and one must be for practice"
            )));
        }
    }
    if let Some(hours) = args.hours {
        if !(hours > 0.0 && hours <= 100.0) {
            return Err(Failure::new(format!(
                "--hours {hours}: give the hours a week, between 0 and 100"
            )));
        }
    }
    let tracks = tracks_asked(&args.track)?;
    let current = Progress::load(&state)?.plan;
    let plan = if args.replan {
        let Some(plan) = current else {
            return Err(no_plan());
        };
        let mut plan = plan;
        if let Some(days) = days_asked(args)? {
            plan.days = days;
        }
        plan.hours_per_week = args.hours.unwrap_or(plan.hours_per_week);
        plan.days_off = args.days_off.unwrap_or(plan.days_off);
        if today > plan.end() {
            return Err(Failure::new(format!("the plan ended on {}", plan.end()))
                .help("give it more days (`judge plan --replan --days N`, counted from its start) or make a new one with --force"));
        }
        let tracks = tracks.unwrap_or_else(|| plan.tracks.clone());
        // The cards are read when the plan had the ML track or gets it: a card it planned stays
        // where it was if it was rated.
        let ml_cards = ml_cards(
            workspace,
            catalog,
            &[&tracks[..], &plan.tracks[..]].concat(),
        )?;
        Progress::update(&state, |p| {
            let work = Work {
                problems: items.clone(),
                drills: drills.clone(),
                new_cards: new_cards(&ml_cards, p),
                card_slots: !ml_cards.is_empty() && tracks.iter().any(|t| t == ML_TRACK),
            };
            let replanned = rules::replan(&plan, &work, &tracks, &|slug| solved(p, slug), today);
            p.plan = Some(replanned.clone());
            replanned
        })?
    } else if changes {
        if current.is_some() && !args.force {
            return Err(Failure::new("you have a plan already; it was left as it is")
                .help("`judge plan --replan` spreads what is left over the days that remain; --force makes a new one (your progress and reviews stay)"));
        }
        let start = match &args.start {
            Some(text) => parse_date(text)?,
            None => today,
        };
        let Some(days) = days_asked(args)? else {
            return Err(Failure::new("how long should the plan run?")
                .help("give --days N or --weeks N, e.g. `judge plan --days 133 --hours 7`"));
        };
        let request = Request {
            start,
            days,
            hours_per_week: args.hours.unwrap_or(DEFAULT_HOURS),
            days_off: args.days_off.unwrap_or(DEFAULT_DAYS_OFF),
            tracks: tracks.unwrap_or_else(|| vec![rules::PROBLEMS_TRACK.into()]),
        };
        let ml_cards = ml_cards(workspace, catalog, &request.tracks)?;
        let made = Progress::update(&state, |p| {
            // What is solved already needs no day of its own.
            let open = |items: &[Item], track: &str| -> Vec<Item> {
                if !request.tracks.iter().any(|t| t == track) {
                    return Vec::new();
                }
                items
                    .iter()
                    .filter(|i| !solved(p, &i.slug))
                    .cloned()
                    .collect()
            };
            let work = Work {
                problems: open(&items, rules::PROBLEMS_TRACK),
                drills: open(&drills, ML_TRACK),
                new_cards: new_cards(&ml_cards, p),
                card_slots: !ml_cards.is_empty(),
            };
            let made = rules::make(&work, &request, today);
            p.plan = Some(made.clone());
            made
        })?;
        made
    } else {
        match current {
            Some(plan) => plan,
            None => return Err(no_plan()),
        }
    };
    let progress = Progress::load(&state)?;
    let mut out = io::stdout().lock();
    if output.json {
        let value = serde_json::json!({
            "start": plan.start.to_string(),
            "end": plan.end().to_string(),
            "days": plan.days,
            "hours_per_week": plan.hours_per_week,
            "days_off": plan.days_off,
            "tracks": plan.tracks,
            "left_out": plan.left_out,
            "schedule": plan.schedule.iter().map(|d| serde_json::json!({
                "date": d.date.to_string(),
                "day": clock::days_between(plan.start, d.date) + 1,
                "problems": d.problems.iter().map(|slug| {
                    let item = items.iter().find(|i| &i.slug == slug);
                    serde_json::json!({
                        "slug": slug,
                        "pattern": item.map(|i| i.pattern.as_str()),
                        "difficulty": item.map(|i| i.difficulty.as_str()),
                        "judged": item.is_some_and(|i| i.judged),
                    })
                }).collect::<Vec<_>>(),
                "drills": d.drills.iter().map(|slug| {
                    let item = drills.iter().find(|i| &i.slug == slug);
                    serde_json::json!({
                        "slug": slug,
                        "title": item.map(|i| i.title.as_str()),
                        "difficulty": item.map(|i| i.difficulty.as_str()),
                        "minutes": item.map(Item::minutes),
                        "done": solved(&progress, slug),
                    })
                }).collect::<Vec<_>>(),
                "card": d.card,
            })).collect::<Vec<_>>(),
            "minutes": {
                "per_day": rules::daily_minutes(plan.hours_per_week, plan.days_off),
                "card": if plan.has_track(ML_TRACK) { Some(rules::CARD_MINUTES) } else { None },
            },
        });
        writeln!(out, "{value}")?;
        return Ok(exit::ACCEPTED);
    }
    write_summary(&mut out, &plan, &items, &drills, &progress, today)?;
    Ok(exit::ACCEPTED)
}

/// The tracks asked for with `--track` (each once, in the order given), or `None` when none was;
/// an unknown one is an error with the closest name.
fn tracks_asked(asked: &[String]) -> Result<Option<Vec<String>>> {
    if asked.is_empty() {
        return Ok(None);
    }
    let mut tracks: Vec<String> = Vec::new();
    for track in asked {
        let track = track.trim();
        if !TRACKS.contains(&track) {
            let failure = Failure::new(format!("--track {track}: there is no `{track}` track"));
            let list = format!(
                "the tracks are: {} (the NeetCode 150), {} (the ML coding drills, and an ML card on the other days)",
                TRACKS[0], TRACKS[1]
            );
            return Err(match did_you_mean(track, TRACKS) {
                Some(close) => failure.help(format!("did you mean `{close}`? {list}")),
                None => failure.help(list),
            });
        }
        if !tracks.iter().any(|t| t == track) {
            tracks.push(track.to_string());
        }
    }
    Ok(Some(tracks))
}

/// The ML decks' card ids in the order a plan hands them out, when `tracks` has the ML track
/// (else none: the decks are not read).
fn ml_cards(workspace: &Workspace, catalog: &Catalog, tracks: &[String]) -> Result<Vec<String>> {
    if !tracks.iter().any(|t| t == ML_TRACK) {
        return Ok(Vec::new());
    }
    let decks = drill::load(workspace, catalog)?;
    Ok(drill::schedule::ml_cards(&decks)
        .into_iter()
        .map(|c| c.id.clone())
        .collect())
}

/// Of `cards`, those never rated.
fn new_cards(cards: &[String], progress: &Progress) -> Vec<String> {
    cards
        .iter()
        .filter(|id| {
            let key = drill::schedule::item(id);
            !progress.review.iter().any(|r| r.item == key)
        })
        .cloned()
        .collect()
}

fn no_plan() -> Failure {
    Failure::new("you have no plan yet")
        .help("make one: `judge plan --days 133 --hours 7` (or --weeks, --days-off, --start)")
}

fn days_asked(args: &PlanArgs) -> Result<Option<u32>> {
    let days = match (args.days, args.weeks) {
        (Some(days), _) => Some(days),
        (None, Some(weeks)) => Some(weeks.saturating_mul(7)),
        (None, None) => None,
    };
    if days.is_some_and(|d| d == 0 || d > 3650) {
        return Err(Failure::new("a plan runs from 1 day to 10 years"));
    }
    Ok(days)
}

fn parse_date(text: &str) -> Result<Date> {
    text.trim().parse::<Date>().map_err(|e| {
        Failure::new(format!("--start {text}: not a date ({e})")).help("give it as 2026-03-02")
    })
}

/// The plan week by week: each week's dates, its patterns and how many problems and drills, done
/// or not.
fn write_summary(
    out: &mut impl Write,
    plan: &Plan,
    items: &[Item],
    drills: &[Item],
    progress: &Progress,
    today: Date,
) -> io::Result<()> {
    let planned: Vec<(&Date, &String)> = plan.problems().collect();
    let planned_drills: Vec<(&Date, &String)> = plan.drills().collect();
    let done = planned.iter().filter(|(_, s)| solved(progress, s)).count();
    let ml = plan.has_track(ML_TRACK);
    writeln!(
        out,
        "{} {} to {} ({} days, {} h a week, {} day{} off a week)",
        "Plan".bold(),
        plan.start,
        plan.end(),
        plan.days,
        plan.hours_per_week,
        plan.days_off,
        if plan.days_off == 1 { "" } else { "s" },
    )?;
    if plan.has_track(rules::PROBLEMS_TRACK) || !planned.is_empty() {
        writeln!(out, "  {} problems, {done} done", planned.len())?;
    }
    if ml {
        let drills_done = planned_drills
            .iter()
            .filter(|(_, s)| solved(progress, s))
            .count();
        writeln!(
            out,
            "  {} ML drill{} ({drills_done} done), one on a day; an ML card on each other practice day ({} new ones planned)",
            planned_drills.len(),
            if planned_drills.len() == 1 { "" } else { "s" },
            plan.cards().count()
        )?;
    }
    writeln!(
        out,
        "  about {:.0} min a practice day for new work, a quarter more kept for reviews",
        rules::daily_minutes(plan.hours_per_week, plan.days_off)
    )?;
    if ml {
        writeln!(
            out,
            "  {}",
            format!(
                "a drill costs its minutes as a problem does (Easy 20, Medium 30, Hard 45), a card {}",
                rules::CARD_MINUTES
            )
            .dimmed()
        )?;
    }
    let weeks = plan.days.div_ceil(7);
    for week in 0..weeks {
        let from = plan
            .start
            .checked_add(jiff::Span::new().days(i64::from(week) * 7))
            .unwrap_or(Date::MAX);
        let to = from
            .checked_add(jiff::Span::new().days(6))
            .unwrap_or(Date::MAX)
            .min(plan.end());
        let within = |list: &[(&Date, &String)]| -> Vec<String> {
            list.iter()
                .filter(|(d, _)| **d >= from && **d <= to)
                .map(|(_, s)| (*s).clone())
                .collect()
        };
        let in_week = within(&planned);
        let drills_in_week = within(&planned_drills);
        if in_week.is_empty() && drills_in_week.is_empty() {
            continue;
        }
        let mut patterns: Vec<&str> = Vec::new();
        for slug in &in_week {
            if let Some(item) = items.iter().find(|i| &i.slug == slug) {
                if !patterns.contains(&item.pattern.as_str()) {
                    patterns.push(&item.pattern);
                }
            }
        }
        let solved_here = in_week
            .iter()
            .chain(&drills_in_week)
            .filter(|s| solved(progress, s))
            .count();
        let marker = if today >= from && today <= to {
            "▶"
        } else {
            " "
        };
        let mut counts = Vec::new();
        if plan.has_track(rules::PROBLEMS_TRACK) || !in_week.is_empty() {
            let plural = if in_week.len() == 1 { "" } else { "s" };
            counts.push(format!("{:>2} problem{plural}", in_week.len()));
        }
        match drills_in_week.len() {
            0 => {}
            1 => counts.push("1 drill".to_string()),
            n => counts.push(format!("{n} drills")),
        }
        writeln!(
            out,
            "{}",
            format!(
                "{marker} week {:>2}  {} – {}  {} ({} done)  {}",
                week + 1,
                from.strftime("%b %d"),
                to.strftime("%b %d"),
                counts.join(" + "),
                solved_here,
                patterns.join(", ")
            )
            .trim_end()
        )?;
    }
    if !plan.left_out.is_empty() {
        let left_drills = plan
            .left_out
            .iter()
            .filter(|s| drills.iter().any(|d| &d.slug == *s))
            .count();
        let left_problems = plan.left_out.len() - left_drills;
        let mut parts = Vec::new();
        if left_problems > 0 {
            parts.push(format!("{left_problems} problems"));
        }
        if left_drills > 0 {
            parts.push(format!("{left_drills} drills"));
        }
        writeln!(
            out,
            "{} did not fit (Blind 75 kept first, then the drills); more --hours or --days would fit them",
            parts.join(" and ")
        )?;
    }
    writeln!(
        out,
        "{}",
        "`judge today` shows today's work; `judge next` opens the next problem".dimmed()
    )
}
