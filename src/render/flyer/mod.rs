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

pub mod data;

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
            if cfg.flyers.bilingual && lang != cfg.default_language {
                out.push(FlyerKind::District {
                    district: d,
                    lang,
                    bilingual: true,
                });
            }
        }
        for (o, off) in dist.offerings.iter().enumerate() {
            if site.is_current(off) {
                out.push(FlyerKind::Sheet {
                    district: d,
                    offering: o,
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
}

fn file_id(path: &str) -> Option<FileId> {
    VirtualPath::new(path)
        .ok()
        .map(|vp| RootedPath::new(VirtualRoot::Project, vp).intern())
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
        let mut fonts = Vec::new();
        let mut sources = HashMap::new();
        let mut files = HashMap::new();
        // BTreeMap order: fonts load in a fixed order, so PDFs are identical.
        for (path, f) in &site.theme.other {
            if let Some(name) = path.strip_prefix("fonts/") {
                let lower = name.to_ascii_lowercase();
                if lower.ends_with(".ttf") || lower.ends_with(".otf") || lower.ends_with(".ttc") {
                    let before = fonts.len();
                    fonts.extend(Font::iter(Bytes::new(f.bytes.clone())));
                    if fonts.len() == before {
                        diags.push(Diagnostic::error(&f.origin, "not a font Typst can read").hint("ship TrueType or OpenType fonts (.ttf, .otf); WOFF is not supported"));
                    }
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
            sources,
            files,
            today,
            stamp: typst_pdf::Timestamp::new_utc(stamp_dt),
        }
    }

    /// Whether some shipped font has a glyph for `c`.
    pub fn covers(&self, c: char) -> bool {
        self.fonts
            .iter()
            .any(|f| f.info().coverage.contains(c as u32))
    }

    /// Compiles one flyer to PDF, with a warning when it needs more paper
    /// than a handout should.
    pub fn render(&self, site: &Site, kind: FlyerKind) -> Result<Rendered, Diagnostic> {
        // The data go to Typst as JSON with sorted keys (through a JSON
        // value), so the PDF does not depend on the order of view fields.
        let (main, template, qr_url, data) = match kind {
            FlyerKind::District {
                district,
                lang,
                bilingual,
            } => {
                let view = data::district(site, district, lang, bilingual);
                (
                    self.district_main,
                    "district.typ",
                    view.qr.url.clone(),
                    serde_json::to_value(&view),
                )
            }
            FlyerKind::Sheet { district, offering } => {
                let view = data::sheet(site, district, offering);
                (
                    self.sheet_main,
                    "sheet.typ",
                    view.qr.url.clone(),
                    serde_json::to_value(&view),
                )
            }
        };
        let Some(main) = main else {
            return Err(
                Diagnostic::general(format!("the theme has no flyers/{template}"))
                    .hint("add the template to themes/<theme>/flyers/, or use the default theme"),
            );
        };
        let data = data.map_err(|e| Diagnostic::general(format!("flyer data: {e}")))?;
        let world = FlyerWorld {
            engine: self,
            main,
            data: Bytes::new(serde_json::to_vec(&data).unwrap_or_default()),
            qr: Bytes::new(qr_svg(&qr_url).into_bytes()),
        };
        let path = kind.path(site);
        let result = typst::compile::<PagedDocument>(&world);
        let doc = result.output.map_err(|errors| {
            let msgs: Vec<String> = errors.iter().map(|e| e.message.to_string()).collect();
            Diagnostic::error(
                format!("flyers/{template}"),
                format!(
                    "the flyer {path} could not be laid out: {}",
                    msgs.join("; ")
                ),
            )
            .hint("check the flyer template in the theme")
        })?;
        let options = typst_pdf::PdfOptions {
            ident: Smart::Custom(path.clone()),
            creator: Smart::Custom(Some("Quartier".into())),
            timestamp: Some(self.stamp),
            ..Default::default()
        };
        let pdf = typst_pdf::pdf(&doc, &options).map_err(|errors| {
            let msgs: Vec<String> = errors.iter().map(|e| e.message.to_string()).collect();
            Diagnostic::general(format!(
                "the flyer {path} could not be written as PDF: {}",
                msgs.join("; ")
            ))
        })?;
        Ok(Rendered {
            content: Content::Bytes(pdf),
            warnings: too_long(site, kind, &path, doc.pages().len())
                .into_iter()
                .collect(),
        })
    }
}

/// The warning for a flyer of `pages` pages that should fit on less.
fn too_long(site: &Site, kind: FlyerKind, path: &str, pages: usize) -> Option<Diagnostic> {
    let (max, file, what, fix) = match kind {
        FlyerKind::District { district, .. } => (
            MAX_FLYER_PAGES,
            &site.districts[district].dir,
            format!("{MAX_FLYER_PAGES} pages (one sheet printed on both sides)"),
            "shorten summaries, or set `flyer: false` on offerings that need not be on the handout",
        ),
        FlyerKind::Sheet { district, offering } => (
            1,
            &site.districts[district].offerings[offering].dir,
            "one page".to_string(),
            "shorten the summaries of the translations",
        ),
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
                .hint("replace the character, or add a font that has it to themes/<theme>/fonts/"),
            );
        }
    }
    diags
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
