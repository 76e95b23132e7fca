//! Share images (Open Graph, 1200×630 PNG) and app icons, laid out by the
//! theme's Typst templates (`share.typ`, `icon.typ`) and rasterised with
//! typst-render at one pixel per point. Like flyers, content reaches Typst
//! only as JSON data (`/data.json`), and the PNGs are kept in the
//! printables cache.

use serde::Serialize;
use typst::foundations::Bytes;
use typst::syntax::FileId;
use typst_layout::PagedDocument;

use super::data::{self, LangStyle, PrintLine};
use super::{cache, FlyerEngine};
use crate::diag::Diagnostic;
use crate::model::Site;
use crate::render::{labels, PageKind, Rendered};
use crate::url;

/// At most this many schedule lines on a share image.
const WHEN_LINES: usize = 2;
/// At most this many pictograms in the row of a home or district image.
const ICONS: usize = 8;

/// `data.json` of `share.typ`: the share image of a home, district or
/// offering page in one language.
#[derive(Serialize, Debug)]
pub struct ShareData {
    /// `home`, `district` or `offering`.
    pub kind: &'static str,
    /// The big line: the site's, district's or offering's title.
    pub title: String,
    /// Its style (an offering's title may fall back to the default language).
    pub title_lang: LangStyle,
    /// The category's label (offerings), else empty.
    pub label: String,
    /// The category's pictogram (offerings: a virtual path such as
    /// `/icons/book.svg`), else empty.
    pub icon: String,
    /// Pictograms of the categories on offer (home and district images).
    pub icons: Vec<String>,
    /// Schedule lines in the page's language (offerings, at most two).
    pub when: Vec<PrintLine>,
    /// The venue's name, or "online" (offerings), else empty.
    #[serde(rename = "where")]
    pub place: String,
    /// Its style (a venue's name is in the default language).
    pub place_lang: LangStyle,
    /// A line below the title: the home page's intro or description, the
    /// number of current offerings of a district; empty for offerings.
    pub line: String,
    /// Its style.
    pub line_lang: LangStyle,
    /// The district's name (offerings), else empty.
    pub district: String,
    /// The site's title.
    pub site: String,
    /// The style of the page's language: direction and alignment of the
    /// whole image, and the style of the band at the bottom.
    pub lang: LangStyle,
}

/// `data.json` of `icon.typ`: an app icon.
#[derive(Serialize, Debug)]
pub struct IconData {
    /// Its width and height in pixels (points in the template).
    pub size: u32,
    /// A launcher may cut it to a circle: the pictogram stays in the
    /// central safe zone.
    pub maskable: bool,
    /// The pictogram (`/icons/home.svg`).
    pub icon: String,
}

/// The pictogram of category `c`, or the generic one when the theme lacks it.
fn icon_path(site: &Site, c: usize) -> String {
    let icon = labels::icon(site, c);
    let name = if site.theme.icons.contains_key(icon) {
        icon
    } else {
        "generic"
    };
    format!("/icons/{name}.svg")
}

/// The pictograms of the categories of `offerings` that are current, in
/// the site's order of categories.
fn category_icons<'a>(
    site: &Site,
    offerings: impl Iterator<Item = &'a crate::model::Offering>,
) -> Vec<String> {
    let mut used = vec![false; site.config.categories.len()];
    for o in offerings.filter(|o| site.is_current(o)) {
        if let Some(u) = used.get_mut(o.category) {
            *u = true;
        }
    }
    let mut icons: Vec<String> = Vec::new();
    for (c, _) in used.iter().enumerate().filter(|(_, u)| **u) {
        let p = icon_path(site, c);
        if !icons.contains(&p) {
            icons.push(p);
        }
    }
    icons.truncate(ICONS);
    icons
}

impl FlyerEngine {
    /// The data of the share image of page `kind` in language `lang`.
    pub fn share_data(&self, site: &Site, kind: PageKind, lang: usize) -> ShareData {
        let cfg = &site.config;
        let def = cfg.default_language;
        let s = &site.strings;
        let st = &self.styles;
        let site_title = if s.has(lang, "site-title") {
            s.get(lang, "site-title", None, false)
        } else {
            cfg.title.clone()
        };
        let mut out = ShareData {
            kind: "home",
            title: site_title.clone(),
            title_lang: st.get(lang),
            label: String::new(),
            icon: String::new(),
            icons: Vec::new(),
            when: Vec::new(),
            place: String::new(),
            place_lang: st.get(lang),
            line: String::new(),
            line_lang: st.get(lang),
            district: String::new(),
            site: site_title.clone(),
            lang: st.get(lang),
        };
        match kind {
            PageKind::District(d) => {
                let dist = &site.districts[d];
                let count = dist.offerings.iter().filter(|o| site.is_current(o)).count();
                out.kind = "district";
                out.title = site.district_name(dist, lang);
                out.line = s.get1(lang, "offerings-count", "count", count.into(), false);
                out.icons = category_icons(site, dist.offerings.iter());
            }
            PageKind::Offering(d, o) => {
                let dist = &site.districts[d];
                let off = &dist.offerings[o];
                // The poster's data: title (with fallback), category label
                // and schedule lines in this language.
                let poster = data::poster(site, st, d, o, lang, false, false);
                out.kind = "offering";
                out.icon = poster.icon;
                if let Some(part) = poster.parts.into_iter().next() {
                    out.title = part.title;
                    out.title_lang = part.style;
                    out.label = part.kind;
                    if let Some(when) = part.facts.into_iter().next() {
                        out.when = when.lines;
                        out.when.truncate(WHEN_LINES);
                    }
                }
                match (&off.place, &off.online) {
                    (Some(p), _) => {
                        out.place = site
                            .places
                            .get(p)
                            .map(|p| p.name.clone())
                            .unwrap_or_default();
                        out.place_lang = st.get(def);
                    }
                    (None, Some(_)) => out.place = s.get(lang, "place-online", None, false),
                    _ => {}
                }
                out.district = site.district_name(dist, lang);
            }
            _ => {
                match site.home.show(lang, def) {
                    Some(t) if !t.fallback && !t.text.summary.trim().is_empty() => {
                        out.line = t.text.summary.clone();
                        out.line_lang = st.get(t.text.lang);
                    }
                    _ => {
                        out.line =
                            s.get1(lang, "description-home", "site", site_title.into(), false);
                    }
                }
                out.icons = category_icons(site, site.offerings());
            }
        }
        out.line = out.line.replace(['\u{2068}', '\u{2069}'], "");
        out
    }

    /// Lays out `main` with `data` as `/data.json`.
    fn compile_image(
        &self,
        main: FileId,
        template: &str,
        path: &str,
        data: &[u8],
    ) -> Result<PagedDocument, Diagnostic> {
        self.compile(
            main,
            Bytes::new(data.to_vec()),
            Bytes::new(Vec::new()),
            template,
            &format!("the image {path}"),
        )
    }

    /// The template `main` (`template` for messages), or an error naming it.
    fn image_main(main: Option<FileId>, template: &str) -> Result<FileId, Diagnostic> {
        main.ok_or_else(|| {
            Diagnostic::general(format!("the theme has no flyers/{template}"))
                .hint("add the template to themes/<theme>/flyers/, or use the default theme")
        })
    }

    /// The laid-out share image of page `kind` in language `lang` (for
    /// tests and `check`).
    #[cfg(test)]
    pub(crate) fn share_document(
        &self,
        site: &Site,
        kind: PageKind,
        lang: usize,
    ) -> Result<PagedDocument, Diagnostic> {
        let main = Self::image_main(self.share_main, "share.typ")?;
        let data = serde_json::to_vec(
            &serde_json::to_value(self.share_data(site, kind, lang)).unwrap_or_default(),
        )
        .unwrap_or_default();
        let path = url::share_image(&site.config.languages[lang].code, &kind.path(site));
        self.compile_image(main, "share.typ", &path, &data)
    }

    /// The first page of `template` with `data`, as PNG at one pixel per
    /// point; from the cache when it was made before from the same inputs.
    fn png(
        &self,
        main: FileId,
        template: &str,
        path: &str,
        data: impl Serialize,
    ) -> Result<Rendered, Diagnostic> {
        // Sorted keys (through a JSON value), as for flyers.
        let value = serde_json::to_value(data)
            .map_err(|e| Diagnostic::general(format!("image data: {e}")))?;
        let bytes = serde_json::to_vec(&value).unwrap_or_default();
        let key = self.cache.as_ref().map(|c| c.key(path, &bytes));
        if let (Some(c), Some(k)) = (&self.cache, key) {
            if let Some(e) = c.get(k) {
                return Ok(e.pdf.into());
            }
        }
        let doc = self.compile_image(main, template, path, &bytes)?;
        let page = doc
            .pages()
            .first()
            .ok_or_else(|| Diagnostic::general(format!("the image {path} has no page")))?;
        let options = typst_render::RenderOptions {
            pixel_per_pt: typst::utils::Scalar::new(1.0),
            render_bleed: false,
        };
        let png = typst_render::render(page, &options)
            .encode_png()
            .map_err(|e| {
                Diagnostic::general(format!("the image {path} could not be written: {e}"))
            })?;
        // See `FlyerEngine::lay_out`: keep Typst's memo cache small.
        typst::comemo::evict(5);
        if let (Some(c), Some(k)) = (&self.cache, key) {
            c.put(
                k,
                &cache::Entry {
                    pdf: png.clone(),
                    pages: 1,
                    refused: Vec::new(),
                },
            );
        }
        let mut out: Rendered = png.into();
        if doc.pages().len() > 1 {
            out.warnings.push(
                Diagnostic::warning(
                    format!("flyers/{template}"),
                    format!("the image {path} does not fit its page: some of its text is cut off"),
                )
                .hint("shorten the title, or let the template set long texts smaller"),
            );
        }
        Ok(out)
    }

    /// The share image of page `kind` (home, district or offering) in
    /// language `lang`.
    pub fn share_image(
        &self,
        site: &Site,
        kind: PageKind,
        lang: usize,
    ) -> Result<Rendered, Diagnostic> {
        let main = Self::image_main(self.share_main, "share.typ")?;
        let path = url::share_image(&site.config.languages[lang].code, &kind.path(site));
        self.png(main, "share.typ", &path, self.share_data(site, kind, lang))
    }

    /// App icon `i` of [`crate::url::APP_ICONS`].
    pub fn app_icon(&self, site: &Site, i: usize) -> Result<Rendered, Diagnostic> {
        let main = Self::image_main(self.icon_main, "icon.typ")?;
        let (file, size, maskable) = url::APP_ICONS[i];
        let name = if site.theme.icons.contains_key("home") {
            "home"
        } else {
            "generic"
        };
        let data = IconData {
            size,
            maskable,
            icon: format!("/icons/{name}.svg"),
        };
        self.png(main, "icon.typ", file, data)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;
    use typst::layout::{Frame, FrameItem};
    use typst::text::TextItem;

    fn demo() -> (Site, FlyerEngine) {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let clock = crate::clock::Clock::fixed(jiff::civil::date(2026, 12, 3));
        let (site, _) = crate::load::load(root, &clock);
        let site = site.expect("the demo site loads");
        let mut diags = crate::diag::Diagnostics::new();
        let engine = FlyerEngine::new(&site, &mut diags);
        (site, engine)
    }

    fn bytes(r: Rendered) -> Vec<u8> {
        match r.content {
            crate::render::Content::Bytes(b) => b,
            other => panic!("not bytes: {other:?}"),
        }
    }

    /// Width and height from the PNG's header (after checking it is one).
    fn png_size(b: &[u8]) -> (u32, u32) {
        assert_eq!(&b[..8], b"\x89PNG\r\n\x1a\n", "a PNG signature");
        assert_eq!(&b[12..16], b"IHDR");
        let n = |i: usize| u32::from_be_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]);
        (n(16), n(20))
    }

    /// An offering of the demo written in Arabic (its share image in `ar`
    /// has an Arabic title).
    fn arabic_offering(site: &Site, ar: usize) -> PageKind {
        for (d, dist) in site.districts.iter().enumerate() {
            for (o, off) in dist.offerings.iter().enumerate() {
                if site.is_current(off) && off.texts.by_lang.get(ar).is_some_and(Option::is_some) {
                    return PageKind::Offering(d, o);
                }
            }
        }
        panic!("the demo has a current offering in Arabic");
    }

    fn texts<'a>(frame: &'a Frame, out: &mut Vec<&'a TextItem>) {
        for (_, item) in frame.items() {
            match item {
                FrameItem::Group(g) => texts(&g.frame, out),
                FrameItem::Text(t) => out.push(t),
                _ => {}
            }
        }
    }

    fn is_arabic_letter(c: char) -> bool {
        matches!(c, '\u{0620}'..='\u{064A}' | '\u{066E}'..='\u{06D3}')
    }

    #[test]
    fn share_images_are_small_pngs_of_1200_by_630_and_repeatable() {
        let (site, engine) = demo();
        let ar = site.config.lang_index("ar").expect("Arabic");
        let de = site.config.lang_index("de").expect("German");
        let kind = arabic_offering(&site, ar);
        for lang in [de, ar] {
            let t = std::time::Instant::now();
            let a = bytes(engine.share_image(&site, kind, lang).expect("renders"));
            let ms = t.elapsed().as_millis();
            eprintln!("share {lang}: {} bytes, {ms} ms", a.len());
            assert_eq!(png_size(&a), crate::render::SHARE_IMAGE_SIZE);
            assert!(a.len() < 300 * 1024, "{} bytes", a.len());
            let b = bytes(engine.share_image(&site, kind, lang).expect("renders"));
            assert!(a == b, "the same image twice gives the same bytes");
        }
        for kind in [PageKind::Home, PageKind::District(0)] {
            let a = bytes(engine.share_image(&site, kind, ar).expect("renders"));
            assert_eq!(png_size(&a), (1200, 630));
            assert!(a.len() < 300 * 1024, "{} bytes", a.len());
        }
    }

    #[test]
    fn arabic_share_image_is_shaped_and_right_to_left() {
        let (site, engine) = demo();
        let ar = site.config.lang_index("ar").expect("Arabic");
        let kind = arabic_offering(&site, ar);
        let title = engine.share_data(&site, kind, ar).title;
        let doc = engine.share_document(&site, kind, ar).expect("lays out");
        assert_eq!(doc.pages().len(), 1, "the share image fits one page");
        let mut items = Vec::new();
        texts(&doc.pages()[0].frame, &mut items);
        let arabic: Vec<&&TextItem> = items
            .iter()
            .filter(|t| t.text.chars().filter(|c| is_arabic_letter(*c)).count() >= 3)
            .collect();
        assert!(!arabic.is_empty(), "Arabic text on the image");
        // (a) Contextual forms: joining letters inside words are drawn with
        // other glyphs than the font's nominal (isolated) ones.
        let (mut letters, mut shaped) = (0, 0);
        for t in &arabic {
            let face = t.font.ttf();
            for g in &t.glyphs {
                let chars: Vec<char> = t.text[g.range()].chars().collect();
                if let [c] = chars[..] {
                    if is_arabic_letter(c)
                        && !matches!(c, 'ا' | 'د' | 'ذ' | 'ر' | 'ز' | 'و' | 'ء' | 'ة')
                    {
                        letters += 1;
                        if face.glyph_index(c).map(|id| id.0) != Some(g.id) {
                            shaped += 1;
                        }
                    }
                }
            }
        }
        assert!(letters > 5, "{letters} joining letters");
        assert!(
            shaped * 10 >= letters * 6,
            "only {shaped} of {letters} joining letters have contextual forms"
        );
        // (b) The title's run is Arabic and drawn right to left: its first
        // glyph (leftmost) is the end of the text, its last the start.
        let first_word: String = title
            .split(|c: char| !is_arabic_letter(c) && !('\u{064B}'..='\u{0652}').contains(&c))
            .find(|w| w.chars().count() > 2)
            .expect("an Arabic word in the title")
            .into();
        let run = arabic
            .iter()
            .find(|t| t.text.contains(&first_word))
            .expect("the title's first word is on the image");
        assert_eq!(run.lang.as_str(), "ar");
        let starts: Vec<usize> = run.glyphs.iter().map(|g| g.range().start).collect();
        assert!(starts.len() > 2);
        assert!(
            starts.first() > starts.last(),
            "glyphs advance right to left: {starts:?}"
        );
        let descending = starts.windows(2).filter(|w| w[0] >= w[1]).count();
        assert!(descending * 10 >= (starts.len() - 1) * 9, "{starts:?}");
    }

    #[test]
    fn app_icons_have_their_sizes() {
        let (site, engine) = demo();
        for (i, (file, size, _)) in url::APP_ICONS.iter().enumerate() {
            let t = std::time::Instant::now();
            let b = bytes(engine.app_icon(&site, i).expect("renders"));
            eprintln!("{file}: {} bytes, {} ms", b.len(), t.elapsed().as_millis());
            assert_eq!(png_size(&b), (*size, *size), "{file}");
        }
        assert_eq!(
            url::APP_ICONS.iter().map(|i| i.1).collect::<Vec<_>>(),
            [192, 512, 512]
        );
    }
}
