//! Glossary marks in texts (`[[Kita]]`, `[[Kita|روضات الأطفال]]`) and the
//! order of the glossary page.
//!
//! Marks are explicit: the editor marks the first, useful mention of a word.
//! Finding German words by themselves would mark every "Anmeldung" of a
//! German text, and texts in other languages do not contain the German
//! word at all.
//!
//! A mark in a text of the default language shows the word as written; in
//! a text of another language it shows the term's name in that language (or
//! the words after `|`) followed by the German word in brackets, the German
//! word marked `lang="de"` so it reads left to right and is spoken in German.
//! On pages the mark links to the term on the glossary page of the page's
//! language (a placeholder that the page fills in); in
//! plain text (summaries in lists, feeds, calendars, flyers) it is words only.

use std::cmp::Ordering;
use std::collections::BTreeSet;

use crate::escape::html as escape_html;

/// A word of the default language that readers meet on letters, forms and
/// doors, explained in every language (content/glossary.yaml).
#[derive(Debug, Clone)]
pub struct Term {
    /// The word as written in the default language (what marks name).
    pub term: String,
    /// Its anchor on the glossary page.
    pub id: String,
    /// Its article (`der`, `die`, `das`).
    pub article: Option<String>,
    /// Its plural, which marks may name too.
    pub plural: Option<String>,
    /// Name and explanation by language index.
    pub by_lang: Vec<TermText>,
    /// Its line in glossary.yaml.
    pub line: usize,
}

/// A term in one language.
#[derive(Debug, Clone, Default)]
pub struct TermText {
    /// The name in that language (the default language's is the term).
    pub name: Option<String>,
    /// One or two plain sentences.
    pub explain: Option<String>,
    /// Whether a machine translated it.
    pub machine_translated: bool,
}

/// The glossary: empty when the site has no content/glossary.yaml.
#[derive(Debug, Clone, Default)]
pub struct Glossary {
    /// Terms in the file's order.
    pub terms: Vec<Term>,
}

impl Glossary {
    /// The term a mark names: its word or its plural.
    pub fn find(&self, word: &str) -> Option<&Term> {
        self.terms
            .iter()
            .find(|t| t.term == word || t.plural.as_deref() == Some(word))
    }

    /// The term's name in `lang`, if it has one there (the default
    /// language's is the term itself).
    pub fn name<'a>(&self, t: &'a Term, lang: usize, default: usize) -> Option<&'a str> {
        if lang == default {
            return Some(&t.term);
        }
        t.by_lang.get(lang).and_then(|x| x.name.as_deref())
    }

    /// The explanation to show in `lang`: its own, else the default
    /// language's. With the language it is in.
    pub fn explanation<'a>(
        &self,
        t: &'a Term,
        lang: usize,
        default: usize,
    ) -> Option<(&'a TermText, usize)> {
        [lang, default].into_iter().find_map(|l| {
            t.by_lang
                .get(l)
                .filter(|x| x.explain.is_some())
                .map(|x| (x, l))
        })
    }
}

/// What marks in the texts of one language are rendered with.
pub struct Marks<'a> {
    /// The site's glossary.
    pub glossary: &'a Glossary,
    /// The language of the text.
    pub lang: usize,
    /// The default language (the glossary's words are in it).
    pub default: usize,
    /// Its code, for `lang="…"` on the German word.
    pub default_code: &'a str,
    /// The glossary page's link before `#` (a placeholder the page fills
    /// in: `qrtr:glossary/`).
    pub link: &'a str,
}

/// A piece of a text: words, or a mark.
#[derive(Debug, PartialEq, Eq)]
pub enum Piece<'s> {
    /// Words without marks.
    Text(&'s str),
    /// `[[written|words]]`, starting at byte `at` of the text.
    Mark {
        /// The German word as written (the term or its plural).
        written: &'s str,
        /// The words to show instead of the term's name.
        words: Option<&'s str>,
        /// The mark as it stands in the text (`[[…]]`).
        raw: &'s str,
        /// Where it starts in the text.
        at: usize,
    },
}

/// Cuts `s` into words and marks. A `[[` without its `]]` on the same line,
/// or with nothing inside, stays words.
pub fn pieces(s: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut from = 0;
    let mut search = 0;
    while let Some(i) = s[search..].find("[[").map(|i| search + i) {
        let inner_start = i + 2;
        let Some(len) = s[inner_start..].find("]]") else {
            break;
        };
        let inner = &s[inner_start..inner_start + len];
        if inner.contains(['\n', '[']) || inner.trim().is_empty() {
            search = inner_start;
            continue;
        }
        if from < i {
            out.push(Piece::Text(&s[from..i]));
        }
        let (written, words) = match inner.split_once('|') {
            Some((w, o)) => (w.trim(), Some(o.trim()).filter(|o| !o.is_empty())),
            None => (inner.trim(), None),
        };
        let end = inner_start + len + 2;
        out.push(Piece::Mark {
            written,
            words,
            raw: &s[i..end],
            at: i,
        });
        from = end;
        search = end;
    }
    if from < s.len() {
        out.push(Piece::Text(&s[from..]));
    }
    out
}

/// `s` with every mark replaced by its words (`[[Kita]]` → `Kita`,
/// `[[Kita|die Kitas]]` → `die Kitas`).
pub fn words_only(s: &str) -> std::borrow::Cow<'_, str> {
    if !has_marks(s) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for p in pieces(s) {
        match p {
            Piece::Text(t) => out.push_str(t),
            Piece::Mark { written, words, .. } => out.push_str(words.unwrap_or(written)),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Whether `s` may hold a mark.
pub fn has_marks(s: &str) -> bool {
    s.contains("[[")
}

impl Marks<'_> {
    /// The words a mark shows, without link: the word (default language),
    /// or the name and the word in brackets.
    fn words(&self, term: &Term, written: &str, words: Option<&str>) -> (Option<String>, String) {
        if self.lang == self.default {
            return (None, words.unwrap_or(written).to_string());
        }
        let name = words.map(str::to_string).or_else(|| {
            self.glossary
                .name(term, self.lang, self.default)
                .map(str::to_string)
        });
        (name, written.to_string())
    }

    /// A mark as plain text: `Kita`, or `روضة الأطفال (Kita)`.
    pub fn plain(&self, written: &str, words: Option<&str>) -> String {
        match self.glossary.find(written) {
            None => words.unwrap_or(written).to_string(),
            Some(t) => match self.words(t, written, words) {
                (Some(name), de) => format!("{name} ({de})"),
                (None, de) => de,
            },
        }
    }

    /// A mark as HTML: a link to the term on the glossary page of the
    /// page's language, with `href` as a placeholder (`qrtr:glossary/#kita`).
    /// `None` for an unknown term.
    pub fn html(&self, written: &str, words: Option<&str>) -> Option<String> {
        let t = self.glossary.find(written)?;
        let href = format!("{}#{}", self.link, t.id);
        let inner = match self.words(t, written, words) {
            (None, w) if self.lang == self.default => escape_html(&w),
            (None, de) => self.german(&de),
            (Some(name), de) => format!("{} ({})", escape_html(&name), self.german(&de)),
        };
        Some(format!("<a class=\"term\" href=\"{href}\">{inner}</a>"))
    }

    fn german(&self, word: &str) -> String {
        format!(
            "<span lang=\"{}\" dir=\"ltr\">{}</span>",
            self.default_code,
            escape_html(word)
        )
    }

    /// A text line (a summary) with its marks: the plain form, the HTML
    /// form (escaped words, marks as links) when it has marks, the terms
    /// it marks, and the unknown marks (their raw text and byte offset).
    pub fn line(&self, s: &str, used: &mut BTreeSet<String>) -> Line {
        let mut line = Line::default();
        if !has_marks(s) {
            line.plain = s.to_string();
            return line;
        }
        let mut html = String::new();
        let mut any = false;
        for p in pieces(s) {
            match p {
                Piece::Text(t) => {
                    line.plain.push_str(t);
                    html.push_str(&escape_html(t));
                }
                Piece::Mark {
                    written,
                    words,
                    raw,
                    at,
                } => {
                    line.plain.push_str(&self.plain(written, words));
                    match self.html(written, words) {
                        Some(h) => {
                            any = true;
                            html.push_str(&h);
                            if let Some(t) = self.glossary.find(written) {
                                used.insert(t.term.clone());
                            }
                        }
                        None => {
                            html.push_str(&escape_html(words.unwrap_or(written)));
                            line.unknown
                                .push((raw.to_string(), written.to_string(), at));
                        }
                    }
                }
            }
        }
        if any {
            line.html = Some(html);
        }
        line
    }
}

/// A line of text read for marks ([`Marks::line`]).
#[derive(Debug, Default)]
pub struct Line {
    /// Words only.
    pub plain: String,
    /// HTML with links, when a known term is marked.
    pub html: Option<String>,
    /// Unknown marks: as written, the word, byte offset.
    pub unknown: Vec<(String, String, usize)>,
}

/// Sorts `items` by their key for readers of `locale` (ICU4X collation:
/// Turkish ç after c, German ä with a, Arabic alef forms together). The
/// key's code points break ties, so the order is the same on every build.
pub fn sort_for<T>(locale: &icu::locale::Locale, items: &mut [T], key: impl Fn(&T) -> &str) {
    use icu::collator::options::CollatorOptions;
    use icu::collator::Collator;
    let collator = Collator::try_new(locale.into(), CollatorOptions::default())
        .or_else(|_| Collator::try_new(Default::default(), CollatorOptions::default()));
    items.sort_by(|a, b| {
        let (a, b) = (key(a), key(b));
        let by_collator = match &collator {
            Ok(c) => c.compare(a, b),
            Err(_) => Ordering::Equal,
        };
        by_collator.then_with(|| a.cmp(b))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(locale: &str, words: &[&str]) -> Vec<String> {
        let mut v: Vec<String> = words.iter().map(|s| s.to_string()).collect();
        sort_for(&locale.parse().unwrap(), &mut v, |s| s.as_str());
        v
    }

    #[test]
    fn turkish_letters_follow_their_base_letter() {
        // Code points put ç, ğ, ı, ö, ş, ü after z.
        assert_eq!(
            sorted(
                "tr",
                &[
                    "ücret", "şube", "ödev", "ırk", "ğ", "çocuk", "cami", "dil", "hane", "ilçe",
                    "okul", "sınıf", "uzman", "zaman"
                ]
            ),
            [
                "cami", "çocuk", "dil", "ğ", "hane", "ırk", "ilçe", "okul", "ödev", "sınıf",
                "şube", "uzman", "ücret", "zaman"
            ]
        );
    }

    #[test]
    fn german_umlauts_sort_with_their_vowel() {
        assert_eq!(
            sorted(
                "de",
                &[
                    "Zahnarzt",
                    "Ämter",
                    "Anmeldung",
                    "Bürgeramt",
                    "Ausländerbehörde",
                    "Bus"
                ]
            ),
            [
                "Ämter",
                "Anmeldung",
                "Ausländerbehörde",
                "Bürgeramt",
                "Bus",
                "Zahnarzt"
            ]
        );
    }

    #[test]
    fn arabic_alef_forms_sort_together() {
        // By code point آ أ إ (U+0622, U+0623, U+0625) all come before
        // ا (U+0627), so every word with a plain alef would follow every
        // word with a hamza. Readers take them as one letter: the next
        // letter decides (استشارة before أسرة, ت before ر).
        let got = sorted("ar", &["بيت", "إقامة", "استشارة", "أسرة", "آباء"]);
        let mut by_code_point = got.clone();
        by_code_point.sort();
        assert_eq!(by_code_point, ["آباء", "أسرة", "إقامة", "استشارة", "بيت"]);
        assert_eq!(got, ["آباء", "استشارة", "أسرة", "إقامة", "بيت"]);
    }

    #[test]
    fn marking_a_word_keeps_the_fingerprint() {
        use crate::model::fingerprint;
        let plain = fingerprint("Kurs", "In der Kita.", "Die Kita hilft.");
        assert_eq!(
            fingerprint("Kurs", "In der [[Kita]].", "Die [[Kita|Kita]] hilft."),
            plain
        );
        assert_ne!(
            fingerprint("Kurs", "In der [[Kitas]].", "Die Kita hilft."),
            plain
        );
    }

    #[test]
    fn marks_are_cut_out_of_text() {
        assert_eq!(
            pieces("Die [[Kita]] und [[Kitas|die Kitas]], [[ ]] [[a\nb]] [[x"),
            [
                Piece::Text("Die "),
                Piece::Mark {
                    written: "Kita",
                    words: None,
                    raw: "[[Kita]]",
                    at: 4
                },
                Piece::Text(" und "),
                Piece::Mark {
                    written: "Kitas",
                    words: Some("die Kitas"),
                    raw: "[[Kitas|die Kitas]]",
                    at: 17
                },
                Piece::Text(", [[ ]] [[a\nb]] [[x"),
            ]
        );
    }
}
