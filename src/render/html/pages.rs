//! Builders of the views: one per page kind, and the parts pages share
//! (chrome, cards, "what's on", facts, contacts, flyer links). Every link
//! is named by [`crate::url`].

use fluent_bundle::FluentArgs;

use super::views::*;
use super::{Facts, Upcoming, WHATS_ON_DISTRICT_MAX, WHATS_ON_MAX};
use crate::escape::html as escape_html;
use crate::markdown;
use crate::model::{Contact, Cost, Offering, Place, Shown, Site, Texts, AUDIENCES};
use crate::render::{labels, listing, FlyerSizes};
use crate::url::{self, FlyerKind, Links, PageKind};

fn lang_view(site: &Site, i: usize) -> LangView {
    let l = &site.config.languages[i];
    LangView {
        code: l.code.clone(),
        dir: l.dir.as_str(),
        name: l.endonym.clone(),
    }
}

/// An offering's title in every language, each linking to its page.
fn offering_languages(site: &Site, d: usize, o: usize, root: &str) -> LanguagesView {
    let dist = &site.districts[d];
    let off = &dist.offerings[o];
    let def = site.config.default_language;
    let title_in = |lang: usize| match off.texts.show(lang, def) {
        Some(s) => (s.text.title.clone(), s.text.lang),
        None => (off.id.clone(), def),
    };
    LanguagesView {
        title: title_in(def).0,
        entries: (0..site.config.languages.len())
            .map(|lang| {
                let (title, tl) = title_in(lang);
                let links = Links {
                    root,
                    code: &site.config.languages[lang].code,
                };
                LanguageEntry {
                    lang: lang_view(site, lang),
                    url: links.page(&url::offering(&dist.id, &off.id)),
                    title,
                    title_lang: lang_view(site, tl),
                }
            })
            .collect(),
    }
}

fn text_view<'a>(site: &'a Site, shown: Shown<'a>, root: &str, lang: usize) -> TextView<'a> {
    let t = shown.text;
    let l = &site.config.languages[t.lang];
    TextView {
        title: &t.title,
        summary: &t.summary,
        summary_html: match &t.summary_html {
            Some(h) => markdown::localize(h, root, &site.config.languages[lang].code),
            None => escape_html(&t.summary),
        },
        body: markdown::localize(&t.body, root, &site.config.languages[lang].code),
        lang: &l.code,
        lang_name: &l.endonym,
        dir: l.dir.as_str(),
        fallback: shown.fallback,
        machine_translated: t.machine_translated,
        recording: t
            .recording
            .as_ref()
            .filter(|_| !shown.fallback)
            .map(|r| RecordingView {
                url: url::link(root, &url::recording(&r.path)),
                mime: r.format.mime(),
                duration: labels::duration(site, lang, r.seconds),
                duration_iso: labels::duration_iso(r.seconds),
                size: labels::recording_size(site, lang, r),
                bytes: r.bytes,
            }),
        read_aloud: !shown.fallback && t.recording.is_none(),
    }
}

fn texts_view<'a>(
    site: &'a Site,
    texts: &'a Texts,
    root: &str,
    lang: usize,
) -> Option<TextView<'a>> {
    texts
        .show(lang, site.config.default_language)
        .map(|s| text_view(site, s, root, lang))
}

/// What every page of language `lang` shows whose links start with `root`:
/// languages, navigation, categories and the site's links. Built once per
/// language and folder depth; fragments are added by the engine.
pub(super) fn chrome(site: &Site, facts: &Facts, lang: usize, root: &str) -> Chrome {
    let cfg = &site.config;
    let links = Links {
        root,
        code: &cfg.languages[lang].code,
    };
    let nav_pages = site
        .pages
        .iter()
        .filter_map(|p| {
            let t = p.texts.show(lang, cfg.default_language)?;
            let l = &cfg.languages[t.text.lang];
            Some(NavPage {
                url: links.page(&url::free_page(&p.id)),
                title: t.text.title.clone(),
                lang: l.code.clone(),
                dir: l.dir.as_str(),
            })
        })
        .collect();
    let nav_districts = site
        .districts
        .iter()
        .map(|d| NavDistrict {
            url: links.page(&url::district(&d.id)),
            name: site.district_name(d, lang),
        })
        .collect();
    let categories = (0..cfg.categories.len())
        .map(|c| CategoryView {
            id: cfg.categories[c].id.clone(),
            icon: labels::icon(site, c).to_string(),
            label: labels::category(site, c, lang),
            url: links.page(&url::category(&cfg.categories[c].id)),
            count: facts.category_counts[c],
        })
        .collect();
    let site_title = if site.strings.has(lang, "site-title") {
        site.strings.get(lang, "site-title", None, false)
    } else {
        cfg.title.clone()
    };
    Chrome {
        lang: lang_view(site, lang),
        default_lang: lang_view(site, cfg.default_language),
        languages: (0..cfg.languages.len())
            .map(|i| lang_view(site, i))
            .collect(),
        root: root.to_string(),
        base_url: cfg.base_url.clone(),
        site_title,
        nav_pages,
        nav_districts,
        categories,
        home_url: links.page(url::HOME),
        feed_url: links.file(&url::feed(links.code)),
        calendar_url: links.page(&url::calendar(url::HOME)),
        calendar_webcal: webcal(site, lang, &url::calendar(url::HOME)),
        archive_url: links.page(url::ARCHIVE),
        has_archive: facts.has_archive,
        offerings_url: links.page(url::OFFERINGS),
        search_url: links.page(url::SEARCH),
        glossary_url: (!site.glossary.terms.is_empty()).then(|| links.page(url::GLOSSARY)),
        fragments: Default::default(),
    }
}

/// The link root of a page: `../` once per folder, or the base path for
/// the 404 page, which is served for any missing address.
/// `path` is the page's path below `/<lang>/`.
pub(super) fn root(site: &Site, kind: PageKind, path: &str) -> String {
    match kind {
        PageKind::NotFound => url::base_path(&site.config.base_url),
        PageKind::Chooser => String::new(),
        _ => url::page_root(path),
    }
}

/// Where a page sits in the chrome's lists, so its entry is marked.
pub(super) fn marks(site: &Site, kind: PageKind, lang: usize) -> [Option<usize>; 3] {
    match kind {
        // nav_pages holds only the pages shown in this language.
        PageKind::Page(p) => [
            Some(
                site.pages[..p]
                    .iter()
                    .filter(|x| x.texts.show(lang, site.config.default_language).is_some())
                    .count(),
            ),
            None,
            None,
        ],
        PageKind::District(d) | PageKind::Offering(d, _) => [None, Some(d), None],
        PageKind::Category(c) => [None, None, Some(c)],
        _ => [None; 3],
    }
}

/// The name of a page kind, as `data-page` on `<body>` (for themes and tests).
pub(super) fn kind_name(kind: PageKind) -> &'static str {
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
        PageKind::Offline => "offline",
        PageKind::Glossary => "glossary",
        PageKind::OfferingLanguages(..) => "languages",
    }
}

/// The template of a page kind.
pub(super) fn template(kind: PageKind) -> &'static str {
    match kind {
        PageKind::Chooser => "chooser.html",
        PageKind::NotFound => "404.html",
        PageKind::Home => "home.html",
        PageKind::District(_) => "district.html",
        PageKind::Offering(..) => "offering.html",
        PageKind::Category(_) => "category.html",
        PageKind::Page(_) => "page.html",
        PageKind::Archive => "archive.html",
        PageKind::Offerings => "offerings.html",
        PageKind::Audience(_) => "audience.html",
        PageKind::Search => "search.html",
        PageKind::Offline => "offline.html",
        PageKind::Glossary => "glossary.html",
        PageKind::OfferingLanguages(..) => "languages.html",
    }
}

/// What a page of `kind` shows besides the chrome.
pub(super) fn body<'a>(
    site: &'a Site,
    facts: &Facts,
    kind: PageKind,
    lang: usize,
    root: &str,
    sizes: &FlyerSizes,
) -> Body<'a> {
    let links = Links {
        root,
        code: &site.config.languages[lang].code,
    };
    match kind {
        PageKind::Chooser | PageKind::NotFound | PageKind::Offline => Body::Plain {},
        PageKind::OfferingLanguages(d, o) => Body::Languages(offering_languages(site, d, o, root)),
        PageKind::Glossary => Body::Glossary(glossary(site, lang)),
        PageKind::Home => Body::Home(Box::new(home(site, facts, lang, &links))),
        PageKind::District(d) => {
            Body::District(Box::new(district(site, facts, d, lang, &links, sizes)))
        }
        PageKind::Offering(d, o) => {
            Body::Offering(Box::new(offering(site, d, o, lang, &links, sizes)))
        }
        PageKind::Category(c) => Body::Grouped(GroupedView {
            label: Some(labels::category(site, c, lang)),
            icon: Some(labels::icon(site, c)),
            audiences: None,
            groups: by_district(site, &links, lang, |o| {
                o.category == c && site.is_current(o)
            }),
        }),
        PageKind::Archive => Body::Grouped(GroupedView {
            label: None,
            icon: None,
            audiences: None,
            groups: by_district(site, &links, lang, |o| !site.is_current(o)),
        }),
        PageKind::Page(p) => Body::Page {
            text: texts_view(site, &site.pages[p].texts, root, lang),
        },
        PageKind::Audience(a) => Body::Grouped(GroupedView {
            label: Some(labels::audience(site, a, lang)),
            icon: None,
            audiences: Some(audiences(site, kind, lang, &links)),
            groups: by_district(site, &links, lang, |o| {
                o.audience.contains(&a) && site.is_current(o)
            }),
        }),
        PageKind::Offerings => {
            let offerings = listing::current_offerings(site);
            let cards = offerings
                .iter()
                .map(|o| CardView {
                    facets: Some(listing::facets(site, o)),
                    ..card(site, o, &links, lang)
                })
                .collect();
            Body::Offerings(Box::new(OfferingsView {
                audiences: audiences(site, kind, lang, &links),
                filters: listing::filter_options(site, lang, &offerings),
                offerings: cards,
                count_patterns: listing::count_patterns(
                    site,
                    lang,
                    "offerings-count",
                    offerings.len(),
                ),
            }))
        }
        PageKind::Search => Body::Search(SearchView {
            audiences: audiences(site, kind, lang, &links),
            index_url: links.file(&url::search_index(links.code)),
            count_patterns: listing::count_patterns(
                site,
                lang,
                "search-results",
                crate::render::search::MAX_RESULTS,
            ),
        }),
    }
}

/// The glossary page of `lang`: every term, sorted for its readers.
pub(crate) fn glossary(site: &Site, lang: usize) -> GlossaryView {
    let def = site.config.default_language;
    let g = &site.glossary;
    let def_code = &site.config.languages[def].code;
    let mut terms: Vec<GlossaryEntry> = g
        .terms
        .iter()
        .map(|t| {
            let name = g.name(t, lang, def).unwrap_or(&t.term);
            let explained = g.explanation(t, lang, def);
            let el = explained.map_or(lang, |(_, l)| l);
            GlossaryEntry {
                id: t.id.clone(),
                name: name.to_string(),
                name_is_term: name == t.term,
                term: t.term.clone(),
                article: t.article.clone(),
                plural: t.plural.clone(),
                term_lang: def_code.clone(),
                explain: explained.and_then(|(x, _)| x.explain.clone()),
                explain_lang: site.config.languages[el].code.clone(),
                explain_dir: site.config.languages[el].dir.as_str(),
                fallback: el != lang,
                machine_translated: explained.is_some_and(|(x, _)| x.machine_translated),
            }
        })
        .collect();
    crate::glossary::sort_for(&site.config.languages[lang].locale, &mut terms, |e| {
        e.name.as_str()
    });
    GlossaryView {
        fallback_lang_name: terms
            .iter()
            .any(|t| t.fallback)
            .then(|| site.config.languages[def].endonym.clone()),
        machine_translated: terms.iter().any(|t| t.machine_translated),
        terms,
    }
}

fn home<'a>(site: &'a Site, facts: &Facts, lang: usize, links: &Links) -> HomeView<'a> {
    let districts = site
        .districts
        .iter()
        .map(|d| {
            let t = texts_view(site, &d.texts, links.root, lang);
            DistrictCard {
                url: links.page(&url::district(&d.id)),
                name: site.district_name(d, lang),
                summary: t.as_ref().map(|t| t.summary),
                summary_lang: t.as_ref().map(|t| t.lang),
                summary_dir: t.as_ref().map(|t| t.dir),
                count: d.offerings.iter().filter(|o| site.is_current(o)).count(),
            }
        })
        .collect();
    HomeView {
        intro: texts_view(site, &site.home, links.root, lang),
        districts,
        whats_on: whats_on(site, &facts.upcoming, links, lang, None, WHATS_ON_MAX),
    }
}

fn district<'a>(
    site: &'a Site,
    facts: &Facts,
    d: usize,
    lang: usize,
    links: &Links,
    sizes: &FlyerSizes,
) -> DistrictView<'a> {
    let cfg = &site.config;
    let dist = &site.districts[d];
    let groups = (0..cfg.categories.len())
        .filter_map(|c| {
            let cards: Vec<CardView> = dist
                .offerings
                .iter()
                .filter(|o| o.category == c && site.is_current(o))
                .map(|o| card(site, o, links, lang))
                .collect();
            (!cards.is_empty()).then(|| CategoryGroup {
                id: &cfg.categories[c].id,
                label: labels::category(site, c, lang),
                icon: labels::icon(site, c),
                url: links.page(&url::category(&cfg.categories[c].id)),
                offerings: cards,
            })
        })
        .collect();
    DistrictView {
        name: site.district_name(dist, lang),
        intro: texts_view(site, &dist.texts, links.root, lang),
        contact: dist.contact.as_ref().map(|c| contact_view(site, c)),
        groups,
        count: dist.offerings.iter().filter(|o| site.is_current(o)).count(),
        whats_on: whats_on(
            site,
            &facts.upcoming,
            links,
            lang,
            Some(d),
            WHATS_ON_DISTRICT_MAX,
        ),
        district_calendar_url: links.page(&url::calendar(&url::district(&dist.id))),
        district_calendar_webcal: webcal(site, lang, &url::calendar(&url::district(&dist.id))),
        share_links: share_links(
            site,
            lang,
            PageKind::District(d),
            &site.district_name(dist, lang),
            "",
        ),
        flyers: district_flyers(site, d, lang, links, sizes),
    }
}

fn offering<'a>(
    site: &'a Site,
    d: usize,
    o: usize,
    lang: usize,
    links: &Links,
    sizes: &FlyerSizes,
) -> OfferingView<'a> {
    let dist = &site.districts[d];
    let off = &dist.offerings[o];
    let has_calendar = crate::render::has_calendar(site, off);
    let page = url::offering(&dist.id, &off.id);
    let next: Vec<NextDate> = site
        .next_dates(off)
        .iter()
        .map(|n| {
            let label = match n.until {
                Some(u) => {
                    let mut args = FluentArgs::new();
                    args.set("start", site.formats[lang].date(n.date));
                    args.set("end", site.formats[lang].date(u));
                    site.strings.get(lang, "schedule-period", Some(&args), true)
                }
                None => labels::day(site, lang, n.date),
            };
            NextDate {
                label,
                time: labels::time(site, lang, &n.times),
                ics: has_calendar
                    .then(|| links.page(&url::occurrence_calendar(&page, &n.date.to_string()))),
            }
        })
        .collect();
    let title = off
        .texts
        .show(lang, site.config.default_language)
        .map_or(off.id.as_str(), |t| t.text.title.as_str());
    let when = next.first().map_or(String::new(), |n| {
        [n.label.as_str(), n.time.as_str()]
            .iter()
            .filter(|x| !x.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(", ")
    });
    let share_links = share_links(site, lang, PageKind::Offering(d, o), title, &when);
    OfferingView {
        district: NamedLink {
            name: site.district_name(dist, lang),
            url: links.page(&url::district(&dist.id)),
        },
        text: texts_view(site, &off.texts, links.root, lang),
        facts: offering_facts(site, off, lang),
        next,
        over: !site.is_current(off),
        repeats: matches!(
            off.schedule,
            crate::schedule::Schedule::Weekly { .. }
                | crate::schedule::Schedule::Monthly { .. }
                | crate::schedule::Schedule::Dates(_)
        ),
        offering_calendar_url: has_calendar.then(|| links.page(&url::calendar(&page))),
        offering_calendar_webcal: has_calendar.then(|| webcal(site, lang, &url::calendar(&page))),
        share_links,
        sheet: flyer_link(
            site,
            lang,
            links,
            sizes,
            FlyerKind::Sheet {
                district: d,
                offering: o,
            },
            site.strings.get(lang, "info-sheet", None, false),
            "",
        ),
        posters: poster_links(site, d, o, lang, links, sizes),
    }
}

/// The `webcal://` address of the calendar at `below` (below `/<lang>/`).
fn webcal(site: &Site, lang: usize, below: &str) -> String {
    let code = &site.config.languages[lang].code;
    url::webcal(&url::absolute(
        &site.config.base_url,
        &url::in_language(code, below),
    ))
}

/// Links that pass page `kind` on: `title`, `when` (may be empty) and the
/// page's address, in WhatsApp, Telegram, an SMS and an e-mail.
fn share_links(site: &Site, lang: usize, kind: PageKind, title: &str, when: &str) -> ShareLinks {
    let address = kind.canonical(site, lang);
    let head: Vec<&str> = [title, when]
        .into_iter()
        .filter(|x| !x.is_empty())
        .collect();
    let head = head.join("\n");
    let text = format!("{head}\n{address}");
    let q = url::query_text;
    let body = q(&text);
    ShareLinks {
        whatsapp: format!("https://wa.me/?text={body}"),
        telegram: format!(
            "https://t.me/share/url?url={}&text={}",
            q(&address),
            q(&head)
        ),
        sms: format!("sms:?&body={body}"),
        email: format!("mailto:?subject={}&body={body}", q(title)),
        url: address,
        text,
        title: title.to_string(),
    }
}

/// What a shared link to page `kind` in language `lang` shows: its title,
/// a sentence, its locale and its share image (when `sizes` names it).
pub(super) fn share_meta(
    site: &Site,
    kind: PageKind,
    lang: usize,
    sizes: &FlyerSizes,
) -> ShareMeta {
    let cfg = &site.config;
    let locale = labels::og_locale(&cfg.languages[lang].code);
    let site_title = if site.strings.has(lang, "site-title") {
        site.strings.get(lang, "site-title", None, false)
    } else {
        cfg.title.clone()
    };
    let shown = |texts: &Texts| {
        texts
            .show(lang, cfg.default_language)
            .map(|t| (t.text.title.clone(), t.text.summary.clone()))
    };
    let (title, description) = match kind {
        PageKind::Offering(d, o) => {
            let off = &site.districts[d].offerings[o];
            shown(&off.texts).unwrap_or_else(|| (off.id.clone(), String::new()))
        }
        PageKind::District(d) => {
            let dist = &site.districts[d];
            let summary = shown(&dist.texts).map(|t| t.1).unwrap_or_default();
            (site.district_name(dist, lang), summary)
        }
        PageKind::Page(p) => shown(&site.pages[p].texts).unwrap_or_default(),
        PageKind::Category(c) => (labels::category(site, c, lang), String::new()),
        PageKind::Audience(a) => (labels::audience(site, a, lang), String::new()),
        _ => (site_title.clone(), String::new()),
    };
    let title = if title.is_empty() || title == site_title {
        site_title.clone()
    } else {
        format!("{title} – {site_title}")
    };
    let of = crate::render::share_image_of(kind);
    let path = url::share_image(&cfg.languages[lang].code, &of.path(site));
    let image = (kind.per_language() && sizes.contains_key(&path)).then(|| ShareImage {
        url: url::absolute(&cfg.base_url, &path),
        width: crate::render::SHARE_IMAGE_SIZE.0,
        height: crate::render::SHARE_IMAGE_SIZE.1,
        alt: title.clone(),
    });
    ShareMeta {
        title,
        description,
        kind: if matches!(kind, PageKind::Offering(..)) {
            "article"
        } else {
            "website"
        },
        alternate_locales: {
            // A plain-language variant shares its base's locale (`de_DE`):
            // each locale once, never the page's own.
            let mut seen = vec![locale.clone()];
            (0..cfg.languages.len())
                .filter(|l| *l != lang && kind.per_language())
                .map(|l| labels::og_locale(&cfg.languages[l].code))
                .filter(|l| {
                    !seen.contains(l) && {
                        seen.push(l.clone());
                        true
                    }
                })
                .collect()
        },
        locale,
        image,
    }
}

/// The posters of an offering an offering page links: the page's language
/// first, then the default language's.
fn poster_links(
    site: &Site,
    d: usize,
    o: usize,
    lang: usize,
    links: &Links,
    sizes: &FlyerSizes,
) -> Vec<FlyerLink> {
    let cfg = &site.config;
    let mut kinds = crate::render::flyer::posters(site, d, o);
    kinds.sort_by_key(|k| match k {
        FlyerKind::Poster { lang: l, .. } => *l != lang,
        _ => true,
    });
    kinds
        .into_iter()
        .filter_map(|k| {
            let FlyerKind::Poster {
                lang: l,
                bilingual,
                a3,
                ..
            } = k
            else {
                return None;
            };
            if l != lang && l != cfg.default_language {
                return None;
            }
            let mut args = FluentArgs::new();
            args.set("paper", if a3 { "A3" } else { "A4" });
            let label = if bilingual {
                args.set("first", cfg.default_lang().endonym.clone());
                args.set("second", cfg.languages[l].endonym.clone());
                site.strings
                    .get(lang, "poster-bilingual", Some(&args), true)
            } else {
                args.set("language", cfg.languages[l].endonym.clone());
                site.strings.get(lang, "poster-single", Some(&args), true)
            };
            flyer_link(site, lang, links, sizes, k, label, &cfg.languages[l].code)
        })
        .collect()
}

/// The audiences with current offerings, for the list pages.
fn audiences(site: &Site, kind: PageKind, lang: usize, links: &Links) -> Vec<AudienceLink> {
    listing::audiences_in_use(site)
        .into_iter()
        .map(|a| AudienceLink {
            id: AUDIENCES[a],
            label: labels::audience(site, a, lang),
            url: links.page(&url::audience(AUDIENCES[a])),
            current: kind == PageKind::Audience(a),
        })
        .collect()
}

/// A link to the flyer `fk` when it was made (its label's language names
/// marked with their own language).
fn flyer_link(
    site: &Site,
    lang: usize,
    links: &Links,
    sizes: &FlyerSizes,
    fk: FlyerKind,
    label: String,
    hreflang: &str,
) -> Option<FlyerLink> {
    let cfg = &site.config;
    let path = fk.path(site);
    let size = sizes.get(&path)?;
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
    Some(FlyerLink {
        url: links.file(&path),
        label,
        label_html,
        size: size.map(|s| labels::file_size(site, lang, s)),
        hreflang: hreflang.to_string(),
    })
}

/// The flyers of a district page, in the page's language first.
fn district_flyers(
    site: &Site,
    d: usize,
    lang: usize,
    links: &Links,
    sizes: &FlyerSizes,
) -> FlyerLinks {
    let cfg = &site.config;
    let mut out = FlyerLinks::default();
    for (l, language) in cfg.languages.iter().enumerate() {
        let name = language.endonym.clone();
        let link = |bilingual, label| {
            let kind = FlyerKind::District {
                district: d,
                lang: l,
                bilingual,
            };
            flyer_link(site, lang, links, sizes, kind, label, &language.code)
        };
        let single = link(
            false,
            site.strings
                .get1(lang, "flyer-single", "language", name.clone().into(), true),
        );
        let mut args = FluentArgs::new();
        args.set("first", cfg.default_lang().endonym.clone());
        args.set("second", name);
        let both = link(
            true,
            site.strings.get(lang, "flyer-bilingual", Some(&args), true),
        );
        let target = if l == lang {
            &mut out.mine
        } else {
            &mut out.others
        };
        target.extend(single);
        target.extend(both);
    }
    out
}

/// Offering cards grouped by district, for the offerings `keep` selects.
fn by_district<'a>(
    site: &'a Site,
    links: &Links,
    lang: usize,
    keep: impl Fn(&Offering) -> bool,
) -> Vec<DistrictGroup<'a>> {
    site.districts
        .iter()
        .filter_map(|dist| {
            let cards: Vec<CardView> = dist
                .offerings
                .iter()
                .filter(|o| keep(o))
                .map(|o| card(site, o, links, lang))
                .collect();
            (!cards.is_empty()).then(|| DistrictGroup {
                name: site.district_name(dist, lang),
                url: links.page(&url::district(&dist.id)),
                offerings: cards,
            })
        })
        .collect()
}

/// Title, language, direction and whether it is a fallback, of the text an
/// offering shows in `lang` (its id when it has no text).
fn title_of<'a>(site: &'a Site, o: &'a Offering, lang: usize) -> (&'a str, &'a str, usize, bool) {
    match o.texts.show(lang, site.config.default_language) {
        Some(s) => (&s.text.title, &s.text.summary, s.text.lang, s.fallback),
        None => (&o.id, "", site.config.default_language, true),
    }
}

/// "What's on" in the coming fortnight, for the whole site or one district.
fn whats_on<'a>(
    site: &'a Site,
    upcoming: &[Upcoming],
    links: &Links,
    lang: usize,
    district: Option<usize>,
    max: usize,
) -> WhatsOn<'a> {
    let all: Vec<&Upcoming> = upcoming
        .iter()
        .filter(|u| district.is_none_or(|d| d == u.district))
        .collect();
    let mut days: Vec<(jiff::civil::Date, Vec<WhatsOnItem>)> = Vec::new();
    for u in all.iter().take(max) {
        let d = &site.districts[u.district];
        let o = &d.offerings[u.offering];
        if days.last().map(|(date, _)| *date) != Some(u.occurrence.date) {
            days.push((u.occurrence.date, Vec::new()));
        }
        let (title, _, tlang, fallback) = title_of(site, o, lang);
        let l = &site.config.languages[tlang];
        let item = WhatsOnItem {
            time: labels::time(site, lang, &u.occurrence.times),
            title,
            lang: &l.code,
            dir: l.dir.as_str(),
            fallback,
            url: links.page(&url::offering(&d.id, &o.id)),
            district: site.district_name(d, lang),
            place: place_name(site, o, lang),
            place_lang: place_lang(site, o, lang),
        };
        if let Some((_, items)) = days.last_mut() {
            items.push(item);
        }
    }
    WhatsOn {
        days: days
            .into_iter()
            .map(|(date, items)| WhatsOnDay {
                label: labels::day(site, lang, date),
                items,
            })
            .collect(),
        more: all.len().saturating_sub(max),
    }
}

/// The name of an offering's venue, or "Online".
fn place_name(site: &Site, o: &Offering, lang: usize) -> String {
    match &o.place {
        Some(p) => site
            .places
            .get(p)
            .map(|p| p.name.clone())
            .unwrap_or_default(),
        None => site.strings.get(lang, "place-online", None, false),
    }
}

/// `[code, dir]` of a venue's name (written in the default language) on a
/// page in another language.
fn place_lang<'a>(site: &'a Site, o: &Offering, lang: usize) -> Option<(&'a str, &'static str)> {
    o.place
        .as_ref()
        .filter(|_| lang != site.config.default_language)
        .map(|_| {
            let d = site.config.default_lang();
            (d.code.as_str(), d.dir.as_str())
        })
}

/// An offering as a card in a list.
pub(super) fn card<'a>(
    site: &'a Site,
    o: &'a Offering,
    links: &Links,
    lang: usize,
) -> CardView<'a> {
    let d = &site.districts[o.district];
    let (title, summary, tlang, fallback) = title_of(site, o, lang);
    let l = &site.config.languages[tlang];
    CardView {
        url: links.page(&url::offering(&d.id, &o.id)),
        title,
        summary,
        lang: &l.code,
        dir: l.dir.as_str(),
        fallback,
        when: o
            .schedule
            .describe(&site.formats[lang], &site.strings, lang),
        place: place_name(site, o, lang),
        place_lang: place_lang(site, o, lang),
        district: site.district_name(d, lang),
        category: &site.config.categories[o.category].id,
        facets: None,
    }
}

fn contact_view<'a>(site: &'a Site, c: &'a Contact) -> ContactView<'a> {
    ContactView {
        name: c.name.as_deref(),
        phone: c.phone.as_deref(),
        phone_href: c.phone.as_deref().map(labels::tel_href),
        email: c.email.as_deref(),
        website: c.website.as_deref(),
        place: c
            .place
            .as_ref()
            .and_then(|p| site.places.get(p))
            .map(|p| place_view(site, p)),
    }
}

/// A venue; its name and address are written in the default language
/// (places.yaml), so they carry that language's `lang` and `dir`.
fn place_view<'a>(site: &'a Site, p: &'a Place) -> PlaceView<'a> {
    let map = match (p.geo, &p.address) {
        (Some((lat, lon)), _) => Some(format!(
            "https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}"
        )),
        (None, Some(a)) => Some(format!(
            "https://www.openstreetmap.org/search?query={}",
            url::query_value(a)
        )),
        (None, None) => None,
    };
    let def = site.config.default_lang();
    PlaceView {
        name: &p.name,
        address: p.address.as_deref(),
        map,
        wheelchair: p.wheelchair,
        lang: &def.code,
        dir: def.dir.as_str(),
    }
}

fn offering_facts<'a>(site: &'a Site, o: &'a Offering, lang: usize) -> FactsView<'a> {
    let s = &site.strings;
    let f = &site.formats[lang];
    let def = site.config.default_lang();
    let audience: Vec<String> = o
        .audience
        .iter()
        .map(|a| labels::audience(site, *a, lang))
        .collect();
    let word = |yes: bool, y: &str, n: &str| s.get(lang, if yes { y } else { n }, None, false);
    FactsView {
        category: &site.config.categories[o.category].id,
        kind: labels::category(site, o.category, lang),
        icon: labels::icon(site, o.category),
        when: o.schedule.describe(f, s, lang),
        place: o
            .place
            .as_ref()
            .and_then(|p| site.places.get(p))
            .map(|p| place_view(site, p)),
        online: o.online.as_deref(),
        audience: (!audience.is_empty()).then(|| f.list(&audience)),
        languages: o
            .spoken_languages
            .iter()
            .map(|c| SpokenView {
                code: c,
                name: crate::i18n::language_name(c),
                dir: crate::i18n::language_dir(c).as_str(),
            })
            .collect(),
        childcare: o
            .childcare
            .map(|c| word(c, "childcare-yes", "childcare-no")),
        cost: o.cost.as_ref().map(|c| match c {
            Cost::Free => s.get(lang, "cost-free", None, false),
            Cost::Amount { amount, currency } => {
                let mut args = FluentArgs::new();
                args.set("amount", f.amount(*amount));
                args.set("currency", currency.clone());
                s.get(lang, "cost-amount", Some(&args), true)
            }
        }),
        registration: o
            .registration
            .map(|r| word(r, "registration-required", "registration-not-required")),
        contact: o.contact.as_ref().map(|c| contact_view(site, c)),
        // Written once, in the default language (organisations.yaml).
        organisation: o
            .organisation
            .as_ref()
            .and_then(|id| site.organisations.get(id))
            .map(|org| OrganisationView {
                name: &org.name,
                lang: &def.code,
                dir: def.dir.as_str(),
                website: org.website.as_deref(),
                email: org.email.as_deref(),
                phone: org.phone.as_deref(),
                phone_href: org.phone.as_deref().map(labels::tel_href),
            }),
    }
}
