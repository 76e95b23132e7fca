//! `quartier edit` over HTTP on a free loopback port, as a browser without
//! JavaScript uses it: forms are read from the page and posted back
//! (`Form`), with the session token and the browser's `Origin`. The files
//! are then compared line by line, `quartier check` is run, and the
//! security rules are probed with crafted requests.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use crate::common::{quartier, Site};

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts `quartier edit` (or `serve`) on the site; returns the address.
fn start(cmd: &str, dir: &Path) -> (Server, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_quartier"))
        .args([cmd, "--port", "0", "--today", "2026-11-26", "--root"])
        .arg(dir)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let server = Server(child);
    let mut lines = BufReader::new(stderr).lines();
    let addr = loop {
        let line = lines.next().expect("the server exited").unwrap();
        let rest = line
            .strip_prefix("the workbench is on http://")
            .or_else(|| line.strip_prefix("serving on http://"));
        if let Some(rest) = rest {
            break rest.split('/').next().unwrap().to_string();
        }
    };
    std::thread::spawn(move || for _ in lines.map_while(Result::ok) {});
    (server, addr)
}

/// An answer: status, head and body.
struct Answer {
    status: u16,
    head: String,
    body: String,
}

fn raw(addr: &str, request: &[u8]) -> Answer {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
    s.write_all(request).unwrap();
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    let text = String::from_utf8_lossy(&out).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    Answer {
        status,
        head: head.to_string(),
        body: body.to_string(),
    }
}

fn get(addr: &str, path: &str) -> Answer {
    raw(
        addr,
        format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").as_bytes(),
    )
}

fn encode(fields: &[(String, String)]) -> String {
    let mut s = form_urlencoded::Serializer::new(String::new());
    for (k, v) in fields {
        s.append_pair(k, v);
    }
    s.finish()
}

fn post_with(addr: &str, path: &str, body: &str, extra: &str) -> Answer {
    raw(
        addr,
        format!(
            "POST {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n{extra}\r\n{body}",
            body.len()
        )
        .as_bytes(),
    )
}

fn post(addr: &str, path: &str, fields: &[(String, String)]) -> Answer {
    post_with(
        addr,
        path,
        &encode(fields),
        &format!("Origin: http://{addr}\r\n"),
    )
}

fn unescape(s: &str) -> String {
    s.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let key = format!(" {name}=\"");
    let i = tag.find(&key)? + key.len();
    let end = tag[i..].find('"')? + i;
    Some(unescape(&tag[i..end]))
}

/// The fields a browser would send for the `n`-th post form of a page,
/// unchanged: text inputs, ticked boxes, selected options, text areas.
fn form(page: &str, n: usize) -> Vec<(String, String)> {
    let start = page
        .match_indices("<form method=\"post\"")
        .nth(n)
        .expect("the page has the form")
        .0;
    let end = page[start..].find("</form>").unwrap() + start;
    let html = &page[start..end];
    let mut fields = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        rest = &rest[i..];
        let close = rest.find('>').unwrap();
        let tag = &rest[..=close];
        if tag.starts_with("<input") {
            let kind = attr(tag, "type").unwrap_or_default();
            if let Some(name) = attr(tag, "name") {
                let checked = tag.contains(" checked");
                if !(kind == "checkbox" || kind == "radio") || checked {
                    fields.push((name, attr(tag, "value").unwrap_or_default()));
                }
            }
        } else if tag.starts_with("<select") {
            let name = attr(tag, "name").unwrap();
            let end = rest.find("</select>").unwrap();
            let body = &rest[..end];
            let mut value = None;
            for opt in body.split("<option").skip(1) {
                let tag = &opt[..opt.find('>').unwrap()];
                let v = attr(&format!(" {tag}"), "value").unwrap_or_default();
                if value.is_none() || tag.contains(" selected") {
                    value = Some(v);
                }
            }
            fields.push((name, value.unwrap_or_default()));
        } else if tag.starts_with("<textarea") {
            let name = attr(tag, "name").unwrap();
            let end = rest.find("</textarea>").unwrap();
            fields.push((name, unescape(&rest[close + 1..end])));
        }
        rest = &rest[1..];
    }
    fields
}

fn set(fields: &mut Vec<(String, String)>, name: &str, value: &str) {
    fields.retain(|(k, _)| k != name);
    fields.push((name.to_string(), value.to_string()));
}

fn changed_lines(a: &str, b: &str) -> Vec<(String, String)> {
    let (a, b): (Vec<&str>, Vec<&str>) = (a.lines().collect(), b.lines().collect());
    assert_eq!(
        a.len(),
        b.len(),
        "the number of lines changed:\n{}\n---\n{}",
        a.join("\n"),
        b.join("\n")
    );
    a.iter()
        .zip(&b)
        .filter(|(x, y)| x != y)
        .map(|(x, y)| (x.to_string(), y.to_string()))
        .collect()
}

const OFFERING: &str = "content/nordviertel/deutschkurs/offering.yaml";

/// The fixture's offering with comments and the editor's own layout.
const COMMENTED: &str = "# Deutschkurs für Mütter – Frau Yilmaz fragen, bevor sich etwas ändert\nkind: language-course   # Deutschkurs\nplace: schule\norganisation: ikb\naudience: [women, parents]\nspoken_languages: [de, tr, ar]\nchildcare: true   # zwei Betreuerinnen\ncost: free\nregistration: required\nschedule:\n  weekly:\n    - { day: tue, start: \"09:00\", end: \"11:00\" }\n    - { day: thu, start: \"09:00\", end: \"11:00\" }\n  from: 2026-09-01\n  until: 2027-06-30\n  # Ferien\n  except: [2026-12-22]\n";

#[test]
fn one_changed_value_is_one_changed_line_and_comments_stay() {
    let site = Site::basic();
    site.write(OFFERING, COMMENTED);
    let (_s, addr) = start("edit", site.root());
    let page = get(&addr, "/__edit/offering/nordviertel/deutschkurs").body;
    assert!(page.contains("Grundschule Nord"), "{page}");
    let fields = form(&page, 0);
    // The unchanged form changes nothing.
    let a = post(&addr, "/__edit/offering/nordviertel/deutschkurs", &fields);
    assert_eq!(a.status, 303, "{}", a.body);
    assert_eq!(
        std::fs::read_to_string(site.root().join(OFFERING)).unwrap(),
        COMMENTED
    );
    // One value: one line.
    let mut fields = fields;
    set(&mut fields, "childcare", "false");
    let a = post(&addr, "/__edit/offering/nordviertel/deutschkurs", &fields);
    assert_eq!(a.status, 303, "{}", a.body);
    let after = std::fs::read_to_string(site.root().join(OFFERING)).unwrap();
    let diff = changed_lines(COMMENTED, &after);
    assert_eq!(diff.len(), 1, "{diff:?}");
    assert!(diff[0].1.starts_with("childcare: false"), "{diff:?}");
    assert!(after.contains("# zwei Betreuerinnen") && after.contains("# Ferien"));
    // A summary with a colon is quoted, and reads back as written.
    let text = get(&addr, "/__edit/text/offering/nordviertel/deutschkurs/de").body;
    let mut fields = form(&text, 0);
    set(
        &mut fields,
        "summary",
        "Drei Abende für Eltern: Einschulung, Schule, Hort",
    );
    let a = post(
        &addr,
        "/__edit/text/offering/nordviertel/deutschkurs/de",
        &fields,
    );
    assert_eq!(a.status, 303, "{}", a.body);
    let out = quartier(site.root(), &["check"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let md =
        std::fs::read_to_string(site.root().join("content/nordviertel/deutschkurs/de.md")).unwrap();
    assert!(
        md.contains("summary: 'Drei Abende für Eltern: Einschulung, Schule, Hort'")
            || md.contains("summary: \"Drei Abende für Eltern: Einschulung, Schule, Hort\""),
        "{md}"
    );
}

#[test]
fn a_bad_time_is_shown_at_its_field_and_nothing_is_written() {
    let site = Site::basic();
    let (_s, addr) = start("edit", site.root());
    let before = std::fs::read_to_string(site.root().join(OFFERING)).unwrap();
    let page = get(&addr, "/__edit/offering/nordviertel/deutschkurs").body;
    let mut fields = form(&page, 0);
    let start_field = fields
        .iter()
        .find(|(k, v)| k.starts_with("schedule.weekly") && k.ends_with("start") && v == "09:00")
        .map(|(k, _)| k.clone())
        .expect("a start time field");
    set(&mut fields, &start_field, "25:00");
    // Posted from the page the last save led to (`?saved=1`): the page
    // says "not saved", and only that.
    let a = post(
        &addr,
        "/__edit/offering/nordviertel/deutschkurs?saved=1",
        &fields,
    );
    assert_eq!(a.status, 422, "{}", a.body);
    assert!(
        a.body.contains("Nicht gespeichert") && !a.body.contains("Gespeichert."),
        "{}",
        a.body
    );
    assert_eq!(
        std::fs::read_to_string(site.root().join(OFFERING)).unwrap(),
        before
    );
    // The message is the loader's, next to the field, which is marked.
    let input = a
        .body
        .split('<')
        .find(|t| t.starts_with("input") && t.contains(&format!("name=\"{start_field}\"")))
        .expect("the field is shown again");
    assert!(input.contains("value=\"25:00\""), "{input}");
    assert!(input.contains("aria-invalid=\"true\""), "{input}");
    let described = attr(input, "aria-describedby").unwrap();
    let err_id = described
        .split(' ')
        .find(|i| i.ends_with("err") || i.contains("err"))
        .unwrap();
    let at = a
        .body
        .find(&format!("id=\"{err_id}\""))
        .expect("the error element");
    assert!(
        a.body[at..at + 400].contains("25:00"),
        "{}",
        &a.body[at..at + 400]
    );
}

#[test]
fn a_new_offering_and_its_arabic_text_pass_check_and_build() {
    let site = Site::basic();
    let (_s, addr) = start("edit", site.root());
    let page = get(&addr, "/__edit/new?district=nordviertel").body;
    let mut fields = form(&page, 0);
    set(&mut fields, "district", "nordviertel");
    set(&mut fields, "title", "Elterncafé: Schule");
    set(
        &mut fields,
        "summary",
        "Eltern treffen sich: Fragen zur Schule.",
    );
    set(&mut fields, "kind", "language-course");
    set(&mut fields, "place", "haus");
    // Without a time the schedule is incomplete, and nothing is made.
    let a = post(&addr, "/__edit/new", &fields);
    assert_eq!(a.status, 422);
    assert!(!site
        .root()
        .join("content/nordviertel/elterncafe-schule")
        .exists());
    set(&mut fields, "schedule.form", "weekly");
    set(&mut fields, "schedule.weekly.0.day", "wed");
    set(&mut fields, "schedule.weekly.0.start", "15:00");
    set(&mut fields, "schedule.weekly.0.end", "16:30");
    let a = post(&addr, "/__edit/new", &fields);
    assert_eq!(a.status, 303, "{}", a.body);
    let dir = site.root().join("content/nordviertel/elterncafe-schule");
    assert!(dir.join("offering.yaml").is_file() && dir.join("de.md").is_file());
    let page = get(
        &addr,
        "/__edit/text/offering/nordviertel/elterncafe-schule/ar",
    )
    .body;
    assert!(
        page.contains("lang=\"ar\" dir=\"rtl\""),
        "the Arabic fields are right to left"
    );
    let mut fields = form(&page, 0);
    set(&mut fields, "title", "مقهى الأهل: المدرسة");
    set(&mut fields, "summary", "يلتقي الأهل: أسئلة عن المدرسة.");
    set(&mut fields, "body", "نلتقي كل أسبوع.");
    let a = post(
        &addr,
        "/__edit/text/offering/nordviertel/elterncafe-schule/ar",
        &fields,
    );
    assert_eq!(a.status, 303, "{}", a.body);
    let ar = std::fs::read_to_string(dir.join("ar.md")).unwrap();
    assert!(ar.contains("translation_of: "), "{ar}");
    let out = quartier(site.root(), &["check"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    site.build_ok();
    assert!(site
        .read_out("de/nordviertel/elterncafe-schule/index.html")
        .contains("Elterncafé: Schule"));
    assert!(site
        .read_out("ar/nordviertel/elterncafe-schule/index.html")
        .contains("مقهى الأهل: المدرسة"));
}

fn git(dir: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn a_stale_translation_shows_what_changed_and_the_button_commits_it() {
    let site = Site::basic();
    let root = site.root();
    git(root, &["init", "-q", "-b", "main"]);
    git(root, &["config", "user.name", "Ayşe Demir"]);
    git(root, &["config", "user.email", "ayse@example.org"]);
    // The Arabic text records the German text it was made from.
    let out = Command::new(env!("CARGO_BIN_EXE_quartier"))
        .args([
            "translations",
            "--mark",
            "content/nordviertel/deutschkurs/ar.md",
            "--root",
        ])
        .arg(root)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    git(root, &["add", "-A"]);
    git(root, &["commit", "-q", "-m", "start"]);
    let (_s, addr) = start("edit", root);
    // The German source changes in the workbench, and is committed there.
    let page = get(&addr, "/__edit/text/offering/nordviertel/deutschkurs/de").body;
    let mut fields = form(&page, 0);
    let summary = fields
        .iter()
        .find(|(k, _)| k == "summary")
        .unwrap()
        .1
        .clone();
    set(
        &mut fields,
        "summary",
        &summary.replace("Vormittag", "Nachmittag"),
    );
    assert_eq!(
        post(
            &addr,
            "/__edit/text/offering/nordviertel/deutschkurs/de",
            &fields
        )
        .status,
        303
    );
    let panel = get(&addr, "/__edit/changes").body;
    assert!(
        panel.contains("Text auf Deutsch geändert") || panel.contains("German text changed"),
        "{panel}"
    );
    let fields = form(&panel, 0);
    let a = post(&addr, "/__edit/changes", &fields);
    assert_eq!(a.status, 303, "{}", a.body);
    let log = git(root, &["log", "--format=%an|%s", "-n", "2"]);
    assert!(log.starts_with("Ayşe Demir|"), "{log}");
    let files = git(root, &["show", "--name-only", "--format=", "HEAD"]);
    assert_eq!(files.trim(), "content/nordviertel/deutschkurs/de.md");
    assert_eq!(git(root, &["status", "--porcelain"]).trim(), "");
    // The translator sees the words that changed.
    let page = get(&addr, "/__edit/text/offering/nordviertel/deutschkurs/ar").body;
    assert!(page.contains("<del>"), "{page}");
    assert!(page.contains("<ins>Nachmittag"), "{page}");
    // Saving the translation marks it up to date.
    let fields = form(&page, 0);
    assert_eq!(
        post(
            &addr,
            "/__edit/text/offering/nordviertel/deutschkurs/ar",
            &fields
        )
        .status,
        303
    );
    let out = Command::new(env!("CARGO_BIN_EXE_quartier"))
        .args(["translations", "--format", "json", "--root"])
        .arg(root)
        .output()
        .unwrap();
    let json = String::from_utf8_lossy(&out.stdout);
    assert!(!json.contains("\"stale\""), "{json}");
}

#[test]
fn a_broken_file_opens_as_text_with_its_error_marked() {
    let site = Site::basic();
    site.write(
        OFFERING,
        "kind: language-course\nplace: schule\nschedule: { by_appointment: true\n",
    );
    let (_s, addr) = start("edit", site.root());
    let a = get(&addr, "/__edit/offering/nordviertel/deutschkurs");
    assert_eq!(a.status, 303);
    assert!(
        a.head
            .contains("Location: /__edit/raw/offering/nordviertel/deutschkurs"),
        "{}",
        a.head
    );
    let page = get(&addr, "/__edit/raw/offering/nordviertel/deutschkurs").body;
    assert!(
        page.contains("class=\"bad\""),
        "the broken line is marked: {page}"
    );
    let mut fields = form(&page, 0);
    set(
        &mut fields,
        "text",
        "kind: language-course\nplace: schule\nschedule: { by_appointment: true }\n",
    );
    let a = post(
        &addr,
        "/__edit/raw/offering/nordviertel/deutschkurs",
        &fields,
    );
    assert_eq!(a.status, 303, "{}", a.body);
    assert!(get(&addr, "/__edit/offering/nordviertel/deutschkurs").status == 200);
}

#[test]
fn requests_from_elsewhere_are_refused() {
    let site = Site::basic();
    let (_s, addr) = start("edit", site.root());
    let port = addr.rsplit(':').next().unwrap();
    let before = std::fs::read_to_string(site.root().join(OFFERING)).unwrap();
    // DNS rebinding: another name for 127.0.0.1.
    for path in ["/__edit/", "/de/", "/__quartier/state"] {
        let a = raw(
            &addr,
            format!(
                "GET {path} HTTP/1.1\r\nHost: evil.example:{port}\r\nConnection: close\r\n\r\n"
            )
            .as_bytes(),
        );
        assert_eq!(a.status, 421, "{path}");
    }
    let a = raw(&addr, b"GET /__edit/ HTTP/1.0\r\n\r\n");
    assert_eq!(a.status, 421, "no Host at all");
    assert_eq!(
        raw(
            &addr,
            format!("GET /__edit/ HTTP/1.1\r\nHost: localhost:{port}\r\nConnection: close\r\n\r\n")
                .as_bytes()
        )
        .status,
        200
    );
    // A form from the workbench, posted by someone else.
    let page = get(&addr, "/__edit/offering/nordviertel/deutschkurs").body;
    let mut fields = form(&page, 0);
    set(&mut fields, "childcare", "false");
    let body = encode(&fields);
    let no_token: Vec<_> = fields
        .iter()
        .filter(|(k, _)| k != "_token")
        .cloned()
        .collect();
    let mut wrong_token = no_token.clone();
    wrong_token.push(("_token".into(), "0".repeat(32)));
    let path = "/__edit/offering/nordviertel/deutschkurs";
    let cases = [
        (encode(&no_token), format!("Origin: http://{addr}\r\n"), 403),
        (
            encode(&wrong_token),
            format!("Origin: http://{addr}\r\n"),
            403,
        ),
        (
            body.clone(),
            "Origin: http://evil.example\r\n".to_string(),
            403,
        ),
        (
            body.clone(),
            format!("Origin: http://evil.example:{port}\r\n"),
            403,
        ),
        (body.clone(), String::new(), 403),
        (body.clone(), "Origin: null\r\n".to_string(), 403),
    ];
    for (body, extra, status) in cases {
        let a = post_with(&addr, path, &body, &extra);
        assert_eq!(a.status, status, "{extra}: {}", a.body);
    }
    // Too big, or not a form.
    let big = format!("_token=x&body={}", "a".repeat(1_100_000));
    assert_eq!(
        post_with(&addr, path, &big, &format!("Origin: http://{addr}\r\n")).status,
        413
    );
    let a = raw(&addr, format!("POST {path} HTTP/1.1\r\nHost: {addr}\r\nOrigin: http://{addr}\r\nContent-Type: text/plain\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len()).as_bytes());
    assert_eq!(a.status, 415);
    assert_eq!(
        std::fs::read_to_string(site.root().join(OFFERING)).unwrap(),
        before,
        "nothing was written"
    );
    // Ids, not paths.
    for path in [
        "/__edit/offering/..%2F..%2F..%2Fetc/passwd",
        "/__edit/offering/nordviertel/..",
        "/__edit/raw/offering/nordviertel/%2E%2E",
        "/__edit/text/offering/nordviertel/deutschkurs/..%2F..%2Fsite",
        "/__edit/place/..%2Fsite",
    ] {
        let a = get(&addr, path);
        assert!(a.status == 400 || a.status == 404, "{path}: {}", a.status);
        assert!(!a.body.contains("base_url"), "{path} showed site.yaml");
    }
    // Pages of the workbench may not be framed by other sites.
    let a = get(&addr, "/__edit/");
    assert!(a.head.contains("frame-ancestors 'self'"), "{}", a.head);
    // `serve` answers only its own host names too.
    let (_p, serve) = start("serve", site.root());
    let sport = serve.rsplit(':').next().unwrap();
    let a = raw(
        &serve,
        format!("GET /de/ HTTP/1.1\r\nHost: attacker.example:{sport}\r\nConnection: close\r\n\r\n")
            .as_bytes(),
    );
    assert_eq!(a.status, 421);
    assert_eq!(get(&serve, "/de/").status, 200);
}

#[test]
fn without_git_the_panel_says_what_to_do() {
    let site = Site::basic();
    let (_s, addr) = start("edit", site.root());
    let page = get(&addr, "/__edit/changes");
    assert_eq!(page.status, 200);
    assert!(page.body.contains("git init"), "{}", page.body);
}

/// The workbench in Chromium, as a social worker and a translator use it
/// (tests/browser/edit.mjs): forms without JavaScript, an Arabic text,
/// a one-line diff, an error at its field, the word diff of a stale
/// translation, the commit button, refusals, axe. With
/// `QUARTIER_SHOTS=DIR` it saves the screenshots of docs/editing.md.
#[test]
fn the_workbench_in_chromium() {
    if !crate::browser::can_run() {
        return;
    }
    let site = Site::basic();
    let root = site.root();
    site.write(OFFERING, COMMENTED);
    git(root, &["init", "-q", "-b", "main"]);
    git(root, &["config", "user.name", "Ayşe Demir"]);
    git(root, &["config", "user.email", "ayse@example.org"]);
    let out = Command::new(env!("CARGO_BIN_EXE_quartier"))
        .args([
            "translations",
            "--mark",
            "content/nordviertel/deutschkurs/ar.md",
            "--root",
        ])
        .arg(root)
        .output()
        .unwrap();
    assert!(out.status.success());
    std::fs::write(root.join(".gitignore"), ".quartier-cache/\npublic/\n").unwrap();
    git(root, &["add", "-A"]);
    git(root, &["commit", "-q", "-m", "start"]);
    let (_s, addr) = start("edit", root);
    let mut extra = vec![addr.as_str()];
    let shots = std::env::var("QUARTIER_SHOTS").ok();
    if let Some(dir) = &shots {
        extra.extend(["--shots", dir.as_str()]);
    }
    crate::browser::node("edit.mjs", root, &extra);
    let out = quartier(root, &["check"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn free_pages_are_made_and_deleted_unless_a_text_links_to_them() {
    let site = Site::basic();
    let (_s, addr) = start("edit", site.root());
    let page = get(&addr, "/__edit/pages").body;
    let mut fields = form(&page, 0);
    set(&mut fields, "title", "Datenschutz");
    set(&mut fields, "summary", "Was wir speichern: nichts.");
    let a = post(&addr, "/__edit/pages", &fields);
    assert_eq!(a.status, 303, "{}", a.body);
    let dir = site.root().join("content/pages/datenschutz");
    assert!(dir.join("de.md").is_file());
    let out = quartier(site.root(), &["check"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Deleting asks first, then deletes.
    let ask = get(&addr, "/__edit/delete/page/datenschutz").body;
    let a = post(&addr, "/__edit/delete/page/datenschutz", &form(&ask, 0));
    assert_eq!(a.status, 303, "{}", a.body);
    assert!(!dir.exists());
    // The imprint is linked from a text: it stays, and the page says where.
    let ask = get(&addr, "/__edit/delete/page/impressum").body;
    let a = post(&addr, "/__edit/delete/page/impressum", &form(&ask, 0));
    assert_eq!(a.status, 422, "{}", a.body);
    assert!(a.body.contains("deutschkurs/de.md"), "{}", a.body);
    assert!(site.root().join("content/pages/impressum/de.md").is_file());
}
