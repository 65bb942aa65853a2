//! What time it is, for the learner's calendar. `JUDGE_NOW` (a date, `2026-03-01`, or a civil
//! date and time, `2026-03-01T09:30`) stands in for the clock, so that tests and a learner trying
//! a plan out can move through the days; otherwise the system's time in its own time zone.

use jiff::civil::{Date, DateTime};

use crate::exit::{Failure, Result};

/// The environment variable that sets the clock.
pub const NOW_VARIABLE: &str = "JUDGE_NOW";

/// The local date and time now.
pub fn now() -> Result<DateTime> {
    match std::env::var(NOW_VARIABLE) {
        Ok(text) if !text.trim().is_empty() => parse(&text),
        _ => Ok(jiff::ZonedDateTime::now().datetime()),
    }
}

/// Today's date.
pub fn today() -> Result<Date> {
    Ok(now()?.date())
}

fn parse(text: &str) -> Result<DateTime> {
    let text = text.trim();
    text.parse::<DateTime>()
        .or_else(|_| {
            text.parse::<Date>()
                .map(|d| d.to_datetime(jiff::civil::Time::midnight()))
        })
        .map_err(|e| {
            Failure::new(format!("{NOW_VARIABLE}={text} is not a date: {e}")).help(
                "give a date like 2026-03-01 or a date and time like 2026-03-01T09:30, or unset it",
            )
        })
}

/// Whole days from `from` to `to` (negative if `to` is earlier).
pub fn days_between(from: Date, to: Date) -> i64 {
    i64::from((to - from).get_days())
}

/// A date as a day number (days since 1970-01-01), as the FSRS scheduler counts.
pub fn day_number(date: Date) -> i64 {
    days_between(Date::constant(1970, 1, 1), date)
}

/// The date of a day number.
pub fn date_of(day: i64) -> Date {
    Date::constant(1970, 1, 1)
        .checked_add(jiff::Span::new().days(day))
        .unwrap_or(Date::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_times_parse_and_day_numbers_round_trip() {
        assert_eq!(
            parse("2026-03-01").unwrap().date(),
            Date::constant(2026, 3, 1)
        );
        assert_eq!(parse("2026-03-01T09:30").unwrap().hour(), 9);
        assert!(parse("yesterday")
            .unwrap_err()
            .message
            .contains("JUDGE_NOW"));
        let day = day_number(Date::constant(2024, 2, 29));
        assert_eq!(date_of(day), Date::constant(2024, 2, 29));
        assert_eq!(day_number(Date::constant(1970, 1, 2)), 1);
        assert_eq!(
            days_between(Date::constant(2026, 1, 30), Date::constant(2026, 3, 1)),
            30
        );
    }
}
