//! content/glossary.yaml: German words readers meet, explained in every
//! language. Optional; a list of terms:
//!
//! ```yaml
//! - term: Kita
//!   article: die
//!   plural: Kitas
//!   de: { explain: "…" }
//!   ar: { name: "روضة الأطفال", explain: "…", machine_translated: true }
//! ```

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use serde::Deserialize;

use crate::config::Config;
use crate::diag::{Diagnostic, Diagnostics};
use crate::model::{Glossary, Term, TermText, Texts};
use crate::yaml::{unknown_field, YamlFile};
use crate::yamlspan::Seg;

/// The file.
pub const FILE: &str = "content/glossary.yaml";

/// The fields of a term besides its languages.
const FIELDS: &[&str] = &["term", "article", "plural"];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTermText {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    explain: Option<String>,
    #[serde(default)]
    machine_translated: Option<bool>,
}

/// Reads the glossary, reporting every problem with its line.
pub(super) fn load_glossary(root: &Path, config: &Config, diags: &mut Diagnostics) -> Glossary {
    let rel = Path::new(FILE);
    let mut file = match YamlFile::read(root, rel) {
        Ok(f) => f,
        Err(d) => {
            diags.push(d);
            return Glossary::default();
        }
    };
    let Some(raw) = file.parse::<Option<Vec<serde_yaml::Mapping>>>(diags) else {
        return Glossary::default();
    };
    let codes: Vec<&str> = config.languages.iter().map(|l| l.code.as_str()).collect();
    let known: Vec<&str> = FIELDS
        .iter()
        .copied()
        .chain(codes.iter().copied())
        .collect();
    let n = config.languages.len();
    let default = config.default_language;
    let mut terms: Vec<Term> = Vec::new();
    // Every word a mark may name (lower-cased), with the line of its term.
    let mut words: HashMap<String, usize> = HashMap::new();
    for (i, entry) in raw.unwrap_or_default().into_iter().enumerate() {
        let line = file.value(&[Seg::Index(i)]).map_or(1, |p| p.0);
        let mut term: Option<String> = None;
        let mut article = None;
        let mut plural = None;
        let mut by_lang = vec![TermText::default(); n];
        // Languages whose entry could not be read (reported already).
        let mut broken = vec![false; n];
        for (k, v) in entry {
            let Some(key) = k.as_str().map(str::to_string) else {
                diags.push(
                    Diagnostic::error(rel, "a field name is not a word")
                        .at(Some((line, 1)))
                        .hint(format!(
                            "write `term:`, `article:`, `plural:` or a language code ({})",
                            codes.join(", ")
                        )),
                );
                continue;
            };
            let path = [Seg::Index(i), Seg::Key(&key)];
            let text = |v: &serde_yaml::Value, diags: &mut Diagnostics| -> Option<String> {
                match v.as_str().map(str::trim) {
                    Some(s) if !s.is_empty() => Some(s.to_string()),
                    _ => {
                        diags.push(
                            file.error_at(&path, format!("`{key}` is not a word"))
                                .hint(format!("write `{key}: …` with a word")),
                        );
                        None
                    }
                }
            };
            match key.as_str() {
                "term" => term = text(&v, diags),
                "plural" => plural = text(&v, diags),
                "article" => {
                    article = text(&v, diags);
                    if let Some(a) = &article {
                        if !["der", "die", "das"].contains(&a.as_str()) {
                            diags.push(
                                file.error_at(
                                    &path,
                                    format!("article `{a}` is not der, die or das"),
                                )
                                .hint(
                                    "write `article: der`, `die` or `das`, or leave the field out",
                                ),
                            );
                        }
                    }
                }
                code => match config.lang_index(code) {
                    Some(l) => match serde_yaml::from_value::<RawTermText>(v) {
                        Ok(t) => {
                            let clean = |s: Option<String>| {
                                s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
                            };
                            by_lang[l] = TermText {
                                name: clean(t.name),
                                explain: clean(t.explain),
                                machine_translated: t.machine_translated.unwrap_or(false),
                            };
                        }
                        Err(e) => {
                            broken[l] = true;
                            let msg = e.to_string();
                            let d = match msg
                                .split_once("unknown field `")
                                .and_then(|(_, r)| r.split_once('`'))
                            {
                                Some((field, _)) => unknown_field(
                                    rel,
                                    field,
                                    &["name", "explain", "machine_translated"],
                                )
                                .at(file
                                    .key(&[Seg::Index(i), Seg::Key(&key), Seg::Key(field)])
                                    .or(file.key(&path))),
                                None => file
                                    .error_at(&path, format!("YAML: {msg}"))
                                    .hint(format!("write `{code}: {{ name: …, explain: … }}`")),
                            };
                            diags.push(d);
                        }
                    },
                    None => diags.push(unknown_field(rel, code, &known).at(file.key(&path))),
                },
            }
        }
        let Some(term) = term else {
            diags.push(
                Diagnostic::error(rel, "an entry has no `term`")
                    .at(Some((line, 1)))
                    .hint("start each entry with `- term: …`, the German word"),
            );
            continue;
        };
        let mut twice = false;
        for w in std::iter::once(&term).chain(plural.as_ref()) {
            let key = w.to_lowercase();
            if let Some(first) = words.get(&key) {
                twice = true;
                diags.push(
                    Diagnostic::error(rel, format!("the term `{w}` is written twice"))
                        .at(file
                            .value(&[
                                Seg::Index(i),
                                Seg::Key(if *w == term { "term" } else { "plural" }),
                            ])
                            .or(Some((line, 1))))
                        .hint(format!(
                            "it is first written on line {first}; keep one of the two"
                        )),
                );
            } else {
                words.insert(key, line);
            }
        }
        if twice {
            continue;
        }
        // A variant of the default language (plain German) names the
        // term with the term itself.
        let variant = |l: usize| {
            config.languages[l].locale.id.language == config.languages[default].locale.id.language
        };
        let name_missing: Vec<&str> = (0..n)
            .filter(|&l| {
                !variant(l)
                    && !broken[l]
                    && by_lang[l].name.is_none()
                    && by_lang[l].explain.is_some()
            })
            .map(|l| codes[l])
            .collect();
        let explain_missing: Vec<&str> = (0..n)
            .filter(|&l| !broken[l] && by_lang[l].explain.is_none())
            .map(|l| codes[l])
            .collect();
        if !explain_missing.is_empty() {
            let fallback = if explain_missing.contains(&codes[default]) {
                "readers see no explanation there".to_string()
            } else {
                format!(
                    "until then those pages show the explanation in {}",
                    codes[default]
                )
            };
            diags.push(
                Diagnostic::warning(
                    rel,
                    format!(
                        "the term `{term}` has no explanation in {}",
                        explain_missing.join(", ")
                    ),
                )
                .at(Some((line, 1)))
                .hint(format!(
                    "add `{}: {{ explain: … }}` to the entry; {fallback}",
                    explain_missing[0]
                )),
            );
        }
        if !name_missing.is_empty() {
            diags.push(
                Diagnostic::warning(
                    rel,
                    format!(
                        "the term `{term}` has no name in {}",
                        name_missing.join(", ")
                    ),
                )
                .at(Some((line, 1)))
                .hint(format!(
                    "add `name: …` to its `{}:` entry; until then texts and the glossary in that language show only the German word",
                    name_missing[0]
                )),
            );
        }
        let mut id = crate::markdown::slug(&term);
        while terms.iter().any(|t| t.id == id) {
            id.push('-');
            id.push('1');
        }
        terms.push(Term {
            term,
            id,
            article,
            plural,
            by_lang,
            line,
        });
    }
    Glossary { terms }
}

/// Warns of every term no text marks.
pub(super) fn warn_unused<'a>(
    glossary: &Glossary,
    texts: impl Iterator<Item = &'a Texts>,
    diags: &mut Diagnostics,
) {
    if glossary.terms.is_empty() {
        return;
    }
    let used: BTreeSet<&str> = texts
        .flat_map(|t| t.by_lang.iter().flatten())
        .flat_map(|t| t.marks.iter().map(String::as_str))
        .collect();
    for t in &glossary.terms {
        if !used.contains(t.term.as_str()) {
            diags.push(
                Diagnostic::warning(FILE, format!("the term `{}` is marked in no text", t.term))
                    .at(Some((t.line, 1)))
                    .hint(format!(
                        "mark it with [[{}]] in a text where readers meet the word, or remove it",
                        t.term
                    )),
            );
        }
    }
}

/// A number for the loader's cache: what text renderings read of the
/// glossary.
pub(super) fn env(glossary: &Glossary) -> String {
    glossary
        .terms
        .iter()
        .map(|t| {
            format!(
                "{}|{:?}|{}|{:?}",
                t.term,
                t.plural,
                t.id,
                t.by_lang.iter().map(|x| &x.name).collect::<Vec<_>>()
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}
