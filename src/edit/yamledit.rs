//! Minimal, comment-preserving edits of the site's YAML files and of the
//! front matter of Markdown texts.
//!
//! The workbench promises editors that changing a value changes only that
//! value's text: comments, order and formatting of everything else stay, and a
//! diff of one edit shows one line. [`sync`] keeps that promise by comparing
//! the file's current content with the wanted content (`target`) and editing
//! the lossless syntax tree of [`yaml_edit`] only where they differ.
//!
//! # How values are written
//!
//! Every new or changed value is rendered by this module (not by `yaml_edit`)
//! and handed to the tree as a node parsed from that text, so the quoting
//! rules are ours:
//!
//! - strings stay plain unless a plain scalar would be read as something else
//!   or would not parse: `yes`, `no`, `on`, `null`, `~`, `true`, numbers and
//!   number-like text such as phone numbers (`"+49 6151 000000"`, `"0176123"`),
//!   text starting with an indicator (`#`, `&`, `*`, `!`, `|`, `>`, `'`, `"`,
//!   `%`, `@`, `` ` ``, `- `, …), text containing `: ` or ` #`, leading or
//!   trailing spaces, the empty string; in flow collections also `, [ ] { }`;
//! - times (`14:00`) are always double-quoted, as the content model writes
//!   them; dates (`2026-09-01`) stay plain (the loader reads them as text);
//! - ASCII text that needs quoting is double-quoted, other text (Arabic,
//!   umlauts, text containing `"` or `\`) single-quoted, so no letter is ever
//!   escaped; only characters that cannot appear literally (control
//!   characters) force double quotes with escapes;
//! - text with line breaks is a literal block (`|-`, `|`, `|+`) where a block
//!   may stand, otherwise a double-quoted scalar with `\n` escapes.
//!
//! # Decisions
//!
//! - A key that is not in the target is removed together with its value and
//!   the comment on its own line, but comment lines *above* it stay: such a
//!   comment may introduce more than that one key, and the workbench never
//!   deletes what a person wrote other than the value being edited.
//! - New keys are appended at the end of their mapping, in the target's order
//!   (in a flow mapping before the closing brace).
//! - Sequences of the same length are synced item by item (so a changed time
//!   inside `weekly: [ { … } ]` changes only that line and comments on block
//!   items stay); sequences of a different length are replaced as a whole,
//!   keeping flow (`[a, b]`) or block (`- a`) style as the original had.
//! - A value that changes from a scalar to a collection (`cost: free` to an
//!   amount) is written as [`new_document`] would write it.
//! - Values equal in meaning are equal: `"14:00"`, `'14:00'` and `14:00` are
//!   the same string, and a target string equal to the text of a number,
//!   boolean or null in the file (`"1"` against `interval: 1`) leaves the file
//!   as it is (YAML 1.2 core schema only: `yes` is the string "yes").
//! - A file with CRLF line endings stays CRLF; a file that mixes both comes
//!   back with the style most of its lines had.
//! - Every result is read back and compared with the target; should an edit
//!   ever not read back as intended, [`sync`] returns an error instead of
//!   writing a file that means something else.
//! - Keys that are kept keep their place; a new key at the top level of a file
//!   that ends in comment lines comes after those comments.
//!
//! # Working around `yaml_edit` 0.3
//!
//! - Its scalar rendering escapes non-ASCII letters in double quotes (`\xFC`)
//!   and quotes by its own rules, so values are rendered here and inserted as
//!   nodes parsed from that text.
//! - Removing a detached entry (`MappingEntry::remove`) breaks the
//!   indentation of the next entry of a nested block mapping; entries are
//!   removed through `Mapping::remove`, and before any other change.
//! - Removing the last entry of a flow mapping drops the space before `}`;
//!   it is put back after the edit.

use std::str::FromStr;

use serde_yaml::Value;
use yaml_edit::{Document, Mapping, YamlNode};

/// Lines longer than this are not written in flow style by [`new_document`]
/// (and when a value changes from a scalar to a sequence).
const FLOW_WIDTH: usize = 110;

/// Makes the YAML document `text` equal in value to `target` with the fewest
/// textual changes.
///
/// Keys whose values are already equal are not touched (byte-identical),
/// nested mappings are synced recursively, changed scalars are replaced in
/// place (keeping the line, the key and a trailing comment), sequences are
/// synced item by item when their length stays and replaced as a whole
/// otherwise (keeping flow or block style), keys not in `target` are removed
/// (comment lines above them stay), and new keys are appended at the end of
/// their mapping in `target`'s order. See the module documentation for the
/// quoting rules and the meaning of "equal".
///
/// Empty text (or text holding only comments) gives a new document. Errors —
/// a document that does not parse, a root that is not a mapping — are a
/// plain-language message.
pub fn sync(text: &str, target: &Value) -> Result<String, String> {
    let Value::Mapping(wanted) = target else {
        return Err("The new content must be a list of fields (name: value).".to_string());
    };
    let (body, crlf) = to_lf(text);
    let current: Value = serde_yaml::from_str(&body).map_err(|e| read_error(&e))?;
    let current = match current {
        Value::Mapping(m) => m,
        // Empty, or only comments: keep those comments and add the fields.
        Value::Null => {
            let mut out = body.clone();
            if !out.is_empty() && !out.ends_with('\n') {
                out.push('\n');
            }
            out.push_str(&new_document(target));
            return Ok(restore_line_ends(out, crlf));
        }
        other => {
            return Err(format!(
                "The file does not hold a list of fields (name: value) but {}.",
                describe(&other)
            ))
        }
    };
    if mappings_equal(&current, wanted) {
        return Ok(text.to_string());
    }
    let doc = Document::from_str(&body).map_err(|e| format!("The file could not be read: {e}"))?;
    let root = doc
        .as_mapping()
        .ok_or_else(|| "The file does not hold a list of fields (name: value).".to_string())?;
    let mut spaced = Vec::new();
    sync_mapping(&root, &current, wanted, &mut spaced)?;
    let out = restore_brace_spaces(doc.to_string(), &spaced);
    check_reads_back(&out, target)?;
    Ok(restore_line_ends(out, crlf))
}

/// The same as [`sync`] for a Markdown text with `---` front matter.
///
/// Syncs the front matter to `front` (a mapping) and, if `body` is `Some`,
/// replaces the text after the front matter with it (ending in exactly one
/// line break). A text without front matter gets one, with the whole text as
/// its body. The file's line ending style is kept: CRLF files stay CRLF.
pub fn sync_text(md: &str, front: &Value, body: Option<&str>) -> Result<String, String> {
    let crlf = prefers_crlf(md);
    let (text, _) = to_lf(md);
    let (front_text, old_body) = match split_front_matter(&text) {
        Some((front_text, old_body)) => (front_text.to_string(), old_body.to_string()),
        None => (String::new(), text.clone()),
    };
    let mut new_front = sync(&front_text, front)?;
    if !new_front.is_empty() && !new_front.ends_with('\n') {
        new_front.push('\n');
    }
    let new_body = match body {
        Some(b) => {
            let b = b.replace("\r\n", "\n");
            let trimmed = b.trim_end_matches('\n');
            if trimmed.is_empty() {
                String::new()
            } else {
                format!("{trimmed}\n")
            }
        }
        None => old_body,
    };
    let out = format!("---\n{new_front}---\n{new_body}");
    Ok(if crlf { out.replace('\n', "\r\n") } else { out })
}

/// A new, tidy YAML document for a new file (`offering.yaml`,
/// `district.yaml`, …).
///
/// Mappings are written in block style; short sequences of scalars and of
/// schedule items (mappings of scalars such as
/// `{ day: tue, start: "09:00", end: "11:00" }`) in flow style, longer ones as
/// block sequences; strings are quoted only where needed, times always
/// double-quoted. A target that is not a mapping is written as a single value.
pub fn new_document(target: &Value) -> String {
    let mut out = String::new();
    match target {
        Value::Mapping(m) if !m.is_empty() => {
            for (k, v) in m {
                write_entry(&mut out, k, v, 0, Style::Tidy);
            }
        }
        other => {
            out.push_str(&flow(other));
            out.push('\n');
        }
    }
    out
}

/// The 1-based line range `(first, last)` that the value at `path` occupies
/// in `text`, for marking a field's error in a raw text view.
///
/// Path segments are keys, sequence indexes are numbers written as strings
/// (`["schedule", "weekly", "0", "start"]`). An empty value (`key:`) gives the
/// key's line; trailing blank and comment lines are not counted. `None` if the
/// path is absent or the text does not parse.
pub fn value_lines(text: &str, path: &[&str]) -> Option<(usize, usize)> {
    let doc = Document::from_str(text).ok()?;
    let (mut node, mut entry_start) = (None::<YamlNode>, None::<usize>);
    let mut mapping = doc.as_mapping();
    let mut sequence = None;
    for seg in path {
        if let Some(m) = mapping.take() {
            let entry = m.entries().find(|e| {
                e.key_node()
                    .is_some_and(|k| key_value(&k).is_some_and(|kv| key_is(&kv, seg)))
            })?;
            entry_start = Some(entry.byte_range().start as usize);
            node = entry.value_node();
        } else if let Some(s) = sequence.take() {
            let s: yaml_edit::Sequence = s;
            node = s.get(seg.parse().ok()?);
            entry_start = node.as_ref().map(|n| n.byte_range().start as usize);
        } else {
            return None;
        }
        match &node {
            Some(YamlNode::Mapping(m)) => mapping = Some(m.clone()),
            Some(YamlNode::Sequence(s)) => sequence = Some(s.clone()),
            _ => {}
        }
    }
    let (start, end) = match &node {
        Some(n) => {
            let r = n.byte_range();
            (r.start as usize, r.end as usize)
        }
        None => (entry_start?, entry_start?),
    };
    let span = text.get(start..end)?;
    // Drop trailing blank lines and comment lines the node may hold.
    let mut kept = span.len();
    for line in span.split_inclusive('\n').rev() {
        let t = line.trim();
        if t.is_empty() || t.starts_with('#') {
            kept -= line.len();
        } else {
            break;
        }
    }
    let (start, end) = if kept == 0 {
        let at = entry_start.unwrap_or(start);
        (at, at)
    } else {
        (start, start + span[..kept].trim_end().len())
    };
    let line_of = |offset: usize| text[..offset].matches('\n').count() + 1;
    Some((line_of(start), line_of(end.max(start))))
}

// ---------------------------------------------------------------------------
// Syncing the tree
// ---------------------------------------------------------------------------

/// How a value that is written anew is laid out.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Style {
    /// Inside `{ … }` or `[ … ]`, or replacing a flow collection: one line.
    Flow,
    /// Replacing a block collection: block style for the collection itself.
    Block,
    /// A new value: as [`new_document`] writes it.
    Tidy,
}

/// Syncs the mapping node `node`, whose current value is `current`, to
/// `wanted`. Flow mappings written `{ … }` that lose entries are added to
/// `spaced` (see [`restore_brace_spaces`]).
fn sync_mapping(
    node: &Mapping,
    current: &serde_yaml::Mapping,
    wanted: &serde_yaml::Mapping,
    spaced: &mut Vec<Mapping>,
) -> Result<(), String> {
    let in_flow = node.is_flow_style();
    let key_of = |entry: &yaml_edit::MappingEntry| {
        entry
            .key_node()
            .and_then(|k| Some((key_value(&k)?, k)))
            .ok_or_else(|| "The file has a field whose name could not be read.".to_string())
    };
    // Removals first, through the mapping, which keeps the indentation of
    // the neighbouring entries right (removing a detached entry does not).
    let entries: Vec<_> = node.entries().collect();
    for entry in &entries {
        let (key, key_node) = key_of(entry)?;
        if !wanted.contains_key(&key) {
            if in_flow
                && node
                    .to_string()
                    .trim_end_matches('}')
                    .ends_with([' ', '\t'])
            {
                spaced.push(node.clone());
            }
            node.remove(key_node);
        }
    }
    let mut seen = Vec::new();
    let entries: Vec<_> = node.entries().collect();
    for entry in entries {
        let (key, _) = key_of(&entry)?;
        let Some(want) = wanted.get(&key) else {
            continue;
        };
        let have = current.get(&key).unwrap_or(&Value::Null);
        seen.push(key);
        if values_equal(have, want) {
            continue;
        }
        sync_value(entry.value_node(), have, want, in_flow, spaced, &|text| {
            entry.set_value(text, in_flow)
        })?;
    }
    for (key, want) in wanted {
        if seen.contains(key) {
            continue;
        }
        let key_node = parse_key_node(key)?;
        let value_node = parse_value_node(want, if in_flow { Style::Flow } else { Style::Tidy })?;
        node.set(key_node, value_node);
    }
    Ok(())
}

/// Syncs the value `node` (current value `have`) to `want`; `put` replaces it
/// as a whole. `in_flow` says the value sits inside a flow collection.
fn sync_value(
    node: Option<YamlNode>,
    have: &Value,
    want: &Value,
    in_flow: bool,
    spaced: &mut Vec<Mapping>,
    put: &dyn Fn(YamlNode),
) -> Result<(), String> {
    match (&node, have, want) {
        (Some(YamlNode::Mapping(m)), Value::Mapping(h), Value::Mapping(w)) if !w.is_empty() => {
            return sync_mapping(m, h, w, spaced);
        }
        (Some(YamlNode::Sequence(s)), Value::Sequence(h), Value::Sequence(w))
            if h.len() == w.len() && s.len() == h.len() =>
        {
            let seq_flow = s.is_flow_style();
            for (i, (h, w)) in h.iter().zip(w).enumerate() {
                if values_equal(h, w) {
                    continue;
                }
                sync_value(s.get(i), h, w, seq_flow, spaced, &|n| {
                    s.set(i, n);
                })?;
            }
            return Ok(());
        }
        _ => {}
    }
    let style = match &node {
        _ if in_flow => Style::Flow,
        Some(YamlNode::Mapping(m)) if m.is_flow_style() => Style::Flow,
        Some(YamlNode::Sequence(s)) if s.is_flow_style() => Style::Flow,
        Some(YamlNode::Mapping(_)) | Some(YamlNode::Sequence(_)) => Style::Block,
        _ => Style::Tidy,
    };
    // A multi-line text cannot be a block scalar in a flow value, but a flow
    // collection replaced in block context may become a block collection.
    let style = if style == Style::Flow && !in_flow && has_multiline(want) {
        Style::Tidy
    } else {
        style
    };
    put(parse_value_node(want, style)?);
    Ok(())
}

/// Puts back the space before the closing brace of the flow mappings in
/// `spaced`, which `yaml_edit` drops when it removes their last entry
/// (`{ name: A, phone: B }` would become `{ name: A}`). `out` is the text of
/// the tree the mappings belong to.
fn restore_brace_spaces(mut out: String, spaced: &[Mapping]) -> String {
    let mut ends: Vec<usize> = spaced.iter().map(|m| m.byte_range().end as usize).collect();
    ends.sort_unstable();
    ends.dedup();
    for end in ends.into_iter().rev() {
        let Some(before) = out.get(..end) else {
            continue;
        };
        if let Some(inner) = before.strip_suffix('}') {
            if !inner.ends_with([' ', '\t', '{']) {
                out.insert(end - 1, ' ');
            }
        }
    }
    out
}

/// The key of a mapping entry as a value (`"a: b"` and `a: b`'s key alike).
fn key_value(key: &YamlNode) -> Option<Value> {
    serde_yaml::from_str(&key.to_string()).ok()
}

/// Whether the key `key` is the path segment `seg`.
fn key_is(key: &Value, seg: &str) -> bool {
    match key {
        Value::String(s) => s == seg,
        other => scalar_text(other).is_some_and(|t| t == seg),
    }
}

/// Parses `key: value` written by this module and returns the value's node.
fn parse_value_node(value: &Value, style: Style) -> Result<YamlNode, String> {
    let mut snippet = String::new();
    write_entry(&mut snippet, &Value::String("v".into()), value, 0, style);
    snippet_node(&snippet, false)
}

/// The node of a key as this module writes it.
fn parse_key_node(key: &Value) -> Result<YamlNode, String> {
    let snippet = format!("{}: x\n", render_key(key));
    snippet_node(&snippet, true)
}

/// The first entry's value (or key) node of `snippet`.
fn snippet_node(snippet: &str, key: bool) -> Result<YamlNode, String> {
    let failed = || format!("Internal error: could not write the value {snippet:?}.");
    let doc = Document::from_str(snippet).map_err(|_| failed())?;
    let entry = doc
        .as_mapping()
        .and_then(|m| m.entries().next())
        .ok_or_else(failed)?;
    let node = if key {
        entry.key_node()
    } else {
        entry.value_node()
    };
    node.ok_or_else(failed)
}

/// Reads `out` back and checks it means `target`.
fn check_reads_back(out: &str, target: &Value) -> Result<(), String> {
    let back: Value = serde_yaml::from_str(out).map_err(|e| {
        format!(
            "Internal error: the edited file would not be valid YAML ({e}); nothing was changed."
        )
    })?;
    if values_equal(&back, target) {
        Ok(())
    } else {
        Err(
            "Internal error: the edited file would not hold the new values; nothing was changed."
                .to_string(),
        )
    }
}

// ---------------------------------------------------------------------------
// Equality
// ---------------------------------------------------------------------------

/// Equality of values by meaning: mappings regardless of order, and a string
/// equal to a non-string scalar whose plain text it is (`"1"` and `1`).
fn values_equal(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Mapping(a), Value::Mapping(b)) => mappings_equal(a, b),
        (Value::Sequence(a), Value::Sequence(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(a, b)| values_equal(a, b))
        }
        (Value::String(s), other) | (other, Value::String(s))
            if matches!(other, Value::Number(_) | Value::Bool(_) | Value::Null) =>
        {
            !s.is_empty()
                && !s.contains('\n')
                && serde_yaml::from_str::<Value>(s).is_ok_and(|v| &v == other)
        }
        (Value::Tagged(a), Value::Tagged(b)) => a.tag == b.tag && values_equal(&a.value, &b.value),
        _ => a == b,
    }
}

/// [`values_equal`] for mappings.
fn mappings_equal(a: &serde_yaml::Mapping, b: &serde_yaml::Mapping) -> bool {
    a.len() == b.len()
        && a.iter()
            .all(|(k, v)| b.get(k).is_some_and(|w| values_equal(v, w)))
}

// ---------------------------------------------------------------------------
// Writing values
// ---------------------------------------------------------------------------

/// Writes `key: value` at `indent` in block context, ending with a newline.
fn write_entry(out: &mut String, key: &Value, value: &Value, indent: usize, style: Style) {
    let start = out.len();
    out.push_str(&" ".repeat(indent));
    out.push_str(&render_key(key));
    out.push(':');
    let column = out.len() - start;
    write_block_value(out, value, indent, column, style);
}

/// Writes the value of an entry whose key sits at `indent`, after the `:` at
/// `column`, ending with a newline.
fn write_block_value(out: &mut String, value: &Value, indent: usize, column: usize, style: Style) {
    let child = indent + 2;
    match value {
        Value::Mapping(m) if !m.is_empty() && style != Style::Flow => {
            out.push('\n');
            for (k, v) in m {
                write_entry(out, k, v, child, Style::Tidy);
            }
        }
        Value::Sequence(s)
            if !s.is_empty()
                && (style == Style::Block
                    || (style == Style::Tidy && !fits_flow(value, column + 1))) =>
        {
            out.push('\n');
            for item in s {
                write_item(out, item, child);
            }
        }
        Value::String(s) if s.contains('\n') && literal_ok(s) && style != Style::Flow => {
            write_literal(out, s, child);
        }
        other => {
            out.push(' ');
            out.push_str(&flow(other));
            out.push('\n');
        }
    }
}

/// Writes a block sequence item whose `-` sits at `indent`.
fn write_item(out: &mut String, item: &Value, indent: usize) {
    let pad = " ".repeat(indent);
    match item {
        Value::Mapping(m) if !m.is_empty() && !fits_flow(item, indent + 2) => {
            // `- first: …` with the other keys under `first`.
            let mut inner = String::new();
            for (k, v) in m {
                write_entry(&mut inner, k, v, indent + 2, Style::Tidy);
            }
            out.push_str(&pad);
            out.push_str("- ");
            out.push_str(&inner[indent + 2..]);
        }
        Value::String(s) if s.contains('\n') && literal_ok(s) => {
            out.push_str(&pad);
            out.push('-');
            write_literal(out, s, indent + 2);
        }
        other => {
            out.push_str(&pad);
            out.push_str("- ");
            out.push_str(&flow(other));
            out.push('\n');
        }
    }
}

/// Whether `value` is a collection of simple scalars (or of mappings of
/// them, like schedule items) whose flow form fits on a line after `column`.
fn fits_flow(value: &Value, column: usize) -> bool {
    let simple = |v: &Value| match v {
        Value::String(s) => !s.contains('\n'),
        Value::Null | Value::Bool(_) | Value::Number(_) => true,
        _ => false,
    };
    let flat = |v: &Value| match v {
        Value::Mapping(m) => m.iter().all(|(k, v)| simple(k) && simple(v)),
        v => simple(v),
    };
    let shape_ok = match value {
        Value::Sequence(s) => s.iter().all(flat),
        Value::Mapping(m) => m.iter().all(|(k, v)| simple(k) && simple(v)),
        v => simple(v),
    };
    shape_ok && column + 1 + flow(value).chars().count() <= FLOW_WIDTH
}

/// Writes ` |-` (or `|`, `|+`) and the lines of `s` at `indent`.
fn write_literal(out: &mut String, s: &str, indent: usize) {
    let content = s.trim_end_matches('\n');
    let trailing = s.len() - content.len();
    out.push_str(match trailing {
        0 => " |-\n",
        1 => " |\n",
        _ => " |+\n",
    });
    let pad = " ".repeat(indent);
    for line in content.split('\n') {
        if !line.is_empty() {
            out.push_str(&pad);
            out.push_str(line);
        }
        out.push('\n');
    }
    for _ in 1..trailing {
        out.push('\n');
    }
}

/// Whether `s` (which has a line break) can be a literal block scalar and
/// read back the same: printable, no carriage return, no tabs or spaces at
/// the start of its first line (that would need an indentation indicator),
/// not only line breaks.
fn literal_ok(s: &str) -> bool {
    let content = s.trim_end_matches('\n');
    let first = content.split('\n').find(|l| !l.is_empty()).unwrap_or("");
    !content.is_empty()
        && !content.starts_with('\n')
        && !first.starts_with([' ', '\t'])
        && !s.contains('\r')
        && s.chars().all(|c| c == '\n' || c == '\t' || printable(c))
}

/// Whether `value` holds a string with a line break somewhere.
fn has_multiline(value: &Value) -> bool {
    match value {
        Value::String(s) => s.contains('\n'),
        Value::Sequence(s) => s.iter().any(has_multiline),
        Value::Mapping(m) => m.iter().any(|(k, v)| has_multiline(k) || has_multiline(v)),
        Value::Tagged(t) => has_multiline(&t.value),
        _ => false,
    }
}

/// The flow form of `value`, on one line.
fn flow(value: &Value) -> String {
    match value {
        Value::String(s) => quote_string(s, true),
        Value::Sequence(s) if s.is_empty() => "[]".to_string(),
        Value::Sequence(s) => {
            let items: Vec<String> = s.iter().map(flow).collect();
            if s.iter()
                .any(|v| matches!(v, Value::Mapping(_) | Value::Sequence(_)))
            {
                format!("[ {} ]", items.join(", "))
            } else {
                format!("[{}]", items.join(", "))
            }
        }
        Value::Mapping(m) if m.is_empty() => "{}".to_string(),
        Value::Mapping(m) => {
            let items: Vec<String> = m
                .iter()
                .map(|(k, v)| format!("{}: {}", flow_key(k), flow(v)))
                .collect();
            format!("{{ {} }}", items.join(", "))
        }
        Value::Tagged(t) => format!("{} {}", t.tag, flow(&t.value)),
        other => scalar_text(other).unwrap_or_else(|| "null".to_string()),
    }
}

/// A key in block context.
fn render_key(key: &Value) -> String {
    match key {
        Value::String(s) => quote_string(s, false),
        other => flow(other),
    }
}

/// A key in flow context.
fn flow_key(key: &Value) -> String {
    match key {
        Value::String(s) => quote_string(s, true),
        other => flow(other),
    }
}

/// The plain text of a non-string scalar.
fn scalar_text(value: &Value) -> Option<String> {
    match value {
        Value::Null => Some("null".to_string()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Number(n) => Some(match n.as_f64() {
            Some(f) if n.is_f64() && f.is_nan() => ".nan".to_string(),
            Some(f) if n.is_f64() && f.is_infinite() => {
                if f > 0.0 { ".inf" } else { "-.inf" }.to_string()
            }
            _ => n.to_string(),
        }),
        _ => None,
    }
}

/// A one-line scalar for the string `s`: plain where that reads back as the
/// same string, otherwise quoted (see the module documentation).
fn quote_string(s: &str, in_flow: bool) -> String {
    if !s.chars().all(printable) {
        return double_quoted(s);
    }
    if is_time(s) {
        return format!("\"{s}\"");
    }
    if !needs_quotes(s, in_flow) {
        return s.to_string();
    }
    if s.is_ascii() && !s.contains(['"', '\\']) {
        format!("\"{s}\"")
    } else {
        format!("'{}'", s.replace('\'', "''"))
    }
}

/// Whether the plain scalar `s` would not read back as the string `s`, or
/// could be mistaken for another type by a reader (YAML 1.1 booleans, phone
/// numbers).
fn needs_quotes(s: &str, in_flow: bool) -> bool {
    const YAML11: &[&str] = &[
        "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE", "false",
        "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL", "~",
    ];
    let Some(first) = s.chars().next() else {
        return true;
    };
    let second = s.chars().nth(1);
    if s.starts_with([' ', '\t'])
        || s.ends_with([' ', '\t'])
        || "?:,[]{}#&*!|>'\"%@`".contains(first)
        || (first == '-' && matches!(second, None | Some(' ') | Some('-')))
        || s.starts_with("...")
        || s.contains(": ")
        || s.contains(" #")
        || s.contains(['\t', '\n', '\r'])
        || s.ends_with(':')
        || YAML11.contains(&s)
        || looks_numeric(s)
        || (in_flow && s.contains([',', '[', ']', '{', '}']))
    {
        return true;
    }
    // Whatever is left: a plain scalar must read back as this very string.
    let snippet = if in_flow {
        format!("{{ k: {s} }}")
    } else {
        format!("k: {s}")
    };
    let mut expected = serde_yaml::Mapping::new();
    expected.insert("k".into(), Value::String(s.to_string()));
    serde_yaml::from_str::<Value>(&snippet).ok() != Some(Value::Mapping(expected))
}

/// Digits with phone or number punctuation only (`+49 6151 000000`,
/// `0176123`, `1_000`, `12:30:00`), but not a date (`2026-09-01`).
fn looks_numeric(s: &str) -> bool {
    let is_date = s.len() == 10
        && s.char_indices().all(|(i, c)| {
            if i == 4 || i == 7 {
                c == '-'
            } else {
                c.is_ascii_digit()
            }
        });
    !is_date
        && s.chars().any(|c| c.is_ascii_digit())
        && s.chars()
            .all(|c| c.is_ascii_digit() || "+-. ()/:_eE".contains(c))
}

/// `HH:MM` or `H:MM`.
fn is_time(s: &str) -> bool {
    let Some((h, m)) = s.split_once(':') else {
        return false;
    };
    (1..=2).contains(&h.len())
        && m.len() == 2
        && h.chars().chain(m.chars()).all(|c| c.is_ascii_digit())
}

/// Whether `c` may appear unescaped in a quoted or plain scalar. Line
/// separators and the byte order mark are escaped too, so that no editor
/// shows a line break where YAML sees none.
fn printable(c: char) -> bool {
    matches!(c, ' '..='~' | '\u{A0}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
        && !matches!(c, '\u{2028}' | '\u{2029}' | '\u{FEFF}')
}

/// A double-quoted scalar, escaping only what has to be (letters of any
/// script stay as they are).
fn double_quoted(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if printable(c) => out.push(c),
            c if (c as u32) < 0x100 => out.push_str(&format!("\\x{:02X}", c as u32)),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push_str(&format!("\\U{:08X}", c as u32)),
        }
    }
    out.push('"');
    out
}

// ---------------------------------------------------------------------------
// Text helpers
// ---------------------------------------------------------------------------

/// Whether most line breaks in `text` are CRLF.
fn prefers_crlf(text: &str) -> bool {
    let crlf = text.matches("\r\n").count();
    crlf > 0 && crlf * 2 >= text.matches('\n').count()
}

/// `text` with LF line ends, and whether it should get CRLF back.
fn to_lf(text: &str) -> (String, bool) {
    (text.replace("\r\n", "\n"), prefers_crlf(text))
}

/// Turns LF back into CRLF if `crlf`.
fn restore_line_ends(text: String, crlf: bool) -> String {
    if crlf {
        text.replace('\n', "\r\n")
    } else {
        text
    }
}

/// Splits a Markdown text (LF line ends) into its front matter (without the
/// `---` lines) and its body, if it starts with front matter.
fn split_front_matter(text: &str) -> Option<(&str, &str)> {
    let rest = text
        .strip_prefix('\u{FEFF}')
        .unwrap_or(text)
        .strip_prefix("---")?;
    let rest = rest.trim_start_matches([' ', '\t']).strip_prefix('\n')?;
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "---" {
            return Some((&rest[..offset], &rest[offset + line.len()..]));
        }
        offset += line.len();
    }
    None
}

/// A plain-language message for a YAML syntax error.
fn read_error(e: &serde_yaml::Error) -> String {
    match e.location() {
        Some(l) => format!(
            "The file is not valid YAML (line {}, column {}): {e}",
            l.line(),
            l.column()
        ),
        None => format!("The file is not valid YAML: {e}"),
    }
}

/// What kind of value `v` is, for messages.
fn describe(v: &Value) -> &'static str {
    match v {
        Value::Sequence(_) => "a list",
        Value::Mapping(_) => "a list of fields",
        Value::Tagged(_) => "a tagged value",
        _ => "a single value",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn yaml(s: &str) -> Value {
        serde_yaml::from_str(s).unwrap()
    }

    /// Lines of `a` and `b` that differ, for inputs of equal line count.
    fn changed_lines(a: &str, b: &str) -> Vec<(String, String)> {
        assert_eq!(a.lines().count(), b.lines().count(), "\n{a}\n---\n{b}");
        a.lines()
            .zip(b.lines())
            .filter(|(x, y)| x != y)
            .map(|(x, y)| (x.to_string(), y.to_string()))
            .collect()
    }

    /// Sets `path` in `v` to `new`.
    fn set(v: &mut Value, path: &[&str], new: Value) {
        let mut cur = v;
        for seg in path {
            cur = match cur {
                Value::Sequence(s) => &mut s[seg.parse::<usize>().unwrap()],
                Value::Mapping(m) => m.get_mut(*seg).unwrap(),
                _ => panic!("bad path"),
            };
        }
        *cur = new;
    }

    fn synced(text: &str, target: &Value) -> String {
        let out = sync(text, target).unwrap();
        assert!(values_equal(&yaml(&out), target), "{out}");
        out
    }

    const OFFERING: &str = "\
# Mama lernt Deutsch — Angebot des Interkulturellen Büros
kind: language-course                  # required
place: stadtteilhaus-kranichstein

organisation: interkulturelles-buero   # optional
audience: [women, parents]
spoken_languages:
  - de
  - tr   # Türkisch
  - ar
childcare: true
cost: free
contact: { name: Ayşe Yılmaz, phone: \"+49 6151 000000\" }
# when
schedule:
  weekly: [ { day: tue, start: \"09:00\", end: \"11:00\" }, { day: thu, start: \"09:00\", end: \"11:00\" } ]
  interval: 1
  from: 2026-09-01
  until: 2027-06-30
  except: [2026-10-13]   # Ferien
";

    const DISTRICT: &str = "\
# Kranichstein
name: { de: Kranichstein, ar: كرانيشتاين }

contact:                               # the district office
  name: Stadtteilbüro Kranichstein
  place: stadtteilbuero-kranichstein
  phone: \"+49 6151 000000\"
  email: buero@example.org
";

    #[test]
    fn no_op_is_byte_identical() {
        for text in [OFFERING, DISTRICT, &OFFERING.replace('\n', "\r\n")] {
            assert_eq!(sync(text, &yaml(text)).unwrap(), text);
        }
    }

    #[test]
    fn equal_in_meaning_is_not_touched() {
        let text = "start: 14:00\ninterval: 1\nflag: true\n";
        let target = yaml("start: \"14:00\"\ninterval: \"1\"\nflag: \"true\"\n");
        assert_eq!(sync(text, &target).unwrap(), text);
    }

    #[test]
    fn set_one_scalar_changes_one_line() {
        let mut target = yaml(OFFERING);
        set(&mut target, &["place"], "bürgerhaus".into());
        let out = synced(OFFERING, &target);
        assert_eq!(
            changed_lines(OFFERING, &out),
            [(
                "place: stadtteilhaus-kranichstein".into(),
                "place: bürgerhaus".into()
            )]
        );
        // The trailing comment stays with its key.
        set(&mut target, &["kind"], "parent-circle".into());
        let out = synced(OFFERING, &target);
        assert!(
            out.contains("kind: parent-circle                  # required\n"),
            "{out}"
        );
    }

    #[test]
    fn set_inside_flow_mapping_and_flow_sequence() {
        let mut target = yaml(OFFERING);
        set(&mut target, &["contact", "phone"], "+49 170 1234567".into());
        let out = synced(OFFERING, &target);
        assert_eq!(
            changed_lines(OFFERING, &out),
            [(
                "contact: { name: Ayşe Yılmaz, phone: \"+49 6151 000000\" }".into(),
                "contact: { name: Ayşe Yılmaz, phone: \"+49 170 1234567\" }".into()
            )]
        );
        let mut target = yaml(OFFERING);
        set(
            &mut target,
            &["schedule", "weekly", "1", "start"],
            "09:30".into(),
        );
        let out = synced(OFFERING, &target);
        let changed = changed_lines(OFFERING, &out);
        assert_eq!(changed.len(), 1);
        assert!(
            changed[0]
                .1
                .ends_with("{ day: thu, start: \"09:30\", end: \"11:00\" } ]"),
            "{out}"
        );
        let mut target = yaml(DISTRICT);
        set(&mut target, &["name", "ar"], "حي كرانيشتاين".into());
        let out = synced(DISTRICT, &target);
        assert_eq!(
            changed_lines(DISTRICT, &out),
            [(
                "name: { de: Kranichstein, ar: كرانيشتاين }".into(),
                "name: { de: Kranichstein, ar: حي كرانيشتاين }".into()
            )]
        );
    }

    #[test]
    fn add_and_remove_keys() {
        let mut target = yaml(DISTRICT);
        let Value::Mapping(contact) = target.get_mut("contact").unwrap() else {
            panic!()
        };
        contact.insert("website".into(), "https://example.org/kranichstein".into());
        contact.remove("place");
        let Value::Mapping(root) = &mut target else {
            panic!()
        };
        root.insert("flyer".into(), Value::Bool(true));
        let out = synced(DISTRICT, &target);
        assert_eq!(
            out,
            "\
# Kranichstein
name: { de: Kranichstein, ar: كرانيشتاين }

contact:                               # the district office
  name: Stadtteilbüro Kranichstein
  phone: \"+49 6151 000000\"
  email: buero@example.org
  website: https://example.org/kranichstein
flyer: true
"
        );
        // Into and out of a flow mapping.
        let mut target = yaml(OFFERING);
        let Value::Mapping(c) = target.get_mut("contact").unwrap() else {
            panic!()
        };
        c.remove("phone");
        c.insert("email".into(), "ayse@example.org".into());
        let out = synced(OFFERING, &target);
        let changed = changed_lines(OFFERING, &out);
        assert_eq!(changed.len(), 1);
        assert_eq!(
            changed[0].1,
            "contact: { name: Ayşe Yılmaz, email: ayse@example.org }"
        );
        // Removing the last entry of flow mappings keeps their look.
        let mut target = yaml(OFFERING);
        let Value::Mapping(c) = target.get_mut("contact").unwrap() else {
            panic!()
        };
        c.remove("phone");
        let Value::Mapping(item) = &mut target["schedule"]["weekly"][0] else {
            panic!()
        };
        item.remove("end");
        let out = synced(OFFERING, &target);
        let changed = changed_lines(OFFERING, &out);
        assert_eq!(changed[0].1, "contact: { name: Ayşe Yılmaz }");
        assert_eq!(
            changed[1].1,
            "  weekly: [ { day: tue, start: \"09:00\" }, { day: thu, start: \"09:00\", end: \"11:00\" } ]"
        );
        // Removing a key with a trailing comment removes its line only.
        let mut target = yaml(OFFERING);
        let Value::Mapping(root) = &mut target else {
            panic!()
        };
        root.remove("organisation");
        let out = synced(OFFERING, &target);
        assert_eq!(
            out,
            OFFERING.replace("organisation: interkulturelles-buero   # optional\n", "")
        );
    }

    #[test]
    fn replace_schedule_form() {
        let mut target = yaml(OFFERING);
        set(
            &mut target,
            &["schedule"],
            yaml("{ date: 2026-06-13, start: \"14:00\", end: \"19:00\" }"),
        );
        let out = synced(OFFERING, &target);
        assert!(out.starts_with(&OFFERING[..OFFERING.find("schedule:").unwrap()]));
        assert!(
            out.ends_with("schedule:\n  date: 2026-06-13\n  start: \"14:00\"\n  end: \"19:00\"\n"),
            "{out}"
        );
    }

    #[test]
    fn change_lists() {
        // A flow list stays a flow list.
        let mut target = yaml(OFFERING);
        set(
            &mut target,
            &["audience"],
            yaml("[women, parents, seniors]"),
        );
        set(
            &mut target,
            &["schedule", "except"],
            yaml("[2026-10-13, 2026-12-22]"),
        );
        let out = synced(OFFERING, &target);
        let changed = changed_lines(OFFERING, &out);
        assert_eq!(
            changed,
            [
                (
                    "audience: [women, parents]".into(),
                    "audience: [women, parents, seniors]".into()
                ),
                (
                    "  except: [2026-10-13]   # Ferien".into(),
                    "  except: [2026-10-13, 2026-12-22]   # Ferien".into()
                )
            ]
        );
        // A block list stays a block list; same length: item by item.
        let mut target = yaml(OFFERING);
        set(&mut target, &["spoken_languages", "2"], "fa".into());
        let out = synced(OFFERING, &target);
        assert_eq!(
            changed_lines(OFFERING, &out),
            [("  - ar".into(), "  - fa".into())]
        );
        let mut target = yaml(OFFERING);
        set(&mut target, &["spoken_languages"], yaml("[de, ar]"));
        let out = synced(OFFERING, &target);
        assert!(
            out.contains("spoken_languages:\n  - de\n  - ar\nchildcare"),
            "{out}"
        );
    }

    #[test]
    fn scalar_to_mapping_and_multiline() {
        let mut target = yaml(OFFERING);
        set(
            &mut target,
            &["cost"],
            yaml("{ amount: 25, currency: EUR }"),
        );
        let out = synced(OFFERING, &target);
        assert!(
            out.contains("\ncost:\n  amount: 25\n  currency: EUR\ncontact:"),
            "{out}"
        );
        let mut target = yaml(OFFERING);
        set(&mut target, &["contact", "name"], "Ayşe\nund Can".into());
        let out = synced(OFFERING, &target);
        assert!(
            out.contains("contact: { name: \"Ayşe\\nund Can\","),
            "{out}"
        );
        let mut target = yaml(OFFERING);
        set(
            &mut target,
            &["schedule", "from"],
            "erste Zeile\nzweite: Zeile".into(),
        );
        let out = synced(OFFERING, &target);
        assert!(
            out.contains("  from: |-\n    erste Zeile\n    zweite: Zeile\n  until"),
            "{out}"
        );
    }

    #[test]
    fn crlf_stays_crlf() {
        let text = OFFERING.replace('\n', "\r\n");
        let mut target = yaml(OFFERING);
        set(&mut target, &["cost"], "5 Euro".into());
        let Value::Mapping(root) = &mut target else {
            panic!()
        };
        root.insert("flyer".into(), Value::Bool(false));
        let out = synced(&text, &target);
        assert!(!out.replace("\r\n", "").contains('\n'), "{out:?}");
        assert!(out.contains("\r\ncost: 5 Euro\r\n"));
        assert!(out.ends_with("\r\nflyer: false\r\n"));
    }

    #[test]
    fn quoting_of_edited_values() {
        let text = "# top\nsummary: Kurs\nphone: x\n";
        let cases = [
            ("Deutsch: für Mütter", "summary: 'Deutsch: für Mütter'"),
            ("Deutsch: for mothers", "summary: \"Deutsch: for mothers\""),
            ("yes", "summary: \"yes\""),
            ("14:00", "summary: \"14:00\""),
            ("2026-09-01", "summary: 2026-09-01"),
            ("#1 Kurs", "summary: \"#1 Kurs\""),
            ("it's \"fine\"", "summary: it's \"fine\""),
            ("- a", "summary: \"- a\""),
            ("", "summary: \"\""),
            ("قهوة الأمهات", "summary: قهوة الأمهات"),
        ];
        for (value, line) in cases {
            let target = yaml(&format!("summary: {}\nphone: x\n", double_quoted(value)));
            let out = synced(text, &target);
            assert_eq!(
                changed_lines(text, &out),
                [("summary: Kurs".into(), line.into())]
            );
        }
        for (phone, line) in [
            ("+49 6151 000000", "phone: \"+49 6151 000000\""),
            ("0176123", "phone: \"0176123\""),
            ("+4961511", "phone: \"+4961511\""),
        ] {
            let mut target = yaml(text);
            set(&mut target, &["phone"], phone.into());
            let out = synced(text, &target);
            assert_eq!(
                changed_lines(text, &out),
                [("phone: x".into(), line.into())]
            );
        }
    }

    #[test]
    fn generated_strings_read_back() {
        let base = [
            "a: b",
            "a:b",
            "key:",
            ":x",
            "?x",
            "- x",
            "-x",
            "--- x",
            "...",
            "x # y",
            "x#y",
            "#x",
            "&a",
            "*a",
            "!a",
            "|a",
            ">a",
            "'a",
            "\"a",
            "%a",
            "@a",
            "`a",
            " lead",
            "trail ",
            "it's",
            "say \"hi\"",
            "back\\slash",
            "كرانيشتاين",
            "Mütter-Café",
            "😀 Kaffee",
            "123",
            "0176123",
            "+49 6151 000000",
            "1e3",
            "0x1F",
            "0o7",
            ".5",
            "1_000",
            "12:30:00",
            "9:00",
            "yes",
            "No",
            "on",
            "OFF",
            "null",
            "~",
            "true",
            "False",
            "y",
            ".inf",
            "-.inf",
            ".nan",
            "[a]",
            "{a}",
            "a, b",
            "a]",
            "tab\there",
            "line\nbreak",
            "two\n\nparas\n",
            "ends\n\n",
            "\nstarts",
            "  indented\nnext",
            "\u{85}nel",
            "bom\u{feff}",
            "a\u{2028}b",
            "ctrl\u{7}",
            "\r\nwin",
            "x: y: z",
            "https://a.org/x?y=1#z",
        ];
        let text = "# keep\ntitle: Alt   # note\nlist: [a, b]\nmap: { k: v }\nblock:\n  k: v\n";
        for s in base {
            for path in [
                &["title"][..],
                &["list", "1"][..],
                &["map", "k"][..],
                &["block", "k"][..],
            ] {
                let mut target = yaml(text);
                set(&mut target, path, s.into());
                let out = synced(text, &target);
                assert_eq!(yaml(&out), target, "{s:?} at {path:?}:\n{out}");
                assert!(out.starts_with("# keep\n"), "{out}");
                if !s.contains('\n') || path != ["title"] && path != ["block", "k"] {
                    assert_eq!(changed_lines(text, &out).len(), 1, "{s:?}:\n{out}");
                }
            }
            // As a new key too.
            let mut target = yaml(text);
            let Value::Mapping(root) = &mut target else {
                panic!()
            };
            root.insert(s.into(), s.into());
            let out = synced(text, &target);
            assert_eq!(yaml(&out), target, "{s:?}:\n{out}");
            let doc = new_document(&target);
            assert_eq!(yaml(&doc), target, "{s:?}:\n{doc}");
        }
    }

    #[test]
    fn front_matter_sync() {
        let md = "---\ntitle: Mama lernt Deutsch\nsummary: Deutschkurs für Mütter.   # short\n---\nAlter Text.\n";
        let front = yaml("title: Mama lernt Deutsch\nsummary: 'Kurs: für Mütter'\n");
        let out = sync_text(md, &front, Some("Neuer **Text**.\n\n\n")).unwrap();
        assert_eq!(
            out,
            "---\ntitle: Mama lernt Deutsch\nsummary: 'Kurs: für Mütter'   # short\n---\nNeuer **Text**.\n"
        );
        // Body kept as it is when None; CRLF stays.
        let crlf = md.replace('\n', "\r\n");
        let out = sync_text(&crlf, &front, None).unwrap();
        assert_eq!(
            out,
            "---\r\ntitle: Mama lernt Deutsch\r\nsummary: 'Kurs: für Mütter'   # short\r\n---\r\nAlter Text.\r\n"
        );
        // Unchanged front matter and body: byte-identical.
        assert_eq!(
            sync_text(md, &yaml(&md[4..md.rfind("---").unwrap()]), None).unwrap(),
            md
        );
    }

    #[test]
    fn text_without_front_matter_gets_one() {
        let front = yaml("title: Über uns\nsummary: Wer wir sind\n");
        let out = sync_text("Wir sind ein Verein.\n", &front, None).unwrap();
        assert_eq!(
            out,
            "---\ntitle: Über uns\nsummary: Wer wir sind\n---\nWir sind ein Verein.\n"
        );
        let out = sync_text("", &front, Some("Text")).unwrap();
        assert_eq!(
            out,
            "---\ntitle: Über uns\nsummary: Wer wir sind\n---\nText\n"
        );
    }

    #[test]
    fn empty_and_bad_documents() {
        let target = yaml("name: Lindenhof\n");
        assert_eq!(sync("", &target).unwrap(), "name: Lindenhof\n");
        assert_eq!(
            sync("# places\n", &target).unwrap(),
            "# places\nname: Lindenhof\n"
        );
        assert!(sync("a: [b\n", &target).unwrap_err().contains("line"));
        assert!(sync("- a\n- b\n", &target).unwrap_err().contains("a list"));
        assert!(sync("a: 1\n", &yaml("[1]")).is_err());
    }

    #[test]
    fn new_document_is_tidy() {
        let target = yaml(
            "kind: language-course
place: stadtteilhaus-kranichstein
audience: [women, parents]
childcare: true
cost: { amount: 25, currency: EUR }
contact: { name: Ayşe, phone: '+49 6151 000000' }
schedule:
  weekly: [ { day: tue, start: '09:00', end: '11:00' }, { day: thu, start: '09:00', end: '11:00' } ]
  from: 2026-09-01
  except: [2026-10-13, 2026-12-22]
",
        );
        let doc = new_document(&target);
        assert_eq!(
            doc,
            "\
kind: language-course
place: stadtteilhaus-kranichstein
audience: [women, parents]
childcare: true
cost:
  amount: 25
  currency: EUR
contact:
  name: Ayşe
  phone: \"+49 6151 000000\"
schedule:
  weekly: [ { day: tue, start: \"09:00\", end: \"11:00\" }, { day: thu, start: \"09:00\", end: \"11:00\" } ]
  from: 2026-09-01
  except: [2026-10-13, 2026-12-22]
"
        );
        assert_eq!(yaml(&doc), target);
        // A long list becomes a block list of flow items.
        let long = yaml(
            "weekly: [ { day: mon, start: '09:00', end: '11:00' }, { day: tue, start: '09:00', end: '11:00' }, { day: wed, start: '09:00', end: '11:00' } ]",
        );
        let doc = new_document(&long);
        assert!(doc.starts_with("weekly:\n  - { day: mon, start: \"09:00\", end: \"11:00\" }\n"));
        assert_eq!(yaml(&doc), long);
        let nested = yaml("dates:\n  - date: 2026-03-02\n    notes: [a, { b: [c] }]\n");
        assert_eq!(yaml(&new_document(&nested)), nested);
    }

    #[test]
    fn value_lines_finds_values() {
        assert_eq!(value_lines(OFFERING, &["kind"]), Some((2, 2)));
        assert_eq!(value_lines(OFFERING, &["spoken_languages"]), Some((8, 10)));
        assert_eq!(
            value_lines(OFFERING, &["spoken_languages", "1"]),
            Some((9, 9))
        );
        assert_eq!(value_lines(OFFERING, &["schedule"]), Some((16, 20)));
        assert_eq!(
            value_lines(OFFERING, &["schedule", "weekly", "1", "start"]),
            Some((16, 16))
        );
        assert_eq!(value_lines(OFFERING, &["contact", "phone"]), Some((13, 13)));
        assert_eq!(value_lines(DISTRICT, &["contact"]), Some((5, 8)));
        assert_eq!(value_lines("a:\nb: 1\n", &["a"]), Some((1, 1)));
        assert_eq!(value_lines(OFFERING, &["nothing"]), None);
        assert_eq!(value_lines(OFFERING, &["schedule", "weekly", "7"]), None);
    }
}
