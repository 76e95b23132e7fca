//! The site model: everything the content says, loaded and validated once.
//!
//! Renderers only read it. Texts are indexed by language (the position of the
//! language in site.yaml), so "this page in Turkish, or the German text if
//! there is none" is one lookup.

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::config::Config;
use crate::i18n::{Formats, Strings};
use crate::schedule::Schedule;
use crate::theme::Theme;

/// One Markdown file: a text in one language.
#[derive(Debug, Clone)]
pub struct Text {
    /// Index of its language.
    pub lang: usize,
    /// File relative to the site root.
    pub rel: PathBuf,
    /// Title from the front matter.
    pub title: String,
    /// One-sentence summary from the front matter.
    pub summary: String,
    /// Rendered body.
    pub body: Html,
    /// Fingerprint of the default-language text this was translated from.
    pub translation_of: Option<String>,
    /// Whether a machine translated it.
    pub machine_translated: bool,
    /// Fingerprint of the words its recording reads (`recording_of`): when
    /// set, the recording is stale exactly when the words changed.
    pub recording_of: Option<String>,
    /// Fingerprint of this text's words (title, summary, body), which
    /// translations record in `translation_of`.
    pub fingerprint: String,
    /// The summary with its glossary marks as HTML (placeholders for the
    /// glossary links), when it has marks; `summary` is then the plain form.
    pub summary_html: Option<Html>,
    /// The summary as written, with its marks, when it has marks (for
    /// translators).
    pub summary_source: Option<String>,
    /// The glossary terms marked in summary and body (`[[Kita]]`).
    pub marks: Vec<String>,
    /// A person reading this text aloud (`<lang>.mp3` beside `<lang>.md`).
    pub recording: Option<Recording>,
}

/// An audio file beside a text: the text read aloud (docs/content.md,
/// "Recordings").
#[derive(Debug, Clone, PartialEq)]
pub struct Recording {
    /// Content-relative path (`nord/deutschkurs/ar.mp3`).
    pub path: String,
    /// Size in bytes.
    pub bytes: u64,
    /// Length, rounded up to whole seconds.
    pub seconds: u64,
    /// The audio format.
    pub format: AudioFormat,
}

/// The audio formats a recording may have, by file ending.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AudioFormat {
    /// `.mp3`: MPEG-1 Layer III.
    Mp3,
    /// `.m4a`: AAC in MP4.
    M4a,
    /// `.ogg`: Vorbis (or Opus) in Ogg.
    Ogg,
    /// `.opus`: Opus in Ogg.
    Opus,
}

impl AudioFormat {
    /// Every format.
    pub const ALL: [AudioFormat; 4] = [
        AudioFormat::Mp3,
        AudioFormat::M4a,
        AudioFormat::Ogg,
        AudioFormat::Opus,
    ];

    /// The file ending (lower case, no dot).
    pub fn ext(self) -> &'static str {
        match self {
            AudioFormat::Mp3 => "mp3",
            AudioFormat::M4a => "m4a",
            AudioFormat::Ogg => "ogg",
            AudioFormat::Opus => "opus",
        }
    }

    /// The format of a file ending (any case).
    pub fn from_ext(ext: &str) -> Option<AudioFormat> {
        Self::ALL
            .into_iter()
            .find(|f| f.ext().eq_ignore_ascii_case(ext))
    }

    /// The MIME type for `<source type>`.
    pub fn mime(self) -> &'static str {
        match self {
            AudioFormat::Mp3 => "audio/mpeg",
            AudioFormat::M4a => "audio/mp4",
            AudioFormat::Ogg => "audio/ogg",
            AudioFormat::Opus => "audio/ogg; codecs=opus",
        }
    }
}

/// The fingerprint of a text: 8 hex digits of a 64-bit FNV-1a hash of its
/// title, summary and body, with line endings and trailing spaces ignored.
pub fn fingerprint(title: &str, summary: &str, body: &str) -> String {
    // A glossary mark is its words: marking a word (`[[Kita]]`) leaves the
    // translations of the text current.
    let (title, summary, body) = (
        &*crate::glossary::words_only(title),
        &*crate::glossary::words_only(summary),
        &*crate::glossary::words_only(body),
    );
    // Hashed as it is read: the three parts trimmed and joined by line
    // breaks, every line without its trailing spaces and `\r`.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    };
    let mut first = true;
    let body = body.trim();
    // Parts are trimmed, so each is its lines split at `\n`; an empty body
    // would be the final empty line after a line break, which is no line.
    let parts = [title.trim(), summary.trim()]
        .into_iter()
        .chain((!body.is_empty()).then_some(body));
    for part in parts {
        for line in part.split('\n') {
            if !first {
                eat(b"\n");
            }
            first = false;
            eat(line.trim_end().as_bytes());
        }
    }
    format!("{:08x}", h >> 32)
}

/// The texts of one page in every language that has one.
#[derive(Debug, Clone, Default)]
pub struct Texts {
    /// Indexed by language; `None` where there is no file.
    pub by_lang: Vec<Option<Text>>,
}

/// The text to show in a language, and whether it is a stand-in.
#[derive(Debug, Clone, Copy)]
pub struct Shown<'a> {
    /// The text.
    pub text: &'a Text,
    /// True when `text` is in another language than the reader's.
    pub fallback: bool,
}

impl Texts {
    /// Empty texts for `n` languages.
    pub fn new(n: usize) -> Self {
        Texts {
            by_lang: vec![None; n],
        }
    }

    /// The text in `lang`, else in the default language, else in the first
    /// language that has one.
    pub fn show(&self, lang: usize, default: usize) -> Option<Shown<'_>> {
        if let Some(t) = self.by_lang.get(lang).and_then(Option::as_ref) {
            return Some(Shown {
                text: t,
                fallback: false,
            });
        }
        self.by_lang
            .get(default)
            .and_then(Option::as_ref)
            .or_else(|| self.by_lang.iter().flatten().next())
            .map(|t| Shown {
                text: t,
                fallback: true,
            })
    }

    /// Whether any language has a text.
    pub fn is_empty(&self) -> bool {
        self.by_lang.iter().all(Option::is_none)
    }
}

/// A venue from places.yaml.
#[derive(Debug, Clone)]
pub struct Place {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Street address.
    pub address: Option<String>,
    /// Latitude and longitude.
    pub geo: Option<(f64, f64)>,
    /// Step-free access.
    pub wheelchair: Option<bool>,
}

/// A provider from organisations.yaml.
#[derive(Debug, Clone)]
pub struct Organisation {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Web address.
    pub website: Option<String>,
    /// E-mail.
    pub email: Option<String>,
    /// Phone.
    pub phone: Option<String>,
}

/// A person or office to ask.
#[derive(Debug, Clone, Default)]
pub struct Contact {
    /// Name.
    pub name: Option<String>,
    /// A places.yaml id.
    pub place: Option<String>,
    /// Phone.
    pub phone: Option<String>,
    /// E-mail.
    pub email: Option<String>,
    /// Web address.
    pub website: Option<String>,
}

/// What an offering costs.
#[derive(Debug, Clone, PartialEq)]
pub enum Cost {
    /// Free of charge.
    Free,
    /// An amount in a currency.
    Amount {
        /// The amount.
        amount: f64,
        /// ISO 4217 code.
        currency: String,
    },
}

/// Who an offering is for.
pub const AUDIENCES: &[&str] = &[
    "everyone", "women", "men", "parents", "children", "youth", "seniors", "families",
];

/// An offering: a course, group, meeting or event.
#[derive(Debug, Clone)]
pub struct Offering {
    /// Id (folder name).
    pub id: String,
    /// Index of its district in [`Site::districts`].
    pub district: usize,
    /// Its position among the district's offerings.
    pub index: usize,
    /// Index of its category in the config.
    pub category: usize,
    /// Venue id.
    pub place: Option<String>,
    /// Web address for online offerings.
    pub online: Option<String>,
    /// Provider id.
    pub organisation: Option<String>,
    /// Indexes into [`AUDIENCES`].
    pub audience: Vec<usize>,
    /// Language codes spoken there.
    pub spoken_languages: Vec<String>,
    /// Whether children are looked after.
    pub childcare: Option<bool>,
    /// Cost.
    pub cost: Option<Cost>,
    /// Whether one must register: `Some(true)` = required.
    pub registration: Option<bool>,
    /// Contact.
    pub contact: Option<Contact>,
    /// Whether it goes on the district flyer.
    pub flyer: bool,
    /// When.
    pub schedule: Schedule,
    /// Texts.
    pub texts: Texts,
    /// Folder relative to the site root.
    pub dir: PathBuf,
}

/// A district name, the same in every language or translated.
#[derive(Debug, Clone)]
pub enum Name {
    /// One name.
    Same(String),
    /// By language code, with the default-language name as fallback.
    ByLang(BTreeMap<String, String>),
}

/// A district.
#[derive(Debug, Clone)]
pub struct District {
    /// Id (folder name).
    pub id: String,
    /// Name.
    pub name: Name,
    /// The district office.
    pub contact: Option<Contact>,
    /// Introduction texts.
    pub texts: Texts,
    /// Offerings, by category order then id.
    pub offerings: Vec<Offering>,
    /// Folder relative to the site root.
    pub dir: PathBuf,
}

/// A free page (about, imprint, privacy).
#[derive(Debug, Clone)]
pub struct Page {
    /// Id (folder name).
    pub id: String,
    /// Texts.
    pub texts: Texts,
}

pub use crate::glossary::{Glossary, Term, TermText};

/// The whole site, immutable once loaded.
pub struct Site {
    /// Site root folder.
    pub root: PathBuf,
    /// Settings.
    pub config: Config,
    /// Templates, statics, icons.
    pub theme: Theme,
    /// Interface strings.
    pub strings: Strings,
    /// CLDR formatters per language.
    pub formats: Vec<Formats>,
    /// Venues by id.
    pub places: BTreeMap<String, Place>,
    /// Providers by id.
    pub organisations: BTreeMap<String, Organisation>,
    /// The home page's introduction (content/<lang>.md).
    pub home: Texts,
    /// Districts sorted by id.
    pub districts: Vec<District>,
    /// Free pages sorted by id.
    pub pages: Vec<Page>,
    /// German words explained (content/glossary.yaml; empty without it).
    pub glossary: Glossary,
    /// Files beside the content, content-relative, copied to /media/.
    pub media: Vec<String>,
    /// The build's date in the site's time zone: what is upcoming and what is over.
    pub today: jiff::civil::Date,
    /// The build's instant, for calendar and feed timestamps.
    pub stamp: jiff::Timestamp,
    /// Per district and offering: its next [`NEXT_DATES`] meetings from
    /// `today` (see [`Site::next_dates`]), worked out once at load; the
    /// plan, the page, its calendars and their paths all ask.
    ///
    /// [`NEXT_DATES`]: crate::schedule::NEXT_DATES
    pub(crate) next: Vec<Vec<Vec<crate::schedule::Occurrence>>>,
}

impl Site {
    /// The next meetings of `o` on or after `today` (at most
    /// [`crate::schedule::NEXT_DATES`], looking two years ahead).
    pub fn next_dates(&self, o: &Offering) -> &[crate::schedule::Occurrence] {
        &self.next[o.district][o.index]
    }

    /// The district's name in language `lang`.
    pub fn district_name(&self, d: &District, lang: usize) -> String {
        match &d.name {
            Name::Same(s) => s.clone(),
            Name::ByLang(m) => m
                .get(&self.config.languages[lang].code)
                .or_else(|| m.get(&self.config.default_lang().code))
                .or_else(|| m.values().next())
                .cloned()
                .unwrap_or_else(|| d.id.clone()),
        }
    }

    /// Every offering of the site, in district order.
    pub fn offerings(&self) -> impl Iterator<Item = &Offering> {
        self.districts.iter().flat_map(|d| d.offerings.iter())
    }

    /// Whether an offering is current: it has a date today or later, or is
    /// by appointment. Offerings that are over go to the archive, leave the
    /// lists, calendars, feeds, flyers and the search. The one definition.
    pub fn is_current(&self, o: &Offering) -> bool {
        !o.schedule.is_past(self.today)
    }

    /// The current offerings of the site, in district order.
    pub fn current_offerings(&self) -> impl Iterator<Item = &Offering> {
        self.offerings().filter(|o| self.is_current(o))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The definition: the parts joined, then cut into lines.
    fn fingerprint_by_definition(title: &str, summary: &str, body: &str) -> String {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        let norm: String = [title.trim(), summary.trim(), body.trim()]
            .join("\n")
            .lines()
            .map(str::trim_end)
            .collect::<Vec<_>>()
            .join("\n");
        for b in norm.bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        format!("{:08x}", h >> 32)
    }

    proptest::proptest! {
        /// Hashing as it reads gives the fingerprint of the definition.
        #[test]
        fn streamed_fingerprint_equals_the_definition(
            t in "[a \r\n]{0,8}", s in "[b \r\n]{0,8}", b in "[cä \t\r\n]{0,30}"
        ) {
            proptest::prop_assert_eq!(fingerprint(&t, &s, &b), fingerprint_by_definition(&t, &s, &b));
        }
    }

    #[test]
    fn fingerprints_ignore_line_endings_but_not_words() {
        let a = fingerprint("T", "S", "Hallo\nWelt\n");
        assert_eq!(a.len(), 8);
        assert_eq!(a, fingerprint("T ", "S", "Hallo  \r\nWelt"));
        assert_ne!(a, fingerprint("T", "S", "Hallo Welt"));
    }
}

/// A rendered Markdown body, kept compressed: the model holds every body
/// of the site for the whole build, and a city's tens of thousands of texts
/// would otherwise be most of the build's memory. Unpacking one (and
/// checking its UTF-8) costs a few microseconds.
#[derive(Debug, Clone, Default)]
pub struct Html {
    /// The HTML with placeholders, LZ4-compressed, its length in front.
    packed: Box<[u8]>,
    /// Whether [`crate::markdown::localize`] has anything to replace.
    pub has_placeholders: bool,
}

impl Html {
    /// Packs rendered HTML.
    pub fn new(html: &str, has_placeholders: bool) -> Self {
        Html {
            packed: lz4_flex::compress_prepend_size(html.as_bytes()).into_boxed_slice(),
            has_placeholders,
        }
    }

    /// The HTML, with placeholders.
    pub fn html(&self) -> String {
        // Packed from a String by `new`, so both steps hold.
        let bytes = lz4_flex::decompress_size_prepended(&self.packed).expect("packed by Html::new");
        String::from_utf8(bytes).expect("packed from UTF-8")
    }
}
