//! The search index of one language, `/<lang>/search-index.json`, and the
//! normalisation that makes a query match however it was typed.
//!
//! The index is built here and searched in the reader's browser by the
//! theme's `search.js`, which applies the same [`normalise`] to the query.
//! Both are proved to agree on the cases in
//! `tests/fixtures/search-normalisation.json`. The index is only fetched
//! when the reader starts searching, so it costs nothing on other pages.

use crate::url;
use serde::Serialize;
use unicode_normalization::char::is_combining_mark;

use crate::model::{Shown, Site, Texts};

/// Results shown at most (search.js shows the first 50).
pub const MAX_RESULTS: usize = 50;

/// Characters of body text kept per entry (after normalisation), so the
/// index stays small on a phone; titles and summaries are always whole.
pub const BODY_CHARS: usize = 600;

/// Folds a text for matching, identically to `normalise` in the theme's
/// `search.js`: lowercase; compatibility decomposition (NFKD) with every
/// combining mark removed (accents, umlaut dots, Arabic vowel signs and
/// hamza, the dot of Turkish İ); dotless ı as i, ß as ss, final ς as σ;
/// Arabic and Persian letter variants unified (ٱ→ا, ى/ی→ي, ک→ك, ة→ه) and
/// tatweel, zero-width (non-)joiners and soft hyphens dropped; Arabic-Indic
/// and Persian digits as 0–9; every run of other characters one space.
pub fn normalise(s: &str) -> String {
    // One pass, a character at a time: lowercasing and compatibility
    // decomposition work per character, and the only thing whole-string NFKD
    // adds (reordering combining marks) does not matter once every mark is
    // dropped. ASCII, the most common case, skips the Unicode tables.
    let mut out = String::with_capacity(s.len());
    let mut gap = false;
    FOLDED.with_borrow_mut(|cache| {
        for c in s.chars() {
            if c.is_ascii() {
                // What fold_one does with ASCII, without its table lookups.
                if c.is_ascii_alphanumeric() {
                    start_word(&mut out, &mut gap).push(c.to_ascii_lowercase());
                } else {
                    gap = true;
                }
                continue;
            }
            // Other characters go through Unicode's tables once per thread
            // and character; a text uses few distinct ones.
            let slot = &mut cache[c as usize % FOLD_SLOTS];
            let fresh;
            let folded = if slot.0 == c {
                std::str::from_utf8(&slot.2[..usize::from(slot.1)]).expect("cached UTF-8")
            } else {
                fresh = fold_char(c);
                if fresh.len() <= slot.2.len() {
                    slot.0 = c;
                    slot.1 = fresh.len() as u8;
                    slot.2[..fresh.len()].copy_from_slice(fresh.as_bytes());
                }
                fresh.as_str()
            };
            for f in folded.chars() {
                if f == ' ' {
                    gap = true;
                } else {
                    start_word(&mut out, &mut gap).push(f);
                }
            }
        }
    });
    out
}

/// Slots of the per-thread cache of folded characters.
const FOLD_SLOTS: usize = 1024;

type FoldSlot = (char, u8, [u8; 14]);

thread_local! {
    /// Folded non-ASCII characters, direct-mapped by code point: the
    /// character, the length and the bytes of its folding, where a space
    /// stands for "a word ends here" (folding never yields a space itself).
    static FOLDED: std::cell::RefCell<[FoldSlot; FOLD_SLOTS]> =
        const { std::cell::RefCell::new([('\0', 0, [0; 14]); FOLD_SLOTS]) };
}

/// Folds one non-ASCII character: lowercase, compatibility decomposition,
/// combining marks dropped, then [`fold_one`]; a word end is written as a
/// space (folding never yields a space itself).
fn fold_char(c: char) -> String {
    let mut out = String::new();
    let mut gap = false;
    for l in c.to_lowercase() {
        unicode_normalization::char::decompose_compatible(l, |d| {
            if !is_combining_mark(d) {
                for l2 in d.to_lowercase() {
                    fold_one(l2, &mut out, &mut gap);
                    if gap {
                        out.push(' ');
                        gap = false;
                    }
                }
            }
        });
    }
    out
}

/// The last step of [`normalise`] for one lowercased, decomposed character.
fn fold_one(c: char, out: &mut String, gap: &mut bool) {
    if is_combining_mark(c) {
        return;
    }
    let mapped: &str = match c {
        '\u{200C}' | '\u{200D}' | '\u{00AD}' | '\u{0640}' => return,
        'ı' => "i",
        'ß' => "ss",
        'ς' => "σ",
        'ٱ' => "ا",
        'ى' | 'ی' => "ي",
        'ک' => "ك",
        'ة' => "ه",
        '٠'..='٩' => DIGITS[c as usize - '٠' as usize],
        '۰'..='۹' => DIGITS[c as usize - '۰' as usize],
        c if c.is_alphanumeric() => {
            start_word(out, gap).push(c);
            return;
        }
        _ => {
            *gap = true;
            return;
        }
    };
    start_word(out, gap).push_str(mapped);
}

/// `out`, with the space that separates words added first when one ended
/// since the last letter.
fn start_word<'a>(out: &'a mut String, gap: &mut bool) -> &'a mut String {
    if *gap && !out.is_empty() {
        out.push(' ');
    }
    *gap = false;
    out
}

const DIGITS: [&str; 10] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

/// The text of rendered HTML: tags dropped (block ends become spaces),
/// the entities our Markdown renderer writes decoded. Stops after about
/// `max` characters of text.
pub fn plain_text(html: &str, max: usize) -> String {
    let mut out = String::with_capacity(html.len().min(4 * max));
    let mut n = 0;
    let mut rest = html;
    // Runs of text up to the next tag, copied whole.
    loop {
        let (text, tag) = match rest.find('<') {
            Some(i) => (&rest[..i], Some(&rest[i + 1..])),
            None => (rest, None),
        };
        let left = max + 1 - n;
        let count = text.chars().count();
        if count >= left {
            let cut = text.char_indices().nth(left).map_or(text.len(), |(i, _)| i);
            out.push_str(&text[..cut]);
            break;
        }
        out.push_str(text);
        n += count;
        let Some(end) = tag.and_then(|t| t.find('>').map(|j| &t[j + 1..])) else {
            break;
        };
        out.push(' ');
        rest = end;
    }
    if !out.contains('&') {
        return out;
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
}

/// One entry of the index.
#[derive(Serialize)]
struct Entry {
    /// URL below `/<lang>/`.
    u: String,
    /// Title as shown.
    t: String,
    /// Summary as shown.
    s: String,
    /// Language code of title and summary when they stand in for a missing
    /// translation (absent otherwise).
    #[serde(skip_serializing_if = "Option::is_none")]
    l: Option<String>,
    /// Where it is (district name), as shown.
    #[serde(skip_serializing_if = "String::is_empty")]
    d: String,
    /// The normalised text searched: title, summary, district, kind, the
    /// default language's title, the start of the body.
    x: String,
}

/// Cuts normalised text after `max` characters, at a word boundary.
fn cut(s: &str, max: usize) -> &str {
    match s.char_indices().nth(max) {
        None => s,
        Some((i, _)) => s[..i].rfind(' ').map_or(&s[..i], |j| &s[..j]),
    }
}

fn entry(site: &Site, lang: usize, texts: &Texts, url: String, extra: &[String]) -> Option<Entry> {
    let cfg = &site.config;
    let Shown { text, fallback } = texts.show(lang, cfg.default_language)?;
    let mut words = vec![text.title.clone(), text.summary.clone()];
    words.extend(extra.iter().cloned());
    if let Some(def) = texts.by_lang[cfg.default_language].as_ref() {
        if def.lang != text.lang {
            words.push(def.title.clone());
        }
    }
    let head = normalise(&words.join(" "));
    // Only the start of the body is kept: fold just that much. Twice the
    // length leaves room for the marks and spaces folding removes.
    let plain = plain_text(&text.body.html(), 3 * BODY_CHARS);
    let start = cut(plain.trim_start(), 2 * BODY_CHARS);
    let body = normalise(start);
    let x = format!("{head} {}", cut(&body, BODY_CHARS));
    Some(Entry {
        u: url,
        t: text.title.clone(),
        s: text.summary.clone(),
        l: fallback.then(|| cfg.languages[text.lang].code.clone()),
        d: extra.first().cloned().unwrap_or_default(),
        x: x.trim_end().to_string(),
    })
}

/// The index of language `lang` as JSON: every current offering, every
/// district and every free page, in the language shown on the site (or the
/// text standing in for it).
pub fn index(site: &Site, lang: usize) -> String {
    let mut docs = Vec::new();
    for dist in &site.districts {
        let name = site.district_name(dist, lang);
        docs.extend(
            entry(site, lang, &dist.texts, url::district(&dist.id), &[]).map(|mut e| {
                e.x = format!("{} {}", normalise(&name), e.x);
                e
            }),
        );
        for o in dist.offerings.iter().filter(|o| site.is_current(o)) {
            let kind = crate::render::labels::category(site, o.category, lang);
            docs.extend(entry(
                site,
                lang,
                &o.texts,
                url::offering(&dist.id, &o.id),
                &[name.clone(), kind],
            ));
        }
    }
    for p in &site.pages {
        docs.extend(entry(site, lang, &p.texts, url::free_page(&p.id), &[]));
    }
    serde_json::json!({ "docs": docs }).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_letters_of_every_script() {
        assert_eq!(normalise("İstanbul IŞIK ışık"), "istanbul isik isik");
        assert_eq!(normalise("Straße STRASSE Mütter"), "strasse strasse mutter");
        assert_eq!(normalise("أُمّ إِلى آمنة ٱلله"), "ام الي امنه الله");
        assert_eq!(normalise("کلاس‌های زبان"), "كلاسهاي زبان");
        assert_eq!(normalise("ЁЛКА ёлка"), "елка елка");
        assert_eq!(normalise("  a–b  ۱۲ ١٢ "), "a b 12 12");
    }

    #[test]
    fn plain_text_drops_tags_and_cuts_at_words() {
        assert_eq!(
            plain_text("<p>a &amp; b</p><p>c</p>", 100)
                .split_whitespace()
                .collect::<Vec<_>>(),
            ["a", "&", "b", "c"]
        );
        assert_eq!(cut("one two three", 9), "one two");
        assert_eq!(cut("one", 9), "one");
        assert_eq!(plain_text("<p>abcdef</p>", 3), " abcd");
        assert_eq!(plain_text("a<b>c</b>d<e", 99), "a c d");
        assert_eq!(plain_text("x > y", 99), "x > y");
    }

    /// The definition, written the slow way: whole-string lowercase, NFKD,
    /// lowercase again, then the per-character folding.
    fn by_definition(s: &str) -> String {
        use unicode_normalization::UnicodeNormalization;
        let folded: String = s.to_lowercase().nfkd().collect::<String>().to_lowercase();
        let mut out = String::new();
        let mut gap = false;
        for c in folded.chars() {
            fold_one(c, &mut out, &mut gap);
        }
        out
    }

    proptest::proptest! {
        /// The one-pass folding equals the definition on any text.
        #[test]
        fn one_pass_folding_equals_the_definition(s in "\\PC{0,60}") {
            proptest::prop_assert_eq!(normalise(&s), by_definition(&s));
        }

        #[test]
        fn one_pass_folding_equals_the_definition_on_our_scripts(
            s in "[a-zA-ZäöüÄÖÜßİIıŞşĞğÇçÉé ЁёЖжΣσς أإآٱاىیيکكةهؤوئ\u{064B}-\u{0652}\u{0640}\u{200C}٠-٩۰-۹0-9.,;-]{0,40}"
        ) {
            proptest::prop_assert_eq!(normalise(&s), by_definition(&s));
        }
    }
}
