//! HTML pages through Tera.
//!
//! The theme is parsed once; each language gets its own copy of the
//! parsed templates whose `t()` speaks that language, so templates write
//! `{{ t(key="fact-when") }}` and the language reaches `t()` explicitly.
//! Templates see the views of [`views`] (documented in docs/themes.md),
//! built by [`pages`], never the model.

mod pages;
pub mod views;

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentValue};
use serde_json::Value;
use tera::Tera;

use crate::diag::{Diagnostic, Diagnostics};
use crate::escape::html as escape_html;
use crate::i18n::{Dir, Origin};
use crate::model::Site;
use crate::render::FlyerSizes;
use crate::schedule::Occurrence;
use crate::url::PageKind;
use views::{Chrome, ChromeView, PageView, ShownTo};

/// Templates, ready for every language.
pub struct Templates {
    /// The parsed theme; `t()` speaks the language of the page being
    /// rendered on this thread ([`PAGE_LANG`]).
    tera: Tera,
    facts: Facts,
    /// Per language, the chrome of pages by their link root.
    chrome: Vec<Vec<(String, Chrome)>>,
}

/// What every page shows about the whole site, computed once per build
/// instead of once per page (which made a build quadratic in offerings).
struct Facts {
    /// Meetings in the coming fortnight, for "what's on".
    upcoming: Vec<Upcoming>,
    /// Current offerings per category.
    category_counts: Vec<usize>,
    /// Whether any offering is over (the archive link).
    has_archive: bool,
}

/// One meeting in the coming fortnight.
#[derive(Debug, Clone, Copy)]
pub struct Upcoming {
    /// When.
    pub occurrence: Occurrence,
    /// District index.
    pub district: usize,
    /// Offering index within the district.
    pub offering: usize,
}

/// Days shown in "what's on".
pub const WHATS_ON_DAYS: i64 = 14;
/// Meetings shown at most in one "what's on" list.
pub const WHATS_ON_MAX: usize = 30;
/// Meetings shown at most on a district's page, where they come before its
/// offerings: a few lines, so that the offerings start on a phone's first
/// screens; the rest is counted and in the calendar.
pub const WHATS_ON_DISTRICT_MAX: usize = 6;

/// Stands for the page's path in fragments: private-use characters, which
/// escaping leaves alone and texts do not contain.
const PAGE_PATH: &str = "\u{E000}page_path\u{E001}";

impl Facts {
    fn new(site: &Site) -> Facts {
        let end = site
            .today
            .checked_add(jiff::Span::new().days(WHATS_ON_DAYS - 1))
            .unwrap_or(site.today);
        let mut upcoming: Vec<Upcoming> = Vec::new();
        for (d, dist) in site.districts.iter().enumerate() {
            for (o, off) in dist.offerings.iter().enumerate() {
                upcoming.extend(off.schedule.occurrences(site.today, end).into_iter().map(
                    |occurrence| Upcoming {
                        occurrence,
                        district: d,
                        offering: o,
                    },
                ));
            }
        }
        upcoming.sort_by_key(|u| {
            (
                u.occurrence.date,
                u.occurrence.times,
                u.district,
                u.offering,
            )
        });
        let mut category_counts = vec![0; site.config.categories.len()];
        let mut has_archive = false;
        for o in site.offerings() {
            if site.is_current(o) {
                category_counts[o.category] += 1;
            } else {
                has_archive = true;
            }
        }
        Facts {
            upcoming,
            category_counts,
            has_archive,
        }
    }
}

/// Whether parsed templates are kept for the next load (the preview).
static KEEP: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// The templates parsed last, by a hash of their names and sources.
static KEPT: std::sync::Mutex<Option<(blake3::Hash, Tera)>> = std::sync::Mutex::new(None);

/// Keeps parsed templates between loads in this process, so a reload
/// after a change of content only does not parse the theme again.
pub fn keep_parsed_templates() {
    KEEP.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// The theme parsed once (or taken as kept), with `icon()`; `t()` is
/// added by [`Templates::new`].
fn parse(site: &Arc<Site>, diags: &mut Diagnostics) -> Option<Tera> {
    let sources: Vec<(String, String)> = site
        .theme
        .templates
        .iter()
        .filter_map(|(name, f)| match String::from_utf8(f.bytes.clone()) {
            Ok(s) => Some((name.clone(), s)),
            Err(_) => {
                diags.push(Diagnostic::error(
                    &f.origin,
                    "the template is not UTF-8 text",
                ));
                None
            }
        })
        .collect();
    let mut key = blake3::Hasher::new();
    for (name, text) in &sources {
        for part in [name, text] {
            key.update(&(part.len() as u64).to_le_bytes());
            key.update(part.as_bytes());
        }
    }
    let key = key.finalize();
    let kept = KEPT.lock().ok().and_then(|k| {
        k.as_ref()
            .filter(|(hash, _)| *hash == key)
            .map(|(_, t)| t.clone())
    });
    let mut tera = match kept {
        Some(t) => t,
        None => {
            let mut tera = Tera::default();
            tera.autoescape_on(vec![".html", ".xml"]);
            tera.set_escape_fn(escape_html);
            if let Err(e) = tera.add_raw_templates(sources) {
                diags.push(
                    Diagnostic::error("templates", format!("template error: {}", error_chain(&e)))
                        .hint("fix the template named in the message (site templates/ or themes/)"),
                );
                return None;
            }
            if KEEP.load(std::sync::atomic::Ordering::Relaxed) {
                if let Ok(mut k) = KEPT.lock() {
                    *k = Some((key, tera.clone()));
                }
            }
            tera
        }
    };
    let s = Arc::clone(site);
    tera.register_function("icon", move |args: &HashMap<String, Value>| {
        let name = args
            .get("name")
            .and_then(Value::as_str)
            .unwrap_or("generic");
        let svg = s
            .theme
            .icons
            .get(name)
            .or_else(|| s.theme.icons.get("generic"))
            .cloned()
            .unwrap_or_default();
        Ok(Value::String(icon_svg(svg, args)))
    });
    Some(tera)
}

/// A pictogram as `icon(name=…)` gives it: the theme's SVG; with `id="x"`
/// that SVG named `x`; with `ref="x"` a copy of the one named `x` on the
/// same page (`<use>`: a district page shows each kind's pictogram twice,
/// and the second costs 100 bytes instead of 300–500).
fn icon_svg(svg: String, args: &HashMap<String, Value>) -> String {
    let arg = |k: &str| {
        args.get(k)
            .and_then(Value::as_str)
            .filter(|v| !v.is_empty() && v.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
    };
    if let Some(r) = arg("ref") {
        let view_box = svg
            .split("viewBox=\"")
            .nth(1)
            .and_then(|v| v.split('"').next())
            .unwrap_or("0 0 24 24");
        return format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"{view_box}\" aria-hidden=\"true\" focusable=\"false\"><use href=\"#{r}\"/></svg>"
        );
    }
    match arg("id") {
        Some(id) if svg.starts_with("<svg") => format!("<svg id=\"{id}\"{}", &svg[4..]),
        _ => svg,
    }
}

/// Per language, every message without arguments, formatted and escaped:
/// for attributes (plain) and for text (with isolating marks, and marked
/// with its language when it comes from another). Most calls of `t()` are
/// these.
type Plain = Vec<HashMap<String, [Value; 2]>>;

fn plain_messages(site: &Site) -> Plain {
    (0..site.config.languages.len())
        .map(|lang| {
            site.strings
                .ids()
                .map(|id| {
                    let get = |attr| Value::String(message(site, lang, id, None, attr));
                    (id.to_string(), [get(true), get(false)])
                })
                .collect()
        })
        .collect()
}

/// The interface string `id` in language `lang`, escaped for HTML. For
/// text (`attr` false) with isolating marks around placeables, and, when
/// the words come from another language (one missing in `lang` falls
/// back), in a `<span>` with that language's `lang` and `dir`, so a screen
/// reader speaks them in their own voice. An attribute value cannot be
/// marked so.
fn message(site: &Site, lang: usize, id: &str, args: Option<&FluentArgs>, attr: bool) -> String {
    let (text, origin) = site.strings.get_from(lang, id, args, !attr);
    let text = escape_html(&text);
    if attr {
        return text;
    }
    let (code, dir) = match origin {
        Origin::Language(l) => {
            let l = &site.config.languages[l];
            (l.code.as_str(), l.dir)
        }
        Origin::English => ("en", Dir::Ltr),
    };
    if code == site.config.languages[lang].code {
        text
    } else {
        format!(
            "<span lang=\"{code}\" dir=\"{}\">{text}</span>",
            dir.as_str()
        )
    }
}

/// `t(key=…)` for pages in language `page`: the interface string `key`
/// in that language (or in the language `in=` names), with any other
/// arguments as Fluent arguments; `attr=true` gives plain text, for
/// attribute values and elements that hold only text (`<title>`,
/// `<option>`). The result is escaped here ([`message`]), so Tera leaves
/// it as it is.
struct Translate {
    site: Arc<Site>,
    plain: Arc<Plain>,
}

thread_local! {
    /// The language of the page this thread renders, for `t()`: one
    /// parsed theme serves every language (a copy per language cost a
    /// clone of every template per language and build).
    static PAGE_LANG: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Renders `template` as a page of language `lang`, as bytes: a page goes
/// to a file as it is, without checking again that Tera wrote UTF-8.
fn render_in(
    tera: &Tera,
    lang: usize,
    template: &str,
    ctx: &tera::Context,
) -> tera::Result<Vec<u8>> {
    PAGE_LANG.with(|l| l.set(lang));
    let mut out = Vec::with_capacity(32 * 1024);
    tera.render_to(template, ctx, &mut out)?;
    Ok(out)
}

impl tera::Function for Translate {
    fn call(&self, args: &HashMap<String, Value>) -> tera::Result<Value> {
        let site = &self.site;
        let key = args
            .get("key")
            .and_then(Value::as_str)
            .ok_or_else(|| tera::Error::msg("t() needs key=\"message-id\""))?;
        let attr = args.get("attr").and_then(Value::as_bool).unwrap_or(false);
        let page = PAGE_LANG.with(std::cell::Cell::get);
        let in_lang = match args.get("in").and_then(Value::as_str) {
            Some(code) => site.config.lang_index(code).unwrap_or(page),
            None => page,
        };
        let others = args.len()
            - 1
            - usize::from(args.contains_key("attr"))
            - usize::from(args.contains_key("in"));
        if others == 0 {
            if let Some(v) = self.plain[in_lang].get(key) {
                return Ok(v[usize::from(!attr)].clone());
            }
        }
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            if k == "key" || k == "attr" || k == "in" {
                continue;
            }
            match v {
                Value::Number(n) => {
                    fargs.set(k.as_str(), FluentValue::from(n.as_f64().unwrap_or(0.0)))
                }
                Value::String(st) => fargs.set(k.as_str(), FluentValue::from(st.clone())),
                other => fargs.set(k.as_str(), FluentValue::from(other.to_string())),
            }
        }
        Ok(Value::String(message(
            site,
            in_lang,
            key,
            Some(&fargs),
            attr,
        )))
    }

    fn is_safe(&self) -> bool {
        true
    }
}

impl Templates {
    /// Parses the theme's templates and renders the chrome and fragments
    /// of every language and folder depth.
    pub fn new(site: &Arc<Site>, diags: &mut Diagnostics) -> Option<Self> {
        let mut tera = parse(site, diags)?;
        tera.register_function(
            "t",
            Translate {
                site: Arc::clone(site),
                plain: Arc::new(plain_messages(site)),
            },
        );
        let mut templates = Templates {
            tera,
            facts: Facts::new(site),
            chrome: Vec::new(),
        };
        // Pages sit at most four folders deep (<lang>/<district>/<offering>/),
        // and the 404 page links from the site's base path.
        let roots: Vec<String> = (0..5)
            .map(|d| "../".repeat(d))
            .chain([crate::url::base_path(&site.config.base_url)])
            .collect();
        for lang in 0..site.config.languages.len() {
            let mut per_root = Vec::new();
            for r in &roots {
                match templates.chrome_with_fragments(site, lang, r) {
                    Ok(c) => per_root.push((r.clone(), c)),
                    Err((name, e)) => {
                        let file = site.theme.templates.get(&name).map_or_else(
                            || std::path::PathBuf::from("templates").join(&name),
                            |f| f.origin.clone(),
                        );
                        diags.push(
                            Diagnostic::error(file, format!("rendering the fragment failed: {}", error_chain(&e)))
                                .hint("a fragment sees what every page sees except `canonical`, `page_kind` and the `current` flags (docs/themes.md, Fragments)"),
                        );
                        return None;
                    }
                }
            }
            templates.chrome.push(per_root);
        }
        Some(templates)
    }

    /// The chrome of language `lang` at link root `root`, with every
    /// fragment (`templates/fragments/<name>.html`) rendered into
    /// `fragments.<name>`. Fragments are what every page of a language shows
    /// alike but for its own address, like the language switcher: rendered
    /// here once, with [`PAGE_PATH`] where the page's path goes, instead of
    /// once per page. An error comes with the name of the template that
    /// failed.
    fn chrome_with_fragments(
        &self,
        site: &Site,
        lang: usize,
        root: &str,
    ) -> Result<Chrome, (String, tera::Error)> {
        let mut chrome = pages::chrome(site, &self.facts, lang, root);
        let view = ChromeView {
            chrome: std::borrow::Cow::Borrowed(&chrome),
            nav_page: None,
            nav_district: None,
            category: None,
            shown_to: ShownTo::Fragments(PAGE_PATH),
        };
        let ctx = tera::Context::from_serialize(&view).map_err(|e| (String::new(), e))?;
        drop(view);
        let mut fragments = BTreeMap::new();
        for name in self.tera.get_template_names() {
            let Some(short) = name
                .strip_prefix("fragments/")
                .and_then(|n| n.strip_suffix(".html"))
            else {
                continue;
            };
            let html =
                render_in(&self.tera, lang, name, &ctx).map_err(|e| (name.to_string(), e))?;
            let html = String::from_utf8_lossy(&html);
            fragments.insert(short.to_string(), html.trim().to_string());
        }
        chrome.fragments = fragments;
        Ok(chrome)
    }

    /// The view of page `kind` in language `lang` (linking the flyers in
    /// `sizes`) and the template that shows it.
    pub fn view<'s>(
        &'s self,
        site: &'s Site,
        kind: PageKind,
        lang: usize,
        sizes: &FlyerSizes,
    ) -> (&'static str, PageView<'s, 's>) {
        let path = kind.path(site);
        let root = pages::root(site, kind, &path);
        let chrome = match self.chrome[lang].iter().find(|(r, _)| *r == root) {
            Some((_, c)) => std::borrow::Cow::Borrowed(c),
            // Not built ahead (no page is this deep). A fragment that fails
            // here failed when the chrome was built, and was reported then.
            None => std::borrow::Cow::Owned(
                self.chrome_with_fragments(site, lang, &root)
                    .unwrap_or_else(|_| pages::chrome(site, &self.facts, lang, &root)),
            ),
        };
        let escaped = escape_html(&path);
        let fragments = chrome
            .fragments
            .iter()
            .map(|(k, html)| (k.clone(), html.replace(PAGE_PATH, &escaped)))
            .collect();
        let [nav_page, nav_district, category] = pages::marks(site, kind, lang);
        let body = pages::body(site, &self.facts, kind, lang, &root, sizes);
        let view = PageView {
            chrome: ChromeView {
                chrome,
                nav_page,
                nav_district,
                category,
                shown_to: ShownTo::Page(fragments),
            },
            canonical: kind.canonical(site, lang),
            page_path: path,
            page_kind: pages::kind_name(kind),
            share: pages::share_meta(site, kind, lang, sizes),
            body,
        };
        (pages::template(kind), view)
    }

    /// Renders page `kind` in language `lang`, linking the flyers in `sizes`.
    pub fn render(
        &self,
        site: &Site,
        kind: PageKind,
        lang: usize,
        sizes: &FlyerSizes,
    ) -> Result<Vec<u8>, Diagnostic> {
        let (template, view) = self.view(site, kind, lang, sizes);
        let ctx =
            tera::Context::from_serialize(&view).map_err(|e| Diagnostic::general(e.to_string()))?;
        render_in(&self.tera, lang, template, &ctx).map_err(|e| {
            Diagnostic::error(
                format!("templates/{template}"),
                format!("rendering failed: {}", error_chain(&e)),
            )
        })
    }
}

/// A Tera error with all its causes, which name the template, line and problem.
fn error_chain(e: &tera::Error) -> String {
    let mut msg = e.to_string();
    let mut src = std::error::Error::source(e);
    while let Some(s) = src {
        msg.push_str(": ");
        msg.push_str(&s.to_string());
        src = s.source();
    }
    msg
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::path::Path;

    use super::*;
    use crate::render::{flyer, page_kinds};

    #[test]
    fn a_pictogram_shown_twice_is_named_once_and_used_the_second_time() {
        let svg = r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" fill="none" stroke="currentColor" stroke-width="2"><path d="M14 9a2 2 0 0 1-2 2H6l-3 3V5a2 2 0 0 1 2-2h7a2 2 0 0 1 2 2z"/></svg>"#;
        let args = |k: &str, v: &str| HashMap::from([(k.to_string(), Value::from(v))]);
        let named = icon_svg(svg.into(), &args("id", "pic-festival"));
        assert!(
            named.starts_with(r#"<svg id="pic-festival" xmlns="#),
            "{named}"
        );
        let used = icon_svg(svg.into(), &args("ref", "pic-festival"));
        assert!(
            used.contains(r##"<use href="#pic-festival"/>"##)
                && used.contains(r#"viewBox="0 0 32 32""#)
        );
        assert!(used.len() < svg.len() && !used.contains("path"), "{used}");
        // Nothing but a plain name gets into the markup.
        assert_eq!(icon_svg(svg.into(), &args("id", "x\"><script>")), svg);
        assert_eq!(icon_svg(svg.into(), &HashMap::new()), svg);
    }

    fn keys(v: &Value, out: &mut BTreeSet<String>) {
        match v {
            Value::Object(m) => {
                for (k, x) in m {
                    out.insert(k.clone());
                    keys(x, out);
                }
            }
            Value::Array(a) => a.iter().for_each(|x| keys(x, out)),
            _ => {}
        }
    }

    /// Every word written as code (between backticks) in docs/themes.md.
    fn documented(doc: &str) -> BTreeSet<String> {
        doc.split('`')
            .skip(1)
            .step_by(2)
            .flat_map(|code| code.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')))
            .filter(|w| !w.is_empty())
            .map(String::from)
            .collect()
    }

    /// The keys themes may use are the fields of the view types; the demo
    /// site shows every kind of page and flyer, so every key appears in some
    /// serialised view. Each must be documented, and every variable the
    /// docs promise on every page must exist.
    #[test]
    fn docs_themes_md_names_every_key_of_the_views() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let clock = crate::clock::Clock::fixed(jiff::civil::date(2026, 11, 26));
        let (site, _) = crate::load::load(root, &clock);
        let site = Arc::new(site.expect("the demo site loads"));
        let mut diags = Diagnostics::new();
        let templates = Templates::new(&site, &mut diags).expect("the theme parses");
        let flyers = flyer::plan(&site);
        let sizes: FlyerSizes = flyers.iter().map(|k| (k.path(&site), Some(2048))).collect();
        let rtl = site.config.lang_index("ar").expect("the demo has Arabic");
        let mut kinds = vec![PageKind::Chooser, PageKind::NotFound];
        kinds.extend(page_kinds(&site));
        let mut page_keys = BTreeSet::new();
        for kind in kinds {
            for lang in [site.config.default_language, rtl] {
                let (_, view) = templates.view(&site, kind, lang, &sizes);
                keys(
                    &serde_json::to_value(&view).expect("serialises"),
                    &mut page_keys,
                );
            }
        }
        let mut flyer_keys = BTreeSet::new();
        let engine = flyer::FlyerEngine::new(&site, &mut diags);
        for kind in flyers {
            let v = engine.data(&site, kind);
            keys(&v.expect("serialises"), &mut flyer_keys);
        }
        let doc = std::fs::read_to_string(root.join("docs/themes.md")).expect("docs/themes.md");
        let words = documented(&doc);
        // Fragment names are the theme's own files, not keys of a view.
        let fragments: BTreeSet<String> = site
            .theme
            .templates
            .keys()
            .filter_map(|n| n.strip_prefix("fragments/")?.strip_suffix(".html"))
            .map(String::from)
            .collect();
        let undocumented: Vec<&String> = page_keys
            .iter()
            .chain(&flyer_keys)
            .filter(|k| !words.contains(*k) && !fragments.contains(*k))
            .collect();
        assert!(
            undocumented.is_empty(),
            "keys of the views that docs/themes.md does not name: {undocumented:?}"
        );
        // The table of variables on every page names only real keys.
        let table = doc
            .split("### Variables on every page")
            .nth(1)
            .and_then(|t| t.split("\n\n").find(|p| p.starts_with("| name")))
            .expect("the table of variables in docs/themes.md");
        assert!(table.lines().count() > 10, "the table of variables is read");
        for row in table.lines().skip(2) {
            let first = row.split('|').nth(1).unwrap_or_default();
            for name in documented(first) {
                assert!(
                    page_keys.contains(&name),
                    "docs/themes.md promises `{name}` on every page, but no view has it"
                );
            }
        }
    }
}
