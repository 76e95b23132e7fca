//! `quartier edit`: a local workbench in the browser that writes the
//! repository. See docs/editing.md.
//!
//! One server on 127.0.0.1 answers two kinds of request: `/__edit/…` is the
//! workbench (server-rendered forms; its script only makes them nicer), and
//! everything else is the live preview of `serve`, rebuilt by the same
//! watcher whenever the workbench (or anyone) writes a file. Saving runs the
//! loader of `build` over the site as it would be ([`store::Store::check`]),
//! places every finding at its field, and writes nothing while there is an
//! error. Values are written with [`yamledit`], so a changed value is a
//! changed line and comments stay.

pub mod changes;
pub mod diff;
pub mod entries;
pub mod form;
pub mod git;
pub mod http;
pub mod offering;
pub mod raw;
pub mod schedule_form;
pub mod store;
pub mod texts;
pub mod ui;
pub mod yamledit;

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::clock::Clock;
use crate::diag::Diagnostic;
use crate::escape::html as esc;
use crate::serve::Live;

use http::{Req, Resp};
use store::Store;
use ui::{Frame, Ui};

/// What every handler gets.
pub struct Ctx<'a> {
    /// The site's files.
    pub store: &'a Store,
    /// Interface strings.
    pub ui: Ui,
    /// The session token.
    pub token: &'a str,
    live: &'a Live,
}

impl Ctx<'_> {
    /// A page in the workbench's frame.
    pub fn page(&self, title: &str, section: &str, main: &str) -> Resp {
        self.page_status(200, title, section, main)
    }

    /// A page with a status other than 200 (a form with errors is 422).
    pub fn page_status(&self, status: u16, title: &str, section: &str, main: &str) -> Resp {
        let (_, broken) = self.live.errors();
        let changes = git::Repo::open(&self.store.root)
            .and_then(|r| r.changes())
            .map(|c| c.iter().filter(|c| changes::site_file(&c.path)).count())
            .unwrap_or(0);
        let frame = Frame {
            title,
            section,
            token: self.token,
            broken: &broken,
            changes,
        };
        Resp::Html(status, ui::page(self.ui, &frame, main))
    }

    /// The hidden token field.
    pub fn token_field(&self) -> String {
        ui::token_field(self.token)
    }

    /// A page that says something could not be done.
    pub fn problem(&self, status: u16, message: &str) -> Resp {
        let main = format!(
            "<h1>{}</h1><p class=\"problem-text\">{}</p><p><a href=\"/__edit/\">{}</a></p>",
            esc(&self.ui.t("problem")),
            esc(message),
            esc(&self.ui.t("back-home"))
        );
        self.page_status(status, &self.ui.t("problem"), "", &main)
    }

    /// site.yaml, or the page that says what is wrong with it (each
    /// finding with its file, line and hint, as `check` says it).
    pub fn config(&self) -> Result<crate::config::Config, Resp> {
        self.store.config().map_err(|diags| {
            let text: Vec<String> = diags
                .iter()
                .map(|d| crate::diag::render_with_source(d, &self.store.root))
                .collect();
            self.problem(500, &text.join("\n"))
        })
    }

    /// A label from the site's own interface strings (category and
    /// audience names), in the interface language if the site has it.
    pub fn site_label(&self, id: &str) -> Option<String> {
        let site = self.live.site()?;
        let lang = site
            .config
            .lang_index(self.ui.lang)
            .unwrap_or(site.config.default_language);
        site.strings
            .has(lang, id)
            .then(|| site.strings.get(lang, id, None, false))
            .or_else(|| {
                let d = site.config.default_language;
                site.strings
                    .has(d, id)
                    .then(|| site.strings.get(d, id, None, false))
            })
    }

    /// The last good model of the site (from the preview).
    pub fn live_site(&self) -> Option<Arc<crate::model::Site>> {
        self.live.site()
    }

    /// Today in the site's time zone.
    pub fn today(&self) -> jiff::civil::Date {
        match self.store.config() {
            Ok(c) => self.store.clock.today_in(&c.tz),
            Err(_) => self.store.clock.today_in(&jiff::tz::TimeZone::UTC),
        }
    }

    /// Not found, for an id that does not exist.
    pub fn not_found(&self) -> Resp {
        self.problem(404, &self.ui.t("not-found"))
    }
}

/// Whether every one of `ids` is an id (so it may become part of a path).
pub fn ids_ok(ids: &[&str]) -> bool {
    ids.iter().all(|i| crate::ids::is_valid(i))
}

/// The address of the workbench's page for a thing, for links.
pub fn href(parts: &[&str]) -> String {
    let mut s = String::from("/__edit");
    for p in parts {
        s.push('/');
        s.push_str(p);
    }
    s
}

static CSS: &[u8] = include_bytes!("assets/edit.css");
static JS: &[u8] = include_bytes!("assets/edit.js");

fn route(req: &Req, cx: &Ctx) -> Resp {
    let segs: Vec<&str> = req.path.iter().map(String::as_str).collect();
    match segs.as_slice() {
        ["assets", "edit.css"] => Resp::Asset("text/css; charset=utf-8", CSS),
        ["assets", "edit.js"] => Resp::Asset("text/javascript; charset=utf-8", JS),
        [] => offering::home(req, cx),
        ["new"] => offering::new_offering(req, cx),
        ["new-district"] => offering::new_district(req, cx),
        ["district", d] => offering::district(req, cx, d),
        ["offering", d, o] => offering::offering(req, cx, d, o),
        ["delete", rest @ ..] => offering::delete(req, cx, rest),
        ["next-dates"] => offering::next_dates(req, cx),
        ["text", rest @ ..] => texts::text(req, cx, rest),
        ["markdown"] => texts::markdown_preview(req, cx),
        ["translations"] => texts::board(req, cx),
        ["places"] => entries::list(req, cx, entries::PLACES),
        ["place", id] => entries::entry(req, cx, entries::PLACES, id),
        ["organisations"] => entries::list(req, cx, entries::ORGANISATIONS),
        ["organisation", id] => entries::entry(req, cx, entries::ORGANISATIONS, id),
        ["pages"] => texts::pages(req, cx),
        ["changes"] => changes::panel(req, cx),
        ["raw", rest @ ..] => raw::raw(req, cx, rest),
        _ => cx.not_found(),
    }
}

/// Runs the workbench until the process is stopped.
pub fn run(root: &Path, port: u16, clock: Clock) -> Result<(), Diagnostic> {
    let root: PathBuf = std::fs::canonicalize(root)
        .map_err(|e| Diagnostic::general(format!("{}: {e}", root.display())))?;
    if !root.join("site.yaml").is_file() {
        return Err(Diagnostic::general(format!(
            "{} has no site.yaml: the workbench edits a Quartier site",
            root.display()
        ))
        .hint("run it in the site's folder, or name it with --root DIR"));
    }
    let (server, port) = crate::serve::bind(port)?;
    let live = Arc::new(Live::start(&root, clock)?);
    let store = Arc::new(Store::new(root, clock));
    let token: Arc<str> = http::new_token().into();
    eprintln!(
        "the workbench is on http://127.0.0.1:{port}/__edit/ and the preview on http://127.0.0.1:{port}/ (Ctrl+C stops)"
    );
    let _ = std::io::stderr().flush();
    for mut req in server.incoming_requests() {
        if !crate::serve::host_allowed(&req, port) {
            crate::serve::refuse_host(req);
            continue;
        }
        let path = req.url().split('?').next().unwrap_or("").to_string();
        if path != "/__edit" && !path.starts_with("/__edit/") {
            live.answer(req);
            continue;
        }
        let (store, live, token) = (Arc::clone(&store), Arc::clone(&live), Arc::clone(&token));
        let _ = std::thread::Builder::new()
            .stack_size(16 << 20)
            .spawn(move || {
                let resp = match http::read(&mut req, port, &token) {
                    Err(refusal) => refusal,
                    Ok(r) => {
                        let cx = Ctx {
                            store: &store,
                            ui: Ui::new(&r.ui),
                            token: &token,
                            live: &live,
                        };
                        route(&r, &cx)
                    }
                };
                let ui_cookie = req
                    .url()
                    .split_once("ui=")
                    .map(|(_, v)| v.split('&').next().unwrap_or("").to_string())
                    .filter(|v| v == "de" || v == "en");
                http::send_with_cookie(req, resp, ui_cookie.as_deref());
            });
    }
    Ok(())
}
