//! Places and organisations: the entries of content/places.yaml and
//! content/organisations.yaml, each edited on its own.

use std::path::Path;

use serde_yaml::Value;

use crate::escape::html as esc;

use super::form::{self, leaf_paths, Findings, Opts};
use super::http::{Req, Resp};
use super::store::{self, Change};
use super::{href, yamledit, Ctx};

/// One kind of entry file.
pub struct Kind {
    /// The file below the site root.
    pub file: &'static str,
    /// The address segment of one entry.
    pub route: &'static str,
    /// The address of the list.
    pub list: &'static str,
    /// Messages: the list's heading and "new …".
    pub heading: &'static str,
    /// "New place" / "New organisation".
    pub new: &'static str,
    /// Its fields: YAML key, message, input type.
    pub fields: &'static [(&'static str, &'static str, &'static str)],
}

/// content/places.yaml.
pub const PLACES: &Kind = &Kind {
    file: "content/places.yaml",
    route: "place",
    list: "places",
    heading: "nav-places",
    new: "new-place",
    fields: &[
        ("name", "field-name", "text"),
        ("address", "field-address", "text"),
        ("geo.0", "field-latitude", "text"),
        ("geo.1", "field-longitude", "text"),
        ("wheelchair", "field-wheelchair", "yesno"),
    ],
};

/// content/organisations.yaml.
pub const ORGANISATIONS: &Kind = &Kind {
    file: "content/organisations.yaml",
    route: "organisation",
    list: "organisations",
    heading: "nav-organisations",
    new: "new-organisation",
    fields: &[
        ("name", "field-name", "text"),
        ("website", "field-website", "url"),
        ("email", "field-email", "email"),
        ("phone", "field-phone", "tel"),
    ],
};

/// The list of entries, with a link to make a new one.
pub fn list(req: &Req, cx: &Ctx, kind: &Kind) -> Resp {
    let ui = cx.ui;
    let rel = Path::new(kind.file);
    let text = cx.store.read(rel).unwrap_or_default();
    let Ok(all) = serde_yaml::from_str::<Value>(&text) else {
        return Resp::Redirect(href(&["raw", kind.list]));
    };
    let mut items = String::from("<ul class=\"offerings\">");
    if let Value::Mapping(m) = &all {
        for (k, v) in m {
            let Some(id) = k.as_str() else { continue };
            let name = store::get_str(v, "name");
            let extra = store::get_str(v, "address");
            items.push_str(&format!(
                "<li><a href=\"{}\">{}</a> <span class=\"meta\">{}</span></li>",
                esc(&href(&[kind.route, id])),
                esc(if name.is_empty() { id } else { &name }),
                esc(&extra)
            ));
        }
    }
    items.push_str("</ul>");
    let notice = if req.get("deleted").is_some() {
        format!(
            "<p class=\"notice ok\" role=\"status\">{}</p>",
            esc(&ui.t("deleted"))
        )
    } else {
        String::new()
    };
    let main = format!(
        "<h1>{}</h1>{notice}<p class=\"actions\"><a class=\"button\" href=\"{}\">{}</a></p>{items}<p><a href=\"{}\">{}</a></p>",
        esc(&ui.t(kind.heading)),
        esc(&href(&[kind.route, "_new"])),
        esc(&ui.t(kind.new)),
        esc(&href(&["raw", kind.list])),
        esc(&ui.t("edit-as-text")),
    );
    cx.page(&ui.t(kind.heading), kind.list, &main)
}

fn field_of(kind: &Kind, p: &[String]) -> Option<String> {
    // Paths are [id, key, ...]; the form's fields are the keys.
    let key = p.get(1)?;
    let full = match p.get(2) {
        Some(i) if key == "geo" => format!("geo.{i}"),
        _ => key.clone(),
    };
    kind.fields
        .iter()
        .any(|(k, _, _)| *k == full)
        .then_some(full)
        .or(Some(String::new()))
}

/// One entry: edit, create (`_new`) or delete.
pub fn entry(req: &Req, cx: &Ctx, kind: &Kind, id: &str) -> Resp {
    let ui = cx.ui;
    let creating = id == "_new";
    if !creating && !crate::ids::is_valid(id) {
        return cx.not_found();
    }
    let rel = Path::new(kind.file);
    let text = cx.store.read(rel).unwrap_or_default();
    let Ok(mut all) = serde_yaml::from_str::<Value>(&text) else {
        return Resp::Redirect(href(&["raw", kind.list]));
    };
    if all.is_null() {
        all = Value::Mapping(Default::default());
    }
    let existing = store::get(&all, id).cloned();
    if !creating && existing.is_none() {
        return cx.not_found();
    }
    let mut found = Findings::default();
    let mut status = 200;
    let mut new_id = if creating {
        req.val("id")
    } else {
        id.to_string()
    };
    let mut v = existing
        .clone()
        .unwrap_or(Value::Mapping(Default::default()));
    if req.post && req.get("confirm") == Some("delete") && !creating {
        if let Value::Mapping(m) = &mut all {
            m.remove(id);
        }
        match yamledit::sync(&text, &all).map(|t| {
            cx.store.save(&[Change {
                rel: rel.into(),
                text: Some(t),
            }])
        }) {
            Ok(Ok(_)) => return Resp::Redirect(format!("{}?deleted=1", href(&[kind.list]))),
            Ok(Err((checked, io))) => {
                if !io.is_empty() {
                    found.error("", io);
                }
                for d in checked
                    .here
                    .iter()
                    .chain(&checked.elsewhere)
                    .filter(|d| d.is_error())
                {
                    found.add_located(d);
                }
                status = 422;
            }
            Err(e) => {
                found.error("", e);
                status = 422;
            }
        }
    } else if req.post {
        for (key, _, input) in kind.fields {
            let raw = req.val(key);
            let val = match *input {
                "yesno" => match raw.as_str() {
                    "true" => Some(Value::Bool(true)),
                    "false" => Some(Value::Bool(false)),
                    _ => None,
                },
                _ if key.starts_with("geo.") => None,
                _ => (!raw.trim().is_empty()).then(|| Value::String(raw.trim().to_string())),
            };
            if !key.starts_with("geo.") {
                store::set(&mut v, key, val);
            }
        }
        if kind.fields.iter().any(|(k, _, _)| k.starts_with("geo.")) {
            let (lat, lon) = (req.val("geo.0"), req.val("geo.1"));
            let num = |s: &str| -> Value {
                match s.trim().replace(',', ".").parse::<f64>() {
                    Ok(f) => Value::Number(f.into()),
                    Err(_) => Value::String(s.trim().to_string()),
                }
            };
            let geo = if lat.trim().is_empty() && lon.trim().is_empty() {
                None
            } else {
                Some(Value::Sequence(vec![num(&lat), num(&lon)]))
            };
            store::set(&mut v, "geo", geo);
        }
        if creating {
            if new_id.trim().is_empty() {
                new_id = crate::ids::suggest(&store::get_str(&v, "name")).unwrap_or_default();
            }
            if !crate::ids::is_valid(&new_id) {
                found.error("id", ui.t("id-rule"));
            } else if store::get(&all, &new_id).is_some() {
                found.error("id", ui.ta("id-taken", &[("id", &new_id)]));
            }
        }
        if found.is_empty() {
            if let Value::Mapping(m) = &mut all {
                let key = Value::String(new_id.clone());
                if let Some(slot) = m.get_mut(&key) {
                    *slot = v.clone();
                } else {
                    m.insert(key, v.clone());
                }
            }
            match yamledit::sync(&text, &all) {
                Err(e) => found.error("", e),
                Ok(new_text) => match cx.store.save(&[Change {
                    rel: rel.into(),
                    text: Some(new_text.clone()),
                }]) {
                    Ok(_) => {
                        return Resp::Redirect(format!("{}?saved=1", href(&[kind.route, &new_id])))
                    }
                    Err((checked, io)) => {
                        if !io.is_empty() {
                            found.error("", io);
                        }
                        let here: Vec<_> = checked
                            .here
                            .iter()
                            .filter(|d| d.file.as_deref() == Some(rel))
                            .cloned()
                            .collect();
                        let paths: Vec<Vec<String>> = leaf_paths(&all)
                            .into_iter()
                            .filter(|p| p.first() == Some(&new_id))
                            .collect();
                        found.place(&here, &new_text, 0, &paths, &|p| field_of(kind, p));
                        for d in checked
                            .here
                            .iter()
                            .filter(|d| d.file.as_deref() != Some(rel))
                            .chain(&checked.elsewhere)
                        {
                            found.add_located(d);
                        }
                    }
                },
            }
        }
        if !found.is_empty() {
            status = 422;
        }
    }
    let mut fields = String::new();
    if creating {
        fields.push_str(&form::input(
            &ui.t("field-id"),
            "id",
            "text",
            &new_id,
            found.of("id"),
            &Opts {
                help: Some(ui.t("id-help")),
                extra: " pattern=\"[a-z0-9]+(-[a-z0-9]+)*\" data-suggest-from=\"f-name\"",
                ..Opts::default()
            },
        ));
    }
    for (key, msg, input) in kind.fields {
        let value = store::get_str(&v, key);
        if *input == "yesno" {
            fields.push_str(&form::select(
                &ui.t(msg),
                key,
                &value,
                &form::yes_no(ui),
                found.of(key),
                None,
            ));
        } else {
            fields.push_str(&form::input(
                &ui.t(msg),
                key,
                input,
                &value,
                found.of(key),
                &Opts {
                    required: *key == "name",
                    ..Opts::default()
                },
            ));
        }
    }
    let name = store::get_str(&v, "name");
    let title = if creating {
        ui.t(kind.new)
    } else if name.is_empty() {
        id.to_string()
    } else {
        name
    };
    let saved = if !req.post && req.get("saved").is_some() {
        format!(
            "<p class=\"notice ok\" role=\"status\">{}</p>",
            esc(&ui.t("saved"))
        )
    } else {
        String::new()
    };
    let delete = if creating {
        String::new()
    } else if req.get("delete").is_some() || req.get("confirm").is_some() {
        format!(
            "<form method=\"post\" class=\"confirm\">{}<p>{}</p><input type=\"hidden\" name=\"confirm\" value=\"delete\"><p class=\"actions\"><button type=\"submit\" class=\"danger\">{}</button> <a class=\"button secondary\" href=\"{}\">{}</a></p></form>",
            cx.token_field(),
            esc(&ui.ta("delete-entry-ask", &[("name", &title)])),
            esc(&ui.t("delete-yes")),
            esc(&href(&[kind.route, id])),
            esc(&ui.t("cancel")),
        )
    } else {
        format!(
            "<p><a class=\"danger\" href=\"{}?delete=ask\">{}</a></p>",
            esc(&href(&[kind.route, id])),
            esc(&ui.t("delete"))
        )
    };
    let main = format!(
        "<p class=\"crumbs\"><a href=\"{}\">{}</a></p><h1>{}</h1>{saved}{}<form method=\"post\" class=\"facts\" novalidate>{}{fields}<p class=\"actions\"><button type=\"submit\">{}</button></p></form>{delete}",
        esc(&href(&[kind.list])),
        esc(&ui.t(kind.heading)),
        esc(&title),
        found.general_html(ui),
        cx.token_field(),
        esc(&ui.t(if creating { "create" } else { "save" })),
    );
    cx.page_status(status, &title, kind.list, &main)
}
