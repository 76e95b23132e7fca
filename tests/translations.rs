//! Translation status on a fixture: up to date, missing, stale,
//! machine-translated and unmarked texts; `--mark` and `--accept`.

use std::fs;
use std::path::Path;

use quartier::translations::{accept, mark, status, Status};

mod common;
use common::{clock, copy_dir, FIXTURE};

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
    assert!(!fs::read_to_string(out.join("sitemap.xml"))
        .unwrap()
        .contains("translation-status"));
    assert!(!fs::read_to_string(out.join("de/index.html"))
        .unwrap()
        .contains("translation-status"));
}
