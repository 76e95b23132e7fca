//! Atom feeds per language: current offerings, newest change first.
//!
//! When the site is a git repository, an offering's `updated` time is the
//! last commit that touched its folder (one `git log` for the whole site);
//! otherwise it is the build's timestamp. Either way the same input gives the
//! same feed.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use jiff::Timestamp;

use crate::model::Site;

/// Last change per content folder (e.g. `content/nord/kurs`), from git.
pub fn git_times(root: &Path) -> HashMap<PathBuf, Timestamp> {
    let mut out = HashMap::new();
    let Ok(res) = Command::new("git")
        .arg("-C")
        .arg(root)
        .args([
            "log",
            "--format=%x01%ct",
            "--name-only",
            "--no-renames",
            "--relative",
            "--",
            "content",
        ])
        .output()
    else {
        return out;
    };
    if !res.status.success() {
        return out;
    }
    let text = String::from_utf8_lossy(&res.stdout);
    let mut current = None;
    for l in text.lines() {
        if let Some(ts) = l.strip_prefix('\u{1}') {
            current = ts
                .trim()
                .parse::<i64>()
                .ok()
                .and_then(|s| Timestamp::from_second(s).ok());
        } else if let (Some(ts), false) = (current, l.is_empty()) {
            let mut dir = Path::new(l).parent();
            while let Some(d) = dir {
                if d.as_os_str().is_empty() {
                    break;
                }
                out.entry(d.to_path_buf()).or_insert(ts);
                dir = d.parent();
            }
        }
    }
    out
}

use crate::escape::xml_plain as xml;
use crate::url;

/// The Atom feed of language `lang`.
pub fn atom(site: &Site, lang: usize, times: &HashMap<PathBuf, Timestamp>) -> String {
    let cfg = &site.config;
    let code = &cfg.languages[lang].code;
    let mut entries: Vec<(Timestamp, String)> = Vec::new();
    for o in site.current_offerings() {
        let d = &site.districts[o.district];
        let Some(shown) = o.texts.show(lang, cfg.default_language) else {
            continue;
        };
        let t = shown.text;
        let updated = times.get(&o.dir).copied().unwrap_or(site.stamp);
        let url = url::absolute(
            &cfg.base_url,
            &url::in_language(code, &url::offering(&d.id, &o.id)),
        );
        let when: Vec<String> = o
            .schedule
            .describe(&site.formats[lang], &site.strings, lang)
            .iter()
            .filter(|l| l.kind == "day" || l.kind == "rule")
            .map(|l| {
                if l.time.is_empty() {
                    l.label.clone()
                } else {
                    format!("{} {}", l.label, l.time)
                }
            })
            .collect();
        let text_lang = &cfg.languages[t.lang].code;
        let mut e = String::new();
        e.push_str("  <entry>\n");
        e.push_str(&format!(
            "    <title xml:lang=\"{text_lang}\">{}</title>\n",
            xml(&t.title)
        ));
        e.push_str(&format!(
            "    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
            xml(&url)
        ));
        e.push_str(&format!("    <id>{}</id>\n", xml(&url)));
        e.push_str(&format!(
            "    <updated>{}</updated>\n",
            updated.strftime("%Y-%m-%dT%H:%M:%SZ")
        ));
        e.push_str(&format!(
            "    <summary xml:lang=\"{text_lang}\">{}</summary>\n",
            xml(&format!("{} — {}", t.summary, when.join("; ")))
        ));
        e.push_str(&format!(
            "    <category term=\"{}\"/>\n",
            xml(&cfg.categories[o.category].id)
        ));
        e.push_str("  </entry>\n");
        entries.push((updated, e));
    }
    entries.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    entries.truncate(100);
    let newest = entries.first().map(|e| e.0).unwrap_or(site.stamp);
    let title = format!(
        "{} – {}",
        site.strings.get(lang, "site-title", None, false),
        site.strings.get(lang, "feed-title", None, false)
    );
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    out.push_str(&format!(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{code}\">\n"
    ));
    out.push_str(&format!("  <title>{}</title>\n", xml(&title)));
    let home = xml(&url::language_prefix(&cfg.base_url, code));
    out.push_str(&format!("  <id>{home}</id>\n"));
    out.push_str(&format!(
        "  <link rel=\"self\" href=\"{}\"/>\n",
        xml(&url::absolute(&cfg.base_url, &url::feed(code)))
    ));
    out.push_str(&format!(
        "  <link rel=\"alternate\" type=\"text/html\" href=\"{home}\"/>\n"
    ));
    out.push_str(&format!(
        "  <updated>{}</updated>\n",
        newest.strftime("%Y-%m-%dT%H:%M:%SZ")
    ));
    out.push_str(&format!(
        "  <author><name>{}</name></author>\n",
        xml(&site.strings.get(lang, "site-title", None, false))
    ));
    out.push_str("  <generator>Quartier</generator>\n");
    for (_, e) in entries {
        out.push_str(&e);
    }
    out.push_str("</feed>\n");
    out
}
