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

    /// The keys of the mapping at `path`, with their positions.
    pub fn keys(&self, path: &[Seg]) -> Vec<(String, Pos)> {
        self.spans().keys(path)
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
    pub fn parse<T: DeserializeOwned>(&mut self, diags: &mut Diagnostics) -> Option<T> {
        let fields = serde_aux::serde_introspection::serde_introspect::<T>();
        let mut local = Diagnostics::new();
        let first = self.parse_once::<T>(fields, &mut local);
        let value = if first.is_some() || !self.forgive_colons(diags) {
            diags.extend(local);
            first
        } else {
            self.parse_once::<T>(fields, diags)
        };
        if value.is_some() && self.text.contains(" #") {
            self.warn_cut_text(diags);
        }
        value
    }

    /// `title: Treffen in Raum #2` is the title `Treffen in Raum`: YAML
    /// reads ` #` as the start of a comment. A comment reads `# …`; a `#`
    /// right before a word or number in a text field was meant as text, so
    /// it is named with the quoted line to paste.
    fn warn_cut_text(&self, diags: &mut Diagnostics) {
        for (i, line) in self.text.lines().enumerate() {
            let Some(TextLine { key, value, .. }) = text_field_line(line) else {
                continue;
            };
            let value = value.trim();
            if value.starts_with(['"', '\'', '|', '>', '[', '{', '#']) {
                continue;
            }
            let Some(at) = value.find(" #") else { continue };
            let after = value[at + 2..].chars().next();
            if !after.is_some_and(|c| c.is_alphanumeric()) {
                continue;
            }
            // A real comment after it (` # …`) stays one.
            let (text, comment) = match value[at + 2..].find(" # ") {
                Some(j) => value.split_at(at + 2 + j),
                None => (value, ""),
            };
            let quoted = format!("{}{comment}", yaml_quoted(text));
            diags.push(
                Diagnostic::warning(
                    &self.rel,
                    format!(
                        "`{key}` is cut at ` #`: YAML reads `#{}` as a comment, so the text ends with `{}`",
                        value[at + 2..].split(" # ").next().unwrap_or_default(),
                        value[..at].trim_end()
                    ),
                )
                .at(Some((i + 1 + self.line_offset, {
                    let hash = line.find(value).unwrap_or(0) + at + 1;
                    line[..hash].chars().count() + 1
                })))
                .hint(format!("put the text in quotes; paste this line: {key}: {quoted}")),
            );
        }
    }

    /// Reads a plain one-line text field with an unquoted `: ` inside
    /// (`summary: Drei Abende für Eltern: Einschulung`) as the text it can
    /// only mean: the line is quoted in memory and a warning shows the
    /// quoted line to paste. Only lines the YAML parser refuses are touched,
    /// only for the fields in [`TEXT_FIELDS`], and only when the value is
    /// one line; any other syntax error stays an error. Returns whether the
    /// text changed (the caller parses again).
    fn forgive_colons(&mut self, diags: &mut Diagnostics) -> bool {
        let mut changed = false;
        // One refused line at a time: the parser stops at the first.
        for _ in 0..64 {
            let Err(e) = serde_yaml::from_str::<serde_yaml::Value>(&self.text) else {
                break;
            };
            if !e.to_string().starts_with("mapping values are not allowed") {
                break;
            }
            let Some(line) = e.location().map(|l| l.line()) else {
                break;
            };
            let Some((quoted, key)) = quote_text_line(&self.text, line) else {
                break;
            };
            let mut lines: Vec<&str> = self.text.split('\n').collect();
            lines[line - 1] = &quoted;
            let text = lines.join("\n");
            diags.push(
                Diagnostic::warning(
                    &self.rel,
                    format!("the text of `{key}` contains `: `, which YAML reads as a new field; it is read as text"),
                )
                .at(Some((line + self.line_offset, 1)))
                .hint(format!(
                    "put the text in quotes; paste this line: {}",
                    quoted.trim_start()
                )),
            );
            self.text = text;
            changed = true;
        }
        if changed {
            self.spans = std::sync::OnceLock::new();
        }
        changed
    }

    fn parse_once<T: DeserializeOwned>(
        &self,
        fields: &'static [&'static str],
        diags: &mut Diagnostics,
    ) -> Option<T> {
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
            Err(e)
                if e.to_string().contains("duplicate field")
                    || e.to_string().contains("duplicate entry") =>
            {
                let dups = self.spans().duplicates();
                if dups.is_empty() {
                    diags.push(self.serde_error(&e));
                }
                for (key, first, at) in dups {
                    diags.push(
                        Diagnostic::error(&self.rel, format!("`{key}` is written twice"))
                            .at(Some(at))
                            .hint(format!(
                                "it is first written on line {}; keep one of the two",
                                first.0
                            )),
                    );
                }
                None
            }
            Err(e) => {
                let d = self.serde_error(&e);
                let duplicate = reported_unknown
                    .iter()
                    .any(|k| d.message == format!("unknown field `{k}`"));
                if !duplicate {
                    diags.push(d);
                }
                self.read_on::<T>(&e, diags)
            }
        }
    }

    /// After a type error in one top-level field (`childcare: ja`), reads
    /// the file again without that field's lines, so the problems of the
    /// other fields are reported in the same run. The lines are blanked, not
    /// removed, so every later message keeps its line. Returns the value
    /// read without the faulty fields (the error is reported, so the site
    /// does not build), or `None` when a required field was at fault.
    fn read_on<T: DeserializeOwned>(
        &self,
        first: &serde_yaml::Error,
        diags: &mut Diagnostics,
    ) -> Option<T> {
        let top = self.spans().keys(&[]);
        let mut lines: Vec<String> = self.text.split('\n').map(str::to_string).collect();
        let mut error = first.to_string();
        for _ in 0..32 {
            let head = error.split([':', '.', '[']).next().unwrap_or_default();
            let (_, (line, _)) = top.iter().find(|(k, _)| k == head)?;
            let start = line.checked_sub(self.line_offset + 1)?;
            // The key's line and the deeper indented lines below it.
            let mut end = start + 1;
            while end < lines.len()
                && (lines[end].starts_with([' ', '\t']) || lines[end].trim().is_empty())
            {
                end += 1;
            }
            for l in &mut lines[start..end] {
                l.clear();
            }
            match serde_yaml::from_str::<T>(&lines.join("\n")) {
                Ok(v) => return Some(v),
                Err(e) if e.to_string().starts_with("missing field") => return None,
                Err(e) => {
                    diags.push(self.serde_error(&e));
                    error = e.to_string();
                }
            }
        }
        None
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
        // "unknown field `x`, expected one of `a`, `b`" -> a suggestion,
        // also inside a map ("haus: unknown field `adress`, …").
        if let Some(rest) = msg
            .find("unknown field `")
            .map(|i| &msg[i + "unknown field `".len()..])
        {
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
        } else if msg.contains("expected a boolean") {
            Some("write `true` (yes) or `false` (no)")
        } else if msg.contains("invalid type: sequence, expected a string") {
            Some("this takes one value, not a list: remove the [ ] or the `- `")
        } else if msg.contains("invalid type: sequence, expected") {
            Some("this takes fields, not a list: write `name: value` lines (in places.yaml one `id:` per place with its fields indented below), without `- `")
        } else if let Some(v) = msg
            .split_once("invalid type: string \"")
            .and_then(|(_, r)| r.strip_suffix("\", expected a sequence"))
        {
            return Diagnostic::error(&self.rel, format!("YAML: {msg}"))
                .at(pos)
                .hint(format!("this field takes a list: write it in [ ], `[{v}]`"));
        } else if msg.contains("invalid type: map, expected a sequence") {
            Some("this field takes a list: put the entries in [ ], e.g. `[ { day: tue } ]`, or start each line with `- `")
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

/// Fields whose value is plain text on one line, where an unquoted `: `
/// can only be part of the text.
pub const TEXT_FIELDS: &[&str] = &["title", "summary", "name", "address"];

/// Line `line` (1-based) of `text` with the value of its text field quoted,
/// when it is `[- ]key: value` for a key in [`TEXT_FIELDS`], the value is
/// plain (not quoted, not a list or map, not a block) and continues on no
/// further line. Returns the new line and the key.
fn quote_text_line(text: &str, line: usize) -> Option<(String, &'static str)> {
    let lines: Vec<&str> = text.split('\n').collect();
    let src = lines.get(line.checked_sub(1)?)?.trim_end_matches('\r');
    let TextLine {
        lead,
        key,
        value,
        key_col,
    } = text_field_line(src)?;
    // A ` #` starts a comment, in YAML as here: it stays one.
    let (value, comment) = match value.find(" #").or_else(|| value.find("\t#")) {
        Some(i) => (&value[..i], &value[i..]),
        None => (value, ""),
    };
    let value = value.trim();
    let first = value.chars().next()?;
    if "\"'[]{}|>&*!%@`#,?".contains(first) || value.starts_with("- ") {
        return None;
    }
    if !(value.contains(": ") || value.ends_with(':')) {
        return None;
    }
    // A plain value that goes on in the next, deeper indented line is a
    // multi-line text: leave it to the parser's message.
    if let Some(next) = lines[line..].iter().find(|l| !l.trim().is_empty()) {
        if next.len() - next.trim_start_matches(' ').len() > key_col {
            return None;
        }
    }
    Some((format!("{lead}{key}: {}{comment}", yaml_quoted(value)), key))
}

/// One line `[- ]key: value` whose key is one of [`TEXT_FIELDS`].
struct TextLine<'a> {
    /// Indentation and list dashes before the key.
    lead: &'a str,
    key: &'static str,
    /// Everything after `key:`, untrimmed.
    value: &'a str,
    /// The column (0-based) where the key starts.
    key_col: usize,
}

fn text_field_line(src: &str) -> Option<TextLine<'_>> {
    let indent = src.len() - src.trim_start_matches(' ').len();
    let mut rest = &src[indent..];
    let mut key_col = indent;
    while let Some(r) = rest.strip_prefix("- ") {
        let r2 = r.trim_start_matches(' ');
        key_col += rest.len() - r2.len();
        rest = r2;
    }
    let (key, value) = rest.split_once(':')?;
    let key = TEXT_FIELDS.iter().find(|k| **k == key)?;
    value.starts_with([' ', '\t']).then_some(TextLine {
        lead: &src[..src.len() - rest.len()],
        key,
        value,
        key_col,
    })
}

/// `text` as a YAML scalar that reads back as exactly `text`: in single
/// quotes when it holds a `"`, else in double quotes.
fn yaml_quoted(text: &str) -> String {
    if text.contains('"') {
        format!("'{}'", text.replace('\'', "''"))
    } else {
        format!("\"{}\"", text.replace('\\', "\\\\"))
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
        let mut f = YamlFile::new("x.yaml".into(), src.into(), 0);
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
        let mut f = YamlFile::new("x.yaml".into(), "kind: a\nchilcare: true\n".into(), 0);
        let mut d = Diagnostics::new();
        let r = f.parse::<T>(&mut d);
        assert_eq!(r.map(|t| t.kind), Some("a".to_string()));
        assert!(d.has_errors(), "the unknown field stays an error");
    }

    #[derive(Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    struct Fm {
        title: String,
        summary: String,
    }

    fn front(src: &str) -> (Option<Fm>, Vec<String>) {
        let mut f = YamlFile::new("de.md".into(), src.into(), 1);
        let mut d = Diagnostics::new();
        let r = f.parse::<Fm>(&mut d);
        (r, d.iter().map(|d| d.to_string()).collect())
    }

    #[test]
    fn reads_an_unquoted_colon_in_a_text_field_as_text() {
        let (r, d) = front(
            "title: Elternabend: Einschulung\nsummary: Drei Abende: Kita, Schule: alles # Notiz\n",
        );
        let r = r.expect("read as text");
        assert_eq!(r.title, "Elternabend: Einschulung");
        assert_eq!(r.summary, "Drei Abende: Kita, Schule: alles");
        assert_eq!(d.len(), 2, "{d:?}");
        assert!(
            d[0].starts_with("de.md:2:1: warning: the text of `title` contains `: `"),
            "{d:?}"
        );
        assert!(
            d[0].contains(r#"paste this line: title: "Elternabend: Einschulung""#),
            "{d:?}"
        );
        assert!(
            d[1].starts_with("de.md:3:1: warning: the text of `summary`"),
            "{d:?}"
        );
        assert!(
            d[1].contains(r#"summary: "Drei Abende: Kita, Schule: alles" # Notiz"#),
            "{d:?}"
        );
        // Quotes inside the text are kept.
        let (r, _) = front("title: Das \"Fest\": heute\nsummary: x\n");
        assert_eq!(r.unwrap().title, "Das \"Fest\": heute");
    }

    #[test]
    fn names_text_cut_by_a_hash() {
        let (r, d) = front("title: Treffen in Raum #2\nsummary: Kurs # eine Notiz\n");
        assert_eq!(r.unwrap().title, "Treffen in Raum");
        assert_eq!(d.len(), 1, "a comment `# …` is a comment: {d:?}");
        assert!(
            d[0].starts_with("de.md:2:24: warning: `title` is cut at ` #`"),
            "{d:?}"
        );
        assert!(
            d[0].contains(r#"paste this line: title: "Treffen in Raum #2""#),
            "{d:?}"
        );
    }

    #[test]
    fn other_yaml_mistakes_stay_errors() {
        // Not a text field.
        let (r, d) = parse("kind: a: b\n");
        assert!(r.is_none() && d[0].contains("error: YAML"), "{d:?}");
        // A text that goes on in the next line.
        let (r, d) = front("title: a: b\n  c\nsummary: x\n");
        assert!(
            r.is_none() && d.iter().all(|d| !d.contains("warning")),
            "{d:?}"
        );
        // A block scalar is text already, and quoted text is left alone.
        let (r, d) = front("title: |\n  a: b\nsummary: 'c: d'\n");
        assert_eq!(r.unwrap().title, "a: b\n");
        assert!(d.is_empty(), "{d:?}");
    }

    #[test]
    fn reports_type_errors_in_several_fields_at_once() {
        #[derive(Deserialize, Debug)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct U {
            kind: String,
            #[serde(default)]
            childcare: Option<bool>,
            #[serde(default)]
            flyer: Option<bool>,
            #[serde(default)]
            days: Vec<String>,
        }
        let mut f = YamlFile::new(
            "x.yaml".into(),
            "kind: a\nchildcare: ja\ndays:\n  a: 1\nflyer: nein\n".into(),
            0,
        );
        let mut d = Diagnostics::new();
        let r = f.parse::<U>(&mut d);
        let d: Vec<String> = d.iter().map(|d| d.to_string()).collect();
        assert_eq!(r.map(|u| u.kind), Some("a".into()), "the rest is read");
        assert_eq!(d.len(), 3, "{d:?}");
        assert!(
            d[0].starts_with("x.yaml:2:12: error: YAML: childcare:"),
            "{d:?}"
        );
        assert!(d[1].starts_with("x.yaml:4:3: error: YAML: days:"), "{d:?}");
        assert!(d[2].starts_with("x.yaml:5:8: error: YAML: flyer:"), "{d:?}");
        // A required field at fault: the others are still reported, and
        // its absence is not reported as a second mistake.
        let mut f = YamlFile::new("x.yaml".into(), "kind: [a]\nchildcare: ja\n".into(), 0);
        let mut d = Diagnostics::new();
        assert!(f.parse::<U>(&mut d).is_none());
        let d: Vec<String> = d.iter().map(|d| d.to_string()).collect();
        assert_eq!(d.len(), 2, "{d:?}");
        assert!(
            d[0].contains("one value, not a list") && d[1].contains("childcare"),
            "{d:?}"
        );
    }

    #[test]
    fn reports_a_duplicate_key_at_the_duplicate() {
        let (r, d) = parse("kind: a\nchildcare: true\nkind: b\n");
        assert!(r.is_none());
        assert_eq!(d.len(), 1, "{d:?}");
        assert!(
            d[0].starts_with("x.yaml:3:1: error: `kind` is written twice"),
            "{d:?}"
        );
        assert!(d[0].contains("first written on line 1"), "{d:?}");
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
