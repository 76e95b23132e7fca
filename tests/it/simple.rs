//! Einfache Sprache: a plain-language variant of the default language
//! (`de-x-simple`), its pages, fallback, interface strings, hints, flyers
//! and translation status.

use crate::common::{clock, Site};

/// The basic fixture (de, en, ar) with `de-x-simple` and one plain text.
fn simple_site() -> Site {
    let s = Site::basic();
    let yaml = std::fs::read_to_string(s.root().join("site.yaml")).unwrap();
    s.write(
        "site.yaml",
        &yaml.replace(
            "languages: [de, en, ar]",
            "languages: [de, de-x-simple, en, ar]",
        ),
    );
    s.write(
        "content/nordviertel/deutschkurs/de-x-simple.md",
        "---\ntitle: Mama lernt Deutsch\nsummary: Ein Deutsch·kurs für Mütter. Am Vormittag.\n---\nWir lernen zusammen Deutsch.\n\nDer Kurs kostet nichts.\n",
    );
    s
}

fn messages(s: &Site) -> Vec<String> {
    let (summary, diags) = quartier::build::build(s.root(), &s.out(), &clock());
    assert!(summary.is_some(), "build failed: {diags:?}");
    diags.iter().map(|d| d.to_string()).collect()
}

#[test]
fn the_variant_has_its_pages_its_strings_and_falls_back_to_german_with_a_notice() {
    let s = simple_site();
    let msgs = messages(&s);
    assert!(
        !msgs
            .iter()
            .any(|m| m.contains("warning") || m.contains("error")),
        "a plain text without hints and a variant with its theme strings: {msgs:#?}"
    );
    // Its own text, in its own language, with the simpler interface words.
    let own = s.read_out("de-x-simple/nordviertel/deutschkurs/index.html");
    assert!(
        own.contains(r#"<html lang="de-x-simple" dir="ltr""#),
        "{}",
        &own[..200]
    );
    assert!(own.contains("Wir lernen zusammen Deutsch."));
    assert!(own.contains("Was kostet das?"), "plain fact labels");
    assert!(!own.contains("Diesen Text gibt es noch nicht in Einfacher Sprache"));
    // The German page keeps the German words.
    let de = s.read_out("de/nordviertel/deutschkurs/index.html");
    assert!(!de.contains("Was kostet das?"));
    // A text with no plain version: the German text, with a notice in plain words.
    let fest = s.read_out("de-x-simple/nordviertel/fest/index.html");
    assert!(fest.contains("Diesen Text gibt es noch nicht in Einfacher Sprache"));
    let german = s.read_out("de/nordviertel/fest/index.html");
    let title = german
        .split("<h1")
        .nth(1)
        .and_then(|h| h.split('>').nth(1))
        .and_then(|t| t.split('<').next())
        .unwrap();
    assert!(
        fest.contains(title),
        "the German title `{title}` on the plain page"
    );
    // The language menu names it in its own words and links its page.
    assert!(de.contains("Einfache Sprache"));
    assert!(de.contains(r#"hreflang="de-x-simple""#));
    // Shared links: read in German (de_DE), each locale once.
    assert!(own.contains(r#"<meta property="og:locale" content="de_DE">"#));
    assert!(!own.contains(r#"og:locale:alternate" content="de_DE""#));
    assert_eq!(
        de.matches(r#"og:locale:alternate" content="de_DE""#)
            .count(),
        0
    );
}

#[test]
fn plain_language_hints_name_the_line_and_what_to_change() {
    let s = simple_site();
    s.write(
        "content/nordviertel/deutschkurs/de-x-simple.md",
        "---\ntitle: Die Hausaufgabenhilfe\nsummary: Ein Kurs.\n---\nWir treffen uns jeden Montag am Vormittag im großen Saal des Hauses und sprechen dort zusammen über viele Dinge.\n\nWir reden, lachen, essen.\n\nDer Kurs hat zwölf Plätze.\n",
    );
    let msgs = messages(&s);
    let file = "content/nordviertel/deutschkurs/de-x-simple.md";
    let find = |line: usize, what: &str| {
        msgs.iter()
            .find(|m| m.starts_with(&format!("{file}:{line}:")) && m.contains(what))
            .unwrap_or_else(|| panic!("no `{what}` at line {line}: {msgs:#?}"))
            .clone()
    };
    assert!(find(2, "`Hausaufgabenhilfe` is a long word").contains("Hausaufgaben·hilfe"));
    assert!(find(5, "this sentence has 19 words").contains("split it"));
    assert!(find(7, "this sentence has 2 commas").contains("two sentences"));
    assert!(find(9, "the number `zwölf` is written as a word").contains("`12`"));
    // Hints are for the plain variant only: the same words in German are fine.
    let s = simple_site();
    s.write(
        "content/nordviertel/deutschkurs/de.md",
        "---\ntitle: Die Hausaufgabenhilfe\nsummary: Ein Kurs.\n---\nWir reden, lachen, essen und haben zwölf Plätze.\n",
    );
    let msgs = messages(&s);
    assert!(
        !msgs.iter().any(|m| m.contains("plain language")),
        "{msgs:#?}"
    );
}

#[test]
fn a_variant_of_another_language_or_an_unknown_variant_is_an_error() {
    let s = Site::basic();
    let yaml = std::fs::read_to_string(s.root().join("site.yaml")).unwrap();
    s.write(
        "site.yaml",
        &yaml.replace(
            "languages: [de, en, ar]",
            "languages: [de, en, ar, en-x-simple, de-x-fancy]",
        ),
    );
    let errs = s.build_err();
    let all = errs.join("\n");
    assert!(
        all.contains("site.yaml:4:")
            && all.contains("`en-x-simple` is a plain-language variant of `en`, which is not the default language")
            && all.contains("use `de-x-simple`"),
        "{all}"
    );
    assert!(
        all.contains("`de-x-fancy` names a variant Quartier does not know")
            && all.contains("`de-x-simple`"),
        "{all}"
    );
    assert!(!all.contains("same language"), "{all}");
    // Nor can the variant be the default language.
    let s = Site::basic();
    s.write(
        "site.yaml",
        &yaml
            .replace(
                "languages: [de, en, ar]",
                "languages: [de-x-simple, de, en]",
            )
            .replace("default_language: de", "default_language: de-x-simple"),
    );
    let all = s.build_err().join("\n");
    assert!(
        all.contains("the default language `de-x-simple` is a plain-language variant"),
        "{all}"
    );
}

#[test]
fn translation_status_tracks_the_variant_and_flyers_print_it_alone() {
    let s = simple_site();
    let translations = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_quartier"))
            .arg("translations")
            .args(args)
            .arg("--root")
            .arg(s.root())
            .output()
            .unwrap()
    };
    let out = translations(&["--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let text = json.to_string();
    assert!(text.contains("de-x-simple"), "{text}");
    let out = translations(&[]);
    let table = String::from_utf8_lossy(&out.stdout);
    let header = table.lines().next().unwrap();
    assert!(header.contains("de-x-simple"), "{table}");
    // The new text has no `translation_of` yet: `?`, the fest has none: `-`.
    let row = table
        .lines()
        .find(|l| l.starts_with("content/nordviertel/deutschkurs "))
        .unwrap();
    let col = header.find("de-x-simple").unwrap();
    assert!(row[col..].trim_start().starts_with('?'), "{row}");

    s.build_ok();
    let flyers: Vec<String> = std::fs::read_dir(s.out().join("flyers/nordviertel"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(flyers.iter().any(|f| f == "de-x-simple.pdf"), "{flyers:?}");
    assert!(
        !flyers.iter().any(|f| f.contains("de-de-x-simple")),
        "German beside plain German is no bilingual flyer: {flyers:?}"
    );
}
