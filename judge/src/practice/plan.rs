//! Making and remaking a day-by-day plan. Pure: a function of the work (in its order), the
//! learner's request and, for a replan, what is solved and today's date.
//!
//! - Tracks: `problems` (the NeetCode 150) and `ml` (the ML coding drills, and one ML deck card on
//!   each practice day without a drill).
//! - Order: the NeetCode roadmap (the catalogue's pattern order, then its order within a pattern);
//!   the drills in the `ml` page's order; the cards in the order the caller gives.
//! - Cost of a new problem or drill: Easy 20, Medium 30, Hard 45 minutes, plus 15 for the
//!   pattern's page the first time a pattern comes up (the `ml` page before the first drill); a
//!   card's slot 3 minutes, on every practice day without a drill.
//! - Time: `hours_per_week` over the week's practice days, a quarter of it kept for reviews.
//! - When the time is short, Blind 75 members are chosen first, then the drills, then the other
//!   problems, each in its order, while they fit; the card slots are always paid for; the chosen
//!   ones keep their order, and the rest are `left_out`.
//! - At most one drill a day, the drills spread evenly (each in the middle of its share of the
//!   days); new cards on the first practice days without a drill, one a day (the later days'
//!   slots take the cards due then).
//! - Problems are spread over the practice days in proportion to the time each day has left after
//!   its drill or card (never front-loaded), so that the work ends on the last day.

use std::collections::BTreeMap;

use jiff::civil::Date;

use super::rating::budget_minutes;
use super::record::{Plan, PlanDay};
use crate::catalog::ML_TRACK;

/// Minutes for a pattern's page, the first time the pattern comes up.
pub const PATTERN_PAGE_MINUTES: u32 = 15;
/// Minutes for a question card (reading it, answering, ticking its key points).
pub const CARD_MINUTES: u32 = 3;
/// The part of each day's time kept for reviews.
pub const REVIEW_RESERVE: f64 = 0.25;
/// The NeetCode 150 track.
pub const PROBLEMS_TRACK: &str = "problems";
/// Every track a plan can cover.
pub const TRACKS: [&str; 2] = [PROBLEMS_TRACK, ML_TRACK];

/// One problem or drill a plan can hold.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub slug: String,
    pub title: String,
    /// LeetCode's number; 0 for a drill.
    pub number: u32,
    pub difficulty: String,
    /// The pattern id (`sliding-window`), `ml` for a drill.
    pub pattern: String,
    pub blind75: bool,
    /// Whether this judge has the problem's data (else it is solved on LeetCode and rated).
    pub judged: bool,
}

impl Item {
    /// An ML drill (the `ml` track), not a NeetCode problem.
    pub fn is_drill(&self) -> bool {
        self.pattern == ML_TRACK
    }

    /// Minutes a first solve gets in the plan (without the pattern's page).
    pub fn minutes(&self) -> u32 {
        budget_minutes(&self.difficulty)
    }
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

/// The work a plan is made of, each list in its order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Work {
    /// Problems (roadmap order).
    pub problems: Vec<Item>,
    /// ML drills (the `ml` page's order).
    pub drills: Vec<Item>,
    /// ML deck cards never rated (their ids), in the order to learn them.
    pub new_cards: Vec<String>,
    /// Whether each practice day without a drill has a card's slot (the `ml` track, with ML
    /// cards to drill).
    pub card_slots: bool,
}

/// The minutes a plan gives a study day for new problems, drills and cards.
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
            let mut cost = item.minutes();
            if !patterns.contains(&item.pattern.as_str()) {
                patterns.push(&item.pattern);
                cost += PATTERN_PAGE_MINUTES;
            }
            (*item, cost)
        })
        .collect()
}

fn total(costs: &[(&Item, u32)]) -> u32 {
    costs.iter().map(|(_, c)| c).sum()
}

/// The minutes of the card slots over `days` practice days of which `drills` have a drill.
fn slot_minutes(card_slots: bool, days: usize, drills: usize) -> u32 {
    if card_slots {
        CARD_MINUTES * days.saturating_sub(drills) as u32
    } else {
        0
    }
}

/// Spreads `items` (with their costs) over `days`, each day's share proportional to its `room`
/// (the minutes it has for them), so that the work ends on the last day and no day takes much
/// more than its share. Equal rooms when none has any.
fn spread(items: &[(&Item, u32)], days: &[Date], room: &[f64]) -> Vec<(Date, String)> {
    if days.is_empty() {
        return Vec::new();
    }
    let all: f64 = room.iter().sum();
    let room: Vec<f64> = if all > 0.0 {
        room.to_vec()
    } else {
        vec![1.0; days.len()]
    };
    let all: f64 = room.iter().sum();
    let work = f64::from(total(items));
    // The work done by the end of each day.
    let mut ends = Vec::with_capacity(days.len());
    let mut so_far = 0.0;
    for r in &room {
        so_far += r;
        ends.push(work * so_far / all);
    }
    let mut placed = Vec::new();
    let mut done = 0.0;
    for (item, cost) in items {
        let middle = done + f64::from(*cost) / 2.0;
        done += f64::from(*cost);
        let index = ends
            .iter()
            .position(|end| middle < *end)
            .unwrap_or(days.len() - 1);
        placed.push((days[index], item.slug.clone()));
    }
    placed
}

/// `drills` over `days`, evenly, each in the middle of its share of the days (so the first is not
/// piled on the first day with its page): one a day while there are days enough.
fn spread_drills<'a>(drills: &[&'a Item], days: &[Date]) -> Vec<(Date, &'a Item)> {
    if days.is_empty() {
        return Vec::new();
    }
    let n = drills.len();
    drills
        .iter()
        .enumerate()
        .map(|(k, drill)| (days[(2 * k + 1) * days.len() / (2 * n)], *drill))
        .collect()
}

/// Lays out the work on `days`: the drills, the new cards on the first days without a drill (nor a
/// card already: `carded`), and the problems in the time each day has left after its drill or
/// card.
fn lay_out(
    problems: &[(&Item, u32)],
    drills: &[(&Item, u32)],
    (new_cards, card_slots): (&[String], bool),
    days: &[Date],
    carded: &[Date],
    daily: f64,
) -> Vec<PlanDay> {
    let only: Vec<&Item> = drills.iter().map(|(d, _)| *d).collect();
    let placed_drills = spread_drills(&only, days);
    let cost_of = |slug: &str| {
        drills
            .iter()
            .find(|(d, _)| d.slug == slug)
            .map_or(0, |(_, c)| *c)
    };
    let mut ml_minutes: BTreeMap<Date, u32> = BTreeMap::new();
    for (date, drill) in &placed_drills {
        *ml_minutes.entry(*date).or_default() += cost_of(&drill.slug);
    }
    let free: Vec<Date> = days
        .iter()
        .filter(|d| !ml_minutes.contains_key(d))
        .copied()
        .collect();
    if card_slots {
        for date in &free {
            ml_minutes.insert(*date, CARD_MINUTES);
        }
    }
    let room: Vec<f64> = days
        .iter()
        .map(|d| (daily - f64::from(ml_minutes.get(d).copied().unwrap_or(0))).max(0.0))
        .collect();
    let mut schedule = Vec::new();
    for (date, slug) in spread(problems, days, &room) {
        day_of(&mut schedule, date).problems.push(slug);
    }
    for (date, drill) in placed_drills {
        day_of(&mut schedule, date).drills.push(drill.slug.clone());
    }
    if card_slots {
        let open = free.iter().filter(|d| !carded.contains(d));
        for (date, card) in open.zip(new_cards) {
            day_of(&mut schedule, *date).card = Some(card.clone());
        }
    }
    schedule
}

/// The day `date` of `schedule`, added (in date order) if it is not there.
fn day_of(schedule: &mut Vec<PlanDay>, date: Date) -> &mut PlanDay {
    let at = match schedule.binary_search_by_key(&date, |d| d.date) {
        Ok(at) => at,
        Err(at) => {
            schedule.insert(
                at,
                PlanDay {
                    date,
                    ..PlanDay::default()
                },
            );
            at
        }
    };
    &mut schedule[at]
}

/// What of `problems` and `drills` (each in its order) fits in `capacity` minutes over `days`
/// practice days beside `kept` (problems and drills planned already, which stay whatever they
/// cost; the `seen` patterns need no page): all of it when it fits, else the Blind 75 problems
/// first, then the drills, then the other problems, each in its order, while they fit. One drill
/// a day at most. Returns the problems and the drills chosen, `kept` first.
fn choose<'a>(
    kept: (&[&'a Item], &[&'a Item]),
    (problems, drills): (&[&'a Item], &[&'a Item]),
    card_slots: bool,
    (days, capacity): (usize, f64),
    seen: &[&str],
) -> (Vec<&'a Item>, Vec<&'a Item>) {
    let with = |kept: &[&'a Item], more: &[&'a Item]| -> Vec<&'a Item> {
        kept.iter().chain(more).copied().collect()
    };
    let needed = |problems: &[&'a Item], drills: &[&'a Item]| {
        total(&costs(&with(kept.0, problems), seen))
            + total(&costs(&with(kept.1, drills), seen))
            + slot_minutes(card_slots, days, kept.1.len() + drills.len())
    };
    let drills: Vec<&Item> = drills
        .iter()
        .take(days.saturating_sub(kept.1.len()))
        .copied()
        .collect();
    if f64::from(needed(problems, &drills)) <= capacity {
        return (with(kept.0, problems), with(kept.1, &drills));
    }
    let priority = problems
        .iter()
        .filter(|i| i.blind75)
        .chain(&drills)
        .chain(problems.iter().filter(|i| !i.blind75));
    let mut chosen: Vec<&Item> = Vec::new();
    let mut chosen_drills: Vec<&Item> = Vec::new();
    for item in priority {
        let (mut trial, mut trial_drills) = (chosen.clone(), chosen_drills.clone());
        if item.is_drill() {
            trial_drills.push(item);
        } else {
            trial.push(item);
            trial.sort_by_key(|i| problems.iter().position(|p| p.slug == i.slug));
        }
        if f64::from(needed(&trial, &trial_drills)) <= capacity {
            (chosen, chosen_drills) = (trial, trial_drills);
        }
    }
    (with(kept.0, &chosen), with(kept.1, &chosen_drills))
}

/// A new plan over `work`, made on `today`.
pub fn make(work: &Work, request: &Request, today: Date) -> Plan {
    let days = study_days(request.start, request.days, request.days_off, request.start);
    let daily = daily_minutes(request.hours_per_week, request.days_off);
    let capacity = daily * days.len() as f64;
    let all: Vec<&Item> = work.problems.iter().collect();
    let all_drills: Vec<&Item> = work.drills.iter().collect();
    let (problems, drills) = choose(
        (&[], &[]),
        (&all, &all_drills),
        work.card_slots,
        (days.len(), capacity),
        &[],
    );
    let left_out = work
        .problems
        .iter()
        .chain(&work.drills)
        .filter(|i| !problems.iter().chain(&drills).any(|c| c.slug == i.slug))
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
        schedule: lay_out(
            &costs(&problems, &[]),
            &costs(&drills, &[]),
            (&work.new_cards, work.card_slots),
            &days,
            &[],
            daily,
        ),
    }
}

/// The plan remade on `today` over `tracks` (its own, or the ones now asked for): solved problems
/// and drills, and rated cards, stay on the days they were planned for; every planned problem and
/// drill not yet solved is spread over the practice days from today to the end (however full they
/// get: a replan never drops one), with what `work` holds of a track the plan did not cover
/// before, and the cards of `work.new_cards` (those never rated) on the days without a drill. A
/// track no longer asked for loses what it had not done. `work` also gives each slug's
/// difficulty and pattern.
pub fn replan(
    plan: &Plan,
    work: &Work,
    tracks: &[String],
    solved: &dyn Fn(&str) -> bool,
    today: Date,
) -> Plan {
    let keeps = |track: &str| tracks.iter().any(|t| t == track);
    let find = |slug: &str| {
        work.problems
            .iter()
            .chain(&work.drills)
            .find(|i| i.slug == slug)
    };
    let mut past: Vec<PlanDay> = Vec::new();
    let mut problems: Vec<&Item> = Vec::new();
    let mut drills: Vec<&Item> = Vec::new();
    let mut seen_patterns: Vec<&str> = Vec::new();
    let mut planned: Vec<&str> = Vec::new();
    for day in &plan.schedule {
        let mut kept = PlanDay {
            date: day.date,
            ..PlanDay::default()
        };
        for slug in day.problems.iter().chain(&day.drills) {
            planned.push(slug);
            let item = find(slug);
            match item {
                Some(item) if !solved(slug) => {
                    let track = if item.is_drill() {
                        ML_TRACK
                    } else {
                        PROBLEMS_TRACK
                    };
                    if !keeps(track) {
                        continue;
                    }
                    if item.is_drill() {
                        drills.push(item);
                    } else {
                        problems.push(item);
                    }
                }
                _ => {
                    // Solved (where it was planned), or no longer in the catalogue.
                    if let Some(item) = item {
                        seen_patterns.push(&item.pattern);
                    }
                    if day.drills.contains(slug) {
                        kept.drills.push(slug.clone());
                    } else {
                        kept.problems.push(slug.clone());
                    }
                }
            }
        }
        // A card never rated is laid out again with the other new cards.
        kept.card = day.card.clone().filter(|c| !work.new_cards.contains(c));
        if !kept.problems.is_empty() || !kept.drills.is_empty() || kept.card.is_some() {
            past.push(kept);
        }
    }
    let days = study_days(plan.start, plan.days, plan.days_off, today);
    let days = if days.is_empty() { vec![today] } else { days };
    let daily = daily_minutes(plan.hours_per_week, plan.days_off);
    let ml = keeps(ML_TRACK);
    // A track the plan did not cover before brings what it has not done, as much as fits in the
    // time left beside what stays planned (chosen as a new plan chooses).
    let fresh = |item: &&Item| !solved(&item.slug) && !planned.contains(&item.slug.as_str());
    let added_problems: Vec<&Item> = if !plan.has_track(PROBLEMS_TRACK) && keeps(PROBLEMS_TRACK) {
        work.problems.iter().filter(fresh).collect()
    } else {
        Vec::new()
    };
    let added_drills: Vec<&Item> = if !plan.has_track(ML_TRACK) && ml {
        work.drills.iter().filter(fresh).collect()
    } else {
        Vec::new()
    };
    let (problems, drills) = choose(
        (&problems, &drills),
        (&added_problems, &added_drills),
        ml && work.card_slots,
        (days.len(), daily * days.len() as f64),
        &seen_patterns,
    );
    let not_chosen: Vec<String> = added_problems
        .iter()
        .chain(&added_drills)
        .filter(|i| !problems.iter().chain(&drills).any(|c| c.slug == i.slug))
        .map(|i| i.slug.clone())
        .collect();
    // Days that kept a drill or a card take no new card.
    let carded: Vec<Date> = past
        .iter()
        .filter(|d| d.card.is_some() || !d.drills.is_empty())
        .map(|d| d.date)
        .collect();
    let future = lay_out(
        &costs(&problems, &seen_patterns),
        &costs(&drills, &seen_patterns),
        (&work.new_cards, ml && work.card_slots),
        &days,
        &carded,
        daily,
    );
    let mut schedule = past;
    for day in future {
        let merged = day_of(&mut schedule, day.date);
        merged.problems.extend(day.problems);
        merged.drills.extend(day.drills);
        if day.card.is_some() {
            merged.card = day.card;
        }
    }
    let left_out = plan
        .left_out
        .iter()
        .chain(&not_chosen)
        .filter(|slug| {
            let track = match find(slug) {
                Some(item) if item.is_drill() => ML_TRACK,
                _ => PROBLEMS_TRACK,
            };
            keeps(track)
                && !schedule
                    .iter()
                    .any(|d| d.problems.contains(slug) || d.drills.contains(slug))
        })
        .cloned()
        .collect();
    Plan {
        made: today,
        tracks: tracks.to_vec(),
        left_out,
        schedule,
        ..plan.clone()
    }
}

/// Why [`next`] chose what it chose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    /// A problem planned for today or a day before.
    Problem,
    /// The day's problems are done: the drill planned for today (or a day before).
    Drill,
    /// Everything up to today is done: the next problem, ahead of the plan.
    AheadProblem,
    /// Every planned problem is done: the next drill, ahead of the plan.
    AheadDrill,
}

/// What `judge next` opens: the first planned problem up to today not yet solved; else the first
/// drill up to today not yet solved; else, ahead of the plan, the first problem, then the first
/// drill, not yet solved.
pub fn next(plan: &Plan, solved: &dyn Fn(&str) -> bool, today: Date) -> Option<(String, Reason)> {
    let open = |(date, slug): (&Date, &String)| (!solved(slug)).then_some((*date, slug.clone()));
    let problem = plan.problems().find_map(open);
    let drill = plan.drills().find_map(open);
    match (problem, drill) {
        (Some((date, slug)), _) if date <= today => Some((slug, Reason::Problem)),
        (_, Some((date, slug))) if date <= today => Some((slug, Reason::Drill)),
        (Some((_, slug)), _) => Some((slug, Reason::AheadProblem)),
        (None, Some((_, slug))) => Some((slug, Reason::AheadDrill)),
        (None, None) => None,
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

    fn drills(n: usize) -> Vec<Item> {
        (0..n)
            .map(|i| Item {
                slug: format!("d{i}"),
                title: format!("D{i}"),
                number: 0,
                difficulty: "Medium".into(),
                pattern: ML_TRACK.into(),
                blind75: false,
                judged: true,
            })
            .collect()
    }

    fn problems_only() -> Work {
        Work {
            problems: items(),
            ..Work::default()
        }
    }

    fn with_ml(drill_count: usize, cards: usize) -> Work {
        Work {
            problems: items(),
            drills: drills(drill_count),
            new_cards: (0..cards).map(|i| format!("ml-concepts/c{i:02}")).collect(),
            card_slots: cards > 0,
        }
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

    /// The minutes planned on each day: problems and drills by difficulty (pages included), a
    /// card's slot on each practice day without a drill.
    fn minutes_per_day(plan: &Plan, work: &Work, slots: bool) -> BTreeMap<Date, u32> {
        let all: Vec<&Item> = work.problems.iter().chain(&work.drills).collect();
        let mut seen: Vec<&str> = Vec::new();
        let mut minutes = BTreeMap::new();
        for day in &plan.schedule {
            let mut m = 0;
            for slug in day.problems.iter().chain(&day.drills) {
                let item = all.iter().find(|i| &i.slug == slug).unwrap();
                m += item.minutes();
                if !seen.contains(&item.pattern.as_str()) {
                    seen.push(&item.pattern);
                    m += PATTERN_PAGE_MINUTES;
                }
            }
            minutes.insert(day.date, m);
        }
        if slots {
            for date in study_days(plan.start, plan.days, plan.days_off, plan.start) {
                if plan.day(date).is_none_or(|d| d.drills.is_empty()) {
                    *minutes.entry(date).or_default() += CARD_MINUTES;
                }
            }
        }
        minutes
    }

    #[test]
    fn everything_fits_in_roadmap_order_on_practice_days() {
        let plan = make(
            &problems_only(),
            &request(28, 10.0),
            Date::constant(2026, 3, 1),
        );
        let order: Vec<&String> = plan.problems().map(|(_, s)| s).collect();
        let expected: Vec<String> = items().into_iter().map(|i| i.slug).collect();
        assert_eq!(order, expected.iter().collect::<Vec<_>>());
        assert!(plan.left_out.is_empty());
        assert!(plan.schedule.iter().all(|d| !plan.is_day_off(d.date)));
        assert!(plan
            .schedule
            .iter()
            .all(|d| d.drills.is_empty() && d.card.is_none()));
        assert_eq!(plan.end(), Date::constant(2026, 3, 29));
        assert!(plan.schedule.last().unwrap().date <= plan.end());
        // Spread over the whole plan, not crammed into its first week.
        assert!(plan.schedule.last().unwrap().date >= Date::constant(2026, 3, 26));
    }

    #[test]
    fn when_time_is_short_blind_75_comes_first() {
        let plan = make(
            &problems_only(),
            &request(7, 3.0),
            Date::constant(2026, 3, 1),
        );
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
    fn drills_take_one_day_each_and_cards_the_first_days_without_one() {
        let work = with_ml(4, 5);
        let plan = make(&work, &request(28, 10.0), Date::constant(2026, 3, 1));
        assert!(plan.left_out.is_empty(), "{:?}", plan.left_out);
        let drills: Vec<(&Date, &String)> = plan.drills().collect();
        let slugs: Vec<&str> = drills.iter().map(|(_, s)| s.as_str()).collect();
        assert_eq!(slugs, ["d0", "d1", "d2", "d3"], "the page's order");
        assert_eq!(
            *drills[0].0,
            Date::constant(2026, 3, 5),
            "in the middle of the first 6 practice days"
        );
        assert!(plan.schedule.iter().all(|d| d.drills.len() <= 1));
        // 24 practice days, 4 drills: one every 6 practice days (7 calendar days).
        assert!(
            drills.windows(2).all(|w| clock_days(*w[0].0, *w[1].0) == 7),
            "{drills:?}"
        );
        let cards: Vec<(&Date, &String)> = plan.cards().collect();
        assert_eq!(cards.len(), 5);
        let first_days: Vec<Date> = [2, 3, 4, 6, 7]
            .into_iter()
            .map(|d| Date::constant(2026, 3, d))
            .collect();
        assert_eq!(
            cards.iter().map(|(d, _)| **d).collect::<Vec<_>>(),
            first_days,
            "the first days without a drill"
        );
        assert!(cards
            .iter()
            .all(|(d, _)| plan.day(**d).unwrap().drills.is_empty()));
        assert_eq!(
            cards.iter().map(|(_, c)| c.as_str()).collect::<Vec<_>>(),
            work.new_cards
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>()
        );
        // The problems still all come, in order, and no day takes much more than its time
        // (a day's share, plus at most one item's cost beyond it).
        let order: Vec<&String> = plan.problems().map(|(_, s)| s).collect();
        assert_eq!(order.len(), 30);
        let daily = daily_minutes(10.0, 1);
        for (date, minutes) in minutes_per_day(&plan, &work, true) {
            assert!(
                f64::from(minutes) <= daily + 60.0,
                "{date}: {minutes} min of {daily:.0}"
            );
        }
    }

    fn clock_days(from: Date, to: Date) -> i64 {
        crate::clock::days_between(from, to)
    }

    #[test]
    fn the_budget_counts_drills_and_card_slots_and_keeps_blind_75_then_drills() {
        // Three Blind 75 problems; 14 days at 4 h: 12 practice days of 30 min, 360 min in all.
        let mut work = with_ml(3, 20);
        for item in &mut work.problems {
            item.blind75 = item.number < 3;
        }
        let plan = make(&work, &request(14, 4.0), Date::constant(2026, 3, 1));
        let minutes: u32 = minutes_per_day(&plan, &work, true).values().sum();
        assert!(minutes <= 360, "{minutes} min planned");
        assert!(minutes >= 330, "the time is used: {minutes} min planned");
        assert_eq!(plan.drills().count(), 3, "drills before the other problems");
        let planned: Vec<&String> = plan.problems().map(|(_, s)| s).collect();
        for blind in ["p00", "p01", "p02"] {
            assert!(
                planned.contains(&&blind.to_string()),
                "{blind}: {planned:?}"
            );
        }
        assert!(!plan.left_out.is_empty());
        assert!(
            plan.left_out
                .iter()
                .all(|s| s.starts_with('p') && s[1..].parse::<u32>().unwrap() >= 3),
            "{:?}",
            plan.left_out
        );
        assert_eq!(
            plan.cards().count(),
            9,
            "a new card on each of the 9 days without a drill"
        );

        // A drill a day at most: more drills than practice days leaves the rest out.
        let plan = make(
            &with_ml(9, 0),
            &request(7, 100.0),
            Date::constant(2026, 3, 1),
        );
        assert_eq!(plan.drills().count(), 6);
        assert!(plan.schedule.iter().all(|d| d.drills.len() <= 1));
        assert!(plan.left_out.iter().any(|s| s == "d6"));
    }

    #[test]
    fn a_replan_keeps_every_unsolved_problem_after_today() {
        let work = problems_only();
        let plan = make(&work, &request(28, 10.0), Date::constant(2026, 3, 1));
        let solved = |s: &str| s == "p00" || s == "p01";
        let today = Date::constant(2026, 3, 16);
        let again = replan(&plan, &work, &plan.tracks, &solved, today);
        for item in &work.problems {
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

    #[test]
    fn a_replan_moves_unsolved_drills_and_unrated_cards_on_and_can_add_the_ml_track() {
        let mut work = with_ml(4, 6);
        let tracks = vec!["problems".to_string(), "ml".to_string()];
        let request = Request {
            tracks: tracks.clone(),
            ..request(28, 10.0)
        };
        let plan = make(&work, &request, Date::constant(2026, 3, 1));
        // d0 solved; the first two cards rated; ten days later.
        let rated: Vec<String> = work.new_cards.drain(..2).collect();
        let solved = |s: &str| s == "d0";
        let today = Date::constant(2026, 3, 12);
        let again = replan(&plan, &work, &tracks, &solved, today);
        let drills: Vec<(&Date, &String)> = again.drills().collect();
        assert_eq!(drills.len(), 4, "{drills:?}");
        let d0 = plan.drills().next().unwrap();
        assert_eq!(drills[0], d0, "a solved drill stays where it was");
        assert!(drills[1..].iter().all(|(d, _)| **d >= today), "{drills:?}");
        let cards: Vec<(&Date, &String)> = again.cards().collect();
        assert_eq!(cards.len(), 6, "{cards:?}");
        for (date, card) in &cards {
            if rated.contains(card) {
                assert!(**date < today, "a rated card stays where it was");
            } else {
                assert!(**date >= today, "{card} moved on");
            }
        }
        assert!(again
            .schedule
            .iter()
            .all(|d| d.card.is_none() || d.drills.is_empty()));

        // A problems-only plan gains the ML track on a replan, from today.
        let plan = make(
            &problems_only(),
            &self::request(28, 10.0),
            Date::constant(2026, 3, 1),
        );
        let work = with_ml(2, 3);
        let again = replan(&plan, &work, &tracks, &|_| false, today);
        assert_eq!(again.tracks, tracks);
        assert_eq!(again.drills().count(), 2);
        assert!(again.drills().all(|(d, _)| *d >= today));
        assert_eq!(again.cards().count(), 3);
        assert_eq!(again.problems().count(), 30);
        // And drops it again: the drills it had not done go, the problems stay.
        let problems = vec!["problems".to_string()];
        let back = replan(&again, &work, &problems, &|_| false, today);
        assert_eq!(back.drills().count(), 0);
        assert_eq!(back.cards().count(), 0);
        assert_eq!(back.problems().count(), 30);
    }

    #[test]
    fn next_takes_the_day_s_problems_then_its_drill_then_works_ahead() {
        let work = with_ml(2, 0);
        let request = Request {
            tracks: vec!["problems".into(), "ml".into()],
            ..request(28, 10.0)
        };
        let plan = make(&work, &request, Date::constant(2026, 3, 1));
        // The day of the first drill, and the problems planned up to it.
        let day = *plan.drills().next().unwrap().0;
        let first: Vec<String> = plan
            .problems()
            .filter(|(d, _)| **d <= day)
            .map(|(_, s)| s.clone())
            .collect();
        assert!(!first.is_empty());
        assert_eq!(
            next(&plan, &|_| false, day),
            Some((first[0].clone(), Reason::Problem))
        );
        let done = |s: &str| first.iter().any(|f| f == s);
        assert_eq!(next(&plan, &done, day), Some(("d0".into(), Reason::Drill)));
        let done = |s: &str| first.iter().any(|f| f == s) || s == "d0";
        let (ahead, why) = next(&plan, &done, day).unwrap();
        assert_eq!(why, Reason::AheadProblem, "{ahead}");
        assert!(!first.contains(&ahead));
        let all_problems = |s: &str| s.starts_with('p');
        assert_eq!(
            next(&plan, &all_problems, day),
            Some(("d0".into(), Reason::Drill))
        );
        let all_problems_and_d0 = |s: &str| s.starts_with('p') || s == "d0";
        assert_eq!(
            next(&plan, &all_problems_and_d0, day),
            Some(("d1".into(), Reason::AheadDrill))
        );
        assert_eq!(next(&plan, &|_| true, day), None);
    }

    #[test]
    fn an_old_plan_without_drills_or_cards_reads() {
        let text = r#"
start = "2026-03-02"
days = 28
hours_per_week = 7.0
days_off = 1
tracks = ["problems"]
made = "2026-03-01"

[[day]]
date = "2026-03-02"
problems = ["contains-duplicate", "valid-anagram"]
"#;
        let plan: Plan = toml::from_str(text).unwrap();
        assert_eq!(plan.schedule[0].problems.len(), 2);
        assert!(plan.schedule[0].drills.is_empty() && plan.schedule[0].card.is_none());
        // And a plan without the ML track is written as before.
        let written = toml::to_string(&plan).unwrap();
        assert!(
            !written.contains("drills") && !written.contains("card"),
            "{written}"
        );
    }
}
