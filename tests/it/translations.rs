//! Translation status on a fixture: up to date, missing, stale,
//! machine-translated and unmarked texts; `--mark` and `--accept`.

use std::fs;
use std::path::Path;

use quartier::translations::{accept, mark, status, Status};

use crate::common::{clock, copy_dir, FIXTURE};

fn load(root: &Path) -> quartier::model::Site {
    let (site, diags) = quartier::load::load(root, &clock());
    site.unwrap_or_else(|| {
        panic!(
            "{:?}",
            diags.iter().map(|d| d.to_string()).collect::<Vec<_>>()
        )
    })
}

fn row(site: &quartier::model::Site, dir: &str) -> Vec<Status> {
    status(site)
        .into_iter()
        .find(|r| r.dir == Path::new(dir))
        .unwrap_or_else(|| panic!("no row {dir}"))
        .status
}

#[test]
fn reports_each_state_and_marks_and_accepts() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    copy_dir(Path::new(FIXTURE), root);
    let kurs = "content/nordviertel/deutschkurs";
    fs::write(root.join(kurs).join("en.md"), "---\ntitle: Mum learns German\nsummary: A morning course.\nmachine_translated: true\n---\n").unwrap();
    // de, en, ar: the Arabic text records no fingerprint yet.
    let site = load(root);
    assert_eq!(
        row(&site, kurs),
        [Status::Source, Status::Machine, Status::Unmarked]
    );
    assert_eq!(
        row(&site, "content/nordviertel/fest"),
        [Status::Source, Status::Missing, Status::Missing]
    );

    // The translator updated the Arabic text.
    mark(&site, root, &root.join(kurs).join("ar.md")).unwrap();
    let site = load(root);
    assert_eq!(row(&site, kurs)[2], Status::UpToDate);
    let ar = fs::read_to_string(root.join(kurs).join("ar.md")).unwrap();
    assert!(ar.contains("translation_of: "), "{ar}");

    // The German text changes: the Arabic one is stale.
    let de = root.join(kurs).join("de.md");
    fs::write(
        &de,
        fs::read_to_string(&de).unwrap().replace(
            "Wir lernen zusammen.",
            "Wir lernen zusammen und trinken Tee.",
        ),
    )
    .unwrap();
    let site = load(root);
    assert_eq!(row(&site, kurs)[2], Status::Stale);
    let json = quartier::translations::to_json(&site, &status(&site));
    assert!(json.contains(r#""ar":"stale""#), "{json}");
    assert!(quartier::translations::markdown(&site, &status(&site)).contains("⚠️ stale"));

    // An editor judges the change minor.
    let done = accept(&site, root, &de).unwrap();
    assert_eq!(done, [Path::new(kurs).join("ar.md")]);
    let site = load(root);
    assert_eq!(row(&site, kurs)[2], Status::UpToDate);

    // Wrong way round: clear refusals.
    let e = mark(&site, root, &de).unwrap_err().to_string();
    assert!(e.contains("source text"), "{e}");
    let e = accept(&site, root, &root.join(kurs).join("ar.md"))
        .unwrap_err()
        .to_string();
    assert!(e.contains("--accept takes the source text"), "{e}");
    let e = mark(&site, root, Path::new("content/nope.md"))
        .unwrap_err()
        .to_string();
    assert!(e.contains("not a text of the site"), "{e}");
}

#[test]
fn status_page_is_opt_in_and_stays_out_of_the_sitemap() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    copy_dir(Path::new(FIXTURE), root);
    let out = root.join("public");
    let (ok, _) = quartier::build::build(root, &out, &clock());
    assert!(ok.is_some());
    assert!(!out.join("translation-status/index.html").exists());
    let yaml = fs::read_to_string(root.join("site.yaml")).unwrap() + "translation_status: true\n";
    fs::write(root.join("site.yaml"), yaml).unwrap();
    let (ok, _) = quartier::build::build(root, &out, &clock());
    assert!(ok.is_some());
    let page = fs::read_to_string(out.join("translation-status/index.html")).unwrap();
    assert!(page.contains("<code>content/nordviertel/deutschkurs</code>"));
    assert!(page.contains("noindex"));
    for sitemap in ["sitemap.xml", "de/sitemap.xml"] {
        assert!(!fs::read_to_string(out.join(sitemap))
            .unwrap()
            .contains("translation-status"));
    }
    assert!(!fs::read_to_string(out.join("de/index.html"))
        .unwrap()
        .contains("translation-status"));
}

#[test]
fn xliff_round_trip_for_a_translation_agency() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    copy_dir(Path::new(FIXTURE), root);
    let site = load(root);
    let x = quartier::translations::export_xliff(&site, "ar").unwrap();
    // The festival has no Arabic text; the course's Arabic text is unmarked, not stale.
    assert!(x.contains(r#"srcLang="de" trgLang="ar""#), "{x}");
    assert!(x.contains(r#"original="content/nordviertel/fest/de.md""#));
    assert!(!x.contains("deutschkurs/de.md"));
    assert!(x.contains("<source xml:space=\"preserve\">Stadtteilfest</source>"));
    // The agency fills in the targets.
    let translated = x
        .replace("<source xml:space=\"preserve\">Stadtteilfest</source>", "<source xml:space=\"preserve\">Stadtteilfest</source><target>مهرجان الحي</target>")
        .replace("<source xml:space=\"preserve\">Das Fest für alle im Nordviertel.</source>", "<source xml:space=\"preserve\">Das Fest für alle im Nordviertel.</source><target>مهرجان للجميع &amp; مجاني: تعالوا!</target>")
        .replace("<source xml:space=\"preserve\">Mit Musik und Essen.\n</source>", "<source xml:space=\"preserve\">Mit Musik und Essen.\n</source><target xml:space=\"preserve\">مع **موسيقى** وطعام.\n</target>");
    let written =
        quartier::translations::import_xliff(&site, &translated, Path::new("ar.xlf")).unwrap();
    assert_eq!(written, [Path::new("content/nordviertel/fest/ar.md")]);
    let md = fs::read_to_string(root.join("content/nordviertel/fest/ar.md")).unwrap();
    assert!(md.starts_with("---\ntitle: \"مهرجان الحي\"\nsummary: \"مهرجان للجميع & مجاني: تعالوا!\"\ntranslation_of: "), "{md}");
    assert!(md.ends_with("---\nمع **موسيقى** وطعام.\n"), "{md}");
    let site = load(root);
    assert_eq!(row(&site, "content/nordviertel/fest")[2], Status::UpToDate);
    // Untranslated files are skipped; a half-translated one is refused, naming the unit.
    assert!(
        quartier::translations::import_xliff(&site, &x, Path::new("ar.xlf"))
            .unwrap()
            .is_empty()
    );
    let half = x.replace(
        "<source xml:space=\"preserve\">Impressum</source>",
        "<source xml:space=\"preserve\">Impressum</source><target>بيانات النشر</target>",
    );
    let e = quartier::translations::import_xliff(&site, &half, Path::new("ar.xlf"))
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("pages/impressum/de.md: the `summary` unit has no translation"),
        "{e}"
    );
    let e = quartier::translations::export_xliff(&site, "xx")
        .unwrap_err()
        .to_string();
    assert!(e.contains("not a site language"), "{e}");
}
