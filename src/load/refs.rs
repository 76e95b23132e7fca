//! Places, organisations and references to them: ids checked, unknown ids
//! reported with the known ones.

use std::collections::BTreeMap;
use std::path::Path;

use super::raw::{RawContact, RawOrganisation, RawPlace};
use super::Ctx;
use crate::diag::{did_you_mean, known_list, Diagnostic, Diagnostics};
use crate::ids;
use crate::model::{Contact, Organisation, Place};
use crate::yaml::YamlFile;
use crate::yamlspan::Seg;

pub(super) fn load_places(root: &Path, diags: &mut Diagnostics) -> BTreeMap<String, Place> {
    let rel = Path::new("content/places.yaml");
    let mut file = match YamlFile::read(root, rel) {
        Ok(f) => f,
        Err(d) => {
            diags.push(d);
            return BTreeMap::new();
        }
    };
    let Some(raw) = file.parse::<BTreeMap<String, RawPlace>>(diags) else {
        return BTreeMap::new();
    };
    let broken = unread_ids(&file, raw.keys());
    let mut out = BTreeMap::new();
    for (id, p) in raw {
        check_id(&id, "place", &file, diags);
        let geo = match p.geo.as_deref() {
            None => None,
            Some([lat, lon]) if lat.abs() <= 90.0 && lon.abs() <= 180.0 => Some((*lat, *lon)),
            Some(_) => {
                diags.push(
                    file.error_at(
                        &[Seg::Key(&id), Seg::Key("geo")],
                        "`geo` is not [latitude, longitude]",
                    )
                    .hint("write e.g. `geo: [49.8968, 8.6842]`"),
                );
                None
            }
        };
        out.insert(
            id.clone(),
            Place {
                id,
                name: p.name,
                address: p.address,
                geo,
                wheelchair: p.wheelchair,
            },
        );
    }
    for id in broken {
        let name = id.clone();
        out.insert(
            id.clone(),
            Place {
                id,
                name,
                address: None,
                geo: None,
                wheelchair: None,
            },
        );
    }
    out
}

/// Ids written in `file` whose entries could not be read (their error is
/// reported). They stand in the list as known, so references to them are
/// not reported a second time as unknown ids; the site does not build.
fn unread_ids<'a>(file: &YamlFile, read: impl Iterator<Item = &'a String> + Clone) -> Vec<String> {
    file.keys(&[])
        .into_iter()
        .map(|(k, _)| k)
        .filter(|k| !read.clone().any(|r| r == k))
        .collect()
}

/// A web address: complete, with its scheme.
fn check_website(url: &str, file: &YamlFile, path: &[Seg], diags: &mut Diagnostics) {
    if (url.starts_with("https://") || url.starts_with("http://"))
        && !url.contains(char::is_whitespace)
    {
        return;
    }
    let hint = if url.starts_with("www.") || (url.contains('.') && !url.contains([' ', '@', ':'])) {
        format!("write the full address: `https://{}`", url.trim())
    } else {
        "write the full address, starting with https://".to_string()
    };
    diags.push(
        file.error_at(path, format!("`{url}` is not a web address"))
            .hint(hint),
    );
}

/// An e-mail address: one `@` with a name before it and a domain after it.
fn check_email(mail: &str, file: &YamlFile, path: &[Seg], diags: &mut Diagnostics) {
    let ok = match mail.split_once('@') {
        Some((name, domain)) => {
            !name.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !mail.contains(char::is_whitespace)
                && !domain.contains('@')
        }
        None => false,
    };
    if ok {
        return;
    }
    let fixed = mail
        .replace("(at)", "@")
        .replace("[at]", "@")
        .replace(" at ", "@")
        .replace(' ', "");
    let hint = if fixed != mail && fixed.contains('@') {
        format!("write `{fixed}`: on the web page it becomes a link, so write the address as it is")
    } else {
        "write the address as e.g. info@example.org".to_string()
    };
    diags.push(
        file.error_at(path, format!("`{mail}` is not an e-mail address"))
            .hint(hint),
    );
}

pub(super) fn load_organisations(
    root: &Path,
    diags: &mut Diagnostics,
) -> BTreeMap<String, Organisation> {
    let rel = Path::new("content/organisations.yaml");
    let mut file = match YamlFile::read(root, rel) {
        Ok(f) => f,
        Err(d) => {
            diags.push(d);
            return BTreeMap::new();
        }
    };
    let Some(raw) = file.parse::<BTreeMap<String, RawOrganisation>>(diags) else {
        return BTreeMap::new();
    };
    let broken = unread_ids(&file, raw.keys());
    let mut out: BTreeMap<String, Organisation> = raw
        .into_iter()
        .map(|(id, o)| {
            check_id(&id, "organisation", &file, diags);
            if let Some(w) = &o.website {
                check_website(w, &file, &[Seg::Key(&id), Seg::Key("website")], diags);
            }
            if let Some(m) = &o.email {
                check_email(m, &file, &[Seg::Key(&id), Seg::Key("email")], diags);
            }
            (
                id.clone(),
                Organisation {
                    id,
                    name: o.name,
                    website: o.website,
                    email: o.email,
                    phone: o.phone.map(|s| s.0),
                },
            )
        })
        .collect();
    for id in broken {
        out.insert(
            id.clone(),
            Organisation {
                name: id.clone(),
                id,
                website: None,
                email: None,
                phone: None,
            },
        );
    }
    out
}

fn check_id(id: &str, what: &str, file: &YamlFile, diags: &mut Diagnostics) {
    if !ids::is_valid(id) {
        let mut d = Diagnostic::error(&file.rel, format!("{what} id `{id}` is not a valid id"))
            .at(file.key(&[Seg::Key(id)]));
        d = match ids::suggest(id) {
            Some(s) => d.hint(format!("rename it to `{s}` (lower-case letters, digits and single hyphens) and update references")),
            None => d.hint("use lower-case letters, digits and single hyphens"),
        };
        diags.push(d);
    }
}

impl Ctx<'_> {
    pub(super) fn contact(
        &self,
        raw: Option<RawContact>,
        file: &YamlFile,
        base: &str,
        diags: &mut Diagnostics,
    ) -> Option<Contact> {
        let raw = raw?;
        if let Some(p) = &raw.place {
            self.check_ref(
                p,
                self.places.keys(),
                "place",
                "content/places.yaml",
                file,
                &[Seg::Key(base), Seg::Key("place")],
                diags,
            );
        }
        if let Some(w) = &raw.website {
            check_website(w, file, &[Seg::Key(base), Seg::Key("website")], diags);
        }
        if let Some(m) = &raw.email {
            check_email(m, file, &[Seg::Key(base), Seg::Key("email")], diags);
        }
        Some(Contact {
            name: raw.name,
            place: raw.place,
            phone: raw.phone.map(|s| s.0),
            email: raw.email,
            website: raw.website,
        })
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn check_ref<'k>(
        &self,
        id: &str,
        known: impl Iterator<Item = &'k String> + Clone,
        what: &str,
        list_file: &str,
        file: &YamlFile,
        path: &[Seg],
        diags: &mut Diagnostics,
    ) -> bool {
        if known.clone().any(|k| k == id) {
            return true;
        }
        let d = file.error_at(path, format!("unknown {what} `{id}`"));
        let hint = match did_you_mean(id, known.clone().map(String::as_str)) {
            Some(s) => format!("did you mean `{s}`? ({what}s are listed in {list_file})"),
            None if known.clone().next().is_none() => format!("add `{id}:` to {list_file}"),
            None => format!(
                "known {what}s: {}; or add `{id}:` to {list_file}",
                known_list(known.map(String::as_str))
            ),
        };
        diags.push(d.hint(hint));
        false
    }
}
