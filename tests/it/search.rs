//! Search and filters without a browser: the normalisation cases shared
//! with search.js, the index of each language, the offerings list's facets,
//! the audience pages, and the theme scripts' own unit tests under Node.

use std::path::Path;
use std::process::Command;

use quartier::render::search::normalise;

use crate::common::{clock, copy_dir};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn built() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&Path::new(ROOT).join("tests/fixtures/browser"), dir.path());
    let (summary, diags) = quartier::build::build(dir.path(), &dir.path().join("public"), &clock());
    let msgs: Vec<String> = diags.iter().map(|d| d.to_string()).collect();
    assert!(summary.is_some(), "{msgs:#?}");
    dir
}

fn read(dir: &tempfile::TempDir, rel: &str) -> String {
    std::fs::read_to_string(dir.path().join("public").join(rel))
        .unwrap_or_else(|e| panic!("{rel}: {e}"))
}

#[test]
fn normalisation_agrees_with_the_cases_search_js_is_tested_on() {
    let text =
        std::fs::read_to_string(Path::new(ROOT).join("tests/fixtures/search-normalisation.json"))
            .unwrap();
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    let cases = json["cases"].as_array().unwrap();
    assert!(cases.len() >= 20);
    for c in cases {
        let input = c["input"].as_str().unwrap();
        assert_eq!(
            normalise(input),
            c["expected"].as_str().unwrap(),
            "{input:?}: {}",
            c["why"]
        );
    }
}

#[test]
fn can_build_a_search_index_per_language_without_past_offerings() {
    let dir = built();
    for lang in ["de", "tr", "ar"] {
        let text = read(&dir, &format!("{lang}/search-index.json"));
        assert!(text.len() < 20_000, "{lang}: {} bytes", text.len());
        let json: serde_json::Value = serde_json::from_str(&text).unwrap();
        let docs = json["docs"].as_array().unwrap();
        let urls: Vec<&str> = docs.iter().map(|d| d["u"].as_str().unwrap()).collect();
        assert!(
            urls.contains(&"nordviertel/mama-lernt-deutsch/"),
            "{urls:?}"
        );
        assert!(urls.contains(&"about/"), "{urls:?}");
        assert!(!urls.contains(&"suedstadt/fest-2026/"), "past: {urls:?}");
        for d in docs {
            let x = d["x"].as_str().unwrap();
            assert_eq!(normalise(x), x, "the searched text is normalised");
        }
    }
    let tr = read(&dir, "tr/search-index.json");
    // Turkish text folded: "Işık" is found as "isik", the German title too.
    assert!(tr.contains("isik hanim"), "{tr}");
    assert!(tr.contains("mama lernt deutsch"), "{tr}");
    let ar = read(&dir, "ar/search-index.json");
    assert!(ar.contains("ماما تتعلم الالمانيه"), "{ar}");
    // The German stand-in for a missing Arabic text says its language.
    assert!(ar.contains(r#""l":"de""#), "{ar}");
}

#[test]
fn offerings_list_carries_facets_and_links_for_readers_without_javascript() {
    let dir = built();
    let page = read(&dir, "ar/offerings/index.html");
    assert!(page.contains(r#"<body data-page="offerings">"#));
    assert!(page.contains(
        r#"data-audience="women parents" data-category="language-course" data-childcare="yes" data-cost="free" data-day="tue thu" data-district="nordviertel" data-spoken="de tr ar" data-time="morning""#
    ), "{page}");
    assert!(page.contains(r#"data-cost="paid" data-day="mon" data-district="suedstadt" data-spoken="de ru" data-time="evening""#));
    // Current offerings only.
    assert_eq!(page.matches(r#"<li class="card""#).count(), 4);
    // The form waits for the script; the static pages need none.
    assert!(page.contains(r#"<form class="filters" id="filters" method="get" hidden"#));
    for href in [
        "../../ar/nordviertel/",
        "../../ar/category/language-course/",
        "../../ar/audience/women/",
    ] {
        assert!(page.contains(&format!(r#"href="{href}""#)), "{href}");
    }
    // Spoken languages named in their own language.
    assert!(page.contains(r#"<option value="tr" lang="tr" dir="ltr">Türkçe</option>"#));
    assert!(page.contains(r#"<script src="../../filter.js"></script>"#));
    // Every page links the list and the search.
    let home = read(&dir, "tr/index.html");
    assert!(
        home.contains(r#"<a href="../tr/offerings/">Tüm hizmetler</a>"#),
        "{home}"
    );
    assert!(home.contains(r#"href="../tr/search/""#));
    // No script but the one that registers the offline cache, and the one
    // that reads aloud where the page has a read-aloud button.
    let scripts: Vec<&str> = home.split("<script").skip(1).collect();
    assert!(scripts[0].starts_with(r#" src="../offline.js""#), "{home}");
    let read_aloud = home.contains("read-aloud");
    assert_eq!(scripts.len(), 1 + usize::from(read_aloud), "{home}");
    if read_aloud {
        assert!(scripts[1].starts_with(r#" src="../listen.js""#), "{home}");
    }
}

#[test]
fn can_build_audience_pages_for_audiences_in_use() {
    let dir = built();
    let women = read(&dir, "de/audience/women/index.html");
    assert!(
        women.contains("Angebote für: \u{2068}Frauen\u{2069}"),
        "{women}"
    );
    assert!(women.contains("Mama lernt Deutsch") && women.contains("Frauencafé"));
    assert!(!women.contains("Deutschkurs am Abend"));
    assert!(!dir.path().join("public/de/audience/seniors").exists());
    assert!(
        read(&dir, "ar/sitemap.xml").contains("https://example.org/viertel/ar/audience/families/")
    );
    assert!(read(&dir, "tr/sitemap.xml").contains("https://example.org/viertel/tr/search/"));
}

#[test]
fn search_page_explains_itself_without_javascript() {
    let dir = built();
    let page = read(&dir, "de/search/index.html");
    assert!(page.contains(r#"id="search-nojs""#));
    assert!(page.contains("Die Suche braucht JavaScript"));
    assert!(
        page.contains(
            r#"role="search" method="get" hidden data-index="../../de/search-index.json""#
        ),
        "{page}"
    );
    assert!(page.contains(r#"<input type="search" id="q" name="q""#));
}

#[test]
fn district_id_audience_is_reserved() {
    assert!(quartier::load::RESERVED_IDS.contains(&"audience"));
}

/// The theme scripts' unit tests (tests/browser/unit.mjs) need Node only.
#[test]
fn theme_scripts_pass_their_unit_tests_in_node() {
    if Command::new("node").arg("--version").output().is_err() {
        assert!(std::env::var_os("CI").is_none(), "CI needs node");
        eprintln!("note: node not found, script unit tests skipped");
        return;
    }
    // The scripts as written, and as a build publishes them (minified).
    let dir = built();
    for scripts in [None, Some(dir.path().join("public"))] {
        let mut node = Command::new("node");
        node.arg(Path::new(ROOT).join("tests/browser/unit.mjs"));
        if let Some(s) = &scripts {
            node.env("QUARTIER_SCRIPTS", s);
        }
        let out = node.output().unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "{scripts:?}: {text}");
        assert!(text.contains("# fail 0"), "{scripts:?}: {text}");
    }
    let published = std::fs::read(dir.path().join("public/filter.js")).unwrap();
    let source = std::fs::read(Path::new(ROOT).join("themes/default/static/filter.js")).unwrap();
    assert!(published.len() < source.len(), "filter.js is not minified");
}
