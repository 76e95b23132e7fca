//! The wording of every kind of finding `check` reports, pinned.
//!
//! Each case changes one thing in a copy of the basic fixture, the way an
//! editor would get it wrong, and the human output of `quartier check` is
//! recorded in one snapshot (`tests/it/snapshots/`). A changed message shows up
//! as a snapshot diff in review; `cargo insta review` (or INSTA_UPDATE=always)
//! accepts it.

use std::path::Path;
use std::process::Command;

use crate::common::{copy_dir, FIXTURE};

/// (name, files to write as (path, contents); `None` contents deletes)
type Case = (
    &'static str,
    &'static [(&'static str, Option<&'static [u8]>)],
);

const OFFERING: &str = "content/nordviertel/deutschkurs/offering.yaml";
const TEXT: &str = "content/nordviertel/deutschkurs/de.md";

const CASES: &[Case] = &[
    (
        "a mistyped field and therefore no place",
        &[(OFFERING, Some(b"kind: language-course\nplase: schule\nschedule:\n  weekly: [ { day: tue, start: \"09:00\" } ]\n"))],
    ),
    (
        "a place that does not exist",
        &[(OFFERING, Some(b"kind: language-course\nplace: schuhle\nschedule:\n  weekly: [ { day: tue, start: \"09:00\" } ]\n"))],
    ),
    (
        "a category that does not exist, an unknown organisation and audience",
        &[(OFFERING, Some(b"kind: language-cours\nplace: schule\norganisation: ikc\naudience: [woman]\nschedule:\n  weekly: [ { day: tue, start: \"09:00\" } ]\n"))],
    ),
    (
        "a date that does not exist, a weekday and a time mistyped",
        &[(OFFERING, Some(b"kind: language-course\nplace: schule\nschedule:\n  weekly: [ { day: tuesday, start: \"9 Uhr\" } ]\n  from: 2026-09-31\n"))],
    ),
    (
        "an end before the start, until before from",
        &[(OFFERING, Some(b"kind: language-course\nplace: schule\nschedule:\n  weekly: [ { day: tue, start: \"11:00\", end: \"09:00\" } ]\n  from: 2027-01-01\n  until: 2026-01-01\n"))],
    ),
    (
        "a schedule with no form, and a cost without amount",
        &[(OFFERING, Some(b"kind: language-course\nplace: schule\ncost: { currency: EUR }\nschedule: { sometimes: true }\n"))],
    ),
    (
        "YAML that does not parse",
        &[(OFFERING, Some(b"kind: language-course\nplace: schule\nschedule:\n  weekly: [ { day: tue, start: \"09:00\" }\n"))],
    ),
    (
        "a link to a page that does not exist and a missing image",
        &[(TEXT, Some("---\ntitle: Mama lernt Deutsch\nsummary: Deutschkurs.\n---\nSiehe [das Fest](../festt/) und ![Bild](foto.jpg).\n".as_bytes()))],
    ),
    (
        "an empty title and no summary",
        &[(TEXT, Some(b"---\ntitle: \"\"\n---\nText.\n"))],
    ),
    (
        "a text without front matter, and one never closed",
        &[
            (TEXT, Some(b"Mama lernt Deutsch\n")),
            ("content/nordviertel/deutschkurs/ar.md", Some(b"---\ntitle: x\n")),
        ],
    ),
    (
        "a text in a language the site does not have, a stray YAML file",
        &[
            ("content/nordviertel/deutschkurs/fr.md", Some(b"---\ntitle: Cours\nsummary: Cours.\n---\n")),
            ("content/termine.yaml", Some(b"a: 1\n")),
        ],
    ),
    (
        "folder names that are not ids or are taken by the site",
        &[
            ("content/nordviertel/Mütter-Café/offering.yaml", Some(b"kind: festival\nplace: haus\nschedule: { date: 2027-05-01 }\n")),
            ("content/nordviertel/Mütter-Café/de.md", Some(b"---\ntitle: Caf\xc3\xa9\nsummary: Treff.\n---\n")),
            ("content/search/district.yaml", Some(b"name: Suche\n")),
            ("content/search/de.md", Some(b"---\ntitle: Suche\nsummary: Suche.\n---\n")),
        ],
    ),
    (
        "an offering without texts, one without offering.yaml, one misplaced",
        &[
            ("content/nordviertel/leer/offering.yaml", Some(b"kind: festival\nplace: haus\nschedule: { date: 2027-05-01 }\n")),
            ("content/nordviertel/ohne/de.md", Some(b"---\ntitle: Ohne\nsummary: Ohne.\n---\n")),
            ("content/nordviertel/offering.yaml", Some(b"kind: festival\n")),
        ],
    ),
    (
        "a district without district.yaml and without text in the default language",
        &[
            ("content/suedviertel/en.md", Some(b"---\ntitle: South\nsummary: South.\n---\n")),
        ],
    ),
    (
        "a file that is not UTF-8",
        &[(TEXT, Some(b"---\ntitle: M\xe4dchen\nsummary: x\n---\n"))],
    ),
    (
        "site.yaml: unknown field, language twice, default not listed, bad zone",
        &[("site.yaml", Some(b"title: T\nbase_url: https://example.org/\ndefault_language: fr\nlanguages: [de, en, de]\ntimezone: Europe/Darmstadt\ncategories:\n  - { id: language-course }\n  - { id: festival }\nflyer: {}\n"))],
    ),
    (
        "site.yaml: a base_url that is no address, a bad category id, no theme",
        &[("site.yaml", Some(b"title: T\nbase_url: example\ndefault_language: de\nlanguages: [de, en, ar]\ntheme: fancy\ncategories:\n  - { id: Language_Course }\n"))],
    ),
    (
        "interface strings: a Fluent syntax error, a missing category label",
        &[
            ("locales/en/site.ftl", Some(b"site-title = Test\ncategory-festival = {\n")),
            // The theme names the standard categories; this one is the site's own.
            ("site.yaml", Some(b"title: Testviertel\nbase_url: https://example.org/\ndefault_language: de\nlanguages: [de, en, ar]\ncategories:\n  - { id: language-course, icon: speech }\n  - { id: festival, icon: festival }\n  - { id: repair-cafe, icon: broom }\n")),
        ],
    ),
    (
        "places.yaml missing",
        &[("content/places.yaml", None)],
    ),
    (
        "a site below the root of its host (a note: its robots.txt is not read)",
        &[("site.yaml", Some(b"title: Testviertel\nbase_url: https://example.org/quartier\ndefault_language: de\nlanguages: [de, en, ar]\ncategories:\n  - { id: language-course, icon: speech }\n  - { id: festival, icon: festival }\n"))],
    ),
    (
        "characters the flyer fonts cannot print",
        &[(TEXT, Some("---\ntitle: Mama lernt Deutsch \u{0F00}\nsummary: Deutschkurs.\n---\n".as_bytes()))],
    ),
];

fn check(root: &Path) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_quartier"))
        .args(["check", "--today", "2026-11-26", "--root"])
        .arg(root)
        .output()
        .unwrap();
    let text = format!(
        "exit {}\n{}{}",
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    text.replace(&root.display().to_string(), "<site>")
}

#[test]
fn every_kind_of_finding_reads_as_pinned() {
    let mut all = String::new();
    for (name, files) in CASES {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(Path::new(FIXTURE), dir.path());
        // At the root of a host, so that the note about robots.txt shows
        // only in its own case.
        let yaml = dir.path().join("site.yaml");
        let at_root = std::fs::read_to_string(&yaml).unwrap().replace(
            "https://example.org/quartier",
            "https://quartier.example.org",
        );
        std::fs::write(&yaml, at_root).unwrap();
        for (path, contents) in *files {
            let p = dir.path().join(path);
            match contents {
                Some(bytes) => {
                    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
                    std::fs::write(&p, bytes).unwrap();
                }
                None => std::fs::remove_file(&p).unwrap(),
            }
        }
        let out = check(dir.path());
        assert!(
            !out.starts_with("exit 0\n") || out.contains("warning") || out.contains("note"),
            "{name}: nothing reported\n{out}"
        );
        all.push_str(&format!("===== {name}\n{out}\n"));
    }
    insta::assert_snapshot!(all);
}
