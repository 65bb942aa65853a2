//! The rules of a drill: the rating the key points covered give, which cards a session shows, and
//! the review-log entry a rated card adds. Pure: functions of a deck, the review log and a date.
//!
//! Cards share the review queue with problems: each rating is a [`ReviewEntry`] whose item is
//! `card:<id>` and whose kind is `card`, and FSRS replays it like any other. No field was added to
//! the state file for them, so its format is unchanged (version 2) and an older judge reads it.

use std::collections::BTreeMap;

use jiff::civil::Date;
use judge_core::fsrs::{self, Rating};

use super::deck::{Card, Deck, Source};
use crate::catalog::ML_TRACK;
use crate::clock::day_number;
use crate::practice::queue;
use crate::practice::record::{Plan, RatedBy, ReviewEntry};
use crate::progress::{self, Progress};

/// The prefix of a card's item in the review log.
pub const ITEM_PREFIX: &str = "card:";
/// The review log's kind for a card's rating.
pub const KIND: &str = "card";
/// New cards a session takes from a deck in a day, unless asked for more.
pub const NEW_PER_DAY: usize = 10;

/// A card's item in the review log: `card:ml-concepts/bias-variance`.
pub fn item(card_id: &str) -> String {
    format!("{ITEM_PREFIX}{card_id}")
}

/// The deck of a card's item (`card:ml-concepts/x` -> `ml-concepts`); `None` for a problem or a
/// pattern's questions.
pub fn deck_of_item(item: &str) -> Option<&str> {
    item.strip_prefix(ITEM_PREFIX)?
        .split_once('/')
        .map(|(deck, _)| deck)
}

/// The rating from `covered` of `of` key points: all of them, Good; under half, Again; otherwise
/// (one missing, or half or more), Hard. Under half is decided before one missing, so a card with
/// one point that was missed is Again. Easy is never derived: only the learner gives it.
pub fn derive(covered: usize, of: usize) -> Rating {
    if covered >= of {
        Rating::Good
    } else if covered * 2 < of {
        Rating::Again
    } else {
        Rating::Hard
    }
}

/// The key points ticked: numbers from 1 to `of`, separated by commas or spaces, `all`, or
/// `none` (or nothing). Sorted, each once. The error says what was wrong.
pub fn parse_covered(text: &str, of: usize) -> std::result::Result<Vec<usize>, String> {
    let text = text.trim();
    if text.eq_ignore_ascii_case("all") || text.eq_ignore_ascii_case("a") {
        return Ok((1..=of).collect());
    }
    if text.is_empty() || text.eq_ignore_ascii_case("none") {
        return Ok(Vec::new());
    }
    let mut covered = Vec::new();
    for part in text
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|p| !p.is_empty())
    {
        match part.parse::<usize>() {
            Ok(n) if (1..=of).contains(&n) => covered.push(n),
            Ok(n) => {
                return Err(format!(
                    "there is no key point {n}: this card has {of} (give numbers from 1 to {of})"
                ))
            }
            Err(_) => {
                return Err(format!(
                    "`{part}` is not a key point's number (give numbers like 1,3, or all, or none)"
                ))
            }
        }
    }
    covered.sort_unstable();
    covered.dedup();
    Ok(covered)
}

/// Where a deck stands on a day.
#[derive(Debug)]
pub struct DeckState<'a> {
    /// Cards due on or before the day, most overdue first, with their FSRS state.
    pub due: Vec<(&'a Card, fsrs::Card)>,
    /// Cards never rated, in the deck's order.
    pub new: Vec<&'a Card>,
    /// Cards first rated on the day.
    pub new_today: usize,
}

/// Where `deck` stands on `today`, from the review log.
pub fn state<'a>(deck: &'a Deck, log: &[ReviewEntry], today: Date) -> DeckState<'a> {
    let cards = queue::cards(log);
    let mut first_rated: BTreeMap<&str, Date> = BTreeMap::new();
    for entry in log {
        first_rated.entry(entry.item.as_str()).or_insert(entry.date);
    }
    let mut due = Vec::new();
    let mut new = Vec::new();
    let mut new_today = 0;
    for card in &deck.cards {
        let key = item(&card.id);
        match cards.get(&key) {
            Some(scheduled) => {
                if queue::due_date(scheduled) <= today {
                    due.push((card, *scheduled));
                }
                if first_rated.get(key.as_str()) == Some(&today) {
                    new_today += 1;
                }
            }
            None => new.push(card),
        }
    }
    due.sort_by_key(|(card, scheduled)| (scheduled.due, card.id.clone()));
    DeckState {
        due,
        new,
        new_today,
    }
}

/// The cards a session shows, in order: every due card, then new cards while fewer than
/// `new_per_day` were begun today.
pub fn session<'a>(state: &DeckState<'a>, new_per_day: usize) -> Vec<&'a Card> {
    let room = new_per_day.saturating_sub(state.new_today);
    state
        .due
        .iter()
        .map(|(card, _)| *card)
        .chain(state.new.iter().take(room).copied())
        .collect()
}

/// How a card was answered.
#[derive(Clone, Debug, PartialEq)]
pub struct Answered {
    /// The key points ticked (1-based), or `None` when the learner only gave a rating.
    pub covered: Option<Vec<usize>>,
    /// The learner's rating, over the derived one.
    pub rating: Option<Rating>,
}

impl Answered {
    /// The rating derived from the points covered, if they were ticked.
    pub fn derived(&self, card: &Card) -> Option<Rating> {
        self.covered
            .as_ref()
            .map(|c| derive(c.len(), card.key_points.len()))
    }
}

/// Records a rating of `card` on `today` in `progress`: the learner's rating if given, else the
/// derived one (the judge's, kept beside the learner's when they differ). A card rated again on
/// the same day replaces that day's rating, as `judge rate` does, so FSRS counts one review a day.
/// `None` when neither points nor a rating were given.
pub fn record(
    progress: &mut Progress,
    card: &Card,
    answered: &Answered,
    today: Date,
) -> Option<ReviewEntry> {
    let derived = answered.derived(card);
    let rating = answered.rating.or(derived)?;
    let by = if answered.rating.is_some_and(|r| Some(r) != derived) {
        RatedBy::Learner
    } else if derived.is_some() {
        RatedBy::Judge
    } else {
        RatedBy::Learner
    };
    let reason = match &answered.covered {
        Some(covered) => {
            let of = card.key_points.len();
            let missed: Vec<String> = (1..=of)
                .filter(|n| !covered.contains(n))
                .map(|n| n.to_string())
                .collect();
            if missed.is_empty() {
                if of == 1 {
                    "covered the key point".to_string()
                } else {
                    format!("covered all {of} key points")
                }
            } else if of == 1 {
                "missed the key point".to_string()
            } else {
                format!(
                    "covered {} of {of} key points (missed {})",
                    covered.len(),
                    missed.join(", ")
                )
            }
        }
        None => "your rating".to_string(),
    };
    let key = item(&card.id);
    if let Some(at) = progress
        .review
        .iter()
        .rposition(|r| r.item == key && r.date == today)
    {
        progress.review.remove(at);
    }
    let entry = ReviewEntry {
        item: key,
        date: today,
        rating,
        by,
        reason,
        kind: KIND.to_string(),
        failed_runs: 0,
        hints: 0,
        minutes: None,
        judged: if by == RatedBy::Learner {
            derived
        } else {
            None
        },
    };
    progress.format_version = progress::FORMAT_VERSION;
    // A rating is a day of practice, as `judge rate` counts it.
    *progress.days.entry(today).or_default() += 1;
    progress.review.push(entry.clone());
    Some(entry)
}

/// The day a card is next due, after the log's latest ratings.
pub fn next_review(log: &[ReviewEntry], card: &Card) -> Option<Date> {
    queue::cards(log).get(&item(&card.id)).map(queue::due_date)
}

/// Whether `card` is new on `today`, due, or scheduled later (with its due date).
pub fn status(log: &[ReviewEntry], card: &Card, today: Date) -> (&'static str, Option<Date>) {
    match next_review(log, card) {
        None => ("new", None),
        Some(due) if day_number(due) <= day_number(today) => ("due", Some(due)),
        Some(due) => ("scheduled", Some(due)),
    }
}

/// Whether `deck` is one of the ML decks a plan's `ml` track draws a card a day from: a deck file
/// named `ml` or `ml-...` (`ml-concepts`, `ml-system-design`). The `ml` page's own questions are a
/// pattern deck, reviewed like every pattern's.
pub fn is_ml_deck(deck: &Deck) -> bool {
    matches!(deck.source, Source::File(_))
        && (deck.id == ML_TRACK || deck.id.starts_with(&format!("{ML_TRACK}-")))
}

/// The ML decks' cards in the order a plan hands them out: one from each deck in turn (in the
/// decks' order), so that every deck comes up from the start, the longer decks' rest at the end.
pub fn ml_cards(decks: &[Deck]) -> Vec<&Card> {
    let ml: Vec<&Deck> = decks.iter().filter(|d| is_ml_deck(d)).collect();
    let longest = ml.iter().map(|d| d.cards.len()).max().unwrap_or(0);
    (0..longest)
        .flat_map(|i| ml.iter().filter_map(move |d| d.cards.get(i)))
        .collect()
}

/// The card a plan gives a day, and how it stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DayCard {
    /// `ml-concepts/bias-variance`.
    pub id: String,
    pub status: DayCardStatus,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayCardStatus {
    /// Rated today: the day's card is done.
    Done,
    /// Never rated: the card planned for the day, or one planned for a day before and not drilled.
    New,
    /// Rated before and due (its due date).
    Due(Date),
}

impl DayCardStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            DayCardStatus::Done => "done",
            DayCardStatus::New => "new",
            DayCardStatus::Due(_) => "due",
        }
    }
}

/// The ML card of `today` in `plan` (one on each practice day without a drill, on the `ml` track):
/// an ML card rated today (the day's card is done); else the earliest card planned up to today and
/// never rated; else the most overdue ML card due; else none. `ml_cards` are the ML decks' card
/// ids (cards planned but no longer in a deck are passed over).
pub fn day_card(
    plan: &Plan,
    ml_cards: &[String],
    log: &[ReviewEntry],
    today: Date,
) -> Option<DayCard> {
    if !plan.has_track(ML_TRACK)
        || today < plan.start
        || today > plan.end()
        || plan.is_day_off(today)
        || plan.day(today).is_some_and(|d| !d.drills.is_empty())
    {
        return None;
    }
    let is_ml = |entry_item: &str| {
        entry_item
            .strip_prefix(ITEM_PREFIX)
            .is_some_and(|id| ml_cards.iter().any(|c| c == id))
    };
    if let Some(entry) = log.iter().rev().find(|e| e.date == today && is_ml(&e.item)) {
        return Some(DayCard {
            id: entry.item[ITEM_PREFIX.len()..].to_string(),
            status: DayCardStatus::Done,
        });
    }
    let rated = |id: &str| {
        let key = item(id);
        log.iter().any(|e| e.item == key)
    };
    if let Some((_, id)) = plan
        .cards()
        .find(|(date, id)| **date <= today && ml_cards.contains(id) && !rated(id))
    {
        return Some(DayCard {
            id: id.clone(),
            status: DayCardStatus::New,
        });
    }
    queue::due(log, today)
        .into_iter()
        .find(|(entry_item, _)| is_ml(entry_item))
        .map(|(entry_item, card)| DayCard {
            id: entry_item[ITEM_PREFIX.len()..].to_string(),
            status: DayCardStatus::Due(queue::due_date(&card)),
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::drill::deck::Source;

    fn deck(cards: usize, points: usize) -> Deck {
        Deck {
            id: "d".into(),
            title: "D".into(),
            about: String::new(),
            source: Source::Pattern,
            cards: (1..=cards)
                .map(|i| Card {
                    id: format!("d/c{i}"),
                    question: "q".into(),
                    answer: "a".into(),
                    key_points: (1..=points).map(|p| format!("p{p}")).collect(),
                })
                .collect(),
        }
    }

    #[test]
    fn the_rating_follows_the_points_covered() {
        assert_eq!(derive(4, 4), Rating::Good);
        assert_eq!(derive(3, 4), Rating::Hard, "one missing");
        assert_eq!(derive(2, 4), Rating::Hard, "half");
        assert_eq!(derive(1, 4), Rating::Again, "under half");
        assert_eq!(derive(0, 4), Rating::Again);
        assert_eq!(derive(2, 3), Rating::Hard);
        assert_eq!(derive(1, 3), Rating::Again);
        assert_eq!(derive(1, 1), Rating::Good);
        assert_eq!(derive(0, 1), Rating::Again, "the only point missed");
        assert_eq!(derive(3, 6), Rating::Hard);
        assert_eq!(derive(2, 6), Rating::Again);
    }

    #[test]
    fn covered_points_parse_and_bad_ones_are_named() {
        assert_eq!(parse_covered("1,3", 4), Ok(vec![1, 3]));
        assert_eq!(parse_covered(" 3 1, 3 ", 4), Ok(vec![1, 3]));
        assert_eq!(parse_covered("all", 3), Ok(vec![1, 2, 3]));
        assert_eq!(parse_covered("", 3), Ok(vec![]));
        assert_eq!(parse_covered("none", 3), Ok(vec![]));
        assert!(parse_covered("5", 4)
            .unwrap_err()
            .contains("no key point 5"));
        assert!(parse_covered("0", 4)
            .unwrap_err()
            .contains("no key point 0"));
        assert!(parse_covered("one", 4).unwrap_err().contains("`one`"));
    }

    #[test]
    fn a_session_shows_due_cards_then_new_ones_up_to_the_day_s_limit() {
        let deck = deck(5, 3);
        let day1 = Date::constant(2026, 3, 2);
        let mut progress = Progress::default();
        let all = Answered {
            covered: Some(vec![1, 2, 3]),
            rating: None,
        };
        let none = Answered {
            covered: Some(vec![]),
            rating: None,
        };
        record(&mut progress, &deck.cards[0], &all, day1).unwrap();
        record(&mut progress, &deck.cards[1], &none, day1).unwrap();
        let state1 = state(&deck, &progress.review, day1);
        assert_eq!(state1.new_today, 2);
        let shown: Vec<&str> = session(&state1, 3).iter().map(|c| c.id.as_str()).collect();
        assert_eq!(shown, ["d/c3"], "two of three new cards were begun today");
        // Again is due the next day, Good three days later.
        let day2 = Date::constant(2026, 3, 3);
        let state2 = state(&deck, &progress.review, day2);
        let shown: Vec<&str> = session(&state2, 2).iter().map(|c| c.id.as_str()).collect();
        assert_eq!(shown, ["d/c2", "d/c3", "d/c4"]);
        let day4 = Date::constant(2026, 3, 5);
        let due: Vec<&str> = state(&deck, &progress.review, day4)
            .due
            .iter()
            .map(|(c, _)| c.id.as_str())
            .collect();
        assert_eq!(due, ["d/c2", "d/c1"], "most overdue first");
    }

    #[test]
    fn a_rating_is_kept_with_the_judge_s_and_replaces_the_same_day_s() {
        let deck = deck(1, 4);
        let card = &deck.cards[0];
        let day = Date::constant(2026, 3, 2);
        let mut progress = Progress::default();
        let derived = record(
            &mut progress,
            card,
            &Answered {
                covered: Some(vec![1, 2, 4]),
                rating: None,
            },
            day,
        )
        .unwrap();
        assert_eq!(
            (derived.rating, derived.by, derived.judged),
            (Rating::Hard, RatedBy::Judge, None)
        );
        assert_eq!(derived.reason, "covered 3 of 4 key points (missed 3)");
        assert_eq!(derived.kind, "card");
        assert_eq!(derived.item, "card:d/c1");
        let overridden = record(
            &mut progress,
            card,
            &Answered {
                covered: Some(vec![1, 2, 4]),
                rating: Some(Rating::Good),
            },
            day,
        )
        .unwrap();
        assert_eq!(
            (overridden.rating, overridden.by, overridden.judged),
            (Rating::Good, RatedBy::Learner, Some(Rating::Hard))
        );
        assert_eq!(
            progress.review.len(),
            1,
            "the same day's rating is replaced"
        );
        assert_eq!(
            next_review(&progress.review, card),
            Some(Date::constant(2026, 3, 5))
        );
        assert_eq!(
            status(&progress.review, card, day),
            ("scheduled", Some(Date::constant(2026, 3, 5)))
        );
        assert!(record(
            &mut progress,
            card,
            &Answered {
                covered: None,
                rating: None
            },
            day
        )
        .is_none());
    }

    fn ml_deck(id: &str, cards: usize) -> Deck {
        Deck {
            id: id.into(),
            title: id.into(),
            about: String::new(),
            source: Source::File(format!("problems/decks/{id}.toml")),
            cards: (1..=cards)
                .map(|i| Card {
                    id: format!("{id}/c{i}"),
                    question: "q".into(),
                    answer: "a".into(),
                    key_points: vec!["p".into()],
                })
                .collect(),
        }
    }

    #[test]
    fn the_ml_decks_take_turns_and_the_pattern_decks_stay_out() {
        let decks = vec![
            ml_deck("ml-concepts", 3),
            ml_deck("ml-system-design", 1),
            ml_deck("other", 2),
            Deck {
                id: "ml".into(),
                source: Source::Pattern,
                ..ml_deck("ml", 2)
            },
        ];
        let order: Vec<&str> = ml_cards(&decks).iter().map(|c| c.id.as_str()).collect();
        assert_eq!(
            order,
            [
                "ml-concepts/c1",
                "ml-system-design/c1",
                "ml-concepts/c2",
                "ml-concepts/c3"
            ]
        );
    }

    #[test]
    fn the_day_s_card_is_the_planned_one_then_a_missed_one_then_a_due_one() {
        use crate::practice::record::PlanDay;
        let deck = ml_deck("ml-concepts", 4);
        let ids: Vec<String> = deck.cards.iter().map(|c| c.id.clone()).collect();
        let day = |d: i8| Date::constant(2026, 3, d);
        let plan = Plan {
            start: day(2),
            days: 14,
            hours_per_week: 7.0,
            days_off: 1,
            tracks: vec!["problems".into(), "ml".into()],
            made: day(1),
            left_out: Vec::new(),
            schedule: vec![
                PlanDay {
                    date: day(2),
                    drills: vec!["roc-auc".into()],
                    ..PlanDay::default()
                },
                PlanDay {
                    date: day(3),
                    card: Some(ids[0].clone()),
                    ..PlanDay::default()
                },
                PlanDay {
                    date: day(4),
                    card: Some(ids[1].clone()),
                    ..PlanDay::default()
                },
            ],
        };
        let mut progress = Progress::default();
        let rate = |progress: &mut Progress, card: usize, date: Date, rating: Rating| {
            record(
                progress,
                &deck.cards[card],
                &Answered {
                    covered: None,
                    rating: Some(rating),
                },
                date,
            )
        };
        let card = |progress: &Progress, date: Date| day_card(&plan, &ids, &progress.review, date);
        assert_eq!(card(&progress, day(2)), None, "a drill's day has no card");
        assert_eq!(card(&progress, day(8)), None, "a day off has none");
        assert_eq!(card(&progress, day(1)), None, "nor a day before the plan");
        let on_3 = card(&progress, day(3)).unwrap();
        assert_eq!(
            (on_3.id.as_str(), on_3.status),
            ("ml-concepts/c1", DayCardStatus::New)
        );
        // Day 3's card was not drilled: day 4 takes it first.
        let on_4 = card(&progress, day(4)).unwrap();
        assert_eq!(on_4.id, "ml-concepts/c1");
        rate(&mut progress, 0, day(4), Rating::Again);
        let on_4 = card(&progress, day(4)).unwrap();
        assert_eq!(
            (on_4.id.as_str(), on_4.status),
            ("ml-concepts/c1", DayCardStatus::Done)
        );
        // Day 5: the card planned for day 4, never rated.
        assert_eq!(card(&progress, day(5)).unwrap().id, "ml-concepts/c2");
        rate(&mut progress, 1, day(5), Rating::Good);
        // Day 6: nothing planned is new; c1 (Again on day 4) is due.
        let on_6 = card(&progress, day(6)).unwrap();
        assert_eq!(on_6.id, "ml-concepts/c1");
        assert!(
            matches!(on_6.status, DayCardStatus::Due(d) if d <= day(6)),
            "{on_6:?}"
        );
        // Without the ML track, no card.
        let problems_only = Plan {
            tracks: vec!["problems".into()],
            ..plan.clone()
        };
        assert_eq!(
            day_card(&problems_only, &ids, &progress.review, day(3)),
            None
        );
    }

    #[test]
    fn items_name_their_deck() {
        assert_eq!(item("ml-concepts/x"), "card:ml-concepts/x");
        assert_eq!(deck_of_item("card:ml-concepts/x"), Some("ml-concepts"));
        assert_eq!(deck_of_item("pattern:stack"), None);
        assert_eq!(deck_of_item("two-sum"), None);
    }
}
