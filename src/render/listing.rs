//! The list of all offerings and its filters.
//!
//! Every card on `/<lang>/offerings/` carries its facets as `data-`
//! attributes (district, kind, weekdays, time of day, audience, languages
//! spoken, childcare, cost); the theme's `filter.js` narrows the list in
//! place from a form whose field names are those facets, and keeps the
//! choice in the query string. Without JavaScript the same narrowing is
//! reached through static pages per district, kind and audience.

use serde::Serialize;
use serde_json::{json, Value};

use crate::render::labels;

use crate::i18n::WEEKDAYS;
use crate::model::{Cost, Offering, Site, AUDIENCES};

/// Times of day, by the hour a meeting starts: before 12, before 17, later.
pub const TIMES_OF_DAY: [&str; 3] = ["morning", "afternoon", "evening"];

/// The time of day a meeting starting at `hour` belongs to.
pub fn time_of_day(hour: u8) -> &'static str {
    match hour {
        0..=11 => "morning",
        12..=16 => "afternoon",
        _ => "evening",
    }
}

/// What the filters know of one offering; every value is a space-separated
/// list of ids, empty when the content does not say.
#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
pub struct Facets {
    /// District id.
    pub district: String,
    /// Category id.
    pub category: String,
    /// Weekday keys (`mon` … `sun`).
    pub day: String,
    /// Times of day (`morning afternoon evening`).
    pub time: String,
    /// Audience ids.
    pub audience: String,
    /// Codes of the languages spoken there.
    pub spoken: String,
    /// `yes`, `no` or empty.
    pub childcare: String,
    /// `free`, `paid` or empty.
    pub cost: String,
}

/// The facets of an offering.
pub fn facets(site: &Site, o: &Offering) -> Facets {
    let mut times: Vec<&str> = o
        .schedule
        .start_times()
        .iter()
        .map(|t| time_of_day(t.hour))
        .collect();
    times.dedup();
    Facets {
        district: site.districts[o.district].id.clone(),
        category: site.config.categories[o.category].id.clone(),
        day: o
            .schedule
            .weekdays()
            .iter()
            .map(|d| WEEKDAYS[*d])
            .collect::<Vec<_>>()
            .join(" "),
        time: times.join(" "),
        audience: o
            .audience
            .iter()
            .map(|a| AUDIENCES[*a])
            .collect::<Vec<_>>()
            .join(" "),
        spoken: o.spoken_languages.join(" "),
        childcare: match o.childcare {
            Some(true) => "yes".into(),
            Some(false) => "no".into(),
            None => String::new(),
        },
        cost: match o.cost {
            Some(Cost::Free) => "free".into(),
            Some(Cost::Amount { .. }) => "paid".into(),
            None => String::new(),
        },
    }
}

/// Current (not past) offerings in list order: by kind, then district,
/// then id.
pub fn current_offerings(site: &Site) -> Vec<&Offering> {
    let mut v: Vec<&Offering> = site.current_offerings().collect();
    v.sort_by(|a, b| (a.category, a.district, &a.id).cmp(&(b.category, b.district, &b.id)));
    v
}

/// Audiences (indexes into [`AUDIENCES`]) of at least one current offering:
/// they get a page each.
pub fn audiences_in_use(site: &Site) -> Vec<usize> {
    (0..AUDIENCES.len())
        .filter(|a| {
            site.offerings()
                .any(|o| o.audience.contains(a) && site.is_current(o))
        })
        .collect()
}

/// A counted message as patterns per CLDR plural category, for scripts:
/// `{"one": "One offering", "other": "{n} offerings"}`, plus `"=1"` and
/// the like where a message has an exact variant. The script takes the
/// exact text, else the pattern of the category `Intl.PluralRules` gives,
/// with the number for `{n}`. Counts up to `max` (the most the page can
/// show) are checked against Fluent's own choice.
pub fn count_patterns(site: &Site, lang: usize, key: &str, max: usize) -> String {
    use icu::plurals::{PluralCategory, PluralRules};
    let locale = &site.config.languages[lang].locale;
    let rules = PluralRules::try_new_cardinal(locale.into())
        .or_else(|_| PluralRules::try_new_cardinal(Default::default()))
        .expect("root plural rules");
    let mut map = serde_json::Map::new();
    for n in 0..=max.max(2) as u32 {
        let cat = match rules.category_for(n) {
            PluralCategory::Zero => "zero",
            PluralCategory::One => "one",
            PluralCategory::Two => "two",
            PluralCategory::Few => "few",
            PluralCategory::Many => "many",
            PluralCategory::Other => "other",
        };
        let text = site
            .strings
            .get1(lang, key, "count", f64::from(n).into(), false);
        let pattern = text.replace(&n.to_string(), "{n}");
        match map.get(cat) {
            None => {
                map.insert(cat.into(), json!(pattern));
            }
            // An exact variant (`[1] one programme`) differs from its category.
            Some(p) if p != &json!(pattern) => {
                map.insert(format!("={n}"), json!(text));
            }
            Some(_) => {}
        }
    }
    Value::Object(map).to_string()
}

/// One choice of a filter field.
#[derive(Serialize, Debug, Clone)]
pub struct Choice<'a> {
    /// The value the filter matches (a facet id).
    pub id: &'a str,
    /// What the reader sees.
    pub label: String,
    /// The writing direction of a language's own name (spoken languages only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dir: Option<&'static str>,
}

/// The choices of the filter form on the offerings list.
#[derive(Serialize, Debug, Clone)]
pub struct FilterOptions<'a> {
    /// Districts.
    pub districts: Vec<Choice<'a>>,
    /// Kinds of offering.
    pub categories: Vec<Choice<'a>>,
    /// Weekdays.
    pub days: Vec<Choice<'a>>,
    /// Times of day.
    pub times: Vec<Choice<'a>>,
    /// Audiences.
    pub audiences: Vec<Choice<'a>>,
    /// Languages spoken there.
    pub spoken: Vec<Choice<'a>>,
    /// Whether some offering has childcare.
    pub childcare: bool,
    /// Whether some offering is free.
    pub free: bool,
}

/// The choices of the filter form: only values some current offering has.
pub fn filter_options<'a>(
    site: &'a Site,
    lang: usize,
    offerings: &[&'a Offering],
) -> FilterOptions<'a> {
    let cfg = &site.config;
    let f = &site.formats[lang];
    let has = |pred: &dyn Fn(&Offering) -> bool| offerings.iter().any(|o| pred(o));
    let choice = |id: &'a str, label: String| Choice {
        id,
        label,
        dir: None,
    };
    let districts = site
        .districts
        .iter()
        .enumerate()
        .filter(|(d, _)| has(&|o| o.district == *d))
        .map(|(_, d)| choice(&d.id, site.district_name(d, lang)))
        .collect();
    let categories = (0..cfg.categories.len())
        .filter(|c| has(&|o| o.category == *c))
        .map(|c| choice(&cfg.categories[c].id, labels::category(site, c, lang)))
        .collect();
    let days = (0..7)
        .filter(|d| has(&|o| o.schedule.weekdays().contains(d)))
        .map(|d| choice(WEEKDAYS[d], f.weekday(d)))
        .collect();
    let times = TIMES_OF_DAY
        .iter()
        .filter(|t| {
            has(&|o| {
                o.schedule
                    .start_times()
                    .iter()
                    .any(|s| time_of_day(s.hour) == **t)
            })
        })
        .map(|t| choice(t, site.strings.get(lang, &format!("time-{t}"), None, false)))
        .collect();
    let audiences = audiences_in_use(site)
        .into_iter()
        .map(|a| choice(AUDIENCES[a], labels::audience(site, a, lang)))
        .collect();
    let mut spoken: Vec<&'a String> = offerings
        .iter()
        .flat_map(|o| o.spoken_languages.iter())
        .collect();
    spoken.sort();
    spoken.dedup();
    let spoken = spoken
        .into_iter()
        .map(|c| Choice {
            id: c,
            label: crate::i18n::language_name(c),
            dir: Some(crate::i18n::language_dir(c).as_str()),
        })
        .collect();
    FilterOptions {
        districts,
        categories,
        days,
        times,
        audiences,
        spoken,
        childcare: has(&|o| o.childcare == Some(true)),
        free: has(&|o| o.cost == Some(Cost::Free)),
    }
}

#[cfg(test)]
mod tests {
    use super::time_of_day;

    #[test]
    fn times_of_day_split_at_noon_and_five() {
        assert_eq!(time_of_day(9), "morning");
        assert_eq!(time_of_day(11), "morning");
        assert_eq!(time_of_day(12), "afternoon");
        assert_eq!(time_of_day(16), "afternoon");
        assert_eq!(time_of_day(17), "evening");
    }
}
