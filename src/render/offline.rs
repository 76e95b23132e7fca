//! Reading offline and installing the site: the web app manifest of each
//! language, the list of files each language keeps offline, and the
//! service worker.

use crate::model::Site;

/// Content hashes of the files the service worker keeps, by output path.
pub type Kept = std::collections::BTreeMap<String, String>;

/// The web app manifest of language `lang`.
pub fn manifest(_site: &Site, _lang: usize) -> String {
    "{}".into()
}

/// The service worker; `kept` is `None` in the preview.
pub fn service_worker(_site: &Site, _kept: Option<&Kept>) -> String {
    String::new()
}

/// The list of files language `lang` keeps offline.
pub fn list(_site: &Site, _lang: usize, _kept: Option<&Kept>) -> String {
    "{}".into()
}
