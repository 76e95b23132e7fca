//! Translation status: which texts are up to date, missing, stale or
//! machine-translated in which language.
//!
//! A translation records in `translation_of` the fingerprint of the
//! default-language text it was made from. When the source text changes, its
//! fingerprint changes and the translation is stale until a translator
//! updates it and runs `--mark`, or an editor judges the change minor and
//! runs `--accept` on the source.

use std::path::{Path, PathBuf};

use serde_json::json;

use crate::diag::Diagnostic;
use crate::model::{Site, Texts};

pub use crate::model::fingerprint;

/// The state of one text in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// The default-language text itself.
    Source,
    /// Made from the current source text.
    UpToDate,
    /// Made from an older version of the source text.
    Stale,
    /// Up to date or unmarked, but translated by a machine.
    Machine,
    /// A translation without `translation_of`: nobody recorded its source.
    Unmarked,
    /// No file in this language.
    Missing,
}

impl Status {
    /// Name used in JSON and Markdown.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Source => "source",
            Status::UpToDate => "up-to-date",
            Status::Stale => "stale",
            Status::Machine => "machine-translated",
            Status::Unmarked => "unmarked",
            Status::Missing => "missing",
        }
    }
}

/// One text (home, district, offering or page) across the languages.
#[derive(Debug, Clone)]
pub struct Row {
    /// `district`, `offering`, `page` or `home`.
    pub kind: &'static str,
    /// Content folder, e.g. `content/kranichstein-sued/mama-lernt-deutsch`.
    pub dir: PathBuf,
    /// Status per site language.
    pub status: Vec<Status>,
}

fn row(site: &Site, kind: &'static str, dir: PathBuf, texts: &Texts) -> Row {
    let def = site.config.default_language;
    let source = texts.by_lang[def].as_ref();
    let status = texts
        .by_lang
        .iter()
        .enumerate()
        .map(|(i, t)| match (i == def, t) {
            (true, Some(_)) => Status::Source,
            (_, None) => Status::Missing,
            (false, Some(t)) => match (&t.translation_of, source) {
                (Some(fp), Some(src)) if *fp != src.fingerprint => Status::Stale,
                _ if t.machine_translated => Status::Machine,
                (Some(_), _) => Status::UpToDate,
                (None, _) => Status::Unmarked,
            },
        })
        .collect();
    Row { kind, dir, status }
}

/// The status of every text of the site.
pub fn status(site: &Site) -> Vec<Row> {
    let mut rows = vec![row(site, "home", PathBuf::from("content"), &site.home)];
    for d in &site.districts {
        rows.push(row(site, "district", d.dir.clone(), &d.texts));
        for o in &d.offerings {
            rows.push(row(site, "offering", o.dir.clone(), &o.texts));
        }
    }
    for p in &site.pages {
        rows.push(row(
            site,
            "page",
            Path::new("content/pages").join(&p.id),
            &p.texts,
        ));
    }
    rows.retain(|r| r.status.iter().any(|s| *s != Status::Missing));
    rows
}

fn symbol(s: Status) -> &'static str {
    match s {
        Status::Source => "src",
        Status::UpToDate => "ok",
        Status::Stale => "STALE",
        Status::Machine => "mt",
        Status::Unmarked => "?",
        Status::Missing => "-",
    }
}

/// The site's language codes in switcher order.
fn codes(site: &Site) -> Vec<&str> {
    site.config
        .languages
        .iter()
        .map(|l| l.code.as_str())
        .collect()
}

/// A table for the terminal, with a legend and counts.
pub fn table(site: &Site, rows: &[Row]) -> String {
    let langs = codes(site);
    let width = rows
        .iter()
        .map(|r| r.dir.to_string_lossy().len())
        .max()
        .unwrap_or(4)
        .max(4);
    let mut out = format!("{:width$}", "text");
    for l in &langs {
        out.push_str(&format!(" {l:>5}"));
    }
    out.push('\n');
    for r in rows {
        out.push_str(&format!("{:width$}", r.dir.to_string_lossy()));
        for s in &r.status {
            out.push_str(&format!(" {:>5}", symbol(*s)));
        }
        out.push('\n');
    }
    out.push_str("\nsrc = default-language source, ok = up to date, STALE = source changed since, mt = machine-translated,\n? = no translation_of recorded, - = missing\n");
    for (i, l) in langs.iter().enumerate() {
        let count = |s: Status| rows.iter().filter(|r| r.status[i] == s).count();
        out.push_str(&format!(
            "{l}: {} up to date, {} stale, {} machine-translated, {} unmarked, {} missing\n",
            count(Status::UpToDate),
            count(Status::Stale),
            count(Status::Machine),
            count(Status::Unmarked),
            count(Status::Missing)
        ));
    }
    out
}

/// A Markdown table for a pull-request comment.
pub fn markdown(site: &Site, rows: &[Row]) -> String {
    let langs = codes(site);
    let mut out = format!(
        "| text | {} |\n|---|{}\n",
        langs.join(" | "),
        "---|".repeat(langs.len())
    );
    for r in rows {
        let cells: Vec<&str> = r
            .status
            .iter()
            .map(|s| match s {
                Status::Source => "source",
                Status::UpToDate => "✅",
                Status::Stale => "⚠️ stale",
                Status::Machine => "🤖",
                Status::Unmarked => "❔",
                Status::Missing => "—",
            })
            .collect();
        out.push_str(&format!(
            "| `{}` | {} |\n",
            r.dir.to_string_lossy(),
            cells.join(" | ")
        ));
    }
    out.push_str("\n✅ up to date · ⚠️ source changed since · 🤖 machine-translated · ❔ no `translation_of` · — missing\n");
    out
}

/// The same as JSON.
pub fn to_json(site: &Site, rows: &[Row]) -> String {
    let langs = codes(site);
    let texts: Vec<serde_json::Value> = rows
        .iter()
        .map(|r| {
            let by_lang: serde_json::Map<String, serde_json::Value> = langs
                .iter()
                .zip(&r.status)
                .map(|(l, s)| (l.to_string(), json!(s.as_str())))
                .collect();
            json!({ "kind": r.kind, "dir": r.dir.to_string_lossy(), "languages": by_lang })
        })
        .collect();
    json!({ "languages": langs, "texts": texts }).to_string()
}

/// Sets `translation_of: <fp>` in the front matter of `text`.
pub fn set_translation_of(text: &str, fp: &str) -> Option<String> {
    let (yaml, _, body_offset) = crate::load::split_front_matter(text)?;
    let nl = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let yaml_start = text.find(yaml).unwrap_or(0);
    let mut lines: Vec<String> = yaml.lines().map(str::to_string).collect();
    let line = format!("translation_of: {fp}");
    match lines.iter_mut().find(|l| l.starts_with("translation_of:")) {
        Some(l) => *l = line,
        None => lines.push(line),
    }
    let closing = &text[yaml_start + yaml.len()..body_offset];
    Some(format!(
        "{}{}{nl}{closing}{}",
        &text[..yaml_start],
        lines.join(nl),
        &text[body_offset..]
    ))
}

/// Finds the text at `file` (relative to `root` or to the working folder).
fn locate<'a>(site: &'a Site, root: &Path, file: &Path) -> Result<(&'a Texts, usize), Diagnostic> {
    let rel = file.strip_prefix(root).unwrap_or(file);
    let all =
        std::iter::once(&site.home)
            .chain(site.districts.iter().flat_map(|d| {
                std::iter::once(&d.texts).chain(d.offerings.iter().map(|o| &o.texts))
            }))
            .chain(site.pages.iter().map(|p| &p.texts));
    for texts in all {
        for (i, t) in texts.by_lang.iter().enumerate() {
            if t.as_ref().is_some_and(|t| t.rel == rel) {
                return Ok((texts, i));
            }
        }
    }
    Err(Diagnostic::error(rel, "not a text of the site")
        .hint("name a Markdown file such as content/kranichstein-sued/mama-lernt-deutsch/ar.md"))
}

fn write_fp(root: &Path, rel: &Path, fp: &str) -> Result<(), Diagnostic> {
    let path = root.join(rel);
    let text = std::fs::read_to_string(&path)
        .map_err(|e| Diagnostic::error(rel, format!("cannot read: {e}")))?;
    let new = set_translation_of(&text, fp)
        .ok_or_else(|| Diagnostic::error(rel, "the file has no front matter"))?;
    std::fs::write(&path, new).map_err(|e| Diagnostic::error(rel, format!("cannot write: {e}")))
}

/// `--mark FILE`: the translation in FILE is up to date with its source.
pub fn mark(site: &Site, root: &Path, file: &Path) -> Result<PathBuf, Diagnostic> {
    let (texts, lang) = locate(site, root, file)?;
    let def = site.config.default_language;
    let t = texts.by_lang[lang].as_ref().expect("located");
    if lang == def {
        return Err(
            Diagnostic::error(&t.rel, "this is the source text, not a translation")
                .hint("use --accept on a source text after a minor change"),
        );
    }
    let src = texts.by_lang[def].as_ref().ok_or_else(|| {
        Diagnostic::error(
            &t.rel,
            "there is no default-language text to translate from",
        )
    })?;
    write_fp(root, &t.rel, &src.fingerprint)?;
    Ok(t.rel.clone())
}

/// `--accept FILE`: the change to the source text in FILE was minor; every
/// translation that records a fingerprint is marked up to date.
pub fn accept(site: &Site, root: &Path, file: &Path) -> Result<Vec<PathBuf>, Diagnostic> {
    let (texts, lang) = locate(site, root, file)?;
    let def = site.config.default_language;
    let src = texts.by_lang[lang].as_ref().expect("located");
    if lang != def {
        return Err(Diagnostic::error(
            &src.rel,
            "this is a translation; --accept takes the source text",
        )
        .hint("use --mark on a translation the translator has updated"));
    }
    let mut done = Vec::new();
    for t in texts
        .by_lang
        .iter()
        .flatten()
        .filter(|t| t.lang != def && t.translation_of.is_some())
    {
        write_fp(root, &t.rel, &src.fingerprint)?;
        done.push(t.rel.clone());
    }
    Ok(done)
}

use crate::escape::xml;

/// XLIFF 2.0 of every text that is missing or stale in `lang`: title,
/// summary and Markdown body of the source, the current translation as
/// target where there is one, and the source's fingerprint as a note.
pub fn export_xliff(site: &Site, lang: &str) -> Result<String, Diagnostic> {
    let cfg = &site.config;
    let li = cfg.lang_index(lang).ok_or_else(|| {
        Diagnostic::general(format!("`{lang}` is not a site language")).hint(format!(
            "choose one of {}",
            cfg.languages
                .iter()
                .map(|l| l.code.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ))
    })?;
    let def = cfg.default_language;
    if li == def {
        return Err(
            Diagnostic::general(format!("`{lang}` is the source language"))
                .hint("export a language texts are translated into"),
        );
    }
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"{}\" trgLang=\"{}\">\n",
        xml(&cfg.languages[def].code),
        xml(lang)
    );
    let mut n = 0;
    for r in status(site) {
        if !matches!(r.status[li], Status::Missing | Status::Stale) {
            continue;
        }
        let Ok((texts, _)) = locate_dir(site, &r.dir) else {
            continue;
        };
        let Some(src) = texts.by_lang[def].as_ref() else {
            continue;
        };
        let body = raw_body(site, &src.rel)?;
        let old = texts.by_lang[li].as_ref();
        let old_body = match old {
            Some(t) => Some(raw_body(site, &t.rel)?),
            None => None,
        };
        n += 1;
        out.push_str(&format!(
            "  <file id=\"f{n}\" original=\"{}\">\n    <notes><note category=\"fingerprint\">{}</note><note category=\"status\">{}</note></notes>\n",
            xml(&src.rel.to_string_lossy()),
            xml(&src.fingerprint),
            r.status[li].as_str()
        ));
        for (id, source, target) in [
            ("title", src.title.as_str(), old.map(|t| t.title.as_str())),
            (
                "summary",
                // As written: translators keep the glossary marks.
                src.summary_source.as_deref().unwrap_or(&src.summary),
                old.map(|t| t.summary_source.as_deref().unwrap_or(&t.summary)),
            ),
            ("body", body.as_str(), old_body.as_deref()),
        ] {
            out.push_str(&format!(
                "    <unit id=\"{id}\"><segment><source xml:space=\"preserve\">{}</source>",
                xml(source)
            ));
            if let Some(t) = target {
                out.push_str(&format!(
                    "<target xml:space=\"preserve\">{}</target>",
                    xml(t)
                ));
            }
            out.push_str("</segment></unit>\n");
        }
        out.push_str("  </file>\n");
    }
    out.push_str("</xliff>\n");
    Ok(out)
}

fn raw_body(site: &Site, rel: &Path) -> Result<String, Diagnostic> {
    let text = crate::yaml::read_text(&site.root, rel)?;
    crate::load::split_front_matter(&text)
        .map(|(_, body, _)| body.to_string())
        .ok_or_else(|| Diagnostic::error(rel, "the file has no front matter"))
}

fn locate_dir<'a>(site: &'a Site, dir: &Path) -> Result<(&'a Texts, usize), Diagnostic> {
    let def = site.config.default_language;
    let file = dir.join(format!("{}.md", site.config.languages[def].code));
    locate(site, &site.root, &file)
}

/// Writes the targets of an XLIFF 2.0 file back as `<lang>.md` files beside
/// their sources, with `translation_of` set to the fingerprint the agency
/// translated from. Returns the files written.
pub fn import_xliff(
    site: &Site,
    xliff_text: &str,
    xliff_name: &Path,
) -> Result<Vec<PathBuf>, Diagnostic> {
    let doc = roxmltree::Document::parse(xliff_text).map_err(|e| {
        let pos = e.pos();
        Diagnostic::error(xliff_name, format!("not valid XML: {e}"))
            .at(Some((pos.row as usize, pos.col as usize)))
    })?;
    let root = doc.root_element();
    let lang = root
        .attribute("trgLang")
        .ok_or_else(|| Diagnostic::error(xliff_name, "the XLIFF file has no trgLang"))?;
    site.config.lang_index(lang).ok_or_else(|| {
        Diagnostic::error(
            xliff_name,
            format!("trgLang `{lang}` is not a site language"),
        )
    })?;
    let mut plans = Vec::new();
    for file in root.children().filter(|n| n.has_tag_name("file")) {
        let at = Some((doc.text_pos_at(file.range().start).row as usize, 1));
        let original = file
            .attribute("original")
            .ok_or_else(|| Diagnostic::error(xliff_name, "a <file> has no original").at(at))?;
        let (texts, src_lang) =
            locate(site, &site.root, Path::new(original)).map_err(|d| d.at(at))?;
        if src_lang != site.config.default_language {
            return Err(
                Diagnostic::error(xliff_name, format!("{original} is not a source text")).at(at),
            );
        }
        let fingerprint = file
            .descendants()
            .find(|n| n.has_tag_name("note") && n.attribute("category") == Some("fingerprint"))
            .and_then(|n| n.text())
            .unwrap_or_default()
            .to_string();
        let target = |id: &str| -> Result<String, Diagnostic> {
            file.children()
                .find(|u| u.has_tag_name("unit") && u.attribute("id") == Some(id))
                .and_then(|u| u.descendants().find(|n| n.has_tag_name("target")))
                .map(|t| {
                    t.descendants()
                        .filter(|n| n.is_text())
                        .map(|n| n.text().unwrap_or(""))
                        .collect::<String>()
                })
                .filter(|s| id == "body" || !s.trim().is_empty())
                .ok_or_else(|| {
                    Diagnostic::error(
                        xliff_name,
                        format!("{original}: the `{id}` unit has no translation"),
                    )
                    .at(at)
                })
        };
        // Texts the agency did not translate are left as they are.
        if !file.descendants().any(|n| n.has_tag_name("target")) {
            continue;
        }
        let (title, summary, body) = (target("title")?, target("summary")?, target("body")?);
        let q = |s: &str| serde_json::to_string(s.trim()).unwrap_or_default();
        let mut front = format!("---\ntitle: {}\nsummary: {}\n", q(&title), q(&summary));
        if !fingerprint.is_empty() {
            front.push_str(&format!("translation_of: {fingerprint}\n"));
        }
        front.push_str("---\n");
        let src = texts.by_lang[site.config.default_language]
            .as_ref()
            .expect("located");
        let rel = src.rel.with_file_name(format!("{lang}.md"));
        plans.push((rel, format!("{front}{body}")));
    }
    // Everything was read and checked: now write.
    let mut written = Vec::new();
    for (rel, text) in plans {
        std::fs::write(site.root.join(&rel), text)
            .map_err(|e| Diagnostic::error(&rel, format!("cannot write: {e}")))?;
        written.push(rel);
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_or_replaces_translation_of() {
        let t = "---\ntitle: A\nsummary: B\n---\nText\n";
        assert_eq!(
            set_translation_of(t, "1234abcd").unwrap(),
            "---\ntitle: A\nsummary: B\ntranslation_of: 1234abcd\n---\nText\n"
        );
        let t = "---\r\ntitle: A\r\ntranslation_of: 00000000\r\n---\r\nText\r\n";
        assert_eq!(
            set_translation_of(t, "1234abcd").unwrap(),
            "---\r\ntitle: A\r\ntranslation_of: 1234abcd\r\n---\r\nText\r\n"
        );
    }
}
