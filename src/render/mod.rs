//! Renderers: pure functions from the site model to output files.
//!
//! [`plan`] lists every output path first, so collisions are found before
//! anything is written; [`Job::render`] then produces one file's bytes and can
//! run on any thread.

pub mod feed;
pub mod flyer;
pub mod html;
pub mod ics;
pub mod labels;
pub mod listing;
pub mod minify;
pub mod offline;
pub mod search;
pub mod sitemap;
pub mod status;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use crate::diag::{Diagnostic, Diagnostics};
use crate::model::Site;
use crate::url;
use crate::url::FlyerKind;
pub use crate::url::{CalendarKind, PageKind};

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
    if !site.glossary.terms.is_empty() {
        v.push(PageKind::Glossary);
    }
    v
}

pub use crate::schedule::NEXT_DATES;

/// Width and height of a share image in pixels (1.91:1, as Open Graph
/// readers show them).
pub const SHARE_IMAGE_SIZE: (u32, u32) = (1200, 630);

/// The page whose share image a page of kind `kind` shows: home, districts
/// and offerings have their own; every other page shows its language's
/// home image.
pub fn share_image_of(kind: PageKind) -> PageKind {
    match kind {
        PageKind::District(_) | PageKind::Offering(..) => kind,
        _ => PageKind::Home,
    }
}

/// Whether an offering gets its own calendar file: it has dates and is not over.
pub fn has_calendar(site: &Site, o: &crate::model::Offering) -> bool {
    !matches!(o.schedule, crate::schedule::Schedule::ByAppointment) && site.is_current(o)
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
    /// The share image (Open Graph, 1200×630 PNG) of a home, district or
    /// offering page in a language.
    ShareImage(PageKind, usize),
    /// An app icon of the web app manifests (index into [`url::APP_ICONS`]).
    AppIcon(usize),
    /// The web app manifest of a language.
    Manifest(usize),
    /// The service worker (made after every file it keeps, whose hashes
    /// name the build).
    ServiceWorker,
    /// The list of a language's files kept for offline reading (made after
    /// them, with their hashes).
    OfflineList(usize),
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

    /// Whether it is laid out by Typst (flyers, share images, app icons):
    /// made first, on threads of their own, and only when opened in the
    /// preview.
    pub fn is_printable(&self) -> bool {
        matches!(self, Job::Flyer(_) | Job::ShareImage(..) | Job::AppIcon(_))
    }

    /// Whether it is made after every other file, from their hashes.
    pub fn is_late(&self) -> bool {
        matches!(self, Job::ServiceWorker | Job::OfflineList(_))
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
                PageKind::Offline => "page: offline",
                PageKind::Glossary => "page: glossary",
                PageKind::OfferingLanguages(..) => "page: offering in every language",
            },
            Job::SitemapIndex | Job::Sitemap(_) => "sitemap",
            Job::Robots => "robots.txt",
            Job::Calendar(..) => "calendar",
            Job::Feed(_) => "feed",
            Job::SearchIndex(_) => "search index",
            Job::TranslationStatus => "translation status",
            Job::Flyer(FlyerKind::District { .. }) => "flyer: district",
            Job::Flyer(FlyerKind::Sheet { .. }) => "flyer: sheet",
            Job::Flyer(FlyerKind::Poster { .. }) => "flyer: poster",
            Job::ShareImage(..) => "share image",
            Job::AppIcon(_) => "app icon",
            Job::Manifest(_) => "web app manifest",
            Job::ServiceWorker => "service worker",
            Job::OfflineList(_) => "offline list",
            Job::ThemeStatic(_) => "theme file",
            Job::Copy(_) => "copied file",
        }
    }
}

/// The output path of a job (relative, with `/`), named by [`crate::url`].
pub fn job_path(site: &Site, job: &Job) -> String {
    let code = |lang: &usize| site.config.languages[*lang].code.as_str();
    match job {
        Job::Page(kind, lang) => kind.file(site, *lang),
        Job::Calendar(kind, lang) => url::in_language(code(lang), &kind.path(site)),
        Job::Feed(lang) => url::feed(code(lang)),
        Job::SearchIndex(lang) => url::search_index(code(lang)),
        Job::Flyer(kind) => kind.path(site),
        Job::TranslationStatus => url::TRANSLATION_STATUS.into(),
        Job::SitemapIndex => url::SITEMAP_INDEX.into(),
        Job::Sitemap(lang) => url::sitemap(code(lang)),
        Job::Robots => url::ROBOTS.into(),
        Job::ShareImage(kind, lang) => url::share_image(code(lang), &kind.path(site)),
        Job::AppIcon(i) => url::APP_ICONS[*i].0.into(),
        Job::Manifest(lang) => url::manifest(code(lang)),
        Job::ServiceWorker => url::SERVICE_WORKER.into(),
        Job::OfflineList(lang) => url::offline_list(code(lang)),
        Job::ThemeStatic(k) => k.clone(),
        Job::Copy(_) => unreachable!("copy jobs carry their path in the plan"),
    }
}

/// Every output file with its path, in a fixed order. Site static files
/// (`statics`, by output path) replace theme static files of the same name.
pub fn plan(site: &Site, statics: &[(String, PathBuf)]) -> Vec<(String, Job)> {
    let mut jobs = vec![
        Job::Page(PageKind::Chooser, site.config.default_language),
        Job::Page(PageKind::NotFound, site.config.default_language),
    ];
    for (d, dist) in site.districts.iter().enumerate() {
        for (o, off) in dist.offerings.iter().enumerate() {
            if site.is_current(off) {
                jobs.push(Job::Page(
                    PageKind::OfferingLanguages(d, o),
                    site.config.default_language,
                ));
            }
        }
    }
    let kinds = page_kinds(site);
    for lang in 0..site.config.languages.len() {
        jobs.extend(kinds.iter().map(|k| Job::Page(*k, lang)));
        jobs.push(Job::Page(PageKind::Offline, lang));
        jobs.extend(
            kinds
                .iter()
                .filter(|k| share_image_of(**k) == **k)
                .map(|k| Job::ShareImage(*k, lang)),
        );
        jobs.push(Job::Calendar(CalendarKind::Site, lang));
        for (d, dist) in site.districts.iter().enumerate() {
            jobs.push(Job::Calendar(CalendarKind::District(d), lang));
            for (o, off) in dist.offerings.iter().enumerate() {
                if has_calendar(site, off) {
                    jobs.push(Job::Calendar(CalendarKind::Offering(d, o), lang));
                    let dates = site.next_dates(off).len();
                    jobs.extend(
                        (0..dates).map(|n| Job::Calendar(CalendarKind::Occurrence(d, o, n), lang)),
                    );
                }
            }
        }
        jobs.extend([
            Job::Feed(lang),
            Job::SearchIndex(lang),
            Job::Sitemap(lang),
            Job::Manifest(lang),
            Job::OfflineList(lang),
        ]);
    }
    jobs.extend((0..url::APP_ICONS.len()).map(Job::AppIcon));
    jobs.push(Job::ServiceWorker);
    jobs.extend(flyer::plan(site).into_iter().map(Job::Flyer));
    if site.config.translation_status {
        jobs.push(Job::TranslationStatus);
    }
    jobs.extend([Job::SitemapIndex, Job::Robots]);
    for k in site.theme.statics.keys() {
        if !statics.iter().any(|(p, _)| p == k) {
            jobs.push(Job::ThemeStatic(k.clone()));
        }
    }
    let mut out: Vec<(String, Job)> = jobs.into_iter().map(|j| (job_path(site, &j), j)).collect();
    for (p, src) in statics {
        out.push((p.clone(), Job::Copy(src.clone())));
    }
    for m in &site.media {
        out.push((url::media(m), Job::Copy(site.root.join("content").join(m))));
    }
    for (_, r) in recordings(site) {
        out.push((
            url::recording(&r.path),
            Job::Copy(site.root.join("content").join(&r.path)),
        ));
    }
    out
}

/// Every recording of the site (home, districts, offerings, free pages),
/// each once, with the language of its text.
pub fn recordings(site: &Site) -> impl Iterator<Item = (usize, &crate::model::Recording)> {
    std::iter::once(&site.home)
        .chain(
            site.districts.iter().flat_map(|d| {
                std::iter::once(&d.texts).chain(d.offerings.iter().map(|o| &o.texts))
            }),
        )
        .chain(site.pages.iter().map(|p| &p.texts))
        .flat_map(|t| t.by_lang.iter().flatten())
        .filter_map(|t| Some((t.lang, t.recording.as_ref()?)))
}

/// Sizes of the flyers in bytes by output path, for the links on the pages.
/// `None`: the flyer exists but is laid out only when opened (the preview).
pub type FlyerSizes = HashMap<String, Option<u64>>;

/// What rendering one job made.
#[derive(Debug)]
pub enum Content {
    /// The file's bytes.
    Bytes(Vec<u8>),
    /// The file is this source file, copied as it is.
    Copy(PathBuf),
}

/// One rendered file and what its renderer noticed.
#[derive(Debug)]
pub struct Rendered {
    /// The file.
    pub content: Content,
    /// Warnings about it (a flyer longer than a sheet).
    pub warnings: Vec<Diagnostic>,
}

impl From<Vec<u8>> for Rendered {
    fn from(bytes: Vec<u8>) -> Self {
        Rendered {
            content: Content::Bytes(bytes),
            warnings: Vec::new(),
        }
    }
}

impl From<String> for Rendered {
    fn from(text: String) -> Self {
        text.into_bytes().into()
    }
}

/// The render stage: the site and everything derived from it once per
/// build (templates with the site-wide facts, fonts, calendar timings, git
/// dates). Every output file is made by [`Renderer::render`], on any
/// thread; `build` schedules the jobs and writes, `serve` asks for one.
pub struct Renderer {
    site: Arc<Site>,
    templates: html::Templates,
    flyers: flyer::FlyerEngine,
    calendars: ics::Shared,
    git_times: HashMap<PathBuf, jiff::Timestamp>,
}

impl Renderer {
    /// The site it renders.
    pub fn site(&self) -> &Arc<Site> {
        &self.site
    }

    /// Prepares rendering the site at `root`: parses templates, asks git
    /// for dates, loads fonts and checks that they cover every text.
    /// `timed` hears how long each step took. `None` when `diags` has
    /// errors, its own or earlier ones.
    pub fn new(
        site: Arc<Site>,
        root: &Path,
        timed: &dyn Fn(&'static str, f64),
        diags: &mut Diagnostics,
    ) -> Option<Renderer> {
        let phase = |what: &'static str, start: Instant| timed(what, start.elapsed().as_secs_f64());
        let t = Instant::now();
        let templates = html::Templates::new(&site, diags);
        phase("parsing templates", t);
        let templates = templates?;
        // Problems found so far (here or by the caller, e.g. two files at one
        // path) stop before the slow steps, whose warnings would only add noise.
        if diags.has_errors() {
            return None;
        }
        let t = Instant::now();
        let git_times = feed::git_times(root);
        phase("asking git for dates", t);
        let t = Instant::now();
        let flyers = flyer::FlyerEngine::new(&site, diags);
        phase("loading fonts", t);
        let t = Instant::now();
        diags.extend(flyer::missing_glyphs(&site, &flyers));
        phase("checking glyphs", t);
        if diags.has_errors() {
            return None;
        }
        Some(Renderer {
            calendars: ics::Shared::new(&site),
            site,
            templates,
            flyers,
            git_times,
        })
    }

    /// Keeps laid-out printables in `dir` between builds (see
    /// [`flyer::cache`]).
    pub fn use_print_cache(&mut self, dir: PathBuf) {
        self.flyers.use_cache(dir);
    }

    /// The printables cache, when one is used.
    pub fn print_cache(&self) -> Option<&flyer::cache::PrintCache> {
        self.flyers.cache()
    }

    /// Renders one job. Pages link the flyers in `sizes` (so flyers are
    /// rendered first).
    pub fn render(&self, job: &Job, sizes: &FlyerSizes) -> Result<Rendered, Diagnostic> {
        let site = &self.site;
        Ok(match job {
            Job::Page(kind, lang) => self.templates.render(site, *kind, *lang, sizes)?.into(),
            Job::Flyer(kind) => self.flyers.render(site, *kind)?,
            Job::ShareImage(kind, lang) => self.flyers.share_image(site, *kind, *lang)?,
            Job::AppIcon(i) => self.flyers.app_icon(site, *i)?,
            Job::Manifest(lang) => offline::manifest(site, *lang).into(),
            // The preview's: it keeps nothing (see `offline`).
            Job::ServiceWorker => offline::service_worker(site, None).into(),
            Job::OfflineList(lang) => offline::list(site, *lang, None).into(),
            Job::TranslationStatus => status::translation_status(site).into(),
            Job::SitemapIndex => sitemap::index(site).into(),
            Job::Sitemap(lang) => sitemap::sitemap(site, *lang).into(),
            Job::Robots => sitemap::robots(site).into(),
            Job::Calendar(kind, lang) => ics::for_kind(site, &self.calendars, *kind, *lang).into(),
            Job::Feed(lang) => feed::atom(site, *lang, &self.git_times).into(),
            Job::SearchIndex(lang) => search::index(site, *lang).into(),
            Job::ThemeStatic(k) => minify::theme_file(k, &site.theme.statics[k].bytes).into(),
            Job::Copy(src) => Rendered {
                content: Content::Copy(src.clone()),
                warnings: Vec::new(),
            },
        })
    }
}
