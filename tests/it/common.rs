//! Helpers shared by the integration test modules.

use std::fs;
use std::path::{Path, PathBuf};

use quartier::build::build;

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
pub fn clock() -> quartier::clock::Clock {
    quartier::clock::Clock::fixed(jiff::civil::date(2026, 11, 26))
}

/// A copy of a fixture in a temporary folder.
pub struct Site {
    pub dir: tempfile::TempDir,
}

impl Site {
    pub fn basic() -> Self {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(Path::new(FIXTURE), dir.path());
        Site { dir }
    }
    pub fn root(&self) -> &Path {
        self.dir.path()
    }
    pub fn out(&self) -> PathBuf {
        self.dir.path().join("public")
    }
    pub fn write(&self, rel: &str, text: &str) -> &Self {
        let p = self.root().join(rel);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, text).unwrap();
        self
    }
    pub fn read_out(&self, rel: &str) -> String {
        fs::read_to_string(self.out().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    }
    pub fn build_ok(&self) {
        let (summary, diags) = build(self.root(), &self.out(), &clock());
        let msgs: Vec<String> = diags.iter().map(|d| d.to_string()).collect();
        assert!(summary.is_some(), "build failed: {msgs:#?}");
    }
    /// Builds expecting failure; returns the messages.
    pub fn build_err(&self) -> Vec<String> {
        let (summary, diags) = build(self.root(), &self.out(), &clock());
        assert!(summary.is_none(), "build should have failed");
        diags
            .iter()
            .filter(|d| d.is_error())
            .map(|d| d.to_string())
            .collect()
    }
}

/// Runs `quartier ARGS --today 2026-11-26 --root ROOT`.
pub fn quartier(root: &Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_quartier"))
        .args(args)
        .args(["--today", "2026-11-26", "--root"])
        .arg(root)
        .output()
        .unwrap()
}

pub fn all_files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for e in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let e = e.unwrap();
        if e.file_type().is_file() {
            let rel = e
                .path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            out.push((rel, fs::read(e.path()).unwrap()));
        }
    }
    out
}

/// A binary PGM image as pdftoppm `-gray` writes it ("P5\n<w> <h>\n<max>\n",
/// then one byte per pixel): width, height and the pixels.
pub fn read_pgm(path: &Path) -> (usize, usize, Vec<u8>) {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut fields = Vec::new();
    let mut i = 0;
    while fields.len() < 4 {
        while bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let start = i;
        while !bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        fields.push(String::from_utf8_lossy(&bytes[start..i]).into_owned());
    }
    let (w, h) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    (w, h, bytes[i + 1..].to_vec())
}
