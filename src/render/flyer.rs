//! Printable flyers through Typst as a library.
//!
//! Quartier is the Typst `World`: it serves the theme's flyer templates
//! (`themes/<theme>/flyers/*.typ`), the pictograms, the fonts shipped in the
//! theme (`fonts/`), and for each flyer a virtual `/data.json` and `/qr.svg`.
//! Content reaches Typst only as JSON data, never as source, so no text can
//! break or inject into a template. Fonts are loaded once per build and
//! shared by every flyer; flyers compile in parallel.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde_json::{json, Value};
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Smart};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_layout::PagedDocument;

use crate::diag::{Diagnostic, Diagnostics};
use crate::i18n::{Dir, Language};
use crate::model::{Offering, Site};
use crate::schedule::WhenLine;

/// Pages a district flyer may have before `check` warns (one sheet, both sides).
pub const MAX_FLYER_PAGES: usize = 2;

/// Which flyer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlyerKind {
    /// A district in one language, or (with `beside`) in the default
    /// language and `lang` side by side.
    District {
        /// District index.
        district: usize,
        /// The language.
        lang: usize,
        /// Whether the default language is printed beside it.
        bilingual: bool,
    },
    /// The multilingual information sheet of one offering.
    Sheet {
        /// District index.
        district: usize,
        /// Offering index.
        offering: usize,
    },
}

impl FlyerKind {
    /// Output path, e.g. `flyers/kranichstein-sued/de-ar.pdf`.
    pub fn path(self, site: &Site) -> String {
        let cfg = &site.config;
        match self {
            FlyerKind::District {
                district,
                lang,
                bilingual,
            } => {
                let d = &site.districts[district].id;
                if bilingual {
                    format!(
                        "flyers/{d}/{}-{}.pdf",
                        cfg.default_lang().code,
                        cfg.languages[lang].code
                    )
                } else {
                    format!("flyers/{d}/{}.pdf", cfg.languages[lang].code)
                }
            }
            FlyerKind::Sheet { district, offering } => {
                let d = &site.districts[district];
                format!("flyers/{}/{}.pdf", d.id, d.offerings[offering].id)
            }
        }
    }
}

/// Whether an offering goes on its district's flyer.
pub fn on_flyer(site: &Site, o: &Offering) -> bool {
    o.flyer && !o.schedule.is_past(site.today)
}

/// Every flyer of the site.
pub fn plan(site: &Site) -> Vec<FlyerKind> {
    let cfg = &site.config;
    let mut out = Vec::new();
    for (d, dist) in site.districts.iter().enumerate() {
        for lang in 0..cfg.languages.len() {
            out.push(FlyerKind::District {
                district: d,
                lang,
                bilingual: false,
            });
            if cfg.flyers.bilingual && lang != cfg.default_language {
                out.push(FlyerKind::District {
                    district: d,
                    lang,
                    bilingual: true,
                });
            }
        }
        for (o, off) in dist.offerings.iter().enumerate() {
            if !off.schedule.is_past(site.today) {
                out.push(FlyerKind::Sheet {
                    district: d,
                    offering: o,
                });
            }
        }
    }
    out
}

/// Fonts, templates and pictograms, loaded once per build.
pub struct FlyerEngine {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    sources: HashMap<FileId, Source>,
    files: HashMap<FileId, Bytes>,
    today: Datetime,
    stamp: typst_pdf::Timestamp,
    district_main: Option<FileId>,
    sheet_main: Option<FileId>,
}

fn file_id(path: &str) -> Option<FileId> {
    VirtualPath::new(path)
        .ok()
        .map(|vp| RootedPath::new(VirtualRoot::Project, vp).intern())
}

fn data_id() -> FileId {
    static ID: OnceLock<FileId> = OnceLock::new();
    *ID.get_or_init(|| file_id("/data.json").expect("valid virtual path"))
}

fn qr_id() -> FileId {
    static ID: OnceLock<FileId> = OnceLock::new();
    *ID.get_or_init(|| file_id("/qr.svg").expect("valid virtual path"))
}

impl FlyerEngine {
    /// Loads the theme's fonts, flyer templates and icons.
    pub fn new(site: &Site, diags: &mut Diagnostics) -> Self {
        let mut fonts = Vec::new();
        let mut sources = HashMap::new();
        let mut files = HashMap::new();
        // BTreeMap order: fonts load in a fixed order, so PDFs are identical.
        for (path, f) in &site.theme.other {
            if let Some(name) = path.strip_prefix("fonts/") {
                let lower = name.to_ascii_lowercase();
                if lower.ends_with(".ttf") || lower.ends_with(".otf") || lower.ends_with(".ttc") {
                    let before = fonts.len();
                    fonts.extend(Font::iter(Bytes::new(f.bytes.clone())));
                    if fonts.len() == before {
                        diags.push(Diagnostic::error(&f.origin, "not a font Typst can read").hint("ship TrueType or OpenType fonts (.ttf, .otf); WOFF is not supported"));
                    }
                }
            } else if let Some(name) = path.strip_prefix("flyers/") {
                let Some(id) = file_id(&format!("/{name}")) else {
                    continue;
                };
                match String::from_utf8(f.bytes.clone()) {
                    Ok(text) if name.ends_with(".typ") => {
                        sources.insert(id, Source::new(id, text));
                    }
                    Ok(_) | Err(_) => {
                        files.insert(id, Bytes::new(f.bytes.clone()));
                    }
                }
            }
        }
        for (name, svg) in &site.theme.icons {
            if let Some(id) = file_id(&format!("/icons/{name}.svg")) {
                files.insert(id, Bytes::new(svg.clone().into_bytes()));
            }
        }
        let book = FontBook::from_fonts(&fonts);
        let d = site.stamp.to_zoned_datetime(jiff::tz::TimeZone::UTC);
        let today = Datetime::from_ymd(
            i32::from(site.today.year()),
            site.today.month() as u8,
            site.today.day() as u8,
        )
        .expect("valid date");
        let stamp_dt = Datetime::from_ymd_hms(
            i32::from(d.year()),
            d.month() as u8,
            d.day() as u8,
            d.hour() as u8,
            d.minute() as u8,
            d.second() as u8,
        )
        .unwrap_or(today);
        FlyerEngine {
            library: LazyHash::new(Library::builder().build()),
            book: LazyHash::new(book),
            fonts,
            district_main: file_id("/district.typ").filter(|id| sources.contains_key(id)),
            sheet_main: file_id("/sheet.typ").filter(|id| sources.contains_key(id)),
            sources,
            files,
            today,
            stamp: typst_pdf::Timestamp::new_utc(stamp_dt),
        }
    }

    /// Whether some shipped font has a glyph for `c`.
    pub fn covers(&self, c: char) -> bool {
        self.fonts
            .iter()
            .any(|f| f.info().coverage.contains(c as u32))
    }

    /// Compiles one flyer to PDF; returns the bytes and the number of pages.
    pub fn render(&self, site: &Site, kind: FlyerKind) -> Result<(Vec<u8>, usize), Diagnostic> {
        let (main, data) = match kind {
            FlyerKind::District {
                district,
                lang,
                bilingual,
            } => (
                self.district_main,
                district_data(site, district, lang, bilingual),
            ),
            FlyerKind::Sheet { district, offering } => {
                (self.sheet_main, sheet_data(site, district, offering))
            }
        };
        let template = match kind {
            FlyerKind::District { .. } => "district.typ",
            FlyerKind::Sheet { .. } => "sheet.typ",
        };
        let Some(main) = main else {
            return Err(
                Diagnostic::general(format!("the theme has no flyers/{template}"))
                    .hint("add the template to themes/<theme>/flyers/, or use the default theme"),
            );
        };
        let url = data["qr"]["url"].as_str().unwrap_or_default().to_string();
        let world = FlyerWorld {
            engine: self,
            main,
            data: Bytes::new(serde_json::to_vec(&data).unwrap_or_default()),
            qr: Bytes::new(qr_svg(&url).into_bytes()),
        };
        let path = kind.path(site);
        let result = typst::compile::<PagedDocument>(&world);
        let doc = result.output.map_err(|errors| {
            let msgs: Vec<String> = errors.iter().map(|e| e.message.to_string()).collect();
            Diagnostic::error(
                format!("flyers/{template}"),
                format!(
                    "the flyer {path} could not be laid out: {}",
                    msgs.join("; ")
                ),
            )
            .hint("check the flyer template in the theme")
        })?;
        let options = typst_pdf::PdfOptions {
            ident: Smart::Custom(path.clone()),
            creator: Smart::Custom(Some("Quartier".into())),
            timestamp: Some(self.stamp),
            ..Default::default()
        };
        let pdf = typst_pdf::pdf(&doc, &options).map_err(|errors| {
            let msgs: Vec<String> = errors.iter().map(|e| e.message.to_string()).collect();
            Diagnostic::general(format!(
                "the flyer {path} could not be written as PDF: {}",
                msgs.join("; ")
            ))
        })?;
        Ok((pdf, doc.pages().len()))
    }
}

struct FlyerWorld<'a> {
    engine: &'a FlyerEngine,
    main: FileId,
    data: Bytes,
    qr: Bytes,
}

impl World for FlyerWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.engine.library
    }
    fn book(&self) -> &LazyHash<FontBook> {
        &self.engine.book
    }
    fn main(&self) -> FileId {
        self.main
    }
    fn source(&self, id: FileId) -> FileResult<Source> {
        self.engine
            .sources
            .get(&id)
            .cloned()
            .ok_or_else(|| FileError::NotFound(id.vpath().get_without_slash().into()))
    }
    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == data_id() {
            return Ok(self.data.clone());
        }
        if id == qr_id() {
            return Ok(self.qr.clone());
        }
        if let Some(s) = self.engine.sources.get(&id) {
            return Ok(Bytes::new(s.text().as_bytes().to_vec()));
        }
        self.engine
            .files
            .get(&id)
            .cloned()
            .ok_or_else(|| FileError::NotFound(id.vpath().get_without_slash().into()))
    }
    fn font(&self, index: usize) -> Option<Font> {
        self.engine.fonts.get(index).cloned()
    }
    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        Some(self.engine.today)
    }
}

/// A QR code for `url` as SVG (vector, with its quiet zone).
pub fn qr_svg(url: &str) -> String {
    match qrcode::QrCode::with_error_correction_level(url.as_bytes(), qrcode::EcLevel::M) {
        Ok(code) => code
            .render::<qrcode::render::svg::Color>()
            .min_dimensions(200, 200)
            .quiet_zone(true)
            .build(),
        Err(_) => "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"/>".into(),
    }
}

/// Fonts and line spacing for a language (family names of the theme's fonts).
fn lang_style(l: &Language) -> Value {
    let lang = l.locale.id.language.as_str();
    let (font, leading): (Vec<&str>, f64) = if lang == "ur" {
        (
            vec!["Noto Nastaliq Urdu", "Noto Sans Arabic", "Noto Sans"],
            1.1,
        )
    } else if l.dir == Dir::Rtl {
        (vec!["Noto Sans Arabic", "Noto Sans"], 0.85)
    } else {
        (vec!["Noto Sans", "Noto Sans Arabic"], 0.65)
    };
    json!({ "lang": lang, "dir": l.dir.as_str(), "font": font, "leading": leading })
}

fn with_style(l: &Language, mut v: Value) -> Value {
    if let (Some(obj), Value::Object(style)) = (v.as_object_mut(), lang_style(l)) {
        obj.extend(style);
    }
    v
}

fn plain(s: String) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
}

/// Schedule lines for print, as short as they can be: weekdays with the same
/// times share a line ("Monday and Wednesday 09:00–11:30").
fn print_when(site: &Site, schedule: &crate::schedule::Schedule, lang: usize) -> Vec<Value> {
    use crate::schedule::Schedule;
    let f = &site.formats[lang];
    if let Schedule::Weekly {
        slots, interval, ..
    } = schedule
    {
        let mut groups: Vec<(crate::schedule::Times, Vec<String>)> = Vec::new();
        for slot in slots {
            match groups.iter_mut().find(|(t, _)| *t == slot.times) {
                Some((_, days)) => days.push(f.weekday(slot.day)),
                None => groups.push((slot.times, vec![f.weekday(slot.day)])),
            }
        }
        let full = schedule.describe(f, &site.strings, lang);
        let mut out: Vec<Value> = groups
            .into_iter()
            .map(|(times, days)| {
                let time = full
                    .iter()
                    .find(|l| l.kind == "day" && l.label == days[0])
                    .map(|l| plain(l.time.clone()))
                    .unwrap_or_default();
                let _ = times;
                json!({ "label": f.list(&days), "time": time })
            })
            .collect();
        if *interval > 1 {
            out.extend(
                full.into_iter()
                    .filter(|l| l.kind == "rule")
                    .map(|l| json!({ "label": plain(l.label), "time": "" })),
            );
        }
        return out;
    }
    when_lines(schedule, schedule.describe(f, &site.strings, lang))
}

/// Schedule lines for print: days and rules, without "every week" where the
/// weekdays already say it.
fn when_lines(schedule: &crate::schedule::Schedule, lines: Vec<WhenLine>) -> Vec<Value> {
    let every_week = matches!(
        schedule,
        crate::schedule::Schedule::Weekly { interval: 1, .. }
    );
    lines
        .into_iter()
        .filter(|l| l.kind == "day" || (l.kind == "rule" && !every_week))
        .map(|l| json!({ "label": plain(l.label), "time": plain(l.time) }))
        .collect()
}

fn place_text(site: &Site, o: &Offering, lang: usize) -> String {
    match (&o.place, &o.online) {
        (Some(p), _) => site
            .places
            .get(p)
            .map(|p| match &p.address {
                Some(a) => format!("{}, {a}", p.name),
                None => p.name.clone(),
            })
            .unwrap_or_default(),
        (None, Some(_)) => site.strings.get(lang, "place-online", None, false),
        _ => String::new(),
    }
}

/// One offering's cell on a district flyer, in language `lang` (its text
/// falls back to the default language, with that language's direction).
fn cell(site: &Site, o: &Offering, lang: usize) -> Value {
    let cfg = &site.config;
    let shown = o.texts.show(lang, cfg.default_language);
    let (title, summary, tl) = match shown {
        Some(s) => (s.text.title.clone(), s.text.summary.clone(), s.text.lang),
        None => (o.id.clone(), String::new(), cfg.default_language),
    };
    let mut v = with_style(
        &cfg.languages[tl],
        json!({
            "title": title,
            "summary": summary,
            "when": print_when(site, &o.schedule, lang),
            // The venue's name; the address is one scan away.
            "where": match (&o.place, &o.online) {
                (Some(p), _) => site.places.get(p).map(|p| p.name.clone()).unwrap_or_default(),
                (None, Some(_)) => site.strings.get(lang, "place-online", None, false),
                _ => String::new(),
            },
        }),
    );
    // Schedule lines are in the flyer's language even when the text is not.
    v["when_lang"] = lang_style(&cfg.languages[lang]);
    v
}

/// The pictogram of category `c`, or the generic one when the theme lacks it.
fn icon_path(site: &Site, c: usize) -> String {
    let icon = &site.config.categories[c].icon;
    let name = if site.theme.icons.contains_key(icon) {
        icon.as_str()
    } else {
        "generic"
    };
    format!("/icons/{name}.svg")
}

fn district_data(site: &Site, d: usize, lang: usize, bilingual: bool) -> Value {
    let cfg = &site.config;
    let dist = &site.districts[d];
    let langs: Vec<usize> = if bilingual {
        vec![cfg.default_language, lang]
    } else {
        vec![lang]
    };
    let s = &site.strings;
    let columns: Vec<Value> = langs
        .iter()
        .map(|l| lang_style(&cfg.languages[*l]))
        .collect();
    let mut groups = Vec::new();
    for c in 0..cfg.categories.len() {
        let offerings: Vec<&Offering> = dist
            .offerings
            .iter()
            .filter(|o| o.category == c && on_flyer(site, o))
            .collect();
        if offerings.is_empty() {
            continue;
        }
        groups.push(json!({
            "icon": icon_path(site, c),
            "labels": langs.iter().map(|l| super::html::category_label(site, c, *l)).collect::<Vec<_>>(),
            "items": offerings.iter().map(|o| json!({
                "cells": langs.iter().map(|l| cell(site, o, *l)).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
        }));
    }
    let code = &cfg.languages[lang].code;
    let url = format!("{}{code}/{}/", cfg.base_url, dist.id);
    // Names and addresses are German text; phone numbers and e-mail
    // addresses are always set left to right, also inside Arabic text.
    let mut lines = Vec::new();
    if let Some(c) = &dist.contact {
        if let Some(n) = &c.name {
            lines.push(json!({ "label": "", "value": n }));
        }
        if let Some(p) = c.place.as_ref().and_then(|p| site.places.get(p)) {
            let text = match &p.address {
                Some(a) => format!("{}, {a}", p.name),
                None => p.name.clone(),
            };
            lines.push(json!({ "label": "", "value": text }));
        }
        if let Some(p) = &c.phone {
            lines.push(json!({ "label": s.get(lang, "contact-phone", None, false), "value": p }));
        }
        if let Some(e) = &c.email {
            lines.push(json!({ "label": s.get(lang, "contact-email", None, false), "value": e }));
        }
    }
    let site_title = s.get(lang, "site-title", None, false);
    let mut footer_args = fluent_bundle::FluentArgs::new();
    footer_args.set("site", site_title.clone());
    footer_args.set("date", site.formats[lang].date(site.today));
    json!({
        "paper": match cfg.flyers.paper { crate::config::Paper::A4 => "a4", crate::config::Paper::A5 => "a5" },
        "title": format!("{} – {}", site.district_name(dist, lang), site_title),
        "author": site_title,
        "columns": columns,
        "names": langs.iter().map(|l| site.district_name(dist, *l)).collect::<Vec<_>>(),
        "headings": langs.iter().map(|l| s.get(*l, "flyer-subtitle", None, false)).collect::<Vec<_>>(),
        "groups": groups,
        "contact": {
            "headings": langs.iter().map(|l| s.get(*l, "flyer-contact", None, false)).collect::<Vec<_>>(),
            "lines": lines,
        },
        "contact_lang": lang_style(&cfg.languages[lang]),
        "qr": {
            "path": "/qr.svg",
            "url": url,
            "captions": langs.iter().map(|l| s.get(*l, "flyer-scan", None, false)).collect::<Vec<_>>(),
        },
        "footer": s.get(lang, "flyer-footer", Some(&footer_args), false),
        "footer_lang": lang_style(&cfg.languages[lang]),
    })
}

fn sheet_data(site: &Site, d: usize, o: usize) -> Value {
    let cfg = &site.config;
    let dist = &site.districts[d];
    let off = &dist.offerings[o];
    let def = cfg.default_language;
    let s = &site.strings;
    let f = &site.formats[def];
    let main_text = off.texts.show(def, def);
    let (title, summary, tl) = match main_text {
        Some(t) => (t.text.title.clone(), t.text.summary.clone(), t.text.lang),
        None => (off.id.clone(), String::new(), def),
    };
    let mut facts = vec![json!({
        "label": s.get(def, "fact-when", None, false),
        "lines": when_lines(&off.schedule, off.schedule.describe(f, s, def)),
    })];
    let place = place_text(site, off, def);
    if !place.is_empty() {
        facts.push(json!({ "label": s.get(def, "fact-where", None, false), "lines": [{ "label": place, "time": "" }] }));
    }
    let mut add = |key: &str, value: Option<String>| {
        if let Some(v) = value {
            facts.push(json!({ "label": s.get(def, key, None, false), "lines": [{ "label": v, "time": "" }] }));
        }
    };
    let audience: Vec<String> = off
        .audience
        .iter()
        .map(|a| {
            s.get(
                def,
                &format!("audience-{}", crate::model::AUDIENCES[*a]),
                None,
                false,
            )
        })
        .collect();
    add(
        "fact-audience",
        (!audience.is_empty()).then(|| f.list(&audience)),
    );
    let spoken: Vec<String> = off
        .spoken_languages
        .iter()
        .map(|c| crate::i18n::language_name(c))
        .collect();
    add(
        "fact-languages",
        (!spoken.is_empty()).then(|| spoken.join(" · ")),
    );
    add(
        "fact-childcare",
        off.childcare.map(|c| {
            s.get(
                def,
                if c { "childcare-yes" } else { "childcare-no" },
                None,
                false,
            )
        }),
    );
    add(
        "fact-cost",
        off.cost.as_ref().map(|c| match c {
            crate::model::Cost::Free => s.get(def, "cost-free", None, false),
            crate::model::Cost::Amount { amount, currency } => {
                format!("{} {currency}", f.amount(*amount))
            }
        }),
    );
    add(
        "fact-registration",
        off.registration.map(|r| {
            s.get(
                def,
                if r {
                    "registration-required"
                } else {
                    "registration-not-required"
                },
                None,
                false,
            )
        }),
    );
    let contact = off.contact.as_ref().map(|c| {
        [c.name.clone(), c.phone.clone(), c.email.clone()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · ")
    });
    add("fact-contact", contact.filter(|c| !c.is_empty()));
    let translations: Vec<Value> = off
        .texts
        .by_lang
        .iter()
        .flatten()
        .filter(|t| t.lang != tl)
        .map(|t| {
            let l = &cfg.languages[t.lang];
            with_style(
                l,
                json!({ "name": l.endonym, "title": t.title, "summary": t.summary }),
            )
        })
        .collect();
    let url = format!(
        "{}{}/{}/{}/",
        cfg.base_url, cfg.languages[def].code, dist.id, off.id
    );
    json!({
        "title": title,
        "author": s.get(def, "site-title", None, false),
        "kind": super::html::category_label(site, off.category, def),
        "icon": icon_path(site, off.category),
        "main": with_style(&cfg.languages[tl], json!({ "title": title, "summary": summary })),
        "facts": facts,
        "translations": translations,
        "qr": { "path": "/qr.svg", "url": url },
    })
}

/// Texts of `site` that go on flyers, with the file they come from, their
/// language and every character no shipped font can draw.
pub fn missing_glyphs(site: &Site, engine: &FlyerEngine) -> Diagnostics {
    let mut diags = Diagnostics::new();
    let printable = |c: &char| {
        !c.is_whitespace()
            && !c.is_control()
            && !matches!(*c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    };
    let texts: Vec<&crate::model::Text> = site
        .offerings()
        .filter(|o| !o.schedule.is_past(site.today))
        .flat_map(|o| o.texts.by_lang.iter().flatten())
        .collect();
    // Each distinct character is looked up in the fonts once: a site has
    // tens of thousands of texts but a few hundred characters.
    let mut seen = CharSet::default();
    for t in &texts {
        for c in t.title.chars().chain(t.summary.chars()) {
            seen.insert(c);
        }
    }
    let mut uncovered = CharSet::default();
    for c in seen.iter().filter(printable) {
        if !engine.covers(c) {
            uncovered.insert(c);
        }
    }
    if uncovered.is_empty() {
        return diags;
    }
    for t in texts {
        let mut missing: Vec<char> = t
            .title
            .chars()
            .chain(t.summary.chars())
            .filter(|c| uncovered.contains(*c))
            .collect();
        missing.sort();
        missing.dedup();
        if !missing.is_empty() {
            let list: Vec<String> = missing
                .iter()
                .map(|c| format!("`{c}` (U+{:04X})", *c as u32))
                .collect();
            diags.push(
                Diagnostic::warning(
                    &t.rel,
                    format!(
                        "the flyer fonts cannot print {} in the {} text",
                        list.join(", "),
                        site.config.languages[t.lang].code
                    ),
                )
                .hint("replace the character, or add a font that has it to themes/<theme>/fonts/"),
            );
        }
    }
    diags
}

/// A set of characters: a bit per character of the Basic Multilingual
/// Plane, a sorted list for the rest.
#[derive(Default)]
struct CharSet {
    bmp: Vec<u64>,
    astral: std::collections::BTreeSet<char>,
}

impl CharSet {
    fn insert(&mut self, c: char) {
        let i = c as usize;
        if i < 0x10000 {
            if self.bmp.is_empty() {
                self.bmp = vec![0; 0x10000 / 64];
            }
            self.bmp[i / 64] |= 1 << (i % 64);
        } else {
            self.astral.insert(c);
        }
    }

    fn contains(&self, c: char) -> bool {
        let i = c as usize;
        if i < 0x10000 {
            self.bmp
                .get(i / 64)
                .is_some_and(|w| w & (1 << (i % 64)) != 0)
        } else {
            self.astral.contains(&c)
        }
    }

    fn is_empty(&self) -> bool {
        self.bmp.iter().all(|w| *w == 0) && self.astral.is_empty()
    }

    fn iter(&self) -> impl Iterator<Item = char> + '_ {
        let bmp = self.bmp.iter().enumerate().flat_map(|(w, bits)| {
            (0..64)
                .filter(move |b| bits & (1 << b) != 0)
                .filter_map(move |b| char::from_u32((w * 64 + b) as u32))
        });
        bmp.chain(self.astral.iter().copied())
    }
}
