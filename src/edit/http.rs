//! Requests and answers of the workbench, and the rules that keep it safe.
//!
//! The workbench writes the site's files, so every request must come from
//! the editor's own browser tab:
//!
//! - the server listens on 127.0.0.1 only, and answers only requests whose
//!   `Host` is `127.0.0.1:PORT` or `localhost:PORT` (a page elsewhere that
//!   points its own name at 127.0.0.1 — DNS rebinding — is refused);
//! - a request that changes anything (POST) must carry the session's token
//!   (a random value in every form, made when the workbench starts) and an
//!   `Origin` that is this server: another site can make the browser post
//!   a form here, but it cannot read the token, and its `Origin` is its own;
//! - bodies over [`MAX_BODY`] and URLs over [`MAX_URL`] are refused;
//! - URLs name ids (`/__edit/offering/lindenhof/deutschkurs`), never paths,
//!   and every id is checked against the id rule before it becomes a path.

use std::io::Read as _;

/// The largest request body accepted (a long text with its front matter).
pub const MAX_BODY: usize = 1 << 20;
/// The longest URL accepted.
pub const MAX_URL: usize = 4096;

/// A request, read and checked.
pub struct Req {
    /// Whether it is a POST (state-changing) request.
    pub post: bool,
    /// The path segments after `/__edit/`, percent-decoded.
    pub path: Vec<String>,
    /// Query parameters.
    pub query: Vec<(String, String)>,
    /// Form fields of a POST.
    pub form: Vec<(String, String)>,
    /// The interface language asked for (`de` or `en`).
    pub ui: String,
}

impl Req {
    /// The first value of a form field (POST) or query parameter.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.form
            .iter()
            .chain(self.query.iter())
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// A field's value, or "" when absent.
    pub fn val(&self, name: &str) -> String {
        self.get(name).unwrap_or("").to_string()
    }

    /// Every value of a field (checkboxes).
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.form
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// Whether the form has this field at all.
    pub fn has(&self, name: &str) -> bool {
        self.form.iter().any(|(k, _)| k == name)
    }

    /// A path segment.
    pub fn seg(&self, i: usize) -> &str {
        self.path.get(i).map(String::as_str).unwrap_or("")
    }
}

/// An answer.
pub enum Resp {
    /// An HTML page with a status.
    Html(u16, String),
    /// See other (after a POST that worked).
    Redirect(String),
    /// Plain text with a status (refusals).
    Text(u16, String),
    /// A file of the workbench (CSS, script).
    Asset(&'static str, &'static [u8]),
}

fn header(h: &str) -> tiny_http::Header {
    h.parse::<tiny_http::Header>().expect("valid header")
}

/// Headers on every answer: nothing is cached, nothing runs that is not
/// the workbench's own, and no other site may frame it.
const SECURITY: [&str; 5] = [
    "Content-Security-Policy: default-src 'self'; img-src 'self' data:; frame-ancestors 'self'; form-action 'self'; base-uri 'none'",
    "X-Frame-Options: SAMEORIGIN",
    "X-Content-Type-Options: nosniff",
    // Not `no-referrer`: with it Chromium sends `Origin: null` on the
    // workbench's own form posts, and they would be refused.
    "Referrer-Policy: same-origin",
    "Cache-Control: no-store",
];

/// Sends `resp` as the answer to `req`.
pub fn send(req: tiny_http::Request, resp: Resp) {
    send_with_cookie(req, resp, None)
}

/// Sends `resp`, remembering the interface language `ui` in a cookie.
pub fn send_with_cookie(req: tiny_http::Request, resp: Resp, ui: Option<&str>) {
    let cookie = ui.map(|u| {
        header(&format!(
            "Set-Cookie: quartier-ui={u}; Path=/__edit; SameSite=Strict; Max-Age=31536000"
        ))
    });
    let (status, ct, body) = match resp {
        Resp::Html(s, b) => (s, "text/html; charset=utf-8", b.into_bytes()),
        Resp::Text(s, b) => (s, "text/plain; charset=utf-8", b.into_bytes()),
        Resp::Asset(ct, b) => (200, ct, b.to_vec()),
        Resp::Redirect(to) => {
            let mut r = tiny_http::Response::empty(303);
            if let Ok(h) = format!("Location: {to}").parse::<tiny_http::Header>() {
                r = r.with_header(h);
            }
            for h in SECURITY {
                r = r.with_header(header(h));
            }
            if let Some(c) = cookie {
                r = r.with_header(c);
            }
            let _ = req.respond(r);
            return;
        }
    };
    let mut r = tiny_http::Response::from_data(body)
        .with_status_code(status)
        .with_header(header(&format!("Content-Type: {ct}")));
    for h in SECURITY {
        r = r.with_header(header(h));
    }
    if let Some(c) = cookie {
        r = r.with_header(c);
    }
    let _ = req.respond(r);
}

fn header_value(req: &tiny_http::Request, name: &'static str) -> Option<String> {
    req.headers()
        .iter()
        .find(|h| h.field.equiv(name))
        .map(|h| h.value.as_str().to_string())
}

/// Whether `origin` is this server (`http://127.0.0.1:PORT` or
/// `http://localhost:PORT`).
pub fn origin_allowed(origin: &str, port: u16) -> bool {
    let origin = origin.to_ascii_lowercase();
    origin == format!("http://127.0.0.1:{port}") || origin == format!("http://localhost:{port}")
}

/// Compares two tokens in time independent of where they differ.
fn same_token(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// A new session token: 128 random bits from the standard library's
/// OS-seeded hasher keys, as 32 hex digits.
pub fn new_token() -> String {
    use std::hash::{BuildHasher, Hasher};
    let mut out = String::new();
    for i in 0..2u8 {
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u8(i);
        h.write_u128(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos())
                .unwrap_or(0),
        );
        out.push_str(&format!("{:016x}", h.finish()));
    }
    out
}

/// Reads and checks a request of the workbench (`/__edit/…`). A refusal
/// is the answer to send instead.
pub fn read(req: &mut tiny_http::Request, port: u16, token: &str) -> Result<Req, Resp> {
    let url = req.url().to_string();
    if url.len() > MAX_URL {
        return Err(Resp::Text(
            414,
            "Refused: the address is too long.\n".into(),
        ));
    }
    let post = match req.method() {
        tiny_http::Method::Get | tiny_http::Method::Head => false,
        tiny_http::Method::Post => true,
        _ => return Err(Resp::Text(405, "Refused: only GET and POST.\n".into())),
    };
    let (path, query) = url.split_once('?').unwrap_or((&url, ""));
    let rest = path.strip_prefix("/__edit").unwrap_or("");
    let mut segs = Vec::new();
    for part in rest.split('/').filter(|p| !p.is_empty()) {
        let part = crate::markdown::percent_decode(part);
        if part == ".." || part == "." || part.contains(['/', '\\', '\0']) {
            return Err(Resp::Text(
                400,
                "Refused: not an address of the workbench.\n".into(),
            ));
        }
        segs.push(part);
    }
    let query: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
        .into_owned()
        .collect();
    let mut form = Vec::new();
    if post {
        match header_value(req, "Origin") {
            Some(o) if origin_allowed(&o, port) => {}
            _ => {
                return Err(Resp::Text(
                    403,
                    "Refused: a change must come from the workbench's own page (the Origin header is missing or names another site).\n"
                        .into(),
                ))
            }
        }
        if req.body_length().is_some_and(|n| n > MAX_BODY) {
            return Err(Resp::Text(
                413,
                "Refused: the request is larger than 1 MB.\n".into(),
            ));
        }
        let mut body = Vec::new();
        let read = req
            .as_reader()
            .take(MAX_BODY as u64 + 1)
            .read_to_end(&mut body);
        if read.is_err() || body.len() > MAX_BODY {
            return Err(Resp::Text(
                413,
                "Refused: the request is larger than 1 MB.\n".into(),
            ));
        }
        let ct = header_value(req, "Content-Type").unwrap_or_default();
        if !ct.starts_with("application/x-www-form-urlencoded") {
            return Err(Resp::Text(
                415,
                "Refused: the workbench accepts only its own forms.\n".into(),
            ));
        }
        form = form_urlencoded::parse(&body).into_owned().collect();
        let sent = form
            .iter()
            .find(|(k, _)| k == "_token")
            .map(|(_, v)| v.as_str())
            .unwrap_or("");
        if !same_token(sent, token) {
            return Err(Resp::Text(
                403,
                "Refused: this form is not from the running workbench (the session token is missing or old). Reload the page and try again.\n"
                    .into(),
            ));
        }
    }
    let ui = query
        .iter()
        .find(|(k, _)| k == "ui")
        .map(|(_, v)| v.clone())
        .or_else(|| {
            header_value(req, "Cookie").and_then(|c| {
                c.split(';')
                    .filter_map(|p| p.trim().strip_prefix("quartier-ui="))
                    .next()
                    .map(str::to_string)
            })
        })
        .or_else(|| {
            header_value(req, "Accept-Language").map(|a| {
                if a.trim_start().starts_with("de") {
                    "de".into()
                } else {
                    "en".into()
                }
            })
        })
        .filter(|u| u == "de" || u == "en")
        .unwrap_or_else(|| "de".into());
    Ok(Req {
        post,
        path: segs,
        query,
        form,
        ui,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins() {
        assert!(origin_allowed("http://127.0.0.1:1112", 1112));
        assert!(origin_allowed("http://localhost:1112", 1112));
        assert!(!origin_allowed("http://127.0.0.1:1113", 1112));
        assert!(!origin_allowed("http://evil.example:1112", 1112));
        assert!(!origin_allowed("null", 1112));
        assert!(!origin_allowed("http://127.0.0.1.evil.example:1112", 1112));
    }

    #[test]
    fn tokens_are_random_and_compared_whole() {
        let (a, b) = (new_token(), new_token());
        assert_eq!(a.len(), 32);
        assert_ne!(a, b);
        assert!(same_token(&a, &a.clone()));
        assert!(!same_token(&a, &b));
        assert!(!same_token(&a, &a[..31]));
        assert!(!same_token(&a, ""));
    }
}
