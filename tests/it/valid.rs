//! Valid HTML: every page of the demo site and of every fixture site that
//! builds passes the W3C Nu HTML Checker (vnu) without an error.
//!
//! Needs `java` (Debian's `default-jre-headless`) and the checker's jar from
//! npm (`vnu-jar`, pinned in tests/browser/package-lock.json:
//! `npm ci --prefix tests/browser`); `.ci/run` installs them. Without them
//! the test prints a note and passes, unless `CI` is set: then it fails.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::{clock, copy_dir};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const JAR: &str = "tests/browser/node_modules/vnu-jar/build/dist/vnu.jar";

/// What is missing to run the checker, if anything.
fn missing() -> Option<String> {
    let mut what = Vec::new();
    if Command::new("java").arg("-version").output().is_err() {
        what.push("java (apt-get install default-jre-headless)".to_string());
    }
    if !Path::new(ROOT).join(JAR).is_file() {
        what.push(format!("{JAR} (npm ci --prefix tests/browser)"));
    }
    (!what.is_empty()).then(|| what.join(", "))
}

/// Whether to go on: false (with a note) when the tools are missing outside CI.
fn can_run() -> bool {
    match missing() {
        None => true,
        Some(m) if std::env::var_os("CI").is_some() => {
            panic!("the HTML check needs {m}; .ci/run installs them")
        }
        Some(m) => {
            eprintln!("note: HTML validation skipped, missing {m}");
            false
        }
    }
}

/// The fixture sites (folders of tests/fixtures with a site.yaml).
fn fixtures() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(Path::new(ROOT).join("tests/fixtures"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("site.yaml").is_file())
        .collect();
    dirs.sort();
    dirs
}

/// The checker's errors on every `.html` file below `dirs`, all in one Java
/// run (starting the JVM takes seconds), with `tmp` cut from the paths.
fn vnu_errors(dirs: &[PathBuf], tmp: &Path) -> Vec<String> {
    let out = Command::new("java")
        .args(["-Xss8m", "-jar"])
        .arg(Path::new(ROOT).join(JAR))
        .args(["--errors-only", "--skip-non-html", "--format", "gnu"])
        .args(dirs)
        .output()
        .expect("java runs");
    let text =
        String::from_utf8_lossy(&out.stderr).into_owned() + &String::from_utf8_lossy(&out.stdout);
    let tmp = tmp.to_string_lossy();
    let errors: Vec<String> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.replace(&format!("file:{tmp}/"), "").replace(&*tmp, ""))
        .collect();
    assert!(
        out.status.success() || !errors.is_empty(),
        "the checker failed without a message ({})",
        out.status
    );
    errors
}

#[test]
fn every_page_of_the_demo_and_the_fixtures_is_valid_html() {
    if !can_run() {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let mut outs = Vec::new();
    let demo = tmp.path().join("demo");
    let (summary, diags) = quartier::build::build(Path::new(ROOT), &demo, &clock());
    let msgs: Vec<String> = diags.iter().map(|d| d.to_string()).collect();
    assert!(summary.is_some(), "the demo does not build: {msgs:#?}");
    outs.push(demo);
    for fixture in fixtures() {
        let name = fixture.file_name().unwrap().to_string_lossy().into_owned();
        let site = tmp.path().join(format!("{name}-site"));
        copy_dir(&fixture, &site);
        let out = tmp.path().join(&name);
        match quartier::build::build(&site, &out, &clock()) {
            (Some(_), _) => outs.push(out),
            // A fixture that is meant to fail is tested where it is used.
            (None, _) => eprintln!("note: fixture {name} does not build, not checked"),
        }
    }
    // Raw HTML that the sanitiser changes: links whose script address it
    // removes must not stay behind as `<a>` without `href`.
    let raw = tmp.path().join("sanitised-site");
    copy_dir(&Path::new(ROOT).join("tests/fixtures/basic"), &raw);
    std::fs::write(
        raw.join("content/pages/impressum/de.md"),
        "---\ntitle: Impressum\nsummary: Wer diese Seiten macht.\n---\n\
         <p>Ein <a href=\"javascript:alert(1)\" hreflang=\"de\">Link mit Skript</a>, \
         ein <a name=\"anker\">Anker</a> und <a href=\"https://example.org/\" title=\"gut\">ein guter</a>.</p>\n",
    )
    .unwrap();
    // And the page of the translation status, which has a head of its own.
    let yaml = std::fs::read_to_string(raw.join("site.yaml")).unwrap();
    std::fs::write(raw.join("site.yaml"), yaml + "translation_status: true\n").unwrap();
    let out = tmp.path().join("sanitised");
    let (summary, diags) = quartier::build::build(&raw, &out, &clock());
    let msgs: Vec<String> = diags.iter().map(|d| d.to_string()).collect();
    assert!(
        summary.is_some(),
        "the sanitised site does not build: {msgs:#?}"
    );
    let page = std::fs::read_to_string(out.join("de/impressum/index.html")).unwrap();
    assert!(
        page.contains("Ein Link mit Skript, ein Anker und <a href=\"https://example.org/\""),
        "{page}"
    );
    outs.push(out);
    let pages = outs
        .iter()
        .flat_map(walkdir::WalkDir::new)
        .filter(|e| {
            e.as_ref()
                .is_ok_and(|e| e.path().extension().is_some_and(|x| x == "html"))
        })
        .count();
    assert!(pages > 400, "only {pages} pages built");
    let errors = vnu_errors(&outs, tmp.path());
    assert!(
        errors.is_empty(),
        "{} HTML errors in {pages} pages:\n{}",
        errors.len(),
        errors.join("\n")
    );
}
