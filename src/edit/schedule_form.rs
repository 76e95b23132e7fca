//! The schedule editor of `quartier edit`: the `schedule:` of an
//! offering.yaml as an HTML form that works without JavaScript, and back.
//!
//! Every schedule form of the content contract (docs: "Schedule forms") has
//! its own fieldset; a radio group chooses which one counts. All fields are
//! kept as the editor typed them (strings), so a wrong value ("9 Uhr",
//! 2026-02-30) is written as it is and reported by the site loader with its
//! own message, shown at the field (see [`field_name`]).
//!
//! Field names of the posted form (all prefixed `schedule.`):
//!
//! | form        | fields                                                                 |
//! |-------------|------------------------------------------------------------------------|
//! | (choice)    | `schedule.form` = `one` `days` `dates` `weekly` `monthly` `appointment` |
//! | one day     | `schedule.one.date`, `.start`, `.end`                                   |
//! | whole days  | `schedule.days.date`, `.until`, `.start`, `.end`                        |
//! | dates       | `schedule.dates.<i>.date`, `.start`, `.end`                             |
//! | weekly      | `schedule.weekly.<i>.day`, `.start`, `.end`; `schedule.weekly.interval`, `.from`, `.until`, `schedule.weekly.except.<i>` |
//! | monthly     | `schedule.monthly.<i>.week`, `.day`, `.start`, `.end`; `schedule.monthly.from`, `.until`, `schedule.monthly.except.<i>` |
//!
//! Errors of the loader are named by their YAML path ([`field_name`]:
//! `schedule.weekly.1.start`, `schedule.until`, `schedule.except.0`). Row
//! fields have the same name as their input; the top-level keys that
//! several forms share (`date`, `start`, `end`, `until`, `from`,
//! `interval`, `except`) are shown at the input of the chosen form.
//!
//! In the HTML, a control's id is `f-` and its name with dashes for dots
//! (`f-schedule-weekly-0-day`), its error paragraph `<id>-err`. Each form's
//! fieldset is `<fieldset class="sch-form" data-form="<key>">` and its radio
//! `#f-schedule-form-<key>`, so a stylesheet may hide the forms not chosen
//! (`.sch:has(#f-schedule-form-weekly:checked) .sch-form:not([data-form=weekly])`);
//! without CSS all are shown, each under its own legend. The list of next
//! dates is `<div id="sch-next-list">` under its heading; the outer
//! fieldset names it in `data-next-dates`, for the script that refreshes it.
//! Dates and times use the browser's date and time controls; a value they
//! cannot hold (`9:00`, `9 Uhr`, `2026-02-30` written by hand) would show
//! empty and be lost on saving, so it gets a text field with the format as
//! pattern and placeholder instead.

use serde::Deserialize;
use serde_yaml::{Mapping, Value};

use crate::diag::Diagnostics;
use crate::escape::html;
use crate::i18n::WEEKDAYS;
use crate::schedule::{Occurrence, RawSchedule, Schedule, TimeOfDay, Validator};
use crate::yaml::YamlFile;

/// How many rows of a list are read from a post at most.
const MAX_ROWS: usize = 500;

/// Empty rows offered below the filled ones for adding (no JavaScript).
const SPARE_ROWS: usize = 2;

/// Week keys of the monthly form.
const WEEKS: [&str; 5] = ["1", "2", "3", "4", "last"];

/// Interval values offered in the weekly form besides "every week".
const INTERVALS: [&str; 3] = ["2", "3", "4"];

/// Which schedule form the editor chose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Form {
    /// One day: `date`, `start`, `end`.
    OneDay,
    /// Several whole days: `date`, `until` (times optional).
    Days,
    /// A list of dates, each with optional times.
    Dates,
    /// Every (n-th) week on some days.
    #[default]
    Weekly,
    /// On the n-th or last weekday of each month.
    Monthly,
    /// No fixed dates: `by_appointment: true`.
    Appointment,
}

impl Form {
    /// Every form, in the order the editor offers them.
    pub const ALL: [Form; 6] = [
        Form::OneDay,
        Form::Days,
        Form::Dates,
        Form::Weekly,
        Form::Monthly,
        Form::Appointment,
    ];

    /// The value of the `schedule.form` radio button.
    pub fn key(self) -> &'static str {
        match self {
            Form::OneDay => "one",
            Form::Days => "days",
            Form::Dates => "dates",
            Form::Weekly => "weekly",
            Form::Monthly => "monthly",
            Form::Appointment => "appointment",
        }
    }

    /// The form for a radio value, if it is one.
    pub fn from_key(key: &str) -> Option<Form> {
        Form::ALL.into_iter().find(|f| f.key() == key.trim())
    }
}

/// Fields of the one-day form.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct OneDayFields {
    /// The day, `YYYY-MM-DD`.
    pub date: String,
    /// Start time, `HH:MM`.
    pub start: String,
    /// End time, `HH:MM`.
    pub end: String,
}

/// Fields of the several-whole-days form.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DaysFields {
    /// The first day.
    pub date: String,
    /// The last day.
    pub until: String,
    /// Start time on every day (optional; kept so no file loses it).
    pub start: String,
    /// End time on every day (optional).
    pub end: String,
}

/// One row of the list of dates.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DateRow {
    /// The day.
    pub date: String,
    /// Start time.
    pub start: String,
    /// End time.
    pub end: String,
}

/// One weekly meeting.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct WeeklyRow {
    /// `mon` … `sun`.
    pub day: String,
    /// Start time.
    pub start: String,
    /// End time.
    pub end: String,
}

/// One monthly meeting.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MonthlyRow {
    /// `1` … `4` or `last`.
    pub week: String,
    /// `mon` … `sun`.
    pub day: String,
    /// Start time.
    pub start: String,
    /// End time.
    pub end: String,
}

/// `from`, `until` and `except` of the repeating forms.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Limits {
    /// First possible day.
    pub from: String,
    /// Last possible day.
    pub until: String,
    /// Cancelled days.
    pub except: Vec<String>,
}

/// Fields of the weekly form.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct WeeklyFields {
    /// Days and times.
    pub rows: Vec<WeeklyRow>,
    /// Every n-th week; empty for the default (every week).
    pub interval: String,
    /// From, until, cancelled days.
    pub limits: Limits,
}

/// Fields of the monthly form.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MonthlyFields {
    /// Weeks, days and times.
    pub rows: Vec<MonthlyRow>,
    /// From, until, cancelled days.
    pub limits: Limits,
}

/// The schedule as the editor sees and types it. Every form keeps its own
/// fields, so switching the form and back loses nothing typed; only the
/// chosen [`Form`] is written by [`ScheduleForm::to_yaml`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ScheduleForm {
    /// The chosen form.
    pub form: Form,
    /// One day.
    pub one: OneDayFields,
    /// Several whole days.
    pub days: DaysFields,
    /// A list of dates.
    pub dates: Vec<DateRow>,
    /// Every week.
    pub weekly: WeeklyFields,
    /// Every month.
    pub monthly: MonthlyFields,
}

/// A YAML scalar as text (numbers and booleans as written); nothing for
/// lists, maps and absent values.
fn text(v: Option<&Value>) -> String {
    match v {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Bool(b)) => b.to_string(),
        Some(Value::Tagged(t)) => text(Some(&t.value)),
        _ => String::new(),
    }
}

/// The items of a YAML list; a single value counts as a list of one.
fn items(v: Option<&Value>) -> Vec<&Value> {
    match v {
        Some(Value::Sequence(s)) => s.iter().collect(),
        Some(Value::Null) | None => Vec::new(),
        Some(other) => vec![other],
    }
}

/// Reads `from`, `until` and `except` of a repeating form.
fn limits_from(m: &Mapping) -> Limits {
    Limits {
        from: text(m.get("from")),
        until: text(m.get("until")),
        except: items(m.get("except"))
            .into_iter()
            .map(|v| text(Some(v)))
            .filter(|s| !s.trim().is_empty())
            .collect(),
    }
}

/// Whether every value is blank.
fn blank(values: &[&str]) -> bool {
    values.iter().all(|s| s.trim().is_empty())
}

/// A number when the text is one, else the text as typed (the loader
/// reports it).
fn number_or_text(s: &str) -> Value {
    match s.trim().parse::<u64>() {
        Ok(n) => Value::Number(n.into()),
        Err(_) => Value::String(s.to_string()),
    }
}

/// Inserts `key: value` when the value is set.
fn put(m: &mut Mapping, key: &str, value: &str) {
    if !value.trim().is_empty() {
        m.insert(key.into(), Value::String(value.to_string()));
    }
}

/// Writes `from`, `until` and `except` when set.
fn put_limits(m: &mut Mapping, l: &Limits) {
    put(m, "from", &l.from);
    put(m, "until", &l.until);
    let except: Vec<Value> = l
        .except
        .iter()
        .filter(|s| !s.trim().is_empty())
        .map(|s| Value::String(s.clone()))
        .collect();
    if !except.is_empty() {
        m.insert("except".into(), Value::Sequence(except));
    }
}

/// The rows `prefix.<i>.<key>` of a post, up to the first index that has
/// none of the keys; rows whose fields are all empty are dropped.
fn posted_rows<const N: usize>(
    field: &dyn Fn(&str) -> Option<String>,
    prefix: &str,
    keys: [&str; N],
) -> Vec<[String; N]> {
    let mut out = Vec::new();
    for i in 0..MAX_ROWS {
        let got = keys.map(|k| field(&format!("{prefix}.{i}.{k}")));
        if got.iter().all(Option::is_none) {
            break;
        }
        let row = got.map(Option::unwrap_or_default);
        if !blank(&row.each_ref().map(String::as_str)) {
            out.push(row);
        }
    }
    out
}

impl ScheduleForm {
    /// From the `schedule` value of an offering.yaml; `None` (a new
    /// offering) gives the weekly form with one empty row. The form is the
    /// first the contract names that the value has (`date` with `until`
    /// is several days); the rows of other list forms in a schedule that
    /// mixes forms are kept too, so choosing one loses nothing unseen.
    pub fn from_yaml(v: Option<&Value>) -> ScheduleForm {
        let mut f = ScheduleForm::default();
        let empty = Mapping::new();
        let m = match v {
            Some(Value::Mapping(m)) => m,
            Some(Value::Tagged(t)) => match &t.value {
                Value::Mapping(m) => m,
                _ => &empty,
            },
            _ => &empty,
        };
        let has = |k: &str| m.contains_key(k);
        f.form = if has("date") {
            if has("until") {
                Form::Days
            } else {
                Form::OneDay
            }
        } else if has("dates") {
            Form::Dates
        } else if has("weekly") {
            Form::Weekly
        } else if has("monthly") {
            Form::Monthly
        } else if has("by_appointment") {
            Form::Appointment
        } else {
            Form::Weekly
        };
        let row = |v: &Value, k: &str| text(v.get(k));
        f.dates = items(m.get("dates"))
            .into_iter()
            .map(|v| DateRow {
                date: row(v, "date"),
                start: row(v, "start"),
                end: row(v, "end"),
            })
            .collect();
        f.weekly.rows = items(m.get("weekly"))
            .into_iter()
            .map(|v| WeeklyRow {
                day: row(v, "day"),
                start: row(v, "start"),
                end: row(v, "end"),
            })
            .collect();
        f.monthly.rows = items(m.get("monthly"))
            .into_iter()
            .map(|v| MonthlyRow {
                week: row(v, "week"),
                day: row(v, "day"),
                start: row(v, "start"),
                end: row(v, "end"),
            })
            .collect();
        match f.form {
            Form::OneDay => {
                f.one = OneDayFields {
                    date: text(m.get("date")),
                    start: text(m.get("start")),
                    end: text(m.get("end")),
                }
            }
            Form::Days => {
                f.days = DaysFields {
                    date: text(m.get("date")),
                    until: text(m.get("until")),
                    start: text(m.get("start")),
                    end: text(m.get("end")),
                }
            }
            Form::Weekly => {
                f.weekly.interval = text(m.get("interval"));
                f.weekly.limits = limits_from(m);
            }
            Form::Monthly => f.monthly.limits = limits_from(m),
            Form::Dates | Form::Appointment => {}
        }
        if v.is_none() {
            f.weekly.rows.push(WeeklyRow::default());
        }
        f
    }

    /// From a posted form (`get(name)` gives a field's value; see the
    /// module documentation for the names). Every form's fields are read,
    /// so the page shows again what was typed; values are trimmed and rows
    /// whose fields are all empty are dropped. Without a valid
    /// `schedule.form` the weekly form is chosen.
    pub fn from_post(get: &dyn Fn(&str) -> Option<String>) -> ScheduleForm {
        let field = |name: &str| get(name).map(|s| s.trim().to_string());
        let val = |name: &str| field(name).unwrap_or_default();
        let limits = |prefix: &str| Limits {
            from: val(&format!("{prefix}.from")),
            until: val(&format!("{prefix}.until")),
            except: (0..MAX_ROWS)
                .map_while(|i| field(&format!("{prefix}.except.{i}")))
                .filter(|s| !s.is_empty())
                .collect(),
        };
        ScheduleForm {
            form: field("schedule.form")
                .and_then(|k| Form::from_key(&k))
                .unwrap_or_default(),
            one: OneDayFields {
                date: val("schedule.one.date"),
                start: val("schedule.one.start"),
                end: val("schedule.one.end"),
            },
            days: DaysFields {
                date: val("schedule.days.date"),
                until: val("schedule.days.until"),
                start: val("schedule.days.start"),
                end: val("schedule.days.end"),
            },
            dates: posted_rows(&field, "schedule.dates", ["date", "start", "end"])
                .into_iter()
                .map(|[date, start, end]| DateRow { date, start, end })
                .collect(),
            weekly: WeeklyFields {
                rows: posted_rows(&field, "schedule.weekly", ["day", "start", "end"])
                    .into_iter()
                    .map(|[day, start, end]| WeeklyRow { day, start, end })
                    .collect(),
                interval: val("schedule.weekly.interval"),
                limits: limits("schedule.weekly"),
            },
            monthly: MonthlyFields {
                rows: posted_rows(&field, "schedule.monthly", ["week", "day", "start", "end"])
                    .into_iter()
                    .map(|[week, day, start, end]| MonthlyRow {
                        week,
                        day,
                        start,
                        end,
                    })
                    .collect(),
                limits: limits("schedule.monthly"),
            },
        }
    }

    /// The value to write under `schedule:` in offering.yaml: the contract's
    /// shape for the chosen form, only the fields that are set, in the
    /// contract's key order. Times and dates are strings as typed;
    /// `interval` and `week` are integers when they are numbers; the list
    /// of the list forms is written even when empty, so the loader says
    /// it is empty at the right place.
    pub fn to_yaml(&self) -> Value {
        let mut m = Mapping::new();
        let times = |m: &mut Mapping, start: &str, end: &str| {
            put(m, "start", start);
            put(m, "end", end);
        };
        match self.form {
            Form::OneDay => {
                put(&mut m, "date", &self.one.date);
                times(&mut m, &self.one.start, &self.one.end);
            }
            Form::Days => {
                put(&mut m, "date", &self.days.date);
                put(&mut m, "until", &self.days.until);
                times(&mut m, &self.days.start, &self.days.end);
            }
            Form::Dates => {
                let rows = self
                    .dates
                    .iter()
                    .filter(|r| !blank(&[&r.date, &r.start, &r.end]))
                    .map(|r| {
                        let mut e = Mapping::new();
                        put(&mut e, "date", &r.date);
                        times(&mut e, &r.start, &r.end);
                        Value::Mapping(e)
                    })
                    .collect();
                m.insert("dates".into(), Value::Sequence(rows));
            }
            Form::Weekly => {
                let rows = self
                    .weekly
                    .rows
                    .iter()
                    .filter(|r| !blank(&[&r.day, &r.start, &r.end]))
                    .map(|r| {
                        let mut e = Mapping::new();
                        put(&mut e, "day", &r.day);
                        times(&mut e, &r.start, &r.end);
                        Value::Mapping(e)
                    })
                    .collect();
                m.insert("weekly".into(), Value::Sequence(rows));
                if !self.weekly.interval.trim().is_empty() {
                    m.insert("interval".into(), number_or_text(&self.weekly.interval));
                }
                put_limits(&mut m, &self.weekly.limits);
            }
            Form::Monthly => {
                let rows = self
                    .monthly
                    .rows
                    .iter()
                    .filter(|r| !blank(&[&r.week, &r.day, &r.start, &r.end]))
                    .map(|r| {
                        let mut e = Mapping::new();
                        if !r.week.trim().is_empty() {
                            e.insert("week".into(), number_or_text(&r.week));
                        }
                        put(&mut e, "day", &r.day);
                        times(&mut e, &r.start, &r.end);
                        Value::Mapping(e)
                    })
                    .collect();
                m.insert("monthly".into(), Value::Sequence(rows));
                put_limits(&mut m, &self.monthly.limits);
            }
            Form::Appointment => {
                m.insert("by_appointment".into(), Value::Bool(true));
            }
        }
        Value::Mapping(m)
    }

    /// Whether the chosen form has nothing yet that says when.
    fn is_unfilled(&self) -> bool {
        match self.form {
            Form::OneDay => self.one.date.trim().is_empty(),
            Form::Days => self.days.date.trim().is_empty(),
            Form::Dates => self
                .dates
                .iter()
                .all(|r| blank(&[&r.date, &r.start, &r.end])),
            Form::Weekly => self
                .weekly
                .rows
                .iter()
                .all(|r| blank(&[&r.day, &r.start, &r.end])),
            Form::Monthly => self
                .monthly
                .rows
                .iter()
                .all(|r| blank(&[&r.week, &r.day, &r.start, &r.end])),
            Form::Appointment => false,
        }
    }

    /// The next `n` meetings from `today` as lines of text in `lang`
    /// ("Di 13.10.2026, 09:00–11:00"; "Tue 13 Oct 2026, 09:00–11:00"), as
    /// the site will show them: [`ScheduleForm::to_yaml`] goes through the
    /// loader's parser and validator. `Err` holds a plain message when
    /// nothing is filled in yet, else the validator's messages, one a line.
    /// By appointment gives no lines.
    pub fn next_dates(
        &self,
        today: jiff::civil::Date,
        n: usize,
        lang: &str,
    ) -> Result<Vec<String>, String> {
        let en = lang == "en";
        if self.is_unfilled() {
            return Err(if en {
                "No dates entered yet.".into()
            } else {
                "Es sind noch keine Termine eingetragen.".into()
            });
        }
        let schedule = self.validated()?;
        Ok(schedule
            .next(today, n)
            .iter()
            .map(|o| occurrence_line(o, en))
            .collect())
    }

    /// The schedule through the loader's parser and validator, or their
    /// error messages, one a line.
    fn validated(&self) -> Result<Schedule, String> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Offering {
            schedule: RawSchedule,
        }
        let mut doc = Mapping::new();
        doc.insert("schedule".into(), self.to_yaml());
        let yaml = serde_yaml::to_string(&Value::Mapping(doc)).map_err(|e| e.to_string())?;
        let mut file = YamlFile::new("offering.yaml".into(), yaml, 0);
        let mut diags = Diagnostics::new();
        let schedule = file
            .parse::<Offering>(&mut diags)
            .and_then(|o| Validator::new(&file, &mut diags).validate(&o.schedule));
        let messages: Vec<String> = diags
            .iter()
            .filter(|d| d.is_error())
            .map(|d| d.message.clone())
            .collect();
        match schedule {
            Some(s) if messages.is_empty() => Ok(s),
            _ if messages.is_empty() => Err("the schedule is not valid".into()),
            _ => Err(messages.join("\n")),
        }
    }

    /// The HTML of the whole schedule fieldset (see the module
    /// documentation for field names). `t(id)` gives an interface string
    /// (ids `sch-…` in `locales/*/schedule.ftl`), `errors(name)` the
    /// messages for a field, `next` the result of
    /// [`ScheduleForm::next_dates`]. Works without JavaScript and CSS:
    /// every form's fields are present in their own fieldset, with two
    /// empty rows for adding to each list.
    pub fn render(
        &self,
        t: &dyn Fn(&str) -> String,
        errors: &dyn Fn(&str) -> Vec<String>,
        lang: &str,
        next: &Result<Vec<String>, String>,
    ) -> String {
        let mut h = Html {
            out: String::with_capacity(16 * 1024),
            t,
            errors,
            active: false,
        };
        // `data-next-dates`: the page's script refreshes the list of next
        // dates (`#sch-next-list`) when a field in here changes.
        h.out.push_str(&format!(
            "<fieldset class=\"sch\" id=\"sch\" data-next-dates=\"sch-next-list\">\n<legend>{}</legend>\n",
            html(&t("sch-legend"))
        ));
        // The choice of form; loader errors about the whole schedule
        // (nothing said, several forms mixed) belong to it.
        let top = h.messages("schedule", Some("schedule.form"));
        h.open_fieldset("sch-choose", &t("sch-form-legend"));
        h.error_block("f-schedule", &top);
        for f in Form::ALL {
            let id = format!("f-schedule-form-{}", f.key());
            h.out.push_str(&format!(
                "<div class=\"sch-choice\"><input type=\"radio\" id=\"{id}\" name=\"schedule.form\" value=\"{}\"{}{}> <label for=\"{id}\">{}</label></div>\n",
                f.key(),
                if f == self.form { " checked" } else { "" },
                aria("f-schedule", &top),
                html(&t(&format!("sch-form-{}", f.key()))),
            ));
        }
        h.out.push_str("</fieldset>\n");
        h.para("sch-hint", "sch-only-chosen");

        // One day.
        h.begin_form(Form::OneDay, self.form);
        h.input(
            Kind::Date,
            "schedule.one.date",
            Some("date"),
            "sch-date",
            &self.one.date,
        );
        h.input(
            Kind::Time,
            "schedule.one.start",
            Some("start"),
            "sch-start",
            &self.one.start,
        );
        h.input(
            Kind::Time,
            "schedule.one.end",
            Some("end"),
            "sch-end",
            &self.one.end,
        );
        h.out.push_str("</fieldset>\n");

        // Several whole days.
        h.begin_form(Form::Days, self.form);
        let d = &self.days;
        h.input(
            Kind::Date,
            "schedule.days.date",
            Some("date"),
            "sch-first-day",
            &d.date,
        );
        h.input(
            Kind::Date,
            "schedule.days.until",
            Some("until"),
            "sch-last-day",
            &d.until,
        );
        h.para("sch-hint", "sch-days-times");
        h.input(
            Kind::Time,
            "schedule.days.start",
            Some("start"),
            "sch-start",
            &d.start,
        );
        h.input(
            Kind::Time,
            "schedule.days.end",
            Some("end"),
            "sch-end",
            &d.end,
        );
        h.out.push_str("</fieldset>\n");

        // A list of dates.
        h.begin_form(Form::Dates, self.form);
        h.group_errors("schedule.dates");
        h.para("sch-hint", "sch-rows-hint");
        let empty = DateRow::default();
        for (i, r) in spare(&self.dates, &empty) {
            let p = format!("schedule.dates.{i}");
            h.open_row(&p, i);
            h.input(Kind::Date, &format!("{p}.date"), None, "sch-date", &r.date);
            h.input(
                Kind::Time,
                &format!("{p}.start"),
                None,
                "sch-start",
                &r.start,
            );
            h.input(Kind::Time, &format!("{p}.end"), None, "sch-end", &r.end);
            h.out.push_str("</fieldset>\n");
        }
        h.out.push_str("</fieldset>\n");

        // Every week.
        h.begin_form(Form::Weekly, self.form);
        h.group_errors("schedule.weekly");
        h.para("sch-hint", "sch-rows-hint");
        let empty = WeeklyRow::default();
        for (i, r) in spare(&self.weekly.rows, &empty) {
            let p = format!("schedule.weekly.{i}");
            h.open_row(&p, i);
            h.input(Kind::Day, &format!("{p}.day"), None, "sch-day", &r.day);
            h.input(
                Kind::Time,
                &format!("{p}.start"),
                None,
                "sch-start",
                &r.start,
            );
            h.input(Kind::Time, &format!("{p}.end"), None, "sch-end", &r.end);
            h.out.push_str("</fieldset>\n");
        }
        h.input(
            Kind::Interval,
            "schedule.weekly.interval",
            Some("interval"),
            "sch-interval",
            &self.weekly.interval,
        );
        h.para("sch-hint", "sch-interval-hint");
        h.limits("schedule.weekly", &self.weekly.limits);
        h.out.push_str("</fieldset>\n");

        // Every month.
        h.begin_form(Form::Monthly, self.form);
        h.group_errors("schedule.monthly");
        h.para("sch-hint", "sch-rows-hint");
        let empty = MonthlyRow::default();
        for (i, r) in spare(&self.monthly.rows, &empty) {
            let p = format!("schedule.monthly.{i}");
            h.open_row(&p, i);
            h.input(Kind::Week, &format!("{p}.week"), None, "sch-week", &r.week);
            h.input(Kind::Day, &format!("{p}.day"), None, "sch-day", &r.day);
            h.input(
                Kind::Time,
                &format!("{p}.start"),
                None,
                "sch-start",
                &r.start,
            );
            h.input(Kind::Time, &format!("{p}.end"), None, "sch-end", &r.end);
            h.out.push_str("</fieldset>\n");
        }
        h.limits("schedule.monthly", &self.monthly.limits);
        h.out.push_str("</fieldset>\n");

        // By appointment.
        h.begin_form(Form::Appointment, self.form);
        h.group_errors("schedule.by_appointment");
        h.para("sch-hint", "sch-appointment-note");
        h.out.push_str("</fieldset>\n");

        // The next dates, as the site will show them.
        h.out.push_str(&format!(
            "<section class=\"sch-next\" id=\"sch-next\">\n<h3>{}</h3>\n<div id=\"sch-next-list\" aria-live=\"polite\">\n",
            html(&t("sch-next-title"))
        ));
        match next {
            Ok(lines) if lines.is_empty() => {
                let id = if self.form == Form::Appointment {
                    "sch-next-appointment"
                } else {
                    "sch-next-none"
                };
                h.para("sch-next-empty", id);
            }
            Ok(lines) => {
                h.out.push_str("<ul>\n");
                for l in lines {
                    h.out.push_str(&format!("<li>{}</li>\n", html(l)));
                }
                h.out.push_str("</ul>\n");
            }
            Err(msg) => {
                h.para("sch-next-error", "sch-next-problem");
                // The validator speaks English; the message for an
                // unfilled schedule is in the interface language.
                let en = lang != "en" && !self.is_unfilled();
                h.out.push_str(if en {
                    "<ul class=\"sch-next-error\" lang=\"en\">\n"
                } else {
                    "<ul class=\"sch-next-error\">\n"
                });
                for l in msg.lines().filter(|l| !l.trim().is_empty()) {
                    h.out.push_str(&format!("<li>{}</li>\n", html(l)));
                }
                h.out.push_str("</ul>\n");
            }
        }
        h.out.push_str("</div>\n</section>\n</fieldset>\n");
        h.out
    }
}

/// The filled rows followed by [`SPARE_ROWS`] empty ones, with indices.
fn spare<'a, T>(rows: &'a [T], empty: &'a T) -> impl Iterator<Item = (usize, &'a T)> {
    rows.iter()
        .chain(std::iter::repeat_n(empty, SPARE_ROWS))
        .enumerate()
}

/// The pattern of a time in a text field: `HH:MM` (also `H:MM`, as the
/// loader reads it).
const TIME_PATTERN: &str = "[0-2]?[0-9]:[0-5][0-9]";

/// The pattern of a date in a text field: `YYYY-MM-DD`.
const DATE_PATTERN: &str = "[0-9]{4}-[0-9]{2}-[0-9]{2}";

/// Whether `<input type=date>` can hold the value: a real date written
/// exactly `YYYY-MM-DD`.
fn is_browser_date(s: &str) -> bool {
    s.len() == 10 && crate::schedule::parse_date(s).is_ok()
}

/// Whether `<input type=time>` can hold the value: exactly `HH:MM`.
fn is_browser_time(s: &str) -> bool {
    s.len() == 5 && s.as_bytes()[2] == b':' && crate::schedule::parse_time(s).is_ok()
}

/// What kind of control a field is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// `<input type=date>`.
    Date,
    /// `<input type=time>`.
    Time,
    /// `<select>` of weekdays.
    Day,
    /// `<select>` of weeks of the month.
    Week,
    /// `<select>` of every n-th week.
    Interval,
}

/// `aria-invalid` and `aria-describedby` for a control whose error block
/// has the id `<id>-err`, when there are messages.
fn aria(id: &str, messages: &[String]) -> String {
    if messages.is_empty() {
        String::new()
    } else {
        format!(" aria-invalid=\"true\" aria-describedby=\"{id}-err\"")
    }
}

/// The id of the control with the field name `name`.
fn field_id(name: &str) -> String {
    format!("f-{}", name.replace('.', "-"))
}

/// Writes the schedule fieldset.
struct Html<'a> {
    out: String,
    t: &'a dyn Fn(&str) -> String,
    errors: &'a dyn Fn(&str) -> Vec<String>,
    /// Whether the fieldset being written is the chosen form: errors of
    /// top-level keys shared by several forms (`schedule.until`) show there.
    active: bool,
}

impl Html<'_> {
    /// The interface string `id`, escaped.
    fn t(&self, id: &str) -> String {
        html(&(self.t)(id))
    }

    /// Messages for `name`, plus those for `shared` in the chosen form.
    fn messages(&self, name: &str, shared: Option<&str>) -> Vec<String> {
        let mut v = (self.errors)(name);
        if let Some(s) = shared {
            if s != name {
                for m in (self.errors)(s) {
                    if !v.contains(&m) {
                        v.push(m);
                    }
                }
            }
        }
        v
    }

    /// Opens a fieldset (closed by the caller).
    fn open_fieldset(&mut self, class: &str, legend: &str) {
        self.out.push_str(&format!(
            "<fieldset class=\"{class}\">\n<legend>{}</legend>\n",
            html(legend)
        ));
    }

    /// Opens the fieldset of one form (closed by the caller).
    fn begin_form(&mut self, form: Form, chosen: Form) {
        self.active = form == chosen;
        let legend = (self.t)(&format!("sch-form-{}", form.key()));
        self.out.push_str(&format!(
            "<fieldset class=\"sch-form\" id=\"sch-{key}\" data-form=\"{key}\">\n<legend>{}</legend>\n",
            html(&legend),
            key = form.key(),
        ));
    }

    /// Opens the fieldset of row `i` (closed by the caller), with the
    /// errors about the row as a whole.
    fn open_row(&mut self, name: &str, i: usize) {
        self.out.push_str(&format!(
            "<fieldset class=\"sch-row\">\n<legend>{} {}</legend>\n",
            self.t("sch-row"),
            i + 1
        ));
        self.group_errors(name);
    }

    /// Errors about a group (a list, a row) rather than one control.
    fn group_errors(&mut self, name: &str) {
        let m = self.messages(name, None);
        self.error_block(&field_id(name), &m);
    }

    fn error_block(&mut self, id: &str, messages: &[String]) {
        if messages.is_empty() {
            return;
        }
        let text: Vec<String> = messages.iter().map(|m| html(m)).collect();
        self.out.push_str(&format!(
            "<p class=\"sch-error\" id=\"{id}-err\">{}</p>\n",
            text.join("<br>")
        ));
    }

    fn para(&mut self, class: &str, id: &str) {
        let text = self.t(id);
        self.out
            .push_str(&format!("<p class=\"{class}\">{text}</p>\n"));
    }

    /// One control labelled with the interface string `label`.
    fn input(&mut self, kind: Kind, name: &str, shared: Option<&str>, label: &str, value: &str) {
        let label = (self.t)(label);
        self.control(kind, name, shared, &label, value);
    }

    /// One control labelled `label` (unescaped text). `shared` is the
    /// top-level schedule key whose loader errors belong here when this
    /// form is the chosen one.
    fn control(&mut self, kind: Kind, name: &str, shared: Option<&str>, label: &str, value: &str) {
        let id = field_id(name);
        let shared = shared
            .filter(|_| self.active)
            .map(|k| format!("schedule.{k}"));
        let messages = self.messages(name, shared.as_deref());
        let aria = aria(&id, &messages);
        self.out.push_str(&format!(
            "<div class=\"sch-field\"><label for=\"{id}\">{}</label>\n",
            html(label)
        ));
        let v = html(value);
        match kind {
            // A value the browser's date or time control cannot hold
            // (hand-written `9:00`, `9 Uhr`, `2026-02-30`) would show empty
            // and be lost on saving: such a value gets a text field, where
            // the format hint and pattern are allowed (not on date/time).
            Kind::Date if value.is_empty() || is_browser_date(value) => self.out.push_str(
                &format!("<input type=\"date\" id=\"{id}\" name=\"{name}\" value=\"{v}\"{aria}>\n"),
            ),
            Kind::Time if value.is_empty() || is_browser_time(value) => self.out.push_str(
                &format!("<input type=\"time\" id=\"{id}\" name=\"{name}\" value=\"{v}\"{aria}>\n"),
            ),
            Kind::Date => self.out.push_str(&format!(
                "<input type=\"text\" id=\"{id}\" name=\"{name}\" value=\"{v}\" pattern=\"{DATE_PATTERN}\" placeholder=\"{}\"{aria}>\n",
                self.t("sch-date-placeholder")
            )),
            Kind::Time => self.out.push_str(&format!(
                "<input type=\"text\" id=\"{id}\" name=\"{name}\" value=\"{v}\" inputmode=\"numeric\" pattern=\"{TIME_PATTERN}\" placeholder=\"{}\"{aria}>\n",
                self.t("sch-time-placeholder")
            )),
            Kind::Day => {
                let options: Vec<(String, String)> = std::iter::once(("", "sch-choose"))
                    .chain(WEEKDAYS.iter().map(|d| (*d, "")))
                    .map(|(k, l)| {
                        let label = if l.is_empty() { format!("sch-day-{k}") } else { l.into() };
                        (k.to_string(), (self.t)(&label))
                    })
                    .collect();
                self.select(&id, name, &aria, options, value);
            }
            Kind::Week => {
                let options: Vec<(String, String)> = std::iter::once(("", "sch-choose".into()))
                    .chain(WEEKS.iter().map(|w| (*w, format!("sch-week-{w}"))))
                    .map(|(k, l)| (k.to_string(), (self.t)(&l)))
                    .collect();
                self.select(&id, name, &aria, options, value);
            }
            Kind::Interval => {
                // "Every week" carries the value the file had: none, or 1.
                let every = if value.trim() == "1" { "1" } else { "" };
                let options: Vec<(String, String)> = std::iter::once((every, "sch-interval-1"))
                    .chain(INTERVALS.iter().map(|n| (*n, "")))
                    .map(|(k, l)| {
                        let label = if l.is_empty() { format!("sch-interval-{k}") } else { l.into() };
                        (k.to_string(), (self.t)(&label))
                    })
                    .collect();
                self.select(&id, name, &aria, options, value);
            }
        }
        self.error_block(&id, &messages);
        self.out.push_str("</div>\n");
    }

    /// A `<select>`; a value that is none of the options (written by hand
    /// in the file) is offered as it is, so saving keeps it.
    fn select(
        &mut self,
        id: &str,
        name: &str,
        aria: &str,
        mut options: Vec<(String, String)>,
        value: &str,
    ) {
        let value = value.trim();
        if !options.iter().any(|(k, _)| k == value) {
            let label = format!("{} {value}", (self.t)("sch-other-value"));
            options.push((value.to_string(), label));
        }
        self.out
            .push_str(&format!("<select id=\"{id}\" name=\"{name}\"{aria}>\n"));
        for (k, label) in options {
            self.out.push_str(&format!(
                "<option value=\"{}\"{}>{}</option>\n",
                html(&k),
                if k == value { " selected" } else { "" },
                html(&label)
            ));
        }
        self.out.push_str("</select>\n");
    }

    /// `from`, `until` and the cancelled days of a repeating form.
    fn limits(&mut self, prefix: &str, l: &Limits) {
        let legend = (self.t)("sch-period");
        self.open_fieldset("sch-period", &legend);
        self.para("sch-hint", "sch-period-hint");
        self.input(
            Kind::Date,
            &format!("{prefix}.from"),
            Some("from"),
            "sch-from",
            &l.from,
        );
        self.input(
            Kind::Date,
            &format!("{prefix}.until"),
            Some("until"),
            "sch-until",
            &l.until,
        );
        self.out.push_str("</fieldset>\n");
        let legend = (self.t)("sch-except");
        self.open_fieldset("sch-except", &legend);
        let shared = self.active.then_some("schedule.except");
        let m = self.messages(&format!("{prefix}.except"), shared);
        self.error_block(&field_id(&format!("{prefix}.except")), &m);
        self.para("sch-hint", "sch-except-hint");
        let empty = String::new();
        for (i, d) in spare(&l.except, &empty) {
            // "Ausfall-Tag 1", "Ausfall-Tag 2", …
            let label = format!("{} {}", (self.t)("sch-except-row"), i + 1);
            let shared = format!("except.{i}");
            self.control(
                Kind::Date,
                &format!("{prefix}.except.{i}"),
                Some(&shared),
                &label,
                d,
            );
        }
        self.out.push_str("</fieldset>\n");
    }
}

/// Short weekday names, Monday first.
const WEEKDAY_DE: [&str; 7] = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"];

/// A day as "Di 13.10.2026" (de) or "Tue 13 Oct 2026" (en).
fn day_text(d: jiff::civil::Date, en: bool) -> String {
    if en {
        d.strftime("%a %-d %b %Y").to_string()
    } else {
        let wd = WEEKDAY_DE[d.weekday().to_monday_zero_offset() as usize];
        format!("{wd} {}", d.strftime("%d.%m.%Y"))
    }
}

fn hhmm(t: TimeOfDay) -> String {
    format!("{:02}:{:02}", t.hour, t.minute)
}

/// One meeting as a line: day (or first – last day), then the times.
fn occurrence_line(o: &Occurrence, en: bool) -> String {
    let mut s = day_text(o.date, en);
    if let Some(u) = o.until {
        s.push_str(" – ");
        s.push_str(&day_text(u, en));
    }
    match (o.times.start, o.times.end) {
        (Some(a), Some(b)) => s.push_str(&format!(", {}–{}", hhmm(a), hhmm(b))),
        (Some(a), None) => s.push_str(&format!(", {}", hhmm(a))),
        _ => {}
    }
    s
}

/// The form field name for a YAML path inside the schedule, as the loader
/// reports it: `["weekly", "1", "start"]` → `schedule.weekly.1.start`,
/// `["until"]` → `schedule.until`, `[]` → `schedule`. Row fields are named
/// like their inputs; top-level keys are shown by
/// [`ScheduleForm::render`] at the input of the chosen form.
pub fn field_name(path: &[&str]) -> String {
    let mut s = String::from("schedule");
    for p in path {
        s.push('.');
        s.push_str(p);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn yaml(src: &str) -> Value {
        serde_yaml::from_str(src).expect("test YAML parses")
    }

    /// A posted form from `name=value` pairs.
    fn post(pairs: &[(&str, &str)]) -> ScheduleForm {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        ScheduleForm::from_post(&|name| map.get(name).cloned())
    }

    /// The interface string is its id, so tests can look for it.
    fn ids(id: &str) -> String {
        id.to_string()
    }

    fn no_errors(_: &str) -> Vec<String> {
        Vec::new()
    }

    fn today() -> jiff::civil::Date {
        jiff::civil::date(2026, 9, 1)
    }

    #[test]
    fn round_trip_of_every_form() {
        let examples = [
            (
                Form::OneDay,
                r#"{ date: 2026-06-13, start: "14:00", end: "19:00" }"#,
            ),
            (Form::Days, "{ date: 2026-07-03, until: 2026-07-05 }"),
            (
                Form::Dates,
                r#"{ dates: [ { date: 2026-03-02, start: "18:00", end: "20:00" }, { date: 2026-03-09 } ] }"#,
            ),
            (
                Form::Weekly,
                r#"
weekly: [ { day: tue, start: "09:00", end: "11:00" }, { day: thu, start: "09:00", end: "11:00" } ]
interval: 1
from: 2026-09-01
until: 2027-06-30
except: [ 2026-10-13, 2026-12-22 ]
"#,
            ),
            (
                Form::Monthly,
                r#"
monthly: [ { week: 1, day: mon, start: "15:00", end: "17:00" }, { week: last, day: fri } ]
from: 2026-01-01
"#,
            ),
            (Form::Appointment, "{ by_appointment: true }"),
        ];
        for (form, src) in examples {
            let v = yaml(src);
            let f = ScheduleForm::from_yaml(Some(&v));
            assert_eq!(f.form, form, "{src}");
            assert_eq!(f.to_yaml(), v, "{src}");
        }
    }

    #[test]
    fn a_new_offering_is_weekly_with_one_empty_row() {
        let f = ScheduleForm::from_yaml(None);
        assert_eq!(f.form, Form::Weekly);
        assert_eq!(f.weekly.rows, vec![WeeklyRow::default()]);
        assert_eq!(f.to_yaml(), yaml("{ weekly: [] }"));
    }

    #[test]
    fn wrong_values_are_written_as_typed() {
        let f = post(&[
            ("schedule.form", "weekly"),
            ("schedule.weekly.0.day", "tue"),
            ("schedule.weekly.0.start", "9 Uhr"),
            ("schedule.weekly.interval", "zwei"),
            ("schedule.weekly.from", "2026-02-30"),
        ]);
        assert_eq!(
            f.to_yaml(),
            yaml(
                r#"{ weekly: [ { day: tue, start: "9 Uhr" } ], interval: zwei, from: "2026-02-30" }"#
            )
        );
    }

    #[test]
    fn posted_spare_rows_are_dropped() {
        let f = post(&[
            ("schedule.form", "dates"),
            ("schedule.dates.0.date", "2026-03-02"),
            ("schedule.dates.0.start", " 18:00 "),
            ("schedule.dates.0.end", "20:00"),
            ("schedule.dates.1.date", ""),
            ("schedule.dates.1.start", ""),
            ("schedule.dates.1.end", ""),
            ("schedule.dates.2.date", "2026-03-09"),
            ("schedule.dates.2.start", ""),
            ("schedule.dates.2.end", ""),
            ("schedule.dates.3.date", ""),
            ("schedule.dates.3.start", ""),
            ("schedule.dates.3.end", ""),
        ]);
        assert_eq!(f.dates.len(), 2);
        assert_eq!(
            f.to_yaml(),
            yaml(
                r#"{ dates: [ { date: 2026-03-02, start: "18:00", end: "20:00" }, { date: 2026-03-09 } ] }"#
            )
        );
        let f = post(&[
            ("schedule.form", "monthly"),
            ("schedule.monthly.0.week", "last"),
            ("schedule.monthly.0.day", "fri"),
            ("schedule.monthly.0.start", ""),
            ("schedule.monthly.0.end", ""),
            ("schedule.monthly.1.week", ""),
            ("schedule.monthly.1.day", ""),
            ("schedule.monthly.1.start", ""),
            ("schedule.monthly.1.end", ""),
            ("schedule.monthly.except.0", ""),
            ("schedule.monthly.except.1", "2026-12-25"),
            ("schedule.monthly.except.2", ""),
        ]);
        assert_eq!(
            f.to_yaml(),
            yaml("{ monthly: [ { week: last, day: fri } ], except: [ 2026-12-25 ] }")
        );
    }

    #[test]
    fn switching_the_form_writes_only_the_chosen_one() {
        // The page had a weekly schedule; the editor chose one day instead
        // and posted every fieldset, as a browser does.
        let f = post(&[
            ("schedule.form", "one"),
            ("schedule.one.date", "2026-06-13"),
            ("schedule.one.start", "14:00"),
            ("schedule.one.end", ""),
            ("schedule.days.date", ""),
            ("schedule.days.until", ""),
            ("schedule.weekly.0.day", "tue"),
            ("schedule.weekly.0.start", "09:00"),
            ("schedule.weekly.0.end", ""),
            ("schedule.weekly.1.day", ""),
            ("schedule.weekly.1.start", ""),
            ("schedule.weekly.1.end", ""),
            ("schedule.weekly.interval", "2"),
            ("schedule.weekly.from", "2026-09-01"),
            ("schedule.weekly.until", ""),
            ("schedule.weekly.except.0", "2026-10-13"),
            ("schedule.monthly.until", "2026-12-31"),
        ]);
        assert_eq!(f.form, Form::OneDay);
        // What was typed in the weekly fieldset is still there …
        assert_eq!(f.weekly.rows.len(), 1);
        assert_eq!(f.weekly.limits.from, "2026-09-01");
        // … but only the one day is written.
        assert_eq!(f.to_yaml(), yaml(r#"{ date: 2026-06-13, start: "14:00" }"#));
        // And back to weekly: only weekly's fields.
        let mut f = f;
        f.form = Form::Weekly;
        assert_eq!(
            f.to_yaml(),
            yaml(
                r#"{ weekly: [ { day: tue, start: "09:00" } ], interval: 2, from: 2026-09-01, except: [ 2026-10-13 ] }"#
            )
        );
        // Without a (valid) choice, weekly.
        assert_eq!(post(&[("schedule.form", "daily")]).form, Form::Weekly);
    }

    #[test]
    fn every_control_has_a_label() {
        let v = yaml("{ weekly: [ { day: tue, start: \"09:00\" } ], except: [ 2026-10-13 ] }");
        let html = ScheduleForm::from_yaml(Some(&v)).render(&ids, &no_errors, "de", &Ok(vec![]));
        let mut controls = 0;
        for tag in ["<input ", "<select "] {
            for part in html.split(tag).skip(1) {
                let id = part
                    .split("id=\"")
                    .nth(1)
                    .unwrap()
                    .split('"')
                    .next()
                    .unwrap();
                assert!(
                    html.contains(&format!("<label for=\"{id}\">")),
                    "no label for {id}"
                );
                controls += 1;
            }
        }
        // 6 radios; one day 3; days 4; dates 2×3; weekly 3×3 + interval
        // + from/until + 3 cancelled; monthly 2×4 + from/until + 2 cancelled.
        assert_eq!(controls, 6 + 3 + 4 + 6 + 9 + 1 + 2 + 3 + 8 + 2 + 2);
        // The ids are unique.
        let mut seen = std::collections::HashSet::new();
        for part in html.split(" id=\"").skip(1) {
            let id = part.split('"').next().unwrap();
            assert!(seen.insert(id.to_string()), "duplicate id {id}");
        }
        assert!(html.contains("<legend>sch-row 3</legend>"));
        assert!(html.contains("<label for=\"f-schedule-weekly-except-1\">sch-except-row 2</label>"));
        assert!(html.contains("type=\"time\""));
        assert!(html.contains("<option value=\"tue\" selected>sch-day-tue</option>"));
        assert!(html.contains("value=\"weekly\" checked"));
        // The hook for the script that refreshes the next dates.
        assert!(html
            .starts_with("<fieldset class=\"sch\" id=\"sch\" data-next-dates=\"sch-next-list\">"));
        assert!(html.contains("<div id=\"sch-next-list\" aria-live=\"polite\">"));
    }

    #[test]
    fn values_a_browser_control_cannot_hold_get_a_text_field() {
        let v = yaml(
            r#"{ dates: [ { date: 2026-03-02, start: "9:00", end: "9 Uhr" }, { date: 2026-02-30, start: "18:00" }, { date: "2.3.2026" } ] }"#,
        );
        let html = ScheduleForm::from_yaml(Some(&v)).render(&ids, &no_errors, "de", &Ok(vec![]));
        let tag = |name: &str| {
            let at = html.find(&format!("name=\"{name}\"")).unwrap();
            let start = html[..at].rfind("<input").unwrap();
            html[start..at + html[at..].find('>').unwrap()].to_string()
        };
        assert!(tag("schedule.dates.0.date").contains("type=\"date\""));
        assert!(tag("schedule.dates.1.start").contains("type=\"time\""));
        for (name, value) in [
            ("schedule.dates.0.start", "9:00"),
            ("schedule.dates.0.end", "9 Uhr"),
            ("schedule.dates.1.date", "2026-02-30"),
            ("schedule.dates.2.date", "2.3.2026"),
        ] {
            let t = tag(name);
            assert!(t.contains("type=\"text\""), "{t}");
            assert!(t.contains(&format!("value=\"{value}\"")), "{t}");
            assert!(
                t.contains(" pattern=\"") && t.contains(" placeholder=\"sch-"),
                "{t}"
            );
        }
        // Valid HTML: no pattern or placeholder on date and time controls.
        for part in html.split("<input type=\"time\"").skip(1) {
            let t = &part[..part.find('>').unwrap()];
            assert!(!t.contains("pattern") && !t.contains("placeholder"), "{t}");
        }
    }

    #[test]
    fn values_are_escaped() {
        let mut f = ScheduleForm::from_yaml(None);
        f.weekly.rows[0].start = "\"><script>alert(1)</script>".into();
        f.weekly.rows[0].day = "<script>".into();
        f.one.date = "<script>".into();
        let err = |name: &str| {
            if name == "schedule.one.date" {
                vec!["<b>bad</b>".to_string()]
            } else {
                vec![]
            }
        };
        let next = Ok(vec!["<script>x</script>".to_string()]);
        let html = f.render(&ids, &err, "de", &next);
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<b>"));
        assert!(html.contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""));
        // A day that is none of the options is kept, escaped.
        assert!(html.contains("<option value=\"&lt;script&gt;\" selected>"));
        // Interface strings are escaped too.
        let html = f.render(&|_| "<i>".to_string(), &no_errors, "de", &Ok(vec![]));
        assert!(!html.contains("<i>"));
    }

    #[test]
    fn errors_are_shown_at_their_field() {
        let v = yaml(
            "{ weekly: [ { day: tue, start: \"11:00\", end: \"09:00\" } ], until: 2026-02-30 }",
        );
        let f = ScheduleForm::from_yaml(Some(&v));
        let err = |name: &str| match name {
            "schedule.weekly.0.end" => vec!["end 09:00 is not after start 11:00".to_string()],
            "schedule.until" => vec!["2026-02-30 does not exist in the calendar".to_string()],
            _ => vec![],
        };
        let html = f.render(&ids, &err, "de", &Err("x".into()));
        assert!(html.contains(
            "<input type=\"time\" id=\"f-schedule-weekly-0-end\" name=\"schedule.weekly.0.end\" value=\"09:00\" aria-invalid=\"true\" aria-describedby=\"f-schedule-weekly-0-end-err\">"
        ), "{html}");
        assert!(html.contains(
            "<p class=\"sch-error\" id=\"f-schedule-weekly-0-end-err\">end 09:00 is not after start 11:00</p>"
        ));
        // The shared `until` shows at the chosen (weekly) form only.
        assert!(html.contains("aria-describedby=\"f-schedule-weekly-until-err\""));
        assert!(!html.contains("f-schedule-monthly-until-err"));
        assert!(!html.contains("f-schedule-days-until-err"));
        assert_eq!(html.matches("aria-invalid").count(), 2);
        assert!(!html.contains("aria-describedby=\"f-schedule-weekly-0-start-err\""));
    }

    #[test]
    fn next_dates_of_a_weekly_schedule_every_second_week() {
        let v = yaml(
            r#"
weekly: [ { day: tue, start: "09:00", end: "11:00" }, { day: thu, start: "09:00" } ]
interval: 2
from: 2026-09-01
except: [ 2026-09-17 ]
"#,
        );
        let f = ScheduleForm::from_yaml(Some(&v));
        let got = f.next_dates(today(), 5, "de").unwrap();
        assert_eq!(
            got,
            [
                "Di 01.09.2026, 09:00–11:00",
                "Do 03.09.2026, 09:00",
                "Di 15.09.2026, 09:00–11:00",
                "Di 29.09.2026, 09:00–11:00",
                "Do 01.10.2026, 09:00",
            ]
        );
        let got = f
            .next_dates(jiff::civil::date(2026, 10, 2), 1, "en")
            .unwrap();
        assert_eq!(got, ["Tue 13 Oct 2026, 09:00–11:00"]);
    }

    #[test]
    fn next_dates_of_the_last_weekday_of_the_month() {
        let v = yaml("{ monthly: [ { week: last, day: fri, start: \"15:00\", end: \"17:00\" } ] }");
        let f = ScheduleForm::from_yaml(Some(&v));
        let got = f
            .next_dates(jiff::civil::date(2026, 1, 1), 3, "de")
            .unwrap();
        assert_eq!(
            got,
            [
                "Fr 30.01.2026, 15:00–17:00",
                "Fr 27.02.2026, 15:00–17:00",
                "Fr 27.03.2026, 15:00–17:00",
            ]
        );
    }

    #[test]
    fn next_dates_of_the_other_forms() {
        let f = ScheduleForm::from_yaml(Some(&yaml("{ date: 2026-07-03, until: 2026-07-05 }")));
        // Over: no lines.
        assert_eq!(f.next_dates(today(), 3, "en"), Ok(vec![]));
        assert_eq!(
            f.next_dates(jiff::civil::date(2026, 7, 1), 3, "en")
                .unwrap(),
            ["Fri 3 Jul 2026 – Sun 5 Jul 2026"]
        );
        let f = ScheduleForm::from_yaml(Some(&yaml("{ by_appointment: true }")));
        assert_eq!(f.next_dates(today(), 3, "de"), Ok(vec![]));
        let html = f.render(&ids, &no_errors, "de", &Ok(vec![]));
        assert!(html.contains("sch-next-appointment"));
        // Nothing filled in yet: a plain message, not the validator's.
        let f = ScheduleForm::from_yaml(None);
        assert_eq!(
            f.next_dates(today(), 3, "de"),
            Err("Es sind noch keine Termine eingetragen.".to_string())
        );
    }

    #[test]
    fn an_invalid_date_gives_the_validators_message() {
        let f = post(&[
            ("schedule.form", "one"),
            ("schedule.one.date", "2026-02-30"),
            ("schedule.one.start", "10:00"),
        ]);
        let got = f.next_dates(today(), 3, "de");
        assert_eq!(
            got,
            Err("2026-02-30 does not exist in the calendar".to_string())
        );
        let html = f.render(&ids, &no_errors, "de", &got);
        assert!(html.contains("sch-next-problem"));
        assert!(html.contains("<li>2026-02-30 does not exist in the calendar</li>"));
        // Several problems, one a line.
        let f = post(&[
            ("schedule.form", "weekly"),
            ("schedule.weekly.0.day", "Di"),
            ("schedule.weekly.0.start", "9 Uhr"),
        ]);
        let msg = f.next_dates(today(), 3, "de").unwrap_err();
        let lines: Vec<&str> = msg.lines().collect();
        assert_eq!(lines.len(), 2, "{msg}");
        assert!(lines[0].contains("`Di` is not a day of the week"), "{msg}");
        assert!(lines[1].contains("`9 Uhr` is not a time of day"), "{msg}");
    }

    #[test]
    fn field_names_of_loader_paths() {
        assert_eq!(field_name(&[]), "schedule");
        assert_eq!(
            field_name(&["weekly", "1", "start"]),
            "schedule.weekly.1.start"
        );
        assert_eq!(
            field_name(&["monthly", "0", "week"]),
            "schedule.monthly.0.week"
        );
        assert_eq!(field_name(&["dates", "2", "date"]), "schedule.dates.2.date");
        assert_eq!(field_name(&["until"]), "schedule.until");
        assert_eq!(field_name(&["except", "0"]), "schedule.except.0");
        // Row fields are named like their inputs.
        let v = yaml("{ monthly: [ { week: 1, day: mon } ] }");
        let html = ScheduleForm::from_yaml(Some(&v)).render(&ids, &no_errors, "de", &Ok(vec![]));
        for path in [["monthly", "0", "week"], ["monthly", "0", "day"]] {
            assert!(html.contains(&format!("name=\"{}\"", field_name(&path))));
        }
    }

    #[test]
    fn every_message_is_in_both_languages() {
        let used = std::cell::RefCell::new(std::collections::BTreeSet::new());
        let t = |id: &str| {
            used.borrow_mut().insert(id.to_string());
            id.to_string()
        };
        for f in Form::ALL {
            let mut form = ScheduleForm::from_yaml(None);
            form.form = f;
            form.weekly.interval = "6".into();
            form.one.date = "13.6.2026".into();
            form.one.start = "9 Uhr".into();
            form.render(&t, &no_errors, "de", &Ok(vec![]));
            form.render(&t, &no_errors, "de", &Err("x".into()));
        }
        for (lang, src) in [
            ("de", include_str!("locales/de/schedule.ftl")),
            ("en", include_str!("locales/en/schedule.ftl")),
        ] {
            let res = fluent_syntax::parser::parse(src).expect("the .ftl file parses");
            let defined: std::collections::BTreeSet<String> = res
                .body
                .iter()
                .filter_map(|e| match e {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                    _ => None,
                })
                .collect();
            for id in used.borrow().iter() {
                assert!(defined.contains(id), "{lang}: {id} is missing");
            }
            assert!(defined.iter().all(|id| id.starts_with("sch-")));
        }
    }
}
