//! iCalendar (RFC 5545) feeds: per offering, per district and for the site,
//! in each language.
//!
//! Repeating offerings become one `VEVENT` per weekly or monthly slot with an
//! `RRULE` and `EXDATE`s; lists of dates become one event per date. Times are
//! wall-clock times with the site's `TZID` and a `VTIMEZONE` built from the
//! time-zone database, so clients keep 09:00 at 09:00 across daylight-saving
//! changes. UIDs derive from ids only, so they stay stable across builds.

use std::fmt::Write as _;

use jiff::civil::Date;
use jiff::tz::TimeZone;

use crate::model::{Offering, Site};
use crate::schedule::{Period, Schedule, TimeOfDay, Times, Week};

const DAYS: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/// Appends one content line, folded at 75 octets without splitting a
/// character, ended with CRLF.
fn line(out: &mut String, text: &str) {
    Line::new(out).raw(text).end();
}

thread_local! {
    /// A TEXT value escaped, before it is folded into its line.
    static ESCAPED: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// One content line as it is written, folded at 75 octets without
/// splitting a character: a name and raw parts (`raw`), escaped TEXT
/// values (`text`, escaped into a reused buffer first), then `end` (CRLF).
/// No line is assembled as a string of its own before it is folded.
struct Line<'a> {
    out: &'a mut String,
    width: usize,
}

impl<'a> Line<'a> {
    fn new(out: &'a mut String) -> Self {
        Line { out, width: 0 }
    }

    /// Appends `s` as it is, folding where a line would pass 75 octets
    /// (at the last character boundary before).
    fn raw(mut self, mut s: &str) -> Self {
        loop {
            let room = 75 - self.width;
            if s.len() <= room {
                self.out.push_str(s);
                self.width += s.len();
                return self;
            }
            let mut cut = room;
            while !s.is_char_boundary(cut) {
                cut -= 1;
            }
            self.out.push_str(&s[..cut]);
            self.out.push_str("\r\n ");
            self.width = 1;
            s = &s[cut..];
        }
    }

    /// Appends `s` escaped as a TEXT value.
    fn text(self, s: &str) -> Self {
        ESCAPED.with_borrow_mut(|buf| {
            buf.clear();
            crate::escape::ics_each(s, |c| buf.push(c));
            self.raw(buf)
        })
    }

    fn end(self) {
        self.out.push_str("\r\n");
    }
}

fn ymd(d: Date) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

fn local(d: Date, t: TimeOfDay) -> String {
    format!("{}T{:02}{:02}00", ymd(d), t.hour, t.minute)
}

fn utc_stamp(ts: jiff::Timestamp) -> String {
    ts.strftime("%Y%m%dT%H%M%SZ").to_string()
}

fn add_days(d: Date, n: i64) -> Date {
    d.checked_add(jiff::Span::new().days(n)).unwrap_or(d)
}

/// `DTSTART`/`DTEND` lines of a meeting on `date` with `times`.
fn start_end(out: &mut String, tzid: &str, date: Date, times: &Times, last: Option<Date>) {
    match (times.start, times.end) {
        (Some(s), e) => {
            line(out, &format!("DTSTART;TZID={tzid}:{}", local(date, s)));
            // Without an end time the content does not say how long it
            // lasts; RFC 5545 then reads the event as ending when it starts.
            if let Some(end) = e {
                line(out, &format!("DTEND;TZID={tzid}:{}", local(date, end)));
            }
        }
        (None, _) => {
            line(out, &format!("DTSTART;VALUE=DATE:{}", ymd(date)));
            line(
                out,
                &format!(
                    "DTEND;VALUE=DATE:{}",
                    ymd(add_days(last.unwrap_or(date), 1))
                ),
            );
        }
    }
}

/// The `UNTIL` of a rule: the end of the last day, in UTC as RFC 5545 asks
/// when `DTSTART` has a time zone.
fn until(d: Date, tz: &TimeZone, all_day: bool) -> String {
    if all_day {
        return ymd(d);
    }
    let end = d.at(23, 59, 59, 0);
    match tz.to_ambiguous_zoned_datetime(end).compatible() {
        Ok(z) => utc_stamp(z.timestamp()),
        Err(_) => format!("{}T235959Z", ymd(d)),
    }
}

struct Event<'a> {
    uid: String,
    /// The title (`SUMMARY`).
    title: &'a str,
    /// The text's summary, before the link in `DESCRIPTION`.
    summary: &'a str,
    location: Option<String>,
    url: String,
}

impl Event<'_> {
    fn head(&self, out: &mut String, stamp: &str, sequence_suffix: &str) {
        line(out, "BEGIN:VEVENT");
        Line::new(out)
            .raw("UID:")
            .raw(&self.uid)
            .raw(sequence_suffix)
            .end();
        Line::new(out).raw("DTSTAMP:").raw(stamp).end();
        Line::new(out).raw("SUMMARY:").text(self.title).end();
        let mut description = Line::new(out).raw("DESCRIPTION:");
        if !self.summary.is_empty() {
            description = description.text(self.summary).text("\n\n");
        }
        description.text(&self.url).end();
        if let Some(l) = &self.location {
            Line::new(out).raw("LOCATION:").text(l).end();
        }
        Line::new(out).raw("URL;VALUE=URI:").raw(&self.url).end();
    }
}

/// What the calendars of one build share, made once each: the timing of
/// every offering's events (start, end, rule and cancelled dates, which no
/// language changes), and the time-zone blocks by range of years. An
/// offering appears in its own calendar, its district's and the site's, in
/// every language.
pub struct Shared {
    timing: Vec<Vec<std::sync::OnceLock<Timing>>>,
    zones: std::sync::Mutex<std::collections::HashMap<(i16, i16), String>>,
    /// The build's instant as `DTSTAMP` writes it.
    stamp: String,
}

/// The language-free part of an offering's events.
struct Timing {
    /// Per `VEVENT`: the end of its UID, and its lines after the texts
    /// (through `END:VEVENT`).
    events: Vec<(String, String)>,
    /// The dates that bound them, for the time-zone block.
    dates: Vec<Date>,
}

impl Shared {
    /// Room for the offerings of `site`; filled as calendars ask.
    pub fn new(site: &Site) -> Self {
        Shared {
            timing: site
                .districts
                .iter()
                .map(|d| {
                    d.offerings
                        .iter()
                        .map(|_| std::sync::OnceLock::new())
                        .collect()
                })
                .collect(),
            zones: Default::default(),
            stamp: utc_stamp(site.stamp),
        }
    }

    fn timing(&self, site: &Site, o: &Offering) -> &Timing {
        self.timing[o.district][o.index].get_or_init(|| timing(site, o))
    }

    /// The `VTIMEZONE` of the site's zone for the years given.
    fn zone(&self, site: &Site, first: i16, last: i16) -> String {
        let cfg = &site.config;
        let mut zones = self.zones.lock().unwrap_or_else(|e| e.into_inner());
        zones
            .entry((first, last))
            .or_insert_with(|| {
                let mut v = String::new();
                vtimezone(&mut v, &cfg.timezone, &cfg.tz, first, last);
                v
            })
            .clone()
    }
}

/// The texts of an offering's events in language `lang` (UID, title,
/// description, place, link).
fn event<'a>(site: &'a Site, o: &'a Offering, lang: usize) -> Event<'a> {
    let cfg = &site.config;
    let d = &site.districts[o.district];
    let code = &cfg.languages[lang].code;
    let shown = o.texts.show(lang, cfg.default_language);
    let title = shown
        .map(|s| s.text.title.as_str())
        .unwrap_or(o.id.as_str());
    let url = crate::url::absolute(
        &cfg.base_url,
        &crate::url::in_language(code, &crate::url::offering(&d.id, &o.id)),
    );
    let summary = shown.map_or("", |s| s.text.summary.as_str());
    let location = match (&o.place, &o.online) {
        (Some(p), _) => site.places.get(p).map(crate::render::labels::place_line),
        (None, Some(u)) => Some(u.clone()),
        _ => None,
    };
    Event {
        uid: format!("{}-{}", d.id, o.id),
        title,
        summary,
        location,
        url,
    }
}

/// The `VEVENT`s of one offering in language `lang`.
fn events<'s>(
    site: &Site,
    shared: &'s Shared,
    o: &Offering,
    lang: usize,
    out: &mut String,
) -> &'s [Date] {
    let ev = event(site, o, lang);
    let timing = shared.timing(site, o);
    for (uid_end, lines) in &timing.events {
        ev.head(out, &shared.stamp, uid_end);
        out.push_str(lines);
    }
    &timing.dates
}

/// The timing of an offering's events: for each, the end of its UID and
/// its lines from `DTSTART` to `END:VEVENT`.
fn timing(site: &Site, o: &Offering) -> Timing {
    let cfg = &site.config;
    let host = cfg
        .base_url
        .split_once("://")
        .map(|(_, r)| r.split('/').next().unwrap_or(r))
        .unwrap_or("quartier");
    let tz = &cfg.tz;
    let tzid = &cfg.timezone;
    let uid_end = format!("@{host}");
    let mut events = Vec::new();
    let mut dates = Vec::new();
    match &o.schedule {
        Schedule::Once {
            date,
            until: last,
            times,
        } => {
            let mut b = String::new();
            match (last, times.start) {
                (Some(l), Some(_)) => {
                    // Several days, each with the same times.
                    start_end(&mut b, tzid, *date, times, None);
                    line(
                        &mut b,
                        &format!("RRULE:FREQ=DAILY;UNTIL={}", until(*l, tz, false)),
                    );
                }
                _ => start_end(&mut b, tzid, *date, times, *last),
            }
            line(&mut b, "END:VEVENT");
            events.push((uid_end.clone(), b));
            dates.push(*date);
            dates.extend(*last);
        }
        Schedule::Dates(list) => {
            for dt in list {
                let mut b = String::new();
                start_end(&mut b, tzid, dt.date, &dt.times, None);
                line(&mut b, "END:VEVENT");
                events.push((format!("-{}{uid_end}", ymd(dt.date)), b));
                dates.push(dt.date);
            }
        }
        Schedule::Weekly {
            slots,
            interval,
            period,
        } => {
            for (i, slot) in slots.iter().enumerate() {
                let probe = Schedule::Weekly {
                    slots: vec![slot.clone()],
                    interval: *interval,
                    period: without_except(period),
                };
                let mut rule = format!("RRULE:FREQ=WEEKLY;BYDAY={}", DAYS[slot.day]);
                if *interval > 1 {
                    let _ = write!(rule, ";INTERVAL={interval}");
                }
                let slot = (slot.day, &slot.times);
                if let Some((b, ds)) = series(site, &probe, rule, period, slot) {
                    events.push((format!("-{i}{uid_end}"), b));
                    dates.extend(ds);
                }
            }
        }
        Schedule::Monthly { slots, period } => {
            for (i, slot) in slots.iter().enumerate() {
                let probe = Schedule::Monthly {
                    slots: vec![slot.clone()],
                    period: without_except(period),
                };
                let nth = match slot.week {
                    Week::Nth(n) => n.to_string(),
                    Week::Last => "-1".to_string(),
                };
                let rule = format!("RRULE:FREQ=MONTHLY;BYDAY={nth}{}", DAYS[slot.day]);
                if let Some((b, ds)) = series(site, &probe, rule, period, (slot.day, &slot.times)) {
                    events.push((format!("-{i}{uid_end}"), b));
                    dates.extend(ds);
                }
            }
        }
        Schedule::ByAppointment => {}
    }
    Timing { events, dates }
}

/// Cancelled meetings. Timed ones are written in UTC: a cancelled meeting at
/// a wall-clock time that happens twice (or never) on a daylight-saving day
/// is then still exact for every client.
fn without_except(p: &Period) -> Period {
    Period {
        except: Vec::new(),
        ..p.clone()
    }
}

/// One repeating slot (weekday and times) as the lines of a `VEVENT`: its
/// first meeting (found by expanding `probe`, the slot alone) is the
/// `DTSTART`, `rule` gets the period's end, and the cancelled dates on its
/// weekday become `EXDATE`s. Returns them with the dates that bound the
/// series, for the time-zone block; nothing when it never meets.
fn series(
    site: &Site,
    probe: &Schedule,
    mut rule: String,
    period: &Period,
    (day, times): (usize, &Times),
) -> Option<(String, Vec<Date>)> {
    let (tz, tzid) = (&site.config.tz, &site.config.timezone);
    let from = period.from.unwrap_or(site.today);
    let first = probe.next(from, 1).first().map(|o| o.date)?;
    let mut b = String::new();
    start_end(&mut b, tzid, first, times, None);
    if let Some(u) = period.until {
        let _ = write!(rule, ";UNTIL={}", until(u, tz, times.start.is_none()));
    }
    line(&mut b, &rule);
    exdates(&mut b, tz, &period.except, day, times.start);
    line(&mut b, "END:VEVENT");
    let mut dates = vec![first];
    dates.extend(period.until);
    Some((b, dates))
}

fn exdates(out: &mut String, tz: &TimeZone, except: &[Date], day: usize, start: Option<TimeOfDay>) {
    let on_day: Vec<&Date> = except
        .iter()
        .filter(|d| d.weekday().to_monday_zero_offset() as usize == day)
        .collect();
    if on_day.is_empty() {
        return;
    }
    match start {
        Some(t) => {
            let list: Vec<String> = on_day
                .iter()
                .filter_map(|d| crate::schedule::zoned(**d, t, tz))
                .map(|z| utc_stamp(z.timestamp()))
                .collect();
            line(out, &format!("EXDATE:{}", list.join(",")));
        }
        None => {
            let list: Vec<String> = on_day.iter().map(|d| ymd(**d)).collect();
            line(out, &format!("EXDATE;VALUE=DATE:{}", list.join(",")));
        }
    }
}

/// A `VTIMEZONE` listing every transition of `tz` between the two years.
fn vtimezone(out: &mut String, tzid: &str, tz: &TimeZone, first_year: i16, last_year: i16) {
    line(out, "BEGIN:VTIMEZONE");
    line(out, &format!("TZID:{tzid}"));
    let start = Date::new(first_year, 1, 1)
        .ok()
        .and_then(|d| d.to_zoned_datetime(TimeZone::UTC).ok())
        .map(|z| z.timestamp())
        .unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    let info = tz.to_offset_info(start);
    let mut prev = info.offset();
    let fmt_off = |o: jiff::tz::Offset| {
        let s = o.seconds();
        let sign = if s < 0 { '-' } else { '+' };
        let a = s.abs();
        format!("{sign}{:02}{:02}", a / 3600, (a % 3600) / 60)
    };
    let mut any = false;
    for t in tz.following(start) {
        let local = prev.to_datetime(t.timestamp());
        if local.year() > last_year {
            break;
        }
        let kind = if t.dst().is_dst() {
            "DAYLIGHT"
        } else {
            "STANDARD"
        };
        line(out, &format!("BEGIN:{kind}"));
        line(out, &format!("DTSTART:{}", local.strftime("%Y%m%dT%H%M%S")));
        line(out, &format!("TZOFFSETFROM:{}", fmt_off(prev)));
        line(out, &format!("TZOFFSETTO:{}", fmt_off(t.offset())));
        Line::new(out).raw("TZNAME:").text(t.abbreviation()).end();
        line(out, &format!("END:{kind}"));
        prev = t.offset();
        any = true;
    }
    if !any {
        line(out, "BEGIN:STANDARD");
        line(out, &format!("DTSTART:{}0101T000000", first_year));
        line(out, &format!("TZOFFSETFROM:{}", fmt_off(prev)));
        line(out, &format!("TZOFFSETTO:{}", fmt_off(prev)));
        Line::new(out)
            .raw("TZNAME:")
            .text(info.abbreviation())
            .end();
        line(out, "END:STANDARD");
    }
    line(out, "END:VTIMEZONE");
}

/// A calendar of `offerings` in language `lang`, named `name`. Offerings
/// that are over are left out.
pub fn calendar<'a>(
    site: &Site,
    shared: &Shared,
    lang: usize,
    name: &str,
    offerings: impl Iterator<Item = &'a Offering>,
) -> String {
    let mut body = String::new();
    let mut years: Vec<i16> = vec![site.today.year()];
    for o in offerings.filter(|o| site.is_current(o)) {
        years.extend(
            events(site, shared, o, lang, &mut body)
                .iter()
                .map(|d| d.year()),
        );
    }
    let first = years.iter().copied().min().unwrap_or(site.today.year());
    // Open-ended series: cover five years ahead.
    let last = years
        .iter()
        .copied()
        .max()
        .unwrap_or(first)
        .max(site.today.year() + 5);
    wrap(site, shared, lang, name, body, first, last)
}

/// A calendar named `name` in language `lang` around the events in `body`,
/// with the time zone for the years `first..=last`.
fn wrap(
    site: &Site,
    shared: &Shared,
    lang: usize,
    name: &str,
    body: String,
    first: i16,
    last: i16,
) -> String {
    let cfg = &site.config;
    let mut out = String::with_capacity(body.len() + 2048);
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(
        &mut out,
        &format!(
            "PRODID:-//Quartier//{}//{}",
            env!("CARGO_PKG_VERSION"),
            cfg.languages[lang].code.to_uppercase()
        ),
    );
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    Line::new(&mut out).raw("X-WR-CALNAME:").text(name).end();
    line(&mut out, &format!("X-WR-TIMEZONE:{}", cfg.timezone));
    out.push_str(&shared.zone(site, first - 1, last));
    out.push_str(&body);
    line(&mut out, "END:VCALENDAR");
    out
}

/// "Add this date": a calendar of one event, the `n`th coming date of
/// offering `o` (as its page lists them), in language `lang`.
fn occurrence(site: &Site, shared: &Shared, d: usize, o: usize, n: usize, lang: usize) -> String {
    let cfg = &site.config;
    let off = &site.districts[d].offerings[o];
    let mut body = String::new();
    let Some(next) = site.next_dates(off).get(n) else {
        return wrap(
            site,
            shared,
            lang,
            off.id.as_str(),
            String::new(),
            site.today.year(),
            site.today.year(),
        );
    };
    let ev = event(site, off, lang);
    ev.head(&mut body, &shared.stamp, &format!("-{}", ymd(next.date)));
    start_end(&mut body, &cfg.timezone, next.date, &next.times, next.until);
    line(&mut body, "END:VEVENT");
    let year = next.date.year();
    let last = next.until.map_or(year, |u| u.year());
    wrap(site, shared, lang, ev.title, body, year, last)
}

/// The calendar file `kind` in language `lang`: the whole site's, a
/// district's or an offering's, named in that language.
pub fn for_kind(
    site: &Site,
    shared: &Shared,
    kind: crate::url::CalendarKind,
    lang: usize,
) -> String {
    use crate::url::CalendarKind as K;
    let s = &site.strings;
    match kind {
        K::Site => calendar(
            site,
            shared,
            lang,
            &s.get(lang, "site-title", None, false),
            site.offerings(),
        ),
        K::District(d) => {
            let dist = &site.districts[d];
            let name = s.get1(
                lang,
                "calendar-district",
                "district",
                site.district_name(dist, lang).into(),
                false,
            );
            calendar(site, shared, lang, &name, dist.offerings.iter())
        }
        K::Offering(d, o) => {
            let off = &site.districts[d].offerings[o];
            let title = off
                .texts
                .show(lang, site.config.default_language)
                .map(|t| t.text.title.clone())
                .unwrap_or_else(|| off.id.clone());
            calendar(site, shared, lang, &title, std::iter::once(off))
        }
        K::Occurrence(d, o, n) => occurrence(site, shared, d, o, n, lang),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::escape::ics as escape;

    #[test]
    fn escapes_and_folds() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        let mut out = String::new();
        let long = format!("SUMMARY:{}", "ä".repeat(60));
        line(&mut out, &long);
        for l in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets", l.len());
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded.trim_end(), long);
    }

    /// Folding character by character, as RFC 5545 describes it.
    fn fold_by_char(text: &str) -> String {
        let (mut out, mut width) = (String::new(), 0);
        for c in text.chars() {
            if width + c.len_utf8() > 75 {
                out.push_str("\r\n ");
                width = 1;
            }
            out.push(c);
            width += c.len_utf8();
        }
        out + "\r\n"
    }

    #[test]
    fn a_line_written_in_parts_folds_as_the_whole_line() {
        for n in [0, 1, 20, 62, 63, 64, 75, 140, 300] {
            let text = format!("{}, ein Kurs; مرحبا\n\\ {}", "ä".repeat(n), "x".repeat(n));
            let mut parts = String::new();
            Line::new(&mut parts)
                .raw("DESCRIPTION:")
                .text(&text)
                .text("\n\n")
                .raw("")
                .text("https://example.org/a,b")
                .end();
            let whole = format!(
                "DESCRIPTION:{}{}{}",
                escape(&text),
                escape("\n\n"),
                escape("https://example.org/a,b")
            );
            assert_eq!(parts, fold_by_char(&whole), "n = {n}");
        }
    }

    #[test]
    fn vtimezone_lists_berlin_transitions() {
        let mut out = String::new();
        let tz = TimeZone::get("Europe/Berlin").unwrap();
        vtimezone(&mut out, "Europe/Berlin", &tz, 2026, 2027);
        assert!(out.contains("BEGIN:DAYLIGHT\r\nDTSTART:20260329T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n"), "{out}");
        assert!(out.contains("BEGIN:STANDARD\r\nDTSTART:20261025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"), "{out}");
        assert!(out.contains("DTSTART:20271031T030000"));
        assert!(!out.contains("2028"));
    }
}
