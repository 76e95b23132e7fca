//! Which fonts print which language: theme data, not code.
//!
//! The theme's `fonts/fonts.yaml` names font families per script (ISO 15924:
//! `Latn`, `Cyrl`, `Arab`, `Ethi`, …) and, where one language needs its own
//! style (Urdu in Nastaliq), per language, with the line spacing each needs.
//! A site may add fonts in its own `fonts/` folder; they are loaded beside
//! the theme's, appended to every language's list (so a Tigrinya site that
//! adds Noto Sans Ethiopic prints Ethiopic without any setting), and a
//! `fonts/fonts.yaml` there overrides the theme's entries one by one.

use std::collections::BTreeMap;
use std::path::PathBuf;

use icu::locale::LocaleExpander;
use serde::Deserialize;

use super::data::LangStyle;
use crate::diag::{did_you_mean, Diagnostic, Diagnostics};
use crate::i18n::Language;
use crate::yaml::YamlFile;
use crate::yamlspan::Seg;

/// The theme's font settings (`themes/<theme>/fonts/fonts.yaml`).
pub const THEME_FILE: &str = "fonts/fonts.yaml";
/// Where a site's own fonts are kept in the merged theme's files.
pub const SITE_PREFIX: &str = crate::theme::SITE_FONTS;

/// One style: font families in order of preference, and line spacing.
#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
struct Spec {
    /// Family names, as the font files name themselves.
    fonts: Vec<String>,
    /// Space between lines in em.
    #[serde(default)]
    leading: Option<f64>,
    /// Glyphs reach far above and below the line (Nastaliq): lines are
    /// spaced by the glyphs' real height, so no stroke crosses a rule.
    #[serde(default)]
    tall: bool,
}

/// `fonts.yaml`.
#[derive(Deserialize, Debug, Default)]
#[serde(deny_unknown_fields)]
struct FontsFile {
    /// Styles per ISO 15924 script code.
    #[serde(default)]
    scripts: BTreeMap<String, Spec>,
    /// Styles per language code (as in site.yaml, or its language subtag).
    #[serde(default)]
    languages: BTreeMap<String, Spec>,
    /// Families tried after a style's own, for characters of other scripts.
    #[serde(default)]
    fallback: Vec<String>,
    /// Line spacing when a style gives none.
    #[serde(default)]
    leading: Option<f64>,
}

/// Line spacing of a style that names none, in em.
const DEFAULT_LEADING: f64 = 0.65;

/// Print styles of every site language, resolved once per build.
#[derive(Debug, Clone)]
pub struct Styles {
    by_lang: Vec<LangStyle>,
}

impl Styles {
    /// The style of site language `lang`.
    pub fn get(&self, lang: usize) -> LangStyle {
        self.by_lang[lang].clone()
    }

    /// Resolves the styles from the theme's and the site's `fonts.yaml`.
    /// `families` are the family names of every loaded font, in load order;
    /// `site_families` those of the site's own fonts.
    pub fn resolve(
        files: &BTreeMap<String, crate::theme::ThemeFile>,
        languages: &[Language],
        families: &[String],
        site_families: &[String],
        diags: &mut Diagnostics,
    ) -> Styles {
        let mut merged = FontsFile::default();
        for key in [THEME_FILE.to_string(), format!("{SITE_PREFIX}fonts.yaml")] {
            let Some(f) = files.get(&key) else { continue };
            let rel: PathBuf = f.origin.clone();
            let text = match String::from_utf8(f.bytes.clone()) {
                Ok(t) => t,
                Err(_) => {
                    diags.push(Diagnostic::error(&rel, "the file is not UTF-8 text"));
                    continue;
                }
            };
            let mut file = YamlFile::new(rel, text, 0);
            let Some(parsed) = file.parse::<FontsFile>(diags) else {
                continue;
            };
            check_families(&file, &parsed, families, diags);
            merged.scripts.extend(parsed.scripts);
            merged.languages.extend(parsed.languages);
            if !parsed.fallback.is_empty() {
                merged.fallback = parsed.fallback;
            }
            if parsed.leading.is_some() {
                merged.leading = parsed.leading;
            }
        }
        let expander = LocaleExpander::new_extended();
        let by_lang = languages
            .iter()
            .map(|l| {
                let mut id = l.locale.id.clone();
                expander.maximize(&mut id);
                let script = id.script.map(|s| s.as_str().to_string());
                let subtag = l.locale.id.language.as_str();
                let spec = merged
                    .languages
                    .get(&l.code)
                    .or_else(|| merged.languages.get(subtag))
                    .or_else(|| script.as_ref().and_then(|s| merged.scripts.get(s)));
                let mut font: Vec<String> = spec.map(|s| s.fonts.clone()).unwrap_or_default();
                for f in merged.fallback.iter().chain(site_families) {
                    if !font.contains(f) {
                        font.push(f.clone());
                    }
                }
                if font.is_empty() {
                    font.extend(families.iter().take(1).cloned());
                }
                LangStyle {
                    lang: subtag.to_string(),
                    dir: l.dir.as_str(),
                    font,
                    leading: spec
                        .and_then(|s| s.leading)
                        .or(merged.leading)
                        .unwrap_or(DEFAULT_LEADING),
                    tall: spec.is_some_and(|s| s.tall),
                }
            })
            .collect();
        Styles { by_lang }
    }
}

/// Warns about family names no loaded font has (a typo prints in the
/// fallback font without a word otherwise).
fn check_families(file: &YamlFile, f: &FontsFile, families: &[String], diags: &mut Diagnostics) {
    let mut check = |path: &[Seg], name: &str| {
        if families.iter().any(|k| k == name) {
            return;
        }
        let mut d = Diagnostic::warning(
            &file.rel,
            format!("no font of the theme or the site is called `{name}`"),
        )
        .at(file.value(path));
        d = match did_you_mean(name, families.iter().map(String::as_str)) {
            Some(s) => d.hint(format!("did you mean `{s}`?")),
            None => d.hint(format!(
                "add the font file (.ttf, .otf) to the site's fonts/ folder; fonts there: {}",
                families.join(", ")
            )),
        };
        diags.push(d);
    };
    for (group, map) in [("scripts", &f.scripts), ("languages", &f.languages)] {
        for (key, spec) in map {
            for (i, name) in spec.fonts.iter().enumerate() {
                check(
                    &[
                        Seg::Key(group),
                        Seg::Key(key),
                        Seg::Key("fonts"),
                        Seg::Index(i),
                    ],
                    name,
                );
            }
        }
    }
    for (i, name) in f.fallback.iter().enumerate() {
        check(&[Seg::Key("fallback"), Seg::Index(i)], name);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::theme::{Theme, ThemeFile};

    fn styles(
        extra: &[(&str, &str)],
        codes: &[&str],
        site_families: &[&str],
    ) -> (Styles, Diagnostics) {
        let mut d = Diagnostics::new();
        let mut files = Theme::load(std::path::Path::new("/nonexistent"), "default", &mut d).other;
        for (k, v) in extra {
            files.insert(
                k.to_string(),
                ThemeFile {
                    origin: PathBuf::from(k),
                    bytes: v.as_bytes().to_vec(),
                },
            );
        }
        let langs: Vec<Language> = codes.iter().map(|c| Language::new(c).unwrap()).collect();
        let mut families: Vec<String> = ["Noto Nastaliq Urdu", "Noto Sans", "Noto Sans Arabic"]
            .map(String::from)
            .to_vec();
        families.extend(site_families.iter().map(|s| s.to_string()));
        let site: Vec<String> = site_families.iter().map(|s| s.to_string()).collect();
        let s = Styles::resolve(&files, &langs, &families, &site, &mut d);
        (s, d)
    }

    #[test]
    fn languages_get_the_fonts_of_their_script_and_urdu_its_nastaliq() {
        let (s, d) = styles(&[], &["de", "ru", "ar", "ckb", "prs", "ur"], &[]);
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(s.get(0).font, ["Noto Sans", "Noto Sans Arabic"]);
        assert_eq!(s.get(1).font[0], "Noto Sans");
        for i in [2, 3, 4] {
            assert_eq!(s.get(i).font[0], "Noto Sans Arabic", "{}", s.get(i).lang);
            assert_eq!(s.get(i).dir, "rtl");
        }
        let ur = s.get(5);
        assert_eq!(ur.font[0], "Noto Nastaliq Urdu");
        assert!(ur.tall && !s.get(2).tall);
    }

    #[test]
    fn a_sites_fonts_are_tried_for_every_language_without_a_setting() {
        let (s, _) = styles(&[], &["de", "ti"], &["Noto Sans Ethiopic"]);
        assert!(s.get(0).font.contains(&"Noto Sans Ethiopic".to_string()));
        // No entry for Ethiopic script: the fallback, then the site's font.
        assert_eq!(
            s.get(1).font,
            ["Noto Sans", "Noto Sans Arabic", "Noto Sans Ethiopic"]
        );
    }

    #[test]
    fn a_sites_fonts_yaml_overrides_one_entry_and_a_typo_is_named() {
        let site = "languages:\n  ar: { fonts: [Noto Sans Ethiopic], leading: 1 }\nscripts:\n  Cyrl: { fonts: [Noto Sanz] }\n";
        let (s, d) = styles(
            &[("fonts/site/fonts.yaml", site)],
            &["de", "ar", "ru"],
            &["Noto Sans Ethiopic"],
        );
        assert_eq!(s.get(1).font[0], "Noto Sans Ethiopic");
        assert_eq!(s.get(1).leading, 1.0);
        assert_eq!(s.get(0).font[0], "Noto Sans", "other entries stay");
        let msgs: Vec<String> = d.iter().map(|x| x.to_string()).collect();
        assert!(
            msgs.iter().any(|m| m.contains("`Noto Sanz`")
                && m.contains("did you mean `Noto Sans`?")
                && m.contains(":4:")),
            "{msgs:?}"
        );
    }
}
