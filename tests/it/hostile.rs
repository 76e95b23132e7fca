//! Nothing lost, nothing injected: builds killed mid-way, two builds at once,
//! links out of the tree, script in every text field, awkward and invalid
//! input.

use std::fs;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use crate::common::{all_files, Site};

fn cli_build(root: &Path, out: &Path, today: &str) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_quartier"));
    c.args(["build", "--quiet", "--today", today, "--root"])
        .arg(root)
        .arg("--output")
        .arg(out);
    c
}

/// The fixture with `n` more offerings, so a build takes a while.
fn bigger_site(n: usize) -> Site {
    let site = Site::basic();
    for i in 0..n {
        site.write(
            &format!("content/nordviertel/treff-{i:02}/offering.yaml"),
            "kind: festival\nplace: haus\nschedule:\n  weekly: [ { day: wed, start: \"15:00\" } ]\n",
        )
        .write(
            &format!("content/nordviertel/treff-{i:02}/de.md"),
            &format!("---\ntitle: Treff {i}\nsummary: Offener Treff.\n---\nText {i}.\n"),
        );
    }
    site
}

#[test]
fn a_build_killed_at_any_moment_leaves_the_previous_site_whole() {
    let site = bigger_site(12);
    let out = site.out();
    let st = cli_build(site.root(), &out, "2026-11-26").status().unwrap();
    assert!(st.success());
    let before = all_files(&out);
    // What a complete build on the other day gives, for comparison.
    let other = site.root().join("other");
    assert!(cli_build(site.root(), &other, "2027-03-01")
        .status()
        .unwrap()
        .success());
    let after = all_files(&other);
    assert_ne!(before, after, "the two days must give different sites");
    let start = Instant::now();
    let full = {
        let t = Instant::now();
        cli_build(site.root(), &other, "2027-03-01")
            .status()
            .unwrap();
        t.elapsed()
    };
    for step in 0..10u32 {
        let mut child = cli_build(site.root(), &out, "2027-03-01").spawn().unwrap();
        std::thread::sleep(full * step / 10);
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        let now = all_files(&out);
        assert!(
            now == before || now == after,
            "killed after {step}/10 of a build: the output is neither the old nor the new site"
        );
        if now == after {
            // The swap happened; go back to the old site for the next round.
            assert!(cli_build(site.root(), &out, "2026-11-26")
                .status()
                .unwrap()
                .success());
        }
    }
    assert!(start.elapsed() < Duration::from_secs(600));
    // The next build cleans up what the killed ones left.
    assert!(cli_build(site.root(), &out, "2026-11-26")
        .status()
        .unwrap()
        .success());
    // The old site and the leftovers are deleted in the background, after
    // the build has ended: wait for that (a minute at most).
    let leftovers = || -> Vec<String> {
        fs::read_dir(site.root())
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains(".staging-") || n.contains(".old-"))
            .collect()
    };
    let waiting = Instant::now();
    while !leftovers().is_empty() && waiting.elapsed() < Duration::from_secs(60) {
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(leftovers().is_empty(), "{:?}", leftovers());
}

#[test]
fn a_second_build_of_the_same_output_waits_its_turn_with_a_clear_message() {
    let site = Site::basic();
    site.build_ok();
    let before = all_files(&site.out());
    let lock = fs::File::create(site.root().join(".public.lock")).unwrap();
    lock.lock().unwrap();
    let out = cli_build(site.root(), &site.out(), "2026-11-26")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("another build is writing to"), "{err}");
    assert!(err.contains("wait until it has finished"), "{err}");
    assert_eq!(all_files(&site.out()), before, "the site is untouched");
    lock.unlock().unwrap();
    site.build_ok();
}

#[test]
fn an_output_location_that_is_a_file_gives_a_clear_error() {
    let site = Site::basic();
    fs::write(site.out(), "not a folder").unwrap();
    let out = cli_build(site.root(), &site.out(), "2026-11-26")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("public"), "{err}");
    assert_eq!(fs::read_to_string(site.out()).unwrap(), "not a folder");
}

#[test]
fn symbolic_links_out_of_the_tree_are_refused_naming_the_file() {
    let outside = tempfile::tempdir().unwrap();
    fs::write(outside.path().join("secret.txt"), "geheim").unwrap();
    fs::write(
        outside.path().join("fr.md"),
        "---\ntitle: Secret\nsummary: x\n---\n",
    )
    .unwrap();
    let site = Site::basic();
    let d = site.root().join("content/nordviertel/deutschkurs");
    std::os::unix::fs::symlink(outside.path().join("secret.txt"), d.join("plan.txt")).unwrap();
    std::os::unix::fs::symlink(outside.path().join("fr.md"), d.join("en.md")).unwrap();
    std::os::unix::fs::symlink(outside.path(), site.root().join("content/pages/mehr")).unwrap();
    fs::create_dir_all(site.root().join("static")).unwrap();
    std::os::unix::fs::symlink(
        outside.path().join("secret.txt"),
        site.root().join("static/robots2.txt"),
    )
    .unwrap();
    let mut errs = site.build_err();
    for f in ["plan.txt", "en.md"] {
        fs::remove_file(d.join(f)).unwrap();
    }
    fs::remove_file(site.root().join("content/pages/mehr")).unwrap();
    // Static files are looked at once the content is fine.
    errs.extend(site.build_err());
    for f in [
        "content/nordviertel/deutschkurs/plan.txt",
        "content/nordviertel/deutschkurs/en.md",
        "content/pages/mehr",
        "static/robots2.txt",
    ] {
        assert!(
            errs.iter()
                .any(|e| e.starts_with(f) && e.contains("symbolic link")),
            "{f} not refused: {errs:#?}"
        );
    }
    assert!(!site.out().exists());
}

/// Payloads from the usual XSS cheat sheets; each carries the marker 1337.
const PAYLOADS: &[&str] = &[
    "<script>alert(1337)</script>",
    "<img src=x onerror=alert(1337)>",
    "<svg onload=alert(1337)><script>alert(1337)</script></svg>",
    "\"><script>alert(1337)</script>",
    "'><img src=x onerror=alert(1337)>",
    "<a href=\"javascript:alert(1337)\">x</a>",
    "<a href=\"jAvAsCrIpT&colon;alert(1337)\">x</a>",
    "<iframe src=\"data:text/html,<script>alert(1337)</script>\"></iframe>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1337)>",
    "<details open ontoggle=alert(1337)>",
    "<scr<script>ipt>alert(1337)</script>",
    "</title><script>alert(1337)</script>",
    "{{ 1337 }}{% raw %}",
    "\u{2028}</script><script>alert(1337)//",
];

fn yaml_str(s: &str) -> String {
    serde_json::to_string(s).unwrap()
}

/// Every `<script>` is ours and no element carries an event handler or a
/// script URL.
fn assert_no_script(path: &str, html: &str) {
    let doc = scraper::Html::parse_document(html);
    for el in doc
        .root_element()
        .descendants()
        .filter_map(scraper::ElementRef::wrap)
    {
        let v = el.value();
        let name = v.name();
        assert!(
            !["iframe", "object", "embed", "frame"].contains(&name),
            "{path}: <{name}> in the output"
        );
        if name == "script" {
            let text: String = el.text().collect();
            assert!(
                !text.contains("1337") && v.attr("src").is_none_or(|s| !s.contains("1337")),
                "{path}: injected script: {text}"
            );
        }
        for (attr, value) in v.attrs() {
            assert!(
                !attr.to_ascii_lowercase().starts_with("on"),
                "{path}: event handler {attr}={value} on <{name}>"
            );
            let squeezed: String = value
                .chars()
                .filter(|c| !c.is_whitespace() && !c.is_control())
                .collect::<String>()
                .to_ascii_lowercase();
            assert!(
                !squeezed.starts_with("javascript:") && !squeezed.starts_with("data:text/html"),
                "{path}: script URL {attr}={value} on <{name}>"
            );
        }
    }
}

#[test]
fn script_in_every_text_field_never_runs() {
    let site = Site::basic();
    let p = |i: usize| PAYLOADS[i % PAYLOADS.len()];
    let all = PAYLOADS.join(" ");
    site.write(
        "content/places.yaml",
        &format!(
            "haus:\n  name: {}\n  address: {}\nschule:\n  name: {}\n  address: {}\n",
            yaml_str(p(0)),
            yaml_str(p(1)),
            yaml_str(p(2)),
            yaml_str(p(3))
        ),
    );
    site.write(
        "content/nordviertel/district.yaml",
        &format!(
            "name: {}\ncontact:\n  name: {}\n  phone: {}\n  email: {}\n  place: haus\n",
            yaml_str(&format!("Nord {}", p(4))),
            yaml_str(p(5)),
            yaml_str(p(6)),
            // An e-mail must look like one (a payload alone is an error);
            // this one does, with markup in its name part.
            yaml_str(
                &format!("x\"onmouseover=alert(1337)\"{}@example.org", p(7))
                    .replace(char::is_whitespace, "")
            )
        ),
    );
    for (i, file) in [
        "content/nordviertel/deutschkurs/de.md",
        "content/nordviertel/deutschkurs/ar.md",
        "content/nordviertel/fest/de.md",
        "content/nordviertel/de.md",
        "content/pages/impressum/de.md",
        "content/de.md",
    ]
    .iter()
    .enumerate()
    {
        site.write(
            file,
            &format!(
                "---\ntitle: {}\nsummary: {}\n---\n{all}\n\n[Link](javascript:alert(1337)) <a href=\"javascript:alert(1337)\">a</a>\n\n![x](x.png \"\\\" onerror=alert(1337) \\\"\")\n\n<a href=\"java\tscript:alert(1337)\">b</a>\n",
                yaml_str(&format!("Titel {}", p(i + 8))),
                yaml_str(&format!("Summe {}", p(i + 9))),
            ),
        );
    }
    // Markdown links with script URLs are errors naming file and line.
    let errs = site.build_err();
    assert!(
        errs.iter().any(|e| e.starts_with("content/de.md:7:1")
            && e.contains("`javascript:`, which the site does not allow")),
        "{errs:#?}"
    );
    // Without them, the raw HTML and the fields build, and nothing runs.
    for f in walkdir::WalkDir::new(site.root().join("content")) {
        let f = f.unwrap();
        if f.path().extension().is_some_and(|e| e == "md") {
            let text = fs::read_to_string(f.path()).unwrap();
            let kept: Vec<&str> = text
                .lines()
                .filter(|l| !l.starts_with("[Link]") && !l.starts_with("![x]"))
                .collect();
            fs::write(f.path(), kept.join("\n")).unwrap();
        }
    }
    site.build_ok();
    let out = site.out();
    let mut pages = 0;
    for (rel, bytes) in all_files(&out) {
        let text = String::from_utf8_lossy(&bytes);
        if rel.ends_with(".html") {
            pages += 1;
            assert_no_script(&rel, &text);
        }
        if rel.ends_with(".ics") {
            // iCalendar text: every line is a property; a payload can never
            // start one of its own.
            for line in text.split("\r\n") {
                assert!(!line.starts_with("<script"), "{rel}: {line}");
            }
        }
        if rel.ends_with(".xml") {
            assert!(
                !text.contains("<script>alert"),
                "{rel}: raw markup in the feed"
            );
        }
    }
    assert!(pages > 10);
}

#[test]
fn awkward_but_valid_input_builds() {
    let site = Site::basic();
    let long_title = "Ä".repeat(10_000);
    // BOM and CRLF line endings, tabs in the body.
    site.write(
        "content/nordviertel/deutschkurs/de.md",
        "\u{feff}---\r\ntitle: Mama lernt Deutsch\r\nsummary: Mit\tTab.\r\n---\r\n\tEingerückt\r\n\r\nText 🙂 mit Emoji und العربية mitten im Satz.\r\n",
    );
    // An empty body and a 10,000-character title.
    site.write(
        "content/nordviertel/fest/de.md",
        &format!("---\ntitle: \"{long_title}\"\nsummary: Kurz.\n---\n"),
    );
    // A 5 MB text.
    let big = "Ein Absatz über den Stadtteil mit vielen Wörtern. "
        .repeat(50)
        .to_string()
        + "\n\n";
    site.write(
        "content/pages/impressum/de.md",
        &format!(
            "---\ntitle: Impressum\nsummary: Wer wir sind.\n---\n{}",
            big.repeat(5 * 1024 * 1024 / big.len() + 1)
        ),
    );
    // Mixed-direction text in Arabic with Latin words and numbers.
    site.write(
        "content/nordviertel/deutschkurs/ar.md",
        "---\ntitle: ماما تتعلم الألمانية (Mama lernt Deutsch) 2026\nsummary: دورة للأمهات، Kurs für Mütter.\n---\nنص.\n",
    );
    site.build_ok();
    let page = site.read_out("de/nordviertel/deutschkurs/index.html");
    assert!(page.contains("Text 🙂 mit Emoji"), "BOM/CRLF text shown");
    assert!(page.contains("Mit\tTab."));
    assert!(site
        .read_out("de/nordviertel/fest/index.html")
        .contains(&long_title));
    assert!(
        fs::metadata(site.out().join("de/impressum/index.html"))
            .unwrap()
            .len()
            > 5_000_000
    );
    let ar = site.read_out("ar/nordviertel/deutschkurs/index.html");
    assert!(ar.contains("ماما تتعلم الألمانية (Mama lernt Deutsch) 2026"));
}

#[test]
fn control_characters_in_texts_never_make_a_feed_invalid() {
    // Found by the `render` fuzz target: U+0014 in a title broke atom.xml.
    let site = Site::basic();
    site.write(
        "content/nordviertel/fest/de.md",
        "---\ntitle: \"Fest\\x14 im Hof\"\nsummary: \"Zwei\\nZeilen\"\n---\nText mit \u{b} und \u{7}.\n",
    );
    site.build_ok();
    for (path, bytes) in all_files(&site.out()) {
        if path.ends_with(".xml") {
            let text = String::from_utf8(bytes).unwrap();
            if let Err(e) = roxmltree::Document::parse(&text) {
                panic!("{path}: {e}");
            }
        }
    }
    let page = site.read_out("de/nordviertel/fest/index.html");
    assert!(
        page.contains("Fest im Hof") && page.contains("Zwei Zeilen"),
        "controls removed, line breaks as spaces"
    );
}

#[test]
fn decomposed_and_composed_names_are_one_id() {
    // "café" as NFD (e + combining acute) is not a valid id; the fix names
    // the same slug as for the NFC spelling.
    let site = Site::basic();
    let nfd = "cafe\u{301}";
    site.write(
        &format!("content/nordviertel/{nfd}/offering.yaml"),
        "kind: festival\nplace: haus\nschedule: { date: 2027-05-01 }\n",
    )
    .write(
        &format!("content/nordviertel/{nfd}/de.md"),
        "---\ntitle: Café\nsummary: Treff.\n---\n",
    );
    let errs = site.build_err();
    assert!(
        errs.iter()
            .any(|e| e.contains("rename the folder to `cafe`")),
        "{errs:#?}"
    );
}

#[test]
fn invalid_input_fails_cleanly_and_quickly() {
    let cases: &[(&str, &[u8], &str)] = &[
        (
            "content/nordviertel/fest/offering.yaml",
            b"a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\ng: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]\nh: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]\ni: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]\nkind: festival\n",
            "content/nordviertel/fest/offering.yaml",
        ),
        (
            "content/nordviertel/fest/offering.yaml",
            &[b'['; 100_000],
            "content/nordviertel/fest/offering.yaml",
        ),
        (
            "content/places.yaml",
            b"haus:\n  name: &n [*n]\n",
            "content/places.yaml",
        ),
        (
            "content/nordviertel/fest/de.md",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
            "content/nordviertel/fest/de.md",
        ),
        (
            "content/nordviertel/fest/de.md",
            b"---\ntitle: &a [*a]\nsummary: x\n---\n",
            "content/nordviertel/fest/de.md",
        ),
    ];
    for (file, bytes, named) in cases {
        let site = Site::basic();
        site.build_ok();
        let before = all_files(&site.out());
        fs::write(site.root().join(file), bytes).unwrap();
        let start = Instant::now();
        let out = cli_build(site.root(), &site.out(), "2026-11-26")
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{file}: {err}");
        assert!(err.contains(named), "{file}: {err}");
        assert!(!err.contains("panicked"), "{file}: {err}");
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "{file}: took {:?}",
            start.elapsed()
        );
        assert_eq!(all_files(&site.out()), before, "{file}: output touched");
    }
}

#[test]
fn an_output_location_that_cannot_be_written_gives_a_clear_error() {
    // Tests run as root here, so permissions do not stop a write; /sys is a
    // place even root cannot create files in.
    let site = Site::basic();
    let out = cli_build(
        site.root(),
        Path::new("/sys/quartier-test/public"),
        "2026-11-26",
    )
    .output()
    .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("cannot create /sys/quartier-test"), "{err}");
    assert!(err.contains("--output"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn files_that_vanish_during_builds_give_errors_naming_them_never_a_panic() {
    let site = bigger_site(12);
    let file = site.root().join("content/nordviertel/treff-05/de.md");
    let text = fs::read_to_string(&file).unwrap();
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let churn = {
        let (file, text, stop) = (file.clone(), text.clone(), stop.clone());
        std::thread::spawn(move || {
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                let _ = fs::remove_file(&file);
                std::thread::sleep(Duration::from_micros(300));
                let _ = fs::write(&file, &text);
                std::thread::sleep(Duration::from_micros(300));
            }
        })
    };
    let mut failed = 0;
    for _ in 0..15 {
        let out = cli_build(site.root(), &site.out(), "2026-11-26")
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.contains("panicked"), "{err}");
        match out.status.code() {
            Some(0) => {}
            Some(1) => {
                failed += 1;
                assert!(err.contains("treff-05"), "the error names the file: {err}");
            }
            other => panic!("exit {other:?}: {err}"),
        }
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    churn.join().unwrap();
    fs::write(&file, &text).unwrap();
    site.build_ok();
    eprintln!("{failed} of 15 builds met the file missing");
}

#[test]
fn folders_renamed_during_builds_give_the_old_or_the_new_site_never_a_mixture() {
    let site = bigger_site(12);
    // A picture beside the text: media files are copied at the render stage,
    // after the content was read.
    site.write(
        "content/nordviertel/treff-05/foto.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    )
    .write(
        "content/nordviertel/treff-05/de.md",
        "---\ntitle: Treff 5\nsummary: Offener Treff.\n---\n![Foto](foto.svg)\n",
    );
    site.build_ok();
    let district = site.root().join("content/nordviertel");
    let (a, b) = (district.join("treff-05"), district.join("treff-05-neu"));
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let churn = {
        let (a, b, stop) = (a.clone(), b.clone(), stop.clone());
        std::thread::spawn(move || {
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                let _ = fs::rename(&a, &b);
                std::thread::sleep(Duration::from_micros(700));
                let _ = fs::rename(&b, &a);
                std::thread::sleep(Duration::from_micros(700));
            }
        })
    };
    let out = site.out();
    let (mut ok, mut failed) = (0, 0);
    for _ in 0..15 {
        let before = all_files(&out);
        let run = cli_build(site.root(), &out, "2026-11-26")
            .arg("--no-flyers")
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&run.stderr);
        assert!(!err.contains("panicked"), "{err}");
        match run.status.code() {
            Some(0) => {
                ok += 1;
                // Exactly one of the two names, and every page agrees on it.
                let files = all_files(&out);
                let has = |id: &str| {
                    files
                        .iter()
                        .any(|(p, _)| p.starts_with(&format!("de/nordviertel/{id}/")))
                };
                assert!(
                    has("treff-05") != has("treff-05-neu"),
                    "both or neither name published"
                );
                let id = if has("treff-05") {
                    "treff-05"
                } else {
                    "treff-05-neu"
                };
                assert!(
                    files
                        .iter()
                        .any(|(p, _)| *p == format!("media/nordviertel/{id}/foto.svg")),
                    "the picture is published with its offering"
                );
                let list = site.read_out("de/nordviertel/index.html");
                let other = if id == "treff-05" {
                    "treff-05-neu/"
                } else {
                    "treff-05/\""
                };
                assert!(
                    !list.contains(other),
                    "the district page links the other name"
                );
            }
            Some(1) => {
                failed += 1;
                assert!(
                    err.contains("treff-05"),
                    "the error names the folder: {err}"
                );
                assert_eq!(all_files(&out), before, "a failed build touched the output");
            }
            other => panic!("exit {other:?}: {err}"),
        }
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    churn.join().unwrap();
    if b.exists() {
        fs::rename(&b, &a).unwrap();
    }
    eprintln!("{ok} builds whole, {failed} met the folder moving");
}

#[test]
fn a_build_onto_a_full_disk_fails_naming_the_file_and_keeps_the_old_site() {
    let site = Site::basic();
    let mnt = site.root().join("small-disk");
    fs::create_dir_all(&mnt).unwrap();
    // A 2 MB file system of its own; mounting needs root (CI here runs as root).
    let mounted = Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=2m", "tmpfs"])
        .arg(&mnt)
        .status()
        .is_ok_and(|s| s.success());
    if !mounted {
        eprintln!(
            "note: cannot mount a small tmpfs here (not root?); the full-disk test is skipped"
        );
        return;
    }
    struct Unmount<'a>(&'a Path);
    impl Drop for Unmount<'_> {
        fn drop(&mut self) {
            let _ = Command::new("umount").arg(self.0).status();
        }
    }
    let _unmount = Unmount(&mnt);
    let out = mnt.join("public");
    let first = cli_build(site.root(), &out, "2026-11-26")
        .arg("--no-flyers")
        .output()
        .unwrap();
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let before = all_files(&out);
    // A static file the disk has no room for beside the old site.
    let noise: Vec<u8> = (0..1_400_000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    fs::create_dir_all(site.root().join("static")).unwrap();
    fs::write(site.root().join("static/film.bin"), noise).unwrap();
    let run = cli_build(site.root(), &out, "2027-03-01")
        .arg("--no-flyers")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(err.contains("the disk is full at"), "{err}");
    assert!(err.contains("cannot write"), "names the file: {err}");
    assert_eq!(
        err.matches("the disk is full").count(),
        1,
        "one error, not one per file: {err}"
    );
    assert_eq!(all_files(&out), before, "the old site is whole");
    // Nothing is left behind to fill the disk further.
    let left: Vec<String> = fs::read_dir(&mnt)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".staging-"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}
