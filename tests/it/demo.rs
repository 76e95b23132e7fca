//! The repository's own demo site (content/ for Kranichstein-Süd and
//! Eberstadt-Süd) must check cleanly and build with everything the issue asks
//! of it.

use std::path::Path;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The date the demo content was written for.
fn clock() -> quartier::clock::Clock {
    quartier::clock::Clock::fixed(jiff::civil::date(2026, 11, 26))
}

/// Without errors or warnings; the one note says that the demo, published
/// below the root of its host, must announce its sitemap in the host's
/// robots.txt (a note, which not even `check --strict` fails on: nothing
/// in the site can change where crawlers look).
#[test]
fn demo_site_checks_without_errors_or_warnings() {
    let diags = quartier::build::check(Path::new(ROOT), &clock());
    let all: Vec<String> = diags.iter().map(|d| d.to_string()).collect();
    assert_eq!(diags.error_count() + diags.warning_count(), 0, "{all:#?}");
    assert_eq!(all.len(), 1, "{all:#?}");
    assert!(
        all[0].starts_with("site.yaml:11:11: note: base_url `https://example.org/stadtteile/` is below the root of its host: crawlers read only https://example.org/robots.txt"),
        "{all:#?}"
    );
    assert!(
        all[0].contains("`Sitemap: https://example.org/stadtteile/sitemap.xml`"),
        "{all:#?}"
    );
}

#[test]
fn demo_site_builds_with_its_districts_offerings_and_languages() {
    let (site, diags) = quartier::load::load(Path::new(ROOT), &clock());
    let site = site.unwrap_or_else(|| {
        panic!(
            "{:?}",
            diags.iter().map(|d| d.to_string()).collect::<Vec<_>>()
        )
    });
    let codes: Vec<&str> = site
        .config
        .languages
        .iter()
        .map(|l| l.code.as_str())
        .collect();
    assert_eq!(
        codes,
        [
            "de",
            "de-x-simple",
            "en",
            "tr",
            "ar",
            "ru",
            "fa",
            "pl",
            "so",
            "ku",
            "ur"
        ]
    );
    let ids: Vec<&str> = site.districts.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["eberstadt-sued", "kranichstein-sued"]);
    assert!(site.offerings().count() >= 12);
    // Offering texts in at least five languages, with some deliberately missing.
    let translated = |o: &quartier::model::Offering| o.texts.by_lang.iter().flatten().count();
    assert!(site.offerings().filter(|o| translated(o) >= 5).count() >= 12);
    assert!(site.offerings().any(|o| translated(o) < 11));

    let out = tempfile::tempdir().unwrap();
    let (summary, diags) =
        quartier::build::build(Path::new(ROOT), &out.path().join("public"), &clock());
    assert!(
        summary.is_some(),
        "{:?}",
        diags.iter().map(|d| d.to_string()).collect::<Vec<_>>()
    );
    let page = std::fs::read_to_string(
        out.path()
            .join("public/ar/kranichstein-sued/mama-lernt-deutsch/index.html"),
    )
    .unwrap();
    assert!(page.contains(r#"<html lang="ar" dir="rtl">"#));
    // Every page stays under the size budget (HTML + CSS < 53 KB; 50 KB
    // until share previews and links added about 2.7 KB to a district page).
    let css = std::fs::metadata(out.path().join("public/style.css"))
        .unwrap()
        .len();
    let mut pages = 0;
    for e in walkdir::WalkDir::new(out.path().join("public")) {
        let e = e.unwrap();
        if e.path().extension().is_some_and(|x| x == "html") {
            pages += 1;
            let size = e.metadata().unwrap().len() + css;
            assert!(
                size < 53_000,
                "{} is {size} bytes with CSS",
                e.path().display()
            );
            // A description for search engines, of a length they show whole.
            let html = std::fs::read_to_string(e.path()).unwrap();
            let description = html
                .split(r#"<meta name="description" content=""#)
                .nth(1)
                .and_then(|d| d.split('"').next())
                .unwrap_or_else(|| panic!("{} has no description", e.path().display()));
            let chars = description.chars().count();
            assert!(
                (10..=160).contains(&chars),
                "{}: a description of {chars} characters: {description}",
                e.path().display()
            );
        }
    }
    // 475 pages in the 11 languages (Einfache Sprache among them), plus for
    // each of the 18 current offerings the page its information sheet's QR
    // code leads to (/o/<d>/<o>/), plus the offline page and the glossary
    // page of each language.
    assert_eq!(pages, 515);
    // In the page's language, also where the text is shown in German.
    let read = |p: &str| std::fs::read_to_string(out.path().join("public").join(p)).unwrap();
    let fest = read("ar/kranichstein-sued/stadtteilfest-2026/index.html");
    assert!(fest.contains(r#"class="notice" role="note""#));
    assert!(
        fest.contains(r#"<meta name="description" content="مهرجانات في Kranichstein-Süd: Stadtteilfest Kranichstein 2026، مع المواعيد"#),
        "{fest}"
    );
    assert!(read("index.html").contains(
        r#"<meta name="description" content="Stadtteile in Darmstadt – wählen Sie Ihre Sprache: Deutsch, Einfache Sprache, English, Türkçe"#
    ));
    assert!(read("tr/offerings/index.html").contains(
        r#"<meta name="description" content="Darmstadt&#39;ın semtleri: güncel tüm hizmetler tek listede"#
    ));
}
