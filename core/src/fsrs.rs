//! FSRS, the spaced-repetition scheduler Anki uses, in its long-term form (one review a day at
//! most, whole days): from the ratings an item got and when, its memory state (stability: days
//! until recall falls to 90%; difficulty: 1..10) and the day it is next due.
//!
//! Written here rather than taken as a crate: the maintained `fsrs` crate is FSRS-6 with an
//! optimiser and pulls in ~40 crates (ndarray, rayon); `rs-fsrs` is light but brings chrono for a
//! calendar this project already keeps with jiff. The scheduler is ~100 lines of arithmetic, so it
//! lives here, and `rs-fsrs` (a dev-dependency only) is the oracle its tests compare against:
//! same default weights (FSRS-5), same interval rounding and ordering, no fuzz.
//!
//! Pure: days are plain day numbers (e.g. days since 1970-01-01); the caller owns the calendar.

use serde::{Deserialize, Serialize};

/// How well an item was recalled: FSRS's four grades.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Rating {
    Again = 1,
    Hard = 2,
    Good = 3,
    Easy = 4,
}

impl Rating {
    pub const ALL: [Rating; 4] = [Rating::Again, Rating::Hard, Rating::Good, Rating::Easy];

    pub fn as_str(self) -> &'static str {
        match self {
            Rating::Again => "again",
            Rating::Hard => "hard",
            Rating::Good => "good",
            Rating::Easy => "easy",
        }
    }

    pub fn parse(text: &str) -> Option<Rating> {
        Rating::ALL
            .into_iter()
            .find(|r| r.as_str().eq_ignore_ascii_case(text.trim()))
    }

    fn grade(self) -> f64 {
        f64::from(self as u8)
    }
}

/// The default weights of FSRS-5 (as `rs-fsrs` ships them), fitted by the FSRS authors on a large
/// corpus of Anki reviews. A learner's own weights could be fitted later from the review log.
pub const DEFAULT_WEIGHTS: [f64; 19] = [
    0.4072, 1.1829, 3.1262, 15.4722, 7.2102, 0.5316, 1.0651, 0.0234, 1.616, 0.1544, 1.0824, 1.9813,
    0.0953, 0.2975, 2.2042, 0.2407, 2.9466, 0.5034, 0.6567,
];

/// Recall probability the intervals aim for.
pub const DESIRED_RETENTION: f64 = 0.9;
/// The longest interval, in days.
pub const MAXIMUM_INTERVAL: i64 = 36_500;

const DECAY: f64 = -0.5;
/// Chosen so that recall is 90% after `stability` days: 0.9^(1/DECAY) - 1.
const FACTOR: f64 = 19.0 / 81.0;

/// An item's memory state after its latest review.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Card {
    /// Days until the probability of recall falls to 90%.
    pub stability: f64,
    /// 1 (easy to keep) to 10 (hard to keep).
    pub difficulty: f64,
    /// The day of the latest review.
    pub last_review: i64,
    /// The day it is next due.
    pub due: i64,
    pub reviews: u32,
    /// Reviews rated Again after the first.
    pub lapses: u32,
}

impl Card {
    /// The interval, in days, from the latest review to the due day.
    pub fn interval(&self) -> i64 {
        self.due - self.last_review
    }

    /// The probability of recall on `day`.
    pub fn retrievability(&self, day: i64) -> f64 {
        forgetting_curve((day - self.last_review).max(0) as f64, self.stability)
    }
}

fn forgetting_curve(elapsed_days: f64, stability: f64) -> f64 {
    (1.0 + FACTOR * elapsed_days / stability).powf(DECAY)
}

fn w(i: usize) -> f64 {
    DEFAULT_WEIGHTS[i]
}

fn initial_difficulty(rating: Rating) -> f64 {
    (w(4) - (w(5) * (rating.grade() - 1.0)).exp() + 1.0).clamp(1.0, 10.0)
}

fn initial_stability(rating: Rating) -> f64 {
    w(rating as usize - 1).max(0.1)
}

fn next_difficulty(difficulty: f64, rating: Rating) -> f64 {
    let next = difficulty - w(6) * (rating.grade() - 3.0);
    // Mean reversion towards the difficulty of an item first rated Easy.
    (w(7) * initial_difficulty(Rating::Easy) + (1.0 - w(7)) * next).clamp(1.0, 10.0)
}

fn recall_stability(difficulty: f64, stability: f64, retrievability: f64, rating: Rating) -> f64 {
    let modifier = match rating {
        Rating::Hard => w(15),
        Rating::Easy => w(16),
        _ => 1.0,
    };
    let growth = w(8).exp()
        * (11.0 - difficulty)
        * stability.powf(-w(9))
        * ((1.0 - retrievability) * w(10)).exp_m1();
    stability * (growth * modifier + 1.0)
}

fn forget_stability(difficulty: f64, stability: f64, retrievability: f64) -> f64 {
    w(11)
        * difficulty.powf(-w(12))
        * ((stability + 1.0).powf(w(13)) - 1.0)
        * ((1.0 - retrievability) * w(14)).exp()
}

fn interval_of(stability: f64) -> f64 {
    (stability / FACTOR * (DESIRED_RETENTION.powf(1.0 / DECAY) - 1.0))
        .round()
        .clamp(1.0, MAXIMUM_INTERVAL as f64)
}

/// The card after a review on `day` rated `rating`; `card` is `None` for an item's first review.
pub fn review(card: Option<&Card>, day: i64, rating: Rating) -> Card {
    // The state each of the four ratings would give; the intervals are then kept in order
    // (Again <= Hard < Good < Easy), as FSRS's long-term scheduler does.
    let states = Rating::ALL.map(|r| match card {
        None => (initial_stability(r), initial_difficulty(r)),
        Some(card) => {
            let r_now = card.retrievability(day);
            let difficulty = next_difficulty(card.difficulty, r);
            let stability = match r {
                Rating::Again => forget_stability(card.difficulty, card.stability, r_now),
                _ => recall_stability(card.difficulty, card.stability, r_now, r),
            };
            (stability, difficulty)
        }
    });
    let mut intervals = states.map(|(stability, _)| interval_of(stability));
    intervals[0] = intervals[0].min(intervals[1]);
    intervals[1] = intervals[1].max(intervals[0] + 1.0);
    intervals[2] = intervals[2].max(intervals[1] + 1.0);
    intervals[3] = intervals[3].max(intervals[2] + 1.0);
    let i = rating as usize - 1;
    let (stability, difficulty) = states[i];
    let reviews = card.map_or(0, |c| c.reviews) + 1;
    let lapses =
        card.map_or(0, |c| c.lapses) + u32::from(card.is_some() && rating == Rating::Again);
    Card {
        stability,
        difficulty,
        last_review: day,
        due: day + intervals[i] as i64,
        reviews,
        lapses,
    }
}

/// The card after all of these reviews, in order (`None` if there were none).
pub fn replay(reviews: impl IntoIterator<Item = (i64, Rating)>) -> Option<Card> {
    reviews.into_iter().fold(None, |card, (day, rating)| {
        Some(review(card.as_ref(), day, rating))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_first_good_is_due_in_three_days_and_a_first_again_tomorrow() {
        assert_eq!(review(None, 100, Rating::Good).due, 103);
        assert_eq!(review(None, 100, Rating::Again).due, 100 + 1);
        assert_eq!(review(None, 100, Rating::Hard).due, 100 + 2);
        assert_eq!(review(None, 100, Rating::Easy).due, 100 + 15);
    }

    #[test]
    fn good_on_time_grows_the_interval_and_again_shrinks_it() {
        let first = review(None, 0, Rating::Good);
        let second = review(Some(&first), first.due, Rating::Good);
        assert!(second.interval() > first.interval(), "{second:?}");
        let lapse = review(Some(&second), second.due, Rating::Again);
        assert!(lapse.interval() < second.interval(), "{lapse:?}");
        assert_eq!(lapse.lapses, 1);
        assert!(lapse.difficulty > second.difficulty);
    }

    fn to_oracle(rating: Rating) -> rs_fsrs::Rating {
        match rating {
            Rating::Again => rs_fsrs::Rating::Again,
            Rating::Hard => rs_fsrs::Rating::Hard,
            Rating::Good => rs_fsrs::Rating::Good,
            Rating::Easy => rs_fsrs::Rating::Easy,
        }
    }

    fn rating() -> impl Strategy<Value = Rating> {
        prop::sample::select(Rating::ALL.to_vec())
    }

    proptest! {
        /// For any sequence of ratings, each given on a day from the due day to a month late (or
        /// early), the due days agree with `rs-fsrs`'s long-term scheduler without fuzz.
        #[test]
        fn due_days_agree_with_the_rs_fsrs_oracle(
            steps in prop::collection::vec((rating(), -5i64..30), 1..12)
        ) {
            use chrono::{Duration, TimeZone, Utc};
            let parameters = rs_fsrs::Parameters {
                enable_short_term: false,
                enable_fuzz: false,
                ..Default::default()
            };
            let oracle = rs_fsrs::FSRS::new(parameters);
            let epoch = Utc.with_ymd_and_hms(2026, 1, 1, 12, 0, 0).unwrap();
            let mut theirs = rs_fsrs::Card::new();
            let mut ours: Option<Card> = None;
            let mut day = 0i64;
            for (rating, offset) in steps {
                if let Some(card) = &ours {
                    // The next review: around the due day, never before the last one.
                    day = (card.due + offset).max(card.last_review + 1);
                }
                let now = epoch + Duration::days(day);
                theirs = oracle.next(theirs, now, to_oracle(rating)).card;
                let card = review(ours.as_ref(), day, rating);
                let their_due = (theirs.due - epoch).num_days();
                prop_assert_eq!(card.due, their_due, "{:?} on day {}: {:?} vs {:?}", rating, day, card, theirs);
                prop_assert!((card.stability - theirs.stability).abs() < 1e-6);
                prop_assert!((card.difficulty - theirs.difficulty).abs() < 1e-6);
                ours = Some(card);
            }
        }
    }
}
