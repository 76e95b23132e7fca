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

/// The least part of its last page a flyer of several pages should fill.
pub const MIN_LAST_PAGE: f64 = 1.0 / 3.0;

/// Settings of `scale` tried, in order, when a district flyer's last page is
/// nearly empty: the smallest change first, tighter (saving the page) before
/// looser (filling it). Never below 0.87: its 8 pt on A5 would get too small.
pub const TO_FILL: [f64; 5] = [0.93, 1.08, 0.87, 1.17, 1.26];

/// The same for an information sheet (10 pt on A4, whole language blocks
/// that move between columns and pages): down to 0.81, up to 1.4.
pub const TO_FILL_SHEET: [f64; 7] = [0.93, 1.08, 0.87, 1.17, 0.81, 1.26, 1.4];

/// Settings of `scale` tried when a poster needs more than its one page
/// (its text starts at 17 pt, so it may shrink further).
pub const TO_FIT: [f64; 5] = [0.93, 0.87, 0.81, 0.75, 0.7];

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
