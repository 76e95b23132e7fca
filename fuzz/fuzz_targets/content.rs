//! Content loading: the input becomes one offering's offering.yaml and its
//! German text (split at the first NUL byte) in a copy of the test fixture,
//! and the whole site is loaded. Any input must give a site or diagnostics,
//! never a panic.
#![no_main]
use std::path::PathBuf;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

fn site() -> &'static PathBuf {
    static SITE: OnceLock<PathBuf> = OnceLock::new();
    SITE.get_or_init(|| {
        let from = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/basic"));
        let base = if std::path::Path::new("/dev/shm").is_dir() {
            PathBuf::from("/dev/shm")
        } else {
            std::env::temp_dir()
        };
        let to = base.join(format!("quartier-fuzz-{}", std::process::id()));
        copy(&from, &to);
        to
    })
}

fn copy(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let root = site();
    let (yaml, md) = match data.iter().position(|&b| b == 0) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, &b"---\ntitle: T\nsummary: S\n---\n"[..]),
    };
    let dir = root.join("content/nordviertel/fest");
    std::fs::write(dir.join("offering.yaml"), yaml).unwrap();
    std::fs::write(dir.join("de.md"), md).unwrap();
    let clock = quartier::clock::Clock::fixed(jiff::civil::date(2026, 11, 26));
    let (site, diags) = quartier::load::load(root, &clock);
    assert!(site.is_some() || diags.has_errors());
});
