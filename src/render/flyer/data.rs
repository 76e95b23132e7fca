//! What flyer templates see: the typed data of `/data.json`, one type per
//! template (`district.typ`, `sheet.typ`). Every key a flyer template may
//! read is a field here (docs/themes.md lists them).

use serde::Serialize;

use super::fonts::Styles;
use super::on_flyer;
use crate::model::{Offering, Site};
use crate::render::labels;
use crate::schedule::{Schedule, WhenLine};
use crate::url;

/// Fonts and line spacing for text in one language.
#[derive(Serialize, Debug, Clone)]
pub struct LangStyle {
    /// The language's subtag (`de`, `ar`, `ur`).
    pub lang: String,
    /// `ltr` or `rtl`.
    pub dir: &'static str,
    /// Font families in order of preference (the theme's `fonts/fonts.yaml`,
    /// then the site's own fonts).
    pub font: Vec<String>,
    /// Line spacing in em.
    pub leading: f64,
    /// Glyphs reach far above and below the line (Nastaliq): the template
    /// spaces lines by the glyphs' real height.
    pub tall: bool,
}

/// One line of a schedule on paper.
#[derive(Serialize, Debug)]
pub struct PrintLine {
    /// The day(s) or rule.
    pub label: String,
    /// The time range, or empty.
    pub time: String,
}

/// An offering in one language on a district flyer.
#[derive(Serialize, Debug)]
pub struct Cell {
    /// Title (maybe in the default language, when not translated).
    pub title: String,
    /// Summary.
    pub summary: String,
    /// Schedule lines, in the flyer's language.
    pub when: Vec<PrintLine>,
    /// The venue's name (the address is one scan away).
    #[serde(rename = "where")]
    pub place: String,
    /// The style of title and summary.
    #[serde(flatten)]
    pub style: LangStyle,
    /// The style of the schedule lines.
    pub when_lang: LangStyle,
    /// "Listen on the website", when the text has a recording in the
    /// column's language (a speaker pictogram shows it).
    pub listen: Option<String>,
}

/// An offering on a district flyer: a cell per column.
#[derive(Serialize, Debug)]
pub struct Item {
    /// One per column.
    pub cells: Vec<Cell>,
}

/// The offerings of one category on a district flyer.
#[derive(Serialize, Debug)]
pub struct Group {
    /// Pictogram (a virtual path such as `/icons/book.svg`).
    pub icon: String,
    /// The category's label per column.
    pub labels: Vec<String>,
    /// The offerings.
    pub items: Vec<Item>,
}

/// A line of the contact box.
#[derive(Serialize, Debug)]
pub struct ContactLine {
    /// "Phone", "E-mail" or empty.
    pub label: String,
    /// The value.
    pub value: String,
}

/// The district office's contact box.
#[derive(Serialize, Debug)]
pub struct ContactBox {
    /// Its heading per column.
    pub headings: Vec<String>,
    /// Its lines.
    pub lines: Vec<ContactLine>,
}

/// The QR code and what it leads to.
#[derive(Serialize, Debug)]
pub struct Qr {
    /// The image (virtual path `/qr.svg`).
    pub path: &'static str,
    /// The address it encodes.
    pub url: String,
    /// "Scan for more" per column (district flyers only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub captions: Option<Vec<String>>,
    /// Its alternative text for screen readers ("QR code: link to …").
    pub alt: String,
}

/// `data.json` of `district.typ`: a district in one or two languages.
#[derive(Serialize, Debug)]
pub struct DistrictFlyer {
    /// `a4` or `a5`.
    pub paper: &'static str,
    /// Document title.
    pub title: String,
    /// Document author (the site's title).
    pub author: String,
    /// The style of each column.
    pub columns: Vec<LangStyle>,
    /// The district's name per column.
    pub names: Vec<String>,
    /// The subtitle per column.
    pub headings: Vec<String>,
    /// Offerings by category.
    pub groups: Vec<Group>,
    /// The district office.
    pub contact: ContactBox,
    /// The style of the contact lines.
    pub contact_lang: LangStyle,
    /// The QR code to the district's page.
    pub qr: Qr,
    /// The footer line.
    pub footer: String,
    /// Its style.
    pub footer_lang: LangStyle,
    /// The style of venue names and addresses (the default language's).
    pub place_lang: LangStyle,
    /// How loosely the flyer is set: 1 normally; Quartier lays a flyer out
    /// again, tighter or looser, when its last page would be nearly empty.
    pub scale: f64,
}

/// A fact of an information sheet ("When", "Where", …).
#[derive(Serialize, Debug)]
pub struct Fact {
    /// Its label.
    pub label: String,
    /// Its lines.
    pub lines: Vec<PrintLine>,
    /// The lines are a venue's name and address (set in `place_lang`).
    pub place: bool,
}

/// One language's block of an information sheet: its text and its facts,
/// all in that language.
#[derive(Serialize, Debug)]
pub struct SheetBlock {
    /// The language's own name.
    pub name: String,
    /// The category's label.
    pub kind: String,
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: String,
    /// The facts (when, where, cost, childcare, registration; the first
    /// block also for whom, languages and contact).
    pub facts: Vec<Fact>,
    /// "Scan the code: …" in this language.
    pub scan: String,
    /// The style of the block.
    #[serde(flatten)]
    pub style: LangStyle,
    /// "Listen on the website", when the text has a recording in this
    /// language.
    pub listen: Option<String>,
}

/// `data.json` of `sheet.typ`: one offering in every language it has.
#[derive(Serialize, Debug)]
pub struct SheetFlyer {
    /// Title in the default language.
    pub title: String,
    /// Document author (the site's title).
    pub author: String,
    /// The pictogram of the offering's category.
    pub icon: String,
    /// Its alternative text (the category's name).
    pub icon_alt: String,
    /// The default language's block.
    pub main: SheetBlock,
    /// The other languages' blocks, in the site's order.
    pub translations: Vec<SheetBlock>,
    /// The QR code to the offering's language chooser.
    pub qr: Qr,
    /// The style of venue names and addresses (the default language's).
    pub place_lang: LangStyle,
    /// How loosely the sheet is set (see [`DistrictFlyer::scale`]).
    pub scale: f64,
}

fn plain(s: String) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
}

fn line(label: String, time: String) -> PrintLine {
    PrintLine { label, time }
}

/// Schedule lines for print, as short as they can be: weekdays with the same
/// times share a line ("Monday and Wednesday 09:00–11:30").
fn print_when(site: &Site, schedule: &Schedule, lang: usize) -> Vec<PrintLine> {
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
        let mut out: Vec<PrintLine> = groups
            .into_iter()
            .map(|(_, days)| {
                let time = full
                    .iter()
                    .find(|l| l.kind == "day" && l.label == days[0])
                    .map(|l| plain(l.time.clone()))
                    .unwrap_or_default();
                line(f.list(&days), time)
            })
            .collect();
        if *interval > 1 {
            out.extend(
                full.into_iter()
                    .filter(|l| l.kind == "rule")
                    .map(|l| line(plain(l.label), String::new())),
            );
        }
        return out;
    }
    when_lines(schedule, schedule.describe(f, &site.strings, lang))
}

/// Schedule lines for print: days and rules, without "every week" where the
/// weekdays already say it.
fn when_lines(schedule: &Schedule, lines: Vec<WhenLine>) -> Vec<PrintLine> {
    let every_week = matches!(schedule, Schedule::Weekly { interval: 1, .. });
    lines
        .into_iter()
        .filter(|l| l.kind == "day" || (l.kind == "rule" && !every_week))
        .map(|l| line(plain(l.label), plain(l.time)))
        .collect()
}

/// A venue's name and address, or "online", or nothing.
fn place_text(site: &Site, o: &Offering, lang: usize) -> String {
    match (&o.place, &o.online) {
        (Some(p), _) => site
            .places
            .get(p)
            .map(labels::place_line)
            .unwrap_or_default(),
        (None, Some(_)) => site.strings.get(lang, "place-online", None, false),
        _ => String::new(),
    }
}

/// One offering's cell on a district flyer, in language `lang` (its text
/// falls back to the default language, with that language's direction).
fn cell(site: &Site, styles: &Styles, o: &Offering, lang: usize) -> Cell {
    let cfg = &site.config;
    let (title, summary, tl) = match o.texts.show(lang, cfg.default_language) {
        Some(s) => (s.text.title.clone(), s.text.summary.clone(), s.text.lang),
        None => (o.id.clone(), String::new(), cfg.default_language),
    };
    Cell {
        title,
        summary,
        when: print_when(site, &o.schedule, lang),
        place: match (&o.place, &o.online) {
            (Some(p), _) => site
                .places
                .get(p)
                .map(|p| p.name.clone())
                .unwrap_or_default(),
            (None, Some(_)) => site.strings.get(lang, "place-online", None, false),
            _ => String::new(),
        },
        style: styles.get(tl),
        // Schedule lines are in the flyer's language even when the text is not.
        when_lang: styles.get(lang),
        listen: listen_note(site, o, lang),
    }
}

/// "Listen on the website" in `lang`, when the offering's text in `lang`
/// has a recording.
fn listen_note(site: &Site, o: &Offering, lang: usize) -> Option<String> {
    o.texts
        .by_lang
        .get(lang)?
        .as_ref()?
        .recording
        .as_ref()
        .map(|_| site.strings.get(lang, "listen-print", None, false))
}

/// The pictogram of category `c`, or the generic one when the theme lacks it.
fn icon_path(site: &Site, c: usize) -> String {
    let icon = labels::icon(site, c);
    let name = if site.theme.icons.contains_key(icon) {
        icon
    } else {
        "generic"
    };
    format!("/icons/{name}.svg")
}

/// "QR code: link to …" in language `lang`.
fn qr_alt(site: &Site, lang: usize, url: &str) -> String {
    site.strings
        .get1(lang, "print-qr-alt", "url", url.to_string().into(), false)
}

/// The lines of a district office's contact box: the office, where it is
/// (its address only when the place has the office's name), phone, e-mail.
fn contact_lines(site: &Site, c: &crate::model::Contact, lang: usize) -> Vec<ContactLine> {
    let s = &site.strings;
    let mut lines = Vec::new();
    let mut add = |label: String, value: String| lines.push(ContactLine { label, value });
    if let Some(n) = &c.name {
        add(String::new(), n.clone());
    }
    if let Some(p) = c.place.as_ref().and_then(|p| site.places.get(p)) {
        let same = c.name.as_deref().is_some_and(|n| n.trim() == p.name.trim());
        match (&p.address, same) {
            (Some(a), true) => add(String::new(), a.clone()),
            (None, true) => {}
            _ => add(String::new(), labels::place_line(p)),
        }
    }
    if let Some(p) = &c.phone {
        add(s.get(lang, "contact-phone", None, false), p.clone());
    }
    if let Some(e) = &c.email {
        add(s.get(lang, "contact-email", None, false), e.clone());
    }
    lines
}

/// The data of a district's flyer in language `lang` (beside the default
/// language when `bilingual`).
pub fn district(
    site: &Site,
    styles: &Styles,
    d: usize,
    lang: usize,
    bilingual: bool,
) -> DistrictFlyer {
    let cfg = &site.config;
    let dist = &site.districts[d];
    let langs: Vec<usize> = if bilingual {
        vec![cfg.default_language, lang]
    } else {
        vec![lang]
    };
    let s = &site.strings;
    let per_column = |f: &dyn Fn(usize) -> String| langs.iter().map(|l| f(*l)).collect();
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
        groups.push(Group {
            icon: icon_path(site, c),
            labels: per_column(&|l| labels::category(site, c, l)),
            items: offerings
                .iter()
                .map(|o| Item {
                    cells: langs.iter().map(|l| cell(site, styles, o, *l)).collect(),
                })
                .collect(),
        });
    }
    let code = &cfg.languages[lang].code;
    // Names and addresses are German text; phone numbers and e-mail
    // addresses are always set left to right, also inside Arabic text.
    let lines = dist
        .contact
        .as_ref()
        .map(|c| contact_lines(site, c, lang))
        .unwrap_or_default();
    let site_title = s.get(lang, "site-title", None, false);
    let mut footer_args = fluent_bundle::FluentArgs::new();
    footer_args.set("site", site_title.clone());
    footer_args.set("date", site.formats[lang].date(site.today));
    let qr_url = url::absolute(
        &cfg.base_url,
        &url::in_language(code, &url::district(&dist.id)),
    );
    DistrictFlyer {
        paper: match cfg.flyers.paper {
            crate::config::Paper::A4 => "a4",
            crate::config::Paper::A5 => "a5",
        },
        title: format!("{} – {}", site.district_name(dist, lang), site_title),
        author: site_title,
        columns: langs.iter().map(|l| styles.get(*l)).collect(),
        names: per_column(&|l| site.district_name(dist, l)),
        headings: per_column(&|l| s.get(l, "flyer-subtitle", None, false)),
        groups,
        contact: ContactBox {
            headings: per_column(&|l| s.get(l, "flyer-contact", None, false)),
            lines,
        },
        contact_lang: styles.get(lang),
        qr: Qr {
            path: "/qr.svg",
            alt: qr_alt(site, lang, &qr_url),
            url: qr_url,
            captions: Some(per_column(&|l| s.get(l, "flyer-scan", None, false))),
        },
        footer: s.get(lang, "flyer-footer", Some(&footer_args), false),
        footer_lang: styles.get(lang),
        place_lang: styles.get(cfg.default_language),
        scale: 1.0,
    }
}

/// The facts of offering `off` in language `lang`: when, where, cost,
/// childcare and registration; with `all`, also for whom, the languages
/// spoken and the contact.
fn facts(site: &Site, off: &Offering, lang: usize, all: bool) -> Vec<Fact> {
    let s = &site.strings;
    let f = &site.formats[lang];
    let mut facts = vec![Fact {
        label: s.get(lang, "fact-when", None, false),
        lines: print_when(site, &off.schedule, lang),
        place: false,
    }];
    let mut add = |key: &str, value: Option<String>| {
        if let Some(v) = value.filter(|v| !v.is_empty()) {
            facts.push(Fact {
                label: s.get(lang, key, None, false),
                lines: vec![line(v, String::new())],
                place: key == "fact-where" && off.place.is_some(),
            });
        }
    };
    add("fact-where", Some(place_text(site, off, lang)));
    if all {
        let audience: Vec<String> = off
            .audience
            .iter()
            .map(|a| labels::audience(site, *a, lang))
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
    }
    let word = |yes: bool, y: &str, n: &str| s.get(lang, if yes { y } else { n }, None, false);
    add(
        "fact-cost",
        off.cost.as_ref().map(|c| match c {
            crate::model::Cost::Free => s.get(lang, "cost-free", None, false),
            crate::model::Cost::Amount { amount, currency } => {
                format!("{} {currency}", f.amount(*amount))
            }
        }),
    );
    add(
        "fact-childcare",
        off.childcare
            .map(|c| word(c, "childcare-yes", "childcare-no")),
    );
    add(
        "fact-registration",
        off.registration
            .map(|r| word(r, "registration-required", "registration-not-required")),
    );
    if all {
        let contact = off.contact.as_ref().map(|c| {
            [c.name.clone(), c.phone.clone(), c.email.clone()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" · ")
        });
        add("fact-contact", contact);
    }
    facts
}

/// The data of an offering's multilingual information sheet: a block per
/// language it is written in, each with its facts in that language.
pub fn sheet(site: &Site, styles: &Styles, d: usize, o: usize) -> SheetFlyer {
    let cfg = &site.config;
    let dist = &site.districts[d];
    let off = &dist.offerings[o];
    let def = cfg.default_language;
    let s = &site.strings;
    let block =
        |lang: usize, title: String, summary: String, style_lang: usize, all: bool| SheetBlock {
            name: cfg.languages[lang].endonym.clone(),
            kind: labels::category(site, off.category, lang),
            title,
            summary,
            facts: facts(site, off, lang, all),
            scan: s.get(lang, "print-scan-language", None, false),
            style: styles.get(style_lang),
            listen: listen_note(site, off, lang),
        };
    let main = match off.texts.show(def, def) {
        Some(t) => block(
            def,
            t.text.title.clone(),
            t.text.summary.clone(),
            t.text.lang,
            true,
        ),
        None => block(def, off.id.clone(), String::new(), def, true),
    };
    let translations: Vec<SheetBlock> = off
        .texts
        .by_lang
        .iter()
        .flatten()
        .filter(|t| t.lang != def)
        .map(|t| block(t.lang, t.title.clone(), t.summary.clone(), t.lang, false))
        .collect();
    let qr_url = url::absolute(&cfg.base_url, &url::offering_languages(&dist.id, &off.id));
    SheetFlyer {
        author: s.get(def, "site-title", None, false),
        icon: icon_path(site, off.category),
        icon_alt: labels::category(site, off.category, def),
        title: main.title.clone(),
        main,
        translations,
        qr: Qr {
            path: "/qr.svg",
            alt: qr_alt(site, def, &qr_url),
            url: qr_url,
            captions: None,
        },
        place_lang: styles.get(def),
        scale: 1.0,
    }
}

/// One language of a poster.
#[derive(Serialize, Debug)]
pub struct PosterPart {
    /// The category's label.
    pub kind: String,
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: String,
    /// "When" and "Where" with their lines, in this language.
    pub facts: Vec<Fact>,
    /// "Scan the code: …" in this language.
    pub scan: String,
    /// The style of the text (its language when written, else the default
    /// language's).
    #[serde(flatten)]
    pub style: LangStyle,
    /// The style of the facts and the caption (always this language).
    pub facts_lang: LangStyle,
    /// "Listen on the website", when the text has a recording in this
    /// language.
    pub listen: Option<String>,
}

/// `data.json` of `poster.typ`: one offering, big, for a notice board.
#[derive(Serialize, Debug)]
pub struct PosterFlyer {
    /// `a4` or `a3`.
    pub paper: &'static str,
    /// Document title.
    pub title: String,
    /// Document author (the site's title).
    pub author: String,
    /// The pictogram of the offering's category.
    pub icon: String,
    /// Its alternative text (the category's name).
    pub icon_alt: String,
    /// One part per language: the default language first when bilingual.
    pub parts: Vec<PosterPart>,
    /// The QR code to the offering's page in the poster's language.
    pub qr: Qr,
    /// The footer line (site and date).
    pub footer: String,
    /// Its style.
    pub footer_lang: LangStyle,
    /// The style of venue names and addresses (the default language's).
    pub place_lang: LangStyle,
    /// How loosely the poster is set (see [`DistrictFlyer::scale`]).
    pub scale: f64,
}

/// The data of an offering's poster in language `lang` (below the default
/// language when `bilingual`).
pub fn poster(
    site: &Site,
    styles: &Styles,
    d: usize,
    o: usize,
    lang: usize,
    bilingual: bool,
    a3: bool,
) -> PosterFlyer {
    let cfg = &site.config;
    let dist = &site.districts[d];
    let off = &dist.offerings[o];
    let def = cfg.default_language;
    let s = &site.strings;
    let langs: Vec<usize> = if bilingual {
        vec![def, lang]
    } else {
        vec![lang]
    };
    let parts = langs
        .iter()
        .map(|&l| {
            let (title, summary, tl) = match off.texts.show(l, def) {
                Some(t) => (t.text.title.clone(), t.text.summary.clone(), t.text.lang),
                None => (off.id.clone(), String::new(), def),
            };
            let mut facts = vec![Fact {
                label: s.get(l, "fact-when", None, false),
                lines: print_when(site, &off.schedule, l),
                place: false,
            }];
            let place = place_text(site, off, l);
            if !place.is_empty() {
                facts.push(Fact {
                    label: s.get(l, "fact-where", None, false),
                    lines: vec![line(place, String::new())],
                    place: off.place.is_some(),
                });
            }
            PosterPart {
                kind: labels::category(site, off.category, l),
                title,
                summary,
                facts,
                scan: s.get(l, "print-scan-language", None, false),
                style: styles.get(tl),
                facts_lang: styles.get(l),
                listen: listen_note(site, off, l),
            }
        })
        .collect();
    let code = &cfg.languages[lang].code;
    let qr_url = url::absolute(
        &cfg.base_url,
        &url::in_language(code, &url::offering(&dist.id, &off.id)),
    );
    let site_title = s.get(lang, "site-title", None, false);
    let mut footer_args = fluent_bundle::FluentArgs::new();
    footer_args.set("site", site_title.clone());
    footer_args.set("date", site.formats[lang].date(site.today));
    let title = off
        .texts
        .show(lang, def)
        .map(|t| t.text.title.clone())
        .unwrap_or_else(|| off.id.clone());
    PosterFlyer {
        paper: if a3 { "a3" } else { "a4" },
        title: format!("{title} – {site_title}"),
        author: site_title,
        icon: icon_path(site, off.category),
        icon_alt: labels::category(site, off.category, lang),
        parts,
        qr: Qr {
            path: "/qr.svg",
            alt: qr_alt(site, lang, &qr_url),
            url: qr_url,
            captions: None,
        },
        footer: s.get(lang, "flyer-footer", Some(&footer_args), false),
        footer_lang: styles.get(lang),
        place_lang: styles.get(def),
        scale: 1.0,
    }
}
