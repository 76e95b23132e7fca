//! The overview, districts and offerings: list, create, edit, delete.

use std::path::{Path, PathBuf};

use serde_yaml::Value;

use crate::escape::html as esc;

use super::form::{self, leaf_paths, Findings, Opts};
use super::http::{Req, Resp};
use super::schedule_form::{self, ScheduleForm};
use super::store::{self, Change, Checked};
use super::{href, ids_ok, yamledit, Ctx};

/// Whom an offering is for (the contract's list).
pub const AUDIENCES: [&str; 8] = [
    "everyone", "women", "men", "parents", "children", "youth", "seniors", "families",
];

fn content(parts: &[&str]) -> PathBuf {
    let mut p = PathBuf::from("content");
    for s in parts {
        p.push(s);
    }
    p
}

/// The title of a folder's text in the default language (or any), else its id.
fn folder_title(cx: &Ctx, dir: &Path, id: &str, default: &str) -> String {
    let langs = cx.store.text_langs(dir);
    let first = if langs.contains(default) {
        Some(default.to_string())
    } else {
        langs.iter().next().cloned()
    };
    first
        .and_then(|l| cx.store.title(&dir.join(format!("{l}.md"))))
        .unwrap_or_else(|| id.to_string())
}

/// The name of a district from its district.yaml.
fn district_name(cx: &Ctx, d: &str, default: &str) -> String {
    let v = cx
        .store
        .yaml(&content(&[d, "district.yaml"]))
        .unwrap_or(Value::Null);
    match v.get("name") {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Mapping(m)) => m
            .get(default)
            .and_then(Value::as_str)
            .map(str::to_string)
            .unwrap_or_else(|| d.to_string()),
        _ => d.to_string(),
    }
}

/// Findings for a message of the loader that is about a whole file.
fn file_problem(cx: &Ctx, rel: &Path) -> Option<String> {
    let text = cx.store.read(rel)?;
    serde_yaml::from_str::<Value>(&text).err().map(|e| {
        format!(
            "<p class=\"notice error\">{} <a href=\"{}\">{}</a></p>",
            esc(&cx
                .ui
                .ta("file-broken", &[("file", &rel.display().to_string())])),
            esc(&raw_href(rel)),
            esc(&cx.ui.t("mend-file"))
        ) + &format!("<!-- {} -->", esc(&e.to_string()))
    })
}

/// The plain-text editor's address for a file of a thing.
pub fn raw_href(rel: &Path) -> String {
    let parts: Vec<String> = rel
        .iter()
        .skip(1)
        .map(|s| s.to_string_lossy().into_owned())
        .collect();
    let refs: Vec<&str> = parts.iter().map(String::as_str).collect();
    match refs.as_slice() {
        ["places.yaml"] => href(&["raw", "places"]),
        ["organisations.yaml"] => href(&["raw", "organisations"]),
        [d, "district.yaml"] => href(&["raw", "district", d]),
        [d, o, "offering.yaml"] => href(&["raw", "offering", d, o]),
        _ => href(&[]),
    }
}

/// The overview: districts and their offerings.
pub fn home(req: &Req, cx: &Ctx) -> Resp {
    let ui = cx.ui;
    let config = match cx.config() {
        Ok(c) => c,
        Err(page) => return page,
    };
    let def = config.default_lang().code.clone();
    let mut main = format!("<h1>{}</h1>", esc(&ui.t("home-title")));
    if req.get("deleted").is_some() {
        main.push_str(&format!(
            "<p class=\"notice ok\" role=\"status\">{}</p>",
            esc(&ui.t("deleted"))
        ));
    }
    main.push_str(&format!("<p>{}</p>", esc(&ui.t("home-intro"))));
    main.push_str(&format!(
        "<p class=\"actions\"><a class=\"button\" href=\"/__edit/new\">{}</a> <a class=\"button secondary\" href=\"/__edit/new-district\">{}</a></p>",
        esc(&ui.t("new-offering")),
        esc(&ui.t("new-district"))
    ));
    let districts = cx.store.districts();
    if districts.is_empty() {
        main.push_str(&format!("<p>{}</p>", esc(&ui.t("no-districts"))));
    }
    for d in &districts {
        let name = district_name(cx, d, &def);
        main.push_str(&format!(
            "<section class=\"district\"><h2><a href=\"{}\">{}</a></h2>",
            href(&["district", d]),
            esc(&name)
        ));
        if let Some(p) = file_problem(cx, &content(&[d, "district.yaml"])) {
            main.push_str(&p);
        }
        let offerings = cx.store.offerings(d);
        if offerings.is_empty() {
            main.push_str(&format!("<p>{}</p>", esc(&ui.t("no-offerings"))));
        } else {
            main.push_str("<ul class=\"offerings\">");
            for o in &offerings {
                let dir = content(&[d, o]);
                let title = folder_title(cx, &dir, o, &def);
                let langs = cx.store.text_langs(&dir);
                let broken = file_problem(cx, &dir.join("offering.yaml")).is_some();
                main.push_str(&format!(
                    "<li><a href=\"{}\">{}</a> <span class=\"meta\">{}</span>{}</li>",
                    href(&["offering", d, o]),
                    esc(&title),
                    esc(&ui.ta(
                        "text-count",
                        &[
                            ("n", &langs.len().to_string()),
                            ("all", &config.languages.len().to_string())
                        ]
                    )),
                    if broken {
                        format!(" <span class=\"tag error\">{}</span>", esc(&ui.t("broken")))
                    } else {
                        String::new()
                    }
                ));
            }
            main.push_str("</ul>");
        }
        main.push_str(&format!(
            "<p><a href=\"/__edit/new?district={}\">{}</a></p></section>",
            esc(d),
            esc(&ui.ta("new-offering-in", &[("district", &name)]))
        ));
    }
    cx.page(&ui.t("home-title"), "home", &main)
}

/// Options of the place field: every place of places.yaml.
fn place_options(cx: &Ctx) -> Vec<(String, String)> {
    let places = cx
        .store
        .yaml(Path::new("content/places.yaml"))
        .unwrap_or(Value::Null);
    let mut out = vec![(String::new(), cx.ui.t("place-none"))];
    if let Value::Mapping(m) = places {
        for (k, v) in m {
            let Some(id) = k.as_str() else { continue };
            let name = store::get_str(&v, "name");
            let addr = store::get_str(&v, "address");
            let label = match (name.is_empty(), addr.is_empty()) {
                (false, false) => format!("{name} — {addr}"),
                (false, true) => name,
                _ => id.to_string(),
            };
            out.push((id.to_string(), label));
        }
    }
    out.push(("+new".into(), cx.ui.t("place-new")));
    out
}

fn org_options(cx: &Ctx) -> Vec<(String, String)> {
    let orgs = cx
        .store
        .yaml(Path::new("content/organisations.yaml"))
        .unwrap_or(Value::Null);
    let mut out = vec![(String::new(), cx.ui.t("not-stated"))];
    if let Value::Mapping(m) = orgs {
        for (k, v) in m {
            if let Some(id) = k.as_str() {
                let name = store::get_str(&v, "name");
                out.push((
                    id.to_string(),
                    if name.is_empty() {
                        id.to_string()
                    } else {
                        name
                    },
                ));
            }
        }
    }
    out
}

/// A Value from a form's text: a plain string, or nothing when empty.
fn text_value(s: &str) -> Option<Value> {
    let s = s.trim();
    (!s.is_empty()).then(|| Value::String(s.to_string()))
}

fn bool_value(s: &str) -> Option<Value> {
    match s {
        "true" => Some(Value::Bool(true)),
        "false" => Some(Value::Bool(false)),
        _ => None,
    }
}

fn str_list(v: &Value, key: &str) -> Vec<String> {
    match v.get(key) {
        Some(Value::Sequence(s)) => s
            .iter()
            .filter_map(|x| x.as_str().map(str::to_string))
            .collect(),
        Some(Value::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    }
}

/// The offering.yaml value after the form's fields are applied to `old`
/// (keys the form does not know stay as they are).
fn offering_from_post(
    req: &Req,
    old: &Value,
    changes: &mut Vec<Change>,
    found: &mut Findings,
    cx: &Ctx,
) -> Value {
    let mut v = old.clone();
    if !v.is_mapping() {
        v = Value::Mapping(Default::default());
    }
    store::set(&mut v, "kind", text_value(&req.val("kind")));
    let mut place = req.val("place");
    if place == "+new" {
        // A new place, made on the spot in places.yaml.
        let name = req.val("place-new.name").trim().to_string();
        let id = match req.val("place-new.id").trim() {
            "" => crate::ids::suggest(&name).unwrap_or_default(),
            id => id.to_string(),
        };
        if name.is_empty() {
            found.error("place-new.name", cx.ui.t("place-new-needs-name"));
        } else if !crate::ids::is_valid(&id) {
            found.error("place-new.id", cx.ui.t("id-rule"));
        } else {
            let rel = Path::new("content/places.yaml");
            let text = cx.store.read(rel).unwrap_or_default();
            let mut places: Value = serde_yaml::from_str(&text).unwrap_or(Value::Null);
            if store::get(&places, &id).is_some() {
                found.error("place-new.id", cx.ui.ta("id-taken", &[("id", &id)]));
            } else {
                store::set(&mut places, &format!("{id}.name"), Some(name.into()));
                store::set(
                    &mut places,
                    &format!("{id}.address"),
                    text_value(&req.val("place-new.address")),
                );
                match yamledit::sync(&text, &places) {
                    Ok(t) => changes.push(Change {
                        rel: rel.into(),
                        text: Some(t),
                    }),
                    Err(e) => found.error("place-new.name", e),
                }
            }
        }
        place = id;
    }
    store::set(&mut v, "place", text_value(&place));
    store::set(&mut v, "online", text_value(&req.val("online")));
    store::set(&mut v, "organisation", text_value(&req.val("organisation")));
    let list = |name: &str| -> Option<Value> {
        let mut items: Vec<String> = req.all(name).iter().map(|s| s.to_string()).collect();
        for extra in req.val(&format!("{name}.other")).split([',', ' ']) {
            let extra = extra.trim();
            if !extra.is_empty() && !items.iter().any(|i| i == extra) {
                items.push(extra.to_string());
            }
        }
        // The file's order stays: items it had keep their places, new
        // ones follow in the form's order.
        let before = str_list(old, name);
        items.sort_by_key(|i| before.iter().position(|b| b == i).unwrap_or(usize::MAX));
        (!items.is_empty()).then(|| Value::Sequence(items.into_iter().map(Value::String).collect()))
    };
    store::set(&mut v, "audience", list("audience"));
    store::set(&mut v, "spoken_languages", list("spoken_languages"));
    store::set(&mut v, "childcare", bool_value(&req.val("childcare")));
    match req.val("cost").as_str() {
        "free" => store::set(&mut v, "cost", Some("free".into())),
        "amount" => {
            let amount = req.val("cost.amount").trim().replace(',', ".");
            let amount_v = match amount.parse::<i64>() {
                Ok(n) => Value::Number(n.into()),
                Err(_) => match amount.parse::<f64>() {
                    Ok(f) => Value::Number(f.into()),
                    Err(_) => Value::String(amount),
                },
            };
            let mut cost = Value::Mapping(Default::default());
            store::set(&mut cost, "amount", Some(amount_v));
            store::set(
                &mut cost,
                "currency",
                Some(text_value(&req.val("cost.currency")).unwrap_or_else(|| "EUR".into())),
            );
            store::set(&mut v, "cost", Some(cost));
        }
        _ => store::set(&mut v, "cost", None),
    }
    store::set(&mut v, "registration", text_value(&req.val("registration")));
    for k in ["name", "phone", "email"] {
        let key = format!("contact.{k}");
        store::set(&mut v, &key, text_value(&req.val(&key)));
    }
    // The flyer box: `flyer: false` when unticked; ticked is the default.
    let ticked = req.get("flyer") == Some("true");
    match (ticked, v.get("flyer").and_then(Value::as_bool)) {
        (false, _) => store::set(&mut v, "flyer", Some(Value::Bool(false))),
        (true, Some(false)) => store::set(&mut v, "flyer", None),
        _ => {}
    }
    let sched = ScheduleForm::from_post(&|n| req.get(n).map(str::to_string));
    store::set(&mut v, "schedule", Some(sched.to_yaml()));
    v
}

/// Renders the fields of an offering from its value.
fn offering_fields(cx: &Ctx, v: &Value, sched: &ScheduleForm, found: &Findings) -> String {
    let ui = cx.ui;
    let config = cx.store.config().ok();
    let mut h = String::new();
    let kinds: Vec<(String, String)> = config
        .iter()
        .flat_map(|c| c.categories.iter())
        .map(|c| {
            (
                c.id.clone(),
                cx.site_label(&format!("category-{}", c.id))
                    .unwrap_or_else(|| c.id.clone()),
            )
        })
        .collect();
    h.push_str("<fieldset class=\"group\"><legend>");
    h.push_str(&esc(&ui.t("group-what")));
    h.push_str("</legend>");
    h.push_str(&form::select(
        &ui.t("field-kind"),
        "kind",
        &store::get_str(v, "kind"),
        &kinds,
        found.of("kind"),
        None,
    ));
    let audience: Vec<(String, String)> = AUDIENCES
        .iter()
        .map(|a| {
            (
                a.to_string(),
                cx.site_label(&format!("audience-{a}"))
                    .unwrap_or_else(|| a.to_string()),
            )
        })
        .collect();
    h.push_str(&form::checks(
        &ui.t("field-audience"),
        "audience",
        &str_list(v, "audience"),
        &audience,
        found.of("audience"),
        None,
    ));
    let langs: Vec<(String, String)> = config
        .iter()
        .flat_map(|c| c.languages.iter())
        .map(|l| (l.code.clone(), format!("{} ({})", l.endonym, l.code)))
        .collect();
    let spoken = str_list(v, "spoken_languages");
    let other: Vec<String> = spoken
        .iter()
        .filter(|s| !langs.iter().any(|(c, _)| c == *s))
        .cloned()
        .collect();
    let known: Vec<String> = spoken
        .iter()
        .filter(|s| langs.iter().any(|(c, _)| c == *s))
        .cloned()
        .collect();
    h.push_str(&form::checks(
        &ui.t("field-spoken"),
        "spoken_languages",
        &known,
        &langs,
        found.of("spoken_languages"),
        None,
    ));
    h.push_str(&form::input(
        &ui.t("field-spoken-other"),
        "spoken_languages.other",
        "text",
        &other.join(", "),
        &[],
        &Opts {
            help: Some(ui.t("field-spoken-other-help")),
            ..Opts::default()
        },
    ));
    h.push_str("</fieldset><fieldset class=\"group\"><legend>");
    h.push_str(&esc(&ui.t("group-where")));
    h.push_str("</legend>");
    h.push_str(&form::select(
        &ui.t("field-place"),
        "place",
        &store::get_str(v, "place"),
        &place_options(cx),
        found.of("place"),
        None,
    ));
    let new_open = !found.of("place-new.name").is_empty() || !found.of("place-new.id").is_empty();
    h.push_str(&format!(
        "<details class=\"new-place\"{}><summary>{}</summary>",
        if new_open { " open" } else { "" },
        esc(&ui.t("place-new-fields"))
    ));
    h.push_str(&form::input(
        &ui.t("field-name"),
        "place-new.name",
        "text",
        "",
        found.of("place-new.name"),
        &Opts::default(),
    ));
    h.push_str(&form::input(
        &ui.t("field-address"),
        "place-new.address",
        "text",
        "",
        &[],
        &Opts::default(),
    ));
    h.push_str(&form::input(
        &ui.t("field-id"),
        "place-new.id",
        "text",
        "",
        found.of("place-new.id"),
        &Opts {
            help: Some(ui.t("id-help")),
            extra: " pattern=\"[a-z0-9]+(-[a-z0-9]+)*\"",
            ..Opts::default()
        },
    ));
    h.push_str("</details>");
    h.push_str(&form::input(
        &ui.t("field-online"),
        "online",
        "url",
        &store::get_str(v, "online"),
        found.of("online"),
        &Opts {
            help: Some(ui.t("field-online-help")),
            ..Opts::default()
        },
    ));
    h.push_str(&form::select(
        &ui.t("field-organisation"),
        "organisation",
        &store::get_str(v, "organisation"),
        &org_options(cx),
        found.of("organisation"),
        None,
    ));
    h.push_str("</fieldset>");
    // When: the schedule editor.
    h.push_str(&sched.render(
        &|id| ui.t(id),
        &|name| found.messages(name),
        ui.lang,
        &sched.next_dates(cx.today(), 5, ui.lang),
    ));
    h.push_str("<fieldset class=\"group\"><legend>");
    h.push_str(&esc(&ui.t("group-how")));
    h.push_str("</legend>");
    h.push_str(&form::select(
        &ui.t("field-childcare"),
        "childcare",
        &store::get_str(v, "childcare"),
        &form::yes_no(ui),
        found.of("childcare"),
        None,
    ));
    let cost_kind = match v.get("cost") {
        Some(Value::String(s)) if s == "free" => "free",
        Some(Value::Mapping(_)) => "amount",
        Some(Value::String(s)) if !s.is_empty() => "amount",
        _ => "",
    };
    h.push_str(&form::select(
        &ui.t("field-cost"),
        "cost",
        cost_kind,
        &[
            (String::new(), ui.t("not-stated")),
            ("free".into(), ui.t("cost-free")),
            ("amount".into(), ui.t("cost-amount")),
        ],
        found.of("cost"),
        None,
    ));
    h.push_str("<div class=\"row\">");
    h.push_str(&form::input(
        &ui.t("field-amount"),
        "cost.amount",
        "text",
        &store::get_str(v, "cost.amount"),
        found.of("cost.amount"),
        &Opts {
            extra: " inputmode=\"decimal\"",
            ..Opts::default()
        },
    ));
    let currency = match store::get_str(v, "cost.currency") {
        c if c.is_empty() => "EUR".to_string(),
        c => c,
    };
    h.push_str(&form::input(
        &ui.t("field-currency"),
        "cost.currency",
        "text",
        &currency,
        found.of("cost.currency"),
        &Opts::default(),
    ));
    h.push_str("</div>");
    h.push_str(&form::select(
        &ui.t("field-registration"),
        "registration",
        &store::get_str(v, "registration"),
        &[
            (String::new(), ui.t("not-stated")),
            ("required".into(), ui.t("registration-required")),
            ("not-required".into(), ui.t("registration-not-required")),
        ],
        found.of("registration"),
        None,
    ));
    h.push_str("</fieldset><fieldset class=\"group\"><legend>");
    h.push_str(&esc(&ui.t("group-contact")));
    h.push_str("</legend>");
    for (k, kind, msg) in [
        ("name", "text", "field-contact-name"),
        ("phone", "tel", "field-phone"),
        ("email", "email", "field-email"),
    ] {
        let key = format!("contact.{k}");
        h.push_str(&form::input(
            &ui.t(msg),
            &key,
            kind,
            &store::get_str(v, &key),
            found.of(&key),
            &Opts::default(),
        ));
    }
    let on_flyer = v.get("flyer").and_then(Value::as_bool) != Some(false);
    h.push_str(&format!(
        "<div class=\"field\"><label class=\"check\" for=\"f-flyer\"><input type=\"checkbox\" id=\"f-flyer\" name=\"flyer\" value=\"true\"{}> {}</label>{}</div>",
        if on_flyer { " checked" } else { "" },
        esc(&ui.t("field-flyer")),
        super::ui::findings_html("f-flyer-err", found.of("flyer"))
    ));
    h.push_str("</fieldset>");
    h
}

/// The form field of a path in offering.yaml.
fn offering_field(p: &[String]) -> Option<String> {
    let first = p.first()?.as_str();
    Some(match first {
        "schedule" => {
            let rest: Vec<&str> = p[1..].iter().map(String::as_str).collect();
            schedule_form::field_name(&rest)
        }
        "audience" | "spoken_languages" => first.to_string(),
        "contact" | "cost" if p.len() > 1 => format!("{first}.{}", p[1]),
        _ => first.to_string(),
    })
}

/// The texts of a thing, one line per language, with their state.
fn texts_list(cx: &Ctx, parts: &[&str], dir: &Path) -> String {
    let Ok(config) = cx.store.config() else {
        return String::new();
    };
    let have = cx.store.text_langs(dir);
    let mut h = format!("<h2>{}</h2><ul class=\"texts\">", esc(&cx.ui.t("texts")));
    for l in &config.languages {
        let mut link_parts = vec!["text"];
        link_parts.extend_from_slice(parts);
        link_parts.push(&l.code);
        let state = super::texts::state(cx, &dir.join(format!("{}.md", l.code)));
        let label = if have.contains(&l.code) {
            cx.ui.t("edit-text")
        } else {
            cx.ui.t("write-text")
        };
        h.push_str(&format!(
            "<li><span lang=\"{code}\" dir=\"{dir}\">{name}</span> <span class=\"tag {state}\">{state_label}</span> <a href=\"{href}\">{label}</a></li>",
            code = esc(&l.code),
            dir = l.dir.as_str(),
            name = esc(&l.endonym),
            state = state,
            state_label = esc(&cx.ui.t(&format!("state-{state}"))),
            href = esc(&href(&link_parts)),
            label = esc(&label)
        ));
    }
    h.push_str("</ul>");
    h
}

fn saved_notice(cx: &Ctx, req: &Req) -> String {
    if !req.post && req.get("saved").is_some() {
        format!(
            "<p class=\"notice ok\" role=\"status\">{}</p>",
            esc(&cx.ui.t("saved"))
        )
    } else {
        String::new()
    }
}

fn warnings_notice(checked: &Checked) -> String {
    let w: Vec<String> = checked
        .here
        .iter()
        .filter(|d| !d.is_error())
        .map(|d| d.to_string())
        .collect();
    if w.is_empty() {
        String::new()
    } else {
        format!(
            "<ul class=\"notice warning\">{}</ul>",
            w.iter()
                .map(|x| format!("<li>{}</li>", esc(x)))
                .collect::<String>()
        )
    }
}

/// Findings of a failed save, at their fields.
fn place_checked(
    found: &mut Findings,
    checked: &Checked,
    rel: &Path,
    text: &str,
    v: &Value,
    field: &dyn Fn(&[String]) -> Option<String>,
) {
    let here: Vec<_> = checked
        .here
        .iter()
        .filter(|d| d.file.as_deref() == Some(rel))
        .cloned()
        .collect();
    found.place(&here, text, 0, &leaf_paths(v), field);
    let other: Vec<_> = checked
        .here
        .iter()
        .filter(|d| d.file.as_deref() != Some(rel))
        .chain(&checked.elsewhere)
        .cloned()
        .collect();
    for d in other {
        found.add_located(&d);
    }
}

/// An offering's page: its facts, schedule and texts.
pub fn offering(req: &Req, cx: &Ctx, d: &str, o: &str) -> Resp {
    if !ids_ok(&[d, o]) {
        return cx.not_found();
    }
    let dir = content(&[d, o]);
    let rel = dir.join("offering.yaml");
    let Some(text) = cx.store.read(&rel) else {
        return cx.not_found();
    };
    let Ok(old) = serde_yaml::from_str::<Value>(&text) else {
        return Resp::Redirect(href(&["raw", "offering", d, o]));
    };
    let ui = cx.ui;
    let def = cx
        .store
        .config()
        .map(|c| c.default_lang().code.clone())
        .unwrap_or_else(|_| "de".into());
    let title = folder_title(cx, &dir, o, &def);
    let mut found = Findings::default();
    let mut notice = saved_notice(cx, req);
    let (v, sched, status) = if req.post {
        let mut changes = Vec::new();
        let v = offering_from_post(req, &old, &mut changes, &mut found, cx);
        let sched = ScheduleForm::from_post(&|n| req.get(n).map(str::to_string));
        if req.has("show-dates") || !found.is_empty() {
            (v, sched, if found.is_empty() { 200 } else { 422 })
        } else {
            match yamledit::sync(&text, &v) {
                Err(e) => {
                    found.error("", e);
                    (v, sched, 422)
                }
                Ok(new_text) => {
                    changes.insert(
                        0,
                        Change {
                            rel: rel.clone(),
                            text: Some(new_text.clone()),
                        },
                    );
                    match cx.store.save(&changes) {
                        Ok(_) => {
                            return Resp::Redirect(format!("{}?saved=1", href(&["offering", d, o])))
                        }
                        Err((checked, io)) => {
                            if !io.is_empty() {
                                found.error("", io);
                            }
                            place_checked(
                                &mut found,
                                &checked,
                                &rel,
                                &new_text,
                                &v,
                                &offering_field,
                            );
                            notice.push_str(&warnings_notice(&checked));
                            (v, sched, 422)
                        }
                    }
                }
            }
        }
    } else {
        let sched = ScheduleForm::from_yaml(old.get("schedule"));
        (old.clone(), sched, 200)
    };
    let preview = format!("/{def}/{d}/{o}/");
    let main = format!(
        "<p class=\"crumbs\"><a href=\"/__edit/\">{home}</a> › <a href=\"{dh}\">{dn}</a></p>\
<h1>{title}</h1>{notice}{general}\
<div class=\"split\"><form method=\"post\" class=\"facts\" novalidate>{token}{fields}\
<p class=\"actions\"><button type=\"submit\" name=\"save\" value=\"1\">{save}</button></p></form>\
<aside>{texts}<h2>{preview_h}</h2><p><a href=\"{preview}\" target=\"quartier-preview\">{open}</a></p>\
<iframe class=\"preview\" src=\"{preview}\" title=\"{preview_h}\" loading=\"lazy\"></iframe>\
<p><a class=\"danger\" href=\"{del}\">{delete}</a> · <a href=\"{raw}\">{rawl}</a></p></aside></div>",
        home = esc(&ui.t("nav-home")),
        dh = href(&["district", d]),
        dn = esc(&district_name(cx, d, &def)),
        title = esc(&title),
        general = found.general_html(ui),
        token = cx.token_field(),
        fields = offering_fields(cx, &v, &sched, &found),
        save = esc(&ui.t("save")),
        texts = texts_list(cx, &["offering", d, o], &dir),
        preview_h = esc(&ui.t("preview")),
        preview = esc(&preview),
        open = esc(&ui.t("open-preview")),
        del = href(&["delete", "offering", d, o]),
        delete = esc(&ui.t("delete-offering")),
        raw = href(&["raw", "offering", d, o]),
        rawl = esc(&ui.t("edit-as-text")),
    );
    cx.page_status(status, &title, "home", &main)
}

/// The schedule's next dates for the script (`POST` of the form's fields).
pub fn next_dates(req: &Req, cx: &Ctx) -> Resp {
    let sched = ScheduleForm::from_post(&|n| req.get(n).map(str::to_string));
    let html = match sched.next_dates(cx.today(), 5, cx.ui.lang) {
        Ok(lines) => format!(
            "<ul>{}</ul>",
            lines
                .iter()
                .map(|l| format!("<li>{}</li>", esc(l)))
                .collect::<String>()
        ),
        Err(e) => format!("<p class=\"error\">{}</p>", esc(&e)),
    };
    Resp::Html(200, html)
}

/// A new offering: district, title and summary in the default language,
/// an id suggested from the title, and the facts.
pub fn new_offering(req: &Req, cx: &Ctx) -> Resp {
    let ui = cx.ui;
    let config = match cx.config() {
        Ok(c) => c,
        Err(page) => return page,
    };
    let def = config.default_lang().clone();
    let districts = cx.store.districts();
    let mut found = Findings::default();
    let district = req.val("district");
    let title = req.val("title");
    let summary = req.val("summary");
    let body = req.val("body");
    let id = match req.val("id").trim() {
        "" => crate::ids::suggest(title.trim()).unwrap_or_default(),
        s => s.to_string(),
    };
    let empty = Value::Mapping(Default::default());
    let mut status = 200;
    let (v, sched) = if req.post {
        let mut changes = Vec::new();
        let v = offering_from_post(req, &empty, &mut changes, &mut found, cx);
        let sched = ScheduleForm::from_post(&|n| req.get(n).map(str::to_string));
        if !districts.contains(&district) {
            found.error("district", ui.t("choose-district"));
        }
        if title.trim().is_empty() {
            found.error("title", ui.t("needs-title"));
        }
        if !crate::ids::is_valid(&id) {
            found.error("id", ui.t("id-rule"));
        } else if districts.contains(&district) && cx.store.exists(&content(&[&district, &id])) {
            found.error("id", ui.ta("id-taken", &[("id", &id)]));
        }
        if found.is_empty() && !req.has("show-dates") {
            let dir = content(&[&district, &id]);
            let yaml = yamledit::new_document(&v);
            let mut front = Value::Mapping(Default::default());
            store::set(&mut front, "title", Some(title.trim().into()));
            store::set(&mut front, "summary", Some(summary.trim().into()));
            let md = yamledit::sync_text("", &front, Some(&body)).unwrap_or_default();
            changes.insert(
                0,
                Change {
                    rel: dir.join(format!("{}.md", def.code)),
                    text: Some(md.clone()),
                },
            );
            changes.insert(
                0,
                Change {
                    rel: dir.join("offering.yaml"),
                    text: Some(yaml.clone()),
                },
            );
            match cx.store.save(&changes) {
                Ok(_) => {
                    return Resp::Redirect(format!(
                        "{}?saved=1",
                        href(&["offering", &district, &id])
                    ))
                }
                Err((checked, io)) => {
                    if !io.is_empty() {
                        found.error("", io);
                    }
                    let md_rel = dir.join(format!("{}.md", def.code));
                    for dg in checked
                        .here
                        .iter()
                        .filter(|x| x.file.as_deref() == Some(md_rel.as_path()))
                    {
                        let field = if dg.message.contains("summary") {
                            "summary"
                        } else if dg.message.contains("title") {
                            "title"
                        } else {
                            "body"
                        };
                        found.add(field, dg);
                    }
                    let rest = Checked {
                        here: checked
                            .here
                            .iter()
                            .filter(|x| x.file.as_deref() != Some(md_rel.as_path()))
                            .cloned()
                            .collect(),
                        elsewhere: checked.elsewhere,
                    };
                    place_checked(
                        &mut found,
                        &rest,
                        &dir.join("offering.yaml"),
                        &yaml,
                        &v,
                        &offering_field,
                    );
                    status = 422;
                }
            }
        } else if !found.is_empty() {
            status = 422;
        }
        (v, sched)
    } else {
        (empty, ScheduleForm::from_yaml(None))
    };
    let mut opts = vec![(String::new(), ui.t("choose"))];
    opts.extend(
        districts
            .iter()
            .map(|d| (d.clone(), district_name(cx, d, &def.code))),
    );
    let lang_opts = |help: Option<String>| Opts {
        lang: Some(&def.code),
        dir: Some(def.dir.as_str()),
        help,
        required: true,
        ..Opts::default()
    };
    let main = format!(
        "<p class=\"crumbs\"><a href=\"/__edit/\">{home}</a></p><h1>{h1}</h1>{general}\
<form method=\"post\" class=\"facts\" novalidate>{token}<fieldset class=\"group\"><legend>{basics}</legend>{district}{title}{id}{summary}{body}</fieldset>\
{fields}<p class=\"actions\"><button type=\"submit\" name=\"save\" value=\"1\">{create}</button></p></form>",
        home = esc(&ui.t("nav-home")),
        h1 = esc(&ui.t("new-offering")),
        general = found.general_html(ui),
        token = cx.token_field(),
        basics = esc(&ui.ta("group-basics", &[("language", &def.endonym)])),
        district = form::select(&ui.t("field-district"), "district", &district, &opts, found.of("district"), None),
        title = form::input(&ui.t("field-title"), "title", "text", &title, found.of("title"), &lang_opts(None)),
        id = form::input(&ui.t("field-id"), "id", "text", &req.val("id"), found.of("id"), &Opts {
            help: Some(ui.t("id-help-offering")),
            extra: " pattern=\"[a-z0-9]+(-[a-z0-9]+)*\" data-suggest-from=\"f-title\"",
            ..Opts::default()
        }),
        summary = form::input(&ui.t("field-summary"), "summary", "text", &summary, found.of("summary"), &lang_opts(Some(ui.t("field-summary-help")))),
        body = form::textarea(&ui.t("field-body"), "body", &body, 8, found.of("body"), &Opts { lang: Some(&def.code), dir: Some(def.dir.as_str()), help: Some(ui.t("field-body-help")), ..Opts::default() }),
        fields = offering_fields(cx, &v, &sched, &found),
        create = esc(&ui.t("create")),
    );
    cx.page_status(status, &ui.t("new-offering"), "home", &main)
}

/// The district.yaml value after the form is applied to `old`.
fn district_from_post(req: &Req, old: &Value, langs: &[String], def: &str) -> Value {
    let mut v = old.clone();
    if !v.is_mapping() {
        v = Value::Mapping(Default::default());
    }
    // The name: one string, or one per language when more than the
    // default language's is given.
    let names: Vec<(String, String)> = langs
        .iter()
        .map(|l| (l.clone(), req.val(&format!("name.{l}")).trim().to_string()))
        .filter(|(_, n)| !n.is_empty())
        .collect();
    let only_default = names.len() == 1 && names[0].0 == def;
    if names.is_empty() {
        store::set(&mut v, "name", None);
    } else if only_default && !v.get("name").is_some_and(Value::is_mapping) {
        store::set(&mut v, "name", Some(names[0].1.clone().into()));
    } else {
        let mut m = Value::Mapping(Default::default());
        for (l, n) in names {
            store::set(&mut m, &l, Some(n.into()));
        }
        store::set(&mut v, "name", Some(m));
    }
    for k in ["name", "place", "phone", "email"] {
        let key = format!("contact.{k}");
        store::set(&mut v, &key, text_value(&req.val(&key)));
    }
    v
}

fn district_field(p: &[String]) -> Option<String> {
    match p.first()?.as_str() {
        "name" if p.len() > 1 => Some(format!("name.{}", p[1])),
        "name" => Some("name.de".into()),
        "contact" if p.len() > 1 => Some(format!("contact.{}", p[1])),
        other => Some(other.to_string()),
    }
}

fn district_fields(cx: &Ctx, v: &Value, found: &Findings) -> String {
    let ui = cx.ui;
    let Ok(config) = cx.store.config() else {
        return String::new();
    };
    let def = config.default_lang().code.clone();
    let mut h = format!(
        "<fieldset class=\"group\"><legend>{}</legend>",
        esc(&ui.t("field-district-name"))
    );
    for l in &config.languages {
        let name = match v.get("name") {
            Some(Value::String(s)) if l.code == def => s.clone(),
            Some(Value::Mapping(_)) => store::get_str(v, &format!("name.{}", l.code)),
            _ => String::new(),
        };
        let key = format!("name.{}", l.code);
        h.push_str(&form::input(
            &format!("{} ({})", l.endonym, l.code),
            &key,
            "text",
            &name,
            found.of(&key),
            &Opts {
                lang: Some(&l.code),
                dir: Some(l.dir.as_str()),
                ..Opts::default()
            },
        ));
    }
    h.push_str(&format!(
        "</fieldset><fieldset class=\"group\"><legend>{}</legend>",
        esc(&ui.t("field-district-contact"))
    ));
    h.push_str(&form::input(
        &ui.t("field-contact-name"),
        "contact.name",
        "text",
        &store::get_str(v, "contact.name"),
        found.of("contact.name"),
        &Opts::default(),
    ));
    let mut places = place_options(cx);
    places.retain(|(id, _)| id != "+new");
    h.push_str(&form::select(
        &ui.t("field-place"),
        "contact.place",
        &store::get_str(v, "contact.place"),
        &places,
        found.of("contact.place"),
        None,
    ));
    h.push_str(&form::input(
        &ui.t("field-phone"),
        "contact.phone",
        "tel",
        &store::get_str(v, "contact.phone"),
        found.of("contact.phone"),
        &Opts::default(),
    ));
    h.push_str(&form::input(
        &ui.t("field-email"),
        "contact.email",
        "email",
        &store::get_str(v, "contact.email"),
        found.of("contact.email"),
        &Opts::default(),
    ));
    h.push_str("</fieldset>");
    h
}

/// A district's page: its name and contact, its offerings and texts.
pub fn district(req: &Req, cx: &Ctx, d: &str) -> Resp {
    if !ids_ok(&[d]) {
        return cx.not_found();
    }
    let rel = content(&[d, "district.yaml"]);
    let Some(text) = cx.store.read(&rel) else {
        return cx.not_found();
    };
    let Ok(old) = serde_yaml::from_str::<Value>(&text) else {
        return Resp::Redirect(href(&["raw", "district", d]));
    };
    let config = match cx.config() {
        Ok(c) => c,
        Err(page) => return page,
    };
    let def = config.default_lang().code.clone();
    let langs: Vec<String> = config.languages.iter().map(|l| l.code.clone()).collect();
    let ui = cx.ui;
    let mut found = Findings::default();
    let mut status = 200;
    let v = if req.post {
        let v = district_from_post(req, &old, &langs, &def);
        match yamledit::sync(&text, &v) {
            Err(e) => {
                found.error("", e);
                status = 422;
            }
            Ok(new_text) => match cx.store.save(&[Change {
                rel: rel.clone(),
                text: Some(new_text.clone()),
            }]) {
                Ok(_) => return Resp::Redirect(format!("{}?saved=1", href(&["district", d]))),
                Err((checked, io)) => {
                    if !io.is_empty() {
                        found.error("", io);
                    }
                    place_checked(&mut found, &checked, &rel, &new_text, &v, &district_field);
                    status = 422;
                }
            },
        }
        v
    } else {
        old
    };
    let name = district_name(cx, d, &def);
    let mut offerings = String::from("<ul class=\"offerings\">");
    for o in cx.store.offerings(d) {
        offerings.push_str(&format!(
            "<li><a href=\"{}\">{}</a></li>",
            href(&["offering", d, &o]),
            esc(&folder_title(cx, &content(&[d, &o]), &o, &def))
        ));
    }
    offerings.push_str("</ul>");
    let main = format!(
        "<p class=\"crumbs\"><a href=\"/__edit/\">{home}</a></p><h1>{title}</h1>{notice}{general}\
<div class=\"split\"><form method=\"post\" class=\"facts\" novalidate>{token}{fields}\
<p class=\"actions\"><button type=\"submit\">{save}</button></p></form>\
<aside><h2>{offh}</h2>{offerings}<p><a class=\"button secondary\" href=\"/__edit/new?district={d}\">{new}</a></p>{texts}\
<p><a href=\"/{def}/{d}/\" target=\"quartier-preview\">{open}</a></p><p><a class=\"danger\" href=\"{del}\">{delete}</a> · <a href=\"{raw}\">{rawl}</a></p></aside></div>",
        home = esc(&ui.t("nav-home")),
        title = esc(&name),
        notice = saved_notice(cx, req),
        general = found.general_html(ui),
        token = cx.token_field(),
        fields = district_fields(cx, &v, &found),
        save = esc(&ui.t("save")),
        offh = esc(&ui.t("offerings")),
        new = esc(&ui.t("new-offering")),
        texts = texts_list(cx, &["district", d], &content(&[d])),
        open = esc(&ui.t("open-preview")),
        del = href(&["delete", "district", d]),
        delete = esc(&ui.t("delete-district")),
        raw = href(&["raw", "district", d]),
        rawl = esc(&ui.t("edit-as-text")),
    );
    cx.page_status(status, &name, "home", &main)
}

/// A new district: its id and name.
pub fn new_district(req: &Req, cx: &Ctx) -> Resp {
    let ui = cx.ui;
    let config = match cx.config() {
        Ok(c) => c,
        Err(page) => return page,
    };
    let def = config.default_lang().clone();
    let mut found = Findings::default();
    let name = req.val("name");
    let id = match req.val("id").trim() {
        "" => crate::ids::suggest(name.trim()).unwrap_or_default(),
        s => s.to_string(),
    };
    let mut status = 200;
    if req.post {
        if name.trim().is_empty() {
            found.error("name", ui.t("needs-name"));
        }
        if !crate::ids::is_valid(&id) || id == "pages" {
            found.error("id", ui.t("id-rule"));
        } else if cx.store.exists(&content(&[&id])) {
            found.error("id", ui.ta("id-taken", &[("id", &id)]));
        }
        if found.is_empty() {
            let mut v = Value::Mapping(Default::default());
            store::set(&mut v, "name", Some(name.trim().into()));
            let mut front = Value::Mapping(Default::default());
            store::set(&mut front, "title", Some(name.trim().into()));
            store::set(
                &mut front,
                "summary",
                Some(req.val("summary").trim().into()),
            );
            let changes = vec![
                Change {
                    rel: content(&[&id, "district.yaml"]),
                    text: Some(yamledit::new_document(&v)),
                },
                Change {
                    rel: content(&[&id, &format!("{}.md", def.code)]),
                    text: Some(yamledit::sync_text("", &front, Some("")).unwrap_or_default()),
                },
            ];
            match cx.store.save(&changes) {
                Ok(_) => return Resp::Redirect(format!("{}?saved=1", href(&["district", &id]))),
                Err((checked, io)) => {
                    if !io.is_empty() {
                        found.error("", io);
                    }
                    for dg in checked.here.iter().chain(&checked.elsewhere) {
                        let mut dg = dg.clone();
                        dg.message = format!("{}: {}", dg.location(), dg.message);
                        let field = if dg.message.contains("summary") {
                            "summary"
                        } else {
                            ""
                        };
                        found.add(field, &dg);
                    }
                }
            }
        }
        if !found.is_empty() {
            status = 422;
        }
    }
    let main = format!(
        "<p class=\"crumbs\"><a href=\"/__edit/\">{home}</a></p><h1>{h1}</h1>{general}<form method=\"post\" class=\"facts\" novalidate>{token}{name}{id}{summary}<p class=\"actions\"><button type=\"submit\">{create}</button></p></form>",
        home = esc(&ui.t("nav-home")),
        h1 = esc(&ui.t("new-district")),
        general = found.general_html(ui),
        token = cx.token_field(),
        name = form::input(&ui.t("field-name"), "name", "text", &name, found.of("name"), &Opts { lang: Some(&def.code), required: true, ..Opts::default() }),
        id = form::input(&ui.t("field-id"), "id", "text", &req.val("id"), found.of("id"), &Opts { help: Some(ui.t("id-help")), extra: " pattern=\"[a-z0-9]+(-[a-z0-9]+)*\" data-suggest-from=\"f-name\"", ..Opts::default() }),
        summary = form::input(&ui.t("field-summary"), "summary", "text", &req.val("summary"), found.of("summary"), &Opts { lang: Some(&def.code), help: Some(ui.t("field-summary-help")), required: true, ..Opts::default() }),
        create = esc(&ui.t("create")),
    );
    cx.page_status(status, &ui.t("new-district"), "home", &main)
}

/// Deleting an offering, a district or a text: asks first (GET), then
/// deletes (POST) if the site still builds without it.
pub fn delete(req: &Req, cx: &Ctx, rest: &[&str]) -> Resp {
    let ui = cx.ui;
    let (dir, what, back): (PathBuf, String, String) = match rest {
        ["offering", d, o] if ids_ok(&[d, o]) => (
            content(&[d, o]),
            ui.ta(
                "delete-offering-ask",
                &[("name", &folder_title(cx, &content(&[d, o]), o, "de"))],
            ),
            href(&["offering", d, o]),
        ),
        ["district", d] if ids_ok(&[d]) => (
            content(&[d]),
            ui.ta("delete-district-ask", &[("name", d)]),
            href(&["district", d]),
        ),
        ["page", p] if ids_ok(&[p]) => (
            content(&["pages", p]),
            ui.ta("delete-page-ask", &[("name", p)]),
            href(&["pages"]),
        ),
        _ => return cx.not_found(),
    };
    if !cx.store.exists(&dir) {
        return cx.not_found();
    }
    let mut found = Findings::default();
    if req.post && req.get("confirm") == Some("yes") {
        let mut changes = Vec::new();
        for entry in walkdir::WalkDir::new(cx.store.root.join(&dir)).contents_first(true) {
            let Ok(entry) = entry else { continue };
            if entry.file_type().is_file() {
                if let Ok(rel) = entry.path().strip_prefix(&cx.store.root) {
                    changes.push(Change {
                        rel: rel.to_path_buf(),
                        text: None,
                    });
                }
            }
        }
        match cx.store.save(&changes) {
            Ok(_) => {
                // Empty folders left behind go too.
                let _ = remove_empty_dirs(&cx.store.root.join(&dir));
                return Resp::Redirect("/__edit/?deleted=1".into());
            }
            Err((checked, io)) => {
                if !io.is_empty() {
                    found.error("", io);
                }
                for dg in checked
                    .elsewhere
                    .iter()
                    .chain(checked.here.iter().filter(|d| d.is_error()))
                {
                    found.add_located(dg);
                }
            }
        }
    }
    let main = format!(
        "<h1>{title}</h1>{general}<p>{what}</p><form method=\"post\">{token}<input type=\"hidden\" name=\"confirm\" value=\"yes\">\
<p class=\"actions\"><button type=\"submit\" class=\"danger\">{yes}</button> <a class=\"button secondary\" href=\"{back}\">{no}</a></p></form>",
        title = esc(&ui.t("delete-title")),
        general = found.general_html(ui),
        what = esc(&what),
        token = cx.token_field(),
        yes = esc(&ui.t("delete-yes")),
        back = esc(&back),
        no = esc(&ui.t("cancel")),
    );
    cx.page_status(
        if found.is_empty() { 200 } else { 422 },
        &ui.t("delete-title"),
        "home",
        &main,
    )
}

fn remove_empty_dirs(dir: &Path) -> std::io::Result<()> {
    if dir.is_dir() {
        for e in std::fs::read_dir(dir)? {
            let p = e?.path();
            if p.is_dir() {
                remove_empty_dirs(&p)?;
            }
        }
        let _ = std::fs::remove_dir(dir);
    }
    Ok(())
}
