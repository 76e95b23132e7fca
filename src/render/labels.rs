//! Words the renderers put beside the facts, in the reader's language:
//! category and audience names, dates, times, file sizes. The one place
//! each is made, for pages, flyers, lists and feeds alike.

use crate::model::{Place, Site, AUDIENCES};

/// The label of category `c` in language `lang` (the theme's or site's
/// `category-<id>` message, else the id in words).
pub fn category(site: &Site, c: usize, lang: usize) -> String {
    let id = &site.config.categories[c].id;
    let key = format!("category-{id}");
    if site.strings.has(lang, &key) {
        site.strings.get(lang, &key, None, false)
    } else {
        id.replace('-', " ")
    }
}

/// The pictogram name of category `c`.
pub fn icon(site: &Site, c: usize) -> &str {
    &site.config.categories[c].icon
}

/// The label of audience `a` (an index into [`AUDIENCES`]).
pub fn audience(site: &Site, a: usize, lang: usize) -> String {
    site.strings
        .get(lang, &format!("audience-{}", AUDIENCES[a]), None, false)
}

/// "PDF, 85 KB" in the reader's language and digits.
pub fn file_size(site: &Site, lang: usize, bytes: u64) -> String {
    let kb = bytes.div_ceil(1024);
    site.strings.get1(
        lang,
        "file-size",
        "kb",
        site.formats[lang].amount(kb as f64).into(),
        false,
    )
}

/// The length of a recording as "2:05" (minutes and seconds; hours
/// "1:02:05"), in the reader's digits. ICU4X's duration formatter is not
/// stable yet; a clock-like length reads the same in every language.
pub fn duration(site: &Site, lang: usize, seconds: u64) -> String {
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    let ascii = if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    };
    let f = &site.formats[lang];
    ascii
        .chars()
        .map(|c| match c.to_digit(10) {
            Some(d) => f.amount(f64::from(d)),
            None => c.to_string(),
        })
        .collect()
}

/// The length as an ISO 8601 duration (`PT2M5S`), for `<time datetime>`.
pub fn duration_iso(seconds: u64) -> String {
    format!("PT{}M{}S", seconds / 60, seconds % 60)
}

/// "MP3, 120 KB" in the reader's language and digits.
pub fn recording_size(site: &Site, lang: usize, r: &crate::model::Recording) -> String {
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("format", r.format.ext().to_uppercase());
    args.set(
        "kb",
        site.formats[lang].amount(r.bytes.div_ceil(1024) as f64),
    );
    site.strings.get(lang, "listen-size", Some(&args), false)
}

/// A date as "Today", "Tomorrow" or "Tuesday, 1 December 2026".
pub fn day(site: &Site, lang: usize, d: jiff::civil::Date) -> String {
    match (d - site.today).get_days() {
        0 => site.strings.get(lang, "today", None, false),
        1 => site.strings.get(lang, "tomorrow", None, false),
        _ => site.formats[lang].date_with_weekday(d),
    }
}

/// A time or time range ("09:00–11:30") in the reader's language.
pub fn time(site: &Site, lang: usize, times: &crate::schedule::Times) -> String {
    crate::schedule::time_text(&site.formats[lang], &site.strings, lang, times)
}

/// A venue in one line: "name, address", or the name alone.
pub fn place_line(p: &Place) -> String {
    match &p.address {
        Some(a) => format!("{}, {a}", p.name),
        None => p.name.clone(),
    }
}

/// The `tel:` link of a phone number as people write it.
pub fn tel_href(phone: &str) -> String {
    let digits: String = phone
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    format!("tel:{digits}")
}

/// The Open Graph locale (`language_TERRITORY`) of a site language code:
/// the usual country of the language for the codes readers of district
/// programmes speak, else the code itself with `_` for `-`.
pub fn og_locale(code: &str) -> String {
    // A plain-language variant (`de-x-simple`) is read in its base's locale.
    let code = code.split("-x-").next().unwrap_or(code);
    let known = match code {
        "de" => "de_DE",
        "en" => "en_GB",
        "tr" => "tr_TR",
        "ar" => "ar_AR",
        "fa" => "fa_IR",
        "prs" => "fa_AF",
        "ps" => "ps_AF",
        "ur" => "ur_PK",
        "ru" => "ru_RU",
        "uk" => "uk_UA",
        "pl" => "pl_PL",
        "so" => "so_SO",
        "ku" => "ku_TR",
        "ckb" => "ckb_IQ",
        "ro" => "ro_RO",
        "bg" => "bg_BG",
        "it" => "it_IT",
        "fr" => "fr_FR",
        "es" => "es_ES",
        "sq" => "sq_AL",
        "ti" => "ti_ER",
        _ => return code.replace('-', "_"),
    };
    known.to_string()
}
