//! The theme: templates, static files, pictograms and interface strings.
//!
//! Layers, later ones win file by file: the default theme compiled into the
//! binary, then `themes/<theme>/` of the site (a full or partial theme), then
//! the site's own `templates/`. A site therefore needs no theme folder at all,
//! and can change one template without copying the rest.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use include_dir::{include_dir, Dir};

use crate::diag::{Diagnostic, Diagnostics};
use crate::i18n::FtlSource;

static DEFAULT_THEME: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes/default");

/// One file of the theme with the place it came from.
#[derive(Debug, Clone)]
pub struct ThemeFile {
    /// Where it came from, for messages (`themes/default/templates/base.html`
    /// or `(built-in default theme)/templates/base.html`).
    pub origin: PathBuf,
    /// The bytes.
    pub bytes: Vec<u8>,
}

/// The merged theme.
#[derive(Debug, Default)]
pub struct Theme {
    /// Tera templates by name (`offering.html`).
    pub templates: BTreeMap<String, ThemeFile>,
    /// Files copied to the output root, by output path.
    pub statics: BTreeMap<String, ThemeFile>,
    /// Pictograms by name (`speech`), as SVG text.
    pub icons: BTreeMap<String, String>,
    /// Interface strings per language code.
    pub locales: BTreeMap<String, Vec<FtlSource>>,
    /// Flyer templates and fonts (used by the flyer renderer).
    pub other: BTreeMap<String, ThemeFile>,
}

impl Theme {
    /// Merges the layers for theme `name` of the site at `root`.
    pub fn load(root: &Path, name: &str, diags: &mut Diagnostics) -> Theme {
        let mut files: BTreeMap<String, ThemeFile> = BTreeMap::new();
        collect_embedded(&DEFAULT_THEME, &mut files);
        let dir = root.join("themes").join(name);
        if dir.is_dir() {
            collect_disk(root, &Path::new("themes").join(name), "", &mut files, diags);
        } else if name != "default" {
            diags.push(
                Diagnostic::error("site.yaml", format!("theme `{name}` not found"))
                    .hint(format!("create themes/{name}/, or write `theme: default`")),
            );
        }
        if root.join("templates").is_dir() {
            collect_disk(
                root,
                Path::new("templates"),
                "templates/",
                &mut files,
                diags,
            );
        }
        // The site's own fonts, beside the theme's (src/render/flyer/fonts.rs).
        if root.join("fonts").is_dir() {
            collect_disk(root, Path::new("fonts"), SITE_FONTS, &mut files, diags);
        }
        let mut theme = Theme::default();
        for (path, file) in files {
            if let Some(t) = path.strip_prefix("templates/") {
                theme.templates.insert(t.to_string(), file);
            } else if let Some(s) = path.strip_prefix("static/") {
                theme.statics.insert(s.to_string(), file);
            } else if let Some(i) = path
                .strip_prefix("icons/")
                .and_then(|i| i.strip_suffix(".svg"))
            {
                match String::from_utf8(file.bytes) {
                    Ok(svg) => {
                        theme.icons.insert(i.to_string(), svg.trim().to_string());
                    }
                    Err(_) => diags.push(Diagnostic::error(
                        &file.origin,
                        "icon is not UTF-8 SVG text",
                    )),
                }
            } else if let Some(l) = path.strip_prefix("locales/") {
                let Some((lang, fname)) = l.split_once('/') else {
                    continue;
                };
                if !fname.ends_with(".ftl") {
                    continue;
                }
                match String::from_utf8(file.bytes) {
                    Ok(text) => {
                        theme
                            .locales
                            .entry(lang.to_string())
                            .or_default()
                            .push(FtlSource {
                                rel: file.origin,
                                text,
                            })
                    }
                    Err(_) => diags.push(Diagnostic::error(
                        &file.origin,
                        "the file is not UTF-8 text",
                    )),
                }
            } else {
                theme.other.insert(path, file);
            }
        }
        theme
    }
}

impl Theme {
    /// The pictograms of the standard categories (`categories.yaml`: id to
    /// icon name), used where site.yaml names a category without `icon:`.
    pub fn category_icons(&self, diags: &mut Diagnostics) -> BTreeMap<String, String> {
        let Some(f) = self.other.get("categories.yaml") else {
            return BTreeMap::new();
        };
        let Ok(text) = String::from_utf8(f.bytes.clone()) else {
            diags.push(Diagnostic::error(&f.origin, "the file is not UTF-8 text"));
            return BTreeMap::new();
        };
        crate::yaml::YamlFile::new(f.origin.clone(), text, 0)
            .parse(diags)
            .unwrap_or_default()
    }
}

/// Where a site's own fonts (its `fonts/` folder) are kept among the
/// theme's files: beside the theme's `fonts/`, read by the flyer renderer.
pub const SITE_FONTS: &str = "fonts/site/";

/// Whether `bytes` are the built-in default theme's file `path` (as
/// `static/filter.js`), unchanged.
pub fn is_built_in(path: &str, bytes: &[u8]) -> bool {
    DEFAULT_THEME
        .get_file(path)
        .is_some_and(|f| f.contents() == bytes)
}

fn collect_embedded(dir: &Dir<'static>, out: &mut BTreeMap<String, ThemeFile>) {
    for f in dir.files() {
        let p = f.path().to_string_lossy().replace('\\', "/");
        out.insert(
            p.clone(),
            ThemeFile {
                origin: PathBuf::from("(built-in default theme)").join(&p),
                bytes: f.contents().to_vec(),
            },
        );
    }
    for d in dir.dirs() {
        collect_embedded(d, out);
    }
}

fn collect_disk(
    root: &Path,
    rel: &Path,
    prefix: &str,
    out: &mut BTreeMap<String, ThemeFile>,
    diags: &mut Diagnostics,
) {
    let base = root.join(rel);
    for entry in walkdir::WalkDir::new(&base).sort_by_file_name() {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                diags.push(Diagnostic::error(
                    rel,
                    format!("cannot read the theme: {e}"),
                ));
                continue;
            }
        };
        let inner = entry.path().strip_prefix(&base).unwrap_or(entry.path());
        if entry.path_is_symlink() {
            diags.push(crate::diag::link_refused(&rel.join(inner)));
            continue;
        }
        if !entry.file_type().is_file() {
            continue;
        }
        let key = format!("{prefix}{}", inner.to_string_lossy().replace('\\', "/"));
        if key.split('/').any(|c| c.starts_with('.')) {
            continue;
        }
        match std::fs::read(entry.path()) {
            Ok(bytes) => {
                out.insert(
                    key,
                    ThemeFile {
                        origin: rel.join(inner),
                        bytes,
                    },
                );
            }
            Err(e) => diags.push(Diagnostic::error(
                rel.join(inner),
                format!("cannot read: {e}"),
            )),
        }
    }
}
