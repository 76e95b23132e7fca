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
mod offerings;
mod raw;
mod refs;
mod texts;
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

/// Texts parsed by earlier loads (the preview keeps one between rebuilds).
///
/// A Markdown file whose size and modification time are unchanged, read under
/// the same link targets and settings, is taken from here instead of being
/// read, parsed and rendered again: after a one-file edit only that file is.
#[derive(Default)]
pub struct TextCache(
    std::sync::Mutex<HashMap<PathBuf, CachedText>>,
    std::sync::atomic::AtomicUsize,
);

struct CachedText {
    stamp: (Option<std::time::SystemTime>, u64),
    env: u64,
    text: Option<Text>,
    diags: Diagnostics,
}

impl TextCache {
    /// How many texts were read (not taken from the cache) since last asked.
    pub fn take_reads(&self) -> usize {
        self.1.swap(0, std::sync::atomic::Ordering::Relaxed)
    }
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

    let ctx = Ctx {
        root,
        config: &config,
        cache: cache.map(|c| (c, text_env(&config, &targets))),
        targets: &targets,
        places: &places,
        organisations: &organisations,
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

    Some(Site {
        root: root.to_path_buf(),
        today: clock.today_in(&config.tz),
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
fn text_env(config: &Config, targets: &LinkTargets) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    let mut pages: Vec<_> = targets.pages.iter().collect();
    pages.sort();
    pages.hash(&mut h);
    targets.media.hash(&mut h);
    config.allow_raw_html.hash(&mut h);
    for l in &config.languages {
        l.code.hash(&mut h);
    }
    h.finish()
}

/// What the loading of every text, district and offering reads: the
/// settings, the cache, the link targets and the lists references point to.
struct Ctx<'a> {
    root: &'a Path,
    config: &'a Config,
    cache: Option<(&'a TextCache, u64)>,
    targets: &'a LinkTargets,
    places: &'a BTreeMap<String, Place>,
    organisations: &'a BTreeMap<String, Organisation>,
}
