//! Diagnostics: what went wrong, where, and how to fix it.
//!
//! Every stage collects its problems into a [`Diagnostics`] list instead of
//! stopping at the first one, so an editor sees everything that is wrong in one
//! run (the way Typst returns all `SourceDiagnostic`s together). Locations are
//! relative to the site root so messages read the same on every machine.

use std::fmt;
use std::path::{Path, PathBuf};

/// How bad a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The site cannot be built correctly; the build fails.
    Error,
    /// The site builds, but an editor should look at this.
    Warning,
    /// Advice about publishing that nothing in the site can change (where
    /// crawlers look for robots.txt); never fails a check, not even `--strict`.
    Note,
}

impl Severity {
    /// `error`, `warning` or `note`, as printed.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }
}

/// One finding about the content, the configuration or the theme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// File relative to the site root (or an absolute path outside it).
    pub file: Option<PathBuf>,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 1-based column, when known.
    pub column: Option<usize>,
    /// What is wrong, in one sentence.
    pub message: String,
    /// What would fix it, when we can tell.
    pub hint: Option<String>,
}

impl Diagnostic {
    /// An error about `file` (an empty path names no file: see [`Diagnostic::general`]).
    pub fn error(file: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        let file: PathBuf = file.into();
        Diagnostic {
            severity: Severity::Error,
            file: (!file.as_os_str().is_empty()).then_some(file),
            line: None,
            column: None,
            message: message.into(),
            hint: None,
        }
    }

    /// A warning about `file`.
    pub fn warning(file: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(file, message)
        }
    }

    /// A note about `file` (see [`Severity::Note`]).
    pub fn note(file: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Note,
            ..Diagnostic::error(file, message)
        }
    }

    /// An error that belongs to no file (e.g. the output folder).
    pub fn general(message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            file: None,
            line: None,
            column: None,
            message: message.into(),
            hint: None,
        }
    }

    /// Adds a line and column (1-based).
    pub fn at(mut self, pos: Option<(usize, usize)>) -> Self {
        if let Some((line, column)) = pos {
            self.line = Some(line);
            self.column = Some(column);
        }
        self
    }

    /// Adds a hint that says how to fix the problem.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Whether this is an error.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// Whether this is a note.
    pub fn is_note(&self) -> bool {
        self.severity == Severity::Note
    }

    /// `file:line:column` as far as known.
    pub fn location(&self) -> String {
        let mut s = match &self.file {
            Some(f) => f.display().to_string(),
            None => return String::new(),
        };
        if let Some(l) = self.line {
            s.push_str(&format!(":{l}"));
            if let Some(c) = self.column {
                s.push_str(&format!(":{c}"));
            }
        }
        s
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let loc = self.location();
        let sev = self.severity.as_str();
        if loc.is_empty() {
            write!(f, "{sev}: {}", self.message)?;
        } else {
            write!(f, "{loc}: {sev}: {}", self.message)?;
        }
        if let Some(h) = &self.hint {
            write!(f, "\n  = help: {h}")?;
        }
        Ok(())
    }
}

/// A collection of findings, kept in a stable order.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    /// An empty list.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds one finding.
    pub fn push(&mut self, d: Diagnostic) {
        self.items.push(d);
    }

    /// Adds all findings of another list.
    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(other);
    }

    /// Whether any finding is an error.
    pub fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }

    /// Number of errors.
    pub fn error_count(&self) -> usize {
        self.items.iter().filter(|d| d.is_error()).count()
    }

    /// Number of warnings.
    pub fn warning_count(&self) -> usize {
        self.count(Severity::Warning)
    }

    /// Number of notes.
    pub fn note_count(&self) -> usize {
        self.count(Severity::Note)
    }

    fn count(&self, severity: Severity) -> usize {
        self.items.iter().filter(|d| d.severity == severity).count()
    }

    /// Sorts by file, line and column, errors first within a spot, and drops duplicates,
    /// so output never depends on thread timing.
    pub fn sort(&mut self) {
        self.items.sort_by(|a, b| {
            (&a.file, a.line, a.column, a.severity, &a.message)
                .cmp(&(&b.file, b.line, b.column, b.severity, &b.message))
        });
        self.items.dedup();
    }

    /// All findings.
    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }

    /// Whether there are no findings at all.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Every finding as JSON: `{"passed", "errors", "warnings", "notes",
    /// "findings": [{"severity", "file", "line", "column", "message", "hint"}]}`.
    pub fn to_json(&self, passed: bool) -> String {
        let findings: Vec<serde_json::Value> = self
            .items
            .iter()
            .map(|d| {
                serde_json::json!({
                    "severity": d.severity.as_str(),
                    "file": d.file.as_ref().map(|f| f.to_string_lossy().replace('\\', "/")),
                    "line": d.line,
                    "column": d.column,
                    "message": d.message,
                    "hint": d.hint,
                })
            })
            .collect();
        serde_json::json!({
            "passed": passed,
            "errors": self.error_count(),
            "warnings": self.warning_count(),
            "notes": self.note_count(),
            "findings": findings,
        })
        .to_string()
    }

    /// Prints every finding to stderr, with the offending source line when the
    /// file can be read, followed by a one-line summary.
    pub fn print(&self, root: &Path) {
        let mut out = String::new();
        for d in &self.items {
            out.push_str(&render_with_source(d, root));
            out.push('\n');
        }
        eprint!("{out}");
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

/// Formats a diagnostic as rustc does: the message, then the source line with a
/// marker under the column, then the hint.
pub fn render_with_source(d: &Diagnostic, root: &Path) -> String {
    let mut s = String::new();
    let sev = d.severity.as_str();
    s.push_str(&format!("{sev}: {}\n", d.message));
    let loc = d.location();
    if !loc.is_empty() {
        s.push_str(&format!("  --> {loc}\n"));
    }
    if let (Some(file), Some(line)) = (&d.file, d.line) {
        let path = if file.is_absolute() {
            file.clone()
        } else {
            root.join(file)
        };
        if let Some(text) = std::fs::read(&path)
            .ok()
            .and_then(|b| String::from_utf8(b).ok())
            .and_then(|t| t.lines().nth(line - 1).map(str::to_owned))
        {
            let num = line.to_string();
            let pad = " ".repeat(num.len());
            let col = d.column.unwrap_or(1).max(1);
            let before: String = text.chars().take(col - 1).collect();
            let marker_pad: String = before
                .chars()
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            s.push_str(&format!("{pad} |\n{num} | {}\n", text.trim_end()));
            s.push_str(&format!("{pad} | {marker_pad}^\n"));
        }
    }
    if let Some(h) = &d.hint {
        s.push_str(&format!("  = help: {h}\n"));
    }
    s
}

/// Turns a byte offset in `text` into a 1-based (line, column), counting
/// columns in characters.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..floor_char_boundary(text, offset)];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Suggests the closest of `known` to `wrong` when it is close enough to be a typo.
pub fn did_you_mean<'a>(wrong: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    known
        .into_iter()
        .map(|k| (strsim::damerau_levenshtein(wrong, k), k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 4) && *d < k.len())
        .min_by_key(|(d, k)| (*d, *k))
        .map(|(_, k)| k)
}

/// Lists known names for a hint, shortened when there are many.
pub fn known_list<'a>(known: impl IntoIterator<Item = &'a str>) -> String {
    let all: Vec<&str> = known.into_iter().collect();
    let shown: Vec<String> = all.iter().take(12).map(|k| format!("`{k}`")).collect();
    let mut s = shown.join(", ");
    if all.len() > 12 {
        s.push_str(&format!(" and {} more", all.len() - 12));
    }
    s
}

/// The error for a symbolic link inside the site: links are never followed,
/// so no content, theme or static file can read from outside the site.
pub fn link_refused(rel: &Path) -> Diagnostic {
    Diagnostic::error(
        rel,
        "this is a symbolic link; Quartier does not follow links, so nothing outside the site is read or published",
    )
    .hint("replace the link with a copy of the file or folder")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters() {
        let t = "a: 1\nbä: x\n";
        assert_eq!(line_col(t, 0), (1, 1));
        assert_eq!(line_col(t, 5), (2, 1));
        assert_eq!(line_col(t, 9), (2, 4));
    }

    #[test]
    fn suggests_close_names_only() {
        let known = ["childcare", "cost", "place"];
        assert_eq!(did_you_mean("chilcare", known), Some("childcare"));
        assert_eq!(did_you_mean("plcae", known), Some("place"));
        assert_eq!(did_you_mean("zzzzzz", known), None);
    }

    #[test]
    fn display_has_location_and_hint() {
        let d = Diagnostic::error("content/a/offering.yaml", "unknown place `x`")
            .at(Some((3, 8)))
            .hint("known places: `y`");
        assert_eq!(
            d.to_string(),
            "content/a/offering.yaml:3:8: error: unknown place `x`\n  = help: known places: `y`"
        );
    }
}
