//! Markdown texts: front matter split off and checked, the body rendered,
//! through the [`super::TextCache`] when there is one.

use std::path::Path;

use super::raw::FrontMatter;
use super::walk::MdFile;
use super::{CachedText, Ctx};
use crate::config::Config;
use crate::diag::{Diagnostic, Diagnostics};
use crate::markdown;
use crate::model::{fingerprint, Text, Texts};
use crate::schedule::Scalar;
use crate::yaml::{read_text, YamlFile};
use crate::yamlspan::Seg;

/// Warns when texts exist but none in the default language (unless that file
/// is there and was reported as broken already).
pub(super) fn warn_missing_default(
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
    pub(super) fn texts(&self, files: &[MdFile], diags: &mut Diagnostics) -> Texts {
        let mut texts = Texts::new(self.config.languages.len());
        for f in files {
            if let Some(mut t) = self.text(f, diags) {
                if let Some(rec) = &f.recording {
                    t.recording = super::recordings::read(
                        self.root,
                        rec,
                        self.config.recording_max_bytes,
                        diags,
                    );
                }
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
        if super::unchanged(&self.changed, &path) {
            let kept = cache.texts.lock().ok().and_then(|m| {
                m.get(&path)
                    .filter(|c| c.env == env)
                    .map(|c| (c.text.clone(), c.diags.clone()))
            });
            if let Some((text, d)) = kept {
                diags.extend(d);
                return text;
            }
        }
        let stamp = std::fs::metadata(&path)
            .map(|m| (m.modified().ok(), m.len()))
            .unwrap_or((None, u64::MAX));
        if let Some(hit) = cache.texts.lock().ok().and_then(|m| {
            m.get(&path)
                .filter(|c| c.stamp == stamp && c.env == env && c.stamp.0.is_some())
                .map(|c| (c.text.clone(), c.diags.clone()))
        }) {
            diags.extend(hit.1);
            return hit.0;
        }
        let mut mine = Diagnostics::new();
        let text = self.parse_text(f, &mut mine);
        cache
            .reads
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        if let Ok(mut m) = cache.texts.lock() {
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
        let mut file = YamlFile::new(f.rel.clone(), yaml.to_string(), 1);
        let fm: FrontMatter = file.parse(diags)?;
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
        let mut title = required(&fm.title, "title");
        let mut summary = required(&fm.summary, "summary");
        // Invisible control characters (written as escapes, `"\x14"`) would
        // make feeds invalid XML: removed, with a warning.
        for (value, field) in [(&mut title, "title"), (&mut summary, "summary")] {
            if value.contains(['\n', '\r']) {
                *value = value.replace(['\n', '\r'], " ");
            }
            let invisible = |c: &char| c.is_control() && *c != '\t';
            if let Some(c) = value.chars().find(invisible) {
                value.retain(|c| !invisible(&c));
                diags.push(
                    Diagnostic::warning(
                        &f.rel,
                        format!("the {field} contains an invisible control character (U+{:04X}); it is removed", c as u32),
                    )
                    .at(file.value(&[Seg::Key(field)]))
                    .hint("retype the text without it"),
                );
            }
        }
        // Titles are names (links, calendars, flyer headings): a mark there
        // is its words.
        if !self.glossary.terms.is_empty() && crate::glossary::has_marks(&title) {
            let words = crate::glossary::words_only(&title).into_owned();
            if words != title {
                diags.push(
                    Diagnostic::warning(
                        &f.rel,
                        "a glossary mark in the title is shown as its words",
                    )
                    .at(file.value(&[Seg::Key("title")]))
                    .hint(format!(
                        "write the title as `{words}` and mark the word in the summary or the text"
                    )),
                );
                title = words;
            }
        }
        let mut errors = Vec::new();
        let link = markdown::glossary_link();
        let marks = crate::glossary::Marks {
            glossary: self.glossary,
            lang: f.lang,
            default: self.config.default_language,
            default_code: &self.config.default_lang().code,
            link: &link,
        };
        let marks = (!self.glossary.terms.is_empty()).then_some(&marks);
        let (body, mut used) = markdown::render_marked(
            body_src,
            &f.rel,
            &text,
            body_offset,
            self.targets,
            self.config.allow_raw_html,
            marks,
            &mut errors,
        );
        if self.config.languages[f.lang].simple {
            let fields = [
                (title.as_str(), file.value(&[Seg::Key("title")])),
                (summary.as_str(), file.value(&[Seg::Key("summary")])),
            ];
            crate::plain::check(&f.rel, &text, &fields, body_offset, diags);
        }
        let has_errors = errors.iter().any(Diagnostic::is_error);
        diags.extend(errors);
        if !ok || has_errors {
            return None;
        }
        let fingerprint = fingerprint(&title, &summary, body_src);
        let mut summary_html = None;
        let mut summary_source = None;
        if crate::glossary::has_marks(&summary) {
            summary_source = Some(summary.clone());
            let no_glossary = crate::glossary::Marks {
                glossary: self.glossary,
                lang: f.lang,
                default: self.config.default_language,
                default_code: &self.config.default_lang().code,
                link: &link,
            };
            let line = marks.unwrap_or(&no_glossary).line(&summary, &mut used);
            for (_, word, _) in &line.unknown {
                diags.push(markdown::unknown_mark(
                    &f.rel,
                    self.glossary,
                    word,
                    file.value(&[Seg::Key("summary")]),
                ));
            }
            summary = line.plain;
            summary_html = line.html.map(|h| markdown::Html::new(&h, true));
        }
        Some(Text {
            lang: f.lang,
            rel: f.rel.clone(),
            fingerprint,
            title,
            summary,
            body,
            translation_of: fm.translation_of.map(|s| s.0),
            machine_translated: fm.machine_translated.unwrap_or(false),
            recording_of: fm.recording_of.map(|s| s.0.trim().to_string()),
            summary_html,
            summary_source,
            marks: used.into_iter().collect(),
            recording: None,
        })
    }
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
