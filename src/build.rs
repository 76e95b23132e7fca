//! Building: load the site, plan every output file, render in parallel, and
//! commit the staging folder. `check` runs the same steps without writing.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use rayon::prelude::*;

use crate::clock::Clock;
use crate::diag::{Diagnostic, Diagnostics};
use crate::model::Site;
use crate::output::Staging;
use crate::render::{self, flyer::FlyerEngine, html::Templates, Job, PageKind};

/// What a build produced.
#[derive(Debug, Default)]
pub struct Summary {
    /// HTML pages written.
    pub pages: usize,
    /// PDF flyers written.
    pub flyers: usize,
    /// Calendar files written.
    pub calendars: usize,
    /// Seconds spent laying out and writing the flyers (they run first).
    pub flyer_seconds: f64,
    /// All files written.
    pub files: usize,
    /// Where the site is.
    pub output: PathBuf,
    /// Seconds taken.
    pub seconds: f64,
}

/// Files in the site's `static/` folder, by output path.
fn site_statics(root: &Path, diags: &mut Diagnostics) -> Vec<(String, PathBuf)> {
    let dir = root.join("static");
    let mut out = Vec::new();
    if !dir.is_dir() {
        return out;
    }
    for e in walkdir::WalkDir::new(&dir).sort_by_file_name() {
        match e {
            Ok(e) if e.path_is_symlink() => {
                let rel = e.path().strip_prefix(root).unwrap_or(e.path());
                diags.push(crate::diag::link_refused(rel));
            }
            Ok(e) if e.file_type().is_file() => {
                let rel = e.path().strip_prefix(&dir).unwrap_or(e.path());
                out.push((
                    rel.to_string_lossy().replace('\\', "/"),
                    e.path().to_path_buf(),
                ));
            }
            Ok(_) => {}
            Err(err) => diags.push(Diagnostic::error("static", format!("cannot read: {err}"))),
        }
    }
    out
}

struct Prepared {
    site: Arc<Site>,
    templates: Templates,
    plan: Vec<(String, Job)>,
    git_times: std::collections::HashMap<PathBuf, jiff::Timestamp>,
    flyers: FlyerEngine,
    calendars: render::ics::Shared,
}

/// Stack size of the threads that lay out flyers.
const FLYER_STACK: usize = 64 << 20;

/// Runs `f` on every item on plain threads (one per core), results in order.
///
/// Not rayon: Typst parallelises inside a layout with rayon, and a rayon
/// worker waiting there steals further flyers onto its own stack; with
/// hundreds of flyers the stacked layouts overflowed any stack. Here each
/// thread lays out one flyer at a time, and Typst's inner work goes to the
/// global pool, which never holds a flyer.
fn each_on_own_threads<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let next = AtomicUsize::new(0);
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
        .min(items.len().max(1));
    let mut done: Vec<(usize, R)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|i| {
                let (next, f) = (&next, &f);
                std::thread::Builder::new()
                    .name(format!("flyer-{i}"))
                    .stack_size(FLYER_STACK)
                    .spawn_scoped(scope, move || {
                        let mut mine = Vec::new();
                        loop {
                            let k = next.fetch_add(1, Ordering::Relaxed);
                            let Some(item) = items.get(k) else { break };
                            mine.push((k, f(item)));
                        }
                        mine
                    })
                    .expect("a thread for flyers")
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    done.sort_by_key(|(k, _)| *k);
    done.into_iter().map(|(_, r)| r).collect()
}

/// Receives what a build is doing, for a progress display. Every method has
/// a default that does nothing; `&()` reports nowhere.
pub trait Progress: Sync {
    /// A step begins; `total` is its number of files (0: unknown).
    fn step(&self, _what: &'static str, _total: usize) {}
    /// One more file of the current step is done.
    fn advance(&self) {}
    /// A file of this kind took `seconds` to render and write (on one thread).
    fn timed(&self, _kind: &'static str, _seconds: f64) {}
}

impl Progress for () {}

/// Sizes of the flyers in bytes by output path, for the links on the pages.
pub type FlyerSizes = HashMap<String, u64>;

fn prepare(root: &Path, clock: &Clock, diags: &mut Diagnostics) -> Option<Prepared> {
    prepare_cached(root, clock, None, &(), diags)
}

/// Runs `f`, telling `progress` how long it took as `what`.
fn phase<R>(progress: &dyn Progress, what: &'static str, f: impl FnOnce() -> R) -> R {
    let t = Instant::now();
    let r = f();
    progress.timed(what, t.elapsed().as_secs_f64());
    r
}

fn prepare_cached(
    root: &Path,
    clock: &Clock,
    cache: Option<&crate::load::TextCache>,
    progress: &dyn Progress,
    diags: &mut Diagnostics,
) -> Option<Prepared> {
    let (site, d) = phase(progress, "reading and checking", || {
        crate::load::load_cached(root, clock, cache)
    });
    diags.extend(d);
    let site = Arc::new(site?);
    let templates = phase(progress, "parsing templates", || {
        Templates::new(&site, diags)
    })?;
    let statics = site_statics(root, diags);
    let plan = phase(progress, "planning", || render::plan(&site, &statics));
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, (path, _)) in plan.iter().enumerate() {
        if let Some(first) = seen.insert(path.as_str(), i) {
            diags.push(
                Diagnostic::general(format!(
                    "two things would be written to {path} ({:?} and {:?})",
                    plan[first].1, plan[i].1
                ))
                .hint("rename one of them (static files must not use the addresses of pages)"),
            );
        }
    }
    if diags.has_errors() {
        return None;
    }
    let git_times = phase(progress, "asking git for dates", || {
        render::feed::git_times(root)
    });
    let flyers = phase(progress, "loading fonts", || FlyerEngine::new(&site, diags));
    let missing = phase(progress, "checking glyphs", || {
        render::flyer::missing_glyphs(&site, &flyers)
    });
    diags.extend(missing);
    if diags.has_errors() {
        return None;
    }
    Some(Prepared {
        calendars: render::ics::Shared::new(&site),
        site,
        templates,
        plan,
        git_times,
        flyers,
    })
}

fn render_job(p: &Prepared, job: &Job, sizes: &FlyerSizes) -> Result<Option<Vec<u8>>, Diagnostic> {
    Ok(Some(match job {
        Job::Page(kind, lang) => p
            .templates
            .render(&p.site, *kind, *lang, sizes)?
            .into_bytes(),
        Job::Flyer(kind) => p.flyers.render(&p.site, *kind)?.0,
        Job::TranslationStatus => render::html::translation_status(&p.site).into_bytes(),
        Job::SitemapIndex => render::sitemap::index(&p.site).into_bytes(),
        Job::Sitemap(lang) => render::sitemap::sitemap(&p.site, *lang).into_bytes(),
        Job::Robots => render::sitemap::robots(&p.site).into_bytes(),
        Job::Calendar(kind, lang) => calendar(&p.site, &p.calendars, *kind, *lang).into_bytes(),
        Job::Feed(lang) => render::feed::atom(&p.site, *lang, &p.git_times).into_bytes(),
        Job::SearchIndex(lang) => render::search::index(&p.site, *lang).into_bytes(),
        Job::ThemeStatic(k) => p.site.theme.statics[k].bytes.clone(),
        Job::Copy(_) => return Ok(None),
    }))
}

fn calendar(
    site: &Site,
    shared: &render::ics::Shared,
    kind: render::CalendarKind,
    lang: usize,
) -> String {
    use render::CalendarKind as K;
    let s = &site.strings;
    match kind {
        K::Site => render::ics::calendar(
            site,
            shared,
            lang,
            &s.get(lang, "site-title", None, false),
            site.offerings(),
        ),
        K::District(d) => {
            let dist = &site.districts[d];
            let name = s.get1(
                lang,
                "calendar-district",
                "district",
                site.district_name(dist, lang).into(),
                false,
            );
            render::ics::calendar(site, shared, lang, &name, dist.offerings.iter())
        }
        K::Offering(d, o) => {
            let off = &site.districts[d].offerings[o];
            let title = off
                .texts
                .show(lang, site.config.default_language)
                .map(|t| t.text.title.clone())
                .unwrap_or_else(|| off.id.clone());
            render::ics::calendar(site, shared, lang, &title, std::iter::once(off))
        }
    }
}

/// Renders every job; with `staging`, writes them. Flyers come first so the
/// pages can show their sizes. Returns the errors; warnings go to `diags`.
fn run(
    p: &Prepared,
    staging: Option<&Staging>,
    progress: &dyn Progress,
    diags: &mut Diagnostics,
) -> (Vec<Diagnostic>, f64) {
    let site = &p.site;
    let flyer_start = Instant::now();
    type Jobs<'a> = Vec<&'a (String, Job)>;
    let (flyer_jobs, other_jobs): (Jobs, Jobs) =
        p.plan.iter().partition(|(_, j)| matches!(j, Job::Flyer(_)));
    progress.step("flyers", flyer_jobs.len());
    type FlyerResult = Result<(String, u64, usize, render::flyer::FlyerKind), Diagnostic>;
    let lay_out = |(path, job): &(String, Job)| -> FlyerResult {
        let Job::Flyer(kind) = job else {
            unreachable!("partitioned")
        };
        let t = Instant::now();
        let (bytes, pages) = p.flyers.render(site, *kind)?;
        if let Some(st) = staging {
            st.write(path, &bytes)?;
        }
        progress.timed("flyer", t.elapsed().as_secs_f64());
        progress.advance();
        Ok((path.clone(), bytes.len() as u64, pages, *kind))
    };
    let flyer_results = each_on_own_threads(&flyer_jobs, |j| lay_out(j));
    let flyer_seconds = flyer_start.elapsed().as_secs_f64();
    let mut errors = Vec::new();
    let mut sizes = FlyerSizes::new();
    for r in flyer_results {
        match r {
            Ok((path, size, pages, kind)) => {
                let max = match kind {
                    render::flyer::FlyerKind::District { .. } => render::flyer::MAX_FLYER_PAGES,
                    render::flyer::FlyerKind::Sheet { .. } => 1,
                };
                if pages > max {
                    let (file, what, fix) = match kind {
                        render::flyer::FlyerKind::District { district, .. } => (
                            site.districts[district].dir.clone(),
                            format!("{max} pages (one sheet printed on both sides)"),
                            "shorten summaries, or set `flyer: false` on offerings that need not be on the handout",
                        ),
                        render::flyer::FlyerKind::Sheet { district, offering } => (
                            site.districts[district].offerings[offering].dir.clone(),
                            "one page".to_string(),
                            "shorten the summaries of the translations",
                        ),
                    };
                    diags.push(
                        Diagnostic::warning(file, format!("the flyer {path} needs {pages} pages; a handout should fit on {what}"))
                            .hint(fix),
                    );
                }
                sizes.insert(path, size);
            }
            Err(d) => errors.push(d),
        }
    }
    progress.step("pages and calendars", other_jobs.len());
    // The few big files (each covers the whole site) first, so no core is
    // left alone with one of them at the end.
    let mut other_jobs = other_jobs;
    other_jobs.sort_by_key(|(_, j)| std::cmp::Reverse(j.weight()));
    let page_errors: Vec<Diagnostic> = other_jobs
        .par_iter()
        .filter_map(|(path, job)| {
            progress.advance();
            let t = Instant::now();
            let r = match (job, staging) {
                (Job::Copy(src), Some(st)) => st.copy(path, src),
                (Job::Copy(_), None) => Ok(()),
                _ => render_job(p, job, &sizes).and_then(|bytes| match (bytes, staging) {
                    (Some(b), Some(st)) => st.write(path, &b),
                    _ => Ok(()),
                }),
            };
            progress.timed(job.kind_name(), t.elapsed().as_secs_f64());
            r.err()
        })
        .collect();
    errors.extend(page_errors);
    (errors, flyer_seconds)
}

/// Loads, validates and renders everything without writing. Returns all findings.
pub fn check(root: &Path, clock: &Clock) -> Diagnostics {
    let mut diags = Diagnostics::new();
    if let Some(p) = prepare(root, clock, &mut diags) {
        let (errors, _) = run(&p, None, &(), &mut diags);
        diags.extend(errors);
    }
    diags.sort();
    diags
}

/// Builds the site at `root` into `output`. On any error the previous
/// output is left untouched.
pub fn build(root: &Path, output: &Path, clock: &Clock) -> (Option<Summary>, Diagnostics) {
    build_with(root, output, clock, &Options::default(), &())
}

/// Choices for one build.
#[derive(Debug, Clone)]
pub struct Options {
    /// Lay out the PDF flyers (pages link only flyers that exist).
    pub flyers: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options { flyers: true }
    }
}

/// [`build`], telling `progress` what it does.
pub fn build_with(
    root: &Path,
    output: &Path,
    clock: &Clock,
    options: &Options,
    progress: &dyn Progress,
) -> (Option<Summary>, Diagnostics) {
    let start = Instant::now();
    let mut diags = Diagnostics::new();
    progress.step("reading content", 0);
    let prepared = prepare_cached(root, clock, None, progress, &mut diags);
    let Some(mut p) = prepared else {
        diags.sort();
        return (None, diags);
    };
    if !options.flyers {
        p.plan.retain(|(_, j)| !matches!(j, Job::Flyer(_)));
    }
    let staging = match Staging::new(root, output) {
        Ok(s) => s,
        Err(d) => {
            diags.push(d);
            return (None, diags);
        }
    };
    let made = phase(progress, "making folders", || {
        staging.make_dirs(p.plan.iter().map(|(path, _)| path.as_str()))
    });
    if let Err(d) = made {
        diags.push(d);
        return (None, diags);
    }
    let (errors, flyer_seconds) = run(&p, Some(&staging), progress, &mut diags);
    if !errors.is_empty() {
        diags.extend(errors);
        diags.sort();
        return (None, diags);
    }
    let count = |f: fn(&Job) -> bool| p.plan.iter().filter(|(_, j)| f(j)).count();
    let pages = count(|j| matches!(j, Job::Page(..)));
    let flyers = count(|j| matches!(j, Job::Flyer(..)));
    let calendars = count(|j| matches!(j, Job::Calendar(..)));
    let files = p.plan.len();
    progress.step("putting the new site in place", 0);
    let committed = phase(progress, "swapping in", || staging.commit());
    match committed {
        Ok(out) => {
            diags.sort();
            (
                Some(Summary {
                    pages,
                    flyers,
                    calendars,
                    flyer_seconds,
                    files,
                    output: out,
                    seconds: start.elapsed().as_secs_f64(),
                }),
                diags,
            )
        }
        Err(d) => {
            diags.push(d);
            (None, diags)
        }
    }
}

/// Renders one page to a string (for tests and the preview).
pub fn render_page(
    root: &Path,
    clock: &Clock,
    kind: PageKind,
    lang: usize,
) -> Result<String, Diagnostics> {
    let mut diags = Diagnostics::new();
    let p = prepare(root, clock, &mut diags).ok_or(diags)?;
    p.templates
        .render(&p.site, kind, lang, &FlyerSizes::new())
        .map_err(|d| {
            let mut ds = Diagnostics::new();
            ds.push(d);
            ds
        })
}

/// The site held in memory for the preview: files are rendered when they are
/// asked for, so a change costs one reload of the model (texts that did not
/// change come from the cache) and the pages actually viewed.
pub struct Preview {
    p: Prepared,
    index: HashMap<String, usize>,
    sizes: FlyerSizes,
}

impl Preview {
    /// Loads and checks the site, reusing the texts in `cache`.
    pub fn load(
        root: &Path,
        clock: &Clock,
        cache: &crate::load::TextCache,
    ) -> (Option<Preview>, Diagnostics) {
        let mut diags = Diagnostics::new();
        let p = prepare_cached(root, clock, Some(cache), &(), &mut diags);
        diags.sort();
        let preview = p.map(|p| {
            let index = p
                .plan
                .iter()
                .enumerate()
                .map(|(i, (path, _))| (path.clone(), i))
                .collect();
            // Flyers are laid out only when opened, so their sizes are not known.
            let sizes = p
                .plan
                .iter()
                .filter(|(_, j)| matches!(j, Job::Flyer(_)))
                .map(|(path, _)| (path.clone(), 0))
                .collect();
            Preview { p, index, sizes }
        });
        (preview, diags)
    }

    /// Pages of the site.
    pub fn pages(&self) -> usize {
        self.p
            .plan
            .iter()
            .filter(|(_, j)| matches!(j, Job::Page(..)))
            .count()
    }

    /// Whether the site has a file at `path` (relative, e.g. `de/index.html`).
    pub fn has(&self, path: &str) -> bool {
        self.index.contains_key(path)
    }

    /// Renders (or reads) the file at `path`; `None` when there is none.
    pub fn file(&self, path: &str) -> Option<Result<Vec<u8>, Diagnostic>> {
        let (_, job) = &self.p.plan[*self.index.get(path)?];
        Some(match job {
            Job::Copy(src) => std::fs::read(src)
                .map_err(|e| Diagnostic::general(format!("cannot read {}: {e}", src.display()))),
            _ => render_job(&self.p, job, &self.sizes).map(Option::unwrap_or_default),
        })
    }
}
