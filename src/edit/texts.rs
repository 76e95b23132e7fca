//! Texts and translations: one text beside its source, field by field,
//! with what changed in the source since the translation was made; the
//! status board of every language; the free pages.

use std::path::{Path, PathBuf};

use serde_yaml::Value;

use crate::escape::html as esc;

use super::form::{self, Findings, Opts};
use super::http::{Req, Resp};
use super::store::{self, Change};
use super::{git, href, ids_ok, yamledit, Ctx};

/// The folder of a text's thing and the path parts of its address, from
/// the address (`offering/<d>/<o>/<lang>`, `district/<d>/<lang>`,
/// `page/<p>/<lang>`, `home/<lang>`).
fn locate<'a>(rest: &[&'a str]) -> Option<(PathBuf, Vec<&'a str>, &'a str)> {
    let (lang, parts) = rest.split_last()?;
    let dir = match parts {
        ["offering", d, o] if ids_ok(&[d, o]) => Path::new("content").join(d).join(o),
        ["district", d] if ids_ok(&[d]) => Path::new("content").join(d),
        ["page", p] if ids_ok(&[p]) => Path::new("content/pages").join(p),
        ["home"] => PathBuf::from("content"),
        _ => return None,
    };
    Some((dir, parts.to_vec(), lang))
}

/// Title, summary and body of a text file, and its front matter.
struct Parts {
    title: String,
    summary: String,
    body: String,
    front: Value,
}

fn parts(text: &str) -> Parts {
    let (front, body) = match crate::load::texts::split_front_matter(text) {
        Some((f, b, _)) => (
            serde_yaml::from_str(f).unwrap_or(Value::Null),
            b.to_string(),
        ),
        None => (Value::Null, text.to_string()),
    };
    Parts {
        title: store::get_str(&front, "title"),
        summary: store::get_str(&front, "summary"),
        body: body.trim_start_matches(['\r', '\n']).to_string(),
        front,
    }
}

/// The state of a text: `source`, `missing`, `ok`, `stale`, `machine` or
/// `unmarked` (a translation that does not say what it was made from).
pub fn state(cx: &Ctx, rel: &Path) -> &'static str {
    let Ok(config) = cx.store.config() else {
        return "missing";
    };
    let def = &config.default_lang().code;
    let Some(text) = cx.store.read(rel) else {
        return "missing";
    };
    if rel.file_stem().and_then(|s| s.to_str()) == Some(def.as_str()) {
        return "source";
    }
    let p = parts(&text);
    let source = rel
        .parent()
        .map(|d| d.join(format!("{def}.md")))
        .and_then(|s| cx.store.read(&s))
        .and_then(|s| git::text_fingerprint(&s));
    let recorded = store::get_str(&p.front, "translation_of");
    match (recorded.is_empty(), source) {
        (false, Some(src)) if src != recorded => "stale",
        _ if p.front.get("machine_translated").and_then(Value::as_bool) == Some(true) => "machine",
        (false, _) => "ok",
        (true, _) => "unmarked",
    }
}

/// Markdown as HTML for the preview (sanitised; links are not rewritten).
pub fn markdown_html(md: &str) -> String {
    let mut out = String::new();
    let parser = pulldown_cmark::Parser::new_ext(md, pulldown_cmark::Options::ENABLE_TABLES);
    pulldown_cmark::html::push_html(&mut out, parser);
    ammonia::clean(&out)
}

/// The Markdown preview for the script (POST `text`).
pub fn markdown_preview(req: &Req, _cx: &Ctx) -> Resp {
    Resp::Html(200, markdown_html(&req.val("text")))
}

/// A text in one language: the editor, beside the default-language source.
pub fn text(req: &Req, cx: &Ctx, rest: &[&str]) -> Resp {
    let ui = cx.ui;
    let Some((dir, parts_of, lang)) = locate(rest) else {
        return cx.not_found();
    };
    if !cx.store.exists(&dir) {
        return cx.not_found();
    }
    let config = match cx.config() {
        Ok(c) => c,
        Err(page) => return page,
    };
    let Some(li) = config.lang_index(lang) else {
        return cx.not_found();
    };
    let language = &config.languages[li];
    let def = config.default_lang().clone();
    let is_source = li == config.default_language;
    let rel = dir.join(format!("{lang}.md"));
    let src_rel = dir.join(format!("{}.md", def.code));
    let old_text = cx.store.read(&rel);
    let source_text = cx.store.read(&src_rel);
    let source = source_text.as_deref().map(parts);
    let source_fp = source_text.as_deref().and_then(git::text_fingerprint);
    let mut cur = old_text.as_deref().map(parts).unwrap_or(Parts {
        title: String::new(),
        summary: String::new(),
        body: String::new(),
        front: Value::Null,
    });
    let mut found = Findings::default();
    let mut status = 200;
    let mut notice = String::new();
    if !req.post && req.get("saved").is_some() {
        notice = format!(
            "<p class=\"notice ok\" role=\"status\">{}</p>",
            esc(&ui.t("saved"))
        );
    }
    if req.post {
        cur.title = req.val("title");
        cur.summary = req.val("summary");
        cur.body = req.val("body").replace("\r\n", "\n");
        let mut front = if cur.front.is_mapping() {
            cur.front.clone()
        } else {
            Value::Mapping(Default::default())
        };
        store::set(&mut front, "title", Some(cur.title.trim().into()));
        store::set(&mut front, "summary", Some(cur.summary.trim().into()));
        if !is_source {
            // Saved means translated from the source as it is now, unless
            // the translator says the work is not finished.
            if req.get("unfinished") != Some("yes") {
                if let Some(fp) = &source_fp {
                    store::set(&mut front, "translation_of", Some(fp.clone().into()));
                }
            }
            let mt = req.get("machine") == Some("yes");
            store::set(
                &mut front,
                "machine_translated",
                mt.then_some(Value::Bool(true)),
            );
        }
        cur.front = front.clone();
        let old = old_text.clone().unwrap_or_default();
        match yamledit::sync_text(&old, &front, Some(&cur.body)) {
            Err(e) => {
                found.error("", e);
                status = 422;
            }
            Ok(new_text) => match cx.store.save(&[Change {
                rel: rel.clone(),
                text: Some(new_text.clone()),
            }]) {
                Ok(_) => {
                    let mut to = vec!["text"];
                    to.extend_from_slice(&parts_of);
                    to.push(lang);
                    return Resp::Redirect(format!("{}?saved=1", href(&to)));
                }
                Err((checked, io)) => {
                    if !io.is_empty() {
                        found.error("", io);
                    }
                    place_text_findings(&mut found, &checked, &rel, &new_text);
                    status = 422;
                }
            },
        }
    }
    // What changed in the source since this translation was made.
    let recorded = store::get_str(&cur.front, "translation_of");
    let mut changed = String::new();
    let stale =
        !is_source && !recorded.is_empty() && source_fp.as_deref().is_some_and(|fp| fp != recorded);
    if stale {
        let old_source = git::Repo::open(&cx.store.root)
            .ok()
            .and_then(|repo| git::find_source(&repo, &src_rel, &recorded));
        match (old_source, &source) {
            (Some((rev, old)), Some(now)) => {
                let was = parts(&old);
                let mut rows = String::new();
                for (label, a, b) in [
                    ("field-title", &was.title, &now.title),
                    ("field-summary", &was.summary, &now.summary),
                    ("field-body", &was.body, &now.body),
                ] {
                    if a.trim() != b.trim() {
                        rows.push_str(&format!(
                            "<h3>{}</h3><div class=\"diff\" lang=\"{}\" dir=\"{}\">{}</div>",
                            esc(&ui.t(label)),
                            esc(&def.code),
                            def.dir.as_str(),
                            super::diff::word_diff_html(a.trim(), b.trim())
                        ));
                    }
                }
                changed = format!(
                    "<section class=\"changed\" aria-labelledby=\"changed-h\"><h2 id=\"changed-h\">{}</h2><p>{}</p>{rows}</section>",
                    esc(&ui.t("source-changed")),
                    esc(&ui.ta("source-changed-since", &[("rev", rev.get(..7).unwrap_or(&rev))])),
                );
            }
            _ => {
                changed = format!(
                    "<section class=\"changed\"><h2>{}</h2><p>{}</p></section>",
                    esc(&ui.t("source-changed")),
                    esc(&ui.t("source-version-unknown"))
                );
            }
        }
    }
    let dir_attr = language.dir.as_str();
    let lo = |help: Option<String>| Opts {
        lang: Some(lang),
        dir: Some(dir_attr),
        help,
        ..Opts::default()
    };
    let mut fields = String::new();
    fields.push_str(&form::input(
        &ui.t("field-title"),
        "title",
        "text",
        &cur.title,
        found.of("title"),
        &lo(None),
    ));
    fields.push_str(&form::input(
        &ui.t("field-summary"),
        "summary",
        "text",
        &cur.summary,
        found.of("summary"),
        &lo(Some(ui.t("field-summary-help"))),
    ));
    fields.push_str(&form::textarea(
        &ui.t("field-body"),
        "body",
        &cur.body,
        14,
        found.of("body"),
        &Opts {
            extra: " data-markdown-preview=\"preview-target\"",
            ..lo(Some(ui.t("field-body-help")))
        },
    ));
    if !is_source {
        let unfinished_checked = req.post && req.get("unfinished") == Some("yes");
        let mt = cur.front.get("machine_translated").and_then(Value::as_bool) == Some(true);
        fields.push_str(&format!(
            "<div class=\"field\"><label class=\"check\" for=\"f-unfinished\"><input type=\"checkbox\" id=\"f-unfinished\" name=\"unfinished\" value=\"yes\"{}> {}</label>\
<label class=\"check\" for=\"f-machine\"><input type=\"checkbox\" id=\"f-machine\" name=\"machine\" value=\"yes\"{}> {}</label></div>",
            if unfinished_checked { " checked" } else { "" },
            esc(&ui.t("unfinished")),
            if mt { " checked" } else { "" },
            esc(&ui.t("machine-translated")),
        ));
    }
    let source_col = match (&source, is_source) {
        (_, true) => String::new(),
        (None, false) => format!("<section class=\"source\"><p>{}</p></section>", esc(&ui.t("no-source"))),
        (Some(s), false) => format!(
            "<section class=\"source\" lang=\"{code}\" dir=\"{dir}\" aria-labelledby=\"source-h\"><h2 id=\"source-h\">{h}</h2>\
<dl><dt>{tl}</dt><dd>{title}</dd><dt>{sl}</dt><dd>{summary}</dd></dl><h3>{bl}</h3><div class=\"md\">{body}</div></section>",
            code = esc(&def.code),
            dir = def.dir.as_str(),
            h = esc(&ui.ta("source-in", &[("language", &def.endonym)])),
            tl = esc(&ui.t("field-title")),
            title = esc(&s.title),
            sl = esc(&ui.t("field-summary")),
            summary = esc(&s.summary),
            bl = esc(&ui.t("field-body")),
            body = markdown_html(&s.body),
        ),
    };
    let state_now = state(cx, &rel);
    let back_href = match parts_of.as_slice() {
        ["offering", d, o] => href(&["offering", d, o]),
        ["district", d] => href(&["district", d]),
        _ => href(&["pages"]),
    };
    let title = if cur.title.is_empty() {
        source.as_ref().map(|s| s.title.clone()).unwrap_or_default()
    } else {
        cur.title.clone()
    };
    let others: String = config
        .languages
        .iter()
        .map(|l| {
            let mut p = vec!["text"];
            p.extend_from_slice(&parts_of);
            p.push(&l.code);
            let current = if l.code == lang {
                " aria-current=\"page\""
            } else {
                ""
            };
            format!(
                "<li><a href=\"{}\" lang=\"{}\"{current}>{}</a></li>",
                esc(&href(&p)),
                esc(&l.code),
                esc(&l.endonym)
            )
        })
        .collect();
    let main = format!(
        "<p class=\"crumbs\"><a href=\"/__edit/\">{home}</a> › <a href=\"{back_href}\">{back_label}</a></p>\
<h1>{h1}</h1><nav class=\"langs\" aria-label=\"{langs_label}\"><ul>{others}</ul></nav>{notice}{general}\
<p><span class=\"tag {state_now}\">{state_label}</span></p>{changed}\
<div class=\"translate{one}\">{source_col}<section class=\"target\"><h2>{target_h}</h2>\
<form method=\"post\" novalidate>{token}{fields}<p class=\"actions\"><button type=\"submit\">{save}</button></p></form>\
<h3>{preview_h}</h3><div class=\"md\" id=\"preview-target\" lang=\"{lang}\" dir=\"{dir_attr}\">{preview}</div></section></div>",
        home = esc(&ui.t("nav-home")),
        back_label = esc(&ui.t("back")),
        h1 = esc(&ui.ta("text-in", &[("title", &title), ("language", &language.endonym)])),
        langs_label = esc(&ui.t("languages")),
        general = found.general_html(ui),
        state_label = esc(&ui.t(&format!("state-{state_now}"))),
        one = if is_source { " one" } else { "" },
        target_h = esc(&ui.ta("text-in-language", &[("language", &ui.lang_name(lang, &language.endonym))])),
        token = cx.token_field(),
        save = esc(&ui.t(if is_source { "save" } else { "save-translation" })),
        preview_h = esc(&ui.t("preview")),
        preview = markdown_html(&cur.body),
    );
    cx.page_status(status, &title, "texts", &main)
}

/// Places findings about a text file at title, summary or body.
fn place_text_findings(
    found: &mut Findings,
    checked: &super::store::Checked,
    rel: &Path,
    text: &str,
) {
    let body_line = crate::load::texts::split_front_matter(text)
        .map(|(_, _, off)| text[..off].matches('\n').count() + 1)
        .unwrap_or(1);
    let front = crate::load::texts::split_front_matter(text)
        .map(|(f, _, _)| f)
        .unwrap_or("");
    for d in checked
        .here
        .iter()
        .filter(|d| d.file.as_deref() == Some(rel))
    {
        let field = match d.line {
            Some(l) if l >= body_line => "body",
            Some(l) => {
                let in_front = l.saturating_sub(1);
                if yamledit::value_lines(front, &["summary"])
                    .is_some_and(|(a, b)| a <= in_front && in_front <= b)
                {
                    "summary"
                } else if yamledit::value_lines(front, &["title"])
                    .is_some_and(|(a, b)| a <= in_front && in_front <= b)
                {
                    "title"
                } else {
                    ""
                }
            }
            None if d.message.contains("summary") => "summary",
            None if d.message.contains("title") => "title",
            None => "",
        };
        found.add(field, d);
    }
    for d in checked
        .here
        .iter()
        .filter(|d| d.file.as_deref() != Some(rel))
        .chain(&checked.elsewhere)
    {
        found.add_located(d);
    }
}

/// The status board: per language, what is missing, stale, machine-made.
pub fn board(_req: &Req, cx: &Ctx) -> Resp {
    let ui = cx.ui;
    let Some(site) = cx.live_site() else {
        return cx.problem(500, &ui.t("site-broken"));
    };
    let rows = crate::translations::status(&site);
    let langs = &site.config.languages;
    use crate::translations::Status;
    let mut head = String::new();
    let mut summary = String::new();
    for (i, l) in langs.iter().enumerate() {
        head.push_str(&format!(
            "<th scope=\"col\"><span lang=\"{}\">{}</span></th>",
            esc(&l.code),
            esc(&l.code)
        ));
        if i == site.config.default_language {
            continue;
        }
        let count = |s: Status| rows.iter().filter(|r| r.status[i] == s).count();
        summary.push_str(&format!(
            "<tr><th scope=\"row\"><span lang=\"{}\" dir=\"{}\">{}</span></th><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&l.code),
            l.dir.as_str(),
            esc(&l.endonym),
            count(Status::UpToDate),
            count(Status::Stale),
            count(Status::Machine),
            count(Status::Unmarked),
            count(Status::Missing),
        ));
    }
    let mut table = String::new();
    for r in &rows {
        let parts: Vec<String> = match r.kind {
            "home" => vec!["home".into()],
            "page" => vec![
                "page".into(),
                r.dir
                    .file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into(),
            ],
            kind => {
                let mut v = vec![kind.to_string()];
                v.extend(
                    r.dir
                        .iter()
                        .skip(1)
                        .map(|s| s.to_string_lossy().into_owned()),
                );
                v
            }
        };
        let name = langs
            .get(site.config.default_language)
            .and_then(|l| cx.store.title(&r.dir.join(format!("{}.md", l.code))))
            .unwrap_or_else(|| r.dir.display().to_string());
        table.push_str(&format!("<tr><th scope=\"row\">{}</th>", esc(&name)));
        for (i, s) in r.status.iter().enumerate() {
            let mut p: Vec<&str> = vec!["text"];
            p.extend(parts.iter().map(String::as_str));
            p.push(&langs[i].code);
            let (class, sym) = match s {
                Status::Source => ("source", "●"),
                Status::UpToDate => ("ok", "✓"),
                Status::Stale => ("stale", "!"),
                Status::Machine => ("machine", "M"),
                Status::Unmarked => ("unmarked", "?"),
                Status::Missing => ("missing", "–"),
            };
            let label = ui.t(&format!("state-{class}"));
            table.push_str(&format!(
                "<td class=\"{class}\"><a href=\"{}\" title=\"{}\" aria-label=\"{} — {}\">{sym}</a></td>",
                esc(&href(&p)),
                esc(&label),
                esc(&langs[i].endonym),
                esc(&label)
            ));
        }
        table.push_str("</tr>");
    }
    let main = format!(
        "<h1>{h1}</h1><p>{intro}</p><table class=\"summary\"><thead><tr><th scope=\"col\">{lang}</th><th scope=\"col\">{ok}</th><th scope=\"col\">{stale}</th><th scope=\"col\">{mt}</th><th scope=\"col\">{unm}</th><th scope=\"col\">{missing}</th></tr></thead><tbody>{summary}</tbody></table>\
<h2>{all}</h2><div class=\"scroll\"><table class=\"board\"><thead><tr><th scope=\"col\">{text}</th>{head}</tr></thead><tbody>{table}</tbody></table></div>",
        h1 = esc(&ui.t("nav-translations")),
        intro = esc(&ui.t("board-intro")),
        lang = esc(&ui.t("language")),
        ok = esc(&ui.t("state-ok")),
        stale = esc(&ui.t("state-stale")),
        mt = esc(&ui.t("state-machine")),
        unm = esc(&ui.t("state-unmarked")),
        missing = esc(&ui.t("state-missing")),
        all = esc(&ui.t("all-texts")),
        text = esc(&ui.t("text")),
    );
    cx.page(&ui.t("nav-translations"), "texts", &main)
}

/// The free pages (imprint, privacy, about) and the home page's text.
pub fn pages(req: &Req, cx: &Ctx) -> Resp {
    let ui = cx.ui;
    let config = match cx.config() {
        Ok(c) => c,
        Err(page) => return page,
    };
    let def = config.default_lang().clone();
    // A new page: its title, short name and summary in the default language.
    let mut found = Findings::default();
    let (title, summary) = (req.val("title"), req.val("summary"));
    let id = match req.val("id").trim() {
        "" => crate::ids::suggest(title.trim()).unwrap_or_default(),
        s => s.to_string(),
    };
    let mut status = 200;
    if req.post {
        if title.trim().is_empty() {
            found.error("title", ui.t("needs-title"));
        }
        if !crate::ids::is_valid(&id) {
            found.error("id", ui.t("id-rule"));
        } else if cx.store.exists(&Path::new("content/pages").join(&id)) {
            found.error("id", ui.ta("id-taken", &[("id", &id)]));
        }
        if found.is_empty() {
            let mut front = Value::Mapping(Default::default());
            store::set(&mut front, "title", Some(title.trim().into()));
            store::set(&mut front, "summary", Some(summary.trim().into()));
            let rel = Path::new("content/pages")
                .join(&id)
                .join(format!("{}.md", def.code));
            let text = yamledit::sync_text("", &front, Some(&req.val("body"))).unwrap_or_default();
            match cx.store.save(&[Change {
                rel: rel.clone(),
                text: Some(text.clone()),
            }]) {
                Ok(_) => {
                    return Resp::Redirect(format!(
                        "{}?saved=1",
                        href(&["text", "page", &id, &def.code])
                    ))
                }
                Err((checked, io)) => {
                    if !io.is_empty() {
                        found.error("", io);
                    }
                    place_text_findings(&mut found, &checked, &rel, &text);
                }
            }
        }
        status = 422;
    }
    let mut list = String::from("<ul class=\"offerings\">");
    list.push_str(&format!(
        "<li><a href=\"{}\">{}</a></li>",
        href(&["text", "home", &def.code]),
        esc(&ui.t("home-text"))
    ));
    for p in cx.store.pages() {
        let title = cx
            .store
            .title(
                &Path::new("content/pages")
                    .join(&p)
                    .join(format!("{}.md", def.code)),
            )
            .unwrap_or_else(|| p.clone());
        list.push_str(&format!(
            "<li><a href=\"{}\">{}</a> · <a class=\"danger\" href=\"{}\">{}</a></li>",
            href(&["text", "page", &p, &def.code]),
            esc(&title),
            href(&["delete", "page", &p]),
            esc(&ui.t("delete"))
        ));
    }
    list.push_str("</ul>");
    let lo = |help: Option<String>| Opts {
        lang: Some(&def.code),
        dir: Some(def.dir.as_str()),
        help,
        ..Opts::default()
    };
    let main = format!(
        "<h1>{}</h1><p>{}</p>{list}<h2>{}</h2>{}<form method=\"post\" class=\"facts\" novalidate>{}{}{}{}{}<p class=\"actions\"><button type=\"submit\">{}</button></p></form>",
        esc(&ui.t("nav-pages")),
        esc(&ui.t("pages-intro")),
        esc(&ui.t("new-page")),
        found.general_html(ui),
        cx.token_field(),
        form::input(&ui.t("field-title"), "title", "text", &title, found.of("title"), &lo(None)),
        form::input(&ui.t("field-id"), "id", "text", &req.val("id"), found.of("id"), &Opts {
            help: Some(ui.t("id-help")),
            extra: " pattern=\"[a-z0-9]+(-[a-z0-9]+)*\" data-suggest-from=\"f-title\"",
            ..Opts::default()
        }),
        form::input(&ui.t("field-summary"), "summary", "text", &summary, found.of("summary"), &lo(Some(ui.t("field-summary-help")))),
        form::textarea(&ui.t("field-body"), "body", &req.val("body"), 8, found.of("body"), &lo(None)),
        esc(&ui.t("create")),
    );
    cx.page_status(status, &ui.t("nav-pages"), "pages", &main)
}
