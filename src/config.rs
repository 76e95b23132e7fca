//! `site.yaml`: parsed strictly (unknown fields are errors), then validated
//! into typed settings that the rest of the program can trust.

use std::path::Path;

use serde::Deserialize;

use crate::diag::{known_list, Diagnostic, Diagnostics};
use crate::i18n::Language;
use crate::yaml::YamlFile;
use crate::yamlspan::Seg;

/// Paper size of printed flyers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Paper {
    /// ISO A4.
    A4,
    /// ISO A5, the usual handout size.
    #[default]
    A5,
}

/// Paper size of posters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PosterPaper {
    /// ISO A4: a notice board.
    A4,
    /// ISO A3: an info stand or a door.
    A3,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawFlyers {
    #[serde(default)]
    paper: Paper,
    #[serde(default)]
    bilingual: bool,
    #[serde(default)]
    posters: Vec<PosterPaper>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCategory {
    id: String,
    #[serde(default)]
    icon: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    title: Option<String>,
    base_url: String,
    default_language: String,
    #[serde(default)]
    languages: Option<Vec<String>>,
    #[serde(default)]
    theme: Option<String>,
    #[serde(default)]
    timezone: Option<String>,
    #[serde(default)]
    categories: Vec<RawCategory>,
    #[serde(default)]
    flyers: RawFlyers,
    #[serde(default)]
    allow_raw_html: bool,
    #[serde(default)]
    translation_status: bool,
    #[serde(default)]
    recording_max_mb: Option<f64>,
}

/// A kind of offering.
#[derive(Debug, Clone)]
pub struct Category {
    /// Id, also the URL segment of the category page.
    pub id: String,
    /// Name of the pictogram in the theme's `icons/` folder.
    pub icon: String,
}

/// Flyer settings.
#[derive(Debug, Clone, Copy)]
pub struct Flyers {
    /// Paper size.
    pub paper: Paper,
    /// Whether to print each language beside the default language.
    pub bilingual: bool,
    /// Posters of every offering on A4 paper.
    pub posters_a4: bool,
    /// Posters of every offering on A3 paper.
    pub posters_a3: bool,
}

impl Flyers {
    /// The papers posters are made on: `false` A4, `true` A3.
    pub fn poster_sizes(&self) -> Vec<bool> {
        [(false, self.posters_a4), (true, self.posters_a3)]
            .into_iter()
            .filter(|(_, wanted)| *wanted)
            .map(|(a3, _)| a3)
            .collect()
    }
}

/// Validated site settings.
#[derive(Debug, Clone)]
pub struct Config {
    /// Fallback title when the Fluent message `site-title` is missing.
    pub title: String,
    /// Absolute base URL, always ending in `/`.
    pub base_url: String,
    /// Where site.yaml writes `base_url` (line, column), for messages.
    pub base_url_at: Option<(usize, usize)>,
    /// Site languages in switcher order.
    pub languages: Vec<Language>,
    /// Index of the default language in `languages`.
    pub default_language: usize,
    /// Theme folder name.
    pub theme: String,
    /// IANA time zone name.
    pub timezone: String,
    /// Time zone for schedules.
    pub tz: jiff::tz::TimeZone,
    /// Kinds of offering, in site.yaml order.
    pub categories: Vec<Category>,
    /// Flyer settings.
    pub flyers: Flyers,
    /// Whether raw HTML in Markdown is kept as written.
    pub allow_raw_html: bool,
    /// Whether to publish the translation status page for the team.
    pub translation_status: bool,
    /// Recordings bigger than this many bytes get a warning
    /// (`recording_max_mb`, default 2).
    pub recording_max_bytes: u64,
}

impl Config {
    /// The default language.
    pub fn default_lang(&self) -> &Language {
        &self.languages[self.default_language]
    }

    /// Index of a language code, if the site has it.
    pub fn lang_index(&self, code: &str) -> Option<usize> {
        self.languages.iter().position(|l| l.code == code)
    }

    /// Index of a category id.
    pub fn category_index(&self, id: &str) -> Option<usize> {
        self.categories.iter().position(|c| c.id == id)
    }
}

/// Reads and validates `site.yaml` in `root`. Returns `None` when the file is
/// missing or broken; every problem goes into `diags`.
pub fn load(root: &Path, diags: &mut Diagnostics) -> Option<Config> {
    let rel = Path::new("site.yaml");
    let mut file = match YamlFile::read(root, rel) {
        Ok(f) => f,
        Err(d) => {
            // `site.yml`, `Site.yaml`, `site.yaml.txt`: meant as site.yaml.
            let near = std::fs::read_dir(root).ok().and_then(|rd| {
                rd.flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter(|n| {
                        let l = n.to_ascii_lowercase();
                        l == "site.yaml"
                            || l == "site.yml"
                            || l.starts_with("site.yaml.")
                            || l.starts_with("site.yml.")
                    })
                    .min()
            });
            diags.push(match near {
                Some(n) => d.hint(format!("rename `{n}` to `site.yaml`")),
                None => {
                    d.hint("run quartier in the folder that holds site.yaml, or pass --root DIR")
                }
            });
            return None;
        }
    };
    let raw: RawConfig = file.parse(diags)?;
    let before = diags.error_count();

    let mut base_url = raw.base_url.trim().to_string();
    if !(base_url.starts_with("https://") || base_url.starts_with("http://"))
        || base_url.contains(char::is_whitespace)
    {
        diags.push(
            Diagnostic::error(rel, format!("base_url `{base_url}` is not a web address"))
                .at(file.value(&[Seg::Key("base_url")]))
                .hint("write the address where the site will be published, e.g. https://example.org/stadtteile"),
        );
    }
    if !base_url.ends_with('/') {
        base_url.push('/');
    }

    // No `languages`: a site in its default language only. An empty list
    // is a mistake, not that.
    let mut codes = raw.languages.clone().unwrap_or_default();
    if raw.languages.as_ref().is_some_and(Vec::is_empty) {
        diags.push(
            Diagnostic::error(rel, "`languages` is empty")
                .at(file.value(&[Seg::Key("languages")]))
                .hint(format!(
                    "list the site's languages, the default first, e.g. `languages: [{}, tr, ar]`; leave the line out for a site in {} only",
                    raw.default_language, raw.default_language
                )),
        );
    }
    if codes.is_empty() {
        codes.push(raw.default_language.clone());
    }
    let mut languages = Vec::new();
    for (i, code) in codes.iter().enumerate() {
        let at = file.value(&[Seg::Key("languages"), Seg::Index(i)]);
        if codes[..i].contains(code) {
            diags.push(
                Diagnostic::error(rel, format!("language `{code}` is listed twice"))
                    .at(at)
                    .hint("remove the second entry"),
            );
            continue;
        }
        let check = crate::i18n::check_code(code);
        match Language::new(code) {
            Ok(l) if check == crate::i18n::CodeCheck::Known => languages.push(l),
            _ => {
                let message = if check == crate::i18n::CodeCheck::Unknown {
                    format!("`{code}` is not a language: no language has that code")
                } else {
                    format!("`{code}` is not a language code")
                };
                let hint = match crate::diag::did_you_mean(
                    &code.to_ascii_lowercase(),
                    crate::i18n::COMMON_CODES.iter().copied(),
                ) {
                    _ if crate::i18n::code_for_name(code).is_some() => format!(
                        "write the language's code: `{}`",
                        crate::i18n::code_for_name(code).unwrap_or_default()
                    ),
                    Some(g) => format!("did you mean `{g}`?"),
                    None => "use BCP 47 codes such as de, en, tr, ar, fa, prs, ckb".into(),
                };
                diags.push(Diagnostic::error(rel, message).at(at).hint(hint));
            }
        }
        if let Some(other) = codes[..i]
            .iter()
            .find(|c| *c != code && crate::i18n::same_language(c, code))
        {
            diags.push(
                Diagnostic::error(rel, format!("`{code}` and `{other}` are the same language"))
                    .at(at)
                    .hint("list each language once"),
            );
        }
    }
    let default_language =
        match languages
            .iter()
            .position(|l| l.code == raw.default_language)
        {
            Some(i) => i,
            None => {
                diags.push(
                    Diagnostic::error(
                        rel,
                        format!(
                            "default_language `{}` is not in languages",
                            raw.default_language
                        ),
                    )
                    .at(file.value(&[Seg::Key("default_language")]))
                    .hint(format!(
                        "add it to languages, or choose one of {}",
                        known_list(codes.iter().enumerate().filter_map(|(i, c)| {
                            (!codes[..i].contains(c)).then_some(c.as_str())
                        }))
                    )),
                );
                0
            }
        };

    // A plain-language variant (`de-x-simple`) falls back to the default
    // language's texts, so it must be the default language's variant; any
    // other private-use tag is not something Quartier knows.
    for (i, code) in codes.iter().enumerate() {
        let at = file.value(&[Seg::Key("languages"), Seg::Index(i)]);
        let Ok(locale) = code.parse::<icu::locale::Locale>() else {
            continue;
        };
        let private: Vec<&str> = locale
            .extensions
            .private
            .iter()
            .map(|s| s.as_str())
            .collect();
        if private.is_empty() {
            continue;
        }
        let base = locale.id.to_string();
        if private != [crate::i18n::SIMPLE] {
            diags.push(
                Diagnostic::error(rel, format!("`{code}` names a variant Quartier does not know"))
                    .at(at)
                    .hint(format!(
                        "the one known variant is plain language: `{base}-x-{}`; otherwise write the language's code, `{base}`",
                        crate::i18n::SIMPLE
                    )),
            );
        } else if !crate::i18n::same_language(&base, &raw.default_language) {
            diags.push(
                Diagnostic::error(
                    rel,
                    format!("`{code}` is a plain-language variant of `{base}`, which is not the default language"),
                )
                .at(at)
                .hint(format!(
                    "a plain-language variant shows the default language's text where it has none: use `{}-x-{}`, or make `{base}` the default language",
                    raw.default_language,
                    crate::i18n::SIMPLE
                )),
            );
        }
    }
    if let Some(l) = languages.get(default_language).filter(|l| l.simple) {
        diags.push(
            Diagnostic::error(
                rel,
                format!(
                    "the default language `{}` is a plain-language variant",
                    l.code
                ),
            )
            .at(file.value(&[Seg::Key("default_language")]))
            .hint("make the full language the default, and list the variant after it"),
        );
    }

    let timezone = raw
        .timezone
        .clone()
        .unwrap_or_else(|| "Europe/Berlin".to_string());
    let tz = match jiff::tz::TimeZone::get(&timezone) {
        Ok(tz) => tz,
        Err(_) => {
            diags.push(
                Diagnostic::error(rel, format!("unknown time zone `{timezone}`"))
                    .at(file.value(&[Seg::Key("timezone")]))
                    .hint("use an IANA name such as Europe/Berlin or Europe/Vienna"),
            );
            jiff::tz::TimeZone::UTC
        }
    };

    let mut categories: Vec<Category> = Vec::new();
    for (i, c) in raw.categories.iter().enumerate() {
        let at = file.value(&[Seg::Key("categories"), Seg::Index(i), Seg::Key("id")]);
        if !crate::ids::is_valid(&c.id) {
            let mut d =
                Diagnostic::error(rel, format!("category id `{}` is not a valid id", c.id)).at(at);
            if let Some(s) = crate::ids::suggest(&c.id) {
                d = d.hint(format!(
                    "write `{s}` (lower-case letters, digits and single hyphens)"
                ));
            }
            diags.push(d);
        } else if categories.iter().any(|k| k.id == c.id) {
            diags.push(
                Diagnostic::error(rel, format!("category `{}` is listed twice", c.id))
                    .at(at)
                    .hint("remove the second entry"),
            );
        } else {
            categories.push(Category {
                id: c.id.clone(),
                // Empty: the theme's pictogram for a standard category, else
                // the generic one (resolved when the theme is loaded).
                icon: c.icon.clone().unwrap_or_default(),
            });
        }
    }
    if raw.categories.is_empty() {
        diags.push(
            Diagnostic::error(rel, "site.yaml lists no categories").hint(
                "add `categories:` with at least one `{ id: language-course, icon: speech }`",
            ),
        );
    }

    let theme = raw.theme.clone().unwrap_or_else(|| "default".into());
    if !crate::ids::is_valid(&theme) {
        diags.push(
            Diagnostic::error(
                rel,
                format!("theme `{theme}` is not a valid theme folder name"),
            )
            .at(file.value(&[Seg::Key("theme")]))
            .hint("name a folder in themes/, e.g. `default`"),
        );
    }

    let recording_max_mb = raw.recording_max_mb.unwrap_or(2.0);
    if !(recording_max_mb.is_finite() && recording_max_mb > 0.0) {
        diags.push(
            Diagnostic::error(
                rel,
                "recording_max_mb must be a number of megabytes above 0",
            )
            .at(file.value(&[Seg::Key("recording_max_mb")]))
            .hint("e.g. `recording_max_mb: 2`, or leave it out for 2 MB"),
        );
    }

    if diags.error_count() > before || languages.is_empty() {
        return None;
    }
    Some(Config {
        title: raw.title.unwrap_or_else(|| "Quartier".into()),
        base_url,
        base_url_at: file.value(&[Seg::Key("base_url")]),
        languages,
        default_language,
        theme,
        timezone,
        tz,
        categories,
        flyers: Flyers {
            paper: raw.flyers.paper,
            bilingual: raw.flyers.bilingual,
            posters_a4: raw.flyers.posters.contains(&PosterPaper::A4),
            posters_a3: raw.flyers.posters.contains(&PosterPaper::A3),
        },
        allow_raw_html: raw.allow_raw_html,
        translation_status: raw.translation_status,
        recording_max_bytes: (recording_max_mb * 1_048_576.0) as u64,
    })
}
