//! Building: load the site, plan every output file, render in parallel, and
//! commit the staging folder. `check` runs the same steps without writing.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use rayon::prelude::*;

use crate::clock::Clock;
use crate::diag::{Diagnostic, Diagnostics};
use crate::output::Staging;
use crate::render::{self, Content, FlyerSizes, Job, Renderer};

/// What a build produced.
#[derive(Debug, Default)]
pub struct Summary {
    /// HTML pages written.
    pub pages: usize,
    /// Printables written: PDF flyers, share images and app icons (all laid
    /// out by Typst and kept in the printables cache).
    pub flyers: usize,
    /// Calendar files written.
    pub calendars: usize,
    /// Seconds spent laying out and writing the flyers (they run first).
    pub flyer_seconds: f64,
    /// Printables taken from the printables cache instead of being laid out.
    pub flyers_from_cache: usize,
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

/// A site ready to render, and the files it will make.
pub struct Prepared {
    /// The render stage.
    pub renderer: Renderer,
    /// Every output file with its path.
    pub plan: Vec<(String, Job)>,
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

/// Runs `f`, telling `progress` how long it took as `what`.
fn phase<R>(progress: &dyn Progress, what: &'static str, f: impl FnOnce() -> R) -> R {
    let t = Instant::now();
    let r = f();
    progress.timed(what, t.elapsed().as_secs_f64());
    r
}

/// Loads and checks the site at `root` (texts unchanged since they were
/// put in `cache` are taken from it), prepares the render stage and plans
/// every output file. `None` when there are errors (in `diags`).
pub fn prepare(
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
    let statics = site_statics(root, diags);
    let plan = phase(progress, "planning", || render::plan(&site, &statics));
    let mut seen: rustc_hash::FxHashMap<&str, usize> = Default::default();
    seen.reserve(plan.len());
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
    let renderer = Renderer::new(site, root, &|what, s| progress.timed(what, s), diags)?;
    (!diags.has_errors()).then_some(Prepared { renderer, plan })
}

/// Renders every job; with `staging`, writes them. Flyers come first so the
/// pages can show their sizes. Returns the errors; warnings go to `diags`.
fn run(
    p: &Prepared,
    staging: Option<&Staging>,
    progress: &dyn Progress,
    diags: &mut Diagnostics,
) -> (Vec<Diagnostic>, f64) {
    let flyer_start = Instant::now();
    type Jobs<'a> = Vec<&'a (String, Job)>;
    let (flyer_jobs, other_jobs): (Jobs, Jobs) = p.plan.iter().partition(|(_, j)| j.is_printable());
    progress.step("flyers", flyer_jobs.len());
    // The files kept for offline reading are hashed as written (only when
    // writing: `check` makes no service worker).
    let to_keep = match staging {
        Some(_) => render::offline::kept_paths(p.renderer.site()),
        None => Default::default(),
    };
    let no_sizes = FlyerSizes::new();
    // Path, size, warnings and (when kept offline) hash of a printable.
    type LaidOut = (String, u64, Vec<Diagnostic>, Option<String>);
    let lay_out = |(path, job): &(String, Job)| -> Result<LaidOut, Diagnostic> {
        let t = Instant::now();
        let rendered = p.renderer.render(job, &no_sizes)?;
        let Content::Bytes(bytes) = rendered.content else {
            unreachable!("printables are made, not copied")
        };
        if let Some(st) = staging {
            st.write(path, &bytes)?;
        }
        progress.timed(job.kind_name(), t.elapsed().as_secs_f64());
        progress.advance();
        let hash = to_keep
            .contains(path)
            .then(|| render::offline::hash(&bytes));
        Ok((path.clone(), bytes.len() as u64, rendered.warnings, hash))
    };
    let flyer_results = each_on_own_threads(&flyer_jobs, |j| lay_out(j));
    let flyer_seconds = flyer_start.elapsed().as_secs_f64();
    let mut errors = Vec::new();
    let mut sizes = FlyerSizes::new();
    let mut kept = render::offline::Kept::new();
    for r in flyer_results {
        match r {
            Ok((path, size, warnings, hash)) => {
                diags.extend(warnings);
                if let Some(h) = hash {
                    kept.insert(path.clone(), h);
                }
                sizes.insert(path, Some(size));
            }
            Err(d) => errors.push(d),
        }
    }
    progress.step("pages and calendars", other_jobs.len());
    // The few big files (each covers the whole site) first, so no core is
    // left alone with one of them at the end.
    let (late_jobs, mut other_jobs): (Jobs, Jobs) =
        other_jobs.into_iter().partition(|(_, j)| j.is_late());
    other_jobs.sort_by_key(|(_, j)| std::cmp::Reverse(j.weight()));
    // Per file: its path and hash when kept offline, and its error.
    type Made = (Option<(String, String)>, Option<Diagnostic>);
    let results: Vec<Made> = other_jobs
        .par_iter()
        .map(|(path, job)| {
            progress.advance();
            let t = Instant::now();
            let keep = to_keep.contains(path);
            let mut hash = None;
            // Warnings come only from flyers, which are done.
            let r = p
                .renderer
                .render(job, &sizes)
                .and_then(|made| match (made.content, staging) {
                    (Content::Bytes(b), Some(st)) => {
                        if keep {
                            hash = Some(render::offline::hash(&b));
                        }
                        st.write(path, &b)
                    }
                    (Content::Copy(src), Some(st)) => {
                        if keep {
                            let b = std::fs::read(&src).map_err(|e| {
                                Diagnostic::general(format!("cannot read {}: {e}", src.display()))
                            })?;
                            hash = Some(render::offline::hash(&b));
                        }
                        st.copy(path, &src)
                    }
                    (_, None) => Ok(()),
                });
            progress.timed(job.kind_name(), t.elapsed().as_secs_f64());
            (hash.map(|h| (path.clone(), h)), r.err())
        })
        .collect();
    for (hash, err) in results {
        kept.extend(hash);
        errors.extend(err);
    }
    // Last, the service worker and the offline lists, named by the hashes.
    if let Some(st) = staging {
        let site = p.renderer.site();
        for (path, job) in late_jobs {
            let t = Instant::now();
            let text = match job {
                Job::ServiceWorker => render::offline::service_worker(site, Some(&kept)),
                Job::OfflineList(lang) => render::offline::list(site, *lang, Some(&kept)),
                _ => unreachable!("only the service worker and offline lists are late"),
            };
            if let Err(d) = st.write(path, text.as_bytes()) {
                errors.push(d);
            }
            progress.timed(job.kind_name(), t.elapsed().as_secs_f64());
            progress.advance();
        }
    }
    crate::output::collapse_disk_full(&mut errors);
    (errors, flyer_seconds)
}

/// Loads, validates and renders everything without writing. Returns all findings.
pub fn check(root: &Path, clock: &Clock) -> Diagnostics {
    check_with(root, clock, None)
}

/// [`check`], taking printables from the cache in `cache` and keeping
/// those it lays out there (the only thing it writes).
pub fn check_with(root: &Path, clock: &Clock, cache: Option<&Path>) -> Diagnostics {
    let mut diags = Diagnostics::new();
    if let Some(d) = cache.and_then(|dir| cache_in_content(root, dir)) {
        diags.push(d);
        return diags;
    }
    if let Some(mut p) = prepare(root, clock, None, &(), &mut diags) {
        if let Some(dir) = cache {
            p.renderer.use_print_cache(dir.to_path_buf());
        }
        let (errors, _) = run(&p, None, &(), &mut diags);
        diags.extend(errors);
        report_cache(&p, &mut diags);
    }
    diags.sort();
    diags
}

/// An error when the printables cache `dir` lies inside the site's
/// `content/`, where its files would be read as media and published.
fn cache_in_content(root: &Path, dir: &Path) -> Option<Diagnostic> {
    let abs = |p: &Path| {
        // The cache folder may not exist yet: resolve its nearest ancestor.
        let mut tail = Vec::new();
        let mut cur = p.to_path_buf();
        loop {
            if let Ok(c) = std::fs::canonicalize(&cur) {
                return tail
                    .into_iter()
                    .rev()
                    .fold(c, |acc: PathBuf, t| acc.join(t));
            }
            match (cur.file_name().map(|n| n.to_os_string()), cur.parent()) {
                (Some(n), Some(parent)) => {
                    tail.push(n);
                    cur = parent.to_path_buf();
                }
                _ => return p.to_path_buf(),
            }
        }
    };
    abs(dir).starts_with(abs(&root.join("content"))).then(|| {
        Diagnostic::general(format!(
            "the printables cache {} is inside content/, where its files would be published",
            dir.display()
        ))
        .hint(
            "keep it outside content/ with --cache DIR, or leave --cache out for .quartier-cache/",
        )
    })
}

/// The default folder of the printables cache of the site at `root`.
pub fn default_cache(root: &Path) -> PathBuf {
    root.join(".quartier-cache").join("printables")
}

/// Notes about the printables cache: entries that were damaged, or a
/// cache that could not be written (the build is complete either way).
fn report_cache(p: &Prepared, diags: &mut Diagnostics) {
    let Some(cache) = p.renderer.print_cache() else {
        return;
    };
    let dir = cache.dir().display();
    let damaged = cache.stats().damaged;
    if damaged > 0 {
        diags.push(
            Diagnostic::note(
                cache.dir(),
                format!(
                    "{damaged} kept printable(s) in {dir} were damaged; they were laid out again"
                ),
            )
            .hint("nothing to do: the cache mends itself; if this keeps happening, check the disk"),
        );
    }
    if let Some(e) = cache.write_error() {
        diags.push(
            Diagnostic::note(
                cache.dir(),
                format!("printables could not be kept in {dir} for the next build: {e}"),
            )
            .hint("the next build lays them out again; keep them elsewhere with --cache DIR, or turn this off with --no-cache"),
        );
    }
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
    /// Make the share images (pages then name them as their Open Graph
    /// image; without them, pages name none).
    pub images: bool,
    /// Keep laid-out printables in this folder and take them from there
    /// when nothing that goes into them changed (see `render::flyer::cache`).
    pub cache: Option<PathBuf>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            flyers: true,
            images: true,
            cache: None,
        }
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
    let cache = options
        .cache
        .as_deref()
        .filter(|_| options.flyers || options.images);
    if let Some(d) = cache.and_then(|dir| cache_in_content(root, dir)) {
        diags.push(d);
        return (None, diags);
    }
    progress.step("reading content", 0);
    let prepared = prepare(root, clock, None, progress, &mut diags);
    let Some(mut p) = prepared else {
        diags.sort();
        return (None, diags);
    };
    if !options.flyers {
        p.plan.retain(|(_, j)| !matches!(j, Job::Flyer(_)));
    }
    if !options.images {
        p.plan.retain(|(_, j)| !matches!(j, Job::ShareImage(..)));
    }
    if let Some(dir) = cache {
        p.renderer.use_print_cache(dir.to_path_buf());
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
    report_cache(&p, &mut diags);
    if !errors.is_empty() {
        diags.extend(errors);
        diags.sort();
        return (None, diags);
    }
    let count = |f: fn(&Job) -> bool| p.plan.iter().filter(|(_, j)| f(j)).count();
    let pages = count(|j| matches!(j, Job::Page(..)));
    let flyers = count(Job::is_printable);
    let calendars = count(|j| matches!(j, Job::Calendar(..)));
    let files = p.plan.len();
    progress.step("putting the new site in place", 0);
    let committed = phase(progress, "swapping in", || staging.commit());
    let flyers_from_cache = p.renderer.print_cache().map_or(0, |c| c.stats().hits);
    match committed {
        Ok(out) => {
            // The cache keeps what this build used: one site's printables.
            if let Some(c) = p.renderer.print_cache() {
                c.prune();
            }
            diags.sort();
            (
                Some(Summary {
                    pages,
                    flyers,
                    calendars,
                    flyer_seconds,
                    flyers_from_cache,
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
