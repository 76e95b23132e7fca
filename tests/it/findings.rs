//! The wording of every kind of finding `check` reports, pinned.
//!
//! Each case changes one thing in a copy of the basic fixture, the way an
//! editor would get it wrong, and the human output of `quartier check` is
//! recorded in one snapshot (`tests/it/snapshots/`). A changed message shows up
//! as a snapshot diff in review; `cargo insta review` (or INSTA_UPDATE=always)
//! accepts it.

use std::path::Path;

use crate::common::{copy_dir, quartier, Site, FIXTURE};

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
        "misnamed and misplaced files: each is named, none is published",
        STRAYS,
    ),
    (
        "an offering whose offering.yaml has another name",
        &[
            ("content/nordviertel/kurs2/Offering.yml", Some(b"kind: festival\n")),
            ("content/nordviertel/kurs2/de.md", Some(b"---\ntitle: x\nsummary: x\n---\n")),
        ],
    ),
    (
        "a place and an online address, a schedule in two forms",
        &[(OFFERING, Some(b"kind: language-course\nplace: schule\nonline: https://meet.example.org/kurs\nschedule:\n  weekly: [ { day: tue, start: \"09:00\" } ]\n  by_appointment: true\n"))],
    ),
    (
        "a key written twice, in the file and in a nested map",
        &[(OFFERING, Some(b"kind: language-course\nplace: schule\ncost: { amount: 5, amount: 6 }\nschedule: { by_appointment: true }\nplace: haus\n"))],
    ),
    (
        "language codes that are no language, and a site language written another way",
        &[(OFFERING, Some(b"kind: language-course\nplace: schule\nspoken_languages: [de, xx, de_DE, ara, turk, T\xc3\xbcrkisch]\nschedule: { by_appointment: true }\n"))],
    ),
    (
        "lists written as plain text",
        &[(OFFERING, Some(b"kind: language-course\nplace: schule\naudience: everyone, women\nspoken_languages: de, tr\nschedule: { by_appointment: true }\n"))],
    ),
    (
        "everyone and a particular group, entries listed twice",
        &[(OFFERING, Some(b"kind: language-course\nplace: schule\naudience: [everyone, women, women]\nspoken_languages: [de, tr, de]\nschedule: { by_appointment: true }\n"))],
    ),
    (
        "a web address without https://, an e-mail with (at), a mistyped field of a place",
        &[
            ("content/organisations.yaml", Some(b"ikb:\n  name: IKB\n  website: www.ikb.example.org\n  email: info(at)ikb.example.org\n")),
            ("content/places.yaml", Some("haus:\n  name: Stadtteilhaus Nord\n  adress: Nordstra\u{df}e 1\n  geo: 49.89, 8.68\nschule:\n  name: Grundschule Nord\n".as_bytes())),
        ],
    ),
    (
        "site.yaml: an empty list of languages",
        &[("site.yaml", Some(b"title: T\nbase_url: https://example.org/\ndefault_language: de\nlanguages: []\ncategories:\n  - { id: language-course }\n  - { id: festival }\n"))],
    ),
    (
        "site.yaml: a language no one speaks, one listed twice under two codes",
        &[("site.yaml", Some(b"title: T\nbase_url: https://example.org/\ndefault_language: de\nlanguages: [de, en, ar, qq, ara]\ncategories:\n  - { id: language-course }\n  - { id: festival }\n"))],
    ),
    (
        "cancelled dates that cancel nothing: a wrong year, a wrong day, after the end",
        &[(OFFERING, Some(b"kind: language-course\nplace: schule\nschedule:\n  weekly:\n    - { day: tue, start: \"09:00\" }\n    - { day: thu, start: \"09:00\" }\n  from: 2026-09-01\n  until: 2027-06-30\n  except: [2026-12-22, 2025-12-24, 2026-12-23, 2027-08-03]\n"))],
    ),
    (
        "a day written in German, `ja` for yes",
        &[(OFFERING, Some("kind: language-course\nplace: schule\nchildcare: ja\nschedule:\n  weekly: [ { day: Di, start: \"09:00\" }, { day: Çarşamba, start: \"09:00\" } ]\n".as_bytes()))],
    ),
    (
        "one weekly meeting written without a list, places written as a list",
        &[
            (OFFERING, Some(b"kind: language-course\nplace: schule\nschedule:\n  weekly: { day: tue, start: \"09:00\" }\n")),
            ("content/places.yaml", Some(b"- id: haus\n  name: Haus\n")),
        ],
    ),
    (
        "an unquoted colon in title and summary: read as text, with a warning",
        &[(TEXT, Some("---\ntitle: Elternabend: Einschulung\nsummary: Drei Abende für Eltern: Schule, Kita, Hort\n---\nText.\n".as_bytes()))],
    ),
    (
        "a title cut at ` #`",
        &[(TEXT, Some(b"---\ntitle: Treffen in Raum #2 # eine Notiz\nsummary: Kurs. # das ist ein Kommentar\n---\n"))],
    ),
    (
        "an invisible control character in a title",
        &[(TEXT, Some(b"---\ntitle: \"Mama lernt\\x14 Deutsch\"\nsummary: Kurs.\n---\n"))],
    ),
    (
        "glossary: a mark of a word it does not have, a mark in a title, a term without explanation or name in a language, a term marked nowhere",
        &[
            ("content/glossary.yaml", Some("- term: Kita\n  article: die\n  plural: Kitas\n  de: { explain: Hier werden Kinder betreut. }\n  en: { name: daycare centre, explain: Children are looked after here. }\n- term: Elternabend\n  de: { explain: Ein Abend für Eltern. }\n  ar: { name: \"اجتماع أولياء الأمور\" }\n".as_bytes())),
            (TEXT, Some(b"---\ntitle: Mama lernt [[Kita]]\nsummary: Deutschkurs in der [[Kita]].\n---\nWir lernen in der [[Kitta]] und bei der [[Anmeldung]].\n")),
        ],
    ),
    (
        "glossary: an unknown field, a mistyped field of a language, a bad article, a term written twice, an entry without term",
        &[(
            "content/glossary.yaml",
            Some(b"- term: Kita\n  artikel: die\n  de: { explain: Kinder., explian: x }\n  ar: { name: x, explain: y }\n  en: { name: daycare, explain: Children. }\n- term: kita\n  article: dem\n- de: { explain: x }\n"),
        )],
    ),
    (
        "characters the flyer fonts cannot print",
        &[(TEXT, Some("---\ntitle: Mama lernt Deutsch \u{0F00}\nsummary: Deutschkurs.\n---\n".as_bytes()))],
    ),
    (
        "a recording that is not audio, and one that is Opus named .mp3",
        &[
            ("content/nordviertel/deutschkurs/ar.mp3", Some(b"ID3 not audio")),
            ("content/nordviertel/deutschkurs/de.mp3", Some(include_bytes!("../fixtures/audio/speech.opus"))),
        ],
    ),
    (
        "recordings without their text, of no site language, and misnamed",
        &[
            ("content/nordviertel/deutschkurs/en.mp3", Some(include_bytes!("../fixtures/audio/speech.mp3"))),
            ("content/nordviertel/deutschkurs/fr.ogg", Some(include_bytes!("../fixtures/audio/speech.ogg"))),
            ("content/nordviertel/deutschkurs/DE.opus", Some(include_bytes!("../fixtures/audio/speech.opus"))),
            ("content/nordviertel/deutschkurs/ar.mp3", Some(include_bytes!("../fixtures/audio/speech.mp3"))),
            ("content/nordviertel/deutschkurs/ar.opus", Some(include_bytes!("../fixtures/audio/speech.opus"))),
        ],
    ),
];

/// One of each kind of stray file an editor's tools make or an editor puts
/// in the wrong place.
const STRAYS: &[(&str, Option<&[u8]>)] = &[
    (
        "content/nordviertel/deutschkurs/tr.MD",
        Some(b"---\ntitle: Anne\nsummary: Kurs.\n---\n"),
    ),
    (
        "content/nordviertel/deutschkurs/en.markdown",
        Some(b"---\ntitle: Mum\nsummary: Course.\n---\n"),
    ),
    (
        "content/nordviertel/deutschkurs/AR.md",
        Some(b"---\ntitle: x\nsummary: x\n---\n"),
    ),
    (
        "content/nordviertel/deutschkurs/de kopie.md",
        Some(b"---\ntitle: x\nsummary: x\n---\n"),
    ),
    (
        "content/nordviertel/deutschkurs/ara.md",
        Some(b"---\ntitle: x\nsummary: x\n---\n"),
    ),
    (
        "content/nordviertel/deutschkurs/notizen.yaml",
        Some(b"a: 1\n"),
    ),
    ("content/nordviertel/district.yml", Some(b"name: Nord\n")),
    ("content/organizations.yaml", Some(b"a: 1\n")),
    ("content/pages/impressum/en.txt", Some(b"Imprint\n")),
    ("locales/tr.ftl", Some(b"site-title = T\n")),
    ("locales/de/site.txt", Some(b"site-title = T\n")),
    ("Content/de.md", Some(b"x\n")),
    ("places.yaml", Some(b"a: 1\n")),
    ("de.md", Some(b"x\n")),
    ("site.yml", Some(b"a: 1\n")),
];

#[test]
fn every_stray_file_is_named_and_none_is_published() {
    let site = Site::basic();
    for (path, contents) in STRAYS {
        site.write(path, std::str::from_utf8(contents.unwrap()).unwrap());
    }
    let out = check(site.root());
    for (path, _) in STRAYS {
        // The file, or the misnamed folder it is in.
        let named = Path::new(path).ancestors().any(|a| {
            let at = format!("  --> {}", a.display());
            out.lines()
                .any(|l| l == at || l.starts_with(&format!("{at}:")))
        });
        assert!(named, "{path} is not named\n{out}");
    }
    let built = quartier(site.root(), &["build", "--quiet", "--no-flyers"]);
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );
    let published: Vec<String> = walkdir::WalkDir::new(site.out())
        .into_iter()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    for (path, _) in STRAYS {
        let name = Path::new(path).file_name().unwrap().to_string_lossy();
        assert!(
            !published.iter().any(|p| *p == name),
            "{path} was published"
        );
    }
}

#[test]
fn a_forgiven_colon_builds_but_fails_a_strict_check() {
    let site = Site::basic();
    site.write(
        TEXT,
        "---\ntitle: Elternabend: Einschulung\nsummary: Drei Abende.\n---\nText.\n",
    );
    let built = quartier(site.root(), &["build", "--quiet", "--no-flyers"]);
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );
    let page = site.read_out("de/nordviertel/deutschkurs/index.html");
    assert!(
        page.contains("Elternabend: Einschulung"),
        "the title is the whole text"
    );
    assert_eq!(quartier(site.root(), &["check"]).status.code(), Some(0));
    let strict = quartier(site.root(), &["check", "--strict"]);
    assert_eq!(strict.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&strict.stderr).contains(r#"title: "Elternabend: Einschulung""#)
    );
}

fn check(root: &Path) -> String {
    let out = quartier(root, &["check"]);
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
