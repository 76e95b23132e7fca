//! The workbench's interface: its strings (Project Fluent, German and
//! English, in src/edit/locales/) and the frame every page is drawn in.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use include_dir::{include_dir, Dir};

use crate::escape::html as esc;

static LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/src/edit/locales");

/// The interface languages.
pub const UI_LANGS: [&str; 2] = ["de", "en"];

fn bundle(lang: &str) -> &'static FluentBundle<FluentResource> {
    static DE: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    static EN: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    let cell = if lang == "en" { &EN } else { &DE };
    cell.get_or_init(|| {
        let code = if lang == "en" { "en" } else { "de" };
        let mut b = FluentBundle::new_concurrent(vec![code.parse().expect("valid tag")]);
        b.set_use_isolating(false);
        let mut files: Vec<_> = LOCALES
            .get_dir(code)
            .map(|d| d.files().collect())
            .unwrap_or_default();
        files.sort_by_key(|f| f.path());
        for f in files {
            let text = f.contents_utf8().unwrap_or_default().to_string();
            let res = FluentResource::try_new(text).unwrap_or_else(|(r, _)| r);
            b.add_resource_overriding(res);
        }
        b
    })
}

/// The interface strings of one language.
#[derive(Clone, Copy)]
pub struct Ui {
    /// `de` or `en`.
    pub lang: &'static str,
}

impl Ui {
    /// For a requested interface language.
    pub fn new(lang: &str) -> Ui {
        Ui {
            lang: if lang == "en" { "en" } else { "de" },
        }
    }

    /// A message; its id when it is missing (tests make sure none is).
    pub fn t(&self, id: &str) -> String {
        self.ta(id, &[])
    }

    /// A message with arguments.
    pub fn ta(&self, id: &str, args: &[(&str, &str)]) -> String {
        let b = bundle(self.lang);
        let Some(pattern) = b.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, v.to_string());
        }
        let mut errors = Vec::new();
        b.format_pattern(pattern, Some(&fa), &mut errors)
            .into_owned()
    }

    /// A language's name in the interface language (`lang-<code>`), or
    /// `endonym` when the workbench has no name for it.
    pub fn lang_name(&self, code: &str, endonym: &str) -> String {
        let id = format!("lang-{code}");
        if self.has(&id) {
            self.t(&id)
        } else {
            endonym.to_string()
        }
    }

    /// Whether a message exists.
    pub fn has(&self, id: &str) -> bool {
        bundle(self.lang).has_message(id)
    }
}

/// What the frame needs besides the page's own HTML.
pub struct Frame<'a> {
    /// The page title.
    pub title: &'a str,
    /// Which item of the menu is this page's.
    pub section: &'a str,
    /// The session token, for the forms in the frame.
    pub token: &'a str,
    /// The preview's errors, if the content is broken.
    pub broken: &'a [String],
    /// The number of unsaved (uncommitted) changes.
    pub changes: usize,
}

/// A hidden field with the session token, for every form.
pub fn token_field(token: &str) -> String {
    format!(
        "<input type=\"hidden\" name=\"_token\" value=\"{}\">",
        esc(token)
    )
}

/// The whole page.
pub fn page(ui: Ui, f: &Frame, main: &str) -> String {
    let menu = [
        ("home", "/__edit/", "nav-home"),
        ("texts", "/__edit/translations", "nav-translations"),
        ("places", "/__edit/places", "nav-places"),
        (
            "organisations",
            "/__edit/organisations",
            "nav-organisations",
        ),
        ("pages", "/__edit/pages", "nav-pages"),
        ("git", "/__edit/changes", "nav-changes"),
    ];
    let mut nav = String::new();
    for (id, href, msg) in menu {
        let current = if id == f.section {
            " aria-current=\"page\""
        } else {
            ""
        };
        let mut label = esc(&ui.t(msg));
        if id == "git" && f.changes > 0 {
            label.push_str(&format!(" <span class=\"badge\">{}</span>", f.changes));
        }
        nav.push_str(&format!("<li><a href=\"{href}\"{current}>{label}</a></li>"));
    }
    let other = if ui.lang == "de" { "en" } else { "de" };
    let other_name = if other == "de" { "Deutsch" } else { "English" };
    let broken = if f.broken.is_empty() {
        String::new()
    } else {
        format!(
            "<div class=\"broken\" role=\"alert\"><p><strong>{}</strong></p><pre>{}</pre></div>",
            esc(&ui.t("site-broken")),
            esc(&f.broken.join("\n"))
        )
    };
    format!(
        "<!doctype html><html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<title>{title} · {app}</title><link rel=\"stylesheet\" href=\"/__edit/assets/edit.css\">\
<script src=\"/__edit/assets/edit.js\" defer></script></head><body>\
<a class=\"skip\" href=\"#main\">{skip}</a>\
<header class=\"top\"><p class=\"app\"><a href=\"/__edit/\">{app}</a></p>\
<nav aria-label=\"{navlabel}\"><ul>{nav}</ul></nav>\
<p class=\"tools\"><a href=\"/\" target=\"quartier-preview\">{preview}</a> \
<a href=\"?ui={other}\" hreflang=\"{other}\" lang=\"{other}\">{other_name}</a></p></header>\
{broken}<main id=\"main\" data-token=\"{token}\">{main}</main></body></html>",
        lang = ui.lang,
        title = esc(f.title),
        app = esc(&ui.t("app-name")),
        skip = esc(&ui.t("skip-to-main")),
        navlabel = esc(&ui.t("nav-label")),
        preview = esc(&ui.t("open-preview")),
        token = esc(f.token),
    )
}

/// The messages of a field: its errors and warnings, with their hints.
#[derive(Debug, Clone, Default)]
pub struct Finding {
    /// The message, as `check` says it.
    pub message: String,
    /// The hint, if any.
    pub hint: Option<String>,
    /// Whether it is an error (else a warning).
    pub error: bool,
}

/// The HTML of a field's findings (the element `id` is the target of the
/// field's `aria-describedby`).
pub fn findings_html(id: &str, found: &[Finding]) -> String {
    if found.is_empty() {
        return String::new();
    }
    let mut s = format!("<ul class=\"findings\" id=\"{}\">", esc(id));
    for f in found {
        let class = if f.error { "error" } else { "warning" };
        s.push_str(&format!("<li class=\"{class}\">{}", esc(&f.message)));
        if let Some(h) = &f.hint {
            s.push_str(&format!("<br><span class=\"hint\">{}</span>", esc(h)));
        }
        s.push_str("</li>");
    }
    s.push_str("</ul>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every message the workbench's code asks for exists in both
    /// interface languages, and no language has a message the other lacks.
    #[test]
    fn every_message_exists_in_both_languages() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/edit");
        let mut asked = std::collections::BTreeSet::new();
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for call in ["t(\"", "ta(\"", "msg(\""] {
                    for (i, _) in text.match_indices(call) {
                        // `ui.t("…")`, not `get("…")` or `set("…")`.
                        if text[..i]
                            .chars()
                            .last()
                            .is_some_and(|c| c.is_alphanumeric() || c == '_')
                        {
                            continue;
                        }
                        let rest = &text[i + call.len()..];
                        let id: String = rest
                            .chars()
                            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                            .collect();
                        if rest[id.len()..].starts_with('"') && !id.is_empty() {
                            asked.insert(id);
                        }
                    }
                }
            }
        }
        assert!(asked.len() > 20, "found only {asked:?}");
        for lang in UI_LANGS {
            let ui = Ui::new(lang);
            let missing: Vec<_> = asked.iter().filter(|id| !ui.has(id)).collect();
            assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        }
    }

    #[test]
    fn messages_take_arguments() {
        let ui = Ui::new("en");
        assert!(ui
            .ta("saved-file", &[("file", "x.yaml")])
            .contains("x.yaml"));
    }
}
