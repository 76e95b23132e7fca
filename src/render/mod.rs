//! Renderers: pure functions from the site model to output files.
//!
//! [`plan`] lists every output path first, so collisions are found before
//! anything is written; [`Job::render`] then produces one file's bytes and can
//! run on any thread.

pub mod feed;
pub mod flyer;
pub mod html;
pub mod ics;
pub mod listing;
pub mod search;
pub mod sitemap;

use std::path::PathBuf;

use crate::model::Site;

/// What a page shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageKind {
    /// `/index.html`: the language chooser.
    Chooser,
    /// `/404.html`: not found, in every language.
    NotFound,
    /// `/<lang>/index.html`.
    Home,
    /// `/<lang>/<district>/`.
    District(usize),
    /// `/<lang>/<district>/<offering>/`.
    Offering(usize, usize),
    /// `/<lang>/category/<id>/`.
    Category(usize),
    /// `/<lang>/<page>/`.
    Page(usize),
    /// `/<lang>/archive/`: offerings that are over.
    Archive,
    /// `/<lang>/offerings/`: every current offering, with filters.
    Offerings,
    /// `/<lang>/audience/<id>/`: offerings for one audience (index into
    /// [`crate::model::AUDIENCES`]).
    Audience(usize),
    /// `/<lang>/search/`.
    Search,
}

impl PageKind {
    /// The path below `/<lang>/`, ending in `/` (empty for home).
    pub fn path(self, site: &Site) -> String {
        match self {
            PageKind::Chooser | PageKind::NotFound | PageKind::Home => String::new(),
            PageKind::District(d) => format!("{}/", site.districts[d].id),
            PageKind::Offering(d, o) => {
                let dist = &site.districts[d];
                format!("{}/{}/", dist.id, dist.offerings[o].id)
            }
            PageKind::Category(c) => format!("category/{}/", site.config.categories[c].id),
            PageKind::Page(p) => format!("{}/", site.pages[p].id),
            PageKind::Archive => "archive/".into(),
            PageKind::Offerings => "offerings/".into(),
            PageKind::Audience(a) => format!("audience/{}/", crate::model::AUDIENCES[a]),
            PageKind::Search => "search/".into(),
        }
    }

    /// Whether the page exists once per language.
    pub fn per_language(self) -> bool {
        !matches!(self, PageKind::Chooser | PageKind::NotFound)
    }
}

/// Every page kind of the site, in a fixed order.
pub fn page_kinds(site: &Site) -> Vec<PageKind> {
    let mut v = vec![PageKind::Home];
    for (d, dist) in site.districts.iter().enumerate() {
        v.push(PageKind::District(d));
        v.extend((0..dist.offerings.len()).map(|o| PageKind::Offering(d, o)));
    }
    v.extend((0..site.config.categories.len()).map(PageKind::Category));
    v.push(PageKind::Offerings);
    v.extend(
        listing::audiences_in_use(site)
            .into_iter()
            .map(PageKind::Audience),
    );
    v.push(PageKind::Search);
    v.extend((0..site.pages.len()).map(PageKind::Page));
    v.push(PageKind::Archive);
    v
}

/// Which calendar file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CalendarKind {
    /// Every offering of the site.
    Site,
    /// One district.
    District(usize),
    /// One offering.
    Offering(usize, usize),
}

impl CalendarKind {
    /// Path below `/<lang>/`.
    pub fn path(self, site: &Site) -> String {
        match self {
            CalendarKind::Site => "calendar.ics".into(),
            CalendarKind::District(d) => format!("{}/calendar.ics", site.districts[d].id),
            CalendarKind::Offering(d, o) => {
                let dist = &site.districts[d];
                format!("{}/{}/calendar.ics", dist.id, dist.offerings[o].id)
            }
        }
    }
}

/// Whether an offering gets its own calendar file: it has dates and is not over.
pub fn has_calendar(site: &Site, o: &crate::model::Offering) -> bool {
    !matches!(o.schedule, crate::schedule::Schedule::ByAppointment)
        && !o.schedule.is_past(site.today)
}

/// One output file to produce.
#[derive(Debug, Clone)]
pub enum Job {
    /// A page in a language (`lang` is ignored for chooser and 404).
    Page(PageKind, usize),
    /// sitemap.xml: the index of the languages' sitemaps.
    SitemapIndex,
    /// The sitemap of one language's pages.
    Sitemap(usize),
    /// robots.txt.
    Robots,
    /// An iCalendar file in a language.
    Calendar(CalendarKind, usize),
    /// The Atom feed of a language.
    Feed(usize),
    /// The search index of a language.
    SearchIndex(usize),
    /// `/translation-status/index.html` for the team (opt-in; not in the
    /// navigation or the sitemap).
    TranslationStatus,
    /// A printable flyer (rendered before the pages, which show its size).
    Flyer(flyer::FlyerKind),
    /// A theme static file by its key.
    ThemeStatic(String),
    /// A file copied from the site (static/ or content media).
    Copy(PathBuf),
}

impl Job {
    /// How much of the site one file covers, roughly: 2 for files about
    /// every offering of the site (search index, offerings list, sitemaps,
    /// feeds, the site calendar), 1 for lists of many (categories, districts,
    /// audiences, the archive), 0 for the rest. Big ones are made first.
    pub fn weight(&self) -> u8 {
        match self {
            Job::SearchIndex(_)
            | Job::Sitemap(_)
            | Job::Feed(_)
            | Job::Calendar(CalendarKind::Site, _)
            | Job::Page(PageKind::Offerings, _) => 2,
            Job::Page(
                PageKind::Category(_)
                | PageKind::District(_)
                | PageKind::Audience(_)
                | PageKind::Archive
                | PageKind::Home,
                _,
            )
            | Job::Calendar(CalendarKind::District(_), _) => 1,
            _ => 0,
        }
    }

    /// What kind of file it makes, for `build --timings`.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Job::Page(k, _) => match k {
                PageKind::Chooser => "page: chooser",
                PageKind::NotFound => "page: 404",
                PageKind::Home => "page: home",
                PageKind::District(_) => "page: district",
                PageKind::Offering(..) => "page: offering",
                PageKind::Category(_) => "page: category",
                PageKind::Page(_) => "page: free page",
                PageKind::Archive => "page: archive",
                PageKind::Offerings => "page: offerings list",
                PageKind::Audience(_) => "page: audience",
                PageKind::Search => "page: search",
            },
            Job::SitemapIndex | Job::Sitemap(_) => "sitemap",
            Job::Robots => "robots.txt",
            Job::Calendar(..) => "calendar",
            Job::Feed(_) => "feed",
            Job::SearchIndex(_) => "search index",
            Job::TranslationStatus => "translation status",
            Job::Flyer(_) => "flyer",
            Job::ThemeStatic(_) => "theme file",
            Job::Copy(_) => "copied file",
        }
    }
}

/// The output path of a job (relative, with `/`).
pub fn job_path(site: &Site, job: &Job) -> String {
    match job {
        Job::Page(PageKind::Chooser, _) => "index.html".into(),
        Job::Page(PageKind::NotFound, _) => "404.html".into(),
        Job::Page(kind, lang) => format!(
            "{}/{}index.html",
            site.config.languages[*lang].code,
            kind.path(site)
        ),
        Job::Calendar(kind, lang) => {
            format!("{}/{}", site.config.languages[*lang].code, kind.path(site))
        }
        Job::Feed(lang) => format!("{}/atom.xml", site.config.languages[*lang].code),
        Job::SearchIndex(lang) => {
            format!("{}/search-index.json", site.config.languages[*lang].code)
        }
        Job::Flyer(kind) => kind.path(site),
        Job::TranslationStatus => "translation-status/index.html".into(),
        Job::SitemapIndex => "sitemap.xml".into(),
        Job::Sitemap(lang) => format!("{}/sitemap.xml", site.config.languages[*lang].code),
        Job::Robots => "robots.txt".into(),
        Job::ThemeStatic(k) => k.clone(),
        Job::Copy(_) => unreachable!("copy jobs carry their path in the plan"),
    }
}

/// Every output file with its path, in a fixed order. Site static files
/// replace theme static files of the same name.
pub fn plan(site: &Site, statics: &[(String, PathBuf)]) -> Vec<(String, Job)> {
    let mut out = Vec::new();
    let default = site.config.default_language;
    out.push((
        "index.html".to_string(),
        Job::Page(PageKind::Chooser, default),
    ));
    out.push((
        "404.html".to_string(),
        Job::Page(PageKind::NotFound, default),
    ));
    let kinds = page_kinds(site);
    for lang in 0..site.config.languages.len() {
        for k in &kinds {
            let job = Job::Page(*k, lang);
            out.push((job_path(site, &job), job));
        }
        let mut cals = vec![CalendarKind::Site];
        for (d, dist) in site.districts.iter().enumerate() {
            cals.push(CalendarKind::District(d));
            for (o, off) in dist.offerings.iter().enumerate() {
                if has_calendar(site, off) {
                    cals.push(CalendarKind::Offering(d, o));
                }
            }
        }
        for c in cals {
            let job = Job::Calendar(c, lang);
            out.push((job_path(site, &job), job));
        }
        for job in [Job::Feed(lang), Job::SearchIndex(lang), Job::Sitemap(lang)] {
            out.push((job_path(site, &job), job));
        }
    }
    for kind in flyer::plan(site) {
        out.push((kind.path(site), Job::Flyer(kind)));
    }
    if site.config.translation_status {
        out.push((
            "translation-status/index.html".into(),
            Job::TranslationStatus,
        ));
    }
    out.push((job_path(site, &Job::SitemapIndex), Job::SitemapIndex));
    out.push(("robots.txt".into(), Job::Robots));
    for k in site.theme.statics.keys() {
        if !statics.iter().any(|(p, _)| p == k) {
            out.push((k.clone(), Job::ThemeStatic(k.clone())));
        }
    }
    for (p, src) in statics {
        out.push((p.clone(), Job::Copy(src.clone())));
    }
    for m in &site.media {
        out.push((
            format!("media/{m}"),
            Job::Copy(site.root.join("content").join(m)),
        ));
    }
    out
}

/// Percent-encodes a URL query value.
pub fn url_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
