//! The renderers: the input becomes the title, summary and Markdown body of
//! one offering's German text and the name of its place (split at NUL
//! bytes), written into a copy of the test fixture; the site is loaded and
//! every page, calendar, feed, sitemap and search index is rendered in
//! memory (no flyers). What must hold for any input:
//!
//! - no panic;
//! - HTML: no script but the theme's own files, no inline script, no event
//!   handler attribute, no `javascript:`/`vbscript:`/`data:` link, no
//!   `iframe`/`object`/`embed`/`base`, and no meta refresh;
//! - XML (feeds, sitemaps) parses; JSON (search index) parses;
//! - iCalendar: every unfolded line is a property, and the text adds no
//!   event (`BEGIN:VEVENT` count as with a plain text).
#![no_main]
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use quartier::render::{Content, FlyerSizes, Job};

#[path = "fixture.rs"]
mod fixture;

fn site() -> &'static PathBuf {
    fixture::site("render")
}

/// A YAML double-quoted scalar (JSON's escapes are YAML's too).
fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap()
}

/// Renders every file but the flyers; `None` when the site does not load.
fn render_all(root: &Path, text: [&str; 4]) -> Option<Vec<(String, Vec<u8>)>> {
    let [title, summary, body, place] = text;
    std::fs::write(
        root.join("content/nordviertel/fest/de.md"),
        format!("---\ntitle: {}\nsummary: {}\n---\n{body}", quoted(title), quoted(summary)),
    )
    .unwrap();
    std::fs::write(
        root.join("content/places.yaml"),
        format!(
            "haus:\n  name: {}\n  address: Nordstraße 1\nschule:\n  name: Grundschule Nord\n",
            quoted(place)
        ),
    )
    .unwrap();
    let clock = quartier::clock::Clock::fixed(jiff::civil::date(2026, 11, 26));
    let mut diags = quartier::diag::Diagnostics::new();
    let p = quartier::build::prepare(root, &clock, None, &(), &mut diags)?;
    let sizes = FlyerSizes::new();
    let mut out = Vec::new();
    for (path, job) in &p.plan {
        if matches!(job, Job::Flyer(_)) {
            continue;
        }
        let Ok(made) = p.renderer.render(job, &sizes) else {
            continue;
        };
        if let Content::Bytes(b) = made.content {
            out.push((path.clone(), b));
        }
    }
    Some(out)
}

fn check_html(path: &str, html: &str) {
    let doc = scraper::Html::parse_document(html);
    for el in doc.root_element().descendants().filter_map(scraper::ElementRef::wrap) {
        let v = el.value();
        let name = v.name();
        assert!(
            !matches!(name, "iframe" | "object" | "embed" | "base" | "frame" | "applet"),
            "{path}: <{name}>"
        );
        if name == "script" {
            let src = v.attr("src").unwrap_or_default();
            assert!(src.ends_with(".js") && !src.contains(':'), "{path}: script {src:?}");
            assert!(el.text().all(|t| t.trim().is_empty()), "{path}: inline script");
        }
        if name == "meta" {
            let eq = v.attr("http-equiv").unwrap_or_default();
            assert!(!eq.eq_ignore_ascii_case("refresh"), "{path}: meta refresh");
        }
        for (attr, value) in v.attrs() {
            assert!(!attr.to_ascii_lowercase().starts_with("on"), "{path}: {attr}= on <{name}>");
            if matches!(attr, "href" | "src" | "action" | "formaction" | "srcset" | "poster" | "xlink:href") {
                let t: String = value
                    .chars()
                    .filter(|c| !c.is_ascii_whitespace() && !c.is_control())
                    .collect::<String>()
                    .to_ascii_lowercase();
                assert!(
                    !(t.starts_with("javascript:") || t.starts_with("vbscript:") || t.starts_with("data:text/html")),
                    "{path}: {attr}={value:?}"
                );
            }
        }
    }
}

fn unfold(ics: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for l in ics.split("\r\n") {
        match l.strip_prefix(' ') {
            Some(rest) if !lines.is_empty() => lines.last_mut().unwrap().push_str(rest),
            _ => lines.push(l.to_string()),
        }
    }
    lines
}

fn events(ics: &str) -> usize {
    unfold(ics).iter().filter(|l| *l == "BEGIN:VEVENT").count()
}

fn check(files: &[(String, Vec<u8>)], baseline: &std::collections::HashMap<String, usize>) {
    for (path, bytes) in files {
        let text = std::str::from_utf8(bytes).unwrap_or_else(|_| panic!("{path}: not UTF-8"));
        if path.ends_with(".html") {
            check_html(path, text);
        } else if path.ends_with(".xml") {
            roxmltree::Document::parse(text).unwrap_or_else(|e| panic!("{path}: {e}"));
        } else if path.ends_with(".json") {
            serde_json::from_str::<serde_json::Value>(text).unwrap_or_else(|e| panic!("{path}: {e}"));
        } else if path.ends_with(".ics") {
            for l in unfold(text).iter().filter(|l| !l.is_empty()) {
                let name_end = l.find([':', ';']).unwrap_or_else(|| panic!("{path}: {l:?}"));
                assert!(
                    l[..name_end].chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-'),
                    "{path}: not a property: {l:?}"
                );
            }
            if let Some(n) = baseline.get(path) {
                assert_eq!(events(text), *n, "{path}: the text added or removed events");
            }
        }
    }
}

fn baseline() -> &'static std::collections::HashMap<String, usize> {
    static B: OnceLock<std::collections::HashMap<String, usize>> = OnceLock::new();
    B.get_or_init(|| {
        let files = render_all(site(), ["Fest", "Ein Fest.", "Text.", "Stadtteilhaus Nord"]).expect("the fixture loads");
        files
            .iter()
            .filter(|(p, _)| p.ends_with(".ics"))
            .map(|(p, b)| (p.clone(), events(std::str::from_utf8(b).unwrap())))
            .collect()
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    let base = baseline();
    let mut parts = s.splitn(4, '\0');
    let text = [
        parts.next().unwrap_or(""),
        parts.next().unwrap_or("Zusammenfassung"),
        parts.next().unwrap_or(""),
        parts.next().unwrap_or("Haus"),
    ];
    if let Some(files) = render_all(site(), text) {
        check(&files, base);
    }
});
