//! A file as plain text: for a file that is already broken on disk (the
//! forms cannot read it), with the loader's findings marked at their lines,
//! so the editor can mend it. Saving checks like every form: the text is
//! written when it has no errors, or fewer than the file has now (mending
//! may take several steps); the findings that are left stay on the page.

use std::path::PathBuf;

use crate::escape::html as esc;

use super::http::{Req, Resp};
use super::store::Change;
use super::{href, ids_ok, Ctx};

/// The file of a raw address, and the form page to go back to.
fn locate(rest: &[&str]) -> Option<(PathBuf, String)> {
    Some(match rest {
        ["places"] => ("content/places.yaml".into(), href(&["places"])),
        ["organisations"] => (
            "content/organisations.yaml".into(),
            href(&["organisations"]),
        ),
        ["district", d] if ids_ok(&[d]) => (
            PathBuf::from("content").join(d).join("district.yaml"),
            href(&["district", d]),
        ),
        ["offering", d, o] if ids_ok(&[d, o]) => (
            PathBuf::from("content")
                .join(d)
                .join(o)
                .join("offering.yaml"),
            href(&["offering", d, o]),
        ),
        _ => return None,
    })
}

/// The plain text editor.
pub fn raw(req: &Req, cx: &Ctx, rest: &[&str]) -> Resp {
    let ui = cx.ui;
    let Some((rel, back)) = locate(rest) else {
        return cx.not_found();
    };
    let Some(on_disk) = cx.store.read(&rel) else {
        return cx.not_found();
    };
    let mut text = on_disk.clone();
    let mut notice = String::new();
    let mut status = 200;
    if req.post {
        text = req.val("text").replace("\r\n", "\n");
        if on_disk.contains("\r\n") {
            text = text.replace('\n', "\r\n");
        }
        let change = [Change {
            rel: rel.clone(),
            text: Some(text.clone()),
        }];
        let checked = cx.store.check(&change);
        let errors_after = checked.here.iter().filter(|d| d.is_error()).count();
        // Better is saved too: a broken file may take several steps to mend.
        let errors_before = broken_count(cx, &rel);
        if checked.ok() || (errors_after < errors_before && checked.elsewhere.is_empty()) {
            if let Err(e) = cx.store.write(&change) {
                notice = format!("<p class=\"notice error\">{}</p>", esc(&e.to_string()));
                status = 500;
            } else if checked.ok() {
                return Resp::Redirect(back);
            } else {
                notice = format!(
                    "<p class=\"notice warning\" role=\"status\">{}</p>",
                    esc(&ui.t("raw-better"))
                );
            }
        } else {
            notice = format!(
                "<p class=\"notice error\" role=\"alert\">{}</p>",
                esc(&ui.t("not-saved"))
            );
            status = 422;
        }
    }
    let checked = cx.store.check(&[Change {
        rel: rel.clone(),
        text: Some(text.clone()),
    }]);
    let mut marks = String::new();
    let mut bad_lines = Vec::new();
    let last = text.lines().count().max(1);
    for d in checked.here.iter().chain(&checked.elsewhere) {
        if let Some(l) = d.line {
            // The parser may stop after the last line (an unclosed brace).
            bad_lines.push(l.min(last));
        }
        marks.push_str(&format!(
            "<li class=\"{}\"><a href=\"#line-{}\">{}</a>{}</li>",
            if d.is_error() { "error" } else { "warning" },
            d.line.unwrap_or(1),
            esc(&format!("{}: {}", d.location(), d.message)),
            d.hint
                .as_ref()
                .map(|h| format!("<br><span class=\"hint\">{}</span>", esc(h)))
                .unwrap_or_default()
        ));
    }
    // The lines, numbered, with the broken ones marked: beside the text
    // area, so the editor sees where to look.
    let mut numbered = String::new();
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        let class = if bad_lines.contains(&n) {
            " class=\"bad\""
        } else {
            ""
        };
        numbered.push_str(&format!(
            "<li id=\"line-{n}\"{class}><code>{}</code></li>",
            esc(line)
        ));
    }
    let main = format!(
        "<p class=\"crumbs\"><a href=\"/__edit/\">{home}</a></p><h1>{h1}</h1>{notice}<p>{intro}</p>\
<ul class=\"findings\" id=\"raw-findings\">{marks}</ul>\
<form method=\"post\" novalidate>{token}<div class=\"field\"><label for=\"f-text\">{label}</label>\
<textarea id=\"f-text\" name=\"text\" rows=\"24\" spellcheck=\"false\" class=\"code\" aria-describedby=\"raw-findings\">{text}</textarea></div>\
<p class=\"actions\"><button type=\"submit\">{save}</button> <a class=\"button secondary\" href=\"{back}\">{form}</a></p></form>\
<h2>{lines_h}</h2><ol class=\"lines\">{numbered}</ol>",
        home = esc(&ui.t("nav-home")),
        h1 = esc(&ui.ta("raw-title", &[("file", &rel.display().to_string())])),
        intro = esc(&ui.t("raw-intro")),
        token = cx.token_field(),
        label = esc(&rel.display().to_string()),
        text = esc(&text),
        save = esc(&ui.t("save")),
        back = esc(&back),
        form = esc(&ui.t("back-to-form")),
        lines_h = esc(&ui.t("raw-lines")),
    );
    cx.page_status(
        status,
        &ui.ta("raw-title", &[("file", &rel.display().to_string())]),
        "",
        &main,
    )
}

/// How many errors the file on disk has now.
fn broken_count(cx: &Ctx, rel: &std::path::Path) -> usize {
    let Some(text) = cx.store.read(rel) else {
        return 0;
    };
    cx.store
        .check(&[Change {
            rel: rel.to_path_buf(),
            text: Some(text),
        }])
        .here
        .iter()
        .filter(|d| d.is_error())
        .count()
}
