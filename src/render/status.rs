//! The team's translation status page (`/translation-status/`, opt-in).

use crate::escape::html as escape_html;
use crate::model::Site;

/// The team's translation status page: every text and language, with links
/// to the source files' pages. Plain HTML with the theme's stylesheet, in the
/// default language's direction; robots are asked not to index it.
pub fn translation_status(site: &Site) -> String {
    use crate::translations::{status, Status};
    let cfg = &site.config;
    let def = cfg.default_lang();
    let rows = status(site);
    let mut out = format!(
        "<!doctype html>\n<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"robots\" content=\"noindex\">\n<title>Translation status</title>\n<link rel=\"stylesheet\" href=\"../style.css\">\n<link rel=\"icon\" href=\"../favicon.svg\" type=\"image/svg+xml\">\n</head>\n<body>\n<main id=\"main\">\n<h1>Translation status</h1>\n<p>✅ up to date · ⚠️ stale (source changed) · 🤖 machine-translated · ❔ no <code>translation_of</code> · — missing</p>\n<div class=\"body\"><table>\n<thead><tr><th scope=\"col\">text</th>",
        def.code,
        def.dir.as_str()
    );
    for l in &cfg.languages {
        out.push_str(&format!(
            "<th scope=\"col\" lang=\"{}\">{}</th>",
            escape_html(&l.code),
            escape_html(&l.code)
        ));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for r in &rows {
        out.push_str(&format!(
            "<tr><th scope=\"row\"><code>{}</code></th>",
            escape_html(&r.dir.to_string_lossy())
        ));
        for s in &r.status {
            let (sym, label) = match s {
                Status::Source => ("●", "source"),
                Status::UpToDate => ("✅", "up to date"),
                Status::Stale => ("⚠️", "stale"),
                Status::Machine => ("🤖", "machine-translated"),
                Status::Unmarked => ("❔", "unmarked"),
                Status::Missing => ("—", "missing"),
            };
            out.push_str(&format!(
                "<td title=\"{label}\">{sym}<span class=\"visually-hidden\"> {label}</span></td>"
            ));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody></table></div>\n</main>\n</body>\n</html>\n");
    out
}
