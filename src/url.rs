//! The URL authority: the one place that knows where every output of the
//! site lives.
//!
//! Paths here are relative to the output folder, written with `/`, and a
//! folder's path ends in `/` (its file is `index.html` inside). The loader
//! resolves Markdown links with it, the planner names every file with it,
//! every renderer links with it and the preview finds files with it. A new
//! kind of output adds one function here.
//!
//! Three forms of the same address:
//! - a **path** below the output folder: `de/kranichstein/mama/`;
//! - a **link** from a page, whose `root` is `../` repeated by its depth
//!   (or the base path on the 404 page): [`link`];
//! - an **absolute URL** under `base_url`: [`absolute`].

use crate::model::{Site, AUDIENCES};

/// The language chooser at the top of the site.
pub const CHOOSER: &str = "index.html";
/// The page the web server shows for a missing address.
pub const NOT_FOUND: &str = "404.html";
/// The sitemap index (one sitemap per language).
pub const SITEMAP_INDEX: &str = "sitemap.xml";
/// robots.txt, at the root of the output.
pub const ROBOTS: &str = "robots.txt";
/// The team's translation status page (opt-in).
pub const TRANSLATION_STATUS: &str = "translation-status/index.html";
/// The service worker that keeps pages for offline reading. At the root of
/// the output, so its scope is the whole site.
pub const SERVICE_WORKER: &str = "sw.js";
/// The app icons of the web app manifests: file, size in pixels, and
/// whether it is "maskable" (a launcher may cut it to a circle).
pub const APP_ICONS: [(&str, u32, bool); 3] = [
    ("icon-192.png", 192, false),
    ("icon-512.png", 512, false),
    ("icon-maskable-512.png", 512, true),
];

/// A language's home page, below `/<lang>/`.
pub const HOME: &str = "";
/// The archive of offerings that are over, below `/<lang>/`.
pub const ARCHIVE: &str = "archive/";
/// The list of every current offering, below `/<lang>/`.
pub const OFFERINGS: &str = "offerings/";
/// The search page, below `/<lang>/`.
pub const SEARCH: &str = "search/";
/// The page shown offline for a page that was not kept, below `/<lang>/`.
pub const OFFLINE: &str = "offline/";
/// The glossary of German words, below `/<lang>/`.
pub const GLOSSARY: &str = "glossary/";

/// A district's page, below `/<lang>/`.
pub fn district(district: &str) -> String {
    format!("{district}/")
}

/// An offering's page, below `/<lang>/`.
pub fn offering(district: &str, offering: &str) -> String {
    format!("{district}/{offering}/")
}

/// A free page (`content/pages/<id>/`), below `/<lang>/`.
pub fn free_page(id: &str) -> String {
    format!("{id}/")
}

/// A category's page, below `/<lang>/`.
pub fn category(id: &str) -> String {
    format!("category/{id}/")
}

/// An audience's page, below `/<lang>/`.
pub fn audience(id: &str) -> String {
    format!("audience/{id}/")
}

/// The calendar of the page at `page` (below `/<lang>/`; [`HOME`] for the
/// whole site's).
pub fn calendar(page: &str) -> String {
    format!("{page}calendar.ics")
}

/// The calendar file of one date of the offering whose page is at `page`
/// (below `/<lang>/`): "add this date" (`date` as `2026-12-08`).
pub fn occurrence_calendar(page: &str, date: &str) -> String {
    format!("{page}{date}.ics")
}

/// The share image (Open Graph) of the page at `below` in language `code`.
pub fn share_image(code: &str, below: &str) -> String {
    format!("{code}/{below}share.png")
}

/// The web app manifest of a language (install the site as an app).
pub fn manifest(code: &str) -> String {
    format!("{code}/manifest.webmanifest")
}

/// The list of a language's files that the service worker keeps for
/// offline reading, with their content hashes.
pub fn offline_list(code: &str) -> String {
    format!("{code}/offline.json")
}

/// The `webcal://` form of an absolute `http(s)://` URL: phones open it
/// as a calendar subscription rather than a download.
pub fn webcal(absolute: &str) -> String {
    match absolute.split_once("://") {
        Some((_, rest)) => format!("webcal://{rest}"),
        None => absolute.to_string(),
    }
}

/// A path below `/<lang>/` as a path below the output folder.
pub fn in_language(code: &str, below: &str) -> String {
    format!("{code}/{below}")
}

/// The file of the page at `below` in language `code`.
pub fn page_file(code: &str, below: &str) -> String {
    format!("{code}/{below}index.html")
}

/// The Atom feed of a language.
pub fn feed(code: &str) -> String {
    format!("{code}/atom.xml")
}

/// The search index of a language.
pub fn search_index(code: &str) -> String {
    format!("{code}/search-index.json")
}

/// The sitemap of a language.
pub fn sitemap(code: &str) -> String {
    format!("{code}/sitemap.xml")
}

/// A district's flyer in language `code`, or (with `beside`, the default
/// language's code) in both side by side.
pub fn district_flyer(district: &str, code: &str, beside: Option<&str>) -> String {
    match beside {
        Some(first) => format!("flyers/{district}/{first}-{code}.pdf"),
        None => format!("flyers/{district}/{code}.pdf"),
    }
}

/// An offering's poster in language `code`, or (with `beside`, the default
/// language's code) in both; A3 posters end in `-a3`.
pub fn poster(
    district: &str,
    offering: &str,
    code: &str,
    beside: Option<&str>,
    a3: bool,
) -> String {
    let size = if a3 { "-a3" } else { "" };
    match beside {
        Some(first) => format!("flyers/{district}/{offering}-poster-{first}-{code}{size}.pdf"),
        None => format!("flyers/{district}/{offering}-poster-{code}{size}.pdf"),
    }
}

/// The page at the root that leads to an offering in every language (the
/// address of the information sheet's QR code). `o` is one letter, which no
/// language code is, so it never meets a language's folder.
pub fn offering_languages(district: &str, offering: &str) -> String {
    format!("o/{district}/{offering}/")
}

/// An offering's multilingual information sheet.
pub fn sheet(district: &str, offering: &str) -> String {
    format!("flyers/{district}/{offering}.pdf")
}

/// A file beside the content (`content/<name>`), copied to `/media/`.
pub fn media(name: &str) -> String {
    format!("media/{name}")
}

/// A recording beside a text (`content/<path>`, e.g.
/// `nord/deutschkurs/ar.mp3`): one copy for the site, under `/media/` at
/// its content path, linked from the page of its text's language. Not
/// per page language, and never beside a page (pages live below
/// `/<lang>/`, a recording belongs to no page language's folder).
pub fn recording(path: &str) -> String {
    format!("media/{path}")
}

/// The prefix of every address in language `code` under `root` (a link
/// root or the base URL): a page's address is this and its path below
/// `/<lang>/`.
pub fn language_prefix(root: &str, code: &str) -> String {
    format!("{root}{code}/")
}

/// The link to `path` from a page whose links start with `root`.
pub fn link(root: &str, path: &str) -> String {
    format!("{root}{path}")
}

/// The absolute URL of `path` under the site's `base_url` (which ends in `/`).
pub fn absolute(base_url: &str, path: &str) -> String {
    format!("{base_url}{path}")
}

/// The link root of the page at `below` (below `/<lang>/`): `../` once
/// for the language's folder and once per folder of the path.
pub fn page_root(below: &str) -> String {
    "../".repeat(1 + below.matches('/').count())
}

/// The path part of the base URL (`https://example.org/a/` -> `/a/`): the
/// link root of pages served at any depth, like the 404 page.
pub fn base_path(base_url: &str) -> String {
    let after_scheme = base_url
        .split_once("://")
        .map(|(_, r)| r)
        .unwrap_or(base_url);
    match after_scheme.find('/') {
        Some(i) => after_scheme[i..].to_string(),
        None => "/".to_string(),
    }
}

/// The robots.txt that crawlers read for a site at `base_url`, when it is
/// not the site's own: a site below the root of its host
/// (`https://example.org/stadtteile/`) is crawled by the rules at the
/// host's root (`https://example.org/robots.txt`, RFC 9309).
pub fn host_robots(base_url: &str) -> Option<String> {
    let path = base_path(base_url);
    let host = base_url.strip_suffix(&path)?;
    (path != "/").then(|| format!("{host}/{ROBOTS}"))
}

/// The file that answers a request for `path` (already decoded, without
/// `..`): a folder's `index.html`, or the file itself. The second value is
/// the folder's file to try when the path names a folder without its slash.
pub fn lookup(path: &str) -> (String, Option<String>) {
    let joined = path.trim_matches('/');
    if path.ends_with('/') || joined.is_empty() {
        let index = if joined.is_empty() {
            CHOOSER.to_string()
        } else {
            format!("{joined}/index.html")
        };
        return (index, None);
    }
    (joined.to_string(), Some(format!("{joined}/index.html")))
}

/// Percent-encodes a URL query value.
pub fn query_value(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    s.bytes().for_each(|b| push_query_byte(&mut out, b));
    out
}

/// Appends byte `b` of a query value: letters, digits and `-_.~` as they
/// are, every other byte as `%XX`.
fn push_query_byte(out: &mut String, b: u8) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
        out.push(b as char);
    } else {
        out.push('%');
        out.push(HEX[usize::from(b >> 4)] as char);
        out.push(HEX[usize::from(b & 15)] as char);
    }
}

/// Percent-encodes a text for a link's query (a message to share): ASCII
/// other than letters, digits and `-_.~` is encoded; letters of other
/// scripts stay as they are, which a URL may hold (the browser encodes them
/// when the link is followed), so an Arabic text costs a third of the bytes.
pub fn query_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 4);
    for c in s.chars() {
        if !c.is_ascii() && !c.is_control() && !c.is_whitespace() {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            c.encode_utf8(&mut buf)
                .bytes()
                .for_each(|b| push_query_byte(&mut out, b));
        }
    }
    out
}

/// What a page shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageKind {
    /// `/index.html`: the language chooser.
    Chooser,
    /// `/404.html`: not found, in every language.
    NotFound,
    /// `/<lang>/index.html`.
    Home,
    /// `/<lang>/<district>/`.
    District(usize),
    /// `/<lang>/<district>/<offering>/`.
    Offering(usize, usize),
    /// `/<lang>/category/<id>/`.
    Category(usize),
    /// `/<lang>/<page>/`.
    Page(usize),
    /// `/<lang>/archive/`: offerings that are over.
    Archive,
    /// `/<lang>/offerings/`: every current offering, with filters.
    Offerings,
    /// `/<lang>/audience/<id>/`: offerings for one audience (index into
    /// [`crate::model::AUDIENCES`]).
    Audience(usize),
    /// `/<lang>/search/`.
    Search,
    /// `/<lang>/offline/`: shown by the service worker, offline, for a page
    /// that was not kept (not in the sitemap).
    Offline,
    /// `/<lang>/glossary/`: the German words of the site explained.
    Glossary,
    /// `/o/<district>/<offering>/`: the offering's title in every language
    /// it is written in, each a link to its page (the sheet's QR code).
    OfferingLanguages(usize, usize),
}

impl PageKind {
    /// The path below `/<lang>/`, ending in `/` (empty for home).
    pub fn path(self, site: &Site) -> String {
        match self {
            PageKind::Chooser | PageKind::NotFound | PageKind::Home => HOME.into(),
            PageKind::OfferingLanguages(d, o) => PageKind::Offering(d, o).path(site),
            PageKind::District(d) => district(&site.districts[d].id),
            PageKind::Offering(d, o) => {
                let dist = &site.districts[d];
                offering(&dist.id, &dist.offerings[o].id)
            }
            PageKind::Category(c) => category(&site.config.categories[c].id),
            PageKind::Page(p) => free_page(&site.pages[p].id),
            PageKind::Archive => ARCHIVE.into(),
            PageKind::Offerings => OFFERINGS.into(),
            PageKind::Audience(a) => audience(AUDIENCES[a]),
            PageKind::Search => SEARCH.into(),
            PageKind::Offline => OFFLINE.into(),
            PageKind::Glossary => GLOSSARY.into(),
        }
    }

    /// The page's file below the output folder in language `lang`.
    pub fn file(self, site: &Site, lang: usize) -> String {
        match self {
            PageKind::Chooser => CHOOSER.into(),
            PageKind::NotFound => NOT_FOUND.into(),
            PageKind::OfferingLanguages(d, o) => {
                let dist = &site.districts[d];
                format!(
                    "{}index.html",
                    offering_languages(&dist.id, &dist.offerings[o].id)
                )
            }
            _ => page_file(&site.config.languages[lang].code, &self.path(site)),
        }
    }

    /// The page's canonical URL in language `lang`.
    pub fn canonical(self, site: &Site, lang: usize) -> String {
        let base = &site.config.base_url;
        if let PageKind::OfferingLanguages(d, o) = self {
            let dist = &site.districts[d];
            absolute(base, &offering_languages(&dist.id, &dist.offerings[o].id))
        } else if self.per_language() {
            absolute(
                base,
                &in_language(&site.config.languages[lang].code, &self.path(site)),
            )
        } else {
            base.clone()
        }
    }

    /// Whether the page exists once per language.
    pub fn per_language(self) -> bool {
        !matches!(
            self,
            PageKind::Chooser | PageKind::NotFound | PageKind::OfferingLanguages(..)
        )
    }
}

/// Which calendar file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CalendarKind {
    /// Every offering of the site.
    Site,
    /// One district.
    District(usize),
    /// One offering.
    Offering(usize, usize),
    /// One coming date of an offering ("add this date"): the `n`th of the
    /// dates its page lists.
    Occurrence(usize, usize, usize),
}

impl CalendarKind {
    /// Path below `/<lang>/`.
    pub fn path(self, site: &Site) -> String {
        match self {
            CalendarKind::Site => calendar(HOME),
            CalendarKind::District(d) => calendar(&PageKind::District(d).path(site)),
            CalendarKind::Offering(d, o) => calendar(&PageKind::Offering(d, o).path(site)),
            CalendarKind::Occurrence(d, o, n) => {
                let date = site
                    .next_dates(&site.districts[d].offerings[o])
                    .get(n)
                    .map(|x| x.date.to_string())
                    .unwrap_or_default();
                occurrence_calendar(&PageKind::Offering(d, o).path(site), &date)
            }
        }
    }
}

/// Which flyer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlyerKind {
    /// A district in one language, or (with `bilingual`) in the default
    /// language and `lang` side by side.
    District {
        /// District index.
        district: usize,
        /// The language.
        lang: usize,
        /// Whether the default language is printed beside it.
        bilingual: bool,
    },
    /// The multilingual information sheet of one offering.
    Sheet {
        /// District index.
        district: usize,
        /// Offering index.
        offering: usize,
    },
    /// A poster of one offering for the notice board, in one language or
    /// (with `bilingual`) beside the default language.
    Poster {
        /// District index.
        district: usize,
        /// Offering index.
        offering: usize,
        /// The language.
        lang: usize,
        /// Whether the default language is printed above it.
        bilingual: bool,
        /// A3 rather than A4.
        a3: bool,
    },
}

impl FlyerKind {
    /// Output path, e.g. `flyers/kranichstein-sued/de-ar.pdf`.
    pub fn path(self, site: &Site) -> String {
        let cfg = &site.config;
        match self {
            FlyerKind::District {
                district,
                lang,
                bilingual,
            } => district_flyer(
                &site.districts[district].id,
                &cfg.languages[lang].code,
                bilingual.then(|| cfg.default_lang().code.as_str()),
            ),
            FlyerKind::Sheet { district, offering } => {
                let d = &site.districts[district];
                sheet(&d.id, &d.offerings[offering].id)
            }
            FlyerKind::Poster {
                district,
                offering,
                lang,
                bilingual,
                a3,
            } => {
                let d = &site.districts[district];
                poster(
                    &d.id,
                    &d.offerings[offering].id,
                    &cfg.languages[lang].code,
                    bilingual.then(|| cfg.default_lang().code.as_str()),
                    a3,
                )
            }
        }
    }
}

/// Links from the pages of one language at one depth: each is the link
/// root followed by the language's folder, so a page's link to another is
/// one concatenation.
#[derive(Debug, Clone)]
pub struct Links<'a> {
    /// `../` by depth, or the base path.
    pub root: &'a str,
    /// The language's code.
    pub code: &'a str,
}

impl Links<'_> {
    /// The link to the page at `below` (below `/<lang>/`).
    pub fn page(&self, below: &str) -> String {
        let mut s = language_prefix(self.root, self.code);
        s.push_str(below);
        s
    }

    /// The link to a file at `path` below the output folder.
    pub fn file(&self, path: &str) -> String {
        link(self.root, path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_values_encode_every_byte_but_unreserved_ones() {
        assert_eq!(query_value("a-b_c.d~e"), "a-b_c.d~e");
        assert_eq!(query_value("a b&c=d/é"), "a%20b%26c%3Dd%2F%C3%A9");
        assert_eq!(query_value("\n%"), "%0A%25");
    }

    #[test]
    fn query_texts_keep_letters_of_other_scripts() {
        assert_eq!(
            query_text("Kurs: مرحبا\nhttps://x.de/a?b"),
            "Kurs%3A%20مرحبا%0Ahttps%3A%2F%2Fx.de%2Fa%3Fb"
        );
        // A non-breaking space and a control character are encoded.
        assert_eq!(query_text("a\u{a0}b\u{7}"), "a%C2%A0b%07");
    }

    #[test]
    fn robots_txt_is_read_at_the_root_of_the_host() {
        assert_eq!(host_robots("https://example.org/"), None);
        assert_eq!(
            host_robots("https://example.org/stadtteile/").as_deref(),
            Some("https://example.org/robots.txt")
        );
        assert_eq!(
            host_robots("http://localhost:8080/a/b/").as_deref(),
            Some("http://localhost:8080/robots.txt")
        );
    }

    #[test]
    fn base_path_keeps_the_prefix_of_base_url() {
        assert_eq!(base_path("https://example.org/"), "/");
        assert_eq!(base_path("https://example.org"), "/");
        assert_eq!(
            base_path("https://example.org/stadt/quartiere/"),
            "/stadt/quartiere/"
        );
        assert_eq!(base_path("/local/"), "/local/");
    }

    #[test]
    fn absolute_urls_keep_the_prefix_and_language() {
        let base = "https://example.org/stadt/";
        assert_eq!(
            absolute(base, &in_language("ar", &offering("kranichstein", "mama"))),
            "https://example.org/stadt/ar/kranichstein/mama/"
        );
        assert_eq!(
            absolute(base, &calendar(HOME)),
            "https://example.org/stadt/calendar.ics"
        );
    }

    #[test]
    fn three_letter_and_rtl_language_tags_are_folders() {
        // Central Kurdish (ckb), Dari (prs) and Arabic name folders as they are;
        // direction is a matter of the page, never of its address.
        assert_eq!(page_file("ckb", &district("nord")), "ckb/nord/index.html");
        assert_eq!(page_file("prs", HOME), "prs/index.html");
        assert_eq!(feed("ar"), "ar/atom.xml");
        assert_eq!(search_index("fa"), "fa/search-index.json");
        assert_eq!(sitemap("ckb"), "ckb/sitemap.xml");
        assert_eq!(
            district_flyer("nord", "ckb", Some("de")),
            "flyers/nord/de-ckb.pdf"
        );
        assert_eq!(district_flyer("nord", "ar", None), "flyers/nord/ar.pdf");
    }

    #[test]
    fn links_and_roots() {
        assert_eq!(page_root(HOME), "../");
        assert_eq!(page_root(&district("nord")), "../../");
        assert_eq!(page_root(&offering("nord", "kurs")), "../../../");
        let l = Links {
            root: "../../",
            code: "tr",
        };
        assert_eq!(
            l.page(&category("language-course")),
            "../../tr/category/language-course/"
        );
        assert_eq!(l.file(&media("foto.jpg")), "../../media/foto.jpg");
        assert_eq!(link("/stadt/", &in_language("de", HOME)), "/stadt/de/");
        assert_eq!(sheet("nord", "kurs"), "flyers/nord/kurs.pdf");
        assert_eq!(audience("parents"), "audience/parents/");
        assert_eq!(free_page("impressum"), "impressum/");
        assert_eq!(l.page(GLOSSARY), "../../tr/glossary/");
        assert_eq!(
            l.file(&recording("nord/kurs/ar.mp3")),
            "../../media/nord/kurs/ar.mp3"
        );
    }

    #[test]
    fn lookup_finds_folders_and_files() {
        assert_eq!(lookup(""), ("index.html".into(), None));
        assert_eq!(lookup("/"), ("index.html".into(), None));
        assert_eq!(lookup("/de/"), ("de/index.html".into(), None));
        assert_eq!(
            lookup("/de/atom.xml"),
            ("de/atom.xml".into(), Some("de/atom.xml/index.html".into()))
        );
        assert_eq!(
            lookup("/de/nord"),
            ("de/nord".into(), Some("de/nord/index.html".into()))
        );
    }
}
