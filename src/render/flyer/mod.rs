//! Printable flyers through Typst as a library.
//!
//! Quartier is the Typst `World`: it serves the theme's flyer templates
//! (`themes/<theme>/flyers/*.typ`), the pictograms, the fonts shipped in the
//! theme (`fonts/`), and for each flyer a virtual `/data.json` and `/qr.svg`.
//! Content reaches Typst only as JSON data, never as source, so no text can
//! break or inject into a template. Fonts are loaded once per build and
//! shared by every flyer; flyers compile in parallel.

use std::collections::HashMap;
use std::sync::OnceLock;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Smart};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_layout::PagedDocument;

use crate::diag::{Diagnostic, Diagnostics};
use crate::model::{Offering, Site};
use crate::render::{Content, Rendered};

pub mod cache;
pub mod data;
pub mod fonts;
pub mod measure;
pub mod share;

/// Pages a district flyer may have before `check` warns (one sheet, both sides).
pub const MAX_FLYER_PAGES: usize = 2;

pub use crate::url::FlyerKind;

/// Whether an offering goes on its district's flyer.
pub fn on_flyer(site: &Site, o: &Offering) -> bool {
    o.flyer && site.is_current(o)
}

/// Every flyer of the site.
pub fn plan(site: &Site) -> Vec<FlyerKind> {
    let cfg = &site.config;
    let mut out = Vec::new();
    for (d, dist) in site.districts.iter().enumerate() {
        for lang in 0..cfg.languages.len() {
            out.push(FlyerKind::District {
                district: d,
                lang,
                bilingual: false,
            });
            // A plain-language variant is German beside German: printed alone.
            if cfg.flyers.bilingual && lang != cfg.default_language && !cfg.languages[lang].simple {
                out.push(FlyerKind::District {
                    district: d,
                    lang,
                    bilingual: true,
                });
            }
        }
        for (o, off) in dist.offerings.iter().enumerate() {
            if !site.is_current(off) {
                continue;
            }
            out.push(FlyerKind::Sheet {
                district: d,
                offering: o,
            });
            out.extend(posters(site, d, o));
        }
    }
    out
}

/// The posters of one offering the build makes: in the default language,
/// and in each language it is written in beside the default language (a
/// poster in a language it is not written in would repeat the German).
pub fn posters(site: &Site, d: usize, o: usize) -> Vec<FlyerKind> {
    posters_in(site, d, o, &site.config.flyers.poster_sizes(), None)
}

/// The posters of one offering on each paper of `sizes` (`true`: A3): in
/// language `only`, also where the offering falls back to the default
/// language (`quartier print --lang`), or else as [`posters`] chooses.
pub fn posters_in(
    site: &Site,
    d: usize,
    o: usize,
    sizes: &[bool],
    only: Option<usize>,
) -> Vec<FlyerKind> {
    let cfg = &site.config;
    let off = &site.districts[d].offerings[o];
    let mut out = Vec::new();
    for &a3 in sizes {
        for lang in 0..cfg.languages.len() {
            let written = off.texts.by_lang.get(lang).is_some_and(Option::is_some);
            let keep = match only {
                Some(x) => lang == x,
                None => lang == cfg.default_language || written,
            };
            if keep {
                out.push(FlyerKind::Poster {
                    district: d,
                    offering: o,
                    lang,
                    bilingual: lang != cfg.default_language && !cfg.languages[lang].simple,
                    a3,
                });
            }
        }
    }
    out
}

/// Fonts, templates and pictograms, loaded once per build.
pub struct FlyerEngine {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    sources: HashMap<FileId, Source>,
    files: HashMap<FileId, Bytes>,
    today: Datetime,
    stamp: typst_pdf::Timestamp,
    district_main: Option<FileId>,
    sheet_main: Option<FileId>,
    poster_main: Option<FileId>,
    /// Share images (Open Graph) and app icons (module `share`).
    share_main: Option<FileId>,
    icon_main: Option<FileId>,
    /// Fonts and line spacing per site language.
    pub styles: fonts::Styles,
    /// Printables laid out by earlier builds, when kept.
    cache: Option<cache::PrintCache>,
}

fn file_id(path: &str) -> Option<FileId> {
    VirtualPath::new(path)
        .ok()
        .map(|vp| RootedPath::new(VirtualRoot::Project, vp).intern())
}

/// The path of a virtual file, as the templates name it.
fn vpath(id: FileId) -> String {
    id.vpath().get_without_slash().to_string()
}

fn data_id() -> FileId {
    static ID: OnceLock<FileId> = OnceLock::new();
    *ID.get_or_init(|| file_id("/data.json").expect("valid virtual path"))
}

fn qr_id() -> FileId {
    static ID: OnceLock<FileId> = OnceLock::new();
    *ID.get_or_init(|| file_id("/qr.svg").expect("valid virtual path"))
}

impl FlyerEngine {
    /// Loads the theme's fonts, flyer templates and icons.
    pub fn new(site: &Site, diags: &mut Diagnostics) -> Self {
        let mut fonts: Vec<Font> = Vec::new();
        let mut families: Vec<String> = Vec::new();
        let mut site_families: Vec<String> = Vec::new();
        let mut sources = HashMap::new();
        let mut files = HashMap::new();
        // BTreeMap order: fonts load in a fixed order, so PDFs are identical.
        for (path, f) in &site.theme.other {
            if let Some(name) = path.strip_prefix("fonts/") {
                let lower = name.to_ascii_lowercase();
                if lower.ends_with(".ttf") || lower.ends_with(".otf") || lower.ends_with(".ttc") {
                    let before = fonts.len();
                    fonts.extend(Font::iter(Bytes::new(f.bytes.clone())));
                    for font in &fonts[before..] {
                        let name = &font.info().family;
                        if path.starts_with(fonts::SITE_PREFIX) && !site_families.contains(name) {
                            site_families.push(name.clone());
                        }
                        if !families.contains(name) {
                            families.push(name.clone());
                        }
                    }
                    if fonts.len() == before {
                        diags.push(Diagnostic::error(&f.origin, "not a font Typst can read").hint("ship TrueType or OpenType fonts (.ttf, .otf); WOFF is not supported"));
                    }
                } else if lower.ends_with(".woff") || lower.ends_with(".woff2") {
                    diags.push(
                        Diagnostic::warning(&f.origin, "WOFF fonts are not used for printing")
                            .hint("put the TrueType or OpenType file (.ttf, .otf) of this font here; Noto fonts come as .ttf"),
                    );
                }
            } else if let Some(name) = path.strip_prefix("flyers/") {
                let Some(id) = file_id(&format!("/{name}")) else {
                    continue;
                };
                match String::from_utf8(f.bytes.clone()) {
                    Ok(text) if name.ends_with(".typ") => {
                        sources.insert(id, Source::new(id, text));
                    }
                    Ok(_) | Err(_) => {
                        files.insert(id, Bytes::new(f.bytes.clone()));
                    }
                }
            }
        }
        for (name, svg) in &site.theme.icons {
            if let Some(id) = file_id(&format!("/icons/{name}.svg")) {
                files.insert(id, Bytes::new(svg.clone().into_bytes()));
            }
        }
        let book = FontBook::from_fonts(&fonts);
        let styles = fonts::Styles::resolve(
            &site.theme.other,
            &site.config.languages,
            &families,
            &site_families,
            diags,
        );
        let d = site.stamp.to_zoned_datetime(jiff::tz::TimeZone::UTC);
        let today = Datetime::from_ymd(
            i32::from(site.today.year()),
            site.today.month() as u8,
            site.today.day() as u8,
        )
        .expect("valid date");
        let stamp_dt = Datetime::from_ymd_hms(
            i32::from(d.year()),
            d.month() as u8,
            d.day() as u8,
            d.hour() as u8,
            d.minute() as u8,
            d.second() as u8,
        )
        .unwrap_or(today);
        FlyerEngine {
            library: LazyHash::new(Library::builder().build()),
            book: LazyHash::new(book),
            fonts,
            district_main: file_id("/district.typ").filter(|id| sources.contains_key(id)),
            sheet_main: file_id("/sheet.typ").filter(|id| sources.contains_key(id)),
            poster_main: file_id("/poster.typ").filter(|id| sources.contains_key(id)),
            share_main: file_id("/share.typ").filter(|id| sources.contains_key(id)),
            icon_main: file_id("/icon.typ").filter(|id| sources.contains_key(id)),
            sources,
            files,
            styles,
            today,
            stamp: typst_pdf::Timestamp::new_utc(stamp_dt),
            cache: None,
        }
    }

    /// Keeps laid-out printables in `dir` and takes them from there when
    /// nothing that goes into them has changed.
    pub fn use_cache(&mut self, dir: std::path::PathBuf) {
        self.cache = Some(cache::PrintCache::new(dir, &self.fingerprint()));
    }

    /// The cache, when one is used.
    pub fn cache(&self) -> Option<&cache::PrintCache> {
        self.cache.as_ref()
    }

    /// A hash of everything every printable of this engine shares: fonts,
    /// templates and other theme files, pictograms, the date and the
    /// timestamp written into the PDFs.
    fn fingerprint(&self) -> [u8; 32] {
        let mut h = blake3::Hasher::new();
        let field = |h: &mut blake3::Hasher, bytes: &[u8]| {
            h.update(&(bytes.len() as u64).to_le_bytes());
            h.update(bytes);
        };
        for font in &self.fonts {
            field(&mut h, font.data().as_slice());
            h.update(&font.index().to_le_bytes());
        }
        // Sorted by path: a HashMap's order differs from run to run.
        let mut sources: Vec<(String, &[u8])> = self
            .sources
            .iter()
            .map(|(id, s)| (vpath(*id), s.text().as_bytes()))
            .chain(self.files.iter().map(|(id, b)| (vpath(*id), b.as_slice())))
            .collect();
        sources.sort();
        for (name, bytes) in sources {
            field(&mut h, name.as_bytes());
            field(&mut h, bytes);
        }
        for main in [
            self.district_main,
            self.sheet_main,
            self.poster_main,
            self.share_main,
            self.icon_main,
        ] {
            field(&mut h, main.map(vpath).unwrap_or_default().as_bytes());
        }
        field(
            &mut h,
            format!("{:?} {:?}", self.today, self.stamp).as_bytes(),
        );
        *h.finalize().as_bytes()
    }

    /// Whether some shipped font has a glyph for `c`.
    pub fn covers(&self, c: char) -> bool {
        self.fonts
            .iter()
            .any(|f| f.info().coverage.contains(c as u32))
    }

    /// The data of one flyer as the template reads it.
    pub fn data(&self, site: &Site, kind: FlyerKind) -> serde_json::Result<serde_json::Value> {
        let st = &self.styles;
        match kind {
            FlyerKind::District {
                district,
                lang,
                bilingual,
            } => serde_json::to_value(data::district(site, st, district, lang, bilingual)),
            FlyerKind::Sheet { district, offering } => {
                serde_json::to_value(data::sheet(site, st, district, offering))
            }
            FlyerKind::Poster {
                district,
                offering,
                lang,
                bilingual,
                a3,
            } => serde_json::to_value(data::poster(
                site, st, district, offering, lang, bilingual, a3,
            )),
        }
    }

    /// Compiles one flyer to PDF, with a warning when it needs more paper
    /// than a handout should. When its last page would be less than a
    /// third full, it is laid out again tighter (to save the page) or
    /// looser (to fill it), and the first layout that fills its paper
    /// well is kept. With a cache ([`FlyerEngine::use_cache`]), a printable
    /// whose inputs are unchanged since it was kept is taken from there.
    pub fn render(&self, site: &Site, kind: FlyerKind) -> Result<Rendered, Diagnostic> {
        let (main, template) = match kind {
            FlyerKind::District { .. } => (self.district_main, "district.typ"),
            FlyerKind::Sheet { .. } => (self.sheet_main, "sheet.typ"),
            FlyerKind::Poster { .. } => (self.poster_main, "poster.typ"),
        };
        let Some(main) = main else {
            return Err(
                Diagnostic::general(format!("the theme has no flyers/{template}"))
                    .hint("add the template to themes/<theme>/flyers/, or use the default theme"),
            );
        };
        // The data go to Typst as JSON with sorted keys (through a JSON
        // value), so the PDF does not depend on the order of view fields.
        let data = self
            .data(site, kind)
            .map_err(|e| Diagnostic::general(format!("flyer data: {e}")))?;
        let qr_url = data["qr"]["url"].as_str().unwrap_or_default().to_string();
        // Drawn only when laid out (not for a printable from the cache).
        let qr = std::cell::OnceCell::new();
        let path = kind.path(site);
        let compile = |data: &serde_json::Value| -> Result<PagedDocument, Diagnostic> {
            let qr = qr
                .get_or_init(|| Bytes::new(qr_svg(&qr_url).into_bytes()))
                .clone();
            let data = Bytes::new(serde_json::to_vec(data).unwrap_or_default());
            self.compile(main, data, qr, template, &format!("the flyer {path}"))
        };
        let key = self
            .cache
            .as_ref()
            .map(|c| c.key(&path, &serde_json::to_vec(&data).unwrap_or_default()));
        let kept = match (&self.cache, key) {
            (Some(c), Some(k)) => c.get(k),
            _ => None,
        };
        let entry = match kept {
            Some(e) => e,
            None => {
                let e = self.lay_out(&path, data, compile, kind)?;
                if let (Some(c), Some(k)) = (&self.cache, key) {
                    c.put(k, &e);
                }
                e
            }
        };
        let mut warnings: Vec<Diagnostic> = too_long(site, kind, &path, entry.pages)
            .into_iter()
            .collect();
        // Missing glyphs are named per text by `missing_glyphs`.
        if !entry
            .refused
            .iter()
            .all(|w| w.contains("could not be displayed with font"))
        {
            warnings.push(
                Diagnostic::warning(
                    format!("flyers/{template}"),
                    format!(
                        "the flyer {path} is written without PDF/UA-1 (screen readers) and PDF/A-2a: {}",
                        entry.refused.join("; ")
                    ),
                )
                .hint("give every image in the template `alt:` and set the document's title (docs/themes.md)"),
            );
        }
        Ok(Rendered {
            content: Content::Bytes(entry.pdf),
            warnings,
        })
    }

    /// Lays out one printable and writes its PDF.
    fn lay_out(
        &self,
        path: &str,
        mut data: serde_json::Value,
        compile: impl Fn(&serde_json::Value) -> Result<PagedDocument, Diagnostic>,
        kind: FlyerKind,
    ) -> Result<cache::Entry, Diagnostic> {
        let mut doc = compile(&data)?;
        let max = max_pages(kind);
        let fill = measure::Fill::of(&doc);
        for scale in measure::scales_to_try(kind, fill, max) {
            data["scale"] = serde_json::json!(scale);
            let again = compile(&data)?;
            if measure::Fill::of(&again).fills_well(max) {
                doc = again;
                break;
            }
        }
        let options = typst_pdf::PdfOptions {
            ident: Smart::Custom(path.to_string()),
            creator: Smart::Custom(Some("Quartier".into())),
            timestamp: Some(self.stamp),
            // PDF/UA-1 for screen readers (title, language, alt text,
            // tagged reading order), with the archival part Typst allows
            // beside it; Typst refuses to write a PDF that breaks either.
            standards: standards().clone(),
            ..Default::default()
        };
        let mut refused = Vec::new();
        let pdf = match typst_pdf::pdf(&doc, &options) {
            Ok(pdf) => pdf,
            // A printable the standards refuse (a character no font has, a
            // theme's image without alt text) is still printed, as a plain
            // tagged PDF, and the editor is told why it is not PDF/UA.
            Err(why) => {
                refused = why.iter().map(|e| e.message.to_string()).collect();
                let plain = typst_pdf::PdfOptions {
                    standards: typst_pdf::PdfStandards::default(),
                    ..options
                };
                typst_pdf::pdf(&doc, &plain).map_err(|errors| {
                    let msgs: Vec<String> = errors.iter().map(|e| e.message.to_string()).collect();
                    Diagnostic::general(format!(
                        "the flyer {path} could not be written as PDF: {}",
                        msgs.join("; ")
                    ))
                })?
            }
        };
        let pages = doc.pages().len();
        // Typst memoises layout results in a process-wide cache that would
        // otherwise grow with every printable (1.3 MB each); results unused
        // for 5 printables are dropped. On the 1,000-offering corpus: peak
        // memory 2.5 GB -> 210 MB, and the flyers take a third of the time.
        typst::comemo::evict(5);
        Ok(cache::Entry {
            pdf,
            pages,
            refused,
        })
    }
}

impl FlyerEngine {
    /// Lays out template `main` (`flyers/<template>` of the theme) with
    /// `data` as `/data.json` and `qr` as `/qr.svg`; an error names `what`
    /// ("the flyer flyers/…pdf") and the template.
    fn compile(
        &self,
        main: FileId,
        data: Bytes,
        qr: Bytes,
        template: &str,
        what: &str,
    ) -> Result<PagedDocument, Diagnostic> {
        let world = FlyerWorld {
            engine: self,
            main,
            data,
            qr,
        };
        typst::compile::<PagedDocument>(&world)
            .output
            .map_err(|errors| {
                let msgs: Vec<String> = errors.iter().map(|e| e.message.to_string()).collect();
                Diagnostic::error(
                    format!("flyers/{template}"),
                    format!("{what} could not be laid out: {}", msgs.join("; ")),
                )
                .hint("check the template in the theme's flyers/ folder")
            })
    }
}

/// The most pages a printable should have: a district flyer and a sheet one
/// sheet printed on both sides, a poster one page.
fn max_pages(kind: FlyerKind) -> usize {
    match kind {
        FlyerKind::District { .. } | FlyerKind::Sheet { .. } => MAX_FLYER_PAGES,
        FlyerKind::Poster { .. } => 1,
    }
}

/// The warning for a flyer of `pages` pages that should fit on less.
fn too_long(site: &Site, kind: FlyerKind, path: &str, pages: usize) -> Option<Diagnostic> {
    let max = max_pages(kind);
    let (file, fix) = match kind {
        FlyerKind::District { district, .. } => (
            &site.districts[district].dir,
            "shorten summaries, or set `flyer: false` on offerings that need not be on the handout",
        ),
        FlyerKind::Sheet { district, offering } => (
            &site.districts[district].offerings[offering].dir,
            "shorten the summaries of the translations",
        ),
        FlyerKind::Poster {
            district, offering, ..
        } => (
            &site.districts[district].offerings[offering].dir,
            "shorten the title and summary",
        ),
    };
    let what = match max {
        1 => "one page".to_string(),
        n => format!("{n} pages (one sheet printed on both sides)"),
    };
    (pages > max).then(|| {
        Diagnostic::warning(
            file,
            format!("the flyer {path} needs {pages} pages; a handout should fit on {what}"),
        )
        .hint(fix)
    })
}

struct FlyerWorld<'a> {
    engine: &'a FlyerEngine,
    main: FileId,
    data: Bytes,
    qr: Bytes,
}

impl World for FlyerWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.engine.library
    }
    fn book(&self) -> &LazyHash<FontBook> {
        &self.engine.book
    }
    fn main(&self) -> FileId {
        self.main
    }
    fn source(&self, id: FileId) -> FileResult<Source> {
        self.engine
            .sources
            .get(&id)
            .cloned()
            .ok_or_else(|| FileError::NotFound(id.vpath().get_without_slash().into()))
    }
    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == data_id() {
            return Ok(self.data.clone());
        }
        if id == qr_id() {
            return Ok(self.qr.clone());
        }
        if let Some(s) = self.engine.sources.get(&id) {
            return Ok(Bytes::new(s.text().as_bytes().to_vec()));
        }
        self.engine
            .files
            .get(&id)
            .cloned()
            .ok_or_else(|| FileError::NotFound(id.vpath().get_without_slash().into()))
    }
    fn font(&self, index: usize) -> Option<Font> {
        self.engine.fonts.get(index).cloned()
    }
    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        Some(self.engine.today)
    }
}

/// PDF/UA-1 and PDF/A-2a: accessible and archival.
fn standards() -> &'static typst_pdf::PdfStandards {
    static S: OnceLock<typst_pdf::PdfStandards> = OnceLock::new();
    S.get_or_init(|| {
        typst_pdf::PdfStandards::new(&[typst_pdf::PdfStandard::Ua_1, typst_pdf::PdfStandard::A_2a])
            .expect("Typst allows PDF/UA-1 with PDF/A-2a")
    })
}

/// A QR code for `url` as SVG (vector, with its quiet zone).
pub fn qr_svg(url: &str) -> String {
    match qrcode::QrCode::with_error_correction_level(url.as_bytes(), qrcode::EcLevel::M) {
        Ok(code) => code
            .render::<qrcode::render::svg::Color>()
            .min_dimensions(200, 200)
            .quiet_zone(true)
            .build(),
        Err(_) => "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"/>".into(),
    }
}

/// Texts of `site` that go on flyers, with the file they come from, their
/// language and every character no shipped font can draw.
pub fn missing_glyphs(site: &Site, engine: &FlyerEngine) -> Diagnostics {
    let mut diags = Diagnostics::new();
    let printable = |c: &char| {
        !c.is_whitespace()
            && !c.is_control()
            && !matches!(*c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    };
    let texts: Vec<&crate::model::Text> = site
        .current_offerings()
        .flat_map(|o| o.texts.by_lang.iter().flatten())
        .collect();
    // Each distinct character is looked up in the fonts once: a site has
    // tens of thousands of texts but a few hundred characters.
    let mut seen = CharSet::default();
    for t in &texts {
        for c in t.title.chars().chain(t.summary.chars()) {
            seen.insert(c);
        }
    }
    let mut uncovered = CharSet::default();
    for c in seen.iter().filter(printable) {
        if !engine.covers(c) {
            uncovered.insert(c);
        }
    }
    if uncovered.is_empty() {
        return diags;
    }
    for t in texts {
        let mut missing: Vec<char> = t
            .title
            .chars()
            .chain(t.summary.chars())
            .filter(|c| uncovered.contains(*c))
            .collect();
        missing.sort();
        missing.dedup();
        if !missing.is_empty() {
            let list: Vec<String> = missing
                .iter()
                .map(|c| format!("`{c}` (U+{:04X})", *c as u32))
                .collect();
            diags.push(
                Diagnostic::warning(
                    &t.rel,
                    format!(
                        "the flyer fonts cannot print {} in the {} text",
                        list.join(", "),
                        site.config.languages[t.lang].code
                    ),
                )
                .at(first_in_file(&site.root, &t.rel, missing[0]))
                .hint("replace the character, or put a font that has it (.ttf, .otf) into the site's fonts/ folder; until then printables with this text show empty boxes there and are not written as PDF/UA"),
            );
        }
    }
    diags
}

/// Where `c` is first written in the file (line, column), read again only
/// for this rare warning.
fn first_in_file(root: &std::path::Path, rel: &std::path::Path, c: char) -> Option<(usize, usize)> {
    let text = std::fs::read_to_string(root.join(rel)).ok()?;
    let offset = text.find(c)?;
    Some(crate::diag::line_col(&text, offset))
}

/// A set of characters: a bit per character of the Basic Multilingual
/// Plane, a sorted list for the rest.
#[derive(Default)]
struct CharSet {
    bmp: Vec<u64>,
    astral: std::collections::BTreeSet<char>,
}

impl CharSet {
    fn insert(&mut self, c: char) {
        let i = c as usize;
        if i < 0x10000 {
            if self.bmp.is_empty() {
                self.bmp = vec![0; 0x10000 / 64];
            }
            self.bmp[i / 64] |= 1 << (i % 64);
        } else {
            self.astral.insert(c);
        }
    }

    fn contains(&self, c: char) -> bool {
        let i = c as usize;
        if i < 0x10000 {
            self.bmp
                .get(i / 64)
                .is_some_and(|w| w & (1 << (i % 64)) != 0)
        } else {
            self.astral.contains(&c)
        }
    }

    fn is_empty(&self) -> bool {
        self.bmp.iter().all(|w| *w == 0) && self.astral.is_empty()
    }

    fn iter(&self) -> impl Iterator<Item = char> + '_ {
        let bmp = self.bmp.iter().enumerate().flat_map(|(w, bits)| {
            (0..64)
                .filter(move |b| bits & (1 << b) != 0)
                .filter_map(move |b| char::from_u32((w * 64 + b) as u32))
        });
        bmp.chain(self.astral.iter().copied())
    }
}
