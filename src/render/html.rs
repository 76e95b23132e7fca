//! HTML pages through Tera.
//!
//! One Tera instance, parsed once, with a `t()` function that speaks the
//! language of the page being rendered, so templates write
//! `{{ t(key="fact-when") }}`. Templates see the
//! views defined here (and documented in docs/themes.md), never the model.

use std::collections::HashMap;
use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentValue};
use serde::Serialize;
use serde_json::{json, Value};
use tera::Tera;

use crate::diag::{Diagnostic, Diagnostics};
use crate::markdown;
use crate::model::{Contact, Cost, Offering, Shown, Site, Texts, AUDIENCES};
use crate::render::{url_encode, PageKind};
use crate::schedule::{Occurrence, WhenLine};

/// Templates, ready for every language.
pub struct Templates {
    tera: Tera,
    facts: Facts,
}

/// What every page shows about the whole site, computed once per build
/// instead of once per page (which made a build quadratic in offerings).
struct Facts {
    /// Meetings in the coming fortnight, for "what's on".
    upcoming: Vec<Upcoming>,
    /// Current offerings per category.
    category_counts: Vec<usize>,
    /// Whether any offering is over (the archive link).
    has_archive: bool,
    /// Per language, the [`chrome`] of pages by their link root.
    chrome: Vec<Vec<(String, serde_json::Map<String, Value>)>>,
}

/// One meeting in the coming fortnight.
#[derive(Debug, Clone, Copy)]
pub struct Upcoming {
    /// When.
    pub occurrence: Occurrence,
    /// District index.
    pub district: usize,
    /// Offering index within the district.
    pub offering: usize,
}

/// Days shown in "what's on".
pub const WHATS_ON_DAYS: i64 = 14;
/// Meetings shown at most in one "what's on" list.
pub const WHATS_ON_MAX: usize = 30;

/// A language as templates see it.
#[derive(Serialize, Clone)]
pub struct LangView {
    /// BCP 47 code.
    pub code: String,
    /// `ltr` or `rtl`.
    pub dir: &'static str,
    /// Name in its own script.
    pub name: String,
}

/// A text as templates see it.
#[derive(Serialize)]
pub struct TextView {
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: String,
    /// Body HTML (already safe).
    pub body: String,
    /// Language of the text (may differ from the page's).
    pub lang: String,
    /// Name of that language in its own script.
    pub lang_name: String,
    /// Direction of the text.
    pub dir: &'static str,
    /// Whether the text stands in for a missing translation.
    pub fallback: bool,
    /// Whether a machine translated it.
    pub machine_translated: bool,
}

/// An offering in a list.
#[derive(Serialize)]
pub struct CardView {
    /// Relative URL.
    pub url: String,
    /// Title and summary (maybe a fallback text).
    pub title: String,
    /// One-sentence summary.
    pub summary: String,
    /// Language of title and summary.
    pub lang: String,
    /// Their direction.
    pub dir: &'static str,
    /// Whether they stand in for a missing translation.
    pub fallback: bool,
    /// Schedule lines.
    pub when: Vec<WhenLine>,
    /// Venue name or "online".
    pub place: String,
    /// Language and direction of a venue name, written in the default
    /// language, when that is not the page's (absent for "online").
    pub place_lang: Option<(String, &'static str)>,
    /// District name (on category pages).
    pub district: String,
    /// Category id.
    pub category: String,
    /// What the filters of the offerings list match (only there).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub facets: Option<crate::render::listing::Facets>,
}

impl Templates {
    /// Parses the theme's templates once per language.
    pub fn new(site: &Arc<Site>, diags: &mut Diagnostics) -> Option<Self> {
        let sources: Vec<(String, String)> = site
            .theme
            .templates
            .iter()
            .filter_map(|(name, f)| match String::from_utf8(f.bytes.clone()) {
                Ok(s) => Some((name.clone(), s)),
                Err(_) => {
                    diags.push(Diagnostic::error(
                        &f.origin,
                        "the template is not UTF-8 text",
                    ));
                    None
                }
            })
            .collect();
        let mut tera = Tera::default();
        tera.autoescape_on(vec![".html", ".xml"]);
        tera.set_escape_fn(escape_html);
        if let Err(e) = tera.add_raw_templates(sources) {
            diags.push(
                Diagnostic::error("templates", format!("template error: {}", error_chain(&e)))
                    .hint("fix the template named in the message (site templates/ or themes/)"),
            );
            return None;
        }
        // Messages without arguments, formatted once per language: most
        // calls of t() are these.
        let plain: Vec<HashMap<String, [Value; 2]>> = (0..site.config.languages.len())
            .map(|lang| {
                site.strings
                    .ids()
                    .map(|id| {
                        let get =
                            |isolate| Value::String(site.strings.get(lang, id, None, isolate));
                        (id.to_string(), [get(false), get(true)])
                    })
                    .collect()
            })
            .collect();
        let s = Arc::clone(site);
        tera.register_function("t", move |args: &HashMap<String, Value>| {
            let key = args
                .get("key")
                .and_then(Value::as_str)
                .ok_or_else(|| tera::Error::msg("t() needs key=\"message-id\""))?;
            let attr = args.get("attr").and_then(Value::as_bool).unwrap_or(false);
            let page = PAGE_LANG.get();
            let in_lang = match args.get("in").and_then(Value::as_str) {
                Some(code) => s.config.lang_index(code).unwrap_or(page),
                None => page,
            };
            let others = args.len()
                - 1
                - usize::from(args.contains_key("attr"))
                - usize::from(args.contains_key("in"));
            if others == 0 {
                if let Some(v) = plain[in_lang].get(key) {
                    return Ok(v[usize::from(!attr)].clone());
                }
            }
            let mut fargs = FluentArgs::new();
            for (k, v) in args {
                if k == "key" || k == "attr" || k == "in" {
                    continue;
                }
                match v {
                    Value::Number(n) => {
                        fargs.set(k.as_str(), FluentValue::from(n.as_f64().unwrap_or(0.0)))
                    }
                    Value::String(st) => fargs.set(k.as_str(), FluentValue::from(st.clone())),
                    other => fargs.set(k.as_str(), FluentValue::from(other.to_string())),
                }
            }
            Ok(Value::String(s.strings.get(
                in_lang,
                key,
                Some(&fargs),
                !attr,
            )))
        });
        let s = Arc::clone(site);
        tera.register_function("icon", move |args: &HashMap<String, Value>| {
            let name = args
                .get("name")
                .and_then(Value::as_str)
                .unwrap_or("generic");
            Ok(Value::String(
                s.theme
                    .icons
                    .get(name)
                    .or_else(|| s.theme.icons.get("generic"))
                    .cloned()
                    .unwrap_or_default(),
            ))
        });
        let end = site
            .today
            .checked_add(jiff::Span::new().days(WHATS_ON_DAYS - 1))
            .unwrap_or(site.today);
        let mut upcoming: Vec<Upcoming> = Vec::new();
        for (d, dist) in site.districts.iter().enumerate() {
            for (o, off) in dist.offerings.iter().enumerate() {
                upcoming.extend(off.schedule.occurrences(site.today, end).into_iter().map(
                    |occurrence| Upcoming {
                        occurrence,
                        district: d,
                        offering: o,
                    },
                ));
            }
        }
        upcoming.sort_by_key(|u| {
            (
                u.occurrence.date,
                u.occurrence.times,
                u.district,
                u.offering,
            )
        });
        let mut category_counts = vec![0; site.config.categories.len()];
        let mut has_archive = false;
        for o in site.offerings() {
            if current(site, o) {
                category_counts[o.category] += 1;
            } else {
                has_archive = true;
            }
        }
        let facts = Facts {
            upcoming,
            category_counts,
            has_archive,
            chrome: Vec::new(),
        };
        // Pages sit at most four folders deep (<lang>/<district>/<offering>/),
        // and the 404 page links from the site's base path.
        let roots: Vec<String> = (0..5)
            .map(|d| "../".repeat(d))
            .chain([base_path(&site.config.base_url)])
            .collect();
        let mut templates = Templates { tera, facts };
        let mut table = Vec::new();
        for lang in 0..site.config.languages.len() {
            let mut per_root = Vec::new();
            for r in &roots {
                match templates.chrome_with_fragments(site, lang, r) {
                    Ok(c) => per_root.push((r.clone(), c)),
                    Err((name, e)) => {
                        let file = site.theme.templates.get(&name).map_or_else(
                            || std::path::PathBuf::from("templates").join(&name),
                            |f| f.origin.clone(),
                        );
                        diags.push(
                            Diagnostic::error(file, format!("rendering the fragment failed: {}", error_chain(&e)))
                                .hint("a fragment sees what every page sees except `canonical`, `page_kind` and the `current` flags (docs/themes.md, Fragments)"),
                        );
                        return None;
                    }
                }
            }
            table.push(per_root);
        }
        templates.facts.chrome = table;
        Some(templates)
    }

    /// The [`chrome`] of language `lang` at link root `root`, with every
    /// fragment (`templates/fragments/<name>.html`) rendered into
    /// `fragments.<name>`. Fragments are what every page of a language shows
    /// alike but for its own address, like the language switcher: rendered
    /// here once, with [`PAGE_PATH`] where the page's path goes (see
    /// [`context`]), instead of once per page. An error comes with the name
    /// of the template that failed.
    fn chrome_with_fragments(
        &self,
        site: &Site,
        lang: usize,
        root: &str,
    ) -> Result<serde_json::Map<String, Value>, (String, tera::Error)> {
        let mut map = chrome(site, &self.facts, lang, root);
        map.insert("page_path".into(), PAGE_PATH.into());
        let ctx = tera::Context::from_value(Value::Object(map.clone()))
            .map_err(|e| (String::new(), e))?;
        let mut fragments = serde_json::Map::new();
        for name in self.tera.get_template_names() {
            let Some(short) = name
                .strip_prefix("fragments/")
                .and_then(|n| n.strip_suffix(".html"))
            else {
                continue;
            };
            let html = self
                .render_in(lang, name, &ctx)
                .map_err(|e| (name.to_string(), e))?;
            fragments.insert(short.to_string(), Value::String(html.trim().to_string()));
        }
        map.remove("page_path");
        map.insert("fragments".into(), Value::Object(fragments));
        Ok(map)
    }

    /// Renders template `name` with `t()` speaking language `lang`.
    fn render_in(&self, lang: usize, name: &str, ctx: &tera::Context) -> tera::Result<String> {
        let outer = PAGE_LANG.replace(lang);
        let html = self.tera.render(name, ctx);
        PAGE_LANG.set(outer);
        html
    }

    /// Renders page `kind` in language `lang`.
    pub fn render(
        &self,
        site: &Site,
        kind: PageKind,
        lang: usize,
        sizes: &crate::build::FlyerSizes,
    ) -> Result<String, Diagnostic> {
        let (template, mut ctx) = context(site, self, kind, lang);
        add_flyer_links(site, kind, lang, sizes, &mut ctx);
        let ctx = tera::Context::from_value(ctx).map_err(|e| Diagnostic::general(e.to_string()))?;
        self.render_in(lang, template, &ctx).map_err(|e| {
            Diagnostic::error(
                format!("templates/{template}"),
                format!("rendering failed: {}", error_chain(&e)),
            )
        })
    }
}

thread_local! {
    /// The language of the page this thread renders, for `t()`: one Tera
    /// instance serves every language, and its functions see no context.
    static PAGE_LANG: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// A Tera error with all its causes, which name the template, line and problem.
fn error_chain(e: &tera::Error) -> String {
    let mut msg = e.to_string();
    let mut src = std::error::Error::source(e);
    while let Some(s) = src {
        msg.push_str(": ");
        msg.push_str(&s.to_string());
        src = s.source();
    }
    msg
}

/// Escapes text for HTML text and quoted attribute values. Unlike Tera's
/// default it leaves `/` alone, so URLs stay readable and pages small.
pub fn escape_html(input: &str) -> String {
    let special = |b: &u8| matches!(b, b'&' | b'<' | b'>' | b'"' | b'\'');
    let bytes = input.as_bytes();
    let Some(first) = bytes.iter().position(special) else {
        return input.to_string();
    };
    let mut out = String::with_capacity(input.len() + 16);
    out.push_str(&input[..first]);
    // Every special character is ASCII, so the text between them is whole
    // UTF-8 and is copied in runs.
    let mut run = first;
    for (i, b) in bytes.iter().enumerate().skip(first) {
        let rep = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&input[run..i]);
        out.push_str(rep);
        run = i + 1;
    }
    out.push_str(&input[run..]);
    out
}

fn lang_view(site: &Site, i: usize) -> LangView {
    let l = &site.config.languages[i];
    LangView {
        code: l.code.clone(),
        dir: l.dir.as_str(),
        name: l.endonym.clone(),
    }
}

fn text_view(site: &Site, shown: Shown, root: &str, lang: usize) -> TextView {
    let t = shown.text;
    TextView {
        title: t.title.clone(),
        summary: t.summary.clone(),
        body: markdown::localize(&t.body, root, &site.config.languages[lang].code),
        lang: site.config.languages[t.lang].code.clone(),
        lang_name: site.config.languages[t.lang].endonym.clone(),
        dir: site.config.languages[t.lang].dir.as_str(),
        fallback: shown.fallback,
        machine_translated: t.machine_translated,
    }
}

fn texts_view(site: &Site, texts: &Texts, root: &str, lang: usize) -> Option<TextView> {
    texts
        .show(lang, site.config.default_language)
        .map(|s| text_view(site, s, root, lang))
}

/// The label of category `c` in language `lang`.
pub fn category_label(site: &Site, c: usize, lang: usize) -> String {
    let id = &site.config.categories[c].id;
    let key = format!("category-{id}");
    if site.strings.has(lang, &key) {
        site.strings.get(lang, &key, None, false)
    } else {
        id.replace('-', " ")
    }
}

/// "PDF, 85 KB" in the reader's language and digits.
fn size_label(site: &Site, lang: usize, bytes: u64) -> String {
    let kb = bytes.div_ceil(1024);
    site.strings.get1(
        lang,
        "file-size",
        "kb",
        site.formats[lang].amount(kb as f64).into(),
        false,
    )
}

/// Links to the flyers of a district page and the sheet of an offering page,
/// with their sizes (only flyers that were rendered are linked).
fn add_flyer_links(
    site: &Site,
    kind: PageKind,
    lang: usize,
    sizes: &crate::build::FlyerSizes,
    ctx: &mut Value,
) {
    use crate::render::flyer::FlyerKind;
    let root = ctx["root"].as_str().unwrap_or_default().to_string();
    let cfg = &site.config;
    let link = |fk: FlyerKind, label: String, hreflang: &str| -> Option<Value> {
        let path = fk.path(site);
        // Language names in the label are marked with their own language.
        let mut label_html = escape_html(&label);
        for (i, l) in cfg.languages.iter().enumerate().filter(|(i, _)| *i != lang) {
            let name = escape_html(&l.endonym);
            if label_html.contains(&name) {
                let span = format!(
                    "<span lang=\"{}\" dir=\"{}\">{name}</span>",
                    l.code,
                    cfg.languages[i].dir.as_str()
                );
                label_html = label_html.replace(&name, &span);
            }
        }
        sizes.get(&path).map(|size| {
            // Size 0: not known (the preview lays flyers out only when opened).
            let size = (*size > 0).then(|| size_label(site, lang, *size));
            json!({ "url": format!("{root}{path}"), "label": label, "label_html": label_html, "size": size, "hreflang": hreflang })
        })
    };
    match kind {
        PageKind::District(d) => {
            let mut mine = Vec::new();
            let mut others = Vec::new();
            for l in 0..cfg.languages.len() {
                let name = cfg.languages[l].endonym.clone();
                let single = link(
                    FlyerKind::District {
                        district: d,
                        lang: l,
                        bilingual: false,
                    },
                    site.strings
                        .get1(lang, "flyer-single", "language", name.clone().into(), true),
                    &cfg.languages[l].code,
                );
                let mut args = FluentArgs::new();
                args.set("first", cfg.default_lang().endonym.clone());
                args.set("second", name);
                let both = link(
                    FlyerKind::District {
                        district: d,
                        lang: l,
                        bilingual: true,
                    },
                    site.strings.get(lang, "flyer-bilingual", Some(&args), true),
                    &cfg.languages[l].code,
                );
                let target = if l == lang { &mut mine } else { &mut others };
                target.extend(single);
                target.extend(both);
            }
            ctx["flyers"] = json!({ "mine": mine, "others": others });
        }
        PageKind::Offering(d, o) => {
            let sheet = link(
                FlyerKind::Sheet {
                    district: d,
                    offering: o,
                },
                site.strings.get(lang, "info-sheet", None, false),
                "",
            );
            ctx["sheet"] = json!(sheet);
        }
        _ => {}
    }
}

/// Offering cards grouped by district, for the offerings `keep` selects.
fn by_district(
    site: &Site,
    root: &str,
    lang: usize,
    keep: impl Fn(&Offering) -> bool,
) -> Vec<Value> {
    let code = &site.config.languages[lang].code;
    site.districts
        .iter()
        .filter_map(|dist| {
            let cards: Vec<CardView> = dist
                .offerings
                .iter()
                .filter(|o| keep(o))
                .map(|o| card(site, o, root, lang))
                .collect();
            (!cards.is_empty()).then(|| {
                json!({
                    "name": site.district_name(dist, lang),
                    "url": format!("{root}{code}/{}/", dist.id),
                    "offerings": cards,
                })
            })
        })
        .collect()
}

/// Whether an offering is current (not over).
fn current(site: &Site, o: &Offering) -> bool {
    !o.schedule.is_past(site.today)
}

/// A date as "Today", "Tomorrow" or "Tuesday, 1 December 2026".
fn day_label(site: &Site, lang: usize, d: jiff::civil::Date) -> String {
    let days = (d - site.today).get_days();
    match days {
        0 => site.strings.get(lang, "today", None, false),
        1 => site.strings.get(lang, "tomorrow", None, false),
        _ => site.formats[lang].date_with_weekday(d),
    }
}

fn time_text(site: &Site, lang: usize, times: &crate::schedule::Times) -> String {
    crate::schedule::time_text(&site.formats[lang], &site.strings, lang, times)
}

/// "What's on" in the coming fortnight, for the whole site or one district.
fn whats_on(
    site: &Site,
    upcoming: &[Upcoming],
    root: &str,
    lang: usize,
    district: Option<usize>,
) -> Value {
    let code = &site.config.languages[lang].code;
    let all: Vec<&Upcoming> = upcoming
        .iter()
        .filter(|u| district.is_none_or(|d| d == u.district))
        .collect();
    let mut days: Vec<Value> = Vec::new();
    let mut current_day: Option<jiff::civil::Date> = None;
    let mut items: Vec<Value> = Vec::new();
    for u in all.iter().take(WHATS_ON_MAX) {
        let d = &site.districts[u.district];
        let o = &d.offerings[u.offering];
        if current_day != Some(u.occurrence.date) {
            if let Some(day) = current_day {
                days.push(json!({ "label": day_label(site, lang, day), "items": std::mem::take(&mut items) }));
            }
            current_day = Some(u.occurrence.date);
        }
        let shown = o.texts.show(lang, site.config.default_language);
        let (title, tlang, fallback) = match shown {
            Some(s) => (s.text.title.clone(), s.text.lang, s.fallback),
            None => (o.id.clone(), site.config.default_language, true),
        };
        items.push(json!({
            "time": time_text(site, lang, &u.occurrence.times),
            "title": title,
            "lang": site.config.languages[tlang].code,
            "dir": site.config.languages[tlang].dir.as_str(),
            "fallback": fallback,
            "url": format!("{root}{code}/{}/{}/", d.id, o.id),
            "district": site.district_name(d, lang),
        }));
    }
    if let Some(day) = current_day {
        days.push(json!({ "label": day_label(site, lang, day), "items": items }));
    }
    json!({
        "days": days,
        "more": all.len().saturating_sub(WHATS_ON_MAX),
    })
}

fn card(site: &Site, o: &Offering, root: &str, lang: usize) -> CardView {
    let d = &site.districts[o.district];
    let code = &site.config.languages[lang].code;
    let shown = o.texts.show(lang, site.config.default_language);
    let (title, summary, tlang, fallback) = match shown {
        Some(s) => (
            s.text.title.clone(),
            s.text.summary.clone(),
            s.text.lang,
            s.fallback,
        ),
        None => (
            o.id.clone(),
            String::new(),
            site.config.default_language,
            true,
        ),
    };
    CardView {
        url: format!("{root}{code}/{}/{}/", d.id, o.id),
        title,
        summary,
        lang: site.config.languages[tlang].code.clone(),
        dir: site.config.languages[tlang].dir.as_str(),
        fallback,
        when: o
            .schedule
            .describe(&site.formats[lang], &site.strings, lang),
        place: match (&o.place, &o.online) {
            (Some(p), _) => site
                .places
                .get(p)
                .map(|p| p.name.clone())
                .unwrap_or_default(),
            _ => site.strings.get(lang, "place-online", None, false),
        },
        place_lang: o
            .place
            .as_ref()
            .filter(|_| lang != site.config.default_language)
            .map(|_| {
                let d = site.config.default_lang();
                (d.code.clone(), d.dir.as_str())
            }),
        district: site.district_name(d, lang),
        category: site.config.categories[o.category].id.clone(),
        facets: None,
    }
}

fn contact_view(site: &Site, c: &Contact) -> Value {
    json!({
        "name": c.name,
        "phone": c.phone,
        "phone_href": c.phone.as_ref().map(|p| tel_href(p)),
        "email": c.email,
        "website": c.website,
        "place": c.place.as_ref().and_then(|p| site.places.get(p)).map(|p| place_view(site, p)),
    })
}

fn tel_href(phone: &str) -> String {
    let digits: String = phone
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    format!("tel:{digits}")
}

/// A venue; its name and address are written in the default language
/// (places.yaml), so they carry that language's `lang` and `dir`.
fn place_view(site: &Site, p: &crate::model::Place) -> Value {
    let map = match (p.geo, &p.address) {
        (Some((lat, lon)), _) => Some(format!(
            "https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}"
        )),
        (None, Some(a)) => Some(format!(
            "https://www.openstreetmap.org/search?query={}",
            url_encode(a)
        )),
        (None, None) => None,
    };
    json!({
        "name": p.name,
        "address": p.address,
        "map": map,
        "wheelchair": p.wheelchair,
        "lang": site.config.default_lang().code,
        "dir": site.config.default_lang().dir.as_str(),
    })
}

/// The path part of the base URL (`https://example.org/a/` -> `/a/`).
fn base_path(base_url: &str) -> String {
    let after_scheme = base_url
        .split_once("://")
        .map(|(_, r)| r)
        .unwrap_or(base_url);
    match after_scheme.find('/') {
        Some(i) => after_scheme[i..].to_string(),
        None => "/".to_string(),
    }
}

fn icon_of(site: &Site, c: usize) -> String {
    site.config.categories[c].icon.clone()
}

/// What every page of language `lang` shows whose links start with `root`:
/// languages, navigation, categories and the site's links, with no page
/// marked as current. Built once per language and folder depth; each page
/// copies it and adds its own.
fn chrome(site: &Site, facts: &Facts, lang: usize, root: &str) -> serde_json::Map<String, Value> {
    let cfg = &site.config;
    let code = &cfg.languages[lang].code;
    let languages: Vec<LangView> = (0..cfg.languages.len())
        .map(|i| lang_view(site, i))
        .collect();
    let nav_pages: Vec<Value> = site
        .pages
        .iter()
        .filter_map(|p| {
            let t = p.texts.show(lang, cfg.default_language)?;
            Some(json!({
                "url": format!("{root}{code}/{}/", p.id),
                "title": t.text.title,
                "lang": cfg.languages[t.text.lang].code,
                "dir": cfg.languages[t.text.lang].dir.as_str(),
                "current": false,
            }))
        })
        .collect();
    let nav_districts: Vec<Value> = site
        .districts
        .iter()
        .map(|d| {
            json!({
                "url": format!("{root}{code}/{}/", d.id),
                "name": site.district_name(d, lang),
                "current": false,
            })
        })
        .collect();
    let categories: Vec<Value> = (0..cfg.categories.len())
        .map(|c| {
            json!({
                "id": cfg.categories[c].id,
                "icon": icon_of(site, c),
                "label": category_label(site, c, lang),
                "url": format!("{root}{code}/category/{}/", cfg.categories[c].id),
                "count": facts.category_counts[c],
                "current": false,
            })
        })
        .collect();
    let site_title = if site.strings.has(lang, "site-title") {
        site.strings.get(lang, "site-title", None, false)
    } else {
        cfg.title.clone()
    };
    let ctx = json!({
        "lang": lang_view(site, lang),
        "default_lang": lang_view(site, cfg.default_language),
        "languages": languages,
        "root": root,
        "base_url": cfg.base_url,
        "site_title": site_title,
        "nav_pages": nav_pages,
        "nav_districts": nav_districts,
        "categories": categories,
        "home_url": format!("{root}{code}/"),
        "feed_url": format!("{root}{code}/atom.xml"),
        "calendar_url": format!("{root}{code}/calendar.ics"),
        "archive_url": format!("{root}{code}/archive/"),
        "has_archive": facts.has_archive,
        "offerings_url": format!("{root}{code}/offerings/"),
        "search_url": format!("{root}{code}/search/"),
    });
    match ctx {
        Value::Object(m) => m,
        _ => unreachable!("an object"),
    }
}

/// Marks entry `i` of the list `key` in `ctx` as the current page.
fn mark_current(ctx: &mut serde_json::Map<String, Value>, key: &str, i: usize) {
    if let Some(entry) = ctx.get_mut(key).and_then(|v| v.get_mut(i)) {
        entry["current"] = Value::Bool(true);
    }
}

/// Stands for the page's path in fragments: private-use characters, which
/// escaping leaves alone and texts do not contain.
const PAGE_PATH: &str = "\u{E000}page_path\u{E001}";

/// The template and its context for one page.
fn context(
    site: &Site,
    templates: &Templates,
    kind: PageKind,
    lang: usize,
) -> (&'static str, Value) {
    let facts = &templates.facts;
    let upcoming = &facts.upcoming;
    let cfg = &site.config;
    let path = kind.path(site);
    let depth = if kind.per_language() {
        1 + path.matches('/').count()
    } else {
        0
    };
    let root = if kind == PageKind::NotFound {
        // Served for any missing address, so links must not be relative.
        base_path(&cfg.base_url)
    } else {
        "../".repeat(depth)
    };
    let code = &cfg.languages[lang].code;
    let mut obj = match facts.chrome[lang].iter().find(|(r, _)| *r == root) {
        Some((_, c)) => c.clone(),
        // Not built ahead (no page is this deep); a failing fragment leaves
        // `fragments` out, so the page's template reports it.
        None => templates
            .chrome_with_fragments(site, lang, &root)
            .unwrap_or_else(|_| chrome(site, facts, lang, &root)),
    };
    if let Some(Value::Object(fragments)) = obj.get_mut("fragments") {
        let path = escape_html(&path);
        for f in fragments.values_mut() {
            if let Value::String(html) = f {
                if html.contains(PAGE_PATH) {
                    *html = html.replace(PAGE_PATH, &path);
                }
            }
        }
    }
    match kind {
        PageKind::Page(p) => {
            // nav_pages holds only the pages shown in this language.
            let shown = site.pages[..p]
                .iter()
                .filter(|x| x.texts.show(lang, cfg.default_language).is_some())
                .count();
            mark_current(&mut obj, "nav_pages", shown);
        }
        PageKind::District(d) | PageKind::Offering(d, _) => {
            mark_current(&mut obj, "nav_districts", d)
        }
        PageKind::Category(c) => mark_current(&mut obj, "categories", c),
        _ => {}
    }
    obj.insert(
        "canonical".into(),
        Value::String(if kind.per_language() {
            format!("{}{code}/{path}", cfg.base_url)
        } else {
            cfg.base_url.clone()
        }),
    );
    obj.insert("page_path".into(), Value::String(path));
    obj.insert("page_kind".into(), page_kind_name(kind).into());
    let template = match kind {
        PageKind::Chooser => "chooser.html",
        PageKind::NotFound => "404.html",
        PageKind::Home => {
            obj.insert(
                "intro".into(),
                json!(texts_view(site, &site.home, &root, lang)),
            );
            let districts: Vec<Value> = site
                .districts
                .iter()
                .map(|d| {
                    let t = texts_view(site, &d.texts, &root, lang);
                    json!({
                        "url": format!("{root}{code}/{}/", d.id),
                        "name": site.district_name(d, lang),
                        "summary": t.as_ref().map(|t| t.summary.clone()),
                        "summary_lang": t.as_ref().map(|t| t.lang.clone()),
                        "summary_dir": t.as_ref().map(|t| t.dir),
                        "count": d.offerings.iter().filter(|o| current(site, o)).count(),
                    })
                })
                .collect();
            obj.insert("districts".into(), json!(districts));
            obj.insert(
                "whats_on".into(),
                whats_on(site, upcoming, &root, lang, None),
            );
            "home.html"
        }
        PageKind::District(d) => {
            let dist = &site.districts[d];
            obj.insert("name".into(), json!(site.district_name(dist, lang)));
            obj.insert(
                "intro".into(),
                json!(texts_view(site, &dist.texts, &root, lang)),
            );
            obj.insert(
                "contact".into(),
                json!(dist.contact.as_ref().map(|c| contact_view(site, c))),
            );
            let mut groups = Vec::new();
            for c in 0..cfg.categories.len() {
                let cards: Vec<CardView> = dist
                    .offerings
                    .iter()
                    .filter(|o| o.category == c && current(site, o))
                    .map(|o| card(site, o, &root, lang))
                    .collect();
                if !cards.is_empty() {
                    groups.push(json!({
                        "id": cfg.categories[c].id,
                        "label": category_label(site, c, lang),
                        "icon": icon_of(site, c),
                        "url": format!("{root}{code}/category/{}/", cfg.categories[c].id),
                        "offerings": cards,
                    }));
                }
            }
            obj.insert("groups".into(), json!(groups));
            obj.insert(
                "count".into(),
                json!(dist.offerings.iter().filter(|o| current(site, o)).count()),
            );
            obj.insert(
                "whats_on".into(),
                whats_on(site, upcoming, &root, lang, Some(d)),
            );
            obj.insert(
                "district_calendar_url".into(),
                json!(format!("{root}{code}/{}/calendar.ics", dist.id)),
            );
            "district.html"
        }
        PageKind::Offering(d, o) => {
            let dist = &site.districts[d];
            let off = &dist.offerings[o];
            obj.insert(
                "district".into(),
                json!({
                    "name": site.district_name(dist, lang),
                    "url": format!("{root}{code}/{}/", dist.id),
                }),
            );
            obj.insert(
                "text".into(),
                json!(texts_view(site, &off.texts, &root, lang)),
            );
            obj.insert("facts".into(), offering_facts(site, off, lang));
            let next: Vec<Value> = off
                .schedule
                .next(site.today, 5)
                .iter()
                .map(|n| {
                    let label = match n.until {
                        Some(u) => {
                            let mut args = FluentArgs::new();
                            args.set("start", site.formats[lang].date(n.date));
                            args.set("end", site.formats[lang].date(u));
                            site.strings.get(lang, "schedule-period", Some(&args), true)
                        }
                        None => day_label(site, lang, n.date),
                    };
                    json!({ "label": label, "time": time_text(site, lang, &n.times) })
                })
                .collect();
            obj.insert("next".into(), json!(next));
            obj.insert("over".into(), json!(!current(site, off)));
            obj.insert(
                "repeats".into(),
                json!(matches!(
                    off.schedule,
                    crate::schedule::Schedule::Weekly { .. }
                        | crate::schedule::Schedule::Monthly { .. }
                        | crate::schedule::Schedule::Dates(_)
                )),
            );
            obj.insert(
                "offering_calendar_url".into(),
                json!(crate::render::has_calendar(site, off)
                    .then(|| format!("{root}{code}/{}/{}/calendar.ics", dist.id, off.id))),
            );
            "offering.html"
        }
        PageKind::Category(c) => {
            obj.insert("label".into(), json!(category_label(site, c, lang)));
            obj.insert("icon".into(), json!(icon_of(site, c)));
            let groups = by_district(site, &root, lang, |o| o.category == c && current(site, o));
            obj.insert("groups".into(), json!(groups));
            "category.html"
        }
        PageKind::Archive => {
            let groups = by_district(site, &root, lang, |o| !current(site, o));
            obj.insert("groups".into(), json!(groups));
            "archive.html"
        }
        PageKind::Page(p) => {
            obj.insert(
                "text".into(),
                json!(texts_view(site, &site.pages[p].texts, &root, lang)),
            );
            "page.html"
        }
        PageKind::Offerings | PageKind::Audience(_) | PageKind::Search => {
            return listing_context(site, kind, lang, Value::Object(obj));
        }
    };
    (template, Value::Object(obj))
}

/// The name of a page kind, as `data-page` on `<body>` (for themes and tests).
fn page_kind_name(kind: PageKind) -> &'static str {
    match kind {
        PageKind::Chooser => "chooser",
        PageKind::NotFound => "not-found",
        PageKind::Home => "home",
        PageKind::District(_) => "district",
        PageKind::Offering(..) => "offering",
        PageKind::Category(_) => "category",
        PageKind::Page(_) => "page",
        PageKind::Archive => "archive",
        PageKind::Offerings => "offerings",
        PageKind::Audience(_) => "audience",
        PageKind::Search => "search",
    }
}

/// The offerings list, an audience's page and the search page.
fn listing_context(
    site: &Site,
    kind: PageKind,
    lang: usize,
    mut ctx: Value,
) -> (&'static str, Value) {
    use crate::render::listing;
    let root = ctx["root"].as_str().unwrap_or_default().to_string();
    let code = &site.config.languages[lang].code;
    let audiences: Vec<Value> = listing::audiences_in_use(site)
        .into_iter()
        .map(|a| {
            json!({
                "id": AUDIENCES[a],
                "label": listing::audience_label(site, a, lang),
                "url": format!("{root}{code}/audience/{}/", AUDIENCES[a]),
                "current": kind == PageKind::Audience(a),
            })
        })
        .collect();
    ctx["audiences"] = json!(audiences);
    let template = match kind {
        PageKind::Offerings => {
            let offerings = listing::current_offerings(site);
            let cards: Vec<CardView> = offerings
                .iter()
                .map(|o| CardView {
                    facets: Some(listing::facets(site, o)),
                    ..card(site, o, &root, lang)
                })
                .collect();
            ctx["filters"] = listing::filter_options(site, lang, &offerings);
            ctx["offerings"] = json!(cards);
            ctx["count_patterns"] = json!(listing::count_patterns(
                site,
                lang,
                "offerings-count",
                offerings.len()
            ));
            "offerings.html"
        }
        PageKind::Audience(a) => {
            ctx["label"] = json!(listing::audience_label(site, a, lang));
            let groups = by_district(site, &root, lang, |o| {
                o.audience.contains(&a) && current(site, o)
            });
            ctx["groups"] = json!(groups);
            "audience.html"
        }
        _ => {
            ctx["index_url"] = json!(format!("{root}{code}/search-index.json"));
            ctx["count_patterns"] = json!(listing::count_patterns(
                site,
                lang,
                "search-results",
                crate::render::search::MAX_RESULTS
            ));
            "search.html"
        }
    };
    (template, ctx)
}

fn offering_facts(site: &Site, o: &Offering, lang: usize) -> Value {
    let s = &site.strings;
    let f = &site.formats[lang];
    let audience: Vec<String> = o
        .audience
        .iter()
        .map(|a| s.get(lang, &format!("audience-{}", AUDIENCES[*a]), None, false))
        .collect();
    let spoken: Vec<Value> = o
        .spoken_languages
        .iter()
        .map(|c| {
            json!({
                "code": c,
                "name": crate::i18n::language_name(c),
                "dir": crate::i18n::language_dir(c).as_str(),
            })
        })
        .collect();
    let cost = o.cost.as_ref().map(|c| match c {
        Cost::Free => s.get(lang, "cost-free", None, false),
        Cost::Amount { amount, currency } => {
            let mut args = FluentArgs::new();
            args.set("amount", f.amount(*amount));
            args.set("currency", currency.clone());
            s.get(lang, "cost-amount", Some(&args), true)
        }
    });
    let organisation = o
        .organisation
        .as_ref()
        .and_then(|id| site.organisations.get(id))
        .map(|org| {
            // Written once, in the default language (organisations.yaml).
            json!({
                "name": org.name,
                "lang": site.config.default_lang().code,
                "dir": site.config.default_lang().dir.as_str(),
                "website": org.website,
                "email": org.email,
                "phone": org.phone,
                "phone_href": org.phone.as_ref().map(|p| tel_href(p)),
            })
        });
    json!({
        "category": site.config.categories[o.category].id,
        "kind": category_label(site, o.category, lang),
        "icon": icon_of(site, o.category),
        "when": o.schedule.describe(f, s, lang),
        "place": o.place.as_ref().and_then(|p| site.places.get(p)).map(|p| place_view(site, p)),
        "online": o.online,
        "audience": if audience.is_empty() { None } else { Some(f.list(&audience)) },
        "languages": spoken,
        "childcare": o.childcare.map(|c| s.get(lang, if c { "childcare-yes" } else { "childcare-no" }, None, false)),
        "cost": cost,
        "registration": o.registration.map(|r| s.get(lang, if r { "registration-required" } else { "registration-not-required" }, None, false)),
        "contact": o.contact.as_ref().map(|c| contact_view(site, c)),
        "organisation": organisation,
    })
}

/// The team's translation status page: every text and language, with links
/// to the source files' pages. Plain HTML with the theme's stylesheet, in the
/// default language's direction; robots are asked not to index it.
pub fn translation_status(site: &Site) -> String {
    use crate::translations::{status, Status};
    let cfg = &site.config;
    let def = cfg.default_lang();
    let rows = status(site);
    let mut out = format!(
        "<!doctype html>\n<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"robots\" content=\"noindex\">\n<title>Translation status</title>\n<link rel=\"stylesheet\" href=\"../style.css\">\n</head>\n<body>\n<main id=\"main\">\n<h1>Translation status</h1>\n<p>✅ up to date · ⚠️ stale (source changed) · 🤖 machine-translated · ❔ no <code>translation_of</code> · — missing</p>\n<div class=\"body\"><table>\n<thead><tr><th scope=\"col\">text</th>",
        def.code,
        def.dir.as_str()
    );
    for l in &cfg.languages {
        out.push_str(&format!(
            "<th scope=\"col\" lang=\"{}\">{}</th>",
            escape_html(&l.code),
            escape_html(&l.code)
        ));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for r in &rows {
        out.push_str(&format!(
            "<tr><th scope=\"row\"><code>{}</code></th>",
            escape_html(&r.dir.to_string_lossy())
        ));
        for s in &r.status {
            let (sym, label) = match s {
                Status::Source => ("●", "source"),
                Status::UpToDate => ("✅", "up to date"),
                Status::Stale => ("⚠️", "stale"),
                Status::Machine => ("🤖", "machine-translated"),
                Status::Unmarked => ("❔", "unmarked"),
                Status::Missing => ("—", "missing"),
            };
            out.push_str(&format!(
                "<td title=\"{label}\">{sym}<span class=\"visually-hidden\"> {label}</span></td>"
            ));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody></table></div>\n</main>\n</body>\n</html>\n");
    out
}
