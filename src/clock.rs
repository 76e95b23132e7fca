//! The build's notion of "now", injected so builds are reproducible.
//!
//! Nothing else in Quartier reads the system clock. `--today` fixes the
//! date (for tests and previews of the future); `SOURCE_DATE_EPOCH` fixes the
//! instant for reproducible builds; otherwise the clock is read once.

use jiff::civil::Date;
use jiff::Timestamp;

/// When the build happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clock {
    /// A fixed date, if one was given.
    pub today: Option<Date>,
    /// The instant used for timestamps in calendars and feeds.
    pub stamp: Timestamp,
}

impl Clock {
    /// From `--today` (if given), then `SOURCE_DATE_EPOCH`, then the system clock.
    pub fn from_env(today: Option<&str>) -> Result<Self, String> {
        let epoch = match std::env::var("SOURCE_DATE_EPOCH") {
            Ok(s) if !s.trim().is_empty() => Some(
                s.trim()
                    .parse::<i64>()
                    .ok()
                    .and_then(|n| Timestamp::from_second(n).ok())
                    .ok_or_else(|| format!("SOURCE_DATE_EPOCH `{s}` is not a number of seconds"))?,
            ),
            _ => None,
        };
        let today = match today {
            Some(t) => Some(
                crate::schedule::parse_date(t)
                    .map_err(|e| format!("--today: {e}; write the date as YYYY-MM-DD"))?,
            ),
            None => None,
        };
        let stamp = match (epoch, today) {
            (Some(e), _) => e,
            (None, Some(d)) => Self::fixed(d).stamp,
            // Whole days only, so two builds on the same day are identical.
            (None, None) => {
                let now = Timestamp::now().as_second();
                Timestamp::from_second(now - now.rem_euclid(86_400))
                    .unwrap_or(Timestamp::UNIX_EPOCH)
            }
        };
        Ok(Clock { today, stamp })
    }

    /// A clock fixed at midnight UTC of `today`.
    pub fn fixed(today: Date) -> Self {
        let stamp = today
            .to_zoned_datetime(jiff::tz::TimeZone::UTC)
            .map(|z| z.timestamp())
            .unwrap_or(Timestamp::UNIX_EPOCH);
        Clock {
            today: Some(today),
            stamp,
        }
    }

    /// Today's date in time zone `tz`.
    pub fn today_in(&self, tz: &jiff::tz::TimeZone) -> Date {
        self.today
            .unwrap_or_else(|| self.stamp.to_zoned_datetime(tz.clone()).date())
    }
}
