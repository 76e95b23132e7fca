//! git for people who do not know git: the changed files in plain words,
//! one button that saves them as a change (a commit), the last ten changes,
//! undoing the last one that is not yet shared, and sharing (push) where a
//! remote is configured. Credentials are never asked for or stored.

use std::path::{Path, PathBuf};

use crate::escape::html as esc;

use super::git::{ChangeKind, GitError, Repo};
use super::http::{Req, Resp};
use super::Ctx;

/// A changed file in plain words ("Mama lernt Deutsch — Arabic text changed").
pub fn describe(cx: &Ctx, path: &Path, kind: &ChangeKind) -> String {
    let ui = cx.ui;
    let how = match kind {
        ChangeKind::Added => "added",
        ChangeKind::Deleted => "deleted",
        _ => "changed",
    };
    let parts: Vec<String> = path
        .iter()
        .map(|s| s.to_string_lossy().into_owned())
        .collect();
    let p: Vec<&str> = parts.iter().map(String::as_str).collect();
    let config = cx.store.config().ok();
    let lang_name = |file: &str| -> Option<String> {
        let code = file.strip_suffix(".md")?;
        let c = config.as_ref()?;
        let i = c.lang_index(code)?;
        Some(ui.lang_name(code, &c.languages[i].endonym))
    };
    let def = config
        .as_ref()
        .map(|c| c.default_lang().code.clone())
        .unwrap_or_else(|| "de".into());
    let title_of = |dir: PathBuf, id: &str| -> String {
        cx.store
            .title(&dir.join(format!("{def}.md")))
            .unwrap_or_else(|| id.to_string())
    };
    let (thing, what) = match p.as_slice() {
        ["site.yaml"] => (ui.t("thing-site"), ui.t(&format!("what-settings-{how}"))),
        ["content", "places.yaml"] => (ui.t("nav-places"), ui.t(&format!("what-list-{how}"))),
        ["content", "organisations.yaml"] => {
            (ui.t("nav-organisations"), ui.t(&format!("what-list-{how}")))
        }
        ["content", "pages", page, file] if lang_name(file).is_some() => (
            title_of(Path::new("content/pages").join(page), page),
            ui.ta(
                &format!("what-text-{how}"),
                &[("language", &lang_name(file).unwrap_or_default())],
            ),
        ),
        ["content", d, "district.yaml"] => (
            title_of(Path::new("content").join(d), d),
            ui.t(&format!("what-details-{how}")),
        ),
        ["content", d, o, "offering.yaml"] => (
            title_of(Path::new("content").join(d).join(o), o),
            ui.t(&format!("what-details-{how}")),
        ),
        ["content", d, o, file] if lang_name(file).is_some() => (
            title_of(Path::new("content").join(d).join(o), o),
            ui.ta(
                &format!("what-text-{how}"),
                &[("language", &lang_name(file).unwrap_or_default())],
            ),
        ),
        ["content", d, file] if lang_name(file).is_some() => (
            title_of(Path::new("content").join(d), d),
            ui.ta(
                &format!("what-text-{how}"),
                &[("language", &lang_name(file).unwrap_or_default())],
            ),
        ),
        ["content", file] if lang_name(file).is_some() => (
            ui.t("home-text"),
            ui.ta(
                &format!("what-text-{how}"),
                &[("language", &lang_name(file).unwrap_or_default())],
            ),
        ),
        _ => (
            path.display().to_string(),
            ui.t(&format!("what-file-{how}")),
        ),
    };
    format!("{thing} — {what}")
}

/// Whether a changed file is part of the site (not its output or a cache).
pub fn site_file(path: &Path) -> bool {
    path.components().next().is_some_and(|c| {
        let c = c.as_os_str().to_string_lossy();
        !c.starts_with('.') && !matches!(c.as_ref(), "public" | "target" | "node_modules")
    })
}

fn git_problem(cx: &Ctx, e: &GitError) -> String {
    format!(
        "<div class=\"notice error\" role=\"alert\"><p>{}</p><p class=\"hint\">{}</p></div>",
        esc(&e.to_string()),
        esc(e.hint()),
    ) + &format!("<p>{}</p>", esc(&cx.ui.t("git-docs")))
}

/// A suggested message for the changes: what changed, in plain words.
fn suggestion(lines: &[String]) -> String {
    match lines {
        [] => String::new(),
        [one] => one.clone(),
        [first, rest @ ..] => format!("{first} (+{})", rest.len()),
    }
}

/// The panel.
pub fn panel(req: &Req, cx: &Ctx) -> Resp {
    let ui = cx.ui;
    let repo = match Repo::open(&cx.store.root) {
        Ok(r) => r,
        Err(e) => {
            let main = format!(
                "<h1>{}</h1>{}",
                esc(&ui.t("nav-changes")),
                git_problem(cx, &e)
            );
            return cx.page(&ui.t("nav-changes"), "git", &main);
        }
    };
    let mut notice = String::new();
    let mut status = 200;
    if req.post {
        let result: Result<String, GitError> = match req.get("action") {
            Some("commit") => {
                let chosen: Vec<PathBuf> = req.all("file").iter().map(PathBuf::from).collect();
                // Only files that are changed now may be committed: a
                // crafted post cannot name anything else.
                let changed: Vec<PathBuf> = repo
                    .changes()
                    .map(|c| {
                        c.into_iter()
                            .map(|c| c.path)
                            .filter(|p| site_file(p))
                            .collect()
                    })
                    .unwrap_or_default();
                let files: Vec<PathBuf> =
                    chosen.into_iter().filter(|p| changed.contains(p)).collect();
                let message = req.val("message");
                if files.is_empty() {
                    Err(GitError::NothingToCommit)
                } else if message.trim().is_empty() {
                    Err(GitError::Failed(ui.t("commit-needs-message")))
                } else {
                    repo.commit(&files, message.trim()).map(|h| {
                        ui.ta(
                            "committed",
                            &[("n", &files.len().to_string()), ("hash", &h)],
                        )
                    })
                }
            }
            Some("undo") => repo
                .undo_last()
                .map(|s| ui.ta("undone", &[("subject", &s)])),
            Some("push") => repo.push().map(|_| ui.t("pushed")),
            _ => Err(GitError::Failed(ui.t("unknown-action"))),
        };
        match result {
            Ok(msg) => {
                return Resp::Redirect(format!(
                    "/__edit/changes?done={}",
                    form_urlencoded::byte_serialize(msg.as_bytes()).collect::<String>()
                ))
            }
            Err(e) => {
                notice = git_problem(cx, &e);
                status = 422;
            }
        }
    }
    if let Some(done) = req.get("done") {
        notice.push_str(&format!(
            "<p class=\"notice ok\" role=\"status\">{}</p>",
            esc(done)
        ));
    }
    let changes: Vec<_> = repo
        .changes()
        .unwrap_or_default()
        .into_iter()
        .filter(|c| site_file(&c.path))
        .collect();
    let mut list = String::new();
    let mut lines = Vec::new();
    for (i, c) in changes.iter().enumerate() {
        let line = describe(cx, &c.path, &c.kind);
        list.push_str(&format!(
            "<li><label class=\"check\" for=\"c-{i}\"><input type=\"checkbox\" id=\"c-{i}\" name=\"file\" value=\"{}\" checked> {}</label> <code>{}</code></li>",
            esc(&c.path.to_string_lossy()),
            esc(&line),
            esc(&c.path.display().to_string())
        ));
        lines.push(line);
    }
    let commit_form = if changes.is_empty() {
        format!("<p>{}</p>", esc(&ui.t("no-changes")))
    } else {
        format!(
            "<form method=\"post\">{token}<input type=\"hidden\" name=\"action\" value=\"commit\"><ul class=\"files\">{list}</ul>\
<div class=\"field\"><label for=\"f-message\">{ml}</label><input type=\"text\" id=\"f-message\" name=\"message\" value=\"{msg}\" aria-describedby=\"f-message-help\"><p class=\"help\" id=\"f-message-help\">{mh}</p></div>\
<p class=\"actions\"><button type=\"submit\">{commit}</button></p></form>",
            token = cx.token_field(),
            ml = esc(&ui.t("commit-message")),
            msg = esc(&suggestion(&lines)),
            mh = esc(&ui.t("commit-message-help")),
            commit = esc(&ui.t("commit")),
        )
    };
    let log = repo.log(10).unwrap_or_default();
    let mut history = String::new();
    for (i, e) in log.iter().enumerate() {
        let when = jiff::Timestamp::from_second(e.time)
            .map(|t| t.strftime("%Y-%m-%d %H:%M").to_string())
            .unwrap_or_default();
        let state = if e.pushed {
            ui.t("shared")
        } else {
            ui.t("not-shared")
        };
        let undo = if i == 0 && !e.pushed && log.len() > 1 {
            format!(
                "<form method=\"post\" class=\"inline\">{}<input type=\"hidden\" name=\"action\" value=\"undo\"><button type=\"submit\" class=\"secondary\">{}</button></form>",
                cx.token_field(),
                esc(&ui.t("undo"))
            )
        } else {
            String::new()
        };
        history.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{undo}</td></tr>",
            esc(&when),
            esc(&e.author),
            esc(&e.subject),
            esc(&state)
        ));
    }
    let push = match repo.remote() {
        Some(remote) if log.iter().any(|e| !e.pushed) => format!(
            "<form method=\"post\">{}<input type=\"hidden\" name=\"action\" value=\"push\"><p>{}</p><p class=\"actions\"><button type=\"submit\">{}</button></p></form>",
            cx.token_field(),
            esc(&ui.ta("push-explain", &[("remote", &remote)])),
            esc(&ui.t("push"))
        ),
        Some(_) => String::new(),
        None => format!("<p>{}</p>", esc(&ui.t("no-remote"))),
    };
    let main = format!(
        "<h1>{h1}</h1>{notice}<section><h2>{now}</h2><p>{intro}</p>{commit_form}</section>\
<section><h2>{last}</h2><div class=\"scroll\"><table class=\"log\"><thead><tr><th scope=\"col\">{when}</th><th scope=\"col\">{who}</th><th scope=\"col\">{what}</th><th scope=\"col\">{shared}</th><th scope=\"col\"><span class=\"visually-hidden\">{undo}</span></th></tr></thead><tbody>{history}</tbody></table></div></section>\
<section><h2>{share}</h2>{push}</section>",
        h1 = esc(&ui.t("nav-changes")),
        now = esc(&ui.t("changes-now")),
        intro = esc(&ui.t("changes-intro")),
        last = esc(&ui.t("changes-last")),
        when = esc(&ui.t("when")),
        who = esc(&ui.t("who")),
        what = esc(&ui.t("what")),
        shared = esc(&ui.t("shared-q")),
        undo = esc(&ui.t("undo")),
        share = esc(&ui.t("share")),
    );
    cx.page_status(status, &ui.t("nav-changes"), "git", &main)
}
