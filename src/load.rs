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

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::Deserialize;

use crate::clock::Clock;
use crate::config::{self, Config};
use crate::diag::{did_you_mean, known_list, Diagnostic, Diagnostics};
use crate::i18n::{self, Formats, Strings};
use crate::ids;
use crate::markdown::{self, LinkTargets};
use crate::model::*;
use crate::schedule::{RawSchedule, Scalar, Validator};
use crate::theme::Theme;
use crate::yaml::{read_text, YamlFile};
use crate::yamlspan::Seg;

/// Ids that cannot be districts or pages: the generator uses these URLs.
pub const RESERVED_IDS: &[&str] = &[
    "pages",
    "category",
    "audience",
    "offerings",
    "search",
    "archive",
    "media",
    "flyers",
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    #[serde(default)]
    title: Option<Scalar>,
    #[serde(default)]
    summary: Option<Scalar>,
    #[serde(default)]
    translation_of: Option<Scalar>,
    #[serde(default)]
    machine_translated: Option<bool>,
}
const FRONT_MATTER_FIELDS: &[&str] = &["title", "summary", "translation_of", "machine_translated"];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlace {
    name: String,
    #[serde(default)]
    address: Option<String>,
    #[serde(default)]
    geo: Option<Vec<f64>>,
    #[serde(default)]
    wheelchair: Option<bool>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOrganisation {
    name: String,
    #[serde(default)]
    website: Option<String>,
    #[serde(default)]
    email: Option<String>,
    #[serde(default)]
    phone: Option<Scalar>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawContact {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    place: Option<String>,
    #[serde(default)]
    phone: Option<Scalar>,
    #[serde(default)]
    email: Option<String>,
    #[serde(default)]
    website: Option<String>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum RawName {
    Same(String),
    ByLang(BTreeMap<String, String>),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDistrict {
    name: RawName,
    #[serde(default)]
    contact: Option<RawContact>,
}
const DISTRICT_FIELDS: &[&str] = &["name", "contact"];

#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    fn into_vec(self) -> Vec<String> {
        match self {
            OneOrMany::One(s) => vec![s],
            OneOrMany::Many(v) => v,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOffering {
    kind: String,
    #[serde(default)]
    place: Option<String>,
    #[serde(default)]
    online: Option<String>,
    #[serde(default)]
    organisation: Option<String>,
    #[serde(default)]
    audience: Option<OneOrMany>,
    #[serde(default)]
    spoken_languages: Option<OneOrMany>,
    #[serde(default)]
    childcare: Option<bool>,
    #[serde(default)]
    cost: Option<serde_yaml::Value>,
    #[serde(default)]
    registration: Option<String>,
    #[serde(default)]
    contact: Option<RawContact>,
    #[serde(default)]
    flyer: Option<bool>,
    schedule: RawSchedule,
}
/// Fields of offering.yaml.
pub const OFFERING_FIELDS: &[&str] = &[
    "kind",
    "place",
    "online",
    "organisation",
    "audience",
    "spoken_languages",
    "childcare",
    "cost",
    "registration",
    "contact",
    "flyer",
    "schedule",
];

/// A Markdown file found by the walk.
struct MdFile {
    rel: PathBuf,
    lang: usize,
}

struct OfferingUnit {
    id: String,
    dir: PathBuf,
    texts: Vec<MdFile>,
}

struct DistrictUnit {
    id: String,
    dir: PathBuf,
    has_yaml: bool,
    texts: Vec<MdFile>,
    offerings: Vec<OfferingUnit>,
}

struct PageUnit {
    id: String,
    texts: Vec<MdFile>,
}

#[derive(Default)]
struct Walk {
    home: Vec<MdFile>,
    districts: Vec<DistrictUnit>,
    pages: Vec<PageUnit>,
    media: Vec<String>,
    has_places: bool,
    has_organisations: bool,
}

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

fn load_inner(
    root: &Path,
    clock: &Clock,
    cache: Option<&TextCache>,
    diags: &mut Diagnostics,
) -> Option<Site> {
    let config = config::load(root, diags)?;
    let theme = Theme::load(root, &config.theme, diags);
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
    pages_map.insert(String::new(), String::new());
    for d in &walk.districts {
        pages_map.insert(d.id.clone(), format!("{}/", d.id));
        for o in &d.offerings {
            pages_map.insert(format!("{}/{}", d.id, o.id), format!("{}/{}/", d.id, o.id));
        }
    }
    for p in &walk.pages {
        pages_map.insert(format!("pages/{}", p.id), format!("{}/", p.id));
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

/// Warns when texts exist but none in the default language (unless that file
/// is there and was reported as broken already).
fn warn_missing_default(
    root: &Path,
    config: &Config,
    texts: &Texts,
    dir: &Path,
    diags: &mut Diagnostics,
) {
    let file = dir.join(format!("{}.md", config.default_lang().code));
    if !texts.is_empty()
        && texts.by_lang[config.default_language].is_none()
        && !root.join(&file).exists()
    {
        diags.push(
            Diagnostic::warning(
                dir,
                format!(
                    "no text in the default language ({})",
                    config.default_lang().code
                ),
            )
            .hint(format!(
                "add {}/{}.md; translations are made from it",
                dir.display(),
                config.default_lang().code
            )),
        );
    }
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

struct Ctx<'a> {
    root: &'a Path,
    config: &'a Config,
    cache: Option<(&'a TextCache, u64)>,
    targets: &'a LinkTargets,
    places: &'a BTreeMap<String, Place>,
    organisations: &'a BTreeMap<String, Organisation>,
}

/// Splits `---` front matter from the body. Returns (yaml, body, body byte offset).
pub fn split_front_matter(text: &str) -> Option<(&str, &str, usize)> {
    let first_end = text.find('\n')?;
    if text[..first_end].trim_end() != "---" {
        return None;
    }
    let yaml_start = first_end + 1;
    let mut pos = yaml_start;
    while pos <= text.len() {
        let end = text[pos..]
            .find('\n')
            .map(|i| pos + i)
            .unwrap_or(text.len());
        let line = text[pos..end].trim_end();
        if line == "---" || line == "..." {
            let body_start = (end + 1).min(text.len());
            return Some((&text[yaml_start..pos], &text[body_start..], body_start));
        }
        if end == text.len() {
            break;
        }
        pos = end + 1;
    }
    None
}

impl Ctx<'_> {
    fn texts(&self, files: &[MdFile], diags: &mut Diagnostics) -> Texts {
        let mut texts = Texts::new(self.config.languages.len());
        for f in files {
            if let Some(t) = self.text(f, diags) {
                texts.by_lang[f.lang] = Some(t);
            }
        }
        texts
    }

    fn text(&self, f: &MdFile, diags: &mut Diagnostics) -> Option<Text> {
        let Some((cache, env)) = self.cache else {
            return self.parse_text(f, diags);
        };
        let path = self.root.join(&f.rel);
        let stamp = std::fs::metadata(&path)
            .map(|m| (m.modified().ok(), m.len()))
            .unwrap_or((None, u64::MAX));
        if let Some(hit) = cache.0.lock().ok().and_then(|m| {
            m.get(&path)
                .filter(|c| c.stamp == stamp && c.env == env && c.stamp.0.is_some())
                .map(|c| (c.text.clone(), c.diags.clone()))
        }) {
            diags.extend(hit.1);
            return hit.0;
        }
        let mut mine = Diagnostics::new();
        let text = self.parse_text(f, &mut mine);
        cache.1.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        if let Ok(mut m) = cache.0.lock() {
            m.insert(
                path,
                CachedText {
                    stamp,
                    env,
                    text: text.clone(),
                    diags: mine.clone(),
                },
            );
        }
        diags.extend(mine);
        text
    }

    fn parse_text(&self, f: &MdFile, diags: &mut Diagnostics) -> Option<Text> {
        let text = match read_text(self.root, &f.rel) {
            Ok(t) => t,
            Err(d) => {
                diags.push(d);
                return None;
            }
        };
        let Some((yaml, body_src, body_offset)) = split_front_matter(&text) else {
            let starts = text.trim_start().starts_with("---");
            diags.push(
                Diagnostic::error(&f.rel, if starts {
                    "the front matter is not closed"
                } else {
                    "the file does not start with front matter"
                })
                .at(Some((1, 1)))
                .hint("start the file with a line `---`, then `title: …` and `summary: …`, then a line `---`, then the text"),
            );
            return None;
        };
        let file = YamlFile::new(f.rel.clone(), yaml.to_string(), 1);
        let fm: FrontMatter = file.parse(FRONT_MATTER_FIELDS, diags)?;
        let mut ok = true;
        let mut required = |v: &Option<Scalar>, field: &str| -> String {
            match v {
                Some(Scalar(s)) if !s.trim().is_empty() => s.trim().to_string(),
                _ => {
                    // Point at the empty value, or at the start of the front matter.
                    let at = if v.is_some() {
                        file.value(&[Seg::Key(field)])
                    } else {
                        None
                    };
                    diags.push(
                        Diagnostic::error(&f.rel, format!("`{field}` is missing or empty"))
                            .at(at.or(Some((2, 1))))
                            .hint(format!("add `{field}: …` between the two `---` lines")),
                    );
                    ok = false;
                    String::new()
                }
            }
        };
        let title = required(&fm.title, "title");
        let summary = required(&fm.summary, "summary");
        let mut errors = Vec::new();
        let body = markdown::render(
            body_src,
            &f.rel,
            &text,
            body_offset,
            self.targets,
            self.config.allow_raw_html,
            &mut errors,
        );
        let has_errors = !errors.is_empty();
        diags.extend(errors);
        if !ok || has_errors {
            return None;
        }
        let fingerprint = crate::translations::fingerprint(&title, &summary, body_src);
        Some(Text {
            lang: f.lang,
            rel: f.rel.clone(),
            fingerprint,
            title,
            summary,
            body,
            translation_of: fm.translation_of.map(|s| s.0),
            machine_translated: fm.machine_translated.unwrap_or(false),
        })
    }

    fn contact(
        &self,
        raw: Option<RawContact>,
        file: &YamlFile,
        base: &str,
        diags: &mut Diagnostics,
    ) -> Option<Contact> {
        let raw = raw?;
        if let Some(p) = &raw.place {
            self.check_ref(
                p,
                self.places.keys(),
                "place",
                "content/places.yaml",
                file,
                &[Seg::Key(base), Seg::Key("place")],
                diags,
            );
        }
        Some(Contact {
            name: raw.name,
            place: raw.place,
            phone: raw.phone.map(|s| s.0),
            email: raw.email,
            website: raw.website,
        })
    }

    #[allow(clippy::too_many_arguments)]
    fn check_ref<'k>(
        &self,
        id: &str,
        known: impl Iterator<Item = &'k String> + Clone,
        what: &str,
        list_file: &str,
        file: &YamlFile,
        path: &[Seg],
        diags: &mut Diagnostics,
    ) -> bool {
        if known.clone().any(|k| k == id) {
            return true;
        }
        let d = file.error_at(path, format!("unknown {what} `{id}`"));
        let hint = match did_you_mean(id, known.clone().map(String::as_str)) {
            Some(s) => format!("did you mean `{s}`? ({what}s are listed in {list_file})"),
            None if known.clone().next().is_none() => format!("add `{id}:` to {list_file}"),
            None => format!(
                "known {what}s: {}; or add `{id}:` to {list_file}",
                known_list(known.map(String::as_str))
            ),
        };
        diags.push(d.hint(hint));
        false
    }

    fn district(
        &self,
        _index: usize,
        unit: &DistrictUnit,
        diags: &mut Diagnostics,
    ) -> Option<District> {
        let texts = self.texts(&unit.texts, diags);
        let offerings: Vec<Offering> = unit
            .offerings
            .iter()
            .filter_map(|o| self.offering(o, diags))
            .collect();
        warn_missing_default(self.root, self.config, &texts, &unit.dir, diags);
        if !unit.has_yaml {
            diags.push(
                Diagnostic::error(&unit.dir, "district.yaml is missing").hint(format!(
                    "add {}/district.yaml with at least `name: …`",
                    unit.dir.display()
                )),
            );
            return None;
        }
        let rel = unit.dir.join("district.yaml");
        let file = match YamlFile::read(self.root, &rel) {
            Ok(f) => f,
            Err(d) => {
                diags.push(d);
                return None;
            }
        };
        let raw: RawDistrict = file.parse(DISTRICT_FIELDS, diags)?;
        let name = match raw.name {
            RawName::Same(s) => Name::Same(s),
            RawName::ByLang(m) => {
                for k in m.keys() {
                    if self.config.lang_index(k).is_none() {
                        diags.push(
                            file.error_at(
                                &[Seg::Key("name"), Seg::Key(k)],
                                format!("`{k}` is not a site language"),
                            )
                            .hint(format!(
                                "site languages: {}",
                                known_list(self.config.languages.iter().map(|l| l.code.as_str()))
                            )),
                        );
                    }
                }
                Name::ByLang(m)
            }
        };
        let contact = self.contact(raw.contact, &file, "contact", diags);
        let mut offerings = offerings;
        offerings.sort_by(|a, b| (a.category, &a.id).cmp(&(b.category, &b.id)));
        Some(District {
            id: unit.id.clone(),
            name,
            contact,
            texts,
            offerings,
            dir: unit.dir.clone(),
        })
    }

    fn offering(&self, unit: &OfferingUnit, diags: &mut Diagnostics) -> Option<Offering> {
        let texts = self.texts(&unit.texts, diags);
        let rel = unit.dir.join("offering.yaml");
        let file = match YamlFile::read(self.root, &rel) {
            Ok(f) => f,
            Err(d) => {
                diags.push(d);
                return None;
            }
        };
        if unit.texts.is_empty() {
            diags.push(
                Diagnostic::error(&unit.dir, "the offering has no text").hint(format!(
                    "add {}/{}.md with title and summary",
                    unit.dir.display(),
                    self.config.default_lang().code
                )),
            );
        }
        warn_missing_default(self.root, self.config, &texts, &unit.dir, diags);
        let raw: RawOffering = file.parse(OFFERING_FIELDS, diags)?;
        let before = diags.error_count();
        let category = match self.config.category_index(&raw.kind) {
            Some(i) => Some(i),
            None => {
                let known = self.config.categories.iter().map(|c| c.id.as_str());
                let hint = match did_you_mean(&raw.kind, known.clone()) {
                    Some(s) => format!("did you mean `{s}`?"),
                    None => format!("categories in site.yaml: {}", known_list(known)),
                };
                diags.push(
                    file.error_at(
                        &[Seg::Key("kind")],
                        format!("unknown category `{}`", raw.kind),
                    )
                    .hint(hint),
                );
                None
            }
        };
        match (&raw.place, &raw.online) {
            (Some(p), _) => {
                self.check_ref(
                    p,
                    self.places.keys(),
                    "place",
                    "content/places.yaml",
                    &file,
                    &[Seg::Key("place")],
                    diags,
                );
            }
            (None, Some(url)) => {
                if !(url.starts_with("https://") || url.starts_with("http://")) {
                    diags.push(
                        file.error_at(
                            &[Seg::Key("online")],
                            format!("`online: {url}` is not a web address"),
                        )
                        .hint("write the full address, starting with https://"),
                    );
                }
            }
            (None, None) => diags.push(
                Diagnostic::error(&rel, "the offering has no `place` (or `online`)")
                    .at(Some((1, 1)))
                    .hint(format!(
                        "add `place: <id>` with an id from content/places.yaml (known: {})",
                        known_list(self.places.keys().map(String::as_str))
                    )),
            ),
        }
        if let Some(o) = &raw.organisation {
            self.check_ref(
                o,
                self.organisations.keys(),
                "organisation",
                "content/organisations.yaml",
                &file,
                &[Seg::Key("organisation")],
                diags,
            );
        }
        let mut audience = Vec::new();
        for (i, a) in raw
            .audience
            .map(OneOrMany::into_vec)
            .unwrap_or_default()
            .iter()
            .enumerate()
        {
            match AUDIENCES.iter().position(|k| k == a) {
                Some(k) => audience.push(k),
                None => {
                    let hint = match did_you_mean(a, AUDIENCES.iter().copied()) {
                        Some(s) => format!("did you mean `{s}`?"),
                        None => format!("write one of {}", known_list(AUDIENCES.iter().copied())),
                    };
                    diags.push(
                        file.error_at(
                            &[Seg::Key("audience"), Seg::Index(i)],
                            format!("unknown audience `{a}`"),
                        )
                        .hint(hint),
                    );
                }
            }
        }
        let spoken = raw
            .spoken_languages
            .map(OneOrMany::into_vec)
            .unwrap_or_default();
        for (i, code) in spoken.iter().enumerate() {
            if i18n::Language::new(code).is_err()
                || !code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            {
                diags.push(
                    file.error_at(
                        &[Seg::Key("spoken_languages"), Seg::Index(i)],
                        format!("`{code}` is not a language code"),
                    )
                    .hint("use codes such as de, tr, ar, fa, prs, ku, ru"),
                );
            }
        }
        let cost = raw.cost.as_ref().and_then(|v| parse_cost(v, &file, diags));
        let registration = match raw.registration.as_deref() {
            None => None,
            Some("required") => Some(true),
            Some("not-required") => Some(false),
            Some(other) => {
                diags.push(
                    file.error_at(
                        &[Seg::Key("registration")],
                        format!("`registration: {other}` is not known"),
                    )
                    .hint("write `required` or `not-required`"),
                );
                None
            }
        };
        let contact = self.contact(raw.contact, &file, "contact", diags);
        let schedule = Validator::new(&file, diags).validate(&raw.schedule);
        if diags.error_count() > before {
            return None;
        }
        Some(Offering {
            id: unit.id.clone(),
            district: 0,
            index: 0,
            category: category?,
            place: raw.place,
            online: raw.online,
            organisation: raw.organisation,
            audience,
            spoken_languages: spoken,
            childcare: raw.childcare,
            cost,
            registration,
            contact,
            flyer: raw.flyer.unwrap_or(true),
            schedule: schedule?,
            texts,
            dir: unit.dir.clone(),
        })
    }
}

fn parse_cost(v: &serde_yaml::Value, file: &YamlFile, diags: &mut Diagnostics) -> Option<Cost> {
    let bad = |diags: &mut Diagnostics| {
        diags.push(
            file.error_at(
                &[Seg::Key("cost")],
                "`cost` is neither `free` nor an amount",
            )
            .hint("write `cost: free` or `cost: { amount: 25, currency: EUR }`"),
        );
        None
    };
    match v {
        serde_yaml::Value::String(s) if s == "free" => Some(Cost::Free),
        serde_yaml::Value::Number(n) => match n.as_f64() {
            Some(0.0) => Some(Cost::Free),
            Some(a) if a > 0.0 => Some(Cost::Amount {
                amount: a,
                currency: "EUR".into(),
            }),
            _ => bad(diags),
        },
        serde_yaml::Value::Mapping(m) => {
            let mut amount = None;
            let mut currency = "EUR".to_string();
            for (k, val) in m {
                match (k.as_str(), val) {
                    (Some("amount"), serde_yaml::Value::Number(n)) => amount = n.as_f64(),
                    (Some("currency"), serde_yaml::Value::String(c))
                        if c.len() == 3 && c.chars().all(|c| c.is_ascii_uppercase()) =>
                    {
                        currency = c.clone()
                    }
                    (Some("currency"), _) => {
                        diags.push(
                            file.error_at(
                                &[Seg::Key("cost"), Seg::Key("currency")],
                                "the currency is not a three-letter code",
                            )
                            .hint("write e.g. `currency: EUR`"),
                        );
                        return None;
                    }
                    (Some(other), _) if other != "amount" => {
                        diags.push(
                            crate::yaml::unknown_field(&file.rel, other, &["amount", "currency"])
                                .at(file.key(&[Seg::Key("cost"), Seg::Key(other)])),
                        );
                        return None;
                    }
                    _ => return bad(diags),
                }
            }
            match amount {
                Some(a) if a >= 0.0 && a.is_finite() => Some(Cost::Amount {
                    amount: a,
                    currency,
                }),
                _ => bad(diags),
            }
        }
        _ => bad(diags),
    }
}

fn load_places(root: &Path, diags: &mut Diagnostics) -> BTreeMap<String, Place> {
    let rel = Path::new("content/places.yaml");
    let file = match YamlFile::read(root, rel) {
        Ok(f) => f,
        Err(d) => {
            diags.push(d);
            return BTreeMap::new();
        }
    };
    let Some(raw) = file.parse::<BTreeMap<String, RawPlace>>(&[], diags) else {
        return BTreeMap::new();
    };
    let mut out = BTreeMap::new();
    for (id, p) in raw {
        check_id(&id, "place", &file, diags);
        let geo = match p.geo.as_deref() {
            None => None,
            Some([lat, lon]) if lat.abs() <= 90.0 && lon.abs() <= 180.0 => Some((*lat, *lon)),
            Some(_) => {
                diags.push(
                    file.error_at(
                        &[Seg::Key(&id), Seg::Key("geo")],
                        "`geo` is not [latitude, longitude]",
                    )
                    .hint("write e.g. `geo: [49.8968, 8.6842]`"),
                );
                None
            }
        };
        out.insert(
            id.clone(),
            Place {
                id,
                name: p.name,
                address: p.address,
                geo,
                wheelchair: p.wheelchair,
            },
        );
    }
    out
}

fn load_organisations(root: &Path, diags: &mut Diagnostics) -> BTreeMap<String, Organisation> {
    let rel = Path::new("content/organisations.yaml");
    let file = match YamlFile::read(root, rel) {
        Ok(f) => f,
        Err(d) => {
            diags.push(d);
            return BTreeMap::new();
        }
    };
    let Some(raw) = file.parse::<BTreeMap<String, RawOrganisation>>(&[], diags) else {
        return BTreeMap::new();
    };
    raw.into_iter()
        .map(|(id, o)| {
            check_id(&id, "organisation", &file, diags);
            (
                id.clone(),
                Organisation {
                    id,
                    name: o.name,
                    website: o.website,
                    email: o.email,
                    phone: o.phone.map(|s| s.0),
                },
            )
        })
        .collect()
}

fn check_id(id: &str, what: &str, file: &YamlFile, diags: &mut Diagnostics) {
    if !ids::is_valid(id) {
        let mut d = Diagnostic::error(&file.rel, format!("{what} id `{id}` is not a valid id"))
            .at(file.key(&[Seg::Key(id)]));
        d = match ids::suggest(id) {
            Some(s) => d.hint(format!("rename it to `{s}` (lower-case letters, digits and single hyphens) and update references")),
            None => d.hint("use lower-case letters, digits and single hyphens"),
        };
        diags.push(d);
    }
}

fn folder_id_ok(name: &str, rel: &Path, what: &str, diags: &mut Diagnostics) -> bool {
    if ids::is_valid(name) {
        return true;
    }
    let mut d = Diagnostic::error(
        rel,
        format!("folder name `{name}` is not a valid {what} id"),
    );
    d = match ids::suggest(name) {
        Some(s) => d.hint(format!(
            "rename the folder to `{s}` (lower-case letters, digits and single hyphens)"
        )),
        None => d.hint("use lower-case letters, digits and single hyphens"),
    };
    diags.push(d);
    false
}

fn list_dir(root: &Path, rel: &Path, diags: &mut Diagnostics) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    match std::fs::read_dir(root.join(rel)) {
        Ok(rd) => {
            for e in rd.flatten() {
                let name = e.file_name().to_string_lossy().into_owned();
                if name.starts_with('.') || name.ends_with('~') {
                    continue;
                }
                if e.file_type().is_ok_and(|t| t.is_symlink()) {
                    diags.push(crate::diag::link_refused(&rel.join(&name)));
                    continue;
                }
                let is_dir = e.file_type().map(|t| t.is_dir()).unwrap_or(false);
                out.push((name, is_dir));
            }
        }
        Err(e) => diags.push(Diagnostic::error(
            rel,
            format!("cannot read the folder: {e}"),
        )),
    }
    out.sort();
    out
}

fn md_lang(name: &str, rel: &Path, config: &Config, diags: &mut Diagnostics) -> Option<usize> {
    let stem = name.strip_suffix(".md")?;
    match config.lang_index(stem) {
        Some(i) => Some(i),
        None => {
            diags.push(
                Diagnostic::warning(rel, format!("`{name}` is not a text in a site language, so it is not shown"))
                    .hint(format!(
                        "name texts after a site language ({}), or add `{stem}` to languages in site.yaml",
                        known_list(config.languages.iter().map(|l| l.code.as_str()))
                    )),
            );
            None
        }
    }
}

fn collect_media(root: &Path, rel: &Path, media: &mut Vec<String>, diags: &mut Diagnostics) {
    for e in walkdir::WalkDir::new(root.join(rel))
        .sort_by_file_name()
        .into_iter()
        .flatten()
    {
        if e.path_is_symlink() {
            let inner = e.path().strip_prefix(root).unwrap_or(e.path());
            diags.push(crate::diag::link_refused(inner));
        } else if e.file_type().is_file() {
            if let Ok(inner) = e.path().strip_prefix(root.join("content")) {
                let key = inner.to_string_lossy().replace('\\', "/");
                if !key.split('/').any(|c| c.starts_with('.')) {
                    media.push(key);
                }
            }
        }
    }
}

fn walk(root: &Path, config: &Config, diags: &mut Diagnostics) -> Walk {
    let mut w = Walk::default();
    let content = Path::new("content");
    for (name, is_dir) in list_dir(root, content, diags) {
        let rel = content.join(&name);
        if !is_dir {
            match name.as_str() {
                "places.yaml" => w.has_places = true,
                "organisations.yaml" => w.has_organisations = true,
                n if n.ends_with(".md") => {
                    if let Some(lang) = md_lang(n, &rel, config, diags) {
                        w.home.push(MdFile { rel, lang });
                    }
                }
                n if n.ends_with(".yaml") || n.ends_with(".yml") => diags.push(
                    Diagnostic::warning(&rel, format!("`{n}` is not a file Quartier reads"))
                        .hint("content/ holds places.yaml, organisations.yaml, <lang>.md and one folder per district"),
                ),
                _ => collect_media(root, &rel, &mut w.media, diags),
            }
            continue;
        }
        if name == "pages" {
            for (pname, pdir) in list_dir(root, &rel, diags) {
                let prel = rel.join(&pname);
                if !pdir {
                    collect_media(root, &prel, &mut w.media, diags);
                    continue;
                }
                if !folder_id_ok(&pname, &prel, "page", diags) {
                    continue;
                }
                let mut texts = Vec::new();
                for (f, fdir) in list_dir(root, &prel, diags) {
                    let frel = prel.join(&f);
                    if fdir || !f.ends_with(".md") {
                        collect_media(root, &frel, &mut w.media, diags);
                    } else if let Some(lang) = md_lang(&f, &frel, config, diags) {
                        texts.push(MdFile { rel: frel, lang });
                    }
                }
                w.pages.push(PageUnit { id: pname, texts });
            }
            continue;
        }
        if !folder_id_ok(&name, &rel, "district", diags) {
            continue;
        }
        let mut unit = DistrictUnit {
            id: name.clone(),
            dir: rel.clone(),
            has_yaml: false,
            texts: Vec::new(),
            offerings: Vec::new(),
        };
        for (f, fdir) in list_dir(root, &rel, diags) {
            let frel = rel.join(&f);
            if !fdir {
                if f == "district.yaml" {
                    unit.has_yaml = true;
                } else if f.ends_with(".md") {
                    if let Some(lang) = md_lang(&f, &frel, config, diags) {
                        unit.texts.push(MdFile { rel: frel, lang });
                    }
                } else if f == "offering.yaml" {
                    diags.push(
                        Diagnostic::error(&frel, "offering.yaml directly in a district folder")
                            .hint(format!(
                                "move it into a folder of its own: {}/<offering-id>/offering.yaml",
                                rel.display()
                            )),
                    );
                } else {
                    collect_media(root, &frel, &mut w.media, diags);
                }
                continue;
            }
            let entries = list_dir(root, &frel, diags);
            let has_yaml = entries.iter().any(|(n, d)| n == "offering.yaml" && !d);
            let has_md = entries.iter().any(|(n, d)| n.ends_with(".md") && !d);
            if !has_yaml {
                if has_md {
                    diags.push(
                        Diagnostic::error(&frel, "offering.yaml is missing").hint(format!(
                            "add {}/offering.yaml with kind, place and schedule",
                            frel.display()
                        )),
                    );
                } else {
                    collect_media(root, &frel, &mut w.media, diags);
                }
                continue;
            }
            if !folder_id_ok(&f, &frel, "offering", diags) {
                continue;
            }
            let mut o = OfferingUnit {
                id: f.clone(),
                dir: frel.clone(),
                texts: Vec::new(),
            };
            for (g, gdir) in entries {
                let grel = frel.join(&g);
                if g == "offering.yaml" {
                    continue;
                }
                if !gdir && g.ends_with(".md") {
                    if let Some(lang) = md_lang(&g, &grel, config, diags) {
                        o.texts.push(MdFile { rel: grel, lang });
                    }
                } else {
                    collect_media(root, &grel, &mut w.media, diags);
                }
            }
            unit.offerings.push(o);
        }
        w.districts.push(unit);
    }
    // Ids that would collide with generated URLs or with each other.
    let page_ids: Vec<&str> = w.pages.iter().map(|p| p.id.as_str()).collect();
    for d in &w.districts {
        if RESERVED_IDS.contains(&d.id.as_str()) {
            diags.push(
                Diagnostic::error(
                    &d.dir,
                    format!(
                        "`{}` cannot be a district id: the site uses that address",
                        d.id
                    ),
                )
                .hint("rename the folder"),
            );
        }
        if page_ids.contains(&d.id.as_str()) {
            diags.push(
                Diagnostic::error(
                    &d.dir,
                    format!(
                        "district `{}` and page `{}` would have the same address",
                        d.id, d.id
                    ),
                )
                .hint("rename the district folder or the page folder in content/pages/"),
            );
        }
    }
    for p in &w.pages {
        if RESERVED_IDS.contains(&p.id.as_str()) {
            diags.push(
                Diagnostic::error(
                    format!("content/pages/{}", p.id),
                    format!("`{}` cannot be a page id: the site uses that address", p.id),
                )
                .hint("rename the folder"),
            );
        }
    }
    w.media.sort();
    w
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_front_matter() {
        let (y, b, off) = split_front_matter("---\ntitle: a\n---\nbody\n").unwrap();
        assert_eq!((y, b, off), ("title: a\n", "body\n", 17));
        let (y, b, _) = split_front_matter("---\r\ntitle: a\r\n---\r\nbody").unwrap();
        assert_eq!((y, b), ("title: a\r\n", "body"));
        assert!(split_front_matter("title: a\n").is_none());
        assert!(split_front_matter("---\ntitle: a\n").is_none());
        let (y, b, _) = split_front_matter("---\ntitle: a\n---").unwrap();
        assert_eq!((y, b), ("title: a\n", ""));
    }
}
