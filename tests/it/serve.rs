//! `quartier serve` on a free loopback port: a page is fetched, a content
//! file is edited and the change is seen, then a broken file shows its error
//! over the last good page.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::Site;

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn get(addr: &str, path: &str) -> String {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    String::from_utf8_lossy(&out).into_owned()
}

/// Polls `path` until `pred` holds (bounded: this checks behaviour, not speed).
fn wait_for(addr: &str, path: &str, pred: impl Fn(&str) -> bool) -> String {
    let start = Instant::now();
    loop {
        let body = get(addr, path);
        if pred(&body) {
            return body;
        }
        assert!(
            start.elapsed() < Duration::from_secs(90),
            "gave up waiting; last response:\n{body}"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// Starts `quartier serve` on the site in `dir`: the server, its address
/// and what it prints after "serving on".
fn start(dir: &Path) -> (Server, String, std::sync::mpsc::Receiver<String>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_quartier"))
        .args(["serve", "--port", "0", "--today", "2026-11-26", "--root"])
        .arg(dir)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let server = Server(child);
    let mut lines = BufReader::new(stderr).lines();
    let addr = loop {
        let line = lines.next().expect("serve exited").unwrap();
        if let Some(rest) = line.strip_prefix("serving on http://") {
            break rest.split('/').next().unwrap().to_string();
        }
    };
    // The rest of what serve prints, line by line, for the checks below.
    let (tx, log) = std::sync::mpsc::channel::<String>();
    std::thread::spawn(move || {
        for line in lines.map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    (server, addr, log)
}

#[test]
fn serves_follows_edits_and_shows_errors() {
    let site = Site::basic();
    let (_server, addr, log) = start(site.root());

    let page = get(&addr, "/de/nordviertel/fest/");
    assert!(page.starts_with("HTTP/1.1 200"), "{page}");
    assert!(page.contains("<h1>Stadtteilfest</h1>"));
    assert!(
        page.contains("/__quartier/state"),
        "live-reload script injected"
    );
    assert!(get(&addr, "/nope/").starts_with("HTTP/1.1 404"));
    let moved = get(&addr, "/de/nordviertel");
    assert!(moved.starts_with("HTTP/1.1 301"), "{moved}");
    assert!(moved.contains("Location: /de/nordviertel/"), "{moved}");
    let flyer = get(&addr, "/flyers/nordviertel/de.pdf");
    assert!(flyer.contains("application/pdf") && flyer.contains("%PDF-"));
    assert!(get(&addr, "/style.css").contains("text/css"));
    while log.try_recv().is_ok() {}

    let de = site.root().join("content/nordviertel/fest/de.md");
    std::fs::write(
        &de,
        std::fs::read_to_string(&de)
            .unwrap()
            .replace("title: Stadtteilfest", "title: Großes Stadtteilfest"),
    )
    .unwrap();
    wait_for(&addr, "/de/nordviertel/fest/", |b| {
        b.contains("<h1>Großes Stadtteilfest</h1>")
    });
    // Only the edited text was read again; the others came from the cache.
    let reload = log
        .recv_timeout(Duration::from_secs(30))
        .expect("serve reports the reload");
    assert!(reload.contains("(1 text read"), "{reload}");

    std::fs::write(
        site.root().join("content/nordviertel/fest/offering.yaml"),
        "kind: festival\nplace: haus\nschedule: { date: 2027-02-30 }\n",
    )
    .unwrap();
    let page = wait_for(&addr, "/de/nordviertel/fest/", |b| {
        b.contains("quartier-errors")
    });
    assert!(page.contains("2027-02-30 does not exist"), "{page}");
    assert!(
        page.contains("<h1>Großes Stadtteilfest</h1>"),
        "the last good page stays"
    );
    let state = get(&addr, "/__quartier/state");
    assert!(state.contains("offering.yaml:3:19"), "{state}");
}

fn version(state: &str) -> u64 {
    let body = state.split("\r\n\r\n").nth(1).unwrap_or_default();
    let v: serde_json::Value =
        serde_json::from_str(body).unwrap_or_else(|e| panic!("{e}: {state}"));
    v["version"].as_u64().unwrap()
}

#[test]
fn a_page_asking_for_the_next_version_is_answered_when_it_exists() {
    let site = Site::basic();
    let (_server, addr, _log) = start(site.root());
    let now = version(&get(&addr, "/__quartier/state"));
    // The page's script asks for a version after its own ...
    let ask = || {
        let addr = addr.clone();
        std::thread::spawn(move || get(&addr, &format!("/__quartier/state?since={now}")))
    };
    let waiting: Vec<_> = (0..3).map(|_| ask()).collect();
    std::thread::sleep(Duration::from_millis(500));
    assert!(
        waiting.iter().all(|w| !w.is_finished()),
        "no new version yet: the answers wait"
    );
    // A fourth page is answered at once (a browser has six connections to
    // a host; the waiting pages must leave it some).
    let fourth = get(&addr, &format!("/__quartier/state?since={now}"));
    assert!(fourth.contains("\"waited\":false"), "{fourth}");
    assert_eq!(version(&fourth), now);
    // ... and hears of the edit without asking again.
    let de = site.root().join("content/nordviertel/fest/de.md");
    let text = std::fs::read_to_string(&de).unwrap();
    std::fs::write(&de, text.replace("Stadtteilfest", "Sommerfest")).unwrap();
    let answers: Vec<String> = waiting.into_iter().map(|w| w.join().unwrap()).collect();
    let answer = answers[0].clone();
    for a in &answers {
        assert!(version(a) > now, "{a}");
        assert!(a.contains("\"waited\":true"), "{a}");
    }
    assert!(get(&addr, "/de/nordviertel/fest/").contains("Sommerfest"));
    // An older version is answered at once.
    assert_eq!(
        version(&get(&addr, "/__quartier/state?since=0")),
        version(&answer)
    );
    let page = get(&addr, "/de/");
    assert!(
        page.contains("/__quartier/state?since="),
        "the script waits, it does not poll"
    );
}

/// The preview's cache, told which files changed, looks at those only.
#[test]
fn a_reload_told_what_changed_reads_that_and_trusts_the_rest() {
    use quartier::load::{load_cached, TextCache};
    let site = Site::basic();
    let root = std::fs::canonicalize(site.root()).unwrap();
    let clock = crate::common::clock();
    let cache = TextCache::default();
    let title = |site: &quartier::model::Site, id: &str| -> String {
        let o = site
            .districts
            .iter()
            .flat_map(|d| &d.offerings)
            .find(|o| o.id == id)
            .unwrap_or_else(|| panic!("no offering {id}"));
        o.texts.by_lang[0].as_ref().unwrap().title.clone()
    };
    let site = load_cached(&root, &clock, Some(&cache)).0.unwrap();
    assert_eq!(title(&site, "fest"), "Stadtteilfest");
    assert!(cache.take_reads() > 1, "the first load reads every text");

    let edit = |rel: &str, from: &str, to: &str| {
        let p = root.join(rel);
        let text = std::fs::read_to_string(&p).unwrap();
        assert!(text.contains(from), "{rel}");
        std::fs::write(&p, text.replace(from, to)).unwrap();
        p
    };
    // The changed file is read again.
    let fest = edit(
        "content/nordviertel/fest/de.md",
        "Stadtteilfest",
        "Sommerfest",
    );
    cache.trust_except([fest.clone()]);
    let site = load_cached(&root, &clock, Some(&cache)).0.unwrap();
    assert_eq!(title(&site, "fest"), "Sommerfest");
    assert_eq!(cache.take_reads(), 1, "only the changed text was read");

    // A file not named is trusted to be as it was (that is the contract:
    // the watcher names every change) ...
    edit("content/nordviertel/fest/de.md", "Sommerfest", "Herbstfest");
    cache.trust_except([]);
    let site = load_cached(&root, &clock, Some(&cache)).0.unwrap();
    assert_eq!(title(&site, "fest"), "Sommerfest");
    // ... and without being told, every file is looked at.
    let site = load_cached(&root, &clock, Some(&cache)).0.unwrap();
    assert_eq!(title(&site, "fest"), "Herbstfest");

    // A folder renamed is named by its old and new paths. The texts that
    // link to it changed nothing, yet their links are checked again (the
    // link targets are part of what a kept text was loaded under).
    let d = root.join("content/nordviertel");
    std::fs::rename(d.join("fest"), d.join("sommerfest")).unwrap();
    cache.trust_except([d.join("fest"), d.join("sommerfest")]);
    let (site, diags) = load_cached(&root, &clock, Some(&cache));
    assert!(site.is_none());
    assert!(
        diags
            .iter()
            .any(|d| d.is_error() && d.to_string().contains("deutschkurs/de.md")),
        "{diags:?}"
    );
    std::fs::rename(d.join("sommerfest"), d.join("fest")).unwrap();
    cache.trust_except([d.join("fest"), d.join("sommerfest")]);
    let site = load_cached(&root, &clock, Some(&cache)).0.unwrap();
    assert_eq!(title(&site, "fest"), "Herbstfest");

    // A new text in a folder: named by the watcher, found by the walk.
    let en = d.join("fest/en.md");
    let had_en = en.exists();
    std::fs::write(
        &en,
        "---\ntitle: Summer party\nsummary: Music and food.\n---\n",
    )
    .unwrap();
    cache.trust_except([en.clone()]);
    let site = load_cached(&root, &clock, Some(&cache)).0.unwrap();
    let o = site
        .districts
        .iter()
        .flat_map(|d| &d.offerings)
        .find(|o| o.id == "fest")
        .unwrap();
    let en_index = site.config.lang_index("en").unwrap();
    assert_eq!(
        o.texts.by_lang[en_index].as_ref().unwrap().title,
        "Summer party",
        "had en before: {had_en}"
    );

    // A bad value in offering.yaml is reported even when trusted.
    let yaml = d.join("fest/offering.yaml");
    let text = std::fs::read_to_string(&yaml).unwrap();
    std::fs::write(&yaml, format!("{text}childcare: vielleicht\n")).unwrap();
    cache.trust_except([yaml]);
    let (site, diags) = load_cached(&root, &clock, Some(&cache));
    assert!(site.is_none(), "{diags:?}");
}
