//! What `judge stats` draws: a calendar of the days practised, progress per pattern, first-time
//! Accepted against Accepted after failures, hints, and the review forecast. Pure: text from the
//! state, the items and a date, at most 80 columns, readable without color.

use std::fmt::Write;

use colored::Colorize;
use jiff::civil::{Date, Weekday};

use super::plan::Item;
use super::queue;
use super::record::RatedBy;
use super::solved;
use crate::progress::Progress;

/// Weeks the calendar shows.
pub const WEEKS: i64 = 26;
/// Days the forecast covers.
pub const FORECAST_DAYS: usize = 14;

fn cell(runs: u32) -> &'static str {
    match runs {
        0 => "·",
        1..=2 => "░",
        3..=5 => "▒",
        6..=9 => "▓",
        _ => "█",
    }
}

/// The calendar: a row per weekday, a column per week, the last column this week.
pub fn heatmap(progress: &Progress, today: Date) -> String {
    let monday = today
        .checked_sub(jiff::Span::new().days(i64::from(today.weekday().to_monday_zero_offset())))
        .unwrap_or(today);
    let first = monday
        .checked_sub(jiff::Span::new().weeks(WEEKS - 1))
        .unwrap_or(monday);
    let mut text = String::new();
    // Month names above the week in which each month starts.
    let mut header = String::from("     ");
    let mut last_month = 0;
    let mut week = 0;
    while week < WEEKS {
        let date = first
            .checked_add(jiff::Span::new().weeks(week))
            .unwrap_or(first);
        if date.month() != last_month && header.chars().count() <= 5 + 2 * week as usize {
            last_month = date.month();
            let name = date.strftime("%b").to_string();
            while header.chars().count() < 5 + 2 * week as usize {
                header.push(' ');
            }
            header.push_str(&name);
            week += 2;
            continue;
        }
        week += 1;
    }
    let _ = writeln!(text, "{}", header.trim_end());
    for (row, day) in [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ]
    .into_iter()
    .enumerate()
    {
        let label = if row % 2 == 0 {
            format!("{:<4}", &format!("{day:?}")[..3])
        } else {
            "    ".into()
        };
        let mut line = format!("{label} ");
        for week in 0..WEEKS {
            let date = first
                .checked_add(jiff::Span::new().weeks(week).days(row as i64))
                .unwrap_or(first);
            if date > today {
                break;
            }
            let runs = progress.days.get(&date).copied().unwrap_or(0);
            let mark = cell(runs);
            let mark = if runs > 0 {
                mark.green().to_string()
            } else {
                mark.dimmed().to_string()
            };
            line.push_str(&mark);
            line.push(' ');
        }
        let _ = writeln!(text, "{}", line.trim_end());
    }
    let practised = progress
        .days
        .iter()
        .filter(|(d, n)| **d >= first && **n > 0)
        .count();
    let _ = writeln!(
        text,
        "     {practised} days practised in {WEEKS} weeks (runs a day: · 0  ░ 1-2  ▒ 3-5  ▓ 6-9  █ 10+)"
    );
    text
}

/// Solved out of the catalogue's problems, per pattern, in roadmap order.
pub fn patterns(progress: &Progress, items: &[Item], name: &dyn Fn(&str) -> String) -> String {
    let mut text = String::new();
    let mut ids: Vec<&str> = Vec::new();
    for item in items {
        if !ids.contains(&item.pattern.as_str()) {
            ids.push(&item.pattern);
        }
    }
    for id in ids {
        let of: Vec<&Item> = items.iter().filter(|i| i.pattern == id).collect();
        let done = of.iter().filter(|i| solved(progress, &i.slug)).count();
        const WIDTH: usize = 20;
        let filled = done * WIDTH / of.len().max(1);
        let bar = format!(
            "{}{}",
            "█".repeat(filled).green(),
            "·".repeat(WIDTH - filled).dimmed()
        );
        let mut label = name(id);
        label.truncate(24);
        let _ = writeln!(text, "  {label:<24} {bar} {done:>2}/{}", of.len());
    }
    text
}

/// First-time Accepted, Accepted after failures, hints.
pub fn solving(progress: &Progress) -> String {
    let firsts: Vec<_> = progress
        .review
        .iter()
        .filter(|r| r.kind == "new" && (r.by == RatedBy::Judge || r.judged.is_some()))
        .collect();
    let clean = firsts
        .iter()
        .filter(|r| r.failed_runs == 0 && r.hints == 0)
        .count();
    let after_failures = firsts.iter().filter(|r| r.failed_runs > 0).count();
    let hints: u32 = progress.problem.values().map(|p| p.hints).sum();
    let with_hints = progress.problem.values().filter(|p| p.hints > 0).count();
    let mut ratings = [0usize; 4];
    for entry in &progress.review {
        ratings[entry.rating as usize - 1] += 1;
    }
    let mut text = String::new();
    let _ = writeln!(
        text,
        "  solved first time (no failed run, no hint): {clean}; after failed runs: {after_failures}"
    );
    let _ = writeln!(text, "  hints taken: {hints}, on {with_hints} problems");
    let _ = writeln!(
        text,
        "  ratings: again {}, hard {}, good {}, easy {}",
        ratings[0], ratings[1], ratings[2], ratings[3]
    );
    text
}

/// Reviews falling due in each of the next days.
pub fn forecast(progress: &Progress, today: Date) -> String {
    let counts = queue::forecast(&progress.review, today, FORECAST_DAYS);
    let mut text = String::new();
    let top = counts.iter().copied().max().unwrap_or(0).max(1);
    for (offset, count) in counts.iter().enumerate() {
        let date = today
            .checked_add(jiff::Span::new().days(offset as i64))
            .unwrap_or(today);
        let label = if offset == 0 {
            "today (and late)".to_string()
        } else {
            date.strftime("%a %b %d").to_string()
        };
        let bar = "█".repeat(count * 40 / top);
        let _ = writeln!(text, "  {label:<16} {:<40} {count}", bar.cyan());
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_calendar_fits_80_columns_and_marks_practised_days() {
        colored::control::set_override(false);
        let mut progress = Progress::default();
        let today = Date::constant(2026, 3, 4);
        progress.days.insert(today, 4);
        progress.days.insert(Date::constant(2026, 3, 2), 12);
        let text = heatmap(&progress, today);
        assert!(text.lines().all(|l| l.chars().count() <= 80), "{text}");
        let monday = text.lines().find(|l| l.starts_with("Mon")).unwrap();
        assert!(monday.ends_with('█'), "{text}");
        let wednesday = text.lines().find(|l| l.starts_with("Wed")).unwrap();
        assert!(wednesday.ends_with('▒'), "{text}");
        assert!(text.contains("2 days practised"), "{text}");
    }
}
