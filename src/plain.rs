//! Plain-language hints for texts in a plain-language variant
//! (`de-x-simple`, Einfache Sprache).
//!
//! The rules are the measurable ones of the German guidelines for Einfache
//! and Leichte Sprache (Netzwerk Leichte Sprache, BITV 2.0, DIN SPEC 33429):
//! short sentences, one idea per sentence, long compound words split with a
//! hyphen or a middle dot (`Stadt·teil·büro`), numbers written as digits.
//! They are hints, not rules of grammar: each names the sentence's line and
//! what to change, and the editor decides.

use std::ops::Range;
use std::path::Path;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use crate::diag::{line_col, Diagnostic, Diagnostics};

/// A sentence longer than this many words gets a hint.
pub const MAX_WORDS: usize = 15;
/// A word longer than this many letters, without a hyphen or middle dot,
/// gets a hint.
pub const MAX_LETTERS: usize = 15;
/// More commas than this in one sentence get a hint.
pub const MAX_COMMAS: usize = 1;

/// Numbers written as words (German). `ein`/`eine` are left out: they are
/// mostly the article.
const NUMBER_WORDS: &[&str] = &[
    "null",
    "eins",
    "zwei",
    "drei",
    "vier",
    "fünf",
    "sechs",
    "sieben",
    "acht",
    "neun",
    "zehn",
    "elf",
    "zwölf",
    "dreizehn",
    "vierzehn",
    "fünfzehn",
    "sechzehn",
    "siebzehn",
    "achtzehn",
    "neunzehn",
    "zwanzig",
    "dreißig",
    "vierzig",
    "fünfzig",
    "sechzig",
    "siebzig",
    "achtzig",
    "neunzig",
    "hundert",
    "tausend",
    "million",
    "millionen",
];

/// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "z", "b", "bzw", "ca", "nr", "str", "usw", "u", "a", "d", "h", "tel", "evtl", "ggf", "inkl",
    "max", "min", "mo", "di", "mi", "do", "fr", "sa", "dr", "hr", "vgl", "etc",
];

/// One finding in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Hint {
    /// A sentence of this many words.
    LongSentence(usize),
    /// A sentence with this many commas.
    Commas(usize),
    /// A long word without a hyphen or middle dot.
    LongWord(String),
    /// A number written as a word.
    NumberWord(String),
}

impl Hint {
    /// The finding and what to do, in words an editor understands.
    pub fn message(&self) -> (String, String) {
        match self {
            Hint::LongSentence(n) => (
                format!("plain language: this sentence has {n} words (more than {MAX_WORDS})"),
                "split it into two short sentences: one idea per sentence".into(),
            ),
            Hint::Commas(n) => (
                format!("plain language: this sentence has {n} commas"),
                "make two sentences, or a list with one point per line".into(),
            ),
            Hint::LongWord(w) => (
                format!(
                    "plain language: `{w}` is a long word ({} letters)",
                    w.chars().count()
                ),
                match split_suggestion(w) {
                    Some(s) => format!("split it with a hyphen or a middle dot, e.g. `{s}`"),
                    None => "split it where its parts meet, with a hyphen or a middle dot (`Stadt·teil·büro`), or use a shorter word".into(),
                },
            ),
            Hint::NumberWord(w) => (
                format!("plain language: the number `{w}` is written as a word"),
                format!(
                    "write it in digits{}: numbers are easier to read that way",
                    digits_of(w)
                        .map(|d| format!(" (`{d}`)"))
                        .unwrap_or_default()
                ),
            ),
        }
    }
}

fn digits_of(word: &str) -> Option<usize> {
    let w = word.to_lowercase();
    NUMBER_WORDS[..20]
        .iter()
        .position(|n| *n == w)
        .or_else(|| {
            let tens = [
                "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig",
                "neunzig",
            ];
            tens.iter().position(|n| *n == w).map(|i| (i + 2) * 10)
        })
        .or(match w.as_str() {
            "hundert" => Some(100),
            "tausend" => Some(1000),
            _ => None,
        })
}

/// `Hausaufgabenhilfe` -> `Hausaufgaben·hilfe`: a middle dot before the
/// last part when that is a common word of the field; else no guess.
fn split_suggestion(word: &str) -> Option<String> {
    const PARTS: &[&str] = &[
        "hilfe",
        "kurs",
        "kurse",
        "büro",
        "stelle",
        "zentrum",
        "haus",
        "beratung",
        "betreuung",
        "gruppe",
        "treff",
        "café",
        "fest",
        "amt",
        "behörde",
        "schule",
        "garten",
        "stätte",
        "versammlung",
        "abend",
        "unterricht",
        "management",
        "arbeit",
    ];
    let lower = word.to_lowercase();
    let chars: Vec<char> = word.chars().collect();
    let cut = PARTS
        .iter()
        .filter(|p| lower.ends_with(*p) && lower.len() > p.len() + 2)
        .map(|p| chars.len() - p.chars().count())
        .min()?;
    let (a, b): (String, String) = (chars[..cut].iter().collect(), chars[cut..].iter().collect());
    Some(format!("{a}·{b}"))
}

/// The hints of one piece of text (a title, a summary): positions are byte
/// offsets into it.
pub fn hints_in(text: &str) -> Vec<(usize, Hint)> {
    let mut out = Vec::new();
    for sentence in sentences(text) {
        sentence_hints(text, sentence, &mut out);
    }
    out
}

/// The hints of a Markdown body: positions are byte offsets into `body`.
/// Code and links' addresses are not read; each paragraph, heading, list
/// item and table cell ends a sentence.
pub fn hints_in_markdown(body: &str) -> Vec<(usize, Hint)> {
    let mut out = Vec::new();
    // The text of a block, and where each piece of it starts in `body`.
    let mut block = String::new();
    let mut map: Vec<(usize, usize)> = Vec::new();
    let mut flush = |block: &mut String, map: &mut Vec<(usize, usize)>| {
        let mut found = Vec::new();
        for s in sentences(block) {
            sentence_hints(block, s, &mut found);
        }
        for (at, h) in found {
            let (start, src) = map
                .iter()
                .rev()
                .find(|(b, _)| *b <= at)
                .copied()
                .unwrap_or((0, 0));
            out.push((src + (at - start), h));
        }
        block.clear();
        map.clear();
    };
    let mut in_code = false;
    let mut opts = Options::empty();
    opts.insert(Options::ENABLE_TABLES);
    opts.insert(Options::ENABLE_FOOTNOTES);
    opts.insert(Options::ENABLE_STRIKETHROUGH);
    for (ev, range) in Parser::new_ext(body, opts).into_offset_iter() {
        match ev {
            Event::Start(Tag::CodeBlock(_)) => in_code = true,
            Event::End(TagEnd::CodeBlock) => in_code = false,
            Event::Text(t) if !in_code => {
                // Where the text starts in the source (an entity or escape
                // shifts later positions in it by a few bytes at most).
                map.push((block.len(), range.start));
                block.push_str(&t);
            }
            Event::SoftBreak | Event::HardBreak => {
                map.push((block.len(), range.start));
                block.push(' ');
            }
            Event::Code(_) => {
                map.push((block.len(), range.start));
                block.push_str(" x ");
            }
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::TableCell
                | TagEnd::BlockQuote(_),
            ) => flush(&mut block, &mut map),
            Event::Start(Tag::Item) => flush(&mut block, &mut map),
            _ => {}
        }
    }
    flush(&mut block, &mut map);
    out.sort_by_key(|(at, _)| *at);
    out
}

/// Byte ranges of the sentences of `text`: a sentence ends at `.`, `!` or
/// `?` followed by a space or the end, unless the full stop ends a number
/// (`3. Mai`) or a known abbreviation (`z. B.`).
fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for (i, c) in text.char_indices() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let next = bytes.get(i + 1).copied();
        if !matches!(next, None | Some(b' ' | b'\n' | b'\t' | b')' | b'"')) {
            continue;
        }
        if c == '.' {
            let word: String = text[start..i]
                .chars()
                .rev()
                .take_while(|c| c.is_alphanumeric())
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            let lower = word.to_lowercase();
            if word.chars().all(|c| c.is_ascii_digit()) || ABBREVIATIONS.contains(&lower.as_str()) {
                continue;
            }
        }
        out.push(start..i + 1);
        start = i + 1;
    }
    if text[start..].trim().chars().any(char::is_alphanumeric) {
        out.push(start..text.len());
    }
    out
}

/// The hints of one sentence, with the byte offset in `text` where each
/// applies: the sentence's first word, or the word itself.
fn sentence_hints(text: &str, sentence: Range<usize>, out: &mut Vec<(usize, Hint)>) {
    let s = &text[sentence.clone()];
    let lead = s.len() - s.trim_start().len();
    let first = sentence.start + lead;
    let mut words = 0;
    let mut pos = 0;
    for raw in s.split_whitespace() {
        let at = sentence.start + s[pos..].find(raw).map_or(pos, |i| pos + i);
        pos = at - sentence.start + raw.len();
        // Glossary marks, addresses and e-mails are names, not prose.
        if raw.starts_with("[[") || raw.contains("://") || raw.contains('@') || raw.contains('/') {
            words += 1;
            continue;
        }
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric() && c != '·' && c != '-');
        if !word.chars().any(char::is_alphanumeric) {
            continue;
        }
        words += 1;
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        if letters > MAX_LETTERS && !word.contains(['-', '·', '\u{2011}']) {
            out.push((at, Hint::LongWord(word.to_string())));
        }
        let lower = word.to_lowercase();
        if NUMBER_WORDS.contains(&lower.as_str()) || is_compound_number(&lower) {
            out.push((at, Hint::NumberWord(word.to_string())));
        }
    }
    if words > MAX_WORDS {
        out.push((first, Hint::LongSentence(words)));
    }
    // Commas, but not the decimal comma of `2,50`.
    let b = s.as_bytes();
    let commas = (0..b.len())
        .filter(|&i| {
            b[i] == b','
                && !(i > 0
                    && b[i - 1].is_ascii_digit()
                    && b.get(i + 1).is_some_and(u8::is_ascii_digit))
        })
        .count();
    if commas > MAX_COMMAS {
        out.push((first, Hint::Commas(commas)));
    }
}

/// `einundzwanzig`, `zweihundert`, `dreitausend`.
fn is_compound_number(w: &str) -> bool {
    let units = [
        "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun",
    ];
    let tens = [
        "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig",
    ];
    units.iter().any(|u| {
        tens.iter().any(|t| w == format!("{u}und{t}"))
            || w == format!("{u}hundert")
            || w == format!("{u}tausend")
    })
}

/// Adds the plain-language hints of one text as warnings: its title and
/// summary (at their lines in the front matter) and its body.
pub fn check(
    rel: &Path,
    full: &str,
    fields: &[(&str, Option<(usize, usize)>)],
    body_offset: usize,
    diags: &mut Diagnostics,
) {
    let mut push = |at: (usize, usize), h: Hint| {
        let (message, hint) = h.message();
        diags.push(Diagnostic::warning(rel, message).at(Some(at)).hint(hint));
    };
    for (value, at) in fields {
        for (_, h) in hints_in(value) {
            push(at.unwrap_or((2, 1)), h);
        }
    }
    for (off, h) in hints_in_markdown(&full[body_offset..]) {
        push(line_col(full, body_offset + off), h);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<Hint> {
        hints_in_markdown(text)
            .into_iter()
            .map(|(_, h)| h)
            .collect()
    }

    #[test]
    fn short_plain_sentences_have_no_hints() {
        assert!(kinds("Wir lernen Deutsch. Der Kurs ist am Montag.\n\nEr kostet 2,50 Euro. Das ist am 3. Mai.\n").is_empty());
        assert!(
            kinds("Kommen Sie in das Stadt·teil·büro. Oder in die Hausaufgaben-Hilfe.").is_empty()
        );
    }

    #[test]
    fn each_rule_gives_its_hint() {
        let long = "Wir treffen uns jeden Montag am Vormittag im großen Saal des Hauses und sprechen dort zusammen über viele Dinge.";
        assert_eq!(kinds(long), vec![Hint::LongSentence(19)]);
        assert_eq!(kinds("Wir reden, lachen, essen."), vec![Hint::Commas(2)]);
        assert_eq!(
            kinds("Das ist die Hausaufgabenhilfe."),
            vec![Hint::LongWord("Hausaufgabenhilfe".into())]
        );
        assert_eq!(
            kinds("Der Kurs hat zwölf Plätze. Er dauert einundzwanzig Wochen."),
            vec![
                Hint::NumberWord("zwölf".into()),
                Hint::NumberWord("einundzwanzig".into())
            ]
        );
        // The article is not a number.
        assert!(kinds("Das ist ein Kurs für eine Mutter.").is_empty());
    }

    #[test]
    fn abbreviations_and_ordinals_do_not_end_sentences() {
        let s = sentences("Wir spielen z. B. Karten am 3. Mai. Dann essen wir.");
        assert_eq!(s.len(), 2, "{s:?}");
    }

    #[test]
    fn positions_point_at_the_sentence_or_word_in_the_source() {
        let body = "# Titel\n\nErster Satz.\n\nDas ist die **Hausaufgabenhilfe** hier.\n";
        let h = hints_in_markdown(body);
        assert_eq!(h.len(), 1);
        assert_eq!(&body[h[0].0..h[0].0 + 17], "Hausaufgabenhilfe");
        let text = "Eins. Wir reden, lachen, essen.";
        let h = hints_in(text);
        assert_eq!(h[1], (6, Hint::Commas(2)));
    }

    #[test]
    fn code_links_and_marks_are_not_prose() {
        assert!(kinds("Schreiben Sie an info@stadtteilbuero-kranichstein.de. Oder [hier](https://example.org/sehrlangeadresseohnestriche).").is_empty());
        assert!(kinds("Das ist eine [[Integrationskursanmeldung]].").is_empty());
        assert!(kinds("```\nzwölf, drei, vier, Donaudampfschifffahrt\n```\n").is_empty());
    }

    #[test]
    fn suggestions_split_at_a_known_ending() {
        assert_eq!(
            split_suggestion("Hausaufgabenhilfe").as_deref(),
            Some("Hausaufgaben·hilfe")
        );
        assert_eq!(
            split_suggestion("Integrationskurs").as_deref(),
            Some("Integrations·kurs")
        );
        assert_eq!(split_suggestion("Interkulturellen"), None);
    }
}
