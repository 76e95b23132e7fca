//! Schedules: the forms of the content contract, validated into typed
//! values, and their readable text in every language.
//!
//! Dates are civil (wall-clock) dates in the site's time zone; text comes
//! from CLDR through [`Formats`] and from Fluent messages, never from
//! hand-written month or weekday tables.

use jiff::civil::{Date, Weekday};
use serde::Deserialize;

use crate::diag::Diagnostics;
use crate::i18n::{Formats, Strings, WEEKDAYS};
use crate::yaml::YamlFile;
use crate::yamlspan::Seg;

/// How many coming dates an offering's page lists (each with an "add this
/// date" calendar file, named by the URL authority).
pub const NEXT_DATES: usize = 5;

/// A wall-clock time of day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct TimeOfDay {
    /// 0–23.
    pub hour: u8,
    /// 0–59.
    pub minute: u8,
}

/// Start and end time of a meeting; either may be absent for whole-day items.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Times {
    /// When it starts.
    pub start: Option<TimeOfDay>,
    /// When it ends.
    pub end: Option<TimeOfDay>,
}

/// One date with times.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatedTimes {
    /// The day.
    pub date: Date,
    /// The times on that day.
    pub times: Times,
}

/// A weekly meeting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeeklySlot {
    /// 0 = Monday … 6 = Sunday.
    pub day: usize,
    /// The times.
    pub times: Times,
}

/// Which week of the month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Week {
    /// The n-th (1–4) weekday of the month.
    Nth(u8),
    /// The last weekday of the month.
    Last,
}

/// A monthly meeting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthlySlot {
    /// Which week.
    pub week: Week,
    /// 0 = Monday … 6 = Sunday.
    pub day: usize,
    /// The times.
    pub times: Times,
}

/// Limits shared by the repeating forms.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Period {
    /// First possible date.
    pub from: Option<Date>,
    /// Last possible date.
    pub until: Option<Date>,
    /// Cancelled dates.
    pub except: Vec<Date>,
}

/// When an offering takes place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Schedule {
    /// One day, or several whole days when `until` is set.
    Once {
        /// The (first) day.
        date: Date,
        /// The last day of a multi-day event.
        until: Option<Date>,
        /// The times.
        times: Times,
    },
    /// A list of dates, sorted.
    Dates(Vec<DatedTimes>),
    /// Every `interval`-th week on the given days.
    Weekly {
        /// Days and times.
        slots: Vec<WeeklySlot>,
        /// Every n-th week, counted from the week of `period.from`.
        interval: u32,
        /// Limits and cancelled dates.
        period: Period,
    },
    /// On the n-th or last weekday of each month.
    Monthly {
        /// Weeks, days and times.
        slots: Vec<MonthlySlot>,
        /// Limits and cancelled dates.
        period: Period,
    },
    /// No fixed dates.
    ByAppointment,
}

/// A scalar written as text or as a number; YAML may give either.
#[derive(Debug, Clone)]
pub struct Scalar(pub String);

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = serde_yaml::Value::deserialize(d)?;
        Ok(Scalar(match v {
            serde_yaml::Value::String(s) => s,
            serde_yaml::Value::Number(n) => n.to_string(),
            serde_yaml::Value::Bool(b) => b.to_string(),
            serde_yaml::Value::Null => String::new(),
            _ => {
                return Err(serde::de::Error::custom(
                    "expected a single value, not a list or map",
                ))
            }
        }))
    }
}

/// `{ date, start, end }` inside `dates:`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDated {
    date: Scalar,
    #[serde(default)]
    start: Option<Scalar>,
    #[serde(default)]
    end: Option<Scalar>,
}

/// `{ day, start, end }` inside `weekly:`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawWeekly {
    day: Scalar,
    #[serde(default)]
    start: Option<Scalar>,
    #[serde(default)]
    end: Option<Scalar>,
}

/// `{ week, day, start, end }` inside `monthly:`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMonthly {
    week: Scalar,
    day: Scalar,
    #[serde(default)]
    start: Option<Scalar>,
    #[serde(default)]
    end: Option<Scalar>,
}

/// `schedule:` as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSchedule {
    #[serde(default)]
    date: Option<Scalar>,
    #[serde(default)]
    until: Option<Scalar>,
    #[serde(default)]
    start: Option<Scalar>,
    #[serde(default)]
    end: Option<Scalar>,
    #[serde(default)]
    dates: Option<Vec<RawDated>>,
    #[serde(default)]
    weekly: Option<Vec<RawWeekly>>,
    #[serde(default)]
    monthly: Option<Vec<RawMonthly>>,
    #[serde(default)]
    interval: Option<Scalar>,
    #[serde(default)]
    from: Option<Scalar>,
    #[serde(default)]
    except: Option<Vec<Scalar>>,
    #[serde(default)]
    by_appointment: Option<bool>,
}

/// Validates a raw schedule; problems go into `diags` with their positions.
pub struct Validator<'a> {
    file: &'a YamlFile,
    diags: &'a mut Diagnostics,
    ok: bool,
}

/// Names and abbreviations of the weekdays (Monday first) in German,
/// English and Turkish, for the hint when a day is written by name.
const DAY_NAMES: [&[&str]; 7] = [
    &["mo", "montag", "monday", "pazartesi", "pzt"],
    &["di", "dienstag", "tu", "tuesday", "tues", "salı", "sal"],
    &[
        "mi",
        "mittwoch",
        "we",
        "wednesday",
        "çarşamba",
        "çar",
        "carsamba",
    ],
    &[
        "do",
        "donnerstag",
        "th",
        "thursday",
        "thur",
        "thurs",
        "perşembe",
        "per",
        "persembe",
    ],
    &["fr", "freitag", "friday", "cuma", "cum"],
    &["sa", "samstag", "sonnabend", "saturday", "cumartesi", "cmt"],
    &["so", "sonntag", "su", "sunday", "pazar", "paz"],
];

const FORMS: &str = "`date`, `dates`, `weekly`, `monthly` or `by_appointment: true`";

impl<'a> Validator<'a> {
    /// A validator reporting into `diags`.
    pub fn new(file: &'a YamlFile, diags: &'a mut Diagnostics) -> Self {
        Validator {
            file,
            diags,
            ok: true,
        }
    }

    fn error(&mut self, path: &[Seg], msg: String, hint: &str) {
        let d = self.file.error_at(path, msg);
        self.diags
            .push(if hint.is_empty() { d } else { d.hint(hint) });
        self.ok = false;
    }

    fn date(&mut self, s: &Scalar, path: &[Seg]) -> Option<Date> {
        match parse_date(&s.0) {
            Ok(d) => Some(d),
            Err(msg) => {
                self.error(path, msg, "write dates as YYYY-MM-DD, e.g. 2026-09-01");
                None
            }
        }
    }

    fn time(&mut self, s: &Option<Scalar>, path: &[Seg]) -> Option<TimeOfDay> {
        let s = s.as_ref()?;
        match parse_time(&s.0) {
            Ok(t) => Some(t),
            Err(msg) => {
                self.error(
                    path,
                    msg,
                    "write times in quotes as \"HH:MM\", e.g. \"09:30\"",
                );
                None
            }
        }
    }

    fn times(&mut self, start: &Option<Scalar>, end: &Option<Scalar>, base: &[Seg]) -> Times {
        let mut p = base.to_vec();
        p.push(Seg::Key("start"));
        let s = self.time(start, &p);
        p.pop();
        p.push(Seg::Key("end"));
        let e = self.time(end, &p);
        match (s, e) {
            (Some(s), Some(e)) if e <= s => self.error(
                &p,
                format!(
                    "end {:02}:{:02} is not after start {:02}:{:02}",
                    e.hour, e.minute, s.hour, s.minute
                ),
                "check the times; an evening meeting ends e.g. at \"20:00\", not \"08:00\"",
            ),
            (None, Some(_)) if start.is_none() => {
                self.error(&p, "`end` without `start`".into(), "add `start: \"HH:MM\"`")
            }
            _ => {}
        }
        Times { start: s, end: e }
    }

    fn day(&mut self, s: &Scalar, path: &[Seg]) -> Option<usize> {
        let key = s.0.trim().to_ascii_lowercase();
        match WEEKDAYS.iter().position(|d| *d == key) {
            Some(i) => Some(i),
            None => {
                // A day's name in German, English or Turkish (the office's
                // languages) is not a typo of another day: `Di` is Tuesday.
                let named = DAY_NAMES
                    .iter()
                    .position(|names| {
                        names.contains(&s.0.trim().to_lowercase().trim_end_matches('.'))
                    })
                    .map(|i| WEEKDAYS[i]);
                let hint = match named.or_else(|| crate::diag::did_you_mean(&key, WEEKDAYS)) {
                    Some(s) => format!("did you mean `{s}`? days are mon tue wed thu fri sat sun"),
                    None => "days are written mon tue wed thu fri sat sun".into(),
                };
                self.error(path, format!("`{}` is not a day of the week", s.0), &hint);
                None
            }
        }
    }

    fn period(&mut self, raw: &RawSchedule) -> Period {
        let from = raw
            .from
            .as_ref()
            .and_then(|s| self.date(s, &[Seg::Key("schedule"), Seg::Key("from")]));
        let until = raw
            .until
            .as_ref()
            .and_then(|s| self.date(s, &[Seg::Key("schedule"), Seg::Key("until")]));
        if let (Some(f), Some(u)) = (from, until) {
            if u < f {
                self.error(
                    &[Seg::Key("schedule"), Seg::Key("until")],
                    format!("`until` {u} is before `from` {f}"),
                    "swap the two dates or correct the year",
                );
            }
        }
        let mut except = Vec::new();
        for (i, s) in raw.except.iter().flatten().enumerate() {
            if let Some(d) = self.date(
                s,
                &[Seg::Key("schedule"), Seg::Key("except"), Seg::Index(i)],
            ) {
                except.push(d);
            }
        }
        except.sort();
        except.dedup();
        Period {
            from,
            until,
            except,
        }
    }

    fn not_here(&mut self, present: bool, field: &'static str, form: &str) {
        if present {
            self.error(
                &[Seg::Key("schedule"), Seg::Key(field)],
                format!("`{field}` does not belong to a {form} schedule"),
                "remove it, or see the schedule forms in docs/content.md",
            );
        }
    }

    /// Checks `raw` and returns the schedule, or `None` after reporting.
    pub fn validate(mut self, raw: &RawSchedule) -> Option<Schedule> {
        let sched = [Seg::Key("schedule")];
        let forms = [
            raw.date.is_some(),
            raw.dates.is_some(),
            raw.weekly.is_some(),
            raw.monthly.is_some(),
            raw.by_appointment.is_some(),
        ];
        let n = forms.iter().filter(|b| **b).count();
        if n == 0 {
            self.error(
                &sched,
                "the schedule says nothing about when".to_string(),
                &format!("use exactly one of {FORMS}"),
            );
            return None;
        }
        if n > 1 {
            // Name each form and its line: the editor keeps one.
            let named: Vec<String> = ["date", "dates", "weekly", "monthly", "by_appointment"]
                .iter()
                .zip(forms)
                .filter(|(_, present)| *present)
                .map(
                    |(f, _)| match self.file.key(&[Seg::Key("schedule"), Seg::Key(f)]) {
                        Some((line, _)) => format!("`{f}` (line {line})"),
                        None => format!("`{f}`"),
                    },
                )
                .collect();
            self.error(
                &sched,
                format!("the schedule mixes several forms: {}", named.join(", ")),
                &format!("keep exactly one of {FORMS}"),
            );
            return None;
        }
        let schedule = if let Some(date) = &raw.date {
            self.not_here(raw.from.is_some(), "from", "one-day");
            self.not_here(raw.interval.is_some(), "interval", "one-day");
            self.not_here(raw.except.is_some(), "except", "one-day");
            let d = self.date(date, &[Seg::Key("schedule"), Seg::Key("date")]);
            let until = raw
                .until
                .as_ref()
                .and_then(|s| self.date(s, &[Seg::Key("schedule"), Seg::Key("until")]));
            if let (Some(d), Some(u)) = (d, until) {
                if u < d {
                    self.error(
                        &[Seg::Key("schedule"), Seg::Key("until")],
                        format!("`until` {u} is before `date` {d}"),
                        "the last day must not be before the first",
                    );
                }
            }
            let times = self.times(&raw.start, &raw.end, &sched);
            Schedule::Once {
                date: d?,
                until: until.filter(|u| Some(*u) != d),
                times,
            }
        } else if let Some(dates) = &raw.dates {
            self.only_top(raw, "dates");
            if dates.is_empty() {
                self.error(
                    &[Seg::Key("schedule"), Seg::Key("dates")],
                    "`dates` is empty".into(),
                    "add at least one `{ date: 2026-03-02, start: \"18:00\", end: \"20:00\" }`",
                );
            }
            let mut out = Vec::new();
            for (i, e) in dates.iter().enumerate() {
                let base = [Seg::Key("schedule"), Seg::Key("dates"), Seg::Index(i)];
                let mut p = base.to_vec();
                p.push(Seg::Key("date"));
                let d = self.date(&e.date, &p);
                let times = self.times(&e.start, &e.end, &base);
                if let Some(date) = d {
                    out.push(DatedTimes { date, times });
                }
            }
            out.sort_by_key(|d| (d.date, d.times.start));
            Schedule::Dates(out)
        } else if let Some(weekly) = &raw.weekly {
            self.not_here(
                raw.start.is_some(),
                "start",
                "weekly (times go into each day)",
            );
            self.not_here(raw.end.is_some(), "end", "weekly (times go into each day)");
            if weekly.is_empty() {
                self.error(
                    &[Seg::Key("schedule"), Seg::Key("weekly")],
                    "`weekly` is empty".into(),
                    "add at least one `{ day: tue, start: \"09:00\", end: \"11:00\" }`",
                );
            }
            let mut slots = Vec::new();
            for (i, w) in weekly.iter().enumerate() {
                let base = [Seg::Key("schedule"), Seg::Key("weekly"), Seg::Index(i)];
                let mut p = base.to_vec();
                p.push(Seg::Key("day"));
                let day = self.day(&w.day, &p);
                let times = self.times(&w.start, &w.end, &base);
                if let Some(day) = day {
                    slots.push(WeeklySlot { day, times });
                }
            }
            slots.sort_by_key(|s| (s.day, s.times.start));
            let interval = match &raw.interval {
                None => 1,
                Some(s) => match s.0.trim().parse::<u32>() {
                    Ok(n) if (1..=52).contains(&n) => n,
                    _ => {
                        self.error(
                            &[Seg::Key("schedule"), Seg::Key("interval")],
                            format!("`interval: {}` is not a number of weeks", s.0),
                            "write 1 for every week, 2 for every second week, …",
                        );
                        1
                    }
                },
            };
            let period = self.period(raw);
            if interval > 1 && period.from.is_none() {
                self.error(
                    &[Seg::Key("schedule"), Seg::Key("interval")],
                    format!("`interval: {interval}` needs `from` to know which weeks count"),
                    "add `from:` with the date of the first meeting",
                );
            }
            Schedule::Weekly {
                slots,
                interval,
                period,
            }
        } else if let Some(monthly) = &raw.monthly {
            self.not_here(
                raw.start.is_some(),
                "start",
                "monthly (times go into each entry)",
            );
            self.not_here(
                raw.end.is_some(),
                "end",
                "monthly (times go into each entry)",
            );
            self.not_here(raw.interval.is_some(), "interval", "monthly");
            if monthly.is_empty() {
                self.error(
                    &[Seg::Key("schedule"), Seg::Key("monthly")],
                    "`monthly` is empty".into(),
                    "add at least one `{ week: 1, day: mon, start: \"15:00\", end: \"17:00\" }`",
                );
            }
            let mut slots = Vec::new();
            for (i, m) in monthly.iter().enumerate() {
                let base = [Seg::Key("schedule"), Seg::Key("monthly"), Seg::Index(i)];
                let mut p = base.to_vec();
                p.push(Seg::Key("week"));
                let week = match m.week.0.trim() {
                    "last" => Some(Week::Last),
                    w => match w.parse::<u8>() {
                        Ok(n @ 1..=4) => Some(Week::Nth(n)),
                        _ => {
                            self.error(
                                &p,
                                format!("`week: {}` is not a week of the month", m.week.0),
                                "write 1, 2, 3, 4 or last",
                            );
                            None
                        }
                    },
                };
                p.pop();
                p.push(Seg::Key("day"));
                let day = self.day(&m.day, &p);
                let times = self.times(&m.start, &m.end, &base);
                if let (Some(week), Some(day)) = (week, day) {
                    slots.push(MonthlySlot { week, day, times });
                }
            }
            let period = self.period(raw);
            Schedule::Monthly { slots, period }
        } else {
            self.only_top(raw, "by_appointment");
            if raw.by_appointment != Some(true) {
                self.error(
                    &[Seg::Key("schedule"), Seg::Key("by_appointment")],
                    "`by_appointment` must be `true`".into(),
                    "write `by_appointment: true`, or give dates",
                );
            }
            Schedule::ByAppointment
        };
        if self.ok {
            self.check_cancelled(raw, &schedule);
        }
        self.ok.then_some(schedule)
    }

    /// Warns about a cancelled date (`except`) on which the offering would
    /// not meet anyway: outside `from`/`until`, on another weekday, in a
    /// skipped week. Usually a wrong year or a typo, which leaves the real
    /// meeting listed; the hint names the real meetings nearest to it.
    fn check_cancelled(&mut self, raw: &RawSchedule, schedule: &Schedule) {
        // The schedule as if nothing were cancelled, and what is.
        let mut plain = schedule.clone();
        let (cancelled, from, until) = match &mut plain {
            Schedule::Weekly { period, .. } | Schedule::Monthly { period, .. } => (
                std::mem::take(&mut period.except),
                period.from,
                period.until,
            ),
            _ => return,
        };
        let fmt = |d: Date| d.strftime("%a %Y-%m-%d").to_string();
        for (i, s) in raw.except.iter().flatten().enumerate() {
            let Ok(d) = parse_date(&s.0) else { continue };
            if !plain.occurrences(d, d).is_empty() {
                continue;
            }
            let why = match (from, until) {
                (Some(f), _) if d < f => format!("it is before `from` {f}"),
                (_, Some(u)) if d > u => format!("it is after `until` {u}"),
                _ => format!("the offering does not meet on {}", fmt(d)),
            };
            // The same day in another year of the offering's range.
            let years =
                from.map_or(d.year() - 1, |f| f.year())..=until.map_or(d.year() + 1, |u| u.year());
            let other_years: Vec<Date> = years
                .filter(|y| *y != d.year())
                .filter_map(|y| Date::new(y, d.month(), d.day()).ok())
                .collect();
            let same_day = other_years
                .iter()
                .find(|c| !cancelled.contains(c) && !plain.occurrences(**c, **c).is_empty());
            // Meetings within three days of the date, or of the same day in
            // another year of the range (a wrong year and a wrong day at once).
            let close: Vec<Date> = std::iter::once(d)
                .chain(other_years.iter().copied())
                .flat_map(|c| {
                    let lo = add_days(c, -3).unwrap_or(c);
                    let hi = add_days(c, 3).unwrap_or(c);
                    plain.occurrences(lo, hi).into_iter().map(|o| o.date)
                })
                .filter(|c| !cancelled.contains(c))
                .collect();
            let hint = match same_day {
                Some(c) => format!("did you mean {}?", fmt(*c)),
                None if !close.is_empty() => format!(
                    "did you mean {}?",
                    close.into_iter().map(fmt).collect::<Vec<_>>().join(" or ")
                ),
                None => {
                    let lo = add_days(d, -21).unwrap_or(d);
                    let hi = add_days(d, 21).unwrap_or(d);
                    let mut near: Vec<Date> =
                        plain.occurrences(lo, hi).iter().map(|o| o.date).collect();
                    if near.is_empty() {
                        near = match (from, until) {
                            (Some(f), _) if d < f => {
                                plain.next(f, 3).iter().map(|o| o.date).collect()
                            }
                            (_, Some(u)) => {
                                let all = plain.occurrences(add_days(u, -62).unwrap_or(u), u);
                                all.iter().rev().take(3).rev().map(|o| o.date).collect()
                            }
                            _ => Vec::new(),
                        };
                    }
                    near.sort_by_key(|n| (i64::from((*n - d).get_days())).abs());
                    near.truncate(3);
                    near.sort();
                    near.dedup();
                    if near.is_empty() {
                        "check the date; it cancels no meeting".to_string()
                    } else {
                        format!(
                            "it cancels no meeting; the nearest meetings are {}",
                            near.into_iter().map(fmt).collect::<Vec<_>>().join(", ")
                        )
                    }
                }
            };
            let d_msg = format!("cancelled date {d} is not a meeting: {why}");
            let diag = crate::diag::Diagnostic::warning(&self.file.rel, d_msg)
                .at(self
                    .file
                    .value(&[Seg::Key("schedule"), Seg::Key("except"), Seg::Index(i)]))
                .hint(hint);
            self.diags.push(diag);
        }
    }

    fn only_top(&mut self, raw: &RawSchedule, form: &str) {
        for (present, f) in [
            (raw.start.is_some(), "start"),
            (raw.end.is_some(), "end"),
            (raw.until.is_some(), "until"),
            (raw.from.is_some(), "from"),
            (raw.interval.is_some(), "interval"),
            (raw.except.is_some(), "except"),
        ] {
            if present {
                self.error(
                    &[Seg::Key("schedule"), Seg::Key(f)],
                    format!("`{f}` does not belong to a `{form}` schedule"),
                    "remove it, or see the schedule forms in docs/content.md",
                );
            }
        }
    }
}

/// Parses `YYYY-MM-DD`, rejecting dates that do not exist.
pub fn parse_date(s: &str) -> Result<Date, String> {
    let t = s.trim();
    let parts: Vec<&str> = t.split('-').collect();
    let nums: Option<Vec<i64>> =
        if parts.len() == 3 && parts[0].len() == 4 && parts[1].len() == 2 && parts[2].len() == 2 {
            parts.iter().map(|p| p.parse::<i64>().ok()).collect()
        } else {
            None
        };
    let Some(n) = nums else {
        return Err(format!("`{t}` is not a date"));
    };
    Date::new(n[0] as i16, n[1] as i8, n[2] as i8)
        .map_err(|_| format!("{t} does not exist in the calendar"))
}

/// Parses `HH:MM` (also `H:MM`).
pub fn parse_time(s: &str) -> Result<TimeOfDay, String> {
    let t = s.trim();
    let bad = || format!("`{t}` is not a time of day");
    let (h, m) = t.split_once(':').ok_or_else(bad)?;
    if h.is_empty() || h.len() > 2 || m.len() != 2 {
        return Err(bad());
    }
    let hour: u8 = h.parse().map_err(|_| bad())?;
    let minute: u8 = m.parse().map_err(|_| bad())?;
    if hour > 23 || minute > 59 {
        return Err(format!(
            "{t} is not a time of day (hours 0–23, minutes 0–59)"
        ));
    }
    Ok(TimeOfDay { hour, minute })
}

fn weekday_index(w: Weekday) -> usize {
    w.to_monday_zero_offset() as usize
}

/// `09:00–11:00` (or just the start) in language `lang`; empty without times.
pub fn time_text(f: &Formats, s: &Strings, lang: usize, t: &Times) -> String {
    match (t.start, t.end) {
        (Some(a), Some(b)) => {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("start", f.time(a.hour, a.minute));
            args.set("end", f.time(b.hour, b.minute));
            s.get(lang, "time-range", Some(&args), false)
        }
        (Some(a), None) => f.time(a.hour, a.minute),
        _ => String::new(),
    }
}

/// One line of readable schedule text: what day (or period) and what time.
#[derive(Debug, Clone, serde::Serialize, PartialEq, Eq)]
pub struct WhenLine {
    /// The day, date or rule.
    pub label: String,
    /// The time range, or empty.
    pub time: String,
    /// What the line says: `day` (a date or weekday with its time), `rule`
    /// (how often), `period` (from … to …) or `except` (cancelled dates).
    /// Short lists (cards, flyers) show only `day` and `rule` lines.
    pub kind: &'static str,
}

impl WhenLine {
    fn new(kind: &'static str, label: String, time: String) -> Self {
        WhenLine { label, time, kind }
    }
}

/// One meeting of an offering, on a wall-clock day in the site's time zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Occurrence {
    /// The day (the first day of a multi-day event).
    pub date: Date,
    /// Start and end time; both absent for whole days.
    pub times: Times,
    /// The last day of a multi-day event.
    pub until: Option<Date>,
}

impl PartialOrd for Times {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Times {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.start, self.end).cmp(&(other.start, other.end))
    }
}

/// The date of the `week`-th (or last) `day` (0 = Monday) of a month.
pub fn nth_weekday(year: i16, month: i8, week: Week, day: usize) -> Option<Date> {
    let first = Date::new(year, month, 1).ok()?;
    match week {
        Week::Nth(n) => {
            let offset = (day as i64 - weekday_index(first.weekday()) as i64).rem_euclid(7);
            let d = first
                .checked_add(jiff::Span::new().days(offset + 7 * (i64::from(n) - 1)))
                .ok()?;
            (d.month() == month).then_some(d)
        }
        Week::Last => {
            let last = first.last_of_month();
            let offset = (weekday_index(last.weekday()) as i64 - day as i64).rem_euclid(7);
            last.checked_sub(jiff::Span::new().days(offset)).ok()
        }
    }
}

/// A wall-clock time on a day in `tz` as an instant. In the hour skipped in
/// spring the time moves forward (02:30 becomes 03:30); in the hour repeated
/// in autumn the earlier one is meant, as RFC 5545 asks.
pub fn zoned(date: Date, time: TimeOfDay, tz: &jiff::tz::TimeZone) -> Option<jiff::ZonedDateTime> {
    let dt = date.at(time.hour as i8, time.minute as i8, 0, 0);
    tz.to_ambiguous_zoned_datetime(dt).compatible().ok()
}

fn add_days(d: Date, n: i64) -> Option<Date> {
    d.checked_add(jiff::Span::new().days(n)).ok()
}

/// The Monday of the week `d` is in.
fn monday(d: Date) -> Date {
    add_days(d, -(weekday_index(d.weekday()) as i64)).unwrap_or(d)
}

impl Schedule {
    /// Every meeting from `from` to `to` (both included), sorted, without
    /// cancelled dates. A multi-day event that is still running on `from`
    /// is included.
    pub fn occurrences(&self, from: Date, to: Date) -> Vec<Occurrence> {
        let mut out = Vec::new();
        if to < from {
            return out;
        }
        let clip = |p: &Period| -> Option<(Date, Date)> {
            let a = p.from.map_or(from, |f| f.max(from));
            let b = p.until.map_or(to, |u| u.min(to));
            (a <= b).then_some((a, b))
        };
        match self {
            Schedule::Once { date, until, times } => {
                let last = until.unwrap_or(*date);
                if *date <= to && last >= from {
                    out.push(Occurrence {
                        date: *date,
                        times: *times,
                        until: *until,
                    });
                }
            }
            Schedule::Dates(dates) => {
                out.extend(
                    dates
                        .iter()
                        .filter(|d| d.date >= from && d.date <= to)
                        .map(|d| Occurrence {
                            date: d.date,
                            times: d.times,
                            until: None,
                        }),
                );
            }
            Schedule::Weekly {
                slots,
                interval,
                period,
            } => {
                let Some((a, b)) = clip(period) else {
                    return out;
                };
                let anchor = monday(period.from.unwrap_or(a));
                for slot in slots {
                    // First matching weekday on or after `a`.
                    let offset =
                        (slot.day as i64 - weekday_index(a.weekday()) as i64).rem_euclid(7);
                    let mut d = match add_days(a, offset) {
                        Some(d) => d,
                        None => continue,
                    };
                    while d <= b {
                        let weeks = i64::from((monday(d) - anchor).get_days()).div_euclid(7);
                        if weeks.rem_euclid(i64::from(*interval)) == 0
                            && !period.except.contains(&d)
                        {
                            out.push(Occurrence {
                                date: d,
                                times: slot.times,
                                until: None,
                            });
                        }
                        d = match add_days(d, 7) {
                            Some(n) => n,
                            None => break,
                        };
                    }
                }
            }
            Schedule::Monthly { slots, period } => {
                let Some((a, b)) = clip(period) else {
                    return out;
                };
                let (mut y, mut m) = (a.year(), a.month());
                loop {
                    for slot in slots {
                        if let Some(d) = nth_weekday(y, m, slot.week, slot.day) {
                            if d >= a && d <= b && !period.except.contains(&d) {
                                out.push(Occurrence {
                                    date: d,
                                    times: slot.times,
                                    until: None,
                                });
                            }
                        }
                    }
                    if (y, m) >= (b.year(), b.month()) {
                        break;
                    }
                    if m == 12 {
                        y += 1;
                        m = 1;
                    } else {
                        m += 1;
                    }
                }
            }
            Schedule::ByAppointment => {}
        }
        out.sort();
        out
    }

    /// The next `n` meetings on or after `today`, looking at most two years ahead.
    pub fn next(&self, today: Date, n: usize) -> Vec<Occurrence> {
        let horizon = add_days(today, 731).unwrap_or(today);
        let mut v = self.occurrences(today, horizon);
        v.truncate(n);
        v
    }

    /// Whether it is over: its last day (of a one-off event, a list of
    /// dates, or a course with `until`) is before `today`. Offerings that are
    /// over move to the archive and out of lists, calendars and flyers.
    pub fn is_past(&self, today: Date) -> bool {
        match self {
            Schedule::Once { .. } | Schedule::Dates(_) => {
                self.last_day().is_some_and(|d| d < today)
            }
            Schedule::Weekly { period, .. } | Schedule::Monthly { period, .. } => {
                period.until.is_some_and(|d| d < today)
            }
            Schedule::ByAppointment => false,
        }
    }

    /// The last day this schedule can happen on, if it ends.
    pub fn last_day(&self) -> Option<Date> {
        match self {
            Schedule::Once { date, until, .. } => Some(until.unwrap_or(*date)),
            Schedule::Dates(d) => d.last().map(|d| d.date),
            Schedule::Weekly { period, .. } | Schedule::Monthly { period, .. } => period.until,
            Schedule::ByAppointment => None,
        }
    }

    /// Weekdays (0 = Monday) this schedule is on, where that is fixed.
    pub fn weekdays(&self) -> Vec<usize> {
        let mut v: Vec<usize> = match self {
            Schedule::Weekly { slots, .. } => slots.iter().map(|s| s.day).collect(),
            Schedule::Monthly { slots, .. } => slots.iter().map(|s| s.day).collect(),
            Schedule::Once {
                date, until: None, ..
            } => vec![weekday_index(date.weekday())],
            Schedule::Dates(d) => d.iter().map(|d| weekday_index(d.date.weekday())).collect(),
            _ => Vec::new(),
        };
        v.sort();
        v.dedup();
        v
    }

    /// Start times of its meetings, sorted, where the schedule gives them.
    pub fn start_times(&self) -> Vec<TimeOfDay> {
        let mut v: Vec<TimeOfDay> = match self {
            Schedule::Once { times, .. } => times.start.into_iter().collect(),
            Schedule::Dates(d) => d.iter().filter_map(|d| d.times.start).collect(),
            Schedule::Weekly { slots, .. } => slots.iter().filter_map(|s| s.times.start).collect(),
            Schedule::Monthly { slots, .. } => slots.iter().filter_map(|s| s.times.start).collect(),
            Schedule::ByAppointment => Vec::new(),
        };
        v.sort();
        v.dedup();
        v
    }

    /// The schedule as lines of text in language `lang`.
    pub fn describe(&self, f: &Formats, s: &Strings, lang: usize) -> Vec<WhenLine> {
        let time = |t: &Times| time_text(f, s, lang, t);
        let period_line = |p: &Period| -> Option<WhenLine> {
            let label = match (p.from, p.until) {
                (Some(a), Some(b)) => {
                    let mut args = fluent_bundle::FluentArgs::new();
                    args.set("start", f.date(a));
                    args.set("end", f.date(b));
                    s.get(lang, "schedule-period", Some(&args), true)
                }
                (Some(a), None) => s.get1(lang, "schedule-from", "date", f.date(a).into(), true),
                (None, Some(b)) => s.get1(lang, "schedule-until", "date", f.date(b).into(), true),
                (None, None) => return None,
            };
            Some(WhenLine::new("period", label, String::new()))
        };
        let except_line = |p: &Period| -> Option<WhenLine> {
            if p.except.is_empty() {
                return None;
            }
            let dates: Vec<String> = p.except.iter().map(|d| f.date(*d)).collect();
            Some(WhenLine::new(
                "except",
                s.get1(
                    lang,
                    "schedule-except",
                    "dates",
                    f.list(&dates).into(),
                    true,
                ),
                String::new(),
            ))
        };
        let mut out = Vec::new();
        match self {
            Schedule::Once { date, until, times } => match until {
                None => out.push(WhenLine::new(
                    "day",
                    f.date_with_weekday(*date),
                    time(times),
                )),
                Some(u) => {
                    let mut args = fluent_bundle::FluentArgs::new();
                    // Plain dates: "from Friday" would need a case form in many languages.
                    args.set("start", f.date(*date));
                    args.set("end", f.date(*u));
                    out.push(WhenLine::new(
                        "day",
                        s.get(lang, "schedule-period", Some(&args), true),
                        time(times),
                    ));
                }
            },
            Schedule::Dates(dates) => {
                for d in dates {
                    out.push(WhenLine::new(
                        "day",
                        f.date_with_weekday(d.date),
                        time(&d.times),
                    ));
                }
            }
            Schedule::Weekly {
                slots,
                interval,
                period,
            } => {
                for slot in slots {
                    out.push(WhenLine::new("day", f.weekday(slot.day), time(&slot.times)));
                }
                out.push(WhenLine::new(
                    "rule",
                    s.get1(
                        lang,
                        "schedule-weekly",
                        "interval",
                        (*interval).into(),
                        true,
                    ),
                    String::new(),
                ));
                out.extend(period_line(period));
                out.extend(except_line(period));
            }
            Schedule::Monthly { slots, period } => {
                for slot in slots {
                    let mut args = fluent_bundle::FluentArgs::new();
                    match slot.week {
                        Week::Nth(n) => args.set("week", n),
                        Week::Last => args.set("week", "last"),
                    }
                    args.set("day", WEEKDAYS[slot.day]);
                    args.set("dayname", f.weekday(slot.day));
                    out.push(WhenLine::new(
                        "day",
                        s.get(lang, "schedule-monthly", Some(&args), true),
                        time(&slot.times),
                    ));
                }
                out.extend(period_line(period));
                out.extend(except_line(period));
            }
            Schedule::ByAppointment => out.push(WhenLine::new(
                "rule",
                s.get(lang, "schedule-by-appointment", None, true),
                String::new(),
            )),
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(src: &str) -> (Option<Schedule>, Vec<String>) {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct W {
            schedule: RawSchedule,
        }
        let mut f = YamlFile::new("o.yaml".into(), src.into(), 0);
        let mut d = Diagnostics::new();
        let w: W = f.parse(&mut d).expect("parses");
        let s = Validator::new(&f, &mut d).validate(&w.schedule);
        (s, d.iter().map(|x| x.to_string()).collect())
    }

    #[test]
    fn loads_every_form() {
        let (s, d) = load("schedule: { date: 2026-06-13, start: \"14:00\", end: \"19:00\" }\n");
        assert!(d.is_empty(), "{d:?}");
        assert!(matches!(s, Some(Schedule::Once { until: None, .. })));
        let (s, _) = load("schedule: { date: 2026-07-03, until: 2026-07-05 }\n");
        assert!(matches!(s, Some(Schedule::Once { until: Some(_), .. })));
        let (s, _) = load(
            "schedule: { dates: [ { date: 2026-03-02, start: \"18:00\", end: \"20:00\" } ] }\n",
        );
        assert!(matches!(s, Some(Schedule::Dates(ref v)) if v.len() == 1));
        let (s, d) = load("schedule:\n  weekly: [ { day: tue, start: \"09:00\", end: \"11:00\" } ]\n  interval: 2\n  from: 2026-09-01\n  until: 2027-06-30\n  except: [ 2026-10-13 ]\n");
        assert!(d.is_empty(), "{d:?}");
        assert!(matches!(s, Some(Schedule::Weekly { interval: 2, .. })));
        let (s, _) = load("schedule:\n  monthly: [ { week: last, day: fri, start: \"15:00\" } ]\n");
        assert!(matches!(s, Some(Schedule::Monthly { .. })));
        let (s, _) = load("schedule: { by_appointment: true }\n");
        assert_eq!(s, Some(Schedule::ByAppointment));
    }

    fn sched(src: &str) -> Schedule {
        let (s, d) = load(src);
        assert!(d.is_empty(), "{d:?}");
        s.unwrap()
    }

    fn dates(v: &[Occurrence]) -> Vec<String> {
        v.iter().map(|o| o.date.to_string()).collect()
    }

    #[test]
    fn weekly_with_interval_and_except() {
        let s = sched("schedule:\n  weekly: [ { day: tue, start: \"09:00\" }, { day: thu, start: \"09:00\" } ]\n  interval: 2\n  from: 2026-09-01\n  until: 2026-10-01\n  except: [ 2026-09-17 ]\n");
        let got =
            dates(&s.occurrences(jiff::civil::date(2026, 1, 1), jiff::civil::date(2027, 1, 1)));
        assert_eq!(
            got,
            [
                "2026-09-01",
                "2026-09-03",
                "2026-09-15",
                "2026-09-29",
                "2026-10-01"
            ]
        );
        // The window does not shift which weeks count.
        let got = dates(&s.occurrences(
            jiff::civil::date(2026, 9, 10),
            jiff::civil::date(2026, 9, 30),
        ));
        assert_eq!(got, ["2026-09-15", "2026-09-29"]);
    }

    #[test]
    fn monthly_nth_and_last_weekday() {
        let s = sched("schedule:\n  monthly: [ { week: last, day: fri }, { week: 1, day: mon } ]\n  from: 2026-01-01\n  until: 2026-03-31\n");
        let got = dates(&s.occurrences(
            jiff::civil::date(2026, 1, 1),
            jiff::civil::date(2026, 12, 31),
        ));
        assert_eq!(
            got,
            [
                "2026-01-05",
                "2026-01-30",
                "2026-02-02",
                "2026-02-27",
                "2026-03-02",
                "2026-03-27"
            ]
        );
        // A month without a fifth weekday: `last` is the fourth.
        assert_eq!(
            nth_weekday(2026, 2, Week::Last, 0),
            Some(jiff::civil::date(2026, 2, 23))
        );
        assert_eq!(
            nth_weekday(2026, 3, Week::Last, 0),
            Some(jiff::civil::date(2026, 3, 30))
        );
        assert_eq!(
            nth_weekday(2026, 2, Week::Nth(4), 6),
            Some(jiff::civil::date(2026, 2, 22))
        );
    }

    #[test]
    fn leap_day_and_multi_day_events() {
        let (s, d) = load("schedule: { date: 2028-02-29, start: \"10:00\" }\n");
        assert!(d.is_empty() && s.is_some());
        let (s, d) = load("schedule: { date: 2027-02-29 }\n");
        assert!(s.is_none() && d[0].contains("2027-02-29 does not exist"));
        let s = sched(
            "schedule:\n  weekly: [ { day: tue } ]\n  from: 2028-02-01\n  until: 2028-03-10\n",
        );
        let got = dates(&s.occurrences(
            jiff::civil::date(2028, 2, 20),
            jiff::civil::date(2028, 3, 10),
        ));
        assert_eq!(got, ["2028-02-22", "2028-02-29", "2028-03-07"]);
        let s = sched("schedule: { date: 2026-07-03, until: 2026-07-05 }\n");
        // Still running on the 4th, over on the 6th.
        assert_eq!(
            s.occurrences(
                jiff::civil::date(2026, 7, 4),
                jiff::civil::date(2026, 7, 10)
            )
            .len(),
            1
        );
        assert!(!s.is_past(jiff::civil::date(2026, 7, 5)));
        assert!(s.is_past(jiff::civil::date(2026, 7, 6)));
    }

    #[test]
    fn wall_clock_times_survive_daylight_saving_changes() {
        let tz = jiff::tz::TimeZone::get("Europe/Berlin").unwrap();
        let s = sched("schedule:\n  weekly: [ { day: sun, start: \"02:30\", end: \"04:00\" } ]\n");
        let occ = s.occurrences(
            jiff::civil::date(2026, 10, 18),
            jiff::civil::date(2027, 4, 4),
        );
        let utc = |o: &Occurrence| {
            zoned(o.date, o.times.start.unwrap(), &tz)
                .unwrap()
                .timestamp()
                .to_string()
        };
        // Before and after the autumn change: 02:30 CEST, then 02:30 CET
        // (on the day itself 02:30 happens twice; the earlier one counts).
        assert_eq!(utc(&occ[0]), "2026-10-18T00:30:00Z");
        assert_eq!(utc(&occ[1]), "2026-10-25T00:30:00Z");
        assert_eq!(utc(&occ[2]), "2026-11-01T01:30:00Z");
        // Spring: 02:30 does not exist on 2027-03-28 and becomes 03:30 CEST.
        let spring: Vec<&Occurrence> = occ
            .iter()
            .filter(|o| o.date.month() == 3 && o.date.day() >= 21)
            .collect();
        assert_eq!(utc(spring[0]), "2027-03-21T01:30:00Z");
        assert_eq!(utc(spring[1]), "2027-03-28T01:30:00Z");
        assert_eq!(utc(&occ[occ.len() - 1]), "2027-04-04T00:30:00Z");
    }

    #[test]
    fn next_meetings_skip_cancelled_dates() {
        let s = sched(
            "schedule:\n  weekly: [ { day: mon, start: \"15:00\" } ]\n  except: [ 2026-11-30 ]\n",
        );
        let got = dates(&s.next(jiff::civil::date(2026, 11, 26), 3));
        assert_eq!(got, ["2026-12-07", "2026-12-14", "2026-12-21"]);
        assert!(Schedule::ByAppointment
            .next(jiff::civil::date(2026, 1, 1), 3)
            .is_empty());
    }

    fn describe_in(src: &str, codes: &[&str]) -> Vec<Vec<String>> {
        let schedule = sched(src);
        let langs: Vec<crate::i18n::Language> = codes
            .iter()
            .map(|c| crate::i18n::Language::new(c).unwrap())
            .collect();
        let mut d = Diagnostics::new();
        let theme =
            crate::theme::Theme::load(std::path::Path::new("/nonexistent"), "default", &mut d);
        let strings = Strings::new(&langs, 0, &theme.locales, &Default::default(), &mut d);
        langs
            .iter()
            .enumerate()
            .map(|(i, l)| {
                let f = Formats::new(l);
                schedule
                    .describe(&f, &strings, i)
                    .iter()
                    .map(|w| {
                        let t = format!("{} {}", w.label, w.time);
                        t.trim().replace(['\u{2068}', '\u{2069}'], "")
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn readable_schedules_in_several_languages() {
        let got = describe_in(
            "schedule:\n  monthly: [ { week: 1, day: wed, start: \"18:00\", end: \"20:00\" } ]\n  from: 2026-09-01\n",
            &["de", "tr", "ar", "fa", "ru"],
        );
        assert_eq!(
            got[0],
            [
                "Jeden ersten Mittwoch im Monat 18:00–20:00",
                "ab 1. September 2026"
            ]
        );
        assert_eq!(got[1][0], "Her ayın ilk Çarşamba günü 18:00–20:00");
        assert_eq!(got[2][0], "يوم الأربعاء الأول من كل شهر 18:00–20:00");
        assert_eq!(got[3][0], "اولین چهارشنبه هر ماه ۱۸:۰۰–۲۰:۰۰");
        // Russian: Wednesday is feminine, so "every first" agrees with it.
        assert_eq!(got[4][0], "Каждую первую среду месяца 18:00–20:00");
        let got = describe_in(
            "schedule:\n  weekly: [ { day: thu, start: \"09:00\", end: \"11:00\" } ]\n  interval: 2\n  from: 2026-09-03\n  until: 2027-06-24\n",
            &["de", "tr", "ar", "fa"],
        );
        assert_eq!(
            got[0],
            [
                "Donnerstag 09:00–11:00",
                "Alle zwei Wochen",
                "3. September 2026 bis 24. Juni 2027"
            ]
        );
        assert_eq!(got[1][0], "Perşembe 09:00–11:00");
        assert_eq!(got[2][0], "الخميس 09:00–11:00");
        assert_eq!(got[3][0], "پنجشنبه ۹:۰۰–۱۱:۰۰");
    }

    #[test]
    fn errors_on_bad_values_with_positions() {
        let (s, d) = load("schedule: { date: 2026-02-30 }\n");
        assert!(s.is_none());
        assert_eq!(d.len(), 1);
        assert!(
            d[0].starts_with("o.yaml:1:19: error: 2026-02-30 does not exist"),
            "{d:?}"
        );
        let (_, d) = load("schedule:\n  weekly:\n    - { day: tue, start: \"11:00\", end: \"09:00\" }\n    - { day: thurs, start: \"25:00\" }\n");
        assert_eq!(d.len(), 3, "{d:?}");
        assert!(
            d[0].starts_with("o.yaml:3:40: error: end 09:00 is not after start 11:00"),
            "{d:?}"
        );
        assert!(
            d[1].contains("`thurs` is not a day") && d[1].contains("did you mean `thu`"),
            "{d:?}"
        );
        assert!(d[2].contains("25:00 is not a time"), "{d:?}");
        let (_, d) = load("schedule: { date: 2026-07-05, until: 2026-07-03 }\n");
        assert!(
            d[0].contains("`until` 2026-07-03 is before `date` 2026-07-05"),
            "{d:?}"
        );
        let (_, d) = load("schedule: { start: \"10:00\" }\n");
        assert!(d[0].contains("says nothing about when"), "{d:?}");
        let (_, d) = load("schedule:\n  weekly: [ { day: mon } ]\n  interval: 2\n");
        assert!(d[0].contains("needs `from`"), "{d:?}");
        let (_, d) = load("schedule:\n  monthly: [ { week: 5, day: mon } ]\n");
        assert!(d[0].contains("`week: 5` is not a week"), "{d:?}");
    }

    mod properties {
        use super::super::*;
        use jiff::civil::date;
        use proptest::prelude::*;

        fn day_strategy() -> impl Strategy<Value = Date> {
            (0i64..3000).prop_map(|n| add_days(date(2024, 1, 1), n).expect("in range"))
        }

        fn slots(days: &[usize]) -> Vec<WeeklySlot> {
            days.iter()
                .map(|&day| WeeklySlot {
                    day,
                    times: Times {
                        start: Some(TimeOfDay { hour: 9, minute: 0 }),
                        end: None,
                    },
                })
                .collect()
        }

        /// Every day from `a` to `b`, the slow way.
        fn days(a: Date, b: Date) -> Vec<Date> {
            let mut v = Vec::new();
            let mut d = a;
            while d <= b {
                v.push(d);
                d = d.tomorrow().expect("in range");
            }
            v
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(300))]

            /// Weekly expansion agrees with walking every single day.
            #[test]
            fn weekly_matches_a_day_by_day_walk(
                days_of_week in proptest::collection::btree_set(0usize..7, 1..4),
                interval in 1u32..4,
                start in day_strategy(),
                len in 0i64..500,
                window_start in day_strategy(),
                window_len in 0i64..400,
                except_offsets in proptest::collection::vec(0i64..500, 0..5),
            ) {
                let until = add_days(start, len).expect("in range");
                let except: Vec<Date> = except_offsets.iter().filter_map(|&o| add_days(start, o)).collect();
                let dow: Vec<usize> = days_of_week.into_iter().collect();
                let s = Schedule::Weekly {
                    slots: slots(&dow),
                    interval,
                    period: Period { from: Some(start), until: Some(until), except: except.clone() },
                };
                let to = add_days(window_start, window_len).expect("in range");
                let got: Vec<Date> = s.occurrences(window_start, to).iter().map(|o| o.date).collect();
                let anchor = monday(start);
                let want: Vec<Date> = days(window_start.max(start), to.min(until))
                    .into_iter()
                    .filter(|d| dow.contains(&weekday_index(d.weekday())))
                    .filter(|d| ((monday(*d) - anchor).get_days() / 7) % interval as i32 == 0)
                    .filter(|d| !except.contains(d))
                    .collect();
                prop_assert_eq!(got, want);
            }

            /// Monthly expansion agrees with the definition of "n-th" and "last".
            #[test]
            fn monthly_matches_the_definition(
                day in 0usize..7,
                nth in 0u8..5,
                start in day_strategy(),
                len in 0i64..900,
            ) {
                let week = if nth == 0 { Week::Last } else { Week::Nth(nth) };
                let until = add_days(start, len).expect("in range");
                let s = Schedule::Monthly {
                    slots: vec![MonthlySlot { week, day, times: Times { start: None, end: None } }],
                    period: Period { from: Some(start), until: Some(until), except: vec![] },
                };
                let got: Vec<Date> = s.occurrences(start, until).iter().map(|o| o.date).collect();
                let want: Vec<Date> = days(start, until)
                    .into_iter()
                    .filter(|d| weekday_index(d.weekday()) == day)
                    .filter(|d| match week {
                        Week::Nth(n) => (d.day() - 1) / 7 + 1 == n as i8,
                        Week::Last => add_days(*d, 7).expect("in range").month() != d.month(),
                    })
                    .collect();
                prop_assert_eq!(got, want);
            }

            /// Whatever the dates, expansion is sorted, inside the window and
            /// never panics.
            #[test]
            fn any_window_is_sorted_and_inside(
                a in day_strategy(), b in day_strategy(), c in day_strategy(), d in day_strategy(),
            ) {
                let s = Schedule::Weekly {
                    slots: slots(&[0, 3]),
                    interval: 2,
                    period: Period { from: Some(a), until: Some(b), except: vec![c] },
                };
                let occ = s.occurrences(c, d);
                prop_assert!(occ.windows(2).all(|w| w[0] < w[1]));
                prop_assert!(occ.iter().all(|o| o.date >= c && o.date <= d && o.date >= a && o.date <= b));
            }
        }
    }
}
