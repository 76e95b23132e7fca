//! The printables cache: laid-out PDFs kept between builds, so a rebuild
//! lays out only the printables whose inputs changed.
//!
//! An entry's key is a BLAKE3 hash of everything that goes into the PDF:
//! this binary (its bytes: Typst, the code and the built-in theme), the
//! engine (fonts, templates, pictograms), the build's date and timestamp,
//! the printable's path and its data as the template reads it (texts,
//! dates, styles, QR link). Nothing else reaches Typst, so equal keys
//! give equal bytes. Each entry carries the BLAKE3 hash of its PDF and is
//! checked when read: a damaged entry, one from another format or a
//! half-written one is ignored, removed and laid out again. Entries are
//! written to a temporary file and renamed, so a killed build leaves no
//! half entry under a real name. `build` removes the entries it did not
//! use, so the cache holds one build's printables.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};

/// First bytes of every entry; a new layout of entries gets a new magic.
const MAGIC: &[u8; 8] = b"QPRINT1\n";
/// The file name ending of entries.
const ENDING: &str = ".pdf-entry";

/// What a laid-out printable leaves for the next build.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The PDF.
    pub pdf: Vec<u8>,
    /// Its number of pages (for the "too long" warning).
    pub pages: usize,
    /// Why the PDF/UA and PDF/A standards refused it, if they did (it is
    /// then a plain tagged PDF).
    pub refused: Vec<String>,
}

/// The key of one printable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key(blake3::Hash);

/// How the cache served a build.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Stats {
    /// Printables taken from the cache.
    pub hits: usize,
    /// Printables laid out (not in the cache).
    pub laid_out: usize,
    /// Entries that were damaged or from another version, and were replaced.
    pub damaged: usize,
}

/// Laid-out printables in a folder (default `.quartier-cache/printables`).
pub struct PrintCache {
    dir: PathBuf,
    base: blake3::Hash,
    used: Mutex<HashSet<Key>>,
    hits: AtomicUsize,
    laid_out: AtomicUsize,
    damaged: AtomicUsize,
    /// The first write that failed (the build goes on without keeping).
    write_error: Mutex<Option<String>>,
}

/// The hash of the running binary, computed once per process.
fn binary_hash() -> blake3::Hash {
    static HASH: OnceLock<blake3::Hash> = OnceLock::new();
    *HASH.get_or_init(|| {
        let mut h = blake3::Hasher::new();
        h.update(env!("CARGO_PKG_VERSION").as_bytes());
        // Read in pieces: the binary is tens of megabytes.
        let read = std::env::current_exe()
            .and_then(std::fs::File::open)
            .and_then(|f| h.update_reader(f).map(|_| ()));
        if read.is_err() {
            // Without its own bytes the binary cannot tell itself from
            // another build of the same version: nothing it writes may be
            // trusted by another process.
            h.update(&std::process::id().to_le_bytes());
            h.update(&format!("{:?}", std::time::SystemTime::now()).into_bytes());
        }
        h.finalize()
    })
}

impl PrintCache {
    /// A cache in `dir` for printables made by an engine whose inputs hash
    /// to `engine` (see `FlyerEngine::fingerprint`).
    pub fn new(dir: PathBuf, engine: &[u8]) -> Self {
        let mut h = blake3::Hasher::new();
        h.update(MAGIC);
        h.update(binary_hash().as_bytes());
        h.update(engine);
        PrintCache {
            dir,
            base: h.finalize(),
            used: Mutex::new(HashSet::new()),
            hits: AtomicUsize::new(0),
            laid_out: AtomicUsize::new(0),
            damaged: AtomicUsize::new(0),
            write_error: Mutex::new(None),
        }
    }

    /// The folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The key of the printable at `path` made from `data`.
    pub fn key(&self, path: &str, data: &[u8]) -> Key {
        let mut h = blake3::Hasher::new();
        h.update(self.base.as_bytes());
        h.update(&(path.len() as u64).to_le_bytes());
        h.update(path.as_bytes());
        h.update(data);
        Key(h.finalize())
    }

    fn file(&self, key: Key) -> PathBuf {
        self.dir.join(format!("{}{ENDING}", key.0.to_hex()))
    }

    /// The entry for `key`, if there is a sound one. Counts a hit, or a
    /// printable to lay out.
    pub fn get(&self, key: Key) -> Option<Entry> {
        self.used.lock().expect("cache lock").insert(key);
        let path = self.file(key);
        let found = match std::fs::read(&path) {
            Ok(bytes) => match decode(&bytes, key) {
                Some(e) => Some(e),
                None => {
                    self.damaged.fetch_add(1, Ordering::Relaxed);
                    let _ = std::fs::remove_file(&path);
                    None
                }
            },
            Err(_) => None,
        };
        match found {
            Some(_) => self.hits.fetch_add(1, Ordering::Relaxed),
            None => self.laid_out.fetch_add(1, Ordering::Relaxed),
        };
        found
    }

    /// Keeps `entry` under `key` for the next build. A cache that cannot
    /// be written is not an error: the build goes on, and the first
    /// failure is reported as a note ([`PrintCache::write_error`]).
    pub fn put(&self, key: Key, entry: &Entry) {
        let result = std::fs::create_dir_all(&self.dir).and_then(|()| {
            let path = self.file(key);
            let tmp = self.dir.join(format!(
                ".{}.{}-{:?}.tmp",
                key.0.to_hex(),
                std::process::id(),
                std::thread::current().id()
            ));
            std::fs::write(&tmp, encode(entry, key))
                .and_then(|()| std::fs::rename(&tmp, &path))
                .inspect_err(|_| {
                    let _ = std::fs::remove_file(&tmp);
                })
        });
        if let Err(e) = result {
            let mut first = self.write_error.lock().expect("cache lock");
            first.get_or_insert_with(|| e.to_string());
        }
    }

    /// Why entries could not be kept, if they could not.
    pub fn write_error(&self) -> Option<String> {
        self.write_error.lock().expect("cache lock").clone()
    }

    /// How the cache served so far.
    pub fn stats(&self) -> Stats {
        Stats {
            hits: self.hits.load(Ordering::Relaxed),
            laid_out: self.laid_out.load(Ordering::Relaxed),
            damaged: self.damaged.load(Ordering::Relaxed),
        }
    }

    /// Removes every entry not asked for since the cache was opened, and
    /// temporary files older than an hour (left by killed builds; a
    /// younger one may be another build's entry being written). Returns
    /// how many were removed.
    pub fn prune(&self) -> usize {
        let used: HashSet<String> = self
            .used
            .lock()
            .expect("cache lock")
            .iter()
            .map(|k| format!("{}{ENDING}", k.0.to_hex()))
            .collect();
        let Ok(rd) = std::fs::read_dir(&self.dir) else {
            return 0;
        };
        let mut removed = 0;
        for e in rd.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            let stale = name.ends_with(ENDING) && !used.contains(&name)
                || name.ends_with(".tmp") && old(&e);
            if stale && std::fs::remove_file(e.path()).is_ok() {
                removed += 1;
            }
        }
        removed
    }
}

/// Whether the file was last changed more than an hour ago.
fn old(e: &std::fs::DirEntry) -> bool {
    e.metadata()
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.elapsed().ok())
        .is_some_and(|age| age.as_secs() > 3600)
}

/// An entry as bytes: magic, the length of the header, the header (JSON:
/// its key, pages, refusals, the PDF's length and BLAKE3 hash), the PDF.
fn encode(e: &Entry, key: Key) -> Vec<u8> {
    let header = serde_json::json!({
        "key": key.0.to_hex().as_str(),
        "pages": e.pages,
        "refused": e.refused,
        "length": e.pdf.len(),
        "blake3": blake3::hash(&e.pdf).to_hex().as_str(),
    })
    .to_string();
    let mut out = Vec::with_capacity(MAGIC.len() + 4 + header.len() + e.pdf.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&(header.len() as u32).to_le_bytes());
    out.extend_from_slice(header.as_bytes());
    out.extend_from_slice(&e.pdf);
    out
}

/// The entry in `bytes`, if they are one whole and sound and were kept
/// under `key` (not a sound entry of another printable moved here).
fn decode(bytes: &[u8], key: Key) -> Option<Entry> {
    let rest = bytes.strip_prefix(MAGIC.as_slice())?;
    let (len, rest) = rest.split_at_checked(4)?;
    let len = u32::from_le_bytes(len.try_into().ok()?) as usize;
    let (header, pdf) = rest.split_at_checked(len)?;
    let header: serde_json::Value = serde_json::from_slice(header).ok()?;
    if header["key"].as_str()? != key.0.to_hex().as_str()
        || header["length"].as_u64()? != pdf.len() as u64
        || header["blake3"].as_str()? != blake3::hash(pdf).to_hex().as_str()
    {
        return None;
    }
    let refused = header["refused"]
        .as_array()?
        .iter()
        .map(|r| r.as_str().map(str::to_string))
        .collect::<Option<Vec<_>>>()?;
    Some(Entry {
        pdf: pdf.to_vec(),
        pages: usize::try_from(header["pages"].as_u64()?).ok()?,
        refused,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry() -> Entry {
        Entry {
            pdf: b"%PDF-1.7 a printable".to_vec(),
            pages: 2,
            refused: vec!["a reason".into()],
        }
    }

    fn cache(dir: &Path, engine: &[u8]) -> PrintCache {
        PrintCache::new(dir.join("printables"), engine)
    }

    #[test]
    fn an_entry_comes_back_as_it_was_kept() {
        let tmp = tempfile::tempdir().unwrap();
        let c = cache(tmp.path(), b"engine");
        let k = c.key("flyers/a/de.pdf", b"{}");
        assert_eq!(c.get(k), None);
        c.put(k, &entry());
        assert_eq!(c.get(k), Some(entry()));
        assert_eq!(
            c.stats(),
            Stats {
                hits: 1,
                laid_out: 1,
                damaged: 0
            }
        );
    }

    #[test]
    fn keys_differ_by_path_data_and_engine() {
        let tmp = tempfile::tempdir().unwrap();
        let a = cache(tmp.path(), b"engine");
        let b = cache(tmp.path(), b"other fonts");
        let k = a.key("p.pdf", b"{\"title\":\"A\"}");
        assert_ne!(k, a.key("q.pdf", b"{\"title\":\"A\"}"));
        assert_ne!(k, a.key("p.pdf", b"{\"title\":\"B\"}"));
        assert_ne!(k, b.key("p.pdf", b"{\"title\":\"A\"}"));
        // The path's length is hashed: "p" + "df" is not "pd" + "f".
        assert_ne!(a.key("p", b"df"), a.key("pd", b"f"));
        assert_eq!(k, a.key("p.pdf", b"{\"title\":\"A\"}"));
    }

    #[test]
    fn a_damaged_or_foreign_entry_is_ignored_and_removed() {
        let tmp = tempfile::tempdir().unwrap();
        let c = cache(tmp.path(), b"engine");
        type Spoil = fn(Vec<u8>, &PrintCache) -> Vec<u8>;
        let cases: [(&str, Spoil); 7] = [
            ("truncated", |g, _| g[..g.len() - 3].to_vec()),
            ("a flipped bit in the PDF", |mut g, _| {
                *g.last_mut().unwrap() ^= 1;
                g
            }),
            ("another format", |g, _| {
                [b"QPRINT9\n".as_slice(), &g[8..]].concat()
            }),
            ("empty", |_, _| Vec::new()),
            ("header only", |g, _| g[..12].to_vec()),
            ("a PDF without header", |_, _| entry().pdf),
            ("another printable's sound entry", |_, c| {
                encode(&entry(), c.key("elsewhere.pdf", b"{}"))
            }),
        ];
        for (i, (what, spoil)) in cases.into_iter().enumerate() {
            let k = c.key(&format!("p{i}.pdf"), b"{}");
            let good = encode(&entry(), k);
            assert_eq!(decode(&good, k), Some(entry()));
            std::fs::create_dir_all(c.dir()).unwrap();
            std::fs::write(c.file(k), spoil(good, &c)).unwrap();
            assert_eq!(c.get(k), None, "{what}");
            assert!(!c.file(k).exists(), "{what} is removed");
        }
        assert_eq!(c.stats().damaged, 7);
    }

    #[test]
    fn prune_keeps_what_was_asked_for() {
        let tmp = tempfile::tempdir().unwrap();
        let first = cache(tmp.path(), b"engine");
        let (a, b) = (first.key("a.pdf", b"1"), first.key("b.pdf", b"1"));
        first.put(a, &entry());
        first.put(b, &entry());
        let half = first.dir().join(".x.1-ThreadId(1).tmp");
        std::fs::write(&half, b"half").unwrap();
        std::fs::write(first.dir().join("README"), b"not ours").unwrap();
        let second = cache(tmp.path(), b"engine");
        assert!(second.get(a).is_some());
        assert_eq!(
            second.prune(),
            1,
            "b; the young temporary file may be another build's"
        );
        let two_hours_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(7200);
        std::fs::File::options()
            .write(true)
            .open(&half)
            .unwrap()
            .set_modified(two_hours_ago)
            .unwrap();
        assert_eq!(second.prune(), 1, "the old temporary file");
        assert!(second.file(a).exists());
        assert!(!second.file(b).exists());
        assert!(second.dir().join("README").exists());
    }

    #[test]
    fn an_unwritable_cache_is_reported_once_and_changes_nothing() {
        let tmp = tempfile::tempdir().unwrap();
        // A file where the folder should be.
        std::fs::write(tmp.path().join("printables"), b"").unwrap();
        let c = cache(tmp.path(), b"engine");
        let k = c.key("a.pdf", b"1");
        c.put(k, &entry());
        c.put(c.key("b.pdf", b"1"), &entry());
        assert!(c.write_error().is_some());
        assert_eq!(c.get(k), None);
    }
}
