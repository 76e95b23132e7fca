//! Reading YAML files and front matter into typed values with good errors.
//!
//! serde_yaml does the typed parse with `deny_unknown_fields`; this module
//! turns its errors into [`Diagnostic`]s with file, line, column and a
//! "did you mean" hint, and reports every unknown top-level field at once
//! (serde stops at the first).

use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

use crate::diag::{did_you_mean, known_list, Diagnostic, Diagnostics};
use crate::yamlspan::{Pos, Seg, YamlSpans};

/// The text of a YAML document and where it came from.
#[derive(Debug)]
pub struct YamlFile {
    /// Path relative to the site root, for messages.
    pub rel: PathBuf,
    /// The YAML text (without a byte-order mark).
    pub text: String,
    /// Lines before the YAML text in its file (1 for front matter after `---`).
    pub line_offset: usize,
    spans: std::sync::OnceLock<YamlSpans>,
}

/// Reads a file as UTF-8 text, with a clear error when it is not text.
pub fn read_text(root: &Path, rel: &Path) -> Result<String, Diagnostic> {
    let bytes = std::fs::read(root.join(rel)).map_err(|e| {
        let what = match e.kind() {
            std::io::ErrorKind::NotFound => "file not found".to_string(),
            _ => format!("cannot read the file: {e}"),
        };
        Diagnostic::error(rel, what)
    })?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let off = e.utf8_error().valid_up_to();
        let ok = String::from_utf8_lossy(&e.as_bytes()[..off]).into_owned();
        Diagnostic::error(rel, "the file is not UTF-8 text")
            .at(Some(crate::diag::line_col(&ok, off)))
            .hint("save the file with UTF-8 encoding (in most editors: Save as… → Encoding: UTF-8)")
    })?;
    Ok(match text.strip_prefix('\u{feff}') {
        Some(t) => t.to_string(),
        None => text,
    })
}

impl YamlFile {
    /// Reads `root/rel`.
    pub fn read(root: &Path, rel: &Path) -> Result<Self, Diagnostic> {
        Ok(Self::new(rel.to_path_buf(), read_text(root, rel)?, 0))
    }

    /// Wraps text that was already read (e.g. front matter).
    pub fn new(rel: PathBuf, text: String, line_offset: usize) -> Self {
        YamlFile {
            rel,
            text,
            line_offset,
            spans: std::sync::OnceLock::new(),
        }
    }

    fn spans(&self) -> &YamlSpans {
        self.spans
            .get_or_init(|| YamlSpans::parse(&self.text, self.line_offset))
    }

    /// Position of the value at `path`.
    pub fn value(&self, path: &[Seg]) -> Option<Pos> {
        self.spans().value(path)
    }

    /// Position of the key that ends `path`.
    pub fn key(&self, path: &[Seg]) -> Option<Pos> {
        self.spans().key(path)
    }

    /// An error at the value of `path`.
    pub fn error_at(&self, path: &[Seg], message: impl Into<String>) -> Diagnostic {
        Diagnostic::error(&self.rel, message).at(self.value(path))
    }

    /// Parses into `T`. When `T` is a struct, its fields (read from its
    /// serde definition) are used to report every unknown one with a
    /// suggestion; such a `T` must deny unknown fields (serde), so a file
    /// that parses has none and is not scanned for them. Returns `None`
    /// after pushing errors.
    pub fn parse<T: DeserializeOwned>(&self, diags: &mut Diagnostics) -> Option<T> {
        let fields = serde_aux::serde_introspection::serde_introspect::<T>();
        let empty = self
            .text
            .lines()
            .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'));
        let result = if empty {
            serde_yaml::from_str::<T>("{}")
        } else {
            serde_yaml::from_str::<T>(&self.text)
        };
        let mut reported_unknown = Vec::new();
        if !fields.is_empty() && !empty && result.is_err() {
            for (key, pos) in self.spans().keys(&[]) {
                if !fields.contains(&key.as_str()) {
                    diags.push(unknown_field(&self.rel, &key, fields).at(Some(pos)));
                    reported_unknown.push(key);
                }
            }
        }
        match result {
            Ok(v) if reported_unknown.is_empty() => Some(v),
            Ok(_) => None,
            // The unknown fields are reported; read the rest without them so
            // its problems are found in the same run. (A further error here
            // would have no position, so it waits for the next run.)
            Err(_) if !reported_unknown.is_empty() => {
                let mut value: serde_yaml::Value = serde_yaml::from_str(&self.text).ok()?;
                let map = value.as_mapping_mut()?;
                for k in &reported_unknown {
                    map.remove(k.as_str());
                }
                serde_yaml::from_value(value).ok()
            }
            Err(e) => {
                let d = self.serde_error(&e);
                let duplicate = reported_unknown
                    .iter()
                    .any(|k| d.message == format!("unknown field `{k}`"));
                if !duplicate {
                    diags.push(d);
                }
                None
            }
        }
    }

    /// Turns a serde_yaml error into a diagnostic with position and hint.
    pub fn serde_error(&self, e: &serde_yaml::Error) -> Diagnostic {
        let pos = e
            .location()
            .map(|l| (l.line() + self.line_offset, l.column()));
        let mut msg = e.to_string();
        if let Some(i) = msg.find(" at line ") {
            msg.truncate(i);
        }
        // "unknown field `x`, expected one of `a`, `b`" -> a suggestion.
        if let Some(rest) = msg.strip_prefix("unknown field `") {
            if let Some((name, expected)) = rest.split_once('`') {
                let known: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
                return unknown_field(&self.rel, name, &known).at(pos);
            }
        }
        if let Some(rest) = msg.strip_prefix("missing field `") {
            let name = rest.trim_end_matches('`');
            return Diagnostic::error(&self.rel, format!("missing field `{name}`"))
                .at(pos)
                .hint(format!("add `{name}: …`"));
        }
        if msg.starts_with("unknown variant") {
            return Diagnostic::error(&self.rel, msg.replace("expected", "it must be")).at(pos);
        }
        let hint = if msg.contains("did not find expected")
            || msg.contains("mapping values are not allowed")
            || msg.contains("found character that cannot start")
            || msg.contains("could not find expected")
        {
            Some("check the indentation (spaces, not tabs) and put text with `:` or `#` in quotes")
        } else if msg.contains("invalid type") {
            Some("check the value's form against the content guide (docs/content.md)")
        } else {
            None
        };
        let d = Diagnostic::error(&self.rel, format!("YAML: {msg}")).at(pos);
        match hint {
            Some(h) => d.hint(h),
            None => d,
        }
    }
}

/// "unknown field" with the nearest known name or the list of known names.
pub fn unknown_field(rel: &Path, name: &str, known: &[&str]) -> Diagnostic {
    let d = Diagnostic::error(rel, format!("unknown field `{name}`"));
    match did_you_mean(name, known.iter().copied()) {
        Some(s) => d.hint(format!("did you mean `{s}`?")),
        None => d.hint(format!(
            "known fields: {}",
            known_list(known.iter().copied())
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct T {
        kind: String,
        #[serde(default)]
        childcare: bool,
    }

    fn parse(src: &str) -> (Option<T>, Vec<String>) {
        let f = YamlFile::new("x.yaml".into(), src.into(), 0);
        let mut d = Diagnostics::new();
        let r = f.parse::<T>(&mut d);
        (r, d.iter().map(|d| d.to_string()).collect())
    }

    #[test]
    fn reports_every_unknown_top_level_field() {
        let (r, d) = parse("kind: a\nchilcare: true\nplcae: x\n");
        assert!(r.is_some(), "the rest is read");
        assert_eq!(d.len(), 2, "{d:?}");
        assert!(d[0].starts_with("x.yaml:2:1: error: unknown field `chilcare`"));
        assert!(d[0].contains("did you mean `childcare`?"));
        assert!(d[1].starts_with("x.yaml:3:1: error: unknown field `plcae`"));
    }

    #[test]
    fn reads_the_rest_after_unknown_fields() {
        let f = YamlFile::new("x.yaml".into(), "kind: a\nchilcare: true\n".into(), 0);
        let mut d = Diagnostics::new();
        let r = f.parse::<T>(&mut d);
        assert_eq!(r.map(|t| t.kind), Some("a".to_string()));
        assert!(d.has_errors(), "the unknown field stays an error");
    }

    #[test]
    fn reports_syntax_and_type_errors_with_position() {
        let (_, d) = parse("kind: a\n  b: c\n");
        assert!(d[0].starts_with("x.yaml:2:4: error: YAML:"), "{d:?}");
        assert!(d[0].contains("indentation"), "{d:?}");
        let (_, d) = parse("kind: a\nchildcare: 7\n");
        assert!(d[0].starts_with("x.yaml:2:"), "{d:?}");
        let (_, d) = parse("childcare: true\n");
        assert!(d[0].contains("missing field `kind`"), "{d:?}");
    }
}
