//! The review queue: every item's FSRS card, replayed from the review log, and what is due.
//! Pure.

use std::collections::BTreeMap;

use jiff::civil::Date;
use judge_core::fsrs::{self, Card};

use super::record::ReviewEntry;
use crate::clock::{date_of, day_number};

/// Each item's card after every rating it got, oldest first.
pub fn cards(log: &[ReviewEntry]) -> BTreeMap<String, Card> {
    let mut cards: BTreeMap<String, Card> = BTreeMap::new();
    for entry in log {
        let card = fsrs::review(cards.get(&entry.item), day_number(entry.date), entry.rating);
        cards.insert(entry.item.clone(), card);
    }
    cards
}

/// The card's due date.
pub fn due_date(card: &Card) -> Date {
    date_of(card.due)
}

/// Items due on or before `today`, most overdue first.
pub fn due(log: &[ReviewEntry], today: Date) -> Vec<(String, Card)> {
    let mut due: Vec<(String, Card)> = cards(log)
        .into_iter()
        .filter(|(_, card)| due_date(card) <= today)
        .collect();
    due.sort_by_key(|(item, card)| (card.due, item.clone()));
    due
}

/// How many reviews fall due on each of the `days` days from `today` (those already overdue count
/// on today).
pub fn forecast(log: &[ReviewEntry], today: Date, days: usize) -> Vec<usize> {
    let mut counts = vec![0; days];
    let first = day_number(today);
    for card in cards(log).values() {
        let offset = (card.due - first).max(0) as usize;
        if offset < days {
            counts[offset] += 1;
        }
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::practice::record::RatedBy;
    use judge_core::fsrs::Rating;

    fn entry(item: &str, date: Date, rating: Rating) -> ReviewEntry {
        ReviewEntry {
            item: item.into(),
            date,
            rating,
            by: RatedBy::Judge,
            reason: String::new(),
            kind: "new".into(),
            failed_runs: 0,
            hints: 0,
            minutes: None,
            judged: None,
        }
    }

    #[test]
    fn due_items_come_most_overdue_first_and_the_forecast_counts_them() {
        let log = vec![
            entry("a", Date::constant(2026, 3, 1), Rating::Good),
            entry("b", Date::constant(2026, 3, 1), Rating::Again),
            entry("c", Date::constant(2026, 3, 1), Rating::Easy),
        ];
        let today = Date::constant(2026, 3, 4);
        let due: Vec<String> = due(&log, today).into_iter().map(|(i, _)| i).collect();
        assert_eq!(due, ["b", "a"]);
        let forecast = forecast(&log, today, 14);
        assert_eq!(forecast[0], 2);
        assert_eq!(
            forecast.iter().sum::<usize>(),
            3,
            "c falls due on 03-16: {forecast:?}"
        );
    }
}
