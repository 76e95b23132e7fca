//! Listening: recordings beside texts (`<lang>.mp3` beside `<lang>.md`),
//! published once under /media/, played on the page of their language with
//! length, size and a download link, listed in the sitemap, never kept
//! offline; the findings about them (broken, big, stale, misnamed); and the
//! phone's own voice (tests/browser/listen.mjs in Chromium with a stubbed
//! `speechSynthesis`).

use std::fs;
use std::path::Path;
use std::time::{Duration, SystemTime};

use quartier::build::{build_with, Options};

use crate::browser::{can_run, node};
use crate::common::{clock, copy_dir, Site};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const MP3: &[u8] = include_bytes!("../fixtures/audio/speech.mp3");
const OPUS: &[u8] = include_bytes!("../fixtures/audio/speech.opus");
const OGG: &[u8] = include_bytes!("../fixtures/audio/speech.ogg");
const OFFERING: &str = "content/nordviertel/deutschkurs";

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

fn put(site: &Site, rel: &str, bytes: &[u8]) {
    let p = site.root().join(rel);
    fs::create_dir_all(p.parent().unwrap()).unwrap();
    fs::write(p, bytes).unwrap();
}

/// Every finding of loading the site, as `check` prints them (one line each).
fn findings(root: &Path) -> Vec<String> {
    let (_, diags) = quartier::load::load(root, &clock());
    diags.iter().map(|d| d.to_string()).collect()
}

fn set_mtime(path: &Path, t: SystemTime) {
    fs::File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(t)
        .unwrap();
}

#[test]
fn a_recording_is_published_once_and_played_on_its_language_page() {
    let site = Site::basic();
    put(&site, &format!("{OFFERING}/ar.mp3"), MP3);
    build_fast(site.root(), &site.out());
    let published = site.out().join("media/nordviertel/deutschkurs/ar.mp3");
    assert_eq!(fs::read(&published).unwrap(), MP3, "copied as it is");
    let ar = site.read_out("ar/nordviertel/deutschkurs/index.html");
    assert!(
        ar.contains(r#"<audio controls preload="none" aria-labelledby="listen-label"><source src="../../../media/nordviertel/deutschkurs/ar.mp3" type="audio/mpeg"></audio>"#),
        "{ar}"
    );
    // The length lofty reads (2.4 s, rounded up), and the size, in Arabic.
    assert!(
        ar.contains(r#"<time datetime="PT0M3S">0:03</time>"#),
        "{ar}"
    );
    assert!(ar.contains("(MP3، 3 كيلوبايت)"), "{ar}");
    assert!(ar.contains(r#"href="../../../media/nordviertel/deutschkurs/ar.mp3" download"#));
    assert!(ar.contains("استمع باللغة"), "the label in Arabic");
    // With a recording, no "read aloud" and no script for it.
    assert!(!ar.contains("read-aloud"));
    assert!(!ar.contains("listen.js"));
    // The German text has no recording: the phone's voice is offered,
    // hidden until the script finds a German voice.
    let de = site.read_out("de/nordviertel/deutschkurs/index.html");
    assert!(!de.contains("<audio"));
    assert!(de.contains(r#"<div class="read-aloud" id="read-aloud" hidden>"#));
    assert!(de.contains(r#"<script src="../../../listen.js" defer></script>"#));
    assert!(de.contains(r#"<p class="lead" data-read>"#));
    // English has no text: the German one stands in; neither the Arabic
    // recording nor a voice is offered for it.
    let en = site.read_out("en/nordviertel/deutschkurs/index.html");
    assert!(!en.contains("<audio") && !en.contains("read-aloud"), "{en}");
    // In the sitemap of its language only.
    let url = "https://example.org/quartier/media/nordviertel/deutschkurs/ar.mp3";
    assert!(site.read_out("ar/sitemap.xml").contains(url));
    assert!(!site.read_out("de/sitemap.xml").contains(url));
    // Never kept for offline reading: too big for a phone's storage.
    for code in ["de", "en", "ar"] {
        assert!(!site
            .read_out(&format!("{code}/offline.json"))
            .contains(".mp3"));
    }
}

#[test]
fn opus_and_ogg_recordings_are_read_and_typed() {
    let site = Site::basic();
    put(&site, &format!("{OFFERING}/ar.opus"), OPUS);
    put(&site, &format!("{OFFERING}/de.ogg"), OGG);
    build_fast(site.root(), &site.out());
    let ar = site.read_out("ar/nordviertel/deutschkurs/index.html");
    assert!(ar.contains(r#"type="audio/ogg; codecs=opus""#), "{ar}");
    assert!(ar.contains("0:03"));
    let de = site.read_out("de/nordviertel/deutschkurs/index.html");
    assert!(de.contains(r#"src="../../../media/nordviertel/deutschkurs/de.ogg" type="audio/ogg""#));
    assert!(de.contains("Anhören auf"), "{de}");
}

#[test]
fn a_broken_recording_is_an_error() {
    let site = Site::basic();
    put(
        &site,
        &format!("{OFFERING}/ar.mp3"),
        b"ID3 this is not audio at all",
    );
    let errors = site.build_err();
    assert!(
        errors
            .iter()
            .any(|e| e.contains("content/nordviertel/deutschkurs/ar.mp3")
                && e.contains("the recording cannot be read")),
        "{errors:#?}"
    );
    // An Opus file named .mp3 would be published as a broken MP3.
    put(&site, &format!("{OFFERING}/ar.mp3"), OPUS);
    let errors = site.build_err();
    assert!(
        errors.iter().any(|e| e.contains("it is not MP3 audio")),
        "{errors:#?}"
    );
}

#[test]
fn a_big_recording_gets_a_warning_with_the_size_and_the_fix() {
    let site = Site::basic();
    // MP3 frames one after another are a longer MP3: 2.1 MB of them.
    let big: Vec<u8> = MP3.iter().copied().cycle().take(2_200_000).collect();
    put(&site, &format!("{OFFERING}/ar.mp3"), &big);
    let f = findings(site.root());
    assert!(
        f.iter().any(|m| m.contains("the recording is 2.1 MB")
            && m.contains("48–64 kbit/s")
            && m.contains("ar.mp3")),
        "{f:#?}"
    );
    // Below the limit: no such warning.
    put(&site, &format!("{OFFERING}/ar.mp3"), MP3);
    assert!(!findings(site.root()).iter().any(|m| m.contains("MB")));
    // The limit is a setting: 1 KB (shown rounded up).
    let yaml = fs::read_to_string(site.root().join("site.yaml")).unwrap();
    site.write("site.yaml", &format!("{yaml}recording_max_mb: 0.001\n"));
    let f = findings(site.root());
    assert!(
        f.iter()
            .any(|m| m.contains("the recording is 3 KB") && m.contains("limit 2 KB")),
        "{f:#?}"
    );
    site.write("site.yaml", &format!("{yaml}recording_max_mb: 0\n"));
    let f = findings(site.root());
    assert!(
        f.iter().any(|m| m.contains("recording_max_mb must be")),
        "{f:#?}"
    );
}

#[test]
fn a_text_changed_after_its_recording_is_named() {
    let site = Site::basic();
    let rec = site.root().join(OFFERING).join("ar.mp3");
    put(&site, &format!("{OFFERING}/ar.mp3"), MP3);
    let text = site.root().join(OFFERING).join("ar.md");
    let now = SystemTime::now();
    set_mtime(&rec, now - Duration::from_secs(3600));
    set_mtime(&text, now);
    let f = findings(site.root());
    assert!(
        f.iter().any(|m| m.contains("ar.mp3")
            && m.contains("`ar.md` was changed after its recording")
            && m.contains(
                "re-record it; if it still says what the text says, write `recording_of: "
            )),
        "{f:#?}"
    );
    // Recorded after the text: nothing to say.
    set_mtime(&rec, now + Duration::from_secs(60));
    assert!(!findings(site.root())
        .iter()
        .any(|m| m.contains("after its recording")));

    // Acknowledged as the hint says: from then on only the words count,
    // whatever the dates.
    set_mtime(&rec, now - Duration::from_secs(3600));
    let f = findings(site.root());
    let hint = f
        .iter()
        .find(|m| m.contains("after its recording"))
        .unwrap();
    let fp = hint.split("`recording_of: ").nth(1).unwrap()[..8].to_string();
    let md = std::fs::read_to_string(&text).unwrap();
    let with = |body: &str| {
        md.replacen("---\n", &format!("---\nrecording_of: {fp}\n"), 1)
            .replace("\n---\n", &format!("\n---\n{body}"))
    };
    std::fs::write(&text, with("")).unwrap();
    set_mtime(&text, now);
    assert!(
        !findings(site.root())
            .iter()
            .any(|m| m.contains("recording")),
        "acknowledged"
    );
    // A changed word: stale, naming both fingerprints.
    std::fs::write(&text, with("كلمة جديدة.\n\n")).unwrap();
    let f = findings(site.root());
    assert!(
        f.iter().any(|m| m.contains("ar.mp3")
            && m.contains("the words of `ar.md` changed since it was recorded")
            && m.contains(&format!("`recording_of: {fp}`"))),
        "{f:#?}"
    );
}

#[test]
fn in_git_the_last_commits_decide_whether_a_recording_is_stale() {
    let site = Site::basic();
    put(&site, &format!("{OFFERING}/ar.mp3"), MP3);
    let git = |args: &[&str], date: &str| {
        let ok = std::process::Command::new("git")
            .arg("-C")
            .arg(site.root())
            .args(["-c", "user.name=t", "-c", "user.email=t@example.org"])
            .args(args)
            .env("GIT_AUTHOR_DATE", date)
            .env("GIT_COMMITTER_DATE", date)
            .output()
            .map(|o| o.status.success())
            .unwrap_or(false);
        assert!(ok, "git {args:?}");
    };
    git(&["init", "-q"], "2026-01-01T10:00:00");
    git(&["add", "."], "2026-01-01T10:00:00");
    git(&["commit", "-qm", "all"], "2026-01-01T10:00:00");
    // The file times say the text is newer; the commits say they are the
    // same age: nothing to say.
    let now = SystemTime::now();
    set_mtime(
        &site.root().join(OFFERING).join("ar.mp3"),
        now - Duration::from_secs(3600),
    );
    assert!(!findings(site.root())
        .iter()
        .any(|m| m.contains("after its recording")));
    // The text committed again later: the recording may be stale.
    site.write(
        &format!("{OFFERING}/ar.md"),
        "---\ntitle: جديد\nsummary: نص جديد.\n---\n",
    );
    git(&["commit", "-qam", "text"], "2026-02-01T10:00:00");
    let f = findings(site.root());
    assert!(
        f.iter()
            .any(|m| m.contains("`ar.md` was committed after its recording")),
        "{f:#?}"
    );
}

#[test]
fn misnamed_and_orphaned_recordings_are_named_and_not_published() {
    let site = Site::basic();
    // No English text beside it; French is no site language; `AR` is
    // `ar` mistyped; any other name is a media file.
    put(&site, &format!("{OFFERING}/en.mp3"), MP3);
    put(&site, &format!("{OFFERING}/fr.mp3"), MP3);
    put(&site, &format!("{OFFERING}/AR.mp3"), MP3);
    put(&site, &format!("{OFFERING}/lied.mp3"), MP3);
    let f = findings(site.root());
    let has = |file: &str, words: &str| {
        assert!(
            f.iter().any(|m| m.contains(file) && m.contains(words)),
            "{file}: {words}\n{f:#?}"
        );
    };
    has(
        "en.mp3",
        "a recording without a text in its language (`en.md`)",
    );
    has("en.mp3", "add content/nordviertel/deutschkurs/en.md");
    has("fr.mp3", "`fr` is not a site language");
    has("AR.mp3", "did you mean `ar.mp3`?");
    assert!(!f.iter().any(|m| m.contains("lied.mp3")), "{f:#?}");
    build_fast(site.root(), &site.out());
    let media = site.out().join("media/nordviertel/deutschkurs");
    assert!(media.join("lied.mp3").is_file(), "other audio stays media");
    for name in ["en.mp3", "fr.mp3", "AR.mp3"] {
        assert!(!media.join(name).exists(), "{name} is published");
    }
    assert!(!site
        .read_out("en/nordviertel/deutschkurs/index.html")
        .contains("<audio"));
}

/// Chromium: the player in LTR and RTL (axe), and the read-aloud button
/// with a stubbed `speechSynthesis`.
#[test]
fn read_aloud_speaks_only_with_a_voice_of_the_page_language_in_chromium() {
    if !can_run() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    copy_dir(&Path::new(ROOT).join("tests/fixtures/basic"), &root);
    fs::write(root.join(OFFERING).join("de.mp3"), MP3).unwrap();
    fs::write(
        root.join("content/nordviertel/ar.md"),
        "---\ntitle: الحي الشمالي\nsummary: عروض في الحي.\n---\n",
    )
    .unwrap();
    fs::write(root.join("content/nordviertel/ar.mp3"), MP3).unwrap();
    let out = dir.path().join("public");
    build_fast(&root, &out);
    match std::env::var("QUARTIER_LISTEN_SHOTS") {
        Ok(shots) => node("listen.mjs", &out, &["--shots", &shots]),
        Err(_) => node("listen.mjs", &out, &[]),
    }
}
