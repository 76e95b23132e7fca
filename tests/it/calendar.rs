//! Calendars and feeds, read back by independent parsers: the `ical` crate
//! parses our iCalendar files and the `rrule` crate expands their rules; the
//! dates must equal the schedules in the content.

use std::collections::BTreeSet;
use std::fs;
use std::io::BufReader;
use std::path::Path;

use quartier::clock::Clock;

use crate::common::{copy_dir, FIXTURE};

fn build_at(root: &Path, today: jiff::civil::Date) -> tempfile::TempDir {
    let out = tempfile::tempdir().unwrap();
    let (summary, diags) =
        quartier::build::build(root, &out.path().join("p"), &Clock::fixed(today));
    assert!(
        summary.is_some(),
        "{:?}",
        diags.iter().map(|d| d.to_string()).collect::<Vec<_>>()
    );
    out
}

fn parse(text: &str) -> ical::parser::ical::component::IcalCalendar {
    let mut cals: Vec<_> = ical::IcalParser::new(BufReader::new(text.as_bytes()))
        .collect::<Result<_, _>>()
        .expect("valid iCalendar");
    assert_eq!(cals.len(), 1);
    cals.remove(0)
}

fn prop<'a>(
    props: &'a [ical::property::Property],
    name: &str,
) -> Vec<&'a ical::property::Property> {
    props.iter().filter(|p| p.name == name).collect()
}

fn value(props: &[ical::property::Property], name: &str) -> String {
    prop(props, name)
        .first()
        .and_then(|p| p.value.clone())
        .unwrap_or_else(|| panic!("no {name}"))
}

/// Rebuilds the recurrence lines of an event and expands them with `rrule`.
fn expand(props: &[ical::property::Property]) -> Vec<String> {
    let mut lines = Vec::new();
    for name in ["DTSTART", "RRULE", "EXDATE"] {
        for p in prop(props, name) {
            let params: String = p
                .params
                .iter()
                .flatten()
                .map(|(k, v)| format!(";{k}={}", v.join(",")))
                .collect();
            lines.push(format!(
                "{name}{params}:{}",
                p.value.clone().unwrap_or_default()
            ));
        }
    }
    if prop(props, "RRULE").is_empty() {
        lines.push("RRULE:FREQ=DAILY;COUNT=1".into());
    }
    let set: rrule::RRuleSet = lines
        .join("\n")
        .parse()
        .unwrap_or_else(|e| panic!("{e}: {lines:?}"));
    set.all(2000)
        .dates
        .iter()
        .map(|d| d.format("%Y-%m-%d %H:%M").to_string())
        .collect()
}

#[test]
fn weekly_course_expands_to_the_schedule_in_the_content() {
    let out = build_at(Path::new(FIXTURE), jiff::civil::date(2026, 11, 26));
    let text =
        fs::read_to_string(out.path().join("p/de/nordviertel/deutschkurs/calendar.ics")).unwrap();
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    for l in text.split("\r\n") {
        assert!(l.len() <= 75, "line longer than 75 octets: {l}");
    }
    let cal = parse(&text);
    assert_eq!(value(&cal.properties, "VERSION"), "2.0");
    assert_eq!(cal.timezones.len(), 1);
    assert_eq!(cal.events.len(), 2, "one event per weekday slot");
    let mut got = BTreeSet::new();
    for e in &cal.events {
        assert_eq!(value(&e.properties, "SUMMARY"), "Mama lernt Deutsch");
        assert!(value(&e.properties, "UID").ends_with("@example.org"));
        assert!(value(&e.properties, "LOCATION").starts_with("Grundschule Nord\\, Schulweg 2"));
        got.extend(expand(&e.properties));
    }
    // Independently: every Tuesday and Thursday 2026-09-01..2027-06-30 at
    // 09:00 wall-clock time, without 2026-12-22.
    let mut want = BTreeSet::new();
    let mut d = jiff::civil::date(2026, 9, 1);
    while d <= jiff::civil::date(2027, 6, 30) {
        let wd = d.weekday().to_monday_zero_offset();
        if (wd == 1 || wd == 3) && d != jiff::civil::date(2026, 12, 22) {
            want.insert(format!("{d} 09:00"));
        }
        d = d.tomorrow().unwrap();
    }
    assert_eq!(got, want);
}

#[test]
fn calendars_are_in_the_feeds_language_and_leave_out_what_is_over() {
    let out = build_at(Path::new(FIXTURE), jiff::civil::date(2026, 11, 26));
    let ar = parse(&fs::read_to_string(out.path().join("p/ar/nordviertel/calendar.ics")).unwrap());
    let summaries: BTreeSet<String> = ar
        .events
        .iter()
        .map(|e| value(&e.properties, "SUMMARY"))
        .collect();
    assert!(summaries.contains("ماما تتعلم الألمانية"), "{summaries:?}");
    // No Arabic text for the festival: the German one stands in.
    assert!(summaries.contains("Stadtteilfest"));
    let fest = ar
        .events
        .iter()
        .find(|e| value(&e.properties, "SUMMARY") == "Stadtteilfest")
        .unwrap();
    assert_eq!(expand(&fest.properties), ["2027-06-12 14:00"]);
    // Built after the festival, the festival is in the archive, not the calendar.
    let later = build_at(Path::new(FIXTURE), jiff::civil::date(2027, 6, 13));
    let de = parse(&fs::read_to_string(later.path().join("p/de/calendar.ics")).unwrap());
    assert!(de
        .events
        .iter()
        .all(|e| value(&e.properties, "SUMMARY") != "Stadtteilfest"));
    assert!(!later
        .path()
        .join("p/de/nordviertel/fest/calendar.ics")
        .exists());
    let archive = fs::read_to_string(later.path().join("p/de/archive/index.html")).unwrap();
    assert!(archive.contains("Stadtteilfest"));
    let district = fs::read_to_string(later.path().join("p/de/nordviertel/index.html")).unwrap();
    assert!(!district.contains("Stadtteilfest"));
}

#[test]
fn uids_are_stable_and_text_is_escaped() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(Path::new(FIXTURE), dir.path());
    fs::write(
        dir.path().join("content/nordviertel/fest/en.md"),
        "---\ntitle: \"Party; music, food \\\\ more\"\nsummary: Line one.\n---\n",
    )
    .unwrap();
    let a = build_at(dir.path(), jiff::civil::date(2026, 11, 26));
    let b = build_at(dir.path(), jiff::civil::date(2027, 1, 15));
    let uids = |o: &tempfile::TempDir| -> Vec<String> {
        let c = parse(&fs::read_to_string(o.path().join("p/en/calendar.ics")).unwrap());
        c.events
            .iter()
            .map(|e| value(&e.properties, "UID"))
            .collect()
    };
    assert_eq!(uids(&a), uids(&b));
    let raw = fs::read_to_string(a.path().join("p/en/nordviertel/fest/calendar.ics")).unwrap();
    assert!(
        raw.contains("SUMMARY:Party\\; music\\, food \\\\ more"),
        "{raw}"
    );
}

#[test]
fn monthly_and_dated_forms_and_dst() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(Path::new(FIXTURE), dir.path());
    fs::write(
        dir.path().join("content/nordviertel/fest/offering.yaml"),
        "kind: festival\nplace: haus\nschedule:\n  monthly: [ { week: last, day: sun, start: \"02:30\", end: \"04:00\" } ]\n  from: 2027-01-01\n  until: 2027-12-31\n  except: [ 2027-10-31 ]\n",
    )
    .unwrap();
    let out = build_at(dir.path(), jiff::civil::date(2026, 11, 26));
    let cal =
        parse(&fs::read_to_string(out.path().join("p/de/nordviertel/fest/calendar.ics")).unwrap());
    let got = expand(&cal.events[0].properties);
    // Last Sundays of 2027, 02:30 local; 2027-03-28 02:30 does not exist and
    // clients move it to 03:30; October is cancelled.
    assert_eq!(got.len(), 11, "{got:?}");
    assert_eq!(got[0], "2027-01-31 02:30");
    assert!(got.iter().any(|d| d.starts_with("2027-03-28")));
    assert!(!got.iter().any(|d| d.starts_with("2027-10-31")));
    assert_eq!(got[10], "2027-12-26 02:30");
}

#[test]
fn atom_feed_lists_current_offerings() {
    let out = build_at(Path::new(FIXTURE), jiff::civil::date(2026, 11, 26));
    let feed = fs::read_to_string(out.path().join("p/ar/atom.xml")).unwrap();
    assert!(feed.starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"ar\">"));
    assert!(feed.contains("<title xml:lang=\"ar\">ماما تتعلم الألمانية</title>"));
    assert!(feed.contains("<id>https://example.org/quartier/ar/nordviertel/fest/</id>"));
    assert_eq!(feed.matches("<entry>").count(), 2);
    let page = fs::read_to_string(out.path().join("p/de/index.html")).unwrap();
    assert!(page.contains(r#"type="application/atom+xml""#));
}

#[test]
fn whats_on_and_next_dates() {
    let out = build_at(Path::new(FIXTURE), jiff::civil::date(2026, 12, 14));
    let home = fs::read_to_string(out.path().join("p/de/index.html")).unwrap();
    // Tuesday 15 and Thursday 17 December; 22 December is cancelled.
    assert!(home.contains("Morgen"), "{home}");
    assert!(home.contains("Donnerstag, 17. Dezember 2026"));
    assert!(!home.contains("22. Dezember 2026"));
    let page =
        fs::read_to_string(out.path().join("p/de/nordviertel/deutschkurs/index.html")).unwrap();
    let next = &page[page.find("next-heading").unwrap()..];
    assert!(next.contains("Morgen"));
    assert!(next.contains("Donnerstag, 17. Dezember 2026"));
    assert!(next.contains("Donnerstag, 24. Dezember 2026"));
    assert!(page.contains(r#"href="../../../de/nordviertel/deutschkurs/calendar.ics""#));
}
