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
];

/// A Markdown file found by the walk.
pub(super) struct MdFile {
    pub(super) rel: PathBuf,
    pub(super) lang: usize,
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

pub(super) fn walk(root: &Path, config: &Config, diags: &mut Diagnostics) -> Walk {
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
