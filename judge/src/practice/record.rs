//! What the state file keeps for the practice loop, beside each problem's progress: the plan, the
//! open sittings (one problem being solved, from its scaffold to its first full Accepted), the
//! review log every FSRS card is replayed from, and how many runs each day saw.
//!
//! These are plain data with documented fields; the rules that fill them live in `rating` and
//! `plan`, and `progress.rs` reads and writes them with the rest of the file.

use jiff::civil::{Date, DateTime};
use judge_core::fsrs::Rating;
use serde::{Deserialize, Serialize};

/// A day-by-day plan (`judge plan`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// The plan's first day (its Day 1).
    pub start: Date,
    /// How many days it runs, days off included.
    pub days: u32,
    /// Time for practice in a week, reviews included.
    pub hours_per_week: f64,
    /// Days off in each week of the plan (the last days of each 7-day week from `start`).
    pub days_off: u32,
    /// Which tracks it covers: `problems` (the NeetCode 150), `ml` (the ML coding drills, and an
    /// ML deck card on each practice day without a drill).
    pub tracks: Vec<String>,
    /// When it was made or last replanned.
    pub made: Date,
    /// Problems and drills that did not fit (Blind 75 members, then the drills, are kept first
    /// when time is short).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub left_out: Vec<String>,
    /// The practice days that have new problems, a drill or a new card, in date order.
    #[serde(default, rename = "day")]
    pub schedule: Vec<PlanDay>,
}

/// One practice day of a plan. `drills` and `card` came with the ML track: a plan written before
/// them reads with neither, and a plan without the ML track is written as it was.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanDay {
    pub date: Date,
    /// Slugs, in the order to take them.
    #[serde(default)]
    pub problems: Vec<String>,
    /// The ML drill of the day (its slug), on the `ml` track: one, unless a replan had more
    /// drills left than days.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub drills: Vec<String>,
    /// The new ML deck card planned for the day (its id, `ml-concepts/bias-variance`), on the `ml`
    /// track, on a day without a drill.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card: Option<String>,
}

impl Plan {
    /// The plan's last day.
    pub fn end(&self) -> Date {
        self.start
            .checked_add(jiff::Span::new().days(i64::from(self.days.max(1)) - 1))
            .unwrap_or(Date::MAX)
    }

    /// Whether `date` is one of the plan's days off.
    pub fn is_day_off(&self, date: Date) -> bool {
        let index = crate::clock::days_between(self.start, date);
        index >= 0 && index.rem_euclid(7) >= 7 - i64::from(self.days_off.min(6))
    }

    /// Every planned problem's slug, in plan order.
    pub fn problems(&self) -> impl Iterator<Item = (&Date, &String)> {
        self.schedule
            .iter()
            .flat_map(|day| day.problems.iter().map(move |slug| (&day.date, slug)))
    }

    /// Every planned drill's slug, in plan order.
    pub fn drills(&self) -> impl Iterator<Item = (&Date, &String)> {
        self.schedule
            .iter()
            .flat_map(|day| day.drills.iter().map(move |slug| (&day.date, slug)))
    }

    /// Every planned card's id, in plan order.
    pub fn cards(&self) -> impl Iterator<Item = (&Date, &String)> {
        self.schedule
            .iter()
            .filter_map(|day| day.card.as_ref().map(|id| (&day.date, id)))
    }

    /// Whether the plan covers `track` (`problems`, `ml`).
    pub fn has_track(&self, track: &str) -> bool {
        self.tracks.iter().any(|t| t == track)
    }

    /// The planned day on `date`, if it has any work.
    pub fn day(&self, date: Date) -> Option<&PlanDay> {
        self.schedule.iter().find(|d| d.date == date)
    }
}

/// Why a sitting began.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SittingKind {
    /// A first solve (`judge new`, `judge next`, or a first run of a file the judge had not seen).
    New,
    /// A review: solving again from a blank file (`judge review`).
    Review,
}

impl SittingKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SittingKind::New => "new",
            SittingKind::Review => "review",
        }
    }
}

/// One problem being solved: from the scaffold to the first full Accepted, which closes it with a
/// rating.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sitting {
    pub kind: SittingKind,
    pub started: DateTime,
    /// Every judged run of the sitting, in order.
    #[serde(default)]
    pub runs: Vec<SittingRun>,
    /// Hints taken during the sitting.
    #[serde(default)]
    pub hints: u32,
    /// Whether the problem's last hint was shown during the sitting.
    #[serde(default)]
    pub last_hint: bool,
    /// For a review: where the earlier solution was kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backup: Option<String>,
}

/// A run as the sitting saw it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SittingRun {
    /// The verdict, as in JSON (`wrong_answer`).
    pub verdict: String,
    /// Whether it was a full run (all random cases and the stress cases); a quick run
    /// (`--no-stress`, fewer `--cases`) never closes a sitting as Accepted.
    pub full: bool,
}

/// Who gave a rating.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RatedBy {
    /// Derived by the judge from the sitting's record.
    Judge,
    /// Given with `judge rate`.
    Learner,
}

/// One rating of one item, as FSRS counts reviews. The log is kept whole so that a learner's own
/// FSRS weights could be fitted from it later.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewEntry {
    /// A problem's slug, or `pattern:<id>` for a pattern's questions.
    pub item: String,
    pub date: Date,
    pub rating: Rating,
    pub by: RatedBy,
    /// Why this rating, in a few words.
    pub reason: String,
    /// `new` (a first solve), `review`, or `questions` (a pattern's questions, self-graded).
    pub kind: String,
    /// Runs that failed (compile errors aside) before Accepted.
    #[serde(default)]
    pub failed_runs: u32,
    #[serde(default)]
    pub hints: u32,
    /// Minutes from the start of the sitting to its first full Accepted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<u32>,
    /// The judge's own rating, when the learner replaced it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub judged: Option<Rating>,
}

/// The key of a pattern's questions in the review log.
pub fn pattern_item(id: &str) -> String {
    format!("pattern:{id}")
}
