//! Markdown bodies to HTML, once per text.
//!
//! pulldown-cmark with tables, footnotes, strikethrough and heading ids.
//! Links written as relative content paths (`../deutschkurs/`) become links to
//! that page in the reader's language: the HTML keeps a placeholder
//! (`qrtr:path/`) that [`localize`] swaps for the page's relative URL, so one
//! rendering serves every language and every page depth. Raw HTML is
//! sanitised with ammonia unless the site allows it, and only `http`,
//! `https`, `mailto` and `tel` links leave the site.

use std::collections::{BTreeSet, HashMap};
use std::path::{Component, Path};

use pulldown_cmark::{CowStr, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd};

use crate::diag::{line_col, Diagnostic};

/// Placeholder scheme for links to pages of the site.
const PAGE: &str = "qrtr:";
/// Placeholder scheme for files beside the content (images, PDFs).
const MEDIA: &str = "qrtr-media:";

/// The link to the glossary page, as a placeholder that [`localize`] turns
/// into the glossary of the page's language (a mark adds `#<term>`).
pub fn glossary_link() -> String {
    format!("{PAGE}{}", crate::url::GLOSSARY)
}

/// What the site offers as link targets, by content path.
pub struct LinkTargets {
    /// Content folders that are pages (`""` is the home page), mapped to the
    /// URL path below `/<lang>/` (`kranichstein-sued/mama/`).
    pub pages: HashMap<String, String>,
    /// Files beside the content that are copied to `/media/`.
    pub media: BTreeSet<String>,
}

pub use crate::model::Html;

/// Renders `body` (the Markdown after the front matter) of `rel`, a file
/// below `content/`. `body_offset` is the byte offset of the body in the
/// file, `file_text` the whole file, so errors point at the right line.
pub fn render(
    body: &str,
    rel: &Path,
    file_text: &str,
    body_offset: usize,
    targets: &LinkTargets,
    allow_raw_html: bool,
    errors: &mut Vec<Diagnostic>,
) -> Html {
    render_marked(
        body,
        rel,
        file_text,
        body_offset,
        targets,
        allow_raw_html,
        None,
        errors,
    )
    .0
}

/// [`render`] with the glossary's marks (`[[Kita]]`) rendered for a text in
/// `marks.lang`; returns the terms the body marks too. An unknown mark is
/// its words, with a warning in `errors`.
#[allow(clippy::too_many_arguments)]
pub fn render_marked(
    body: &str,
    rel: &Path,
    file_text: &str,
    body_offset: usize,
    targets: &LinkTargets,
    allow_raw_html: bool,
    marks: Option<&crate::glossary::Marks>,
    errors: &mut Vec<Diagnostic>,
) -> (Html, BTreeSet<String>) {
    let mut used = BTreeSet::new();
    // Words waiting for their marks: pulldown-cmark gives `[` apart.
    let mut pending = String::new();
    let mut pending_at: Option<usize> = None;
    let mut in_image = 0usize;
    let mut opts = Options::empty();
    opts.insert(Options::ENABLE_TABLES);
    opts.insert(Options::ENABLE_FOOTNOTES);
    opts.insert(Options::ENABLE_STRIKETHROUGH);
    opts.insert(Options::ENABLE_HEADING_ATTRIBUTES);
    let dir = rel.parent().unwrap_or(Path::new(""));
    let content_dir = dir.strip_prefix("content").unwrap_or(dir);
    let mut has_raw = false;
    let mut has_placeholders = false;
    let mut used_ids: HashMap<String, usize> = HashMap::new();
    let mut events: Vec<Event> = Vec::new();
    let mut heading_start: Option<usize> = None;

    let at = |range: std::ops::Range<usize>| Some(line_col(file_text, body_offset + range.start));

    // Per open link: whether its tags are written here (see below).
    let mut links: Vec<bool> = Vec::new();
    for (ev, range) in Parser::new_ext(body, opts).into_offset_iter() {
        if let (Some(_), Event::Text(t)) = (marks, &ev) {
            pending.push_str(t);
            pending_at.get_or_insert(range.start);
            continue;
        }
        if let Some(m) = marks {
            let plain = !links.is_empty() || in_image > 0;
            flush_marks(
                m,
                plain,
                &mut pending,
                pending_at.take(),
                &mut events,
                &mut used,
                &mut has_placeholders,
                &mut |word, raw, at| {
                    let offset = body[at.min(body.len())..].find(raw).map_or(at, |i| at + i);
                    errors.push(unknown_mark(
                        rel,
                        m.glossary,
                        word,
                        Some(line_col(file_text, body_offset + offset)),
                    ));
                },
            );
        }
        match ev {
            Event::Html(_) | Event::InlineHtml(_) => {
                has_raw = true;
                events.push(ev);
            }
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                attrs,
            }) => {
                heading_start = Some(events.len());
                events.push(Event::Start(Tag::Heading {
                    level: demote(level),
                    id,
                    classes,
                    attrs,
                }));
            }
            Event::End(TagEnd::Heading(level)) => {
                if let Some(start) = heading_start.take() {
                    let text: String = events[start + 1..]
                        .iter()
                        .filter_map(|e| match e {
                            Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
                            _ => None,
                        })
                        .collect();
                    if let Event::Start(Tag::Heading { id, .. }) = &mut events[start] {
                        let base = id
                            .as_deref()
                            .map(str::to_string)
                            .unwrap_or_else(|| slug(&text));
                        let n = used_ids.entry(base.clone()).or_insert(0);
                        let unique = if *n == 0 { base } else { format!("{base}-{n}") };
                        *n += 1;
                        *id = Some(CowStr::from(unique));
                    }
                }
                events.push(Event::End(TagEnd::Heading(demote(level))));
            }
            // An address written out (`<name@example.org>`,
            // `<https://…>`) reads left to right inside right-to-left
            // text: it gets `dir="ltr"`, which isolates it.
            Event::Start(Tag::Link {
                link_type: link_type @ (LinkType::Email | LinkType::Autolink),
                dest_url,
                ..
            }) if link_type == LinkType::Email
                || matches!(resolve(&dest_url, content_dir, targets), Ok(Target::Keep)) =>
            {
                let href = match link_type {
                    LinkType::Email => format!("mailto:{dest_url}"),
                    _ => dest_url.to_string(),
                };
                links.push(true);
                events.push(Event::InlineHtml(CowStr::from(format!(
                    "<a href=\"{}\" dir=\"ltr\">",
                    crate::escape::html(&href)
                ))));
            }
            Event::End(TagEnd::Link) => match links.pop() {
                Some(true) => events.push(Event::InlineHtml(CowStr::from("</a>"))),
                _ => events.push(Event::End(TagEnd::Link)),
            },
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                links.push(false);
                let dest = match resolve(&dest_url, content_dir, targets) {
                    Ok(Target::Keep) => dest_url,
                    Ok(Target::Placeholder(p)) => {
                        has_placeholders = true;
                        CowStr::from(p)
                    }
                    Err((msg, hint)) => {
                        errors.push(Diagnostic::error(rel, msg).at(at(range)).hint(hint));
                        CowStr::from("#")
                    }
                };
                events.push(Event::Start(Tag::Link {
                    link_type,
                    dest_url: dest,
                    title,
                    id,
                }));
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest = match resolve(&dest_url, content_dir, targets) {
                    Ok(Target::Keep) => dest_url,
                    Ok(Target::Placeholder(p)) if p.starts_with(MEDIA) => {
                        has_placeholders = true;
                        CowStr::from(p)
                    }
                    Ok(Target::Placeholder(_)) => {
                        errors.push(
                            Diagnostic::error(
                                rel,
                                format!("image `{dest_url}` is a page, not a picture"),
                            )
                            .at(at(range))
                            .hint("point the image at a picture file beside the text"),
                        );
                        CowStr::from("")
                    }
                    Err((msg, hint)) => {
                        errors.push(Diagnostic::error(rel, msg).at(at(range)).hint(hint));
                        CowStr::from("")
                    }
                };
                in_image += 1;
                events.push(Event::Start(Tag::Image {
                    link_type,
                    dest_url: dest,
                    title,
                    id,
                }));
            }
            Event::End(TagEnd::Image) => {
                in_image = in_image.saturating_sub(1);
                events.push(Event::End(TagEnd::Image));
            }
            ev => events.push(ev),
        }
    }
    if let Some(m) = marks {
        flush_marks(
            m,
            false,
            &mut pending,
            pending_at.take(),
            &mut events,
            &mut used,
            &mut has_placeholders,
            &mut |word, raw, at| {
                let offset = body[at.min(body.len())..].find(raw).map_or(at, |i| at + i);
                errors.push(unknown_mark(
                    rel,
                    m.glossary,
                    word,
                    Some(line_col(file_text, body_offset + offset)),
                ));
            },
        );
    }
    let mut html = String::with_capacity(body.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    if has_raw && !allow_raw_html {
        html = sanitize(&html);
    }
    (Html::new(&html, has_placeholders), used)
}

/// Turns the words waiting in `pending` into events, its marks rendered
/// (as words only when `plain`: inside a link or an image's text).
/// `unknown(word, raw, at)` is told of each unknown mark, `at` the byte in
/// the body where the words started.
#[allow(clippy::too_many_arguments)]
fn flush_marks<'e>(
    m: &crate::glossary::Marks,
    plain: bool,
    pending: &mut String,
    at: Option<usize>,
    events: &mut Vec<Event<'e>>,
    used: &mut BTreeSet<String>,
    has_placeholders: &mut bool,
    unknown: &mut dyn FnMut(&str, &str, usize),
) {
    if pending.is_empty() {
        return;
    }
    let text = std::mem::take(pending);
    if !crate::glossary::has_marks(&text) {
        events.push(Event::Text(CowStr::from(text)));
        return;
    }
    let start = at.unwrap_or(0);
    for p in crate::glossary::pieces(&text) {
        match p {
            crate::glossary::Piece::Text(t) => {
                events.push(Event::Text(CowStr::from(t.to_string())))
            }
            crate::glossary::Piece::Mark {
                written,
                words,
                raw,
                ..
            } => match m.html(written, words) {
                Some(h) => {
                    if let Some(t) = m.glossary.find(written) {
                        used.insert(t.term.clone());
                    }
                    if plain {
                        events.push(Event::Text(CowStr::from(m.plain(written, words))));
                    } else {
                        *has_placeholders = true;
                        events.push(Event::InlineHtml(CowStr::from(h)));
                    }
                }
                None => {
                    unknown(written, raw, start);
                    events.push(Event::Text(CowStr::from(
                        words.unwrap_or(written).to_string(),
                    )));
                }
            },
        }
    }
}

/// The warning for a mark of a word the glossary does not have.
pub fn unknown_mark(
    rel: &Path,
    glossary: &crate::model::Glossary,
    word: &str,
    at: Option<(usize, usize)>,
) -> Diagnostic {
    let known = glossary
        .terms
        .iter()
        .flat_map(|t| std::iter::once(t.term.as_str()).chain(t.plural.as_deref()));
    let hint = match crate::diag::did_you_mean(word, known) {
        Some(s) => format!("did you mean `[[{s}]]`? The words are shown without explanation until the mark names a term of content/glossary.yaml"),
        None if glossary.terms.is_empty() => format!("add `- term: {word}` with its explanations to content/glossary.yaml, or remove the brackets"),
        None => format!("add `- term: {word}` to content/glossary.yaml, or remove the brackets; the words are shown without explanation"),
    };
    Diagnostic::warning(
        rel,
        format!("`[[{word}]]` marks a word the glossary does not have"),
    )
    .at(at)
    .hint(hint)
}

fn demote(level: HeadingLevel) -> HeadingLevel {
    // The page title is the only h1; body headings start at h2.
    match level {
        HeadingLevel::H1 => HeadingLevel::H2,
        HeadingLevel::H2 => HeadingLevel::H3,
        HeadingLevel::H3 => HeadingLevel::H4,
        HeadingLevel::H4 => HeadingLevel::H5,
        _ => HeadingLevel::H6,
    }
}

/// An anchor id from heading text: letters of every script kept, lower-cased,
/// everything else collapsed to single hyphens.
pub fn slug(text: &str) -> String {
    let mut s = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            s.push(c);
        } else if !s.is_empty() && !s.ends_with('-') {
            s.push('-');
        }
    }
    let s = s.trim_end_matches('-').to_string();
    if s.is_empty() {
        "section".into()
    } else {
        s
    }
}

enum Target {
    Keep,
    Placeholder(String),
}

fn resolve(dest: &str, dir: &Path, targets: &LinkTargets) -> Result<Target, (String, String)> {
    let dest = dest.trim();
    if dest.is_empty() || dest.starts_with('#') {
        return Ok(Target::Keep);
    }
    if let Some((scheme, _)) = dest.split_once(':') {
        let plain_scheme = !scheme.is_empty()
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
        if plain_scheme {
            return match scheme.to_ascii_lowercase().as_str() {
                "http" | "https" | "mailto" | "tel" => Ok(Target::Keep),
                _ => Err((
                    format!("link `{dest}` uses `{scheme}:`, which the site does not allow"),
                    "links may use https:, http:, mailto: or tel:, or point to another page of the site".into(),
                )),
            };
        }
    }
    if dest.starts_with("//") || dest.starts_with('/') {
        return Err((
            format!("link `{dest}` starts with `/`"),
            "write links to pages of the site as relative paths to their folder, e.g. `../deutschkurs/`; write other sites with https://".into(),
        ));
    }
    let (path, fragment) = match dest.find(['#', '?']) {
        Some(i) => (&dest[..i], &dest[i..]),
        None => (dest, ""),
    };
    let decoded = percent_decode(path);
    let mut parts: Vec<String> = dir
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    for comp in Path::new(&decoded).components() {
        match comp {
            Component::Normal(p) => parts.push(p.to_string_lossy().into_owned()),
            Component::ParentDir => {
                if parts.pop().is_none() {
                    return Err((
                        format!("link `{dest}` points outside the content folder"),
                        "link only to pages and files inside content/".into(),
                    ));
                }
            }
            Component::CurDir => {}
            _ => {
                return Err((
                    format!("link `{dest}` is not a relative path"),
                    "write the path from this file to the page's folder".into(),
                ))
            }
        }
    }
    let joined = parts.join("/");
    // A link to a language file (`../kurs/de.md`) means that page in the reader's language.
    let page_key = match joined.rsplit_once('/') {
        Some((folder, file)) if file.ends_with(".md") => folder.to_string(),
        None if joined.ends_with(".md") => String::new(),
        _ => joined.clone(),
    };
    if let Some(url) = targets.pages.get(&page_key) {
        return Ok(Target::Placeholder(format!("{PAGE}{url}{fragment}")));
    }
    if targets.media.contains(&joined) {
        return Ok(Target::Placeholder(format!("{MEDIA}{joined}{fragment}")));
    }
    let mut close: Vec<&String> = targets
        .pages
        .keys()
        .filter(|k| !k.is_empty())
        .filter(|k| strsim::levenshtein(k, &page_key) <= 3)
        .collect();
    close.sort();
    let first = dest.split('/').next().unwrap_or("");
    let looks_like_domain = first.starts_with("www.")
        || [".de", ".org", ".com", ".net", ".eu", ".info"]
            .iter()
            .any(|t| first.ends_with(t));
    let file_name = joined.rsplit('/').next().unwrap_or_default();
    let is_file = file_name
        .rsplit_once('.')
        .is_some_and(|(stem, ext)| !stem.is_empty() && ext != "md" && !ext.is_empty());
    let hint = match close.first() {
        _ if looks_like_domain => format!("to link to another website write https://{dest}"),
        None if is_file => format!(
            "put `{file_name}` into content/{} (beside the text), or correct the file name",
            joined
                .rsplit_once('/')
                .map(|(folder, _)| format!("{folder}/"))
                .unwrap_or_default()
        ),
        Some(k) => format!(
            "did you mean content/{k}/? Write the path from this file's folder to the page's folder"
        ),
        None => "write the relative path from this file's folder to the page's folder, e.g. `../deutschkurs/`".into(),
    };
    Err((
        format!("link `{dest}` points to content/{joined}, which does not exist"),
        hint,
    ))
}

/// Decodes `%XX` escapes in a URL path (invalid escapes stay as written).
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let Ok(b) = u8::from_str_radix(&s[i + 1..i + 3], 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn sanitize(html: &str) -> String {
    let mut b = ammonia::Builder::default();
    b.add_url_schemes(["qrtr", "qrtr-media"]);
    b.add_generic_attributes(["id", "lang", "dir"]);
    b.add_tag_attributes("a", ["class"]);
    b.add_tag_attributes("sup", ["class"]);
    b.add_tag_attributes("div", ["class"]);
    b.add_tag_attributes("input", ["type", "checked", "disabled"]);
    unwrap_links_without_href(&b.clean(html).to_string())
}

/// Leaves the text of every `<a>` that has no `href` (the sanitiser removed
/// a script or unknown-scheme address) and drops the element: an `<a>`
/// without `href` may not carry `rel` or `hreflang`, which the sanitiser
/// keeps, and it would look like a link that goes nowhere. `html` is the
/// sanitiser's own serialisation: lower-case tags, attribute values in
/// double quotes, `<` in text escaped, no comments.
fn unwrap_links_without_href(html: &str) -> String {
    if !html.contains("<a") {
        return html.to_string();
    }
    let mut out = String::with_capacity(html.len());
    // Per open `<a>`: whether its tags were dropped (links can nest inside a
    // table in a link).
    let mut open: Vec<bool> = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        if let Some(after) = rest.strip_prefix("</a>") {
            if !open.pop().unwrap_or(false) {
                out.push_str("</a>");
            }
            rest = after;
            continue;
        }
        let is_a = rest
            .strip_prefix("<a")
            .and_then(|r| r.chars().next())
            .is_some_and(|c| c == '>' || c == '/' || c.is_ascii_whitespace());
        let end = tag_end(rest);
        if is_a {
            let tag = &rest[..end];
            let has_href = attribute_names(&tag[2..]).any(|n| n.eq_ignore_ascii_case("href"));
            open.push(!has_href);
            if has_href {
                out.push_str(tag);
            }
        } else {
            out.push_str(&rest[..end]);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// The length of the tag at the start of `s` (through its `>`, outside
/// quoted values), or of all of `s`.
fn tag_end(s: &str) -> usize {
    let mut quote = None;
    for (i, c) in s.char_indices().skip(1) {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), _) if q == c => quote = None,
            (None, '>') => return i + 1,
            _ => {}
        }
    }
    s.len()
}

/// The attribute names in the inside of a start tag (after its name).
fn attribute_names(inside: &str) -> impl Iterator<Item = &str> {
    let mut names = Vec::new();
    let bytes = inside.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' | b'\'' => {
                let q = bytes[i];
                i += 1;
                while i < bytes.len() && bytes[i] != q {
                    i += 1;
                }
                i += 1;
            }
            b if b.is_ascii_whitespace() || b == b'/' || b == b'>' || b == b'=' => i += 1,
            _ => {
                let start = i;
                while i < bytes.len()
                    && !matches!(bytes[i], b'=' | b'>' | b'/' | b'"' | b'\'')
                    && !bytes[i].is_ascii_whitespace()
                {
                    i += 1;
                }
                let name = &inside[start..i];
                // A value without quotes is skipped as a whole.
                let unquoted_value = start > 0 && bytes[start - 1] == b'=';
                if !unquoted_value {
                    names.push(name);
                }
            }
        }
    }
    names.into_iter()
}

/// Replaces the placeholders of `html` for a page in language `lang` whose
/// path to the site root is `root` (`../../`).
pub fn localize(html: &Html, root: &str, lang: &str) -> String {
    let text = html.html();
    if !html.has_placeholders {
        return text;
    }
    let media = crate::url::link(root, &crate::url::media(""));
    let pages = crate::url::language_prefix(root, lang);
    text.replace(&format!("=\"{MEDIA}"), &format!("=\"{media}"))
        .replace(&format!("=\"{PAGE}"), &format!("=\"{pages}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn targets() -> LinkTargets {
        let mut pages = HashMap::new();
        pages.insert(String::new(), String::new());
        pages.insert("nord".into(), "nord/".into());
        pages.insert("nord/kurs".into(), "nord/kurs/".into());
        pages.insert("pages/about".into(), "about/".into());
        LinkTargets {
            pages,
            media: ["nord/kurs/foto.jpg".to_string()].into_iter().collect(),
        }
    }

    fn md(body: &str, raw: bool) -> (String, Vec<String>) {
        let mut errors = Vec::new();
        let h = render(
            body,
            Path::new("content/nord/kurs/de.md"),
            body,
            0,
            &targets(),
            raw,
            &mut errors,
        );
        (
            localize(&h, "../../", "tr"),
            errors.iter().map(|e| e.to_string()).collect(),
        )
    }

    #[test]
    fn resolves_content_links_per_language() {
        let (h, e) = md(
            "[a](../) [b](de.md) [c](../../pages/about/#x) ![f](foto.jpg)",
            false,
        );
        assert!(e.is_empty(), "{e:?}");
        assert!(h.contains(r#"href="../../tr/nord/""#), "{h}");
        assert!(h.contains(r#"href="../../tr/nord/kurs/""#), "{h}");
        assert!(h.contains(r#"href="../../tr/about/#x""#), "{h}");
        assert!(h.contains(r#"src="../../media/nord/kurs/foto.jpg""#), "{h}");
    }

    #[test]
    fn addresses_written_out_are_links_that_read_left_to_right() {
        let (h, e) = md(
            "Mail <kita-nord@example.org>, web <https://example.org/a-b>, [us](mailto:x@example.org)",
            false,
        );
        assert!(e.is_empty(), "{e:?}");
        assert!(
            h.contains(
                r#"<a href="mailto:kita-nord@example.org" dir="ltr">kita-nord@example.org</a>"#
            ),
            "{h}"
        );
        assert!(
            h.contains(
                r#"<a href="https://example.org/a-b" dir="ltr">https://example.org/a-b</a>"#
            ),
            "{h}"
        );
        assert!(
            h.contains(r#"<a href="mailto:x@example.org">us</a>"#),
            "{h}"
        );
        // Raw HTML beside them is sanitised and keeps the direction.
        let (h, _) = md("<b>x</b> <kita-nord@example.org>", false);
        assert!(h.contains(r#"dir="ltr""#), "{h}");
    }

    #[test]
    fn errors_on_missing_targets_with_line() {
        let (_, e) = md("text\n\n[x](../kruss/)\n", false);
        assert_eq!(e.len(), 1);
        assert!(
            e[0].starts_with("content/nord/kurs/de.md:3:1: error: link `../kruss/`"),
            "{e:?}"
        );
        assert!(e[0].contains("did you mean content/nord/kurs/"), "{e:?}");
        let (_, e) = md("[x](../../../../etc/passwd)", false);
        assert!(e[0].contains("outside the content folder"), "{e:?}");
        let (_, e) = md("[x](javascript:alert(1))", false);
        assert!(e[0].contains("does not allow"), "{e:?}");
    }

    #[test]
    fn sanitises_raw_html_unless_allowed() {
        let (h, _) = md("<script>alert(1)</script><b onclick=\"x()\">hi</b>", false);
        assert!(!h.contains("<script") && !h.contains("onclick"), "{h}");
        let (h, _) = md("<span class=\"x\">ok</span>", true);
        assert!(h.contains("<span class=\"x\">"), "{h}");
    }

    #[test]
    fn a_link_whose_address_the_sanitiser_removed_becomes_its_text() {
        let (h, _) = md(
            "<a href=\"javascript:alert(1)\" hreflang=\"de\">eins</a> <a href=\"https://example.org/\" title=\"a>b\">zwei</a> <abbr title=\"x\">drei</abbr> <a name=\"x\"><b>vier</b></a>",
            false,
        );
        assert!(
            h.contains("<p>eins <a href=\"https://example.org/\""),
            "{h}"
        );
        assert!(
            h.contains(">zwei</a> <abbr title=\"x\">drei</abbr> <b>vier</b></p>"),
            "{h}"
        );
        assert_eq!(h.matches("<a ").count(), 1, "{h}");
        assert_eq!(h.matches("</a>").count(), 1, "{h}");
        // Nested in a table inside a link: each end tag finds its own start.
        let out = unwrap_links_without_href(
            "<a href=\"x\"><table><tr><td><a rel=\"n\">in</a></td></tr></table>out</a><a>",
        );
        assert_eq!(
            out,
            "<a href=\"x\"><table><tr><td>in</td></tr></table>out</a>"
        );
        assert_eq!(
            attribute_names(" rel=\"href\" data-x=y hreflang").collect::<Vec<_>>(),
            ["rel", "data-x", "hreflang"]
        );
    }

    #[test]
    fn headings_get_unique_ids_and_start_at_h2() {
        let (h, _) = md(
            "# Zeiten\n\n## Zeiten\n\n### Kosten {#preis}\n\n## Ünïcode العربية",
            false,
        );
        assert!(h.contains(r#"<h2 id="zeiten">"#), "{h}");
        assert!(h.contains(r#"<h3 id="zeiten-1">"#), "{h}");
        assert!(h.contains(r#"<h4 id="preis">"#), "{h}");
        assert!(h.contains(r#"id="ünïcode-العربية""#), "{h}");
    }

    #[test]
    fn tables_footnotes_strikethrough() {
        let (h, _) = md("|a|b|\n|-|-|\n|1|2|\n\n~~x~~ y[^1]\n\n[^1]: note\n", false);
        assert!(
            h.contains("<table>") && h.contains("<del>x</del>") && h.contains("footnote"),
            "{h}"
        );
    }
}
