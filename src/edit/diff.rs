//! Word-level differences for translators: what changed in the source text
//! (usually the German one) since a translation was made from it.
//!
//! The two texts are cut into words, runs of spaces, line breaks and single
//! punctuation marks, compared with [`similar`] (patience algorithm, so
//! moved paragraphs stay readable), and the new text is written as HTML
//! with what was taken out in `<del>` and what was put in in `<ins>`.
//! Words are Unicode words: letters and digits of any script together with
//! their combining marks (Arabic vowel signs, Devanagari matras) and the
//! zero-width (non-)joiners of Persian, so Arabic, Cyrillic or Greek text is
//! compared word by word like German.
//!
//! Changes that are separated only by spaces or punctuation are shown as
//! one change ("<del>am Montag</del><ins>am Dienstag</ins>" rather than a
//! patchwork of single words), never across a line break.

use std::time::Duration;

use similar::{Algorithm, DiffTag, TextDiff};

use crate::escape;

/// Longest run of spaces or punctuation between two changes that is drawn
/// into one change with them.
const GLUE_MAX_CHARS: usize = 3;

/// Time allowed for the comparison; after it the result is coarser (whole
/// passages instead of words) but still correct.
const TIMEOUT: Duration = Duration::from_millis(500);

/// The new text as HTML, with removed words in `<del>` and inserted words in
/// `<ins>`. Everything is HTML-escaped; line breaks stay `\n` (`\r\n` becomes
/// `\n`), for a block with `white-space: pre-wrap`. Identical texts give the
/// escaped text without any `<del>` or `<ins>`.
pub fn word_diff_html(old: &str, new: &str) -> String {
    let old = old.replace("\r\n", "\n");
    let new = new.replace("\r\n", "\n");
    let mut out = String::with_capacity(new.len() + new.len() / 4 + 32);
    for segment in segments(&old, &new) {
        match segment {
            Segment::Same(text) => out.push_str(&escape::html(&text)),
            Segment::Changed { removed, inserted } => {
                if !removed.is_empty() {
                    out.push_str("<del>");
                    out.push_str(&escape::html(&removed));
                    out.push_str("</del>");
                }
                if !inserted.is_empty() {
                    out.push_str("<ins>");
                    out.push_str(&escape::html(&inserted));
                    out.push_str("</ins>");
                }
            }
        }
    }
    out
}

/// Whether the two texts differ in anything a reader would see: line
/// endings (`\r\n` or `\n`) and spaces at the ends of lines do not count, as
/// they do not count for a text's fingerprint either.
pub fn has_changes(old: &str, new: &str) -> bool {
    let lines = |s: &'_ str| {
        s.split('\n')
            .map(|l| l.trim_end().to_string())
            .collect::<Vec<_>>()
    };
    lines(old.trim_end()) != lines(new.trim_end())
}

/// One piece of the new text: unchanged, or a change (what the old text had
/// there and what the new one has; either may be empty).
#[derive(Debug, PartialEq)]
enum Segment {
    Same(String),
    Changed { removed: String, inserted: String },
}

/// The comparison of `old` and `new` as unchanged and changed pieces, in
/// the order of the text, adjacent changes grouped (see the module
/// documentation).
fn segments(old: &str, new: &str) -> Vec<Segment> {
    let old_tokens = tokens(old);
    let new_tokens = tokens(new);
    let diff = TextDiff::configure()
        .algorithm(Algorithm::Patience)
        .timeout(TIMEOUT)
        .diff_slices(&old_tokens, &new_tokens);
    let mut out: Vec<Segment> = Vec::new();
    for op in diff.ops() {
        let (tag, old_range, new_range) = op.as_tag_tuple();
        let removed: String = old_tokens[old_range].concat();
        let inserted: String = new_tokens[new_range].concat();
        match tag {
            DiffTag::Equal => out.push(Segment::Same(inserted)),
            _ => match out.last_mut() {
                Some(Segment::Changed {
                    removed: r,
                    inserted: i,
                }) => {
                    r.push_str(&removed);
                    i.push_str(&inserted);
                }
                _ => out.push(Segment::Changed { removed, inserted }),
            },
        }
    }
    group(out)
}

/// Draws short runs of spaces and punctuation between two changes into one
/// change, so a reworded phrase reads as one change. The result says the
/// same: the old text is still every unchanged piece and every `removed`,
/// the new one every unchanged piece and every `inserted`.
fn group(segments: Vec<Segment>) -> Vec<Segment> {
    let mut out: Vec<Segment> = Vec::with_capacity(segments.len());
    let mut iter = segments.into_iter().peekable();
    while let Some(segment) = iter.next() {
        let glue = match &segment {
            Segment::Same(text) => is_glue(text),
            Segment::Changed { .. } => false,
        };
        let between_changes = matches!(out.last(), Some(Segment::Changed { .. }))
            && matches!(iter.peek(), Some(Segment::Changed { .. }));
        if !(glue && between_changes) {
            out.push(segment);
            continue;
        }
        let (Segment::Same(text), Some(Segment::Changed { removed, inserted })) =
            (segment, iter.next())
        else {
            unreachable!("checked above")
        };
        if let Some(Segment::Changed {
            removed: r,
            inserted: i,
        }) = out.last_mut()
        {
            r.push_str(&text);
            r.push_str(&removed);
            i.push_str(&text);
            i.push_str(&inserted);
        }
    }
    out
}

/// Spaces and punctuation only, short, on one line.
fn is_glue(text: &str) -> bool {
    text.chars().count() <= GLUE_MAX_CHARS
        && !text.contains('\n')
        && !text.chars().any(is_word_char)
}

/// Letters and digits of any script, with combining marks and the
/// zero-width joiners that belong inside words.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || unicode_normalization::char::is_combining_mark(c)
        || matches!(c, '\u{200C}' | '\u{200D}')
}

/// The kinds of token; a token is a maximal run of one kind, except that
/// every line break and every other character is a token of its own.
#[derive(PartialEq, Clone, Copy)]
enum Kind {
    Word,
    Space,
    Other,
}

/// Cuts a text into words, runs of spaces (without line breaks), single
/// line breaks and single other characters. Together the tokens are the
/// text.
fn tokens(text: &str) -> Vec<&str> {
    let kind = |c: char| {
        if is_word_char(c) {
            Kind::Word
        } else if c.is_whitespace() && c != '\n' {
            Kind::Space
        } else {
            Kind::Other
        }
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut current: Option<Kind> = None;
    for (i, c) in text.char_indices() {
        let k = kind(c);
        if current != Some(k) || k == Kind::Other {
            if i > start {
                out.push(&text[start..i]);
            }
            start = i;
            current = Some(k);
        }
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_make_up_the_text() {
        let text = "Mama lernt Deutsch: montags, 9–11 Uhr!\n\nКурс  для мам";
        assert_eq!(tokens(text).concat(), text);
        assert_eq!(
            tokens("a, bc\n\nd"),
            vec!["a", ",", " ", "bc", "\n", "\n", "d"]
        );
    }

    #[test]
    fn unchanged_text_has_no_marks() {
        let text = "Deutschkurs für Mütter\nmontags 9 Uhr";
        let html = word_diff_html(text, text);
        assert_eq!(html, text);
        assert!(!has_changes(text, text));
        assert!(!has_changes("a  \r\nb\n", "a\nb"));
    }

    #[test]
    fn insertion() {
        let html = word_diff_html("Kurs am Montag", "Kurs am Montag und Mittwoch");
        assert_eq!(html, "Kurs am Montag<ins> und Mittwoch</ins>");
        assert!(has_changes("Kurs am Montag", "Kurs am Montag und Mittwoch"));
    }

    #[test]
    fn deletion() {
        let html = word_diff_html("Kurs am Montag und Mittwoch", "Kurs am Montag");
        assert_eq!(html, "Kurs am Montag<del> und Mittwoch</del>");
    }

    #[test]
    fn replacement() {
        let html = word_diff_html("Der Kurs beginnt um 9 Uhr.", "Der Kurs beginnt um 10 Uhr.");
        assert_eq!(html, "Der Kurs beginnt um <del>9</del><ins>10</ins> Uhr.");
    }

    #[test]
    fn adjacent_changes_are_grouped() {
        let html = word_diff_html(
            "Treffen am Montag, 9 Uhr im Saal",
            "Treffen am Dienstag, 10 Uhr im Saal",
        );
        assert_eq!(
            html,
            "Treffen am <del>Montag, 9</del><ins>Dienstag, 10</ins> Uhr im Saal"
        );
        // Not across a line break.
        let html = word_diff_html("eins\nzwei", "drei\nvier");
        assert_eq!(
            html,
            "<del>eins</del><ins>drei</ins>\n<del>zwei</del><ins>vier</ins>"
        );
    }

    #[test]
    fn everything_is_escaped() {
        let html = word_diff_html(
            "Text <b>fett</b> & 'so'",
            "Text <script>alert(\"x\")</script> & 'so'",
        );
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<b>"), "{html}");
        assert!(html.starts_with("Text &lt;"), "{html}");
        assert!(
            html.contains("<ins>script&gt;alert(&quot;x&quot;)&lt;/script</ins>"),
            "{html}"
        );
        assert!(html.ends_with("&gt; &amp; &#39;so&#39;"), "{html}");
        // Only our own tags remain.
        let stripped = html
            .replace("<del>", "")
            .replace("</del>", "")
            .replace("<ins>", "")
            .replace("</ins>", "");
        assert!(!stripped.contains('<'), "{html}");
    }

    #[test]
    fn non_latin_text() {
        let html = word_diff_html("دورة اللغة الألمانية للأمهات", "دورة اللغة العربية للأمهات");
        assert_eq!(
            html,
            "دورة اللغة <del>الألمانية</del><ins>العربية</ins> للأمهات"
        );
        // Arabic vowel signs are part of their word.
        let html = word_diff_html("كُتُب جديدة", "كُتُب قديمة");
        assert_eq!(html, "كُتُب <del>جديدة</del><ins>قديمة</ins>");
        let html = word_diff_html("Курс для мам по понедельникам", "Курс для мам по вторникам");
        assert_eq!(
            html,
            "Курс для мам по <del>понедельникам</del><ins>вторникам</ins>"
        );
    }

    #[test]
    fn line_breaks_are_kept() {
        let html = word_diff_html("eins\r\nzwei\r\n", "eins\nzwei\ndrei\n");
        assert_eq!(html, "eins\nzwei\n<ins>drei\n</ins>");
    }
}
