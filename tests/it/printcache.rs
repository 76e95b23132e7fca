//! The printables cache: a rebuild lays out only the printables whose
//! inputs changed, gives the bytes of a cold build, and never trusts an
//! entry it cannot verify.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use quartier::build::{build_with, Options, Summary};

use crate::common::{all_files, clock, Site};

/// Builds `site` into `out`, keeping printables in `cache`.
fn build(site: &Site, out: &Path, cache: Option<&Path>) -> (Summary, Vec<String>) {
    let options = Options {
        flyers: true,
        images: false,
        cache: cache.map(Path::to_path_buf),
    };
    let (summary, diags) = build_with(site.root(), out, &clock(), &options, &());
    let msgs: Vec<String> = diags.iter().map(|d| d.to_string()).collect();
    (
        summary.unwrap_or_else(|| panic!("build failed: {msgs:#?}")),
        msgs,
    )
}

fn cache_dir(site: &Site) -> PathBuf {
    site.root().join("kept")
}

/// The PDFs of an output by path.
fn pdfs(out: &Path) -> BTreeMap<String, Vec<u8>> {
    all_files(out)
        .into_iter()
        .filter(|(p, _)| p.ends_with(".pdf"))
        .collect()
}

fn entries(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".pdf-entry"))
        .collect();
    v.sort();
    v
}

#[test]
fn a_rebuild_lays_out_only_what_an_edit_touches_and_equals_a_cold_build() {
    let site = Site::basic();
    let cache = cache_dir(&site);
    let (first, _) = build(&site, &site.out(), Some(&cache));
    assert!(first.flyers > 5, "the fixture has printables");
    assert_eq!(first.flyers_from_cache, 0, "nothing kept yet");
    assert_eq!(entries(&cache).len(), first.flyers);
    let before = pdfs(&site.out());

    let (second, _) = build(&site, &site.out(), Some(&cache));
    assert_eq!(second.flyers_from_cache, second.flyers, "nothing changed");
    assert_eq!(pdfs(&site.out()), before);

    // One offering's German summary changes.
    let de = site.root().join("content/nordviertel/deutschkurs/de.md");
    let text = fs::read_to_string(&de).unwrap();
    let edited = text.replacen("summary: ", "summary: Neu – ", 1);
    assert_ne!(text, edited);
    fs::write(&de, edited).unwrap();
    let (third, _) = build(&site, &site.out(), Some(&cache));
    let after = pdfs(&site.out());
    let changed: Vec<&String> = after
        .iter()
        .filter(|(p, bytes)| before.get(*p) != Some(*bytes))
        .map(|(p, _)| p)
        .collect();
    assert!(!changed.is_empty(), "the edit reaches some printable");
    assert_eq!(
        third.flyers - third.flyers_from_cache,
        changed.len(),
        "laid out exactly the printables that changed: {changed:?}"
    );
    assert!(
        changed
            .iter()
            .all(|p| p.contains("deutschkurs") || p.starts_with("flyers/nordviertel/")),
        "only the offering's own printables and its district's flyers: {changed:?}"
    );
    assert_eq!(
        entries(&cache).len(),
        third.flyers,
        "entries of replaced printables are removed"
    );

    // Byte for byte what a build without the cache makes.
    let cold = site.root().join("cold");
    let (_, _) = build(&site, &cold, None);
    assert_eq!(all_files(&site.out()), all_files(&cold));
}

#[test]
fn what_goes_into_every_printable_invalidates_every_entry() {
    let site = Site::basic();
    let cache = cache_dir(&site);
    let (first, _) = build(&site, &site.out(), Some(&cache));
    // Another date: other upcoming dates and another timestamp in the PDF.
    let options = Options {
        flyers: true,
        images: false,
        cache: Some(cache.clone()),
    };
    let later = quartier::clock::Clock::fixed(jiff::civil::date(2026, 11, 27));
    let (s, _) = build_with(site.root(), &site.out(), &later, &options, &());
    assert_eq!(s.unwrap().flyers_from_cache, 0, "another day");
    // A template of the site's theme, even a comment in it.
    build(&site, &site.out(), Some(&cache));
    let sheet = include_str!("../../themes/default/flyers/sheet.typ");
    site.write(
        "themes/default/flyers/sheet.typ",
        &format!("{sheet}\n// changed\n"),
    );
    let (s, _) = build(&site, &site.out(), Some(&cache));
    // Templates may include one another: any change lays out everything.
    assert_eq!(s.flyers_from_cache, 0, "a template changed");
    assert_eq!(s.flyers, first.flyers);
}

#[test]
fn damaged_or_misplaced_entries_are_laid_out_again() {
    let site = Site::basic();
    let cache = cache_dir(&site);
    build(&site, &site.out(), Some(&cache));
    let cold = all_files(&site.out());
    let kept = entries(&cache);
    assert!(kept.len() >= 4);
    // Cut short, a flipped byte in the PDF, emptied, and two swapped.
    let bytes = fs::read(&kept[0]).unwrap();
    fs::write(&kept[0], &bytes[..bytes.len() / 2]).unwrap();
    let mut bytes = fs::read(&kept[1]).unwrap();
    let n = bytes.len();
    bytes[n - 10] ^= 0x20;
    fs::write(&kept[1], bytes).unwrap();
    fs::write(&kept[2], b"").unwrap();
    let (a, b) = (fs::read(&kept[3]).unwrap(), fs::read(&kept[4]).unwrap());
    fs::write(&kept[3], b).unwrap();
    fs::write(&kept[4], a).unwrap();

    let (s, msgs) = build(&site, &site.out(), Some(&cache));
    assert_eq!(s.flyers - s.flyers_from_cache, 5);
    assert!(
        msgs.iter()
            .any(|m| m.contains("5 kept printable(s)") && m.contains("damaged")),
        "{msgs:#?}"
    );
    assert_eq!(all_files(&site.out()), cold, "the output is as if cold");
    let (s, msgs) = build(&site, &site.out(), Some(&cache));
    assert_eq!(s.flyers_from_cache, s.flyers, "mended");
    assert!(!msgs.iter().any(|m| m.contains("damaged")));
}

#[test]
fn a_cache_that_cannot_be_written_is_a_note_and_the_build_completes() {
    let site = Site::basic();
    let cache = site.root().join("a-file");
    fs::write(&cache, b"in the way").unwrap();
    let (s, msgs) = build(&site, &site.out(), Some(&cache));
    assert_eq!(s.flyers_from_cache, 0);
    let notes: Vec<&String> = msgs
        .iter()
        .filter(|m| m.contains("could not be kept"))
        .collect();
    assert_eq!(notes.len(), 1, "one note, not one per printable: {msgs:#?}");
    assert!(notes[0].contains(": note: "), "a note: {}", notes[0]);
    assert!(site.out().join("flyers").is_dir());
}

/// Runs the binary: whether it succeeded, and what it printed on stderr.
fn quartier(root: &Path, args: &[&str]) -> (bool, String) {
    let out = crate::common::quartier(root, args);
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn check_fills_the_cache_that_build_then_uses() {
    let site = Site::basic();
    let (ok, err) = quartier(site.root(), &["check"]);
    assert!(ok, "{err}");
    let dir = site.root().join(".quartier-cache/printables");
    assert!(!entries(&dir).is_empty(), "check keeps what it laid out");
    let (ok, err) = quartier(site.root(), &["build"]);
    assert!(ok, "{err}");
    let line = err.lines().last().unwrap();
    let (total, kept) = (
        line.split(" flyers")
            .next()
            .unwrap()
            .rsplit(' ')
            .next()
            .unwrap(),
        line.split(" kept from the last build")
            .next()
            .unwrap()
            .rsplit('(')
            .next()
            .unwrap(),
    );
    assert_eq!(total, kept, "{line}");

    // --no-cache lays out everything and keeps nothing.
    fs::remove_dir_all(site.root().join(".quartier-cache")).unwrap();
    let (ok, err) = quartier(site.root(), &["build", "--no-cache"]);
    assert!(ok, "{err}");
    assert!(!err.contains("kept from"), "{err}");
    assert!(!site.root().join(".quartier-cache").exists());

    // --cache DIR keeps them there.
    let elsewhere = site.root().join("elsewhere");
    let dir_arg = elsewhere.to_string_lossy().into_owned();
    let (ok, err) = quartier(site.root(), &["build", "--cache", &dir_arg]);
    assert!(ok, "{err}");
    assert!(!entries(&elsewhere).is_empty());
}

#[test]
fn a_cache_inside_content_is_refused_before_anything_is_written() {
    let site = Site::basic();
    for dir in ["content/kept", "content/nordviertel/kept/deeper"] {
        let options = Options {
            flyers: true,
            images: false,
            cache: Some(site.root().join(dir)),
        };
        let (summary, diags) = build_with(site.root(), &site.out(), &clock(), &options, &());
        assert!(summary.is_none());
        let msgs: Vec<String> = diags.iter().map(|d| d.to_string()).collect();
        assert!(
            msgs.iter().any(|m| m.contains("inside content/")),
            "{msgs:#?}"
        );
        assert!(!site.root().join(dir).exists(), "{dir}");
        assert!(!site.out().exists());
    }
    let inside = site.root().join("content/x");
    let (ok, err) = quartier(
        site.root(),
        &["check", "--cache", &inside.to_string_lossy()],
    );
    assert!(!ok && err.contains("inside content/"), "{err}");
    assert!(!inside.exists());
}
