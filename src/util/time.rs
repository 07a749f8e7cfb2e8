//! Times as `csp` stores and reads them: RFC 3339 in UTC, to the second.

use crate::error::Error;
use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};

pub fn format(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// `--since DATE`: a date (`2026-11-01`, midnight UTC) or an RFC 3339 time.
pub fn parse_since(input: &str) -> Result<String, Error> {
    let s = input.trim();
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        if let Some(t) = d.and_hms_opt(0, 0, 0) {
            return Ok(format(t.and_utc()));
        }
    }
    DateTime::parse_from_rfc3339(s)
        .map(|t| format(t.with_timezone(&Utc)))
        .map_err(|_| {
            Error::invalid(format!(
                "invalid date '{s}': expected YYYY-MM-DD or an RFC 3339 time"
            ))
        })
}

/// `--older-than 14d`: a count of days (`d`), hours (`h`) or weeks (`w`),
/// turned into the time that far back from now.
pub fn parse_age(input: &str) -> Result<String, Error> {
    let s = input.trim();
    let bad = || {
        Error::invalid(format!(
            "invalid age '{s}': expected a number and a unit, like 14d, 36h or 2w"
        ))
    };
    let (number, unit) = s.split_at(s.find(|c: char| !c.is_ascii_digit()).ok_or_else(bad)?);
    let n: i64 = number.parse().map_err(|_| bad())?;
    let span = match unit {
        "h" => chrono::Duration::try_hours(n),
        "d" => chrono::Duration::try_days(n),
        "w" => chrono::Duration::try_weeks(n),
        _ => None,
    }
    .ok_or_else(bad)?;
    // An age reaching back before the calendar begins is no age at all.
    let at = Utc::now().checked_sub_signed(span).ok_or_else(bad)?;
    Ok(format(at))
}

#[cfg(test)]
mod tests {
    #[test]
    fn ages_and_dates_parse() {
        assert!(super::parse_age("14d").is_ok());
        assert!(super::parse_age("14").is_err());
        assert!(super::parse_age("d").is_err());
        for huge in ["99999999d", "9999999999h", "2000000000w"] {
            assert!(super::parse_age(huge).is_err(), "{huge}");
        }
        assert_eq!(
            super::parse_since("2026-11-01").unwrap(),
            "2026-11-01T00:00:00Z"
        );
        assert_eq!(
            super::parse_since("2026-11-01T10:00:00+01:00").unwrap(),
            "2026-11-01T09:00:00Z"
        );
        assert!(super::parse_since("yesterday").is_err());
    }
}
