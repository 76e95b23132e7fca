//! Printables looked at as paper: every flyer, sheet and poster of the demo
//! site (10 languages, Arabic, Persian and Urdu among them) and of the
//! phone fixture (long words and addresses, RTL) rasterised with pdftoppm
//! and measured: the QR code on the first page, the last page at least a
//! third full, no ink outside the margins, no stroke crossing a rule. Then
//! `pdfua check` (PDF/UA-1) on every one, the page an information sheet's
//! QR code leads to, the posters on the offering page, `quartier print`,
//! and fonts as theme data.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use quartier::clock::Clock;

use crate::common::{copy_dir, read_pgm};

const DEMO: &str = env!("CARGO_MANIFEST_DIR");

fn today() -> jiff::civil::Date {
    jiff::civil::date(2026, 11, 26)
}

/// Copies the site at `from` (its content, settings and theme) and builds it.
fn build_copy(from: &Path) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    for part in ["site.yaml", "content", "locales", "themes"] {
        let src = from.join(part);
        if src.is_dir() {
            copy_dir(&src, &dir.path().join(part));
        } else if src.is_file() {
            fs::copy(&src, dir.path().join(part)).unwrap();
        }
    }
    let out = dir.path().join("public");
    let (summary, diags) = quartier::build::build(dir.path(), &out, &Clock::fixed(today()));
    assert!(
        summary.is_some(),
        "{:?}",
        diags.iter().map(|d| d.to_string()).collect::<Vec<_>>()
    );
    (dir, out)
}

fn pdfs(out: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = walk(&out.join("flyers"))
        .into_iter()
        .filter(|p| p.extension().is_some_and(|x| x == "pdf"))
        .collect();
    v.sort();
    v
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

/// Whether a tool runs here; CI (`.ci/run`) installs it and must run it.
fn have(tool: &str, install: &str) -> bool {
    let ok = Command::new(tool)
        .arg("--help")
        .output()
        .is_ok_and(|o| o.status.success() || !o.stdout.is_empty() || !o.stderr.is_empty());
    if !ok {
        assert!(
            std::env::var_os("CI").is_none(),
            "{tool} is missing: .ci/run installs {install}"
        );
        eprintln!("note: {tool} not found ({install}); printed pages not measured");
    }
    ok
}

/// A page rasterised in grey: width, height, pixels (0 black … 255 white).
struct Raster {
    w: usize,
    h: usize,
    px: Vec<u8>,
    /// Pixels per millimetre.
    per_mm: f64,
}

impl Raster {
    fn ink(&self, x: usize, y: usize) -> bool {
        self.px[y * self.w + x] < 200
    }

    /// Anything but white paper (thin grey rules included).
    fn mark(&self, x: usize, y: usize) -> bool {
        self.px[y * self.w + x] < 235
    }
}

/// Rasterises the pages of `pdf` at `dpi` (only the first with `first`)
/// in the folder `tmp`, emptied first.
fn raster(pdf: &Path, dpi: u32, tmp: &Path, first: bool) -> Vec<Raster> {
    fs::create_dir_all(tmp).unwrap();
    for e in fs::read_dir(tmp).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "pgm") {
            fs::remove_file(p).unwrap();
        }
    }
    let mut cmd = Command::new("pdftoppm");
    cmd.args(["-r", &dpi.to_string(), "-gray"]);
    if first {
        cmd.args(["-f", "1", "-l", "1"]);
    }
    let st = cmd.arg(pdf).arg(tmp.join("page")).status().unwrap();
    assert!(st.success(), "pdftoppm failed on {}", pdf.display());
    let mut pages: Vec<PathBuf> = fs::read_dir(tmp)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "pgm"))
        .collect();
    pages.sort();
    pages
        .iter()
        .map(|p| {
            let (w, h, px) = read_pgm(p);
            Raster {
                w,
                h,
                px,
                per_mm: f64::from(dpi) / 25.4,
            }
        })
        .collect()
}

/// The QR codes rqrr finds on a page.
fn qr_codes(r: &Raster) -> Vec<String> {
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(r.w, r.h, |x, y| r.px[y * r.w + x]);
    img.detect_grids()
        .iter()
        .filter_map(|g| g.decode().ok().map(|(_, s)| s))
        .collect()
}

/// Problems a person holding the paper would see.
fn look_at(pdf: &Path, pages: &[Raster], name: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let is_poster = name.contains("-poster-");
    // Nothing within 5 mm of an edge (every template's margins are wider).
    for (n, p) in pages.iter().enumerate() {
        let edge = (5.0 * p.per_mm) as usize;
        let outside = (0..p.h)
            .flat_map(|y| (0..p.w).map(move |x| (x, y)))
            .filter(|&(x, y)| x < edge || y < edge || x >= p.w - edge || y >= p.h - edge)
            .filter(|&(x, y)| p.ink(x, y))
            .count();
        if outside > 0 {
            problems.push(format!(
                "{name} page {}: {outside} dots of ink within 5 mm of the edge",
                n + 1
            ));
        }
    }
    // The last page of several at least a third full. The footer (page
    // number, date) is in the bottom margin: the lowest 8 % of the page.
    if pages.len() > 1 {
        let last = &pages[pages.len() - 1];
        let body_end = (last.h as f64 * 0.92) as usize;
        let top = (0..last.h)
            .find(|&y| (0..last.w).any(|x| pages[0].ink(x, y)))
            .unwrap_or(0);
        let lowest = (0..body_end)
            .rev()
            .find(|&y| (0..last.w).any(|x| last.ink(x, y)))
            .unwrap_or(0);
        let fill = (lowest.saturating_sub(top)) as f64 / (body_end - top) as f64;
        if fill < 1.0 / 3.0 {
            problems.push(format!(
                "{name}: the last of {} pages is {:.0} % full",
                pages.len(),
                fill * 100.0
            ));
        }
    }
    // No glyph crosses a rule: a thin horizontal line across a quarter of
    // the page or more, with blank paper 3 px above and 2 px below it; ink
    // just above it that runs into it is a stroke crossing it.
    for (n, p) in pages.iter().enumerate() {
        let min_run = p.w / 4;
        for y in 3..p.h.saturating_sub(3) {
            let (mut best, mut run, mut start, mut best_start) = (0, 0, 0, 0);
            for x in 0..p.w {
                if p.mark(x, y) {
                    if run == 0 {
                        start = x;
                    }
                    run += 1;
                    if run > best {
                        best = run;
                        best_start = start;
                    }
                } else {
                    run = 0;
                }
            }
            if best < min_run {
                continue;
            }
            let span = best_start..best_start + best;
            let share = |row: usize| span.clone().filter(|&x| p.mark(x, row)).count() * 10 / best;
            if share(y + 2) > 0 || share(y - 3) > 0 {
                continue;
            }
            // The rounded corners of a box rise from its bottom edge: leave
            // 3 mm at each end.
            let corner = (3.0 * p.per_mm) as usize;
            let crossing = (span.start + corner..span.end.saturating_sub(corner))
                .filter(|&x| p.mark(x, y - 1) && p.ink(x, y - 2))
                .count();
            if crossing > 0 && !is_poster {
                problems.push(format!(
                    "{name} page {}: ink crosses a rule {:.0} mm from the top",
                    n + 1,
                    y as f64 / p.per_mm
                ));
            }
        }
    }
    let _ = pdf;
    problems
}

/// The text of a PDF in reading order, as poppler extracts it.
fn pdf_text(pdf: &Path) -> String {
    let run = Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils, beside pdftoppm)");
    assert!(
        run.status.success(),
        "pdftotext failed on {}",
        pdf.display()
    );
    String::from_utf8_lossy(&run.stdout).into_owned()
}

/// Every "HH:MM–HH:MM" in `text` whose start comes after its end.
fn backwards_time_ranges(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let time = |s: &[char]| {
        s.len() == 5 && s[2] == ':' && [0, 1, 3, 4].iter().all(|&i| s[i].is_ascii_digit())
    };
    let mut found = Vec::new();
    for (i, c) in chars.iter().enumerate() {
        if *c != '–' || i < 5 || i + 6 > chars.len() {
            continue;
        }
        let (start, end) = (&chars[i - 5..i], &chars[i + 1..i + 6]);
        if time(start) && time(end) && start > end {
            found.push(chars[i - 5..i + 6].iter().collect());
        }
    }
    found
}

#[test]
fn time_ranges_are_found_backwards_only_when_they_are() {
    assert_eq!(
        backwards_time_ranges("Di 19:30–18:00, Mi 08:30–10:30, 12.–14. Juni, 9:00–10:00"),
        ["19:30–18:00"]
    );
    assert!(backwards_time_ranges("\u{202a}18:00–19:30\u{202c} –").is_empty());
}

fn look_at_every_printable(out: &Path, base: &str) {
    let tmp = tempfile::tempdir().unwrap();
    let mut problems = Vec::new();
    let files = pdfs(out);
    assert!(files.len() > 5, "printables: {}", files.len());
    for pdf in &files {
        let name = pdf
            .strip_prefix(out)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let pages = raster(pdf, 100, tmp.path(), false);
        problems.extend(look_at(pdf, &pages, &name));
        // The QR code on the first page, leading where the file says.
        // rqrr misses an odd code at one resolution that it reads at another
        // (as phone cameras do): a second look closer before reporting.
        let first = tmp.path().join("first");
        let mut codes = qr_codes(&raster(pdf, 150, &first, true)[0]);
        if codes.is_empty() {
            codes = qr_codes(&raster(pdf, 240, &first, true)[0]);
        }
        let stem = pdf.file_stem().unwrap().to_string_lossy().into_owned();
        let district = pdf
            .parent()
            .unwrap()
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        // A plain-language variant (`de-x-simple`) is one language code.
        let joined = stem.replace("-x-simple", "_x_simple");
        let district_flyer = joined.split('-').all(|p| {
            let p = p.trim_end_matches("_x_simple");
            (2..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_lowercase())
        });
        let lang = joined
            .trim_end_matches("-a3")
            .rsplit('-')
            .next()
            .unwrap()
            .replace("_x_simple", "-x-simple");
        let expected = if district_flyer {
            format!("{base}{lang}/{district}/")
        } else if let Some((offering, _)) = stem.split_once("-poster-") {
            format!("{base}{lang}/{district}/{offering}/")
        } else {
            format!("{base}o/{district}/{stem}/")
        };
        if codes != [expected.clone()] {
            problems.push(format!(
                "{name}: QR codes on page 1 {codes:?}, expected {expected}"
            ));
        }
        // Times read left to right also in right-to-left languages: a
        // range is "18:00–19:30", never "19:30–18:00" (as the digits run
        // when a right-to-left paragraph reorders the range).
        for range in backwards_time_ranges(&pdf_text(pdf)) {
            problems.push(format!(
                "{name}: the time range {range} reads backwards (start after end)"
            ));
        }
        let page = expected.strip_prefix(base).unwrap();
        if !out.join(page).join("index.html").exists() {
            problems.push(format!(
                "{name}: its QR code leads to {page}, which was not built"
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn every_printable_of_the_demo_fills_its_paper_with_the_qr_code_on_page_one() {
    if !have("pdftoppm", "poppler-utils") {
        return;
    }
    let (_dir, out) = build_copy(Path::new(DEMO));
    look_at_every_printable(&out, "https://example.org/stadtteile/");
}

#[test]
fn every_printable_of_the_phone_fixture_fills_its_paper() {
    if !have("pdftoppm", "poppler-utils") {
        return;
    }
    let fixture = Path::new(DEMO).join("tests/fixtures/phone");
    let yaml = fs::read_to_string(fixture.join("site.yaml")).unwrap();
    let base = yaml
        .lines()
        .find_map(|l| l.strip_prefix("base_url:"))
        .unwrap()
        .trim()
        .trim_end_matches('/')
        .to_string()
        + "/";
    let (_dir, out) = build_copy(&fixture);
    look_at_every_printable(&out, &base);
}

#[test]
fn every_printable_passes_the_pdf_ua_checker() {
    if !have("pdfua", "pdfua (pip)") {
        return;
    }
    let (_dir, out) = build_copy(Path::new(DEMO));
    let files = pdfs(&out);
    let result = Command::new("pdfua")
        .arg("check")
        .args(&files)
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&result.stdout).into_owned()
        + &String::from_utf8_lossy(&result.stderr);
    assert!(
        result.status.success(),
        "pdfua found problems in {} files:\n{}",
        files.len(),
        report.chars().take(6000).collect::<String>()
    );
    // Title shown, language and alternative text set: spot-check the bytes.
    let bytes = fs::read(out.join("flyers/kranichstein-sued/de-ar.pdf")).unwrap();
    let raw = String::from_utf8_lossy(&bytes);
    assert!(raw.contains("/DisplayDocTitle true"), "no DisplayDocTitle");
    assert!(raw.contains("pdfuaid"), "not marked PDF/UA");
}

#[test]
fn the_sheet_qr_page_leads_to_the_offering_in_every_language() {
    let (_dir, out) = build_copy(Path::new(DEMO));
    let page = fs::read_to_string(out.join("o/kranichstein-sued/mama-lernt-deutsch/index.html"))
        .expect("the page of every language");
    for lang in ["de", "en", "tr", "ar", "ru", "fa", "pl", "so", "ku", "ur"] {
        let href = format!("href=\"../../../{lang}/kranichstein-sued/mama-lernt-deutsch/\"");
        assert!(page.contains(&href), "no link {href}");
        assert!(out
            .join(format!(
                "{lang}/kranichstein-sued/mama-lernt-deutsch/index.html"
            ))
            .exists());
    }
    assert!(page.contains("ماما تتعلّم الألمانية") || page.contains("Mama lernt Deutsch"));
    // The offering page lists its posters beside the sheet.
    let ar =
        fs::read_to_string(out.join("ar/kranichstein-sued/mama-lernt-deutsch/index.html")).unwrap();
    assert!(
        ar.contains("mama-lernt-deutsch-poster-de-ar.pdf"),
        "Arabic poster linked"
    );
    assert!(
        ar.contains("mama-lernt-deutsch-poster-de.pdf"),
        "German poster linked"
    );
    assert!(out
        .join("flyers/kranichstein-sued/mama-lernt-deutsch-poster-de-ar.pdf")
        .exists());
}

#[test]
fn print_makes_one_offerings_posters_now_and_names_a_mistyped_target() {
    let dir = tempfile::tempdir().unwrap();
    for part in ["site.yaml", "content", "locales"] {
        let src = Path::new(DEMO).join(part);
        if src.is_dir() {
            copy_dir(&src, &dir.path().join(part));
        } else {
            fs::copy(&src, dir.path().join(part)).unwrap();
        }
    }
    let bin = env!("CARGO_BIN_EXE_quartier");
    let out = dir.path().join("stand");
    let run = Command::new(bin)
        .args([
            "print",
            "kranichstein-sued/mama-lernt-deutsch",
            "--lang",
            "ar",
            "--paper",
            "a3",
            "--today",
            "2026-11-26",
            "--root",
        ])
        .arg(dir.path())
        .arg("--output")
        .arg(&out)
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let poster = out.join("kranichstein-sued/mama-lernt-deutsch-poster-de-ar-a3.pdf");
    let bytes = fs::read(&poster).expect("the A3 poster");
    let doc = lopdf::Document::load_mem(&bytes).unwrap();
    let page = doc.get_pages()[&1];
    let mediabox = doc
        .get_object(page)
        .unwrap()
        .as_dict()
        .unwrap()
        .get(b"MediaBox")
        .unwrap()
        .as_array()
        .unwrap()
        .clone();
    let height = mediabox[3]
        .as_float()
        .unwrap_or_else(|_| mediabox[3].as_i64().unwrap() as f32);
    assert!(
        (height - 1190.55).abs() < 2.0,
        "A3 is 420 mm tall: {height} pt"
    );
    assert!(
        out.join("kranichstein-sued/mama-lernt-deutsch.pdf")
            .exists(),
        "the sheet too"
    );
    assert!(
        !dir.path().join("public").exists(),
        "the website is not touched"
    );
    let wrong = Command::new(bin)
        .args(["print", "kranichstein-sued/mama-lernt-deutch", "--root"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(wrong.status.code(), Some(2));
    let err = String::from_utf8_lossy(&wrong.stderr);
    assert!(err.contains("did you mean `mama-lernt-deutsch`?"), "{err}");
}

#[test]
fn fonts_are_theme_data_and_a_wrong_family_is_named_at_its_line() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&Path::new(DEMO).join("tests/fixtures/basic"), dir.path());
    fs::create_dir_all(dir.path().join("fonts")).unwrap();
    fs::write(
        dir.path().join("fonts/fonts.yaml"),
        "languages:\n  ar:\n    fonts: [Noto Sans Arabik]\n",
    )
    .unwrap();
    let diags = quartier::build::check(dir.path(), &Clock::fixed(today()));
    let found: Vec<String> = diags.iter().map(|d| d.to_string()).collect();
    assert!(
        found.iter().any(|d| d.contains("fonts/fonts.yaml:3")
            && d.contains("`Noto Sans Arabik`")
            && d.contains("did you mean `Noto Sans Arabic`?")),
        "{found:#?}"
    );
}

/// The same look at the printables of any built site:
/// `QUARTIER_LOOK_AT=path/to/public QUARTIER_BASE_URL=https://… cargo test
/// printables_of_any_site -- --ignored` (how the previous templates were
/// measured: their district flyers put the QR code on page 2).
#[test]
#[ignore = "needs QUARTIER_LOOK_AT and QUARTIER_BASE_URL"]
fn printables_of_any_site() {
    let out = PathBuf::from(std::env::var("QUARTIER_LOOK_AT").expect("QUARTIER_LOOK_AT"));
    let base = std::env::var("QUARTIER_BASE_URL").expect("QUARTIER_BASE_URL");
    look_at_every_printable(&out, &base);
}
