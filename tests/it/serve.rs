//! `quartier serve` on a free loopback port: a page is fetched, a content
//! file is edited and the change is seen, then a broken file shows its error
//! over the last good page.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::{copy_dir, FIXTURE};

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

#[test]
fn serves_follows_edits_and_shows_errors() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(Path::new(FIXTURE), dir.path());
    let mut child = Command::new(env!("CARGO_BIN_EXE_quartier"))
        .args(["serve", "--port", "0", "--today", "2026-11-26", "--root"])
        .arg(dir.path())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let _server = Server(child);
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

    let de = dir.path().join("content/nordviertel/fest/de.md");
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
        dir.path().join("content/nordviertel/fest/offering.yaml"),
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
