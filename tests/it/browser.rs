//! The built site in a real browser: `tests/browser/run.mjs` opens every
//! kind of page in headless Chromium at phone size, in a left-to-right and a
//! right-to-left language, runs axe-core for WCAG 2.1 A and AA (zero
//! violations), tabs through every page, uses the filters and the search in
//! Arabic and Turkish, and fails on any request to another host.
//! `tests/browser/geometry.mjs` measures the pages on phones: 320, 360 and
//! 412 px wide, and the first screen at 360×740.
//!
//! Needs node, /usr/bin/chromium (Debian's `chromium`) and
//! `npm ci --prefix tests/browser`; `.ci/run` installs them. Without them the
//! tests print a note and pass, unless `CI` is set: then they fail.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::{clock, copy_dir};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// What is missing to run the browser, if anything.
fn missing() -> Option<String> {
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let node = Command::new("node").arg("--version").output().is_ok();
    let modules = Path::new(ROOT).join("tests/browser/node_modules/playwright-core");
    let mut what = Vec::new();
    if !node {
        what.push("node".to_string());
    }
    if !Path::new(&chromium).exists() {
        what.push(format!("{chromium} (apt-get install chromium)"));
    }
    if !modules.is_dir() {
        what.push("tests/browser/node_modules (npm ci --prefix tests/browser)".into());
    }
    (!what.is_empty()).then(|| what.join(", "))
}

/// Whether to go on: false (with a note) when the tools are missing outside CI.
pub(crate) fn can_run() -> bool {
    match missing() {
        None => true,
        Some(m) if std::env::var_os("CI").is_some() => {
            panic!("the browser tests need {m}; .ci/run installs them")
        }
        Some(m) => {
            eprintln!("note: browser tests skipped, missing {m}");
            false
        }
    }
}

/// One Chromium at a time: two at once on a small machine make timing flaky.
static BROWSER: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn build(site: &Path, out: &Path) {
    let (summary, diags) = quartier::build::build(site, out, &clock());
    let msgs: Vec<String> = diags.iter().map(|d| d.to_string()).collect();
    assert!(summary.is_some(), "build failed: {msgs:#?}");
}

fn run(out: &Path, extra: &[&str]) {
    node("run.mjs", out, extra);
}

/// Runs `tests/browser/<script>` on the built site `out`.
pub(crate) fn node(script: &str, out: &Path, extra: &[&str]) {
    let _one = BROWSER.lock().unwrap_or_else(|e| e.into_inner());
    let status = Command::new("node")
        .arg(Path::new(ROOT).join("tests/browser").join(script))
        .arg(out)
        .args(extra)
        .status()
        .expect("node runs");
    assert!(
        status.success(),
        "browser tests ({script}) failed (see the output above)"
    );
}

fn temp_site(from: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&Path::new(ROOT).join(from), dir.path());
    let out = dir.path().join("public");
    (dir, out)
}

#[test]
fn fixture_passes_axe_keyboard_filters_and_search_in_chromium() {
    if !can_run() {
        return;
    }
    let (dir, out) = temp_site("tests/fixtures/browser");
    build(dir.path(), &out);
    run(&out, &["--flows", "--langs", "de,tr,ar"]);
}

#[test]
fn demo_site_passes_axe_and_keyboard_in_chromium() {
    if !can_run() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    build(Path::new(ROOT), &out);
    run(&out, &["--langs", "de,ar,tr,ur"]);
}

/// What a resident's phone shows, measured (tests/browser/geometry.mjs):
/// at 320, 360 and 412 px nothing reaches past the screen, the open
/// language menu lies inside it, "what's on" keeps time, title and place
/// apart, addresses read left to right in right-to-left pages; at 360×740
/// an offering's facts at a glance, a district's kinds of offering and the
/// first offering of the list are on the first screen. Every page kind in
/// every language of the demo.
#[test]
fn demo_site_fits_a_phone_screen_in_every_language() {
    if !can_run() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    build(Path::new(ROOT), &out);
    node("geometry.mjs", &out, &[]);
}

/// The same on a site with what breaks layouts: an untranslated German
/// compound title, long e-mail addresses, links and venue names, a table,
/// a hyphenated district, right to left beside Ukrainian.
#[test]
fn long_words_and_addresses_fit_a_phone_screen() {
    if !can_run() {
        return;
    }
    let (dir, out) = temp_site("tests/fixtures/phone");
    build(dir.path(), &out);
    node("geometry.mjs", &out, &[]);
}
