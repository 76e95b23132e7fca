//! Light and self-contained: every page's HTML, with the stylesheet and the
//! scripts it loads, stays within a byte budget, and nothing is loaded from
//! another host (no `src`, stylesheet, icon or preload `href`, or CSS
//! `url()` leaves the site). Plain links to other sites are navigation, not
//! requests, and are allowed.

use std::collections::BTreeMap;
use std::path::Path;

use crate::common::{clock, copy_dir};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Budgets in bytes, per page.
const HTML: u64 = 40_000;
/// 16 KB until the second wave (Einfache Sprache, glossary marks, the player)
/// added their rules; the stylesheet is cached after the first page.
const CSS: u64 = 17_000;
const SCRIPT: u64 = 10_000;
const TOTAL: u64 = 60_000;
/// Per language; fetched only by readers who search.
const INDEX: u64 = 64_000;

/// Values of `attr="…"` in tags starting with `tag` (any tag when empty).
fn attrs<'a>(html: &'a str, tag: &str, attr: &str) -> Vec<(&'a str, &'a str)> {
    let mut out = Vec::new();
    for t in html.split('<').skip(1) {
        let t = t.split('>').next().unwrap_or("");
        if !tag.is_empty() && !t.starts_with(tag) {
            continue;
        }
        let pat = format!(" {attr}=\"");
        if let Some(i) = t.find(&pat) {
            let rest = &t[i + pat.len()..];
            out.push((t, rest.split('"').next().unwrap_or("")));
        }
    }
    out
}

fn is_external(url: &str) -> bool {
    url.starts_with("//") || url.contains("://")
}

/// `src` of a page at `rel`, as a path below the site root.
fn resolve(rel: &str, src: &str) -> String {
    let dir = Path::new(rel).parent().unwrap();
    let file = dir.join(src);
    let file = file.to_string_lossy().replace('\\', "/");
    let mut parts: Vec<&str> = Vec::new();
    for p in file.split('/') {
        match p {
            ".." => {
                parts.pop();
            }
            "" | "." => {}
            p => parts.push(p),
        }
    }
    parts.join("/")
}

/// Recordings a page plays, in bytes: lazy downloads, loaded only when the
/// reader presses play, so not part of the page's bytes; every `<audio>`
/// must say so (`preload="none"`), or a phone would fetch it with the page.
fn lazy_audio(out: &Path, rel: &str, html: &str) -> u64 {
    for tag in html.split("<audio").skip(1) {
        let tag = tag.split('>').next().unwrap_or("");
        assert!(
            tag.contains(r#"preload="none""#),
            "{rel}: <audio{tag}> would load the recording with the page"
        );
    }
    attrs(html, "source", "src")
        .into_iter()
        .map(|(_, src)| {
            let file = resolve(rel, src);
            std::fs::metadata(out.join(&file))
                .unwrap_or_else(|_| panic!("{rel}: {src} missing"))
                .len()
        })
        .sum()
}

/// Checks every page of a built site; returns the largest total per kind,
/// and under `lazy:<kind>` the largest recording a page of a kind plays.
fn check_site(out: &Path) -> BTreeMap<String, (u64, String)> {
    let size = |rel: &str| std::fs::metadata(out.join(rel)).map(|m| m.len());
    let css = size("style.css").unwrap();
    assert!(css <= CSS, "style.css is {css} bytes");
    let style = std::fs::read_to_string(out.join("style.css")).unwrap();
    for u in style.split("url(").skip(1) {
        let u = u.split(')').next().unwrap().trim_matches(['"', '\'']);
        assert!(
            u.starts_with("data:") || !is_external(u),
            "style.css loads {u}"
        );
    }
    let mut largest: BTreeMap<String, (u64, String)> = BTreeMap::new();
    for e in walkdir::WalkDir::new(out) {
        let e = e.unwrap();
        let rel = e
            .path()
            .strip_prefix(out)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if rel.ends_with("search-index.json") {
            assert!(e.metadata().unwrap().len() <= INDEX, "{rel} is too big");
        }
        if !rel.ends_with(".html") || rel.starts_with("translation-status") {
            continue;
        }
        let html = std::fs::read_to_string(e.path()).unwrap();
        let html_bytes = html.len() as u64;
        assert!(html_bytes <= HTML, "{rel}: {html_bytes} bytes of HTML");
        // Resources the browser loads by itself.
        for (tag, src) in attrs(&html, "", "src") {
            assert!(!is_external(src), "{rel}: <{tag}> loads from another host");
        }
        for (tag, href) in attrs(&html, "link", "href") {
            let navigational =
                tag.contains(r#"rel="canonical""#) || tag.contains(r#"rel="alternate""#);
            assert!(
                navigational || !is_external(href),
                "{rel}: <{tag}> loads from another host"
            );
        }
        assert!(
            !html.contains("url(http") && !html.contains("url(//"),
            "{rel}"
        );
        assert!(!html.contains("@import"), "{rel}");
        let mut script = 0;
        for (_, src) in attrs(&html, "script", "src") {
            let dir = Path::new(&rel).parent().unwrap();
            let file = dir.join(src);
            let file = file.to_string_lossy().replace('\\', "/");
            // Resolve `../` against the page's folder.
            let mut parts: Vec<&str> = Vec::new();
            for p in file.split('/') {
                match p {
                    ".." => {
                        parts.pop();
                    }
                    "" | "." => {}
                    p => parts.push(p),
                }
            }
            script += size(&parts.join("/")).unwrap_or_else(|_| panic!("{rel}: {src} missing"));
        }
        assert!(script <= SCRIPT, "{rel}: {script} bytes of script");
        let total = html_bytes + css + script;
        assert!(total <= TOTAL, "{rel}: {total} bytes with CSS and script");
        let kind = html
            .split("<body data-page=\"")
            .nth(1)
            .and_then(|s| s.split('"').next())
            .unwrap_or("other")
            .to_string();
        let lazy = lazy_audio(out, &rel, &html);
        if lazy > 0 {
            let entry = largest
                .entry(format!("lazy:{kind}"))
                .or_insert((0, String::new()));
            if lazy > entry.0 {
                *entry = (lazy, rel.clone());
            }
        }
        let entry = largest.entry(kind).or_insert((0, String::new()));
        if total > entry.0 {
            *entry = (total, rel);
        }
    }
    largest
}

#[test]
fn fixture_pages_stay_within_the_byte_budget_and_load_nothing_from_elsewhere() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&Path::new(ROOT).join("tests/fixtures/browser"), dir.path());
    let out = dir.path().join("public");
    let (summary, _) = quartier::build::build(dir.path(), &out, &clock());
    assert!(summary.is_some());
    let largest = check_site(&out);
    for kind in [
        "chooser",
        "not-found",
        "home",
        "district",
        "offering",
        "category",
        "audience",
        "offerings",
        "search",
        "page",
        "archive",
    ] {
        assert!(largest.contains_key(kind), "no {kind} page checked");
    }
}

#[test]
fn demo_pages_stay_within_the_byte_budget_and_load_nothing_from_elsewhere() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    let (summary, _) = quartier::build::build(Path::new(ROOT), &out, &clock());
    assert!(summary.is_some());
    let largest = check_site(&out);
    for (kind, (bytes, rel)) in &largest {
        println!("{kind:10} {bytes:>6} bytes with CSS and script ({rel})");
    }
    // The demo's placeholder recordings are played, not loaded with the page.
    assert!(largest.contains_key("lazy:offering"), "{largest:?}");
}

#[test]
fn a_recording_is_a_lazy_download_not_part_of_the_page_bytes() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&Path::new(ROOT).join("tests/fixtures/browser"), dir.path());
    // 120 KB of MP3 frames: twice the whole page budget.
    let mp3 = include_bytes!("../fixtures/audio/speech.mp3");
    let big: Vec<u8> = mp3.iter().copied().cycle().take(120_000).collect();
    let rec = "content/nordviertel/mama-lernt-deutsch/de.mp3";
    std::fs::write(dir.path().join(rec), &big).unwrap();
    let out = dir.path().join("public");
    let (summary, _) = quartier::build::build(dir.path(), &out, &clock());
    assert!(summary.is_some());
    let largest = check_site(&out);
    assert_eq!(
        largest.get("lazy:offering"),
        Some(&(
            120_000,
            "de/nordviertel/mama-lernt-deutsch/index.html".to_string()
        )),
        "{largest:?}"
    );
    let (page, _) = &largest["offering"];
    assert!(*page <= TOTAL, "the recording is not counted: {page}");
}
