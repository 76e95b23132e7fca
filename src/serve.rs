//! `quartier serve`: a live preview on 127.0.0.1.
//!
//! The site is loaded into memory ([`Preview`]) and every file is rendered
//! when the browser asks for it; nothing is written to disk. A watcher reloads
//! the model when content, locales, templates, theme, static files or
//! site.yaml change (texts that did not change come from a [`TextCache`]) and
//! prints how long it took. Every HTML page gets a tiny
//! script that asks `/__quartier/state` whether a new build exists and then
//! reloads; when the content is broken, pages show the errors in a banner
//! over the last good build instead of a blank page.

use std::collections::HashMap;
use std::io::Write as _;
use std::path::Path;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use notify::Watcher as _;

use crate::build::Prepared;
use crate::clock::Clock;
use crate::diag::{Diagnostic, Diagnostics};
use crate::load::TextCache;
use crate::render::{Content, FlyerSizes, Job};

/// The site held in memory for the preview: files are rendered when they are
/// asked for, so a change costs one reload of the model (texts that did not
/// change come from the cache) and the pages actually viewed.
pub struct Preview {
    p: Prepared,
    index: HashMap<String, usize>,
    sizes: FlyerSizes,
}

impl Preview {
    /// Loads and checks the site, reusing the texts in `cache`.
    pub fn load(root: &Path, clock: &Clock, cache: &TextCache) -> (Option<Preview>, Diagnostics) {
        let mut diags = Diagnostics::new();
        let p = crate::build::prepare(root, clock, Some(cache), &(), &mut diags);
        diags.sort();
        let preview = p.map(|p| {
            let index = p
                .plan
                .iter()
                .enumerate()
                .map(|(i, (path, _))| (path.clone(), i))
                .collect();
            // Flyers and share images are laid out only when opened, so
            // their sizes are not known.
            let sizes = p
                .plan
                .iter()
                .filter(|(_, j)| j.is_printable())
                .map(|(path, _)| (path.clone(), None))
                .collect();
            Preview { p, index, sizes }
        });
        (preview, diags)
    }

    /// Pages of the site.
    pub fn pages(&self) -> usize {
        self.p
            .plan
            .iter()
            .filter(|(_, j)| matches!(j, Job::Page(..)))
            .count()
    }

    /// Whether the site has a file at `path` (relative, e.g. `de/index.html`).
    pub fn has(&self, path: &str) -> bool {
        self.index.contains_key(path)
    }

    /// Renders (or reads) the file at `path`; `None` when there is none.
    /// The renderer's warnings are printed.
    pub fn file(&self, path: &str) -> Option<Result<Vec<u8>, Diagnostic>> {
        let (_, job) = &self.p.plan[*self.index.get(path)?];
        Some(self.p.renderer.render(job, &self.sizes).and_then(|made| {
            // A flyer that needs more paper than a handout: said where
            // `serve` runs, as `build` and `check` say it.
            for w in &made.warnings {
                eprintln!("{w}");
            }
            match made.content {
                Content::Bytes(b) => Ok(b),
                Content::Copy(src) => std::fs::read(&src).map_err(|e| {
                    Diagnostic::general(format!("cannot read {}: {e}", src.display()))
                }),
            }
        }))
    }
}

#[derive(Default)]
struct State {
    version: u64,
    errors: Vec<String>,
    site: Option<Arc<Preview>>,
}

/// The preview's state, the signal that a new version exists (for the
/// pages waiting in `/__quartier/state?since=N`), and how many wait.
#[derive(Default)]
struct Shared {
    state: Mutex<State>,
    signal: std::sync::Condvar,
    waiting: std::sync::atomic::AtomicUsize,
}

/// How many pages may wait for the next version at once. A browser opens
/// at most six connections to one host: were every open tab of the
/// preview to hold one, a seventh tab could not load. Pages beyond these
/// are answered at once and ask again 300 ms later.
const MAX_WAITING: usize = 3;

fn rebuild(root: &Path, clock: &Clock, cache: &TextCache, shared: &Shared) {
    let Shared { state, signal, .. } = shared;
    let start = Instant::now();
    let (preview, diags) = Preview::load(root, clock, cache);
    let took = start.elapsed().as_secs_f64();
    let reads = cache.take_reads();
    let mut s = state.lock().unwrap_or_else(|e| e.into_inner());
    s.version += 1;
    match preview {
        Some(p) => {
            s.errors.clear();
            eprintln!(
                "reloaded {} pages in {:.0} ms ({reads} text{} read, pages render when opened)",
                p.pages(),
                took * 1000.0,
                if reads == 1 { "" } else { "s" }
            );
            let old = s.site.replace(Arc::new(p));
            drop(s);
            signal.notify_all();
            // The last build is freed on its own thread: requests for the
            // new one need not wait for tens of thousands of texts to go.
            if let Some(old) = old {
                std::thread::spawn(move || drop(old));
            }
        }
        None => {
            s.errors = diags
                .iter()
                .filter(|d| d.is_error())
                .map(|d| crate::diag::render_with_source(d, root))
                .collect();
            eprintln!("the content has errors; the preview shows them over the last good build");
            drop(s);
            signal.notify_all();
        }
    }
    diags.print(root);
}

fn ignored(p: &Path, root: &Path) -> bool {
    let rel = p.strip_prefix(root).unwrap_or(p);
    rel.components().any(|c| {
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

fn inject(html: String, version: u64, errors: &[String]) -> String {
    let mut extra = String::new();
    if !errors.is_empty() {
        let text = crate::escape::html(&errors.join("\n"));
        extra.push_str(&format!(
            "<div id=\"quartier-errors\" role=\"alert\" style=\"position:fixed;inset:0 0 auto 0;max-height:70vh;overflow:auto;z-index:99;background:#fff4f4;color:#600;border-bottom:4px solid #b00;padding:1rem;font:14px/1.4 monospace;white-space:pre-wrap\">{text}</div>"
        ));
    }
    extra.push_str(&format!(
        "<script>(function(){{var v={};function ask(){{fetch('/__quartier/state?since='+v).then(function(r){{return r.json()}}).then(function(s){{if(s.version!==v)location.reload();else setTimeout(ask,s.waited?0:300)}}).catch(function(){{setTimeout(ask,1000)}})}}ask()}})()</script>",
        version
    ));
    match html.rfind("</body>") {
        Some(i) => format!("{}{extra}{}", &html[..i], &html[i..]),
        None => html + &extra,
    }
}

fn header(h: &str) -> tiny_http::Header {
    h.parse::<tiny_http::Header>().expect("valid header")
}

/// The file of the site for a URL path: `Ok(path)`, or `Err(location)` when
/// a folder was asked for without its slash.
fn site_path(url: &str, site: &Preview) -> Option<Result<String, String>> {
    let decoded = crate::markdown::percent_decode(url);
    let mut parts = Vec::new();
    for part in decoded.split('/').filter(|p| !p.is_empty()) {
        if part == ".." || part == "." || part.contains('\\') {
            return None;
        }
        parts.push(part);
    }
    let slash = if decoded.ends_with('/') { "/" } else { "" };
    let (file, folder) = crate::url::lookup(&format!("{}{slash}", parts.join("/")));
    if site.has(&file) {
        return Some(Ok(file));
    }
    folder
        .filter(|f| site.has(f))
        .map(|_| Err(format!("{}/", url.trim_end_matches('/'))))
}

/// Listens on 127.0.0.1:`port`. With TCP_NODELAY, which the connections
/// inherit: tiny_http writes a response's head and body apart, and
/// without it the body of every request after the first on a kept-alive
/// connection waited for the browser's delayed acknowledgement (40 ms).
fn listen(port: u16) -> std::io::Result<tiny_http::Server> {
    let listener = std::net::TcpListener::bind(("127.0.0.1", port))?;
    #[cfg(target_os = "linux")]
    rustix::net::sockopt::set_tcp_nodelay(&listener, true)?;
    tiny_http::Server::from_listener(listener, None).map_err(std::io::Error::other)
}

/// How long `/__quartier/state?since=N` waits for a new version before
/// it answers with the same one (and the page asks again).
const LONG_POLL: Duration = Duration::from_secs(25);

fn respond(req: tiny_http::Request, shared: &Shared) {
    let Shared {
        state,
        signal,
        waiting,
    } = shared;
    let url = req
        .url()
        .split(['?', '#'])
        .next()
        .unwrap_or("/")
        .to_string();
    // A page asks whether there is a version after its own, and is
    // answered as soon as there is one: the reload follows the save
    // without polling.
    let since = req
        .url()
        .split_once("?since=")
        .and_then(|(_, v)| v.parse::<u64>().ok());
    let mut waited = false;
    let (site, version, errors) = {
        let mut s = state.lock().unwrap_or_else(|e| e.into_inner());
        if let (Some(since), "/__quartier/state") = (since, url.as_str()) {
            use std::sync::atomic::Ordering;
            if waiting.fetch_add(1, Ordering::SeqCst) < MAX_WAITING {
                waited = true;
                s = signal
                    .wait_timeout_while(s, LONG_POLL, |s| s.version == since)
                    .unwrap_or_else(|e| e.into_inner())
                    .0;
            }
            waiting.fetch_sub(1, Ordering::SeqCst);
        }
        (s.site.clone(), s.version, s.errors.clone())
    };
    if url == "/__quartier/state" {
        let body = serde_json::json!({ "version": version, "errors": errors, "waited": waited })
            .to_string();
        let _ = req.respond(
            tiny_http::Response::from_string(body)
                .with_header(header("Content-Type: application/json")),
        );
        return;
    }
    let html_page = |status: u16, body: String| {
        tiny_http::Response::from_data(inject(body, version, &errors).into_bytes())
            .with_status_code(status)
            .with_header(header("Content-Type: text/html; charset=utf-8"))
            .with_header(header("Cache-Control: no-store"))
    };
    let Some(site) = site else {
        let _ = req.respond(html_page(
            500,
            "<!doctype html><meta charset=utf-8><title>Quartier</title><body></body>".into(),
        ));
        return;
    };
    let (status, path) = match site_path(&url, &site) {
        Some(Ok(path)) => (200, path),
        Some(Err(location)) => {
            // `location` is the request's own (ASCII) path plus a slash.
            let mut response = tiny_http::Response::empty(301);
            if let Ok(h) = format!("Location: {location}").parse::<tiny_http::Header>() {
                response = response.with_header(h);
            }
            let _ = req.respond(response);
            return;
        }
        None => (404, "404.html".to_string()),
    };
    let bytes = match site.file(&path) {
        Some(Ok(b)) => b,
        Some(Err(d)) => {
            let mut errors = errors.clone();
            errors.push(d.to_string());
            let body = "<!doctype html><meta charset=utf-8><title>Quartier</title><body></body>";
            let _ = req.respond(
                tiny_http::Response::from_data(inject(body.into(), version, &errors).into_bytes())
                    .with_status_code(500)
                    .with_header(header("Content-Type: text/html; charset=utf-8")),
            );
            return;
        }
        None => b"not found".to_vec(),
    };
    let ct = content_type(Path::new(&path));
    let bytes = if ct.starts_with("text/html") {
        inject(
            String::from_utf8_lossy(&bytes).into_owned(),
            version,
            &errors,
        )
        .into_bytes()
    } else {
        bytes
    };
    let _ = req.respond(
        tiny_http::Response::from_data(bytes)
            .with_status_code(status)
            .with_header(header(&format!("Content-Type: {ct}")))
            .with_header(header("Cache-Control: no-store")),
    );
}

/// Whether a request's `Host` is the loopback address the server listens
/// on. A web page elsewhere can point its own host name at 127.0.0.1 (DNS
/// rebinding) and read what the preview answers: unpublished drafts. Its
/// requests carry its own name in `Host`, so only `127.0.0.1:PORT` and
/// `localhost:PORT` are answered.
pub(crate) fn host_allowed(req: &tiny_http::Request, port: u16) -> bool {
    let Some(host) = req
        .headers()
        .iter()
        .find(|h| h.field.equiv("Host"))
        .map(|h| h.value.as_str().to_ascii_lowercase())
    else {
        return false;
    };
    let (name, p) = match host.rsplit_once(':') {
        Some((name, p)) => (name.to_string(), p.parse::<u16>().ok()),
        None => (host.clone(), Some(80)),
    };
    p == Some(port) && (name == "127.0.0.1" || name == "localhost")
}

/// Answers a request whose `Host` is not ours.
pub(crate) fn refuse_host(req: tiny_http::Request) {
    let _ = req.respond(
        tiny_http::Response::from_string(
            "Refused: this server answers only requests for 127.0.0.1 or localhost \
             (the Host header names another site).\n",
        )
        .with_status_code(421)
        .with_header(header("Content-Type: text/plain; charset=utf-8")),
    );
}

/// The live preview: the model, rebuilt by a watcher whenever a file of the
/// site changes. Dropping it stops watching.
pub(crate) struct Live {
    shared: Arc<Shared>,
    _watcher: notify::RecommendedWatcher,
}

impl Live {
    /// Loads the site and watches `root` (canonical) for changes.
    pub(crate) fn start(root: &Path, clock: Clock) -> Result<Live, Diagnostic> {
        let root = root.to_path_buf();
        let state: Arc<Shared> = Arc::default();
        let cache = Arc::new(TextCache::default());
        crate::render::html::keep_parsed_templates();
        let (tx, rx) = mpsc::channel();
        let mut watcher = notify::recommended_watcher(move |ev: notify::Result<notify::Event>| {
            use notify::event::{EventKind, MetadataKind, ModifyKind};
            // Reading files (as every build does) must not trigger a build;
            // every other event names what changed, or (`None`) says that
            // the watcher lost track and every file must be looked at.
            let _ = tx.send(match ev {
                Ok(ev) if ev.need_rescan() => None,
                Ok(ev) => match ev.kind {
                    EventKind::Access(_) => return,
                    EventKind::Modify(ModifyKind::Metadata(
                        MetadataKind::AccessTime
                        | MetadataKind::Permissions
                        | MetadataKind::Ownership,
                    )) => return,
                    _ => Some(ev.paths),
                },
                Err(_) => None,
            });
        })
        .map_err(|e| Diagnostic::general(format!("cannot watch files: {e}")))?;
        watcher
            .watch(&root, notify::RecursiveMode::Recursive)
            .map_err(|e| Diagnostic::general(format!("cannot watch {}: {e}", root.display())))?;
        // Loaded once the watcher runs, so no change can fall between the two.
        rebuild(&root, &clock, &cache, &state);
        {
            let state = Arc::clone(&state);
            std::thread::spawn(move || {
                while let Ok(first) = rx.recv() {
                    let mut changed: Option<Vec<std::path::PathBuf>> = Some(Vec::new());
                    let mut add =
                        |paths: Option<Vec<std::path::PathBuf>>| match (&mut changed, paths) {
                            (Some(all), Some(p)) => {
                                all.extend(p.into_iter().filter(|p| !ignored(p, &root)))
                            }
                            _ => changed = None,
                        };
                    add(first);
                    // Editors write in bursts (a temporary file, then a
                    // rename): wait until it has been quiet for 20 ms.
                    while let Ok(more) = rx.recv_timeout(Duration::from_millis(20)) {
                        add(more);
                    }
                    match changed {
                        Some(paths) if paths.is_empty() => continue,
                        // Only the named files are looked at again.
                        Some(paths) => cache.trust_except(paths),
                        None => {}
                    }
                    rebuild(&root, &clock, &cache, &state);
                }
            });
        }
        Ok(Live {
            shared: state,
            _watcher: watcher,
        })
    }

    /// Answers a request for a file of the site (on its own thread).
    pub(crate) fn answer(&self, req: tiny_http::Request) {
        let state = Arc::clone(&self.shared);
        // Pages render on request: answer each on its own thread so a flyer
        // being laid out does not hold up the page beside it.
        // (Typst lays flyers out with deep recursion: give it room.)
        let _ = std::thread::Builder::new()
            .stack_size(64 << 20)
            .spawn(move || respond(req, &state));
    }

    /// The last good model of the site, if there is one.
    pub(crate) fn site(&self) -> Option<Arc<crate::model::Site>> {
        let s = self.shared.state.lock().unwrap_or_else(|e| e.into_inner());
        s.site.as_ref().map(|p| Arc::clone(p.p.renderer.site()))
    }

    /// The preview's version and the errors of the content, if it is broken.
    pub(crate) fn errors(&self) -> (u64, Vec<String>) {
        let s = self.shared.state.lock().unwrap_or_else(|e| e.into_inner());
        (s.version, s.errors.clone())
    }
}

/// Opens the listening socket and says so, or names the fix.
pub(crate) fn bind(port: u16) -> Result<(tiny_http::Server, u16), Diagnostic> {
    let server = listen(port).map_err(|e| {
        Diagnostic::general(format!("cannot listen on 127.0.0.1:{port}: {e}"))
            .hint("choose another port with --port N, or --port 0 for any free port")
    })?;
    let port = server
        .server_addr()
        .to_ip()
        .map(|a| a.port())
        .unwrap_or(port);
    Ok((server, port))
}

/// Builds, serves and rebuilds on change until the process is stopped.
pub fn serve(root: &Path, port: u16, clock: Clock) -> Result<(), Diagnostic> {
    let root = std::fs::canonicalize(root)
        .map_err(|e| Diagnostic::general(format!("{}: {e}", root.display())))?;
    let (server, port) = bind(port)?;
    let live = Live::start(&root, clock)?;
    eprintln!("serving on http://127.0.0.1:{port}/ (Ctrl+C stops)");
    let _ = std::io::stderr().flush();
    for req in server.incoming_requests() {
        if host_allowed(&req, port) {
            live.answer(req);
        } else {
            refuse_host(req);
        }
    }
    Ok(())
}
