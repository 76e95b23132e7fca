//! Helpers shared by the integration tests (each test binary uses some).
#![allow(dead_code)]

use std::fs;
use std::path::Path;

/// The small fixture site.
pub const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/basic");

/// Copies a folder tree.
pub fn copy_dir(from: &Path, to: &Path) {
    for e in walkdir::WalkDir::new(from) {
        let e = e.unwrap();
        let rel = e.path().strip_prefix(from).unwrap();
        if e.file_type().is_dir() {
            fs::create_dir_all(to.join(rel)).unwrap();
        } else {
            fs::copy(e.path(), to.join(rel)).unwrap();
        }
    }
}

/// The date the tests build for.
#[allow(dead_code)]
pub fn clock() -> quartier::clock::Clock {
    quartier::clock::Clock::fixed(jiff::civil::date(2026, 11, 26))
}
