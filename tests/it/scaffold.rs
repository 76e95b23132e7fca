//! `quartier init` and `quartier new`: skeletons that check cleanly, and
//! clear refusals for bad ids, missing districts and existing files.

use quartier::scaffold::{init, new, Kind};

use crate::common::clock;

#[test]
fn can_start_a_site_and_add_to_it_without_any_finding() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    let files = init(&root).unwrap();
    assert!(files.iter().any(|f| f.ends_with("offering.yaml")));
    new(&root, Kind::District, "nordstadt").unwrap();
    new(&root, Kind::Offering, "nordstadt/nachhilfe").unwrap();
    new(&root, Kind::Page, "datenschutz").unwrap();
    let diags = quartier::build::check(&root, &clock());
    // Nothing to fix: at most the note on robots.txt for the example
    // address below the root of its host.
    let all: Vec<String> = diags
        .iter()
        .filter(|d| !d.is_note())
        .map(|d| d.to_string())
        .collect();
    assert!(all.is_empty(), "{all:#?}");
    let yaml =
        std::fs::read_to_string(root.join("content/nordstadt/nachhilfe/offering.yaml")).unwrap();
    // Every field is explained in German and English.
    assert!(yaml.contains("# Art des Angebots") && yaml.contains("# Kind of offering"));
    let (summary, _) = quartier::build::build(&root, &root.join("public"), &clock());
    assert!(summary.is_some());
}

#[test]
fn errors_on_bad_ids_missing_districts_and_existing_files() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    init(&root).unwrap();
    let e = new(&root, Kind::Offering, "mein-stadtteil/Mütter-Café")
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("not a valid offering id") && e.contains("`muetter-cafe`"),
        "{e}"
    );
    let e = new(&root, Kind::Offering, "nirgendwo/kurs")
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("no district `nirgendwo`") && e.contains("quartier new district nirgendwo"),
        "{e}"
    );
    let e = new(&root, Kind::Offering, "kurs").unwrap_err().to_string();
    assert!(e.contains("DISTRICT/ID"), "{e}");
    let e = new(&root, Kind::Offering, "mein-stadtteil/deutschkurs")
        .unwrap_err()
        .to_string();
    assert!(e.contains("already exists; nothing was changed"), "{e}");
    let e = init(&root).unwrap_err().to_string();
    assert!(e.contains("is not empty"), "{e}");
}
