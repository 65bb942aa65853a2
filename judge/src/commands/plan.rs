//! `judge plan`: makes a day-by-day plan (`--days`/`--weeks`, `--hours`, `--days-off`, `--start`,
//! `--track`), shows the one there is, or spreads what is left over the days that remain
//! (`--replan`). The rules are in `crate::practice::plan`.

use std::io::{self, Write};

use colored::Colorize;
use jiff::civil::Date;

use crate::catalog::Catalog;
use crate::cli::{Output, PlanArgs};
use crate::clock;
use crate::exit::{self, Failure, Result};
use crate::practice::plan::{self as rules, Request};
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
    for track in &args.track {
        if track != "problems" {
            return Err(Failure::new(format!("there is no `{track}` track yet"))
                .help("the tracks are: problems (the ML track comes when its drills do)"));
        }
    }
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
        Progress::update(&state, |p| {
            let replanned = rules::replan(&plan, &items, &|slug| solved(p, slug), today);
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
            tracks: if args.track.is_empty() {
                vec!["problems".into()]
            } else {
                args.track.clone()
            },
        };
        let made = Progress::update(&state, |p| {
            // What is solved already needs no day of its own.
            let open: Vec<_> = items
                .iter()
                .filter(|i| !solved(p, &i.slug))
                .cloned()
                .collect();
            let made = rules::make(&open, &request, today);
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
            })).collect::<Vec<_>>(),
        });
        writeln!(out, "{value}")?;
        return Ok(exit::ACCEPTED);
    }
    write_summary(&mut out, &plan, &items, &progress, today)?;
    Ok(exit::ACCEPTED)
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

/// The plan week by week: each week's dates, its patterns and how many problems, done or not.
fn write_summary(
    out: &mut impl Write,
    plan: &Plan,
    items: &[rules::Item],
    progress: &Progress,
    today: Date,
) -> io::Result<()> {
    let planned: Vec<(&Date, &String)> = plan.problems().collect();
    let done = planned.iter().filter(|(_, s)| solved(progress, s)).count();
    writeln!(
        out,
        "{} {} to {} ({} days, {} h a week, {} day{} off a week): {} problems, {} done",
        "Plan".bold(),
        plan.start,
        plan.end(),
        plan.days,
        plan.hours_per_week,
        plan.days_off,
        if plan.days_off == 1 { "" } else { "s" },
        planned.len(),
        done
    )?;
    writeln!(
        out,
        "  about {:.0} min a practice day for new problems, a quarter more kept for reviews",
        rules::daily_minutes(plan.hours_per_week, plan.days_off)
    )?;
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
        let in_week: Vec<&String> = planned
            .iter()
            .filter(|(d, _)| **d >= from && **d <= to)
            .map(|(_, s)| *s)
            .collect();
        if in_week.is_empty() {
            continue;
        }
        let mut patterns: Vec<&str> = Vec::new();
        for slug in &in_week {
            if let Some(item) = items.iter().find(|i| &i.slug == *slug) {
                if !patterns.contains(&item.pattern.as_str()) {
                    patterns.push(&item.pattern);
                }
            }
        }
        let solved_here = in_week.iter().filter(|s| solved(progress, s)).count();
        let marker = if today >= from && today <= to {
            "▶"
        } else {
            " "
        };
        writeln!(
            out,
            "{marker} week {:>2}  {} – {}  {:>2} problems ({} done)  {}",
            week + 1,
            from.strftime("%b %d"),
            to.strftime("%b %d"),
            in_week.len(),
            solved_here,
            patterns.join(", ")
        )?;
    }
    if !plan.left_out.is_empty() {
        writeln!(
            out,
            "{} problems did not fit (Blind 75 kept first); more --hours or --days would fit them",
            plan.left_out.len()
        )?;
    }
    writeln!(
        out,
        "{}",
        "`judge today` shows today's work; `judge next` opens the next problem".dimmed()
    )
}
