//! Interface strings that fall back to another language carry that
//! language's `lang` and `dir`, so a screen reader speaks German words with
//! a German voice on a Romanian page; the notice over a text shown in
//! another language names the page's language even when the notice itself
//! had to fall back (tests/fixtures/fallback: German, Romanian and Hebrew,
//! the theme has no Romanian or Hebrew strings).

use std::path::Path;

use scraper::{ElementRef, Html, Selector};

use crate::common::{clock, copy_dir};

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/fallback");

fn built() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(Path::new(FIXTURE), dir.path());
    let (summary, diags) = quartier::build::build(dir.path(), &dir.path().join("public"), &clock());
    let msgs: Vec<String> = diags.iter().map(|d| d.to_string()).collect();
    assert!(summary.is_some(), "build failed: {msgs:#?}");
    dir
}

fn read(dir: &tempfile::TempDir, rel: &str) -> String {
    std::fs::read_to_string(dir.path().join("public").join(rel)).unwrap()
}

/// The `lang` and `dir` in force at an element: its own or its nearest
/// ancestor's.
fn lang_dir(el: ElementRef) -> (String, String) {
    let find = |attr: &str| {
        std::iter::successors(Some(el), |e| e.parent().and_then(ElementRef::wrap))
            .find_map(|e| e.value().attr(attr))
            .unwrap_or_default()
            .to_string()
    };
    (find("lang"), find("dir"))
}

/// Every element whose own text is exactly `text`, with its language and direction.
fn spoken_as(html: &str, text: &str) -> Vec<(String, String)> {
    let doc = Html::parse_document(html);
    let all = Selector::parse("body *").unwrap();
    doc.select(&all)
        .filter(|e| {
            e.children()
                .filter_map(|c| c.value().as_text())
                .map(|t| t.trim())
                .collect::<String>()
                == text
        })
        .map(lang_dir)
        .collect()
}

#[test]
fn words_that_fall_back_are_marked_with_their_language() {
    let dir = built();
    let ro = read(&dir, "ro/nordviertel/deutschkurs/index.html");
    assert!(ro.contains(r#"<html lang="ro" dir="ltr">"#));
    for german in [
        "Alle Angebote",
        "Suche",
        "Startseite",
        "Wann",
        "Zum Inhalt springen",
    ] {
        let found = spoken_as(&ro, german);
        assert!(!found.is_empty(), "{german} not on the page");
        for (lang, dir) in found {
            assert_eq!((lang.as_str(), dir.as_str()), ("de", "ltr"), "{german}");
        }
    }
    // The site's own Romanian strings are Romanian.
    assert!(ro.contains("<span>Cartierul de test</span>"), "{ro}");
    // Right to left: German words in a Hebrew page read left to right.
    let he = read(&dir, "he/index.html");
    assert!(he.contains(r#"<html lang="he" dir="rtl">"#));
    let found = spoken_as(&he, "Alle Angebote");
    assert!(!found.is_empty());
    for (lang, dir) in found {
        assert_eq!((lang.as_str(), dir.as_str()), ("de", "ltr"));
    }
    // Where no element can mark the words (the title, attributes, options),
    // they stay plain text.
    let list = read(&dir, "ro/offerings/index.html");
    assert!(list.contains("<title>Alle Angebote – Cartierul de test</title>"));
    assert!(list.contains(r#"<option value="">Alle</option>"#));
    assert!(list.contains(r#"<nav class="breadcrumb" aria-label="Sie sind hier">"#));
    // The 404 page speaks every language in its own section.
    let not_found = read(&dir, "404.html");
    for (lang, dir) in spoken_as(&not_found, "Seite nicht gefunden") {
        assert_eq!((lang.as_str(), dir.as_str()), ("de", "ltr"));
    }
    // In German nothing falls back, and nothing is marked.
    let de = read(&dir, "de/nordviertel/deutschkurs/index.html");
    assert!(
        de.contains(r#"<a href="../../../de/offerings/">Alle Angebote</a>"#),
        "{de}"
    );
    assert!(!de.contains(r#"<span lang="de" dir="ltr">Wann"#), "{de}");
    assert!(!de.contains(r#"class="notice""#));
}

#[test]
fn the_notice_over_a_text_in_another_language_names_the_pages_language() {
    let dir = built();
    let ro = read(&dir, "ro/nordviertel/deutschkurs/index.html");
    assert!(
        ro.contains("<p class=\"notice\" role=\"note\"><span lang=\"de\" dir=\"ltr\">Dieser Text ist noch nicht in die Sprache „\u{2068}română\u{2069}“ übersetzt. Hier steht er auf \u{2068}Deutsch\u{2069}.</span></p>"),
        "{ro}"
    );
    let he = read(&dir, "he/nordviertel/deutschkurs/index.html");
    assert!(
        he.contains("Dieser Text ist noch nicht in die Sprache „\u{2068}עברית\u{2069}“ übersetzt."),
        "{he}"
    );
    // Where the page's language has the notice, its own wording is used.
    let site = tempfile::tempdir().unwrap();
    copy_dir(Path::new(FIXTURE), site.path());
    std::fs::write(
        site.path().join("site.yaml"),
        std::fs::read_to_string(site.path().join("site.yaml"))
            .unwrap()
            .replace("[de, ro, he]", "[de, en]"),
    )
    .unwrap();
    let (summary, _) = quartier::build::build(site.path(), &site.path().join("public"), &clock());
    assert!(summary.is_some());
    let en = std::fs::read_to_string(
        site.path()
            .join("public/en/nordviertel/deutschkurs/index.html"),
    )
    .unwrap();
    assert!(
        en.contains("<p class=\"notice\" role=\"note\">This text has not been translated into English yet. Here it is in \u{2068}Deutsch\u{2069}.</p>"),
        "{en}"
    );
}
