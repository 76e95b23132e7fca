//! Reading offline and installing the site: the web app manifest of each
//! language, the lists of kept files with their hashes, the service worker
//! named by the build's version, and (in Chromium, tests/browser/offline.mjs)
//! pages read with the network gone and a new build replacing the old
//! one's caches.

use std::fs;
use std::path::Path;

use quartier::build::{build_with, Options};

use crate::browser::{can_run, node};
use crate::common::{clock, copy_dir, Site};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Builds without flyers and share images (the offline files do not need them).
fn build_fast(root: &Path, out: &Path) {
    let options = Options {
        flyers: false,
        images: false,
        cache: None,
    };
    let (summary, diags) = build_with(root, out, &clock(), &options, &());
    let msgs: Vec<String> = diags.iter().map(|d| d.to_string()).collect();
    assert!(summary.is_some(), "build failed: {msgs:#?}");
}

fn json(out: &Path, rel: &str) -> serde_json::Value {
    let text = fs::read_to_string(out.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{rel}: {e}\n{text}"))
}

fn version(out: &Path, code: &str) -> String {
    json(out, &format!("{code}/offline.json"))["version"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn manifest_names_the_language_and_its_direction() {
    let site = Site::basic();
    build_fast(site.root(), &site.out());
    let m = json(&site.out(), "ar/manifest.webmanifest");
    assert_eq!(m["lang"], "ar");
    assert_eq!(m["dir"], "rtl");
    assert_eq!(m["start_url"], "./");
    assert_eq!(m["scope"], "./");
    assert_eq!(m["display"], "standalone");
    assert!(m["short_name"].as_str().unwrap().chars().count() <= 12);
    assert!(!m["name"].as_str().unwrap().is_empty());
    let icons = m["icons"].as_array().unwrap();
    assert_eq!(icons.len(), 3);
    for i in icons {
        let src = i["src"].as_str().unwrap();
        assert!(src.starts_with("../"), "{src}");
        assert!(site.out().join(&src[3..]).is_file(), "{src} missing");
        assert_eq!(i["type"], "image/png");
    }
    assert!(icons.iter().any(|i| i["purpose"] == "maskable"));
    assert_eq!(json(&site.out(), "de/manifest.webmanifest")["dir"], "ltr");
    let home = site.read_out("ar/index.html");
    assert!(home.contains(r#"<link rel="manifest" href="../ar/manifest.webmanifest">"#));
    assert!(home.contains(r#"<script src="../offline.js" data-lang="ar" defer></script>"#));
    let chooser = site.read_out("index.html");
    assert!(!chooser.contains("rel=\"manifest\""));
    assert!(chooser.contains(r#"<script src="offline.js" defer></script>"#));
    // Served at any address: it registers nothing.
    assert!(!site.read_out("404.html").contains("offline.js"));
    let offline = site.read_out("ar/offline/index.html");
    assert!(offline.contains(r#"data-page="offline""#));
    assert!(offline.contains(r#"<meta name="robots" content="noindex">"#));
}

#[test]
fn every_listed_file_exists_with_its_hash() {
    let site = Site::basic();
    build_fast(site.root(), &site.out());
    let out = site.out();
    let sw = fs::read_to_string(out.join("sw.js")).unwrap();
    for code in ["de", "en", "ar"] {
        let list = json(&out, &format!("{code}/offline.json"));
        assert_eq!(list["lang"], code);
        let v = list["version"].as_str().unwrap();
        assert!(sw.contains(&format!("const VERSION = \"{v}\"")), "{code}");
        let files = list["files"].as_array().unwrap();
        let urls: Vec<&str> = files.iter().map(|f| f[0].as_str().unwrap()).collect();
        for must in [
            format!("{code}/"),
            format!("{code}/offline/"),
            format!("{code}/offerings/"),
            format!("{code}/nordviertel/"),
            format!("{code}/search-index.json"),
            format!("{code}/manifest.webmanifest"),
            "style.css".into(),
            "offline.js".into(),
            "favicon.svg".into(),
            "icon-192.png".into(),
        ] {
            assert!(
                urls.contains(&must.as_str()),
                "{code} keeps no {must}: {urls:?}"
            );
        }
        for f in files {
            let (url, hash) = (f[0].as_str().unwrap(), f[1].as_str().unwrap());
            let file = if url.is_empty() || url.ends_with('/') {
                out.join(url).join("index.html")
            } else {
                out.join(url)
            };
            let bytes = fs::read(&file).unwrap_or_else(|e| panic!("{url}: {e}"));
            assert_eq!(
                quartier::render::offline::hash(&bytes),
                hash,
                "{url} differs from its listed hash"
            );
        }
    }
}

#[test]
fn the_version_follows_the_kept_files_only() {
    let site = Site::basic();
    let (a, b) = (site.root().join("a"), site.root().join("b"));
    build_fast(site.root(), &a);
    build_fast(site.root(), &b);
    assert_eq!(
        fs::read(a.join("sw.js")).unwrap(),
        fs::read(b.join("sw.js")).unwrap(),
        "two builds of the same site make different service workers"
    );
    assert_eq!(version(&a, "de"), version(&b, "de"));
    let district = site.root().join("content/nordviertel/de.md");
    let text = fs::read_to_string(&district).unwrap();
    fs::write(&district, format!("{text}\nNeu: ein geänderter Satz.\n")).unwrap();
    let c = site.root().join("c");
    build_fast(site.root(), &c);
    assert_ne!(version(&a, "de"), version(&c, "de"));
    assert_ne!(
        fs::read(a.join("sw.js")).unwrap(),
        fs::read(c.join("sw.js")).unwrap()
    );
}

#[test]
fn the_preview_worker_keeps_nothing_and_unregisters() {
    let mut diags = quartier::diag::Diagnostics::new();
    let p = quartier::build::prepare(
        Path::new(crate::common::FIXTURE),
        &clock(),
        None,
        &(),
        &mut diags,
    )
    .expect("the fixture prepares");
    let sizes = Default::default();
    let text = |job| match p.renderer.render(&job, &sizes).unwrap().content {
        quartier::render::Content::Bytes(b) => String::from_utf8(b).unwrap(),
        quartier::render::Content::Copy(_) => unreachable!(),
    };
    let sw = text(quartier::render::Job::ServiceWorker);
    assert!(sw.contains("unregister()"), "{sw}");
    assert!(sw.contains("caches.delete"));
    assert!(
        !sw.contains("'fetch'"),
        "the preview worker must not answer requests"
    );
    let list: serde_json::Value =
        serde_json::from_str(&text(quartier::render::Job::OfflineList(0))).unwrap();
    assert_eq!(list["files"].as_array().unwrap().len(), 0);
}

/// What a language keeps of the demo site stays small enough for a phone
/// with little data: at most 1.5 MB per language.
#[test]
fn demo_languages_keep_at_most_one_and_a_half_megabytes() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    build_fast(Path::new(ROOT), &out);
    let mut report = Vec::new();
    for e in fs::read_dir(&out).unwrap() {
        let list = e.unwrap().path().join("offline.json");
        if !list.is_file() {
            continue;
        }
        let v: serde_json::Value =
            serde_json::from_str(&fs::read_to_string(&list).unwrap()).unwrap();
        let mut total = 0u64;
        for f in v["files"].as_array().unwrap() {
            let url = f[0].as_str().unwrap();
            let file = if url.ends_with('/') {
                out.join(url).join("index.html")
            } else {
                out.join(url)
            };
            total += fs::metadata(&file).unwrap().len();
        }
        let files = v["files"].as_array().unwrap().len();
        report.push(format!("{} {files} files {total} bytes", v["lang"]));
        assert!(total <= 1_500_000, "{}: {total} bytes kept", v["lang"]);
    }
    report.sort();
    eprintln!("offline budget of the demo:\n{}", report.join("\n"));
    assert!(!report.is_empty());
}

/// In Chromium: a German visitor's pages read offline, another language's
/// address shows its offline page, the manifest parses without errors, and
/// a new build replaces the old build's caches.
#[test]
fn pages_read_offline_in_chromium_and_a_new_build_replaces_the_old() {
    if !can_run() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    copy_dir(&Path::new(ROOT).join("tests/fixtures/browser"), &root);
    let out = dir.path().join("public");
    let profile = dir.path().join("profile");
    let profile = profile.to_str().unwrap();
    build_fast(&root, &out);
    node(
        "offline.mjs",
        &out,
        &["--phase", "1", "--user-data-dir", profile],
    );
    let home = root.join("content/de.md");
    let text = fs::read_to_string(&home).unwrap();
    let marker = "Offline-Probe: neu gebaut";
    fs::write(&home, format!("{text}\n{marker}\n")).unwrap();
    build_fast(&root, &out);
    node(
        "offline.mjs",
        &out,
        &[
            "--phase",
            "2",
            "--user-data-dir",
            profile,
            "--expect",
            marker,
        ],
    );
}
