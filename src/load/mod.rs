//! Loading: from the folder tree to the immutable [`Site`].
//!
//! 1. site.yaml, the theme and the interface strings;
//! 2. places.yaml and organisations.yaml;
//! 3. one walk of `content/` that finds districts, offerings, pages, texts
//!    and media files (and so every valid link target);
//! 4. every file parsed and every Markdown body rendered in parallel;
//! 5. references checked and the model assembled.
//!
//! Every problem is collected; the caller gets the site only when there is
//! no error.

mod districts;
mod glossary;
mod offerings;
mod raw;
mod recordings;
mod refs;
pub mod texts;
mod walk;

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::clock::Clock;
use crate::config::{self, Config};
use crate::diag::{did_you_mean, known_list, Diagnostic, Diagnostics};
use crate::i18n::{self, Formats, Strings};
use crate::markdown::LinkTargets;
use crate::model::{District, Organisation, Page, Place, Site, Text};
use crate::theme::Theme;
use refs::{load_organisations, load_places};
use texts::warn_missing_default;
use walk::walk;

pub use texts::split_front_matter;
pub use walk::RESERVED_IDS;

/// Loads and validates the site at `root`. The site is returned only when
/// there are no errors; warnings come with it.
pub fn load(root: &Path, clock: &Clock) -> (Option<Site>, Diagnostics) {
    load_cached(root, clock, None)
}

/// Texts and offerings loaded by earlier loads (the preview keeps one
/// between rebuilds).
///
/// A Markdown file whose size and modification time are unchanged, read under
/// the same link targets and settings, is taken from here instead of being
/// read, parsed and rendered again: after a one-file edit only that file is.
///
/// When the caller knows which files changed since the last load (the
/// preview's file watcher, [`TextCache::trust_except`]), files outside that
/// list are not even looked at, and an offering whose folder holds the same
/// files, none of them changed, loaded under the same settings, places and
/// organisations, is taken whole.
#[derive(Default)]
pub struct TextCache {
    texts: std::sync::Mutex<HashMap<PathBuf, CachedText>>,
    reads: std::sync::atomic::AtomicUsize,
    offerings: std::sync::Mutex<HashMap<PathBuf, CachedOffering>>,
    /// For the next load only: the paths changed since the last one.
    changed: std::sync::Mutex<Option<std::collections::HashSet<PathBuf>>>,
}

struct CachedText {
    stamp: (Option<std::time::SystemTime>, u64),
    env: u64,
    text: Option<Text>,
    diags: Diagnostics,
}

struct CachedOffering {
    env: u64,
    /// Its files (offering.yaml first, then the texts) as the walk found them.
    files: Vec<PathBuf>,
    offering: Option<crate::model::Offering>,
    diags: Diagnostics,
}

impl TextCache {
    /// How many texts were read (not taken from the cache) since last asked.
    pub fn take_reads(&self) -> usize {
        self.reads.swap(0, std::sync::atomic::Ordering::Relaxed)
    }

    /// Tells the next load that of the files it loaded last time, only
    /// `changed` (files or folders, absolute under the site root as it
    /// is given to the load) may differ; everything else is taken from the
    /// cache without looking at the disk. Without this call a load looks
    /// at every file.
    pub fn trust_except(&self, changed: impl IntoIterator<Item = PathBuf>) {
        if let Ok(mut c) = self.changed.lock() {
            *c = Some(changed.into_iter().collect());
        }
    }
}

/// What a load knows about which files changed: `None`, nothing (look at
/// every file).
pub(crate) type Changed = Option<std::collections::HashSet<PathBuf>>;

/// Whether `path` is outside every changed file and folder of `changed`.
fn unchanged(changed: &Changed, path: &Path) -> bool {
    changed
        .as_ref()
        .is_some_and(|set| !path.ancestors().any(|a| set.contains(a)))
}

/// [`load`], reusing and refreshing `cache`.
pub fn load_cached(
    root: &Path,
    clock: &Clock,
    cache: Option<&TextCache>,
) -> (Option<Site>, Diagnostics) {
    let mut diags = Diagnostics::new();
    let site = load_inner(root, clock, cache, &mut diags);
    diags.sort();
    let site = if diags.has_errors() { None } else { site };
    (site, diags)
}

/// The note for a site below the root of its host: the robots.txt the
/// build writes beside it is never read, the host's (`robots`) is, and the
/// sitemap must be announced there.
fn robots_note(base_url: &str, robots: &str) -> Diagnostic {
    Diagnostic::note(
        "site.yaml",
        format!(
            "base_url `{base_url}` is below the root of its host: crawlers read only {robots}, not the site's own {}",
            crate::url::absolute(base_url, crate::url::ROBOTS)
        ),
    )
    .hint(format!(
        "put the lines of the site's robots.txt into {robots} (the line that matters is `Sitemap: {}`), or publish the site at the root of a host",
        crate::url::absolute(base_url, crate::url::SITEMAP_INDEX)
    ))
}

fn load_inner(
    root: &Path,
    clock: &Clock,
    cache: Option<&TextCache>,
    diags: &mut Diagnostics,
) -> Option<Site> {
    let mut config = config::load(root, diags)?;
    if let Some(robots) = crate::url::host_robots(&config.base_url) {
        diags.push(robots_note(&config.base_url, &robots).at(config.base_url_at));
    }
    let theme = Theme::load(root, &config.theme, diags);
    let standard = theme.category_icons(diags);
    for c in &mut config.categories {
        if c.icon.is_empty() {
            c.icon = standard
                .get(&c.id)
                .cloned()
                .unwrap_or_else(|| "generic".into());
        }
    }
    let site_ftl = i18n::read_ftl_dir(root, Path::new("locales"), diags);
    for lang in site_ftl.keys() {
        if config.lang_index(lang).is_none() {
            diags.push(
                Diagnostic::warning(
                    format!("locales/{lang}"),
                    format!("interface strings for `{lang}`, which is not a site language"),
                )
                .hint(format!(
                    "add `{lang}` to languages in site.yaml, or remove locales/{lang}/"
                )),
            );
        }
    }
    let strings = Strings::new(
        &config.languages,
        config.default_language,
        &theme.locales,
        &site_ftl,
        diags,
    );
    check_theme(&config, &theme, &strings, diags);
    let formats: Vec<Formats> = config.languages.par_iter().map(Formats::new).collect();

    let content = root.join("content");
    if !content.is_dir() {
        diags.push(
            Diagnostic::general("there is no content/ folder")
                .hint("create content/ with places.yaml and one folder per district"),
        );
        return None;
    }
    walk::check_root(root, &config, diags);
    let walk = walk(root, &config, diags);
    let places = if walk.has_places {
        load_places(root, diags)
    } else {
        diags.push(
            Diagnostic::error("content/places.yaml", "places.yaml is missing")
                .hint("list the venues in content/places.yaml, one entry per place"),
        );
        BTreeMap::new()
    };
    let organisations = if walk.has_organisations {
        load_organisations(root, diags)
    } else {
        BTreeMap::new()
    };

    // Every page folder and what its URL below /<lang>/ is.
    let mut pages_map: HashMap<String, String> = HashMap::new();
    pages_map.insert(String::new(), crate::url::HOME.to_string());
    for d in &walk.districts {
        pages_map.insert(d.id.clone(), crate::url::district(&d.id));
        for o in &d.offerings {
            pages_map.insert(
                format!("{}/{}", d.id, o.id),
                crate::url::offering(&d.id, &o.id),
            );
        }
    }
    for p in &walk.pages {
        pages_map.insert(format!("pages/{}", p.id), crate::url::free_page(&p.id));
    }
    let targets = LinkTargets {
        pages: pages_map,
        media: walk.media.iter().cloned().collect(),
    };

    let glossary = if walk.has_glossary {
        glossary::load_glossary(root, &config, diags)
    } else {
        Default::default()
    };
    let changed: Changed = cache.and_then(|c| c.changed.lock().ok().and_then(|mut c| c.take()));
    let env = text_env(&config, &targets, &glossary);
    let ctx = Ctx {
        root,
        config: &config,
        cache: cache.map(|c| (c, env)),
        offering_env: match cache {
            Some(_) => offering_env(env, &config, &places, &organisations),
            None => 0,
        },
        changed,
        targets: &targets,
        places: &places,
        organisations: &organisations,
        glossary: &glossary,
    };

    let home = ctx.texts(&walk.home, diags);
    let pages: Vec<Page> = walk
        .pages
        .iter()
        .map(|p| Page {
            id: p.id.clone(),
            texts: ctx.texts(&p.texts, diags),
        })
        .collect();
    for p in &pages {
        if p.texts.is_empty() {
            diags.push(
                Diagnostic::error(format!("content/pages/{}", p.id), "the page has no text").hint(
                    format!(
                        "add content/pages/{}/{}.md with title and summary",
                        p.id,
                        config.default_lang().code
                    ),
                ),
            );
        }
    }

    let results: Vec<(Option<District>, Diagnostics)> = walk
        .districts
        .par_iter()
        .enumerate()
        .map(|(i, d)| {
            let mut local = Diagnostics::new();
            let district = ctx.district(i, d, &mut local);
            (district, local)
        })
        .collect();
    let mut districts = Vec::new();
    for (d, local) in results {
        diags.extend(local);
        districts.extend(d);
    }
    for (i, d) in districts.iter_mut().enumerate() {
        for (j, o) in d.offerings.iter_mut().enumerate() {
            o.district = i;
            o.index = j;
        }
    }
    warn_missing_default(root, &config, &home, Path::new("content"), diags);
    let all_texts = || {
        std::iter::once(&home)
            .chain(pages.iter().map(|p| &p.texts))
            .chain(districts.iter().map(|d| &d.texts))
            .chain(
                districts
                    .iter()
                    .flat_map(|d| d.offerings.iter().map(|o| &o.texts)),
            )
    };
    recordings::check_stale(
        root,
        all_texts().flat_map(|t| t.by_lang.iter().flatten()),
        diags,
    );
    glossary::warn_unused(&glossary, all_texts(), diags);

    let today = clock.today_in(&config.tz);
    let next = districts
        .par_iter()
        .map(|d| {
            d.offerings
                .iter()
                .map(|o| o.schedule.next(today, crate::schedule::NEXT_DATES))
                .collect()
        })
        .collect();
    Some(Site {
        root: root.to_path_buf(),
        today,
        next,
        stamp: clock.stamp,
        config,
        theme,
        strings,
        formats,
        places,
        organisations,
        home,
        districts,
        pages,
        glossary,
        media: walk.media,
    })
}

fn check_theme(config: &Config, theme: &Theme, strings: &Strings, diags: &mut Diagnostics) {
    for c in &config.categories {
        if !theme.icons.contains_key(&c.icon) {
            let mut d = Diagnostic::warning(
                "site.yaml",
                format!(
                    "category `{}` has icon `{}`, which the theme does not have; readers see a generic pictogram",
                    c.id, c.icon
                ),
            );
            d = match did_you_mean(&c.icon, theme.icons.keys().map(String::as_str)) {
                Some(s) => d.hint(format!("did you mean `{s}`?")),
                None => d.hint(format!(
                    "available icons: {}",
                    known_list(theme.icons.keys().map(String::as_str))
                )),
            };
            diags.push(d);
        }
        let key = format!("category-{}", c.id);
        if !strings.has(config.default_language, &key) {
            diags.push(
                Diagnostic::warning(
                    format!("locales/{}", config.default_lang().code),
                    format!("category `{}` has no label `{key}`", c.id),
                )
                .hint(format!(
                    "add `{key} = …` to locales/<lang>/site.ftl for every language; until then readers see `{}`",
                    c.id
                )),
            );
        }
    }
}

/// What else a text's rendering depends on, as one number for [`TextCache`].
fn text_env(config: &Config, targets: &LinkTargets, glossary: &crate::model::Glossary) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    let mut pages: Vec<_> = targets.pages.iter().collect();
    pages.sort();
    pages.hash(&mut h);
    targets.media.hash(&mut h);
    config.allow_raw_html.hash(&mut h);
    glossary::env(glossary).hash(&mut h);
    for l in &config.languages {
        l.code.hash(&mut h);
    }
    h.finish()
}

/// Everything an offering's loading reads besides its own files: the
/// texts' settings (`text_env`), the site's settings, places and
/// organisations.
fn offering_env(
    text_env: u64,
    config: &Config,
    places: &BTreeMap<String, Place>,
    organisations: &BTreeMap<String, Organisation>,
) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    text_env.hash(&mut h);
    format!("{config:?}{places:?}{organisations:?}").hash(&mut h);
    h.finish()
}

/// What the loading of every text, district and offering reads: the
/// settings, the cache, the link targets and the lists references point to.
struct Ctx<'a> {
    root: &'a Path,
    config: &'a Config,
    cache: Option<(&'a TextCache, u64)>,
    /// The hash of what an offering's loading reads besides its files.
    offering_env: u64,
    /// The files changed since the cache's last load, when known.
    changed: Changed,
    targets: &'a LinkTargets,
    places: &'a BTreeMap<String, Place>,
    organisations: &'a BTreeMap<String, Organisation>,
    /// The glossary, for marks in texts.
    glossary: &'a crate::model::Glossary,
}
