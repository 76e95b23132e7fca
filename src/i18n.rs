//! Languages: direction, names, CLDR formatting and interface strings.
//!
//! Everything that differs by language lives here and is built once per
//! language per build: the ICU4X formatters (dates, weekdays, times, lists)
//! and the Fluent bundle of interface strings. Renderers only call into it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use icu::calendar::{Date, Gregorian};
use icu::datetime::fieldsets;
use icu::datetime::input::Time;
use icu::datetime::{FixedCalendarDateTimeFormatter, NoCalendarFormatter};
use icu::list::options::ListFormatterOptions;
use icu::list::ListFormatter;
use icu::locale::{Locale, LocaleCanonicalizer, LocaleDirectionality};

use crate::diag::{line_col, Diagnostic, Diagnostics};

/// Writing direction of a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    /// Left to right.
    Ltr,
    /// Right to left.
    Rtl,
}

impl Dir {
    /// The value of the HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        }
    }
}

/// A site language with what we know about it.
#[derive(Debug, Clone)]
pub struct Language {
    /// The code as written in site.yaml; used in URLs and file names.
    pub code: String,
    /// Canonical locale for ICU4X and Fluent (`prs` -> `fa-AF`).
    pub locale: Locale,
    /// Writing direction.
    pub dir: Dir,
    /// The language's name in its own script.
    pub endonym: String,
    /// A plain-language variant of its base language (`de-x-simple`,
    /// Einfache Sprache): the base language's formats and interface strings,
    /// with its own simpler strings over them; missing texts fall back to
    /// the default language, which is its base.
    pub simple: bool,
}

/// The private-use subtag that marks a plain-language variant
/// (BCP 47 `x-simple`: `de-x-simple` is Einfache Sprache).
pub const SIMPLE: &str = "simple";

/// Whether a code is a plain-language variant (`de-x-simple`).
pub fn is_simple(code: &str) -> bool {
    code.parse::<Locale>()
        .is_ok_and(|l| l.extensions.private.iter().any(|s| s.as_str() == SIMPLE))
}

/// Names of plain-language variants in their own words.
const SIMPLE_ENDONYMS: &[(&str, &str)] = &[("de", "Einfache Sprache"), ("en", "Plain English")];

impl Language {
    /// Looks up a BCP 47 tag.
    pub fn new(code: &str) -> Result<Self, String> {
        let mut locale: Locale = code.parse().map_err(|e| format!("{e:?}"))?;
        LocaleCanonicalizer::new_extended().canonicalize(&mut locale);
        let dir = match LocaleDirectionality::new_common().get(&locale.id) {
            Some(icu::locale::Direction::RightToLeft) => Dir::Rtl,
            _ => Dir::Ltr,
        };
        let simple = locale
            .extensions
            .private
            .iter()
            .any(|s| s.as_str() == SIMPLE);
        let base = endonym(code, &locale);
        let endonym = match SIMPLE_ENDONYMS
            .iter()
            .find(|(c, _)| simple && *c == locale.id.language.as_str())
        {
            Some((_, name)) => (*name).to_string(),
            None if simple => format!("{base} (simple)"),
            None => base.to_string(),
        };
        Ok(Language {
            code: code.to_string(),
            locale,
            dir,
            endonym,
            simple,
        })
    }
}

/// Codes a "did you mean" may suggest for a mistyped language: the
/// languages of the theme's own names and a few more spoken in German
/// districts.
pub const COMMON_CODES: &[&str] = &[
    "am", "ar", "bg", "bs", "ckb", "cs", "de", "el", "en", "es", "fa", "fr", "he", "hr", "hu",
    "hy", "it", "ka", "ku", "nl", "pl", "prs", "ps", "pt", "ro", "ru", "sq", "so", "sr", "ta",
    "ti", "tr", "uk", "ur", "vi", "zh", "ber", "ha", "ig", "yo", "sw", "wo", "ln", "mk", "lt",
    "lv", "et", "fi", "sv", "da", "no", "ja", "ko", "hi", "bn", "pa", "ms", "id", "tl", "th",
];

/// Names of languages as an editor may write them instead of the code, in
/// German and English (lower case); the languages' own names come from
/// [`ENDONYMS`].
const NAMES: &[(&str, &str)] = &[
    ("deutsch", "de"),
    ("german", "de"),
    ("englisch", "en"),
    ("english", "en"),
    ("türkisch", "tr"),
    ("turkish", "tr"),
    ("arabisch", "ar"),
    ("arabic", "ar"),
    ("persisch", "fa"),
    ("farsi", "fa"),
    ("persian", "fa"),
    ("dari", "prs"),
    ("paschtu", "ps"),
    ("paschto", "ps"),
    ("pashto", "ps"),
    ("kurdisch", "ku"),
    ("kurdish", "ku"),
    ("kurmandschi", "ku"),
    ("kurmanji", "ku"),
    ("sorani", "ckb"),
    ("urdu", "ur"),
    ("russisch", "ru"),
    ("russian", "ru"),
    ("polnisch", "pl"),
    ("polish", "pl"),
    ("somali", "so"),
    ("somalisch", "so"),
    ("ukrainisch", "uk"),
    ("ukrainian", "uk"),
    ("französisch", "fr"),
    ("french", "fr"),
    ("spanisch", "es"),
    ("spanish", "es"),
    ("italienisch", "it"),
    ("italian", "it"),
    ("tigrinya", "ti"),
    ("tigrinisch", "ti"),
    ("amharisch", "am"),
    ("amharic", "am"),
    ("albanisch", "sq"),
    ("albanian", "sq"),
    ("serbisch", "sr"),
    ("serbian", "sr"),
    ("kroatisch", "hr"),
    ("croatian", "hr"),
    ("bosnisch", "bs"),
    ("bosnian", "bs"),
    ("rumänisch", "ro"),
    ("romanian", "ro"),
    ("bulgarisch", "bg"),
    ("bulgarian", "bg"),
    ("griechisch", "el"),
    ("greek", "el"),
    ("vietnamesisch", "vi"),
    ("vietnamese", "vi"),
    ("chinesisch", "zh"),
    ("chinese", "zh"),
    ("tamil", "ta"),
    ("armenisch", "hy"),
    ("armenian", "hy"),
    ("georgisch", "ka"),
    ("georgian", "ka"),
    ("hebräisch", "he"),
    ("hebrew", "he"),
];

/// The code of a language written by its name (`Türkisch`, `Arabic`,
/// `Türkçe`, `العربية`), for the hint when a name stands where a code
/// belongs.
pub fn code_for_name(name: &str) -> Option<&'static str> {
    let lower = name.trim().to_lowercase();
    NAMES
        .iter()
        .copied()
        .find(|(n, _)| *n == lower)
        .or_else(|| {
            ENDONYMS
                .iter()
                .copied()
                .find(|(_, n)| n.to_lowercase() == lower)
                .map(|(c, n)| (n, c))
        })
        .map(|(_, c)| c)
}

/// Names of languages in their own script (CLDR's own-language names), for
/// the language chooser and the list of languages spoken at an offering.
const ENDONYMS: &[(&str, &str)] = &[
    ("am", "አማርኛ"),
    ("ar", "العربية"),
    ("bg", "български"),
    ("bs", "bosanski"),
    ("ckb", "کوردیی ناوەندی"),
    ("cs", "čeština"),
    ("de", "Deutsch"),
    ("el", "Ελληνικά"),
    ("en", "English"),
    ("es", "español"),
    ("fa", "فارسی"),
    ("fa-AF", "دری"),
    ("fr", "français"),
    ("he", "עברית"),
    ("hr", "hrvatski"),
    ("hu", "magyar"),
    ("hy", "հայերեն"),
    ("it", "italiano"),
    ("ka", "ქართული"),
    ("ku", "Kurdî (Kurmancî)"),
    ("nl", "Nederlands"),
    ("pl", "polski"),
    ("ps", "پښتو"),
    ("pt", "português"),
    ("ro", "română"),
    ("ru", "русский"),
    ("sq", "shqip"),
    ("so", "Soomaali"),
    ("sr", "српски"),
    ("ta", "தமிழ்"),
    ("ti", "ትግርኛ"),
    ("tr", "Türkçe"),
    ("uk", "українська"),
    ("ur", "اردو"),
    ("vi", "Tiếng Việt"),
    ("zh", "中文"),
];

fn endonym<'a>(code: &'a str, locale: &Locale) -> &'a str {
    let lang = locale.id.language.as_str();
    let with_region = locale
        .id
        .region
        .map(|r| format!("{lang}-{}", r.as_str()))
        .unwrap_or_default();
    ENDONYMS
        .iter()
        .find(|(c, _)| *c == with_region)
        .or_else(|| ENDONYMS.iter().find(|(c, _)| *c == lang))
        .map(|(_, n)| *n)
        .unwrap_or(code)
}

/// Name of any language code in its own script (falls back to the code).
pub fn language_name(code: &str) -> String {
    match Language::new(code) {
        Ok(l) => l.endonym,
        Err(_) => code.to_string(),
    }
}

/// What a language code written by an editor is.
#[derive(Debug, PartialEq, Eq)]
pub enum CodeCheck {
    /// A valid BCP 47 tag whose language CLDR knows.
    Known,
    /// Valid BCP 47, but CLDR knows no such language (`xx`, `qq`).
    Unknown,
    /// Not BCP 47 at all (`de_DE`, `deutsch!`).
    Invalid,
}

/// Checks `code` as BCP 47 and against CLDR's likely-subtags data, which
/// has an entry for every language CLDR knows (after aliases: `deu` → `de`,
/// `kmr` → `ku`, `prs` → `fa-AF`).
pub fn check_code(code: &str) -> CodeCheck {
    use icu::locale::{LanguageIdentifier, LocaleExpander, TransformResult};
    if code.is_empty() || !code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return CodeCheck::Invalid;
    }
    let Ok(mut locale) = code.parse::<Locale>() else {
        return CodeCheck::Invalid;
    };
    LocaleCanonicalizer::new_extended().canonicalize(&mut locale);
    if locale.id.language.is_unknown() {
        return CodeCheck::Unknown;
    }
    let mut bare = LanguageIdentifier::from((locale.id.language, None, None));
    match LocaleExpander::new_extended().maximize(&mut bare) {
        TransformResult::Modified => CodeCheck::Known,
        TransformResult::Unmodified => CodeCheck::Unknown,
    }
}

/// Whether two codes name the same language after CLDR's aliases
/// (`fa-AF` and `prs`, `kmr` and `ku`, `DE` and `de`). A plain-language
/// variant (`de-x-simple`) is not the same language as its base.
pub fn same_language(a: &str, b: &str) -> bool {
    let canon = |c: &str| {
        let mut l = c.parse::<Locale>().ok()?;
        LocaleCanonicalizer::new_extended().canonicalize(&mut l);
        Some((l.id, l.extensions.private.to_string()))
    };
    match (canon(a), canon(b)) {
        (Some(x), Some(y)) => x == y,
        _ => false,
    }
}

/// Direction of any language code.
pub fn language_dir(code: &str) -> Dir {
    Language::new(code).map(|l| l.dir).unwrap_or(Dir::Ltr)
}

/// Weekday keys as used in content (`mon` … `sun`).
pub const WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// CLDR formatters for one language, built once per build.
pub struct Formats {
    date: FixedCalendarDateTimeFormatter<Gregorian, fieldsets::YMD>,
    date_weekday: FixedCalendarDateTimeFormatter<Gregorian, fieldsets::YMDE>,
    weekday: FixedCalendarDateTimeFormatter<Gregorian, fieldsets::E>,
    time: NoCalendarFormatter<fieldsets::T>,
    list: ListFormatter,
    decimal: icu::decimal::DecimalFormatter,
    /// Times of day already formatted, by minute of the day: every page
    /// shows some, and a site uses few distinct ones.
    times: Box<[std::sync::OnceLock<String>]>,
}

impl Formats {
    /// Builds the formatters for `lang`: Gregorian calendar (Persian and
    /// Dari default to the Solar Hijri one), 24-hour clock, the language's
    /// own digits where CLDR says so.
    pub fn new(lang: &Language) -> Self {
        let mut loc = lang.locale.clone();
        // A 24-hour clock: schedules in Germany are read against posted times.
        let tag = format!("{}-u-hc-h23", loc.id);
        if let Ok(l) = tag.parse::<Locale>() {
            loc = l;
        }
        let prefs = (&loc).into();
        let root_prefs = (&Locale::UNKNOWN).into();
        Formats {
            date: FixedCalendarDateTimeFormatter::try_new(prefs, fieldsets::YMD::long())
                .or_else(|_| {
                    FixedCalendarDateTimeFormatter::try_new(root_prefs, fieldsets::YMD::long())
                })
                .expect("root locale has date data"),
            date_weekday: FixedCalendarDateTimeFormatter::try_new(prefs, fieldsets::YMDE::long())
                .or_else(|_| {
                    FixedCalendarDateTimeFormatter::try_new(root_prefs, fieldsets::YMDE::long())
                })
                .expect("root locale has date data"),
            weekday: FixedCalendarDateTimeFormatter::try_new(prefs, fieldsets::E::long())
                .or_else(|_| {
                    FixedCalendarDateTimeFormatter::try_new(root_prefs, fieldsets::E::long())
                })
                .expect("root locale has weekday data"),
            time: NoCalendarFormatter::try_new(prefs, fieldsets::T::hm())
                .or_else(|_| NoCalendarFormatter::try_new(root_prefs, fieldsets::T::hm()))
                .expect("root locale has time data"),
            list: ListFormatter::try_new_and((&loc).into(), ListFormatterOptions::default())
                .or_else(|_| {
                    ListFormatter::try_new_and(
                        (&Locale::UNKNOWN).into(),
                        ListFormatterOptions::default(),
                    )
                })
                .expect("root locale has list data"),
            decimal: icu::decimal::DecimalFormatter::try_new((&loc).into(), Default::default())
                .or_else(|_| {
                    icu::decimal::DecimalFormatter::try_new(
                        (&Locale::UNKNOWN).into(),
                        Default::default(),
                    )
                })
                .expect("root locale has number data"),
            times: (0..24 * 60).map(|_| std::sync::OnceLock::new()).collect(),
        }
    }

    fn icu_date(d: jiff::civil::Date) -> Date<Gregorian> {
        Date::try_new_gregorian(i32::from(d.year()), d.month() as u8, d.day() as u8)
            .expect("a valid civil date is a valid Gregorian date")
    }

    /// `7 September 2026` in the language's form.
    pub fn date(&self, d: jiff::civil::Date) -> String {
        self.date.format(&Self::icu_date(d)).to_string()
    }

    /// `Monday, 7 September 2026` in the language's form.
    pub fn date_with_weekday(&self, d: jiff::civil::Date) -> String {
        self.date_weekday.format(&Self::icu_date(d)).to_string()
    }

    /// The weekday's name (`mon` … `sun`).
    pub fn weekday(&self, day: usize) -> String {
        // 2024-01-01 was a Monday.
        let d = Date::try_new_gregorian(2024, 1, 1 + day as u8).expect("valid date");
        self.weekday.format(&d).to_string()
    }

    /// `09:30` in the language's digits.
    pub fn time(&self, hour: u8, minute: u8) -> String {
        let t = Time::try_new(hour, minute, 0, 0).unwrap_or_else(|_| Time::start_of_day());
        let minute_of_day = usize::from(t.hour.number()) * 60 + usize::from(t.minute.number());
        self.times[minute_of_day]
            .get_or_init(|| self.time.format(&t).to_string())
            .clone()
    }

    /// An amount of money with two decimals when it has cents (`2,50`, `25`),
    /// in the language's digits and separators.
    pub fn amount(&self, amount: f64) -> String {
        let cents = (amount * 100.0).round() as i64;
        let mut d = icu::decimal::input::Decimal::from(cents);
        if cents % 100 == 0 {
            d = icu::decimal::input::Decimal::from(cents / 100);
        } else {
            d.multiply_pow10(-2);
        }
        self.decimal.format_to_string(&d)
    }

    /// `A, B and C` in the language's form.
    pub fn list(&self, items: &[String]) -> String {
        self.list.format_to_string(items.iter())
    }
}

/// Where the words of an interface string come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// A site language, by index (the one asked for, or the default).
    Language(usize),
    /// The theme's English, the last resort for a message no site language has.
    English,
}

/// Interface strings of every site language (Project Fluent).
pub struct Strings {
    bundles: Vec<FluentBundle<FluentResource>>,
    /// Each language's name in its own script (`$into` of `.fallback`).
    names: Vec<String>,
    default: usize,
    /// Every message id of any language.
    ids: std::collections::BTreeSet<String>,
}

/// Where a language's `.ftl` files come from.
#[derive(Debug, Clone)]
pub struct FtlSource {
    /// Path relative to the site root (or a theme-internal label), for messages.
    pub rel: PathBuf,
    /// The text.
    pub text: String,
}

impl Strings {
    /// Builds one bundle per language. `theme` and `site` hold the `.ftl`
    /// files per language code; site messages override theme messages.
    /// Syntax errors are errors; messages missing in a language are
    /// warnings (the default language's text is shown instead).
    pub fn new(
        languages: &[Language],
        default: usize,
        theme: &BTreeMap<String, Vec<FtlSource>>,
        site: &BTreeMap<String, Vec<FtlSource>>,
        diags: &mut Diagnostics,
    ) -> Self {
        let mut ids_per_lang: Vec<BTreeMap<String, PathBuf>> = Vec::new();
        let mut bundles = Vec::new();
        for lang in languages {
            let langid: unic_langid::LanguageIdentifier =
                lang.locale.id.to_string().parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            let _ = bundle.add_builtins();
            let mut ids = BTreeMap::new();
            let site_of = |code: &str| site.get(code).map(Vec::as_slice).unwrap_or(&[]);
            // A plain-language variant reads its base language's strings
            // first, then its own simpler ones over them.
            let base = languages
                .iter()
                .find(|b| lang.simple && !b.simple && b.locale.id == lang.locale.id);
            let (base_theme, base_site): (&[FtlSource], &[FtlSource]) = match base {
                Some(b) => (theme_locale(b, theme), site_of(&b.code)),
                None => (&[], &[]),
            };
            let theme_files = theme_locale(lang, theme);
            let site_files = site_of(&lang.code);
            for files in [base_theme, theme_files, base_site, site_files] {
                for ftl in files {
                    let res = match FluentResource::try_new(ftl.text.clone()) {
                        Ok(r) => r,
                        Err((r, errors)) => {
                            for e in errors {
                                diags.push(
                                    Diagnostic::error(
                                        &ftl.rel,
                                        format!("Fluent syntax: {}", e.kind),
                                    )
                                    .at(Some(line_col(&ftl.text, e.pos.start)))
                                    .hint("write `message-id = text`; continuation lines are indented"),
                                );
                            }
                            r
                        }
                    };
                    for entry in res.entries() {
                        if let fluent_syntax::ast::Entry::Message(m) = entry {
                            ids.insert(m.id.name.to_string(), ftl.rel.clone());
                        }
                    }
                    bundle.add_resource_overriding(res);
                }
            }
            ids_per_lang.push(ids);
            bundles.push(bundle);
        }
        // Messages the default language has but another does not.
        let default_ids = &ids_per_lang[default];
        for (i, lang) in languages.iter().enumerate() {
            if i == default {
                continue;
            }
            let missing: Vec<&str> = default_ids
                .keys()
                .filter(|id| !ids_per_lang[i].contains_key(*id))
                .map(String::as_str)
                .collect();
            if missing.is_empty() {
                continue;
            }
            let shown: Vec<String> = missing.iter().take(8).map(|m| format!("`{m}`")).collect();
            let more = if missing.len() > 8 {
                format!(" and {} more", missing.len() - 8)
            } else {
                String::new()
            };
            diags.push(
                Diagnostic::warning(
                    format!("locales/{}", lang.code),
                    format!(
                        "{} interface string(s) missing in `{}`: {}{more}; readers see the {} text",
                        missing.len(),
                        lang.code,
                        shown.join(", "),
                        languages[default].endonym
                    ),
                )
                .hint(format!(
                    "translate them into locales/{}/site.ftl (the English originals are in themes/default/locales/en/theme.ftl)",
                    lang.code
                )),
            );
        }
        // Last resort for a language neither the theme nor the site has:
        // the theme's English strings, so no reader ever sees a message id.
        let mut last = FluentBundle::new_concurrent(vec!["en"
            .parse::<unic_langid::LanguageIdentifier>()
            .unwrap_or_default()]);
        let _ = last.add_builtins();
        for ftl in theme.get("en").map(Vec::as_slice).unwrap_or(&[]) {
            if let Ok(res) = FluentResource::try_new(ftl.text.clone()) {
                last.add_resource_overriding(res);
            }
        }
        bundles.push(last);
        let ids = ids_per_lang
            .into_iter()
            .flat_map(BTreeMap::into_keys)
            .collect();
        Strings {
            bundles,
            names: languages.iter().map(|l| l.endonym.clone()).collect(),
            default,
            ids,
        }
    }

    /// Every message id that some language (or the theme's English) has.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.ids.iter().map(String::as_str)
    }

    /// Whether `lang` (or the default language) has message `id`.
    pub fn has(&self, lang: usize, id: &str) -> bool {
        self.bundles[lang].has_message(id) || self.bundles[self.default].has_message(id)
    }

    fn last_resort(&self) -> usize {
        self.bundles.len() - 1
    }

    /// The message `id` in language `lang`, falling back to the default
    /// language, then to the id itself. `isolate` keeps Unicode bidi
    /// isolation marks around placeables (right for body text, wrong in
    /// attributes, titles and URLs).
    pub fn get(&self, lang: usize, id: &str, args: Option<&FluentArgs>, isolate: bool) -> String {
        self.get_from(lang, id, args, isolate).0
    }

    /// [`Strings::get`], and the language the words come from. A message
    /// that stands in for one missing in `lang` is formatted from its
    /// `.fallback` attribute when it has one: a wording for a page in
    /// another language than its own, which gets that language's name as
    /// `$into`.
    pub fn get_from(
        &self,
        lang: usize,
        id: &str,
        args: Option<&FluentArgs>,
        isolate: bool,
    ) -> (String, Origin) {
        for b in [lang, self.default, self.last_resort()] {
            let bundle = &self.bundles[b];
            let Some(message) = bundle.get_message(id) else {
                continue;
            };
            let mut with_into = None;
            let pattern = match message.get_attribute("fallback") {
                Some(attr) if b != lang => {
                    let mut a = FluentArgs::new();
                    for (k, v) in args.into_iter().flat_map(FluentArgs::iter) {
                        a.set(k.to_string(), v.clone());
                    }
                    a.set("into", FluentValue::from(self.names[lang].clone()));
                    with_into = Some(a);
                    Some(attr.value())
                }
                _ => message.value(),
            };
            let Some(pattern) = pattern else {
                continue;
            };
            let mut errors = Vec::new();
            let s = bundle.format_pattern(pattern, with_into.as_ref().or(args), &mut errors);
            let text = if isolate {
                s.into_owned()
            } else {
                s.replace(['\u{2068}', '\u{2069}'], "")
            };
            let origin = if b == self.last_resort() {
                Origin::English
            } else {
                Origin::Language(b)
            };
            return (text, origin);
        }
        (id.to_string(), Origin::Language(lang))
    }

    /// A message with one argument.
    pub fn get1(
        &self,
        lang: usize,
        id: &str,
        name: &str,
        value: FluentValue,
        isolate: bool,
    ) -> String {
        let mut args = FluentArgs::new();
        args.set(name, value);
        self.get(lang, id, Some(&args), isolate)
    }
}

/// The theme's strings for `lang`: its own code, else its canonical form
/// (`prs` -> `fa-AF`), else its base language (`de-AT` -> `de`).
fn theme_locale<'a>(
    lang: &Language,
    theme: &'a BTreeMap<String, Vec<FtlSource>>,
) -> &'a [FtlSource] {
    [
        lang.code.clone(),
        lang.locale.id.to_string(),
        lang.locale.id.language.as_str().to_string(),
    ]
    .iter()
    .find_map(|k| theme.get(k))
    .map(Vec::as_slice)
    .unwrap_or(&[])
}

/// Reads every `<lang>/*.ftl` under `dir` (a site's or theme's `locales/`).
pub fn read_ftl_dir(
    root: &Path,
    dir: &Path,
    diags: &mut Diagnostics,
) -> BTreeMap<String, Vec<FtlSource>> {
    let mut out: BTreeMap<String, Vec<FtlSource>> = BTreeMap::new();
    let abs = root.join(dir);
    if !abs.is_dir() {
        return out;
    }
    // locales/<lang>/*.ftl; anything else there is named, not skipped.
    let mut entries = Vec::new();
    for e in walkdir::WalkDir::new(&abs)
        .min_depth(1)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .filter_map(Result::ok)
    {
        let rel = dir.join(e.path().strip_prefix(&abs).unwrap_or(e.path()));
        let name = e.file_name().to_string_lossy().into_owned();
        let ftl = e.path().extension().is_some_and(|x| x == "ftl");
        if e.depth() == 2 && e.file_type().is_file() && ftl {
            entries.push(e);
        } else if e.file_type().is_file() && !name.ends_with('~') {
            let hint = match (
                e.depth(),
                e.path()
                    .extension()
                    .map(|x| x.to_string_lossy().to_ascii_lowercase()),
            ) {
                (1, Some(x)) if x == "ftl" => format!(
                    "move it into a folder per language: {}/{}/site.ftl",
                    dir.display(),
                    name.trim_end_matches(".ftl").trim_end_matches(".FTL")
                ),
                (2, Some(x)) if x == "ftl" => "rename it to end in `.ftl` (lower case)".to_string(),
                (2, _) => "interface strings are Fluent files ending in `.ftl`".into(),
                _ => format!("interface strings go in {}/<language>/*.ftl", dir.display()),
            };
            diags.push(
                Diagnostic::warning(&rel, format!("`{name}` is not read as interface strings"))
                    .hint(hint),
            );
        }
    }
    entries.sort_by(|a, b| a.path().cmp(b.path()));
    for e in entries {
        let rel = dir.join(e.path().strip_prefix(&abs).unwrap_or(e.path()));
        let lang = e
            .path()
            .parent()
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        match crate::yaml::read_text(root, &rel) {
            Ok(text) => out.entry(lang).or_default().push(FtlSource { rel, text }),
            Err(d) => diags.push(d),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checks_codes_against_cldr() {
        for code in [
            "de",
            "tr",
            "ar",
            "fa",
            "prs",
            "fa-AF",
            "ku",
            "kmr",
            "ckb",
            "ps",
            "ur",
            "so",
            "ti",
            "am",
            "ru",
            "pl",
            "deu",
            "de-x-simple",
            "sr-Latn",
        ] {
            assert_eq!(check_code(code), CodeCheck::Known, "{code}");
        }
        for code in ["xx", "qq", "und", "zz"] {
            assert_eq!(check_code(code), CodeCheck::Unknown, "{code}");
        }
        for code in ["", "de_DE", "deutsch", "d", "de-", "a b"] {
            assert_eq!(check_code(code), CodeCheck::Invalid, "{code}");
        }
        assert_eq!(code_for_name("Türkisch"), Some("tr"));
        assert_eq!(code_for_name("Türkçe"), Some("tr"));
        assert_eq!(code_for_name("العربية"), Some("ar"));
        assert_eq!(code_for_name("Klingonisch"), None);
        assert!(same_language("fa-AF", "prs"));
        assert!(same_language("kmr", "ku"));
        assert!(same_language("DE", "de"));
        assert!(!same_language("fa", "prs"));
        assert!(!same_language("ku", "ckb"));
    }

    #[test]
    fn direction_and_names() {
        for (code, dir, name) in [
            ("de", Dir::Ltr, "Deutsch"),
            ("ar", Dir::Rtl, "العربية"),
            ("fa", Dir::Rtl, "فارسی"),
            ("prs", Dir::Rtl, "دری"),
            ("ckb", Dir::Rtl, "کوردیی ناوەندی"),
            ("ur", Dir::Rtl, "اردو"),
            ("ps", Dir::Rtl, "پښتو"),
            ("ku", Dir::Ltr, "Kurdî (Kurmancî)"),
            ("tr", Dir::Ltr, "Türkçe"),
        ] {
            let l = Language::new(code).unwrap();
            assert_eq!(l.dir, dir, "{code}");
            assert_eq!(l.endonym, name, "{code}");
        }
        assert_eq!(language_dir("ara"), Dir::Rtl);
        assert_eq!(language_dir("fas"), Dir::Rtl);
    }

    #[test]
    fn cldr_dates_and_times() {
        let d = jiff::civil::date(2026, 9, 7);
        let f = |c: &str| Formats::new(&Language::new(c).unwrap());
        assert_eq!(f("de").date_with_weekday(d), "Montag, 7. September 2026");
        assert_eq!(f("tr").date_with_weekday(d), "7 Eylül 2026 Pazartesi");
        assert_eq!(f("ar").date_with_weekday(d), "الاثنين، 7 سبتمبر 2026");
        assert_eq!(f("de").weekday(1), "Dienstag");
        assert_eq!(f("en").time(9, 30), "09:30");
        assert_eq!(f("ar").time(18, 0), "18:00");
        // Persian: Gregorian calendar, Persian digits.
        let fa = f("fa").date(d);
        assert!(fa.contains("۲۰۲۶"), "{fa}");
        assert_eq!(f("de").amount(2.5), "2,50");
        assert_eq!(f("en").amount(1250.0), "1,250");
        assert_eq!(
            f("de").list(&["Montag".into(), "Mittwoch".into()]),
            "Montag und Mittwoch"
        );
    }
}
