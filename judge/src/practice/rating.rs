//! The judge's rating of a sitting: Again, Hard, Good or Easy, from what the sitting's record
//! shows rather than from how the learner feels. Pure.
//!
//! The rules, first match wins:
//! 1. Again: the sitting saw the problem's last hint (the learner needed the whole way shown).
//!    Giving up is the learner's own `judge rate <slug> again`.
//! 2. Hard: any hint, three or more failed runs, or a Time Limit Exceeded on the way (the answer
//!    was right before the complexity was).
//! 3. Easy, only on a review: Accepted on the first run with no hints, within the problem's
//!    time budget (Easy 20, Medium 30, Hard 45 minutes).
//! 4. Good: everything else (a first-time clean Accepted on a new problem is Good, never Easy:
//!    one clean solve says little about remembering it).
//!
//! A failed run is any verdict but Accepted and Compile Error (a typo is not a misunderstanding),
//! quick runs included.

use jiff::civil::DateTime;
use judge_core::fsrs::Rating;

use super::record::{Sitting, SittingKind};

/// Runs that failed, compile errors aside.
pub fn failed_runs(sitting: &Sitting) -> u32 {
    sitting
        .runs
        .iter()
        .filter(|r| r.verdict != "accepted" && r.verdict != "compile_error")
        .count() as u32
}

/// Minutes a problem of this difficulty should take (also its cost in a plan).
pub fn budget_minutes(difficulty: &str) -> u32 {
    match difficulty {
        "Easy" => 20,
        "Hard" => 45,
        _ => 30,
    }
}

/// Whole minutes from the start of `sitting` to `now`.
pub fn minutes_since(sitting: &Sitting, now: DateTime) -> u32 {
    let seconds = (now - sitting.started)
        .total(jiff::Unit::Second)
        .unwrap_or(0.0)
        .max(0.0);
    (seconds / 60.0).round() as u32
}

/// The rating of a sitting that has just reached a full Accepted at `now`, and why.
pub fn judge(sitting: &Sitting, difficulty: &str, now: DateTime) -> (Rating, String) {
    let failed = failed_runs(sitting);
    let tle = sitting
        .runs
        .iter()
        .any(|r| r.verdict == "time_limit_exceeded");
    let minutes = minutes_since(sitting, now);
    let plural = |n: u32, what: &str| format!("{n} {what}{}", if n == 1 { "" } else { "s" });
    if sitting.last_hint {
        return (
            Rating::Again,
            "you took the last hint, so the way was shown rather than recalled".into(),
        );
    }
    if sitting.hints > 0 {
        return (
            Rating::Hard,
            format!("accepted after {}", plural(sitting.hints, "hint")),
        );
    }
    if failed >= 3 {
        return (
            Rating::Hard,
            format!("accepted after {}", plural(failed, "failed run")),
        );
    }
    if tle {
        return (
            Rating::Hard,
            "a Time Limit Exceeded on the way: the answer came before the complexity".into(),
        );
    }
    let budget = budget_minutes(difficulty);
    if sitting.kind == SittingKind::Review && failed == 0 && minutes <= budget {
        let first = sitting.runs.iter().all(|r| r.verdict == "accepted");
        if first {
            return (
                Rating::Easy,
                format!(
                    "a review accepted first time, no hints, in {minutes} min (budget {budget})"
                ),
            );
        }
    }
    let reason = if failed == 0 {
        match sitting.kind {
            SittingKind::New => "accepted with no hints and no failed runs".to_string(),
            SittingKind::Review => {
                format!(
                    "accepted with no hints and no failed runs, in {minutes} min (budget {budget})"
                )
            }
        }
    } else {
        format!("accepted after {}, no hints", plural(failed, "failed run"))
    };
    (Rating::Good, reason)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::practice::record::SittingRun;

    fn sitting(kind: SittingKind, verdicts: &[&str], hints: u32, last_hint: bool) -> Sitting {
        Sitting {
            kind,
            started: "2026-03-01T09:00".parse().unwrap(),
            runs: verdicts
                .iter()
                .map(|v| SittingRun {
                    verdict: v.to_string(),
                    full: true,
                })
                .collect(),
            hints,
            last_hint,
            backup: None,
        }
    }

    fn at(minutes: i64) -> DateTime {
        let start: DateTime = "2026-03-01T09:00".parse().unwrap();
        start
            .checked_add(jiff::Span::new().minutes(minutes))
            .unwrap()
    }

    #[test]
    fn the_rules_in_order() {
        use SittingKind::{New, Review};
        let rate = |s: &Sitting, m| judge(s, "Medium", at(m)).0;
        assert_eq!(
            rate(&sitting(New, &["accepted"], 0, false), 10),
            Rating::Good
        );
        assert_eq!(
            rate(&sitting(Review, &["accepted"], 0, false), 10),
            Rating::Easy
        );
        assert_eq!(
            rate(&sitting(Review, &["accepted"], 0, false), 31),
            Rating::Good
        );
        assert_eq!(
            rate(&sitting(New, &["accepted"], 1, false), 10),
            Rating::Hard
        );
        assert_eq!(
            rate(&sitting(New, &["accepted"], 3, true), 10),
            Rating::Again
        );
        let three = ["wrong_answer", "runtime_error", "wrong_answer", "accepted"];
        assert_eq!(rate(&sitting(New, &three, 0, false), 10), Rating::Hard);
        let two = ["wrong_answer", "compile_error", "wrong_answer", "accepted"];
        assert_eq!(rate(&sitting(New, &two, 0, false), 10), Rating::Good);
        let slow = ["time_limit_exceeded", "accepted"];
        assert_eq!(rate(&sitting(Review, &slow, 0, false), 10), Rating::Hard);
        let typo = ["compile_error", "accepted"];
        assert_eq!(rate(&sitting(Review, &typo, 0, false), 10), Rating::Good);
    }

    #[test]
    fn the_reason_names_what_decided() {
        let (_, reason) = judge(
            &sitting(SittingKind::New, &["wrong_answer", "accepted"], 0, false),
            "Easy",
            at(5),
        );
        assert_eq!(reason, "accepted after 1 failed run, no hints");
        let (_, reason) = judge(
            &sitting(SittingKind::New, &["accepted"], 2, false),
            "Easy",
            at(5),
        );
        assert_eq!(reason, "accepted after 2 hints");
    }
}
