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
    let mut v: Vec<&Offering> = site
        .offerings()
        .filter(|o| !o.schedule.is_past(site.today))
        .collect();
    v.sort_by(|a, b| (a.category, a.district, &a.id).cmp(&(b.category, b.district, &b.id)));
    v
}

/// Audiences (indexes into [`AUDIENCES`]) of at least one current offering:
/// they get a page each.
pub fn audiences_in_use(site: &Site) -> Vec<usize> {
    (0..AUDIENCES.len())
        .filter(|a| {
            site.offerings()
                .any(|o| o.audience.contains(a) && !o.schedule.is_past(site.today))
        })
        .collect()
}

/// The label of audience `a` in language `lang`.
pub fn audience_label(site: &Site, a: usize, lang: usize) -> String {
    site.strings
        .get(lang, &format!("audience-{}", AUDIENCES[a]), None, false)
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

/// The choices of the filter form: only values some current offering has.
pub fn filter_options(site: &Site, lang: usize, offerings: &[&Offering]) -> Value {
    let cfg = &site.config;
    let f = &site.formats[lang];
    let has = |pred: &dyn Fn(&Offering) -> bool| offerings.iter().any(|o| pred(o));
    let districts: Vec<Value> = site
        .districts
        .iter()
        .enumerate()
        .filter(|(d, _)| has(&|o| o.district == *d))
        .map(|(_, d)| json!({ "id": d.id, "label": site.district_name(d, lang) }))
        .collect();
    let categories: Vec<Value> = (0..cfg.categories.len())
        .filter(|c| has(&|o| o.category == *c))
        .map(|c| {
            json!({ "id": cfg.categories[c].id, "label": crate::render::html::category_label(site, c, lang) })
        })
        .collect();
    let days: Vec<Value> = (0..7)
        .filter(|d| has(&|o| o.schedule.weekdays().contains(d)))
        .map(|d| json!({ "id": WEEKDAYS[d], "label": f.weekday(d) }))
        .collect();
    let times: Vec<Value> = TIMES_OF_DAY
        .iter()
        .filter(|t| {
            has(&|o| {
                o.schedule
                    .start_times()
                    .iter()
                    .any(|s| time_of_day(s.hour) == **t)
            })
        })
        .map(|t| json!({ "id": t, "label": site.strings.get(lang, &format!("time-{t}"), None, false) }))
        .collect();
    let audiences: Vec<Value> = audiences_in_use(site)
        .into_iter()
        .map(|a| json!({ "id": AUDIENCES[a], "label": audience_label(site, a, lang) }))
        .collect();
    let mut spoken: Vec<&String> = offerings
        .iter()
        .flat_map(|o| o.spoken_languages.iter())
        .collect();
    spoken.sort();
    spoken.dedup();
    let spoken: Vec<Value> = spoken
        .into_iter()
        .map(|c| {
            json!({
                "id": c,
                "label": crate::i18n::language_name(c),
                "dir": crate::i18n::language_dir(c).as_str(),
            })
        })
        .collect();
    json!({
        "districts": districts,
        "categories": categories,
        "days": days,
        "times": times,
        "audiences": audiences,
        "spoken": spoken,
        "childcare": has(&|o| o.childcare == Some(true)),
        "free": has(&|o| o.cost == Some(Cost::Free)),
    })
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
