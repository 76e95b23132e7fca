//! Integration tests on fixture sites: every output path, languages and
//! directions, fallbacks, determinism, and every class of bad input.

use std::fs;

use std::process::Command;

use quartier::build::{build, check};

use crate::common::{all_files, clock, Site};

#[test]
fn can_build_every_output_path_in_every_language() {
    let s = Site::basic();
    s.build_ok();
    for top in [
        "index.html",
        "404.html",
        "sitemap.xml",
        "robots.txt",
        "style.css",
    ] {
        assert!(s.out().join(top).is_file(), "{top}");
    }
    for lang in ["de", "en", "ar"] {
        for page in [
            "index.html",
            "nordviertel/index.html",
            "nordviertel/deutschkurs/index.html",
            "nordviertel/fest/index.html",
            "category/language-course/index.html",
            "category/festival/index.html",
            "impressum/index.html",
        ] {
            let p = format!("{lang}/{page}");
            assert!(s.out().join(&p).is_file(), "missing {p}");
        }
    }
}

#[test]
fn pages_have_lang_dir_hreflang_canonical_and_switcher() {
    let s = Site::basic();
    s.build_ok();
    let ar = s.read_out("ar/nordviertel/deutschkurs/index.html");
    assert!(ar.contains(r#"<html lang="ar" dir="rtl">"#));
    assert!(ar.contains(r#"<link rel="canonical" href="https://example.org/quartier/ar/nordviertel/deutschkurs/">"#), "{ar}");
    for l in ["de", "en", "ar"] {
        assert!(ar.contains(&format!(
            r#"<link rel="alternate" hreflang="{l}" href="https://example.org/quartier/{l}/nordviertel/deutschkurs/">"#
        )));
        // The switcher stays on the same page.
        assert!(
            ar.contains(&format!(
                r#"href="../../../{l}/nordviertel/deutschkurs/" hreflang="{l}""#
            )),
            "{l}"
        );
    }
    assert!(ar.contains(
        r#"hreflang="x-default" href="https://example.org/quartier/de/nordviertel/deutschkurs/""#
    ));
    let de = s.read_out("de/index.html");
    assert!(de.contains(r#"<html lang="de" dir="ltr">"#));
    let chooser = s.read_out("index.html");
    for name in ["Deutsch", "English", "العربية"] {
        assert!(chooser.contains(name), "{name}");
    }
    assert!(
        chooser.contains(r#"<a href="ar/" hreflang="ar" lang="ar" dir="rtl">"#),
        "{chooser}"
    );
}

#[test]
fn missing_translation_shows_default_text_under_a_notice() {
    let s = Site::basic();
    s.build_ok();
    let en = s.read_out("en/nordviertel/deutschkurs/index.html");
    assert!(
        en.contains("has not been translated into English yet"),
        "{en}"
    );
    assert!(
        en.contains(r#"<div class="body" lang="de" dir="ltr">"#),
        "{en}"
    );
    assert!(en.contains("Mama lernt Deutsch"));
    // A translated page has no notice and no foreign lang.
    let ar = s.read_out("ar/nordviertel/deutschkurs/index.html");
    assert!(!ar.contains(r#"class="notice""#));
    assert!(ar.contains("ماما تتعلم الألمانية"));
}

#[test]
fn offering_page_shows_every_fact_in_the_readers_language() {
    let s = Site::basic();
    s.build_ok();
    let de = s.read_out("de/nordviertel/deutschkurs/index.html");
    for fact in [
        "Dienstag",
        "Donnerstag",
        "09:00–11:00",
        "1. September 2026",
        "30. Juni 2027",
        "22. Dezember 2026",
        "Grundschule Nord",
        "Schulweg 2",
        "openstreetmap.org",
        "Frauen",
        "Türkçe",
        "العربية",
        "Kinderbetreuung",
        "Kostenlos",
        "Interkulturelles Büro",
        "tel:+496151000000",
    ] {
        assert!(de.contains(fact), "missing {fact}");
    }
    let ar = s.read_out("ar/nordviertel/deutschkurs/index.html");
    assert!(ar.contains("الثلاثاء"), "Arabic weekday");
    let fest = s.read_out("de/nordviertel/fest/index.html");
    assert!(fest.contains("Samstag, 12. Juni 2027"), "{fest}");
    assert!(fest.contains("2,50"), "amount in German form");
}

#[test]
fn content_links_resolve_to_the_readers_language() {
    let s = Site::basic();
    s.build_ok();
    let en = s.read_out("en/nordviertel/deutschkurs/index.html");
    // The German text shown on the English page links to English pages.
    assert!(
        en.contains(r#"href="../../../en/nordviertel/fest/""#),
        "{en}"
    );
    assert!(en.contains(r#"href="../../../en/impressum/""#), "{en}");
    let ar = s.read_out("ar/nordviertel/index.html");
    assert!(
        ar.contains(r#"href="../../ar/nordviertel/deutschkurs/""#),
        "{ar}"
    );
}

#[test]
fn sitemap_lists_every_page_with_alternates() {
    let s = Site::basic();
    s.build_ok();
    // sitemap.xml is the index of one sitemap per language.
    let index = s.read_out("sitemap.xml");
    assert!(index.contains("<sitemapindex"), "{index}");
    for lang in ["de", "en", "ar"] {
        assert!(index.contains(&format!(
            "<loc>https://example.org/quartier/{lang}/sitemap.xml</loc>"
        )));
        let sm = s.read_out(&format!("{lang}/sitemap.xml"));
        // 8 pages, the offerings list, search and two audience pages.
        assert_eq!(sm.matches("<url>").count(), 12, "{lang}");
        // Each lists its three language versions and the default.
        assert_eq!(sm.matches("<xhtml:link").count(), 12 * 4, "{lang}");
        assert!(sm.contains(&format!(
            "<loc>https://example.org/quartier/{lang}/nordviertel/fest/</loc>"
        )));
    }
    assert_eq!(index.matches("<sitemap>").count(), 3);
    let sm = s.read_out("ar/sitemap.xml");
    assert!(sm.contains(r#"<xhtml:link rel="alternate" hreflang="en" href="https://example.org/quartier/en/nordviertel/fest/"/>"#));
    assert!(sm.contains(r#"<xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/quartier/de/nordviertel/fest/"/>"#));
    assert!(s
        .read_out("robots.txt")
        .contains("Sitemap: https://example.org/quartier/sitemap.xml"));
}

#[test]
fn two_builds_are_byte_identical() {
    let s = Site::basic();
    s.build_ok();
    let first = all_files(&s.out());
    let other = s.root().join("public2");
    let (summary, _) = build(s.root(), &other, &clock());
    assert!(summary.is_some());
    assert_eq!(first, all_files(&other));
}

#[test]
fn site_templates_override_theme_templates() {
    let s = Site::basic();
    s.write(
        "templates/page.html",
        "{% extends \"base.html\" %}{% block content %}<p class=\"mine\">{{ text.title }}</p>{% endblock content %}",
    );
    s.build_ok();
    assert!(s
        .read_out("de/impressum/index.html")
        .contains(r#"<p class="mine">Impressum</p>"#));
}

/// Fragments render once per language and depth, yet every page gets its
/// own path (escaped) and its own language in them; a site can add its own.
#[test]
fn fragments_carry_each_page_path_and_language() {
    let s = Site::basic();
    s.write(
        "templates/fragments/share.html",
        "<a class=\"share\" href=\"{{ base_url }}{{ lang.code }}/{{ page_path }}\">{{ t(key=\"home\") }}</a>\n",
    );
    s.write(
        "templates/page.html",
        "{% extends \"base.html\" %}{% block content %}{{ fragments.share | safe }}{% endblock content %}",
    );
    s.build_ok();
    let de = s.read_out("de/impressum/index.html");
    assert!(
        de.contains(r#"<a class="share" href="https://example.org/quartier/de/impressum/">"#),
        "{de}"
    );
    let ar = s.read_out("ar/impressum/index.html");
    assert!(
        ar.contains(r#"href="https://example.org/quartier/ar/impressum/""#),
        "{ar}"
    );
    // The theme's switcher and alternates are fragments too: each page
    // links to itself in every language.
    let fest = s.read_out("en/nordviertel/fest/index.html");
    for lang in ["de", "en", "ar"] {
        assert!(fest.contains(&format!(
            r#"<a href="../../../{lang}/nordviertel/fest/" hreflang="{lang}""#
        )));
        assert!(fest.contains(&format!(
            r#"<link rel="alternate" hreflang="{lang}" href="https://example.org/quartier/{lang}/nordviertel/fest/">"#
        )));
    }
    assert!(!fest.contains('\u{E000}'), "placeholder left in the page");
}

/// A fragment that does not render stops the build with the template's name.
#[test]
fn a_broken_fragment_is_reported() {
    let s = Site::basic();
    s.write("templates/fragments/bad.html", "{{ no_such_value.x }}");
    let errors = s.build_err().join("\n");
    assert!(errors.contains("fragment"), "{errors}");
    assert!(errors.contains("fragments/bad.html"), "{errors}");
}

#[test]
fn raw_html_is_sanitised_unless_allowed() {
    let s = Site::basic();
    s.write(
        "content/pages/impressum/en.md",
        "---\ntitle: Imprint\nsummary: Who we are.\n---\n<script>alert(1)</script><img src=x onerror=alert(2)><b>ok</b>\n",
    );
    s.build_ok();
    let en = s.read_out("en/impressum/index.html");
    assert!(
        !en.contains("<script>alert") && !en.contains("onerror"),
        "{en}"
    );
    assert!(en.contains("<b>ok</b>"));
}

/// Builds once, breaks the site, builds again: the error must name the
/// file and line, and the first output must be untouched.
fn assert_bad(rel: &str, text: &str, expect: &[&str]) {
    let s = Site::basic();
    s.build_ok();
    let before = all_files(&s.out());
    s.write(rel, text);
    let errors = s.build_err();
    let joined = errors.join("\n");
    for e in expect {
        assert!(joined.contains(e), "expected {e:?} in:\n{joined}");
    }
    assert_eq!(before, all_files(&s.out()), "previous output changed");
    let leftovers: Vec<_> = fs::read_dir(s.root())
        .unwrap()
        .flatten()
        .filter(|e| {
            let n = e.file_name().to_string_lossy().into_owned();
            n.starts_with(".public.") && n != ".public.lock"
        })
        .collect();
    assert!(leftovers.is_empty(), "staging folder left behind");
}

#[test]
fn errors_on_yaml_syntax() {
    assert_bad(
        "content/nordviertel/fest/offering.yaml",
        "kind: festival\nplace: haus\n  cost: free\nschedule: { date: 2027-06-12 }\n",
        &["content/nordviertel/fest/offering.yaml:3:7: error: YAML:"],
    );
}

#[test]
fn errors_on_unknown_field_with_suggestion() {
    assert_bad(
        "content/nordviertel/fest/offering.yaml",
        "kind: festival\nplace: haus\nchilcare: true\nschedule: { date: 2027-06-12 }\n",
        &[
            "content/nordviertel/fest/offering.yaml:3:1: error: unknown field `chilcare`",
            "did you mean `childcare`?",
        ],
    );
}

#[test]
fn errors_on_unknown_reference_with_known_ids() {
    assert_bad(
        "content/nordviertel/fest/offering.yaml",
        "kind: festival\nplace: hause\nschedule: { date: 2027-06-12 }\n",
        &[
            "content/nordviertel/fest/offering.yaml:2:8: error: unknown place `hause`",
            "did you mean `haus`?",
        ],
    );
    assert_bad(
        "content/nordviertel/fest/offering.yaml",
        "kind: party\nplace: haus\nschedule: { date: 2027-06-12 }\n",
        &[
            "offering.yaml:1:7: error: unknown category `party`",
            "`language-course`, `festival`",
        ],
    );
}

#[test]
fn errors_on_impossible_date_and_end_before_start() {
    assert_bad(
        "content/nordviertel/fest/offering.yaml",
        "kind: festival\nplace: haus\nschedule: { date: 2027-02-30, start: \"19:00\", end: \"14:00\" }\n",
        &[
            "offering.yaml:3:19: error: 2027-02-30 does not exist in the calendar",
            "offering.yaml:3:52: error: end 14:00 is not after start 19:00",
        ],
    );
}

#[test]
fn errors_on_bad_id_with_fixed_name() {
    let s = Site::basic();
    s.build_ok();
    let before = all_files(&s.out());
    fs::rename(
        s.root().join("content/nordviertel/fest"),
        s.root().join("content/nordviertel/Mütter-Café"),
    )
    .unwrap();
    let errors = s.build_err().join("\n");
    assert!(errors.contains("content/nordviertel/Mütter-Café: error: folder name `Mütter-Café` is not a valid offering id"), "{errors}");
    assert!(errors.contains("`muetter-cafe`"), "{errors}");
    assert_eq!(before, all_files(&s.out()));
}

#[test]
fn errors_on_missing_title() {
    assert_bad(
        "content/nordviertel/fest/en.md",
        "---\nsummary: The festival.\n---\nText\n",
        &["content/nordviertel/fest/en.md:2:1: error: `title` is missing or empty"],
    );
}

#[test]
fn errors_on_broken_content_link() {
    assert_bad(
        "content/nordviertel/fest/en.md",
        "---\ntitle: Festival\nsummary: The festival.\n---\nSee the\n[course](../deutschkur/).\n",
        &["content/nordviertel/fest/en.md:6:1: error: link `../deutschkur/` points to content/nordviertel/deutschkur", "did you mean content/nordviertel/deutschkurs/"],
    );
}

#[test]
fn reports_every_problem_at_once() {
    let s = Site::basic();
    s.write(
        "content/nordviertel/fest/offering.yaml",
        "kind: festival\nplace: nowhere\nschedule: { date: 2027-13-01 }\n",
    );
    s.write(
        "content/nordviertel/deutschkurs/en.md",
        "---\ntitle: Course\n---\n",
    );
    s.write(
        "content/places.yaml",
        "haus:\n  name: Haus\n  adress: x\nschule:\n  name: Schule\n",
    );
    let errors = s.build_err();
    let joined = errors.join("\n");
    for e in [
        "unknown place `nowhere`",
        "2027-13-01 does not exist",
        "`summary` is missing",
        "unknown field `adress`",
    ] {
        assert!(joined.contains(e), "missing {e:?} in\n{joined}");
    }
}

#[test]
fn check_writes_nothing_and_warns_about_missing_strings() {
    let s = Site::basic();
    // The theme names the standard categories in every language; a site's
    // own category needs its own names.
    s.write(
        "site.yaml",
        "title: Testviertel\nbase_url: https://example.org/quartier\ndefault_language: de\n\
         languages: [de, en, ar]\ncategories:\n  - { id: language-course, icon: speech }\n\
         \x20 - { id: festival, icon: festival }\n  - { id: repair-cafe, icon: broom }\n",
    );
    s.write(
        "locales/de/site.ftl",
        "site-title = Testviertel\ncategory-repair-cafe = Reparaturcafé\n",
    );
    s.write(
        "locales/ar/site.ftl",
        "site-title = حي\ncategory-repair-cafe = مقهى التصليح\n",
    );
    s.write("locales/en/site.ftl", "site-title = Test district\n");
    let diags = check(s.root(), &clock());
    assert!(!diags.has_errors());
    assert!(!s.out().exists(), "check wrote output");
    let warnings: Vec<String> = diags.iter().map(|d| d.to_string()).collect();
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("locales/en") && w.contains("`category-repair-cafe`")),
        "{warnings:?}"
    );
}

#[test]
fn cli_exit_codes_and_messages() {
    let s = Site::basic();
    let bin = env!("CARGO_BIN_EXE_quartier");
    let ok = Command::new(bin)
        .args(["check", "--root"])
        .arg(s.root())
        .output()
        .unwrap();
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    assert!(!s.out().exists());
    let built = Command::new(bin)
        .args(["build", "--root"])
        .arg(s.root())
        .output()
        .unwrap();
    assert!(built.status.success());
    assert!(s.out().join("de/index.html").is_file());
    s.write(
        "content/nordviertel/fest/offering.yaml",
        "kind: festival\nplace: haus\nschedule: { date: 2027-02-30 }\n",
    );
    let bad = Command::new(bin)
        .args(["build", "--root"])
        .arg(s.root())
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(1));
    let err = String::from_utf8_lossy(&bad.stderr);
    assert!(
        err.contains("--> content/nordviertel/fest/offering.yaml:3:19"),
        "{err}"
    );
    assert!(err.contains("3 | schedule: { date: 2027-02-30 }"), "{err}");
    assert!(
        err.contains("the previous output was left as it was"),
        "{err}"
    );
    let usage = Command::new(bin)
        .args(["build", "--nonsense"])
        .output()
        .unwrap();
    assert_eq!(usage.status.code(), Some(2));
}

#[test]
fn languages_without_theme_strings_fall_back_and_regional_tags_use_the_base_language() {
    let s = Site::basic();
    s.write(
        "site.yaml",
        "title: T\nbase_url: https://example.org/\ndefault_language: de-AT\nlanguages: [de-AT, it]\ncategories:\n  - { id: language-course, icon: no-such-icon }\n  - { id: festival }\n",
    );
    fs::remove_dir_all(s.root().join("locales")).unwrap();
    fs::rename(
        s.root().join("content/nordviertel/fest/de.md"),
        s.root().join("content/nordviertel/fest/de-AT.md"),
    )
    .unwrap();
    fs::rename(
        s.root().join("content/nordviertel/deutschkurs/de.md"),
        s.root().join("content/nordviertel/deutschkurs/de-AT.md"),
    )
    .unwrap();
    fs::rename(
        s.root().join("content/nordviertel/de.md"),
        s.root().join("content/nordviertel/de-AT.md"),
    )
    .unwrap();
    fs::rename(
        s.root().join("content/pages/impressum/de.md"),
        s.root().join("content/pages/impressum/de-AT.md"),
    )
    .unwrap();
    let diags = check(s.root(), &clock());
    let all: Vec<String> = diags.iter().map(|d| d.to_string()).collect();
    assert!(!diags.has_errors(), "{all:#?}");
    assert!(all.iter().any(|w| w.contains("`no-such-icon`")), "{all:#?}");
    s.build_ok();
    // de-AT uses the theme's German strings, Italian falls back to them.
    assert!(s
        .read_out("de-AT/nordviertel/deutschkurs/index.html")
        .contains("Zum Inhalt springen"));
    let it = s.read_out("it/nordviertel/deutschkurs/index.html");
    assert!(it.contains(r#"<html lang="it" dir="ltr">"#));
    assert!(!it.contains("fact-when"), "message ids must never show");
}
