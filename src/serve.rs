//! `quartier serve`: a live preview on 127.0.0.1.
//!
//! The site is built into a private folder and served from there. A watcher
//! rebuilds when content, locales, templates, theme, static files or
//! site.yaml change, and prints how long it took. Every HTML page gets a tiny
//! script that asks `/__quartier/state` whether a new build exists and then
//! reloads; when the content is broken, pages show the errors in a banner
//! over the last good build instead of a blank page.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use notify::Watcher as _;

use crate::clock::Clock;
use crate::diag::Diagnostic;

#[derive(Default)]
struct State {
    version: u64,
    errors: Vec<String>,
}

fn rebuild(root: &Path, out: &Path, clock: &Clock, state: &Mutex<State>) {
    let start = Instant::now();
    let (summary, diags) = crate::build::build(root, out, clock);
    let took = start.elapsed().as_secs_f64();
    let mut s = state.lock().unwrap_or_else(|e| e.into_inner());
    s.version += 1;
    match summary {
        Some(sum) => {
            s.errors.clear();
            eprintln!("rebuilt {} pages in {:.0} ms", sum.pages, took * 1000.0);
        }
        None => {
            s.errors = diags
                .iter()
                .filter(|d| d.is_error())
                .map(|d| crate::diag::render_with_source(d, root))
                .collect();
            eprintln!("the content has errors; the preview shows them over the last good build");
            diags.print(root);
        }
    }
}

fn ignored(p: &Path, root: &Path, out: &Path) -> bool {
    let rel = p.strip_prefix(root).unwrap_or(p);
    p.starts_with(out)
        || rel.components().any(|c| {
            let s = c.as_os_str().to_string_lossy();
            s.starts_with('.') || s == "public" || s == "target"
        })
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "pdf" => "application/pdf",
        "ics" => "text/calendar; charset=utf-8",
        "xml" => "application/xml; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "json" => "application/json",
        _ => "application/octet-stream",
    }
}

fn inject(html: String, state: &State) -> String {
    let mut extra = String::new();
    if !state.errors.is_empty() {
        let text = crate::render::html::escape_html(&state.errors.join("\n"));
        extra.push_str(&format!(
            "<div id=\"quartier-errors\" role=\"alert\" style=\"position:fixed;inset:0 0 auto 0;max-height:70vh;overflow:auto;z-index:99;background:#fff4f4;color:#600;border-bottom:4px solid #b00;padding:1rem;font:14px/1.4 monospace;white-space:pre-wrap\">{text}</div>"
        ));
    }
    extra.push_str(&format!(
        "<script>(function(){{var v={};setInterval(function(){{fetch('/__quartier/state').then(function(r){{return r.json()}}).then(function(s){{if(s.version!==v)location.reload()}}).catch(function(){{}})}},600)}})()</script>",
        state.version
    ));
    match html.rfind("</body>") {
        Some(i) => format!("{}{extra}{}", &html[..i], &html[i..]),
        None => html + &extra,
    }
}

fn respond(req: tiny_http::Request, out: &Path, state: &Mutex<State>) {
    let url = req
        .url()
        .split(['?', '#'])
        .next()
        .unwrap_or("/")
        .to_string();
    if url == "/__quartier/state" {
        let s = state.lock().unwrap_or_else(|e| e.into_inner());
        let body = serde_json::json!({ "version": s.version, "errors": s.errors }).to_string();
        let _ = req.respond(
            tiny_http::Response::from_string(body).with_header(
                "Content-Type: application/json"
                    .parse::<tiny_http::Header>()
                    .expect("valid header"),
            ),
        );
        return;
    }
    let decoded = crate::markdown::percent_decode(&url);
    let mut path = out.to_path_buf();
    for part in decoded.split('/').filter(|p| !p.is_empty()) {
        if part == ".." || part.contains('\\') {
            let _ = req.respond(tiny_http::Response::empty(400));
            return;
        }
        path.push(part);
    }
    if path.is_dir() {
        path.push("index.html");
    }
    let (status, path) = if path.is_file() {
        (200, path)
    } else {
        (404, out.join("404.html"))
    };
    let Ok(bytes) = std::fs::read(&path) else {
        let _ = req.respond(tiny_http::Response::empty(404));
        return;
    };
    let ct = content_type(&path);
    let bytes = if ct.starts_with("text/html") {
        let s = state.lock().unwrap_or_else(|e| e.into_inner());
        inject(String::from_utf8_lossy(&bytes).into_owned(), &s).into_bytes()
    } else {
        bytes
    };
    let header = format!("Content-Type: {ct}")
        .parse::<tiny_http::Header>()
        .expect("valid header");
    let _ = req.respond(
        tiny_http::Response::from_data(bytes)
            .with_status_code(status)
            .with_header(header)
            .with_header(
                "Cache-Control: no-store"
                    .parse::<tiny_http::Header>()
                    .expect("valid header"),
            ),
    );
}

/// Builds, serves and rebuilds on change until the process is stopped.
pub fn serve(root: &Path, port: u16, clock: Clock) -> Result<(), Diagnostic> {
    let root = std::fs::canonicalize(root)
        .map_err(|e| Diagnostic::general(format!("{}: {e}", root.display())))?;
    let work: PathBuf = std::env::temp_dir().join(format!("quartier-serve-{}", std::process::id()));
    let out = work.join("site");
    let state = Arc::new(Mutex::new(State::default()));
    rebuild(&root, &out, &clock, &state);
    if !out.is_dir() {
        std::fs::create_dir_all(&out)
            .map_err(|e| Diagnostic::general(format!("cannot create {}: {e}", out.display())))?;
    }
    let server = tiny_http::Server::http(("127.0.0.1", port)).map_err(|e| {
        Diagnostic::general(format!("cannot listen on 127.0.0.1:{port}: {e}"))
            .hint("choose another port with --port N, or --port 0 for any free port")
    })?;
    let addr = server
        .server_addr()
        .to_ip()
        .map(|a| a.to_string())
        .unwrap_or_default();
    eprintln!("serving on http://{addr}/ (Ctrl+C stops)");
    let _ = std::io::stderr().flush();

    let (tx, rx) = mpsc::channel();
    let mut watcher = notify::recommended_watcher(move |ev: notify::Result<notify::Event>| {
        // Reading files (as every build does) must not trigger a build.
        if let Ok(ev) = ev {
            use notify::event::{EventKind, ModifyKind};
            let changed = matches!(
                ev.kind,
                EventKind::Create(_)
                    | EventKind::Remove(_)
                    | EventKind::Modify(
                        ModifyKind::Data(_) | ModifyKind::Name(_) | ModifyKind::Any
                    )
            );
            if changed {
                let _ = tx.send(ev.paths);
            }
        }
    })
    .map_err(|e| Diagnostic::general(format!("cannot watch files: {e}")))?;
    watcher
        .watch(&root, notify::RecursiveMode::Recursive)
        .map_err(|e| Diagnostic::general(format!("cannot watch {}: {e}", root.display())))?;
    {
        let (root, out, state) = (root.clone(), out.clone(), Arc::clone(&state));
        std::thread::spawn(move || {
            while let Ok(paths) = rx.recv() {
                let mut relevant = paths.iter().any(|p| !ignored(p, &root, &out));
                // Editors write in bursts: wait until it is quiet.
                while let Ok(more) = rx.recv_timeout(Duration::from_millis(120)) {
                    relevant |= more.iter().any(|p| !ignored(p, &root, &out));
                }
                if relevant {
                    rebuild(&root, &out, &clock, &state);
                }
            }
        });
    }
    for req in server.incoming_requests() {
        respond(req, &out, &state);
    }
    drop(watcher);
    let _ = std::fs::remove_dir_all(&work);
    Ok(())
}
