//! Flyers read back: valid PDFs with embedded fonts, the expected text in
//! every language, QR codes that decode to the page, layout over several
//! pages, and the editor's warnings about overflow and missing glyphs.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use quartier::clock::Clock;

use crate::common::{copy_dir, FIXTURE};

fn site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(Path::new(FIXTURE), dir.path());
    dir
}

fn build(root: &Path, today: jiff::civil::Date) -> PathBuf {
    let out = root.join("public");
    let (summary, diags) = quartier::build::build(root, &out, &Clock::fixed(today));
    assert!(
        summary.is_some(),
        "{:?}",
        diags.iter().map(|d| d.to_string()).collect::<Vec<_>>()
    );
    out
}

fn today() -> jiff::civil::Date {
    jiff::civil::date(2026, 11, 26)
}

fn pdf(path: &Path) -> lopdf::Document {
    let bytes = fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert!(
        bytes.starts_with(b"%PDF-"),
        "{} is not a PDF",
        path.display()
    );
    lopdf::Document::load_mem(&bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn text(doc: &lopdf::Document) -> String {
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    doc.extract_text(&pages).unwrap_or_default()
}

/// Whether `text` holds `word`. Typst writes right-to-left runs in visual
/// order, which simple extractors return reversed, so both are accepted.
fn has_word(text: &str, word: &str) -> bool {
    text.contains(word) || text.contains(&word.chars().rev().collect::<String>())
}

fn embedded_fonts(doc: &lopdf::Document) -> usize {
    doc.objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| d.has(b"FontFile2") || d.has(b"FontFile3") || d.has(b"FontFile"))
        .count()
}

#[test]
fn every_flyer_exists_is_a_pdf_with_embedded_fonts() {
    let dir = site();
    let out = build(dir.path(), today());
    let mut names: Vec<String> = fs::read_dir(out.join("flyers/nordviertel"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "ar.pdf",
            "de-ar.pdf",
            "de-en.pdf",
            "de.pdf",
            "deutschkurs-poster-de-ar.pdf",
            "deutschkurs-poster-de.pdf",
            "deutschkurs.pdf",
            "en.pdf",
            "fest-poster-de.pdf",
            "fest.pdf"
        ]
    );
    for n in names {
        let doc = pdf(&out.join("flyers/nordviertel").join(&n));
        assert!(!doc.get_pages().is_empty(), "{n}");
        assert!(embedded_fonts(&doc) >= 1, "{n} embeds no font");
    }
}

#[test]
fn flyers_hold_the_titles_in_their_languages() {
    let dir = site();
    let out = build(dir.path(), today());
    let de = text(&pdf(&out.join("flyers/nordviertel/de.pdf")));
    assert!(de.contains("Mama lernt Deutsch"), "{de}");
    assert!(de.contains("Stadtteilfest"));
    assert!(de.contains("Dienstag und Donnerstag"), "{de}");
    // Arabic words without lam-alef, which extractors garble.
    let ar = text(&pdf(&out.join("flyers/nordviertel/ar.pdf")));
    for w in ["ماما", "دورة", "الصباح", "والخميس"] {
        assert!(has_word(&ar, w), "{w} not in {ar}");
    }
    let both = text(&pdf(&out.join("flyers/nordviertel/de-ar.pdf")));
    assert!(
        both.contains("Mama lernt Deutsch") && has_word(&both, "ماما"),
        "{both}"
    );
    let sheet = text(&pdf(&out.join("flyers/nordviertel/deutschkurs.pdf")));
    assert!(
        sheet.contains("Mama lernt Deutsch") && has_word(&sheet, "العربية"),
        "{sheet}"
    );
    assert_eq!(
        pdf(&out.join("flyers/nordviertel/deutschkurs.pdf"))
            .get_pages()
            .len(),
        1
    );
}

#[test]
fn flyers_leave_out_past_events_and_offerings_marked_off() {
    let dir = site();
    fs::write(
        dir.path()
            .join("content/nordviertel/deutschkurs/offering.yaml"),
        fs::read_to_string(
            dir.path()
                .join("content/nordviertel/deutschkurs/offering.yaml"),
        )
        .unwrap()
            + "flyer: false\n",
    )
    .unwrap();
    let out = build(dir.path(), jiff::civil::date(2027, 7, 1));
    let de = text(&pdf(&out.join("flyers/nordviertel/de.pdf")));
    assert!(!de.contains("Mama lernt Deutsch"), "flyer: false");
    assert!(!de.contains("Stadtteilfest"), "past event");
    assert!(
        !out.join("flyers/nordviertel/fest.pdf").exists(),
        "no sheet for a past event"
    );
}

#[test]
fn many_long_offerings_continue_on_further_pages_and_check_warns() {
    let dir = site();
    for i in 0..14 {
        let d = dir.path().join(format!("content/nordviertel/kurs-{i:02}"));
        fs::create_dir_all(&d).unwrap();
        fs::write(d.join("offering.yaml"), "kind: language-course\nplace: haus\nschedule:\n  weekly: [ { day: mon, start: \"09:00\", end: \"11:00\" } ]\n").unwrap();
        let long = format!(
            "Kurs{i:02} {}",
            "Sprachkurs für Mütter und Väter mit Kinderbetreuung ".repeat(4)
        );
        fs::write(
            d.join("de.md"),
            format!(
                "---\ntitle: \"{long}\"\nsummary: \"{}\"\n---\n",
                "Ein sehr langer Satz über den Kurs. ".repeat(6)
            ),
        )
        .unwrap();
    }
    let out = build(dir.path(), today());
    let doc = pdf(&out.join("flyers/nordviertel/de.pdf"));
    assert!(doc.get_pages().len() > 2, "expected several pages");
    let t = text(&doc).split_whitespace().collect::<Vec<_>>().join(" ");
    for i in 0..14 {
        assert!(
            t.contains(&format!("Kurs{i:02}")),
            "title {i} missing: text clipped?"
        );
    }
    let diags = quartier::build::check(dir.path(), &Clock::fixed(today()));
    let w: Vec<String> = diags.iter().map(|d| d.to_string()).collect();
    assert!(
        w.iter()
            .any(|m| m.contains("flyers/nordviertel/de.pdf needs") && m.contains("pages")),
        "{w:#?}"
    );
}

#[test]
fn a_district_with_a_hundred_offerings_gets_its_flyer() {
    // The benchmark corpus has districts this size; a thousand of their
    // flyers once overflowed a stack (see build::each_on_own_threads).
    let dir = site();
    for i in 0..100 {
        let d = dir.path().join(format!("content/nordviertel/treff-{i:03}"));
        fs::create_dir_all(&d).unwrap();
        fs::write(d.join("offering.yaml"), "kind: festival\nplace: haus\nschedule:\n  weekly: [ { day: tue, start: \"15:00\" } ]\n").unwrap();
        fs::write(
            d.join("de.md"),
            format!(
                "---\ntitle: Treff {i:03}\nsummary: {}\n---\n",
                "Offener Treff für Eltern und Kinder aus dem Stadtteil. ".repeat(2)
            ),
        )
        .unwrap();
    }
    let out = build(dir.path(), today());
    let t = text(&pdf(&out.join("flyers/nordviertel/de.pdf")));
    assert!(t.contains("Treff 099"), "last offering on the flyer");
}

#[test]
fn check_names_characters_no_font_can_print() {
    let dir = site();
    fs::write(
        dir.path().join("content/nordviertel/fest/en.md"),
        "---\ntitle: Festival 🎉 节日\nsummary: For everyone.\n---\n",
    )
    .unwrap();
    let diags = quartier::build::check(dir.path(), &Clock::fixed(today()));
    let w: Vec<String> = diags.iter().map(|d| d.to_string()).collect();
    let hit = w
        .iter()
        .find(|m| m.starts_with("content/nordviertel/fest/en.md"))
        .unwrap_or_else(|| panic!("{w:#?}"));
    assert!(
        hit.contains("U+1F389") && hit.contains("U+8282") && hit.contains("en text"),
        "{hit}"
    );
}

#[test]
fn pages_link_their_flyers_with_sizes() {
    let dir = site();
    let out = build(dir.path(), today());
    let page = fs::read_to_string(out.join("ar/nordviertel/index.html")).unwrap();
    let size = fs::metadata(out.join("flyers/nordviertel/ar.pdf"))
        .unwrap()
        .len()
        .div_ceil(1024);
    assert!(
        page.contains(r#"href="../../flyers/nordviertel/ar.pdf""#),
        "{page}"
    );
    assert!(
        page.contains(&format!("(PDF، {size} كيلوبايت)")),
        "size shown: {page}"
    );
    let offering = fs::read_to_string(out.join("de/nordviertel/deutschkurs/index.html")).unwrap();
    assert!(offering.contains(r#"href="../../../flyers/nordviertel/deutschkurs.pdf""#));
    assert!(offering.contains("Infoblatt in allen Sprachen"));
}

/// Decodes every QR code in a greyscale image.
fn decode(width: usize, height: usize, pixels: &[u8]) -> Vec<String> {
    let mut img =
        rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| pixels[y * width + x]);
    img.detect_grids()
        .iter()
        .filter_map(|g| g.decode().ok().map(|(_, s)| s))
        .collect()
}

#[test]
fn qr_code_encodes_the_page_address() {
    // The code Quartier draws, read by an independent decoder.
    let url = "https://example.org/quartier/ar/nordviertel/";
    let code = qrcode::QrCode::new(url.as_bytes()).unwrap();
    let svg = quartier::render::flyer::qr_svg(url);
    assert!(svg.starts_with("<?xml") || svg.contains("<svg"));
    let n = code.width();
    let scale = 8;
    let size = (n + 8) * scale;
    let colors = code.to_colors();
    let mut px = vec![255u8; size * size];
    for y in 0..size {
        for x in 0..size {
            let (mx, my) = ((x / scale) as isize - 4, (y / scale) as isize - 4);
            if mx >= 0
                && my >= 0
                && (mx as usize) < n
                && (my as usize) < n
                && colors[my as usize * n + mx as usize] == qrcode::Color::Dark
            {
                px[y * size + x] = 0;
            }
        }
    }
    assert_eq!(decode(size, size, &px), [url]);
}

#[test]
fn qr_code_on_the_printed_flyer_decodes_to_the_page() {
    let dir = site();
    let out = build(dir.path(), today());
    let pdf = out.join("flyers/nordviertel/ar.pdf");
    let prefix = dir.path().join("page");
    let ok = Command::new("pdftoppm")
        .args(["-r", "200", "-gray", "-f", "1", "-l", "1"])
        .arg(&pdf)
        .arg(&prefix)
        .status();
    let Ok(status) = ok else {
        // CI installs poppler-utils (.ci/run) and must run this check; a
        // developer machine without it still runs every other flyer test.
        assert!(
            std::env::var_os("CI").is_none(),
            "pdftoppm is missing: .ci/run installs poppler-utils"
        );
        eprintln!(
            "note: pdftoppm not found (apt-get install poppler-utils); printed QR code not decoded"
        );
        return;
    };
    assert!(status.success());
    let pgm = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|x| x == "pgm"))
        .expect("a page image");
    let (w, h, pixels) = crate::common::read_pgm(&pgm);
    let found = decode(w, h, &pixels);
    assert_eq!(found, ["https://example.org/quartier/ar/nordviertel/"]);
}
