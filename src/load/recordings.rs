//! Recordings: `<lang>.mp3` (`.m4a`, `.ogg`, `.opus`) beside `<lang>.md`,
//! the text read aloud by a person. Read here once: size, length and
//! format; broken, big and stale recordings are named.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::diag::{Diagnostic, Diagnostics};
use crate::model::{AudioFormat, Recording};

/// Reads the recording at `rel` (relative to the site root, in `content/`).
/// An unreadable file, or one that is not audio of the format its name
/// says, is an error: it would be published broken. One bigger than
/// `max_bytes` (site.yaml's `recording_max_mb`, 2 MB unless set: on a
/// prepaid phone plan a two-minute reading at 64 kbit/s mono is about
/// 1 MB) gets a warning.
pub(super) fn read(
    root: &Path,
    rel: &Path,
    max_bytes: u64,
    diags: &mut Diagnostics,
) -> Option<Recording> {
    use lofty::config::{ParseOptions, ParsingMode};
    use lofty::file::AudioFile;

    let ext = rel.extension()?.to_str()?;
    let format = AudioFormat::from_ext(ext)?;
    let path = root.join(rel);
    let broken = |why: String| {
        Diagnostic::error(rel, format!("the recording cannot be read: {why}")).hint(format!(
            "export it again as {} (e.g. with Audacity: File → Export), or remove it",
            format.ext()
        ))
    };
    let bytes = match std::fs::metadata(&path) {
        Ok(m) => m.len(),
        Err(e) => {
            diags.push(broken(e.to_string()));
            return None;
        }
    };
    let probe = lofty::probe::Probe::open(&path).and_then(|p| {
        p.options(
            ParseOptions::new()
                .read_tags(false)
                .read_cover_art(false)
                .parsing_mode(ParsingMode::Strict),
        )
        .guess_file_type()
        .map_err(Into::into)
    });
    let file = match probe.and_then(|p| {
        let found = p.file_type();
        p.read().map(|f| (found, f))
    }) {
        Ok((found, f)) => {
            if !matches_format(found, format) {
                diags.push(broken(format!(
                    "it is not {} audio",
                    format.ext().to_uppercase()
                )));
                return None;
            }
            f
        }
        Err(e) => {
            diags.push(broken(format!(
                "it is damaged or not {} audio ({e})",
                format.ext().to_uppercase()
            )));
            return None;
        }
    };
    let length = file.properties().duration();
    if length.is_zero() {
        diags.push(broken("it holds no sound (length 0:00)".into()));
        return None;
    }
    if bytes > max_bytes {
        diags.push(
            Diagnostic::warning(
                rel,
                format!(
                    "the recording is {}; readers on prepaid phone plans pay for every megabyte (limit {}, `recording_max_mb` in site.yaml)",
                    size(bytes),
                    size(max_bytes)
                ),
            )
            .hint("export it again as mono at 48–64 kbit/s (speech stays clear; a minute is about 0.4 MB)"),
        );
    }
    let content_rel = rel
        .strip_prefix("content")
        .unwrap_or(rel)
        .to_string_lossy()
        .replace('\\', "/");
    Some(Recording {
        path: content_rel,
        bytes,
        seconds: (length.as_millis() as u64).div_ceil(1000),
        format,
    })
}

/// "2.1 MB", or "700 KB" below a megabyte.
fn size(bytes: u64) -> String {
    if bytes >= 1_048_576 {
        format!("{:.1} MB", bytes as f64 / 1_048_576.0)
    } else {
        format!("{} KB", bytes.div_ceil(1024))
    }
}

/// Whether lofty's reading of the content agrees with the file's ending.
fn matches_format(found: Option<lofty::file::FileType>, format: AudioFormat) -> bool {
    use lofty::file::FileType as F;
    matches!(
        (found, format),
        (Some(F::Mpeg), AudioFormat::Mp3)
            | (Some(F::Mp4), AudioFormat::M4a)
            | (Some(F::Vorbis | F::Opus), AudioFormat::Ogg)
            | (Some(F::Opus), AudioFormat::Opus)
    )
}

/// The time of the last commit of each file below `content/`, when the
/// site is in a git repository (one `git log` for the site, as the feed
/// does).
fn git_file_times(root: &Path) -> HashMap<PathBuf, i64> {
    let mut out = HashMap::new();
    let Ok(res) = Command::new("git")
        .arg("-C")
        .arg(root)
        .args([
            "log",
            "--format=%x01%ct",
            "--name-only",
            "--no-renames",
            "--relative",
            "--",
            "content",
        ])
        .output()
    else {
        return out;
    };
    if !res.status.success() {
        return out;
    }
    let mut current = None;
    for l in String::from_utf8_lossy(&res.stdout).lines() {
        if let Some(ts) = l.strip_prefix('\u{1}') {
            current = ts.trim().parse::<i64>().ok();
        } else if let (Some(ts), false) = (current, l.is_empty()) {
            out.entry(PathBuf::from(l)).or_insert(ts);
        }
    }
    out
}

/// Warns of recordings whose text changed after them. A text that names
/// the fingerprint of the words its recording reads (`recording_of`) is
/// compared by its words: marks, line breaks and spaces do not count.
/// Otherwise the last commits of both files are compared when both are
/// committed, else their modification times; the hint then names the line
/// that acknowledges a recording that still matches.
pub(super) fn check_stale<'a>(
    root: &Path,
    texts: impl Iterator<Item = &'a crate::model::Text>,
    diags: &mut Diagnostics,
) {
    let texts: Vec<&crate::model::Text> = texts.filter(|t| t.recording.is_some()).collect();
    if texts.is_empty() {
        return;
    }
    let git = if texts.iter().any(|t| t.recording_of.is_none()) {
        git_file_times(root)
    } else {
        Default::default()
    };
    let mtime = |p: &Path| {
        std::fs::metadata(root.join(p))
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map(|d| d.as_secs() as i64)
    };
    for t in texts {
        let Some(recording) = &t.recording else {
            continue;
        };
        let rec = Path::new("content").join(&recording.path);
        let text = &t.rel;
        let name = text.file_name().unwrap_or_default().to_string_lossy();
        let fp = &t.fingerprint;
        if let Some(of) = &t.recording_of {
            if of != fp {
                diags.push(
                    Diagnostic::warning(
                        &rec,
                        format!("the words of `{name}` changed since it was recorded (`recording_of: {of}`, the text is now {fp})"),
                    )
                    .hint(format!(
                        "re-record it, then write `recording_of: {fp}` in the front matter of {}; the same if the recording still matches",
                        text.display()
                    )),
                );
            }
            continue;
        }
        let (tt, r, how) = match (git.get(text), git.get(&rec)) {
            (Some(a), Some(b)) => (Some(*a), Some(*b), "committed"),
            _ => (mtime(text), mtime(&rec), "changed"),
        };
        let (Some(tt), Some(r)) = (tt, r) else {
            continue;
        };
        if tt > r {
            diags.push(
                Diagnostic::warning(
                    &rec,
                    format!("`{name}` was {how} after its recording: the recording may no longer say what the text says"),
                )
                .hint(format!(
                    "re-record it; if it still says what the text says, write `recording_of: {fp}` in the front matter of {}: from then on only a change of its words counts",
                    text.display()
                )),
            );
        }
    }
}
