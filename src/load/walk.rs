//! The one walk of `content/`: districts, offerings, pages, their texts and
//! the media files (so every valid link target is known before any text is
//! rendered).

use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::diag::{known_list, Diagnostic, Diagnostics};
use crate::ids;

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
    "offline",
    "glossary",
];

/// A Markdown file found by the walk.
pub(super) struct MdFile {
    pub(super) rel: PathBuf,
    pub(super) lang: usize,
    /// The text read aloud: `<lang>.<audio ending>` beside it.
    pub(super) recording: Option<PathBuf>,
}

/// Gives each text the recording of its language found beside it; a
/// recording without a text of its language is named, not published.
fn attach_recordings(
    texts: &mut [MdFile],
    recordings: Vec<(PathBuf, usize)>,
    diags: &mut Diagnostics,
) {
    for (rel, lang) in recordings {
        match texts.iter_mut().find(|t| t.lang == lang) {
            Some(t) if t.recording.is_none() => t.recording = Some(rel),
            Some(t) => {
                let kept = t.recording.as_deref().unwrap_or(Path::new(""));
                diags.push(
                    Diagnostic::warning(
                        &rel,
                        format!(
                            "a second recording of the same text; only `{}` is published",
                            kept.file_name().unwrap_or_default().to_string_lossy()
                        ),
                    )
                    .hint("keep one recording per language: remove or rename the other file"),
                );
            }
            None => {
                let name = rel.file_name().unwrap_or_default().to_string_lossy();
                let stem = name.rsplit_once('.').map_or(&*name, |(s, _)| s).to_string();
                let dir = rel.parent().unwrap_or(Path::new(""));
                diags.push(
                    Diagnostic::warning(
                        &rel,
                        format!("a recording without a text in its language (`{stem}.md`), so it is not published"),
                    )
                    .hint(format!(
                        "add {}/{stem}.md (the text it reads), or rename the recording after the language of a text beside it",
                        dir.display()
                    )),
                );
            }
        }
    }
}

pub(super) struct OfferingUnit {
    pub(super) id: String,
    pub(super) dir: PathBuf,
    pub(super) texts: Vec<MdFile>,
}

pub(super) struct DistrictUnit {
    pub(super) id: String,
    pub(super) dir: PathBuf,
    pub(super) has_yaml: bool,
    pub(super) texts: Vec<MdFile>,
    pub(super) offerings: Vec<OfferingUnit>,
}

pub(super) struct PageUnit {
    pub(super) id: String,
    pub(super) texts: Vec<MdFile>,
}

#[derive(Default)]
pub(super) struct Walk {
    pub(super) home: Vec<MdFile>,
    pub(super) districts: Vec<DistrictUnit>,
    pub(super) pages: Vec<PageUnit>,
    pub(super) media: Vec<String>,
    pub(super) has_places: bool,
    pub(super) has_organisations: bool,
    pub(super) has_glossary: bool,
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

/// Endings editors' tools give Markdown files; only `.md` is read.
const MD_ENDINGS: &[&str] = &[
    "md", "markdown", "mdown", "mkd", "mkdn", "mdwn", "mdtxt", "text", "txt",
];

/// The site language a misnamed text most likely belongs to: `DE` → `de`,
/// `fa-AF` → `prs` (the same language after CLDR's aliases), `de kopie` →
/// `de`, `trr` → `tr`.
fn lang_for(stem: &str, config: &Config) -> Option<String> {
    let codes = || config.languages.iter().map(|l| l.code.as_str());
    if let Some(c) =
        codes().find(|c| c.eq_ignore_ascii_case(stem) || crate::i18n::same_language(c, stem))
    {
        return Some(c.to_string());
    }
    let head = stem.split([' ', '_', '.', '(']).next().unwrap_or(stem);
    if let Some(c) = codes().find(|c| c.eq_ignore_ascii_case(head)) {
        return Some(c.to_string());
    }
    // A language CLDR knows is not a typo of another one (`en` is not `de`).
    if crate::i18n::check_code(stem) == crate::i18n::CodeCheck::Known {
        return None;
    }
    crate::diag::did_you_mean(&stem.to_ascii_lowercase(), codes()).map(str::to_string)
}

/// What a file name in a content folder is.
enum Named {
    /// A text in the site language with this index.
    Text(usize),
    /// A recording of the text in the site language with this index.
    Recording(usize),
    /// Meant as a text or data file but misnamed; reported.
    Reported,
    /// Anything else: a media file.
    Other,
}

/// Reads a file name as a text `<lang>.md`, reporting near-misses
/// (`tr.MD`, `de.markdown`, `DE.md`, `fa-AF.md` on a site with `prs`, a
/// stray `.yaml`) instead of publishing them as media. `data` names the
/// YAML files this folder may hold.
fn text_name(
    name: &str,
    rel: &Path,
    config: &Config,
    data: &[&str],
    diags: &mut Diagnostics,
) -> Named {
    let Some((stem, ext)) = name.rsplit_once('.') else {
        return Named::Other;
    };
    let ext_l = ext.to_ascii_lowercase();
    if crate::model::AudioFormat::from_ext(ext).is_some() {
        return recording_name(name, stem, ext, rel, config, diags);
    }
    if ext_l == "yaml" || ext_l == "yml" {
        if data.contains(&name) {
            return Named::Other;
        }
        let normal = format!("{}.yaml", stem.to_ascii_lowercase());
        let guess = data
            .iter()
            .find(|d| **d == normal)
            .copied()
            .or_else(|| crate::diag::did_you_mean(&normal, data.iter().copied()));
        let mut d = Diagnostic::warning(
            rel,
            format!("`{name}` is not a file Quartier reads, so it is not used"),
        );
        d = match guess {
            Some(g) => d.hint(format!("did you mean `{g}`? rename the file")),
            None if data.is_empty() => {
                d.hint("this folder holds no YAML file; move it or remove it")
            }
            None => d.hint(format!(
                "this folder holds {}",
                known_list(data.iter().copied())
            )),
        };
        diags.push(d);
        return Named::Reported;
    }
    if !MD_ENDINGS.contains(&ext_l.as_str()) {
        return Named::Other;
    }
    if ext == "md" {
        if let Some(i) = config.lang_index(stem) {
            return Named::Text(i);
        }
    }
    let guess = lang_for(stem, config);
    if (ext_l == "txt" || ext_l == "text") && guess.is_none() {
        // A text file that does not look like a translation is media.
        return Named::Other;
    }
    let codes = || config.languages.iter().map(|l| l.code.as_str());
    let message = if ext == "md" {
        format!("`{name}` is not a text in a site language, so it is not shown")
    } else {
        format!("`{name}` is not read: texts are named `<language>.md`")
    };
    let hint = match guess {
        Some(g) if stem.contains([' ', '_', '(']) => {
            format!("did you mean `{g}.md`? a copy of a text is not read: merge it into `{g}.md` or remove it")
        }
        Some(g) => format!("did you mean `{g}.md`? rename the file"),
        None if ext != "md" && crate::i18n::check_code(stem) == crate::i18n::CodeCheck::Known => format!(
            "rename it to `{}.md`; `{stem}` is not a site language yet: add it to languages in site.yaml ({})",
            stem.to_ascii_lowercase(),
            known_list(codes())
        ),
        None => format!(
            "name texts after a site language ({}), or add `{stem}` to languages in site.yaml",
            known_list(codes())
        ),
    };
    diags.push(Diagnostic::warning(rel, message).hint(hint));
    Named::Reported
}

/// Reads an audio file name: `<lang>.mp3` (`.m4a`, `.ogg`, `.opus`) is the
/// recording of the text `<lang>.md`; `AR.mp3`, `fa-AF.mp3` on a site with
/// `prs`, or a language the site does not have are near-misses, named;
/// any other name (`song.mp3`) is a media file.
fn recording_name(
    name: &str,
    stem: &str,
    ext: &str,
    rel: &Path,
    config: &Config,
    diags: &mut Diagnostics,
) -> Named {
    let lower = ext.to_ascii_lowercase();
    if ext == lower {
        if let Some(i) = config.lang_index(stem) {
            return Named::Recording(i);
        }
    }
    let codes = || config.languages.iter().map(|l| l.code.as_str());
    let exact =
        codes().find(|c| c.eq_ignore_ascii_case(stem) || crate::i18n::same_language(c, stem));
    let hint = if let Some(c) = exact {
        format!("did you mean `{c}.{lower}`? rename the file")
    } else if crate::i18n::check_code(stem) == crate::i18n::CodeCheck::Known {
        format!(
            "`{stem}` is not a site language ({}): add it to languages in site.yaml with a text `{stem}.md`, or rename the recording after the language it speaks",
            known_list(codes())
        )
    } else {
        return Named::Other;
    };
    diags.push(
        Diagnostic::warning(
            rel,
            format!("`{name}` looks like a recording but is not named `<language>.{lower}` after a site language, so it is not published"),
        )
        .hint(hint),
    );
    Named::Reported
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

/// What reading one offering folder found.
#[derive(Default)]
struct OfferingScan {
    unit: Option<OfferingUnit>,
    media: Vec<String>,
    diags: Diagnostics,
}

/// Reads the folder `frel` (named `f`) of a district: an offering, or
/// media, or a near-miss to report.
fn scan_offering(root: &Path, config: &Config, frel: &Path, f: &str) -> OfferingScan {
    let mut scan = OfferingScan::default();
    let entries = list_dir(root, frel, &mut scan.diags);
    let has_yaml = entries.iter().any(|(n, d)| n == "offering.yaml" && !d);
    let has_md = entries.iter().any(|(n, d)| {
        !d && n
            .rsplit_once('.')
            .is_some_and(|(_, e)| MD_ENDINGS[..6].contains(&e.to_ascii_lowercase().as_str()))
    });
    // `Offering.yml`, `offering.yaml.txt`: meant as offering.yaml.
    let near_yaml = entries.iter().find(|(n, d)| {
        let l = n.to_ascii_lowercase();
        !d && n != "offering.yaml"
            && (l == "offering.yaml"
                || l == "offering.yml"
                || l.starts_with("offering.yaml.")
                || l.starts_with("offering.yml."))
    });
    if !has_yaml {
        if let Some((n, _)) = near_yaml {
            scan.diags.push(
                Diagnostic::error(
                    frel.join(n),
                    "offering.yaml is missing: this file has another name",
                )
                .hint(format!("rename `{n}` to `offering.yaml`")),
            );
        } else if has_md {
            scan.diags.push(
                Diagnostic::error(frel, "offering.yaml is missing").hint(format!(
                    "add {}/offering.yaml with kind, place and schedule",
                    frel.display()
                )),
            );
        } else {
            collect_media(root, frel, &mut scan.media, &mut scan.diags);
        }
        return scan;
    }
    if !folder_id_ok(f, frel, "offering", &mut scan.diags) {
        return scan;
    }
    let mut o = OfferingUnit {
        id: f.to_string(),
        dir: frel.to_path_buf(),
        texts: Vec::new(),
    };
    let mut recordings = Vec::new();
    for (g, gdir) in entries {
        let grel = frel.join(&g);
        if g == "offering.yaml" {
            continue;
        }
        if gdir {
            collect_media(root, &grel, &mut scan.media, &mut scan.diags);
            continue;
        }
        match text_name(&g, &grel, config, &["offering.yaml"], &mut scan.diags) {
            Named::Text(lang) => o.texts.push(MdFile {
                rel: grel,
                lang,
                recording: None,
            }),
            Named::Recording(lang) => recordings.push((grel, lang)),
            Named::Reported => {}
            Named::Other => collect_media(root, &grel, &mut scan.media, &mut scan.diags),
        }
    }
    attach_recordings(&mut o.texts, recordings, &mut scan.diags);
    scan.unit = Some(o);
    scan
}

/// Folders at the site root that Quartier reads (or writes, by default).
const ROOT_DIRS: &[&str] = &[
    "content",
    "locales",
    "static",
    "themes",
    "fonts",
    "public",
    "printables",
];

/// The site root holds much that is not Quartier's (README, CI files, other
/// tools' folders); only what looks meant for Quartier but is misnamed or
/// misplaced is named: `Content/`, `locale/`, `places.yaml` beside site.yaml.
pub(super) fn check_root(root: &Path, config: &Config, diags: &mut Diagnostics) {
    for (name, is_dir) in list_dir(root, Path::new(""), &mut Diagnostics::new()) {
        let rel = PathBuf::from(&name);
        if is_dir {
            if ROOT_DIRS.contains(&name.as_str()) {
                continue;
            }
            let lower = name.to_ascii_lowercase();
            let guess = ROOT_DIRS
                .iter()
                .find(|d| **d == lower)
                .copied()
                .or_else(|| crate::diag::did_you_mean(&lower, ROOT_DIRS.iter().copied()));
            if let Some(g) = guess {
                diags.push(
                    Diagnostic::warning(&rel, format!("folder `{name}/` is not read by Quartier"))
                        .hint(format!("did you mean `{g}/`? rename the folder")),
                );
            }
            continue;
        }
        let lower = name.to_ascii_lowercase();
        let place = match lower.as_str() {
            "places.yaml" | "places.yml" | "organisations.yaml" | "organisations.yml"
            | "organizations.yaml" | "glossary.yaml" => Some("content/"),
            "district.yaml" | "offering.yaml" => Some("a district or offering folder in content/"),
            n if n
                .strip_suffix(".md")
                .is_some_and(|stem| config.lang_index(stem).is_some()) =>
            {
                Some("content/ (the home page's text) or a folder in content/")
            }
            _ => None,
        };
        if let Some(place) = place {
            diags.push(
                Diagnostic::warning(&rel, format!("`{name}` is not read here"))
                    .hint(format!("move it into {place}")),
            );
        } else if lower != "site.yaml"
            && (lower.starts_with("site.") || lower == "config.yaml" || lower == "config.toml")
        {
            diags.push(
                Diagnostic::warning(
                    &rel,
                    format!("`{name}` is not read: the settings are in site.yaml"),
                )
                .hint("move what it holds into site.yaml and remove it"),
            );
        }
    }
}

pub(super) fn walk(root: &Path, config: &Config, diags: &mut Diagnostics) -> Walk {
    let mut w = Walk::default();
    let content = Path::new("content");
    let mut home_recordings = Vec::new();
    for (name, is_dir) in list_dir(root, content, diags) {
        let rel = content.join(&name);
        if !is_dir {
            match name.as_str() {
                "places.yaml" => w.has_places = true,
                "organisations.yaml" => w.has_organisations = true,
                "glossary.yaml" => w.has_glossary = true,
                n => match text_name(
                    n,
                    &rel,
                    config,
                    &["places.yaml", "organisations.yaml", "glossary.yaml"],
                    diags,
                ) {
                    Named::Text(lang) => w.home.push(MdFile {
                        rel,
                        lang,
                        recording: None,
                    }),
                    Named::Recording(lang) => home_recordings.push((rel, lang)),
                    Named::Reported => {}
                    Named::Other => collect_media(root, &rel, &mut w.media, diags),
                },
            }
            continue;
        }
        if name == "pages" {
            for (pname, pdir) in list_dir(root, &rel, diags) {
                let prel = rel.join(&pname);
                if !pdir {
                    if let Named::Other | Named::Recording(_) =
                        text_name(&pname, &prel, config, &[], diags)
                    {
                        collect_media(root, &prel, &mut w.media, diags);
                    }
                    continue;
                }
                if !folder_id_ok(&pname, &prel, "page", diags) {
                    continue;
                }
                let mut texts = Vec::new();
                let mut recordings = Vec::new();
                for (f, fdir) in list_dir(root, &prel, diags) {
                    let frel = prel.join(&f);
                    if fdir {
                        collect_media(root, &frel, &mut w.media, diags);
                        continue;
                    }
                    match text_name(&f, &frel, config, &[], diags) {
                        Named::Text(lang) => texts.push(MdFile {
                            rel: frel,
                            lang,
                            recording: None,
                        }),
                        Named::Recording(lang) => recordings.push((frel, lang)),
                        Named::Reported => {}
                        Named::Other => collect_media(root, &frel, &mut w.media, diags),
                    }
                }
                attach_recordings(&mut texts, recordings, diags);
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
        let entries = list_dir(root, &rel, diags);
        // The offering folders are read on every core: a big district has
        // hundreds, and the preview walks them at every reload.
        let scans: Vec<OfferingScan> = {
            use rayon::prelude::*;
            let folders: Vec<&String> =
                entries.iter().filter(|(_, d)| *d).map(|(n, _)| n).collect();
            folders
                .par_iter()
                .map(|f| scan_offering(root, config, &rel.join(f), f))
                .collect()
        };
        let mut scans = scans.into_iter();
        let mut recordings = Vec::new();
        for (f, fdir) in entries {
            let frel = rel.join(&f);
            if !fdir {
                if f == "district.yaml" {
                    unit.has_yaml = true;
                } else if f == "offering.yaml" {
                    diags.push(
                        Diagnostic::error(&frel, "offering.yaml directly in a district folder")
                            .hint(format!(
                                "move it into a folder of its own: {}/<offering-id>/offering.yaml",
                                rel.display()
                            )),
                    );
                } else {
                    match text_name(&f, &frel, config, &["district.yaml"], diags) {
                        Named::Text(lang) => unit.texts.push(MdFile {
                            rel: frel,
                            lang,
                            recording: None,
                        }),
                        Named::Recording(lang) => recordings.push((frel, lang)),
                        Named::Reported => {}
                        Named::Other => collect_media(root, &frel, &mut w.media, diags),
                    }
                }
                continue;
            }
            let scan = scans.next().expect("one scan per folder");
            diags.extend(scan.diags);
            w.media.extend(scan.media);
            unit.offerings.extend(scan.unit);
        }
        attach_recordings(&mut unit.texts, recordings, diags);
        w.districts.push(unit);
    }
    attach_recordings(&mut w.home, home_recordings, diags);
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
