//! Share images (Open Graph, 1200×630 PNG) and app icons, laid out by the
//! theme's Typst templates and rasterised with typst-render.

use super::FlyerEngine;
use crate::diag::Diagnostic;
use crate::model::Site;
use crate::render::{PageKind, Rendered};

impl FlyerEngine {
    /// The share image of page `kind` (home, district or offering) in
    /// language `lang`.
    pub fn share_image(
        &self,
        _site: &Site,
        _kind: PageKind,
        _lang: usize,
    ) -> Result<Rendered, Diagnostic> {
        Ok(Vec::new().into())
    }

    /// App icon `i` of [`crate::url::APP_ICONS`].
    pub fn app_icon(&self, _site: &Site, _i: usize) -> Result<Rendered, Diagnostic> {
        Ok(Vec::new().into())
    }
}
