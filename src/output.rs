//! The only writer: builds the site in a staging folder beside the output and
//! swaps it in when complete.
//!
//! A failed or interrupted build therefore never leaves a half-written site:
//! the previous output stays as it was until the very end, and on Linux the
//! swap is one atomic exchange of the two folders (renameat2), so there is no
//! moment without a site. The old site is then renamed aside and deleted
//! in the background, so the build does not wait for it; leftover folders
//! of killed builds are removed (also in the background) by the next
//! build. A lock file beside the output keeps two builds
//! of the same output from running at once.

use std::path::{Path, PathBuf};

use crate::diag::Diagnostic;

/// A staging folder for one build.
pub struct Staging {
    out: PathBuf,
    tmp: PathBuf,
    committed: bool,
    // Held (locked) until the staging folder is gone.
    _lock: std::fs::File,
}

/// Takes the lock of the output `out` (a file `.<name>.lock` beside it).
fn lock(out: &Path) -> Result<std::fs::File, Diagnostic> {
    let path = sibling_named(out, "lock");
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| {
            Diagnostic::general(format!(
                "cannot create the lock file {}: {e}",
                path.display()
            ))
            .hint("check that the output location is writable (--output DIR)")
        })?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(std::fs::TryLockError::WouldBlock) => Err(Diagnostic::general(format!(
            "another build is writing to {} right now",
            out.display()
        ))
        .hint("wait until it has finished, then build again (or build into another folder with --output DIR)")),
        Err(std::fs::TryLockError::Error(e)) => Err(Diagnostic::general(format!(
            "cannot lock {}: {e}",
            path.display()
        ))),
    }
}

/// `.<name>.<tag>` beside the output `out` (`public` when it has no name).
fn sibling_named(out: &Path, tag: &str) -> PathBuf {
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into());
    out.with_file_name(format!(".{name}.{tag}"))
}

/// Swaps two folders in one step where the system can (Linux renameat2).
/// Returns false when it cannot, and nothing has changed then.
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> bool {
    rustix::fs::renameat_with(
        rustix::fs::CWD,
        a,
        rustix::fs::CWD,
        b,
        rustix::fs::RenameFlags::EXCHANGE,
    )
    .is_ok()
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> bool {
    false
}

/// `.<name>.<tag>-<pid>` beside the output: this build's own folders.
fn sibling(out: &Path, tag: &str) -> PathBuf {
    sibling_named(out, &format!("{tag}-{}", std::process::id()))
}

impl Staging {
    /// Prepares a staging folder for `out`, after checking that `out` cannot
    /// swallow the site itself.
    pub fn new(root: &Path, out: &Path) -> Result<Self, Diagnostic> {
        let abs_root = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
        let parent = out
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        std::fs::create_dir_all(parent).map_err(|e| {
            Diagnostic::general(format!("cannot create {}: {e}", parent.display()))
                .hint("choose an output folder you can write to with --output DIR")
        })?;
        let abs_parent = std::fs::canonicalize(parent).unwrap_or_else(|_| parent.to_path_buf());
        let abs_out = abs_parent.join(out.file_name().unwrap_or_default());
        if abs_out.exists() && !abs_out.is_dir() {
            return Err(Diagnostic::general(format!(
                "the output {} is a file, not a folder",
                out.display()
            ))
            .hint("move the file away, or choose another output folder with --output DIR"));
        }
        if abs_root.starts_with(&abs_out) || abs_out.starts_with(abs_root.join("content")) {
            return Err(Diagnostic::general(format!(
                "the output folder {} would replace the site's own files",
                out.display()
            ))
            .hint("choose an output folder outside content/, e.g. --output public"));
        }
        let lock = lock(&abs_out)?;
        // Remove what killed builds left behind (the lock says none is running).
        let name = out
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if let Ok(rd) = std::fs::read_dir(&abs_parent) {
            for e in rd.flatten() {
                let n = e.file_name().to_string_lossy().into_owned();
                if n.starts_with(&format!(".{name}.staging-"))
                    || n.starts_with(&format!(".{name}.old-"))
                {
                    remove_in_background(&abs_out, &e.path());
                }
            }
        }
        let tmp = sibling(&abs_out, "staging");
        std::fs::create_dir_all(&tmp).map_err(|e| {
            Diagnostic::general(format!(
                "cannot create the staging folder {}: {e}",
                tmp.display()
            ))
            .hint("check that the output location is writable and not full")
        })?;
        Ok(Staging {
            out: abs_out,
            tmp,
            committed: false,
            _lock: lock,
        })
    }

    /// Writes one file (its folder must exist).
    pub fn write(&self, rel: &str, bytes: &[u8]) -> Result<(), Diagnostic> {
        let p = self.tmp.join(rel);
        std::fs::write(&p, bytes).map_err(|e| {
            self.full(rel, &e).unwrap_or_else(|| {
                Diagnostic::general(format!("cannot write {rel}: {e}"))
                    .hint("check free space and permissions of the output location")
            })
        })
    }

    /// Copies one file.
    pub fn copy(&self, rel: &str, src: &Path) -> Result<(), Diagnostic> {
        std::fs::copy(src, self.tmp.join(rel))
            .map(|_| ())
            .map_err(|e| {
                self.full(rel, &e).unwrap_or_else(|| {
                    Diagnostic::general(format!("cannot copy {} to {rel}: {e}", src.display()))
                })
            })
    }

    /// The error for a write that failed because the disk is full.
    fn full(&self, rel: &str, e: &std::io::Error) -> Option<Diagnostic> {
        (e.kind() == std::io::ErrorKind::StorageFull || e.kind() == std::io::ErrorKind::QuotaExceeded).then(|| {
            Diagnostic::general(format!(
                "{DISK_FULL} {}: cannot write {rel}",
                self.out.parent().unwrap_or(&self.out).display()
            ))
            .hint(format!(
                "free space there, or build elsewhere with --output DIR; the site at {} is unchanged",
                self.out.display()
            ))
        })
    }

    /// Creates the folders for `paths`.
    pub fn make_dirs<'a>(&self, paths: impl Iterator<Item = &'a str>) -> Result<(), Diagnostic> {
        let mut dirs: Vec<&str> = paths
            .filter_map(|p| p.rsplit_once('/').map(|(d, _)| d))
            .collect();
        dirs.sort();
        dirs.dedup();
        // On all cores: a big site has tens of thousands of folders. Two
        // threads making the same parent is fine for create_dir_all.
        use rayon::prelude::*;
        dirs.par_iter().try_for_each(|d| {
            std::fs::create_dir_all(self.tmp.join(d))
                .map_err(|e| Diagnostic::general(format!("cannot create folder {d}: {e}")))
        })
    }

    /// Swaps the finished site in place of the old output.
    pub fn commit(mut self) -> Result<PathBuf, Diagnostic> {
        let old = sibling(&self.out, "old");
        if self.out.is_dir() && exchange(&self.tmp, &self.out) {
            // The new site is live; the old one now sits in the staging folder.
            self.committed = true;
            remove_in_background(&self.out, &self.tmp);
            return Ok(self.out.clone());
        }
        let had_old = self.out.exists();
        if had_old {
            std::fs::rename(&self.out, &old).map_err(|e| {
                Diagnostic::general(format!(
                    "cannot move the old output {} aside: {e}",
                    self.out.display()
                ))
            })?;
        }
        if let Err(e) = std::fs::rename(&self.tmp, &self.out) {
            if had_old {
                let _ = std::fs::rename(&old, &self.out);
            }
            return Err(Diagnostic::general(format!(
                "cannot put the new site in place at {}: {e}",
                self.out.display()
            )));
        }
        self.committed = true;
        if had_old {
            remove_in_background(&self.out, &old);
        }
        Ok(self.out.clone())
    }
}

/// How the error for a full disk starts (see [`collapse_disk_full`]).
const DISK_FULL: &str = "the disk is full at";

/// A full disk fails every write that follows the first; one error naming
/// the first file (in path order) and how many more failed says it all.
pub fn collapse_disk_full(errors: &mut Vec<Diagnostic>) {
    let (mut full, rest): (Vec<Diagnostic>, Vec<Diagnostic>) = std::mem::take(errors)
        .into_iter()
        .partition(|d| d.message.starts_with(DISK_FULL));
    *errors = rest;
    full.sort_by(|a, b| a.message.cmp(&b.message));
    let more = full.len().saturating_sub(1);
    if let Some(mut first) = full.into_iter().next() {
        if more > 0 {
            first.message.push_str(&format!(" and {more} more files"));
        }
        errors.push(first);
    }
}

/// Deletes the folder `dir` (an old site or a leftover beside the output
/// `out`) without waiting for it: renamed to a name no build uses again, it
/// is removed by a separate `rm -rf` that outlives this process, so a big
/// old site costs the build one rename. Where that cannot start, the folder
/// is removed at once. A folder whose removal was cut short (machine
/// stopped) still has an `.old-` name, and the next build removes it.
pub fn remove_in_background(out: &Path, dir: &Path) {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static N: AtomicUsize = AtomicUsize::new(0);
    let trash = sibling(out, &format!("old-{}", N.fetch_add(1, Ordering::Relaxed)));
    let target = if std::fs::rename(dir, &trash).is_ok() {
        trash
    } else {
        dir.to_path_buf()
    };
    #[cfg(unix)]
    {
        let spawned = std::process::Command::new("rm")
            .arg("-rf")
            .arg("--")
            .arg(&target)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn();
        if let Ok(mut child) = spawned {
            // Reaped by a thread, so a long-running process (the preview,
            // a test) collects no zombies; at exit `rm` simply carries on.
            std::thread::spawn(move || child.wait());
            return;
        }
    }
    let _ = std::fs::remove_dir_all(&target);
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_dir_all(&self.tmp);
        }
    }
}
