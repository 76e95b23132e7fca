//! A private copy of the test fixture for a fuzz target (shared by the
//! targets through `#[path]`; each binary makes its own copy).
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The copy, made on first use in /dev/shm (or the temp folder), named
/// after `target` and the process.
pub fn site(target: &str) -> &'static PathBuf {
    static SITE: OnceLock<PathBuf> = OnceLock::new();
    SITE.get_or_init(|| {
        let from = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/basic"));
        let base = if Path::new("/dev/shm").is_dir() {
            PathBuf::from("/dev/shm")
        } else {
            std::env::temp_dir()
        };
        let to = base.join(format!("quartier-fuzz-{target}-{}", std::process::id()));
        copy(&from, &to);
        to
    })
}

fn copy(from: &Path, to: &Path) {
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
