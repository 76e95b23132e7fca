//! How well a laid-out flyer fills its paper.
//!
//! Templates mark where their body starts and ends with
//! `#metadata(none) <quartier-start>` and `<quartier-end>`; Typst's
//! introspector tells on which page and how far down each sits. A last page
//! less than a third full is a sheet of paper handed out nearly blank.

use typst::foundations::Label;
use typst::introspection::Introspector;
use typst::utils::PicoStr;
use typst_layout::PagedDocument;

use crate::url::FlyerKind;

/// The least part of its last page a flyer of several pages should fill.
pub const MIN_LAST_PAGE: f64 = 1.0 / 3.0;

/// The scales a printable may be set at: a district flyer's 8 pt on A5 not
/// below 7 pt; a sheet's 10 pt on A4 not below 8 pt; a poster's 13–17 pt
/// down to 0.7.
fn bounds(kind: FlyerKind) -> (f64, f64) {
    match kind {
        FlyerKind::District { .. } => (0.87, 1.26),
        FlyerKind::Sheet { .. } => (0.81, 1.4),
        FlyerKind::Poster { .. } => (0.7, 1.0),
    }
}

/// The scales worth trying for a printable of `kind` laid out as `fill`,
/// at most `max` pages, best first: none when it fills its paper well, or
/// when it is more than a page too long (no scale saves several pages of a
/// district with a hundred offerings, and each try lays it all out again).
///
/// The content's height grows about with the square of the scale (type and
/// spacing grow, so lines hold fewer words), so one page less needs
/// `sqrt((pages - 1) / content)` and a last page 40 % full needs
/// `sqrt((pages - 0.6) / content)`, where `content` is the pages used.
/// Each estimate is tried once, with a little to spare; a poster that still
/// spills steps down further.
pub fn scales_to_try(kind: FlyerKind, fill: Fill, max: usize) -> Vec<f64> {
    if fill.fills_well(max) || fill.pages > max + 1 || fill.pages < 2 {
        return Vec::new();
    }
    let (lo, hi) = bounds(kind);
    let pages = fill.pages as f64;
    // A poster's QR code pushed alone onto page 2 reads as an empty page.
    let content = pages - 1.0 + fill.last.max(0.1);
    let round = |k: f64| (k * 100.0).round() / 100.0;
    let mut out = Vec::new();
    let fewer = round(((pages - 1.0) / content).sqrt() * 0.97);
    if fewer >= lo {
        out.push(fewer);
    } else if fill.pages > max {
        out.push(lo);
    }
    if fill.pages <= max {
        let fuller = round(((pages - 0.6) / content).sqrt() * 1.02);
        if fuller <= hi {
            out.push(fuller);
        }
    }
    if matches!(kind, FlyerKind::Poster { .. }) {
        let start = out.first().copied().unwrap_or(1.0);
        out.extend(
            [0.93, 0.87, 0.81, 0.75, 0.7]
                .into_iter()
                .filter(|k| *k < start),
        );
    }
    out
}

/// Pages and the fill of the last one.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fill {
    /// Number of pages.
    pub pages: usize,
    /// How much of the last page's body is used, 0 to 1 (1 when the
    /// template has no marks).
    pub last: f64,
}

impl Fill {
    /// Measures a laid-out flyer.
    pub fn of(doc: &PagedDocument) -> Fill {
        let pages = doc.pages().len();
        let last = match (
            position(doc, "quartier-start"),
            position(doc, "quartier-end"),
        ) {
            // Something after the body (a QR code pushed to the foot) took a
            // page of its own.
            (Some(_), Some((page, _))) if page < pages => 0.0,
            (Some((_, top)), Some((page, end))) if page >= 1 && page <= pages => {
                let height = doc.pages()[page - 1].frame.height().to_pt();
                // The bottom margin is about the top one.
                let body = (height - 2.0 * top).max(1.0);
                ((end - top) / body).clamp(0.0, 1.0)
            }
            _ => 1.0,
        };
        Fill { pages, last }
    }

    /// At most `max` pages, and one page or a last page at least
    /// [`MIN_LAST_PAGE`] full.
    pub fn fills_well(&self, max: usize) -> bool {
        self.pages <= max && (self.pages <= 1 || self.last >= MIN_LAST_PAGE)
    }
}

/// The page (from 1) and the distance from the page's top in points of the
/// element labelled `name`.
fn position(doc: &PagedDocument, name: &str) -> Option<(usize, f64)> {
    let label = Label::new(PicoStr::intern(name))?;
    let intro = doc.introspector();
    let content = intro.query_label(label).ok()?;
    let pos = intro.position(content.location()?)?;
    Some((pos.page.get(), pos.point.y.to_pt()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const DISTRICT: FlyerKind = FlyerKind::District {
        district: 0,
        lang: 0,
        bilingual: false,
    };
    const POSTER: FlyerKind = FlyerKind::Poster {
        district: 0,
        offering: 0,
        lang: 0,
        bilingual: false,
        a3: false,
    };

    fn fill(pages: usize, last: f64) -> Fill {
        Fill { pages, last }
    }

    #[test]
    fn a_nearly_empty_last_page_is_tried_tighter_then_looser() {
        let s = scales_to_try(DISTRICT, fill(2, 0.1), 2);
        assert_eq!(s.len(), 2, "{s:?}");
        assert!(s[0] < 1.0 && s[0] >= 0.87, "{s:?}");
        assert!(s[1] > 1.0 && s[1] <= 1.26, "{s:?}");
    }

    #[test]
    fn what_fills_its_paper_or_cannot_be_saved_is_left_alone() {
        assert!(scales_to_try(DISTRICT, fill(2, 0.5), 2).is_empty());
        assert!(scales_to_try(DISTRICT, fill(1, 0.05), 2).is_empty());
        // Ten pages of a district with a hundred offerings: no try helps.
        assert!(scales_to_try(DISTRICT, fill(10, 0.1), 2).is_empty());
    }

    #[test]
    fn a_poster_on_two_pages_steps_down_until_it_fits() {
        let s = scales_to_try(POSTER, fill(2, 0.0), 1);
        assert!(s.windows(2).all(|w| w[0] > w[1]), "{s:?}");
        assert_eq!(s.last(), Some(&0.7));
    }
}
