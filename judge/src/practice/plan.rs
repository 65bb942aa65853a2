//! Making and remaking a day-by-day plan. Pure: a function of the items (in roadmap order), the
//! learner's request and, for a replan, what is solved and today's date.
//!
//! - Order: the NeetCode roadmap (the catalogue's pattern order, then its order within a pattern).
//! - Cost of a new problem: Easy 20, Medium 30, Hard 45 minutes, plus 15 for the pattern's page the
//!   first time a pattern comes up.
//! - Time: `hours_per_week` over the week's practice days, a quarter of it kept for reviews.
//! - When the time is short, Blind 75 members are chosen first (then the others, in roadmap
//!   order, while they fit); the chosen ones keep roadmap order, and the rest are `left_out`.
//! - Problems are spread evenly over the practice days (never front-loaded), each day getting at
//!   least one problem only where there is work to give.

use jiff::civil::Date;

use super::rating::budget_minutes;
use super::record::{Plan, PlanDay};

/// Minutes for a pattern's page, the first time the pattern comes up.
pub const PATTERN_PAGE_MINUTES: u32 = 15;
/// The part of each day's time kept for reviews.
pub const REVIEW_RESERVE: f64 = 0.25;

/// One problem a plan can hold.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub slug: String,
    pub title: String,
    pub number: u32,
    pub difficulty: String,
    /// The pattern id (`sliding-window`).
    pub pattern: String,
    pub blind75: bool,
    /// Whether this judge has the problem's data (else it is solved on LeetCode and rated).
    pub judged: bool,
}

/// What the learner asked for.
#[derive(Clone, Debug, PartialEq)]
pub struct Request {
    pub start: Date,
    pub days: u32,
    pub hours_per_week: f64,
    pub days_off: u32,
    pub tracks: Vec<String>,
}

/// The minutes a plan gives a study day for new problems.
pub fn daily_minutes(hours_per_week: f64, days_off: u32) -> f64 {
    let study_days = 7 - days_off.min(6);
    hours_per_week * 60.0 / f64::from(study_days) * (1.0 - REVIEW_RESERVE)
}

/// The practice days (not days off) of a plan from `from` to its end.
fn study_days(start: Date, days: u32, days_off: u32, from: Date) -> Vec<Date> {
    let plan = Plan {
        start,
        days,
        hours_per_week: 0.0,
        days_off,
        tracks: Vec::new(),
        made: start,
        left_out: Vec::new(),
        schedule: Vec::new(),
    };
    (0..i64::from(days))
        .filter_map(|i| start.checked_add(jiff::Span::new().days(i)).ok())
        .filter(|d| *d >= from && !plan.is_day_off(*d))
        .collect()
}

/// Each item's cost in minutes, the pattern's page counted on the first item of a pattern not in
/// `seen`.
fn costs<'a>(items: &[&'a Item], seen: &[&str]) -> Vec<(&'a Item, u32)> {
    let mut patterns: Vec<&str> = seen.to_vec();
    items
        .iter()
        .map(|item| {
            let mut cost = budget_minutes(&item.difficulty);
            if !patterns.contains(&item.pattern.as_str()) {
                patterns.push(&item.pattern);
                cost += PATTERN_PAGE_MINUTES;
            }
            (*item, cost)
        })
        .collect()
}

/// Spreads `items` (with their costs) over `days`, each day's share proportional to the time the
/// plan gives it, so that the work ends on the last day and no day takes much more than its share.
fn spread(items: &[(&Item, u32)], days: &[Date]) -> Vec<PlanDay> {
    let mut schedule: Vec<PlanDay> = Vec::new();
    if days.is_empty() {
        return schedule;
    }
    let total: u32 = items.iter().map(|(_, c)| c).sum();
    let per_day = f64::from(total) / days.len() as f64;
    let mut done = 0.0;
    for (item, cost) in items {
        let middle = done + f64::from(*cost) / 2.0;
        done += f64::from(*cost);
        let index = ((middle / per_day).floor() as usize).min(days.len() - 1);
        let date = days[index];
        match schedule.last_mut() {
            Some(day) if day.date == date => day.problems.push(item.slug.clone()),
            _ => schedule.push(PlanDay {
                date,
                problems: vec![item.slug.clone()],
            }),
        }
    }
    schedule
}

/// A new plan over `items` (in roadmap order), made on `today`.
pub fn make(items: &[Item], request: &Request, today: Date) -> Plan {
    let days = study_days(request.start, request.days, request.days_off, request.start);
    let capacity = daily_minutes(request.hours_per_week, request.days_off) * days.len() as f64;
    let all: Vec<&Item> = items.iter().collect();
    let needed: u32 = costs(&all, &[]).iter().map(|(_, c)| c).sum();
    let chosen: Vec<&Item> = if f64::from(needed) <= capacity {
        all
    } else {
        // Blind 75 first, then the rest, each group in roadmap order, while they fit.
        let priority = items
            .iter()
            .filter(|i| i.blind75)
            .chain(items.iter().filter(|i| !i.blind75));
        let mut chosen: Vec<&Item> = Vec::new();
        for item in priority {
            let mut trial = chosen.clone();
            trial.push(item);
            trial.sort_by_key(|i| position(items, i));
            let cost: u32 = costs(&trial, &[]).iter().map(|(_, c)| c).sum();
            if f64::from(cost) <= capacity {
                chosen = trial;
            }
        }
        chosen
    };
    let left_out = items
        .iter()
        .filter(|i| !chosen.iter().any(|c| c.slug == i.slug))
        .map(|i| i.slug.clone())
        .collect();
    Plan {
        start: request.start,
        days: request.days,
        hours_per_week: request.hours_per_week,
        days_off: request.days_off,
        tracks: request.tracks.clone(),
        made: today,
        left_out,
        schedule: spread(&costs(&chosen, &[]), &days),
    }
}

fn position(items: &[Item], item: &Item) -> usize {
    items
        .iter()
        .position(|i| i.slug == item.slug)
        .unwrap_or(usize::MAX)
}

/// The plan remade on `today`: solved problems stay on the days they were planned for; every planned
/// problem not yet solved is spread over the practice days from today to the end (however full
/// they get: a replan never drops a problem). `items` gives difficulty and pattern.
pub fn replan(plan: &Plan, items: &[Item], solved: &dyn Fn(&str) -> bool, today: Date) -> Plan {
    let mut past: Vec<PlanDay> = Vec::new();
    let mut remaining: Vec<&Item> = Vec::new();
    let mut seen_patterns: Vec<&str> = Vec::new();
    for day in &plan.schedule {
        let mut kept = Vec::new();
        for slug in &day.problems {
            let item = items.iter().find(|i| &i.slug == slug);
            match item {
                Some(item) if !solved(slug) => remaining.push(item),
                _ => {
                    // Solved (where it was planned), or no longer in the catalogue.
                    if let Some(item) = item {
                        seen_patterns.push(&item.pattern);
                    }
                    kept.push(slug.clone());
                }
            }
        }
        if !kept.is_empty() {
            past.push(PlanDay {
                date: day.date,
                problems: kept,
            });
        }
    }
    let days = study_days(plan.start, plan.days, plan.days_off, today);
    let mut schedule = past;
    let days = if days.is_empty() { vec![today] } else { days };
    schedule.extend(spread(&costs(&remaining, &seen_patterns), &days));
    Plan {
        made: today,
        schedule,
        ..plan.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items() -> Vec<Item> {
        let patterns = ["arrays-hashing", "two-pointers", "sliding-window"];
        (0..30)
            .map(|i| Item {
                slug: format!("p{i:02}"),
                title: format!("P{i}"),
                number: i,
                difficulty: ["Easy", "Medium", "Hard"][i as usize % 3].to_string(),
                pattern: patterns[i as usize / 10].to_string(),
                blind75: i % 2 == 0,
                judged: true,
            })
            .collect()
    }

    fn request(days: u32, hours: f64) -> Request {
        Request {
            start: Date::constant(2026, 3, 2),
            days,
            hours_per_week: hours,
            days_off: 1,
            tracks: vec!["problems".into()],
        }
    }

    #[test]
    fn everything_fits_in_roadmap_order_on_practice_days() {
        let plan = make(&items(), &request(28, 10.0), Date::constant(2026, 3, 1));
        let order: Vec<&String> = plan.problems().map(|(_, s)| s).collect();
        let expected: Vec<String> = items().into_iter().map(|i| i.slug).collect();
        assert_eq!(order, expected.iter().collect::<Vec<_>>());
        assert!(plan.left_out.is_empty());
        assert!(plan.schedule.iter().all(|d| !plan.is_day_off(d.date)));
        assert_eq!(plan.end(), Date::constant(2026, 3, 29));
        assert!(plan.schedule.last().unwrap().date <= plan.end());
        // Spread over the whole plan, not crammed into its first week.
        assert!(plan.schedule.last().unwrap().date >= Date::constant(2026, 3, 26));
    }

    #[test]
    fn when_time_is_short_blind_75_comes_first() {
        let plan = make(&items(), &request(7, 3.0), Date::constant(2026, 3, 1));
        assert!(!plan.left_out.is_empty());
        let planned: Vec<&String> = plan.problems().map(|(_, s)| s).collect();
        assert!(
            planned
                .iter()
                .all(|s| s[1..].parse::<u32>().unwrap() % 2 == 0),
            "{planned:?}"
        );
    }

    #[test]
    fn a_replan_keeps_every_unsolved_problem_after_today() {
        let items = items();
        let plan = make(&items, &request(28, 10.0), Date::constant(2026, 3, 1));
        let solved = |s: &str| s == "p00" || s == "p01";
        let today = Date::constant(2026, 3, 16);
        let again = replan(&plan, &items, &solved, today);
        for item in &items {
            let days: Vec<&Date> = again
                .problems()
                .filter(|(_, s)| **s == item.slug)
                .map(|(d, _)| d)
                .collect();
            assert_eq!(days.len(), 1, "{} once: {days:?}", item.slug);
            if !solved(&item.slug) {
                assert!(*days[0] >= today, "{} moved to today or later", item.slug);
            }
        }
    }
}
