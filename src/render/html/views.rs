//! What templates see: the views. Every key a theme may use is a field of
//! a type here (docs/themes.md lists them, and a test checks the list
//! against these types). Views borrow from the model where they can and
//! are serialised once per page into Tera's context.

use std::collections::BTreeMap;

use serde::ser::{SerializeSeq, SerializeStruct};
use serde::{Serialize, Serializer};

use crate::render::listing::{Facets, FilterOptions};
use crate::schedule::WhenLine;

/// A language as templates see it.
#[derive(Serialize, Clone, Debug)]
pub struct LangView {
    /// BCP 47 code.
    pub code: String,
    /// `ltr` or `rtl`.
    pub dir: &'static str,
    /// Name in its own script.
    pub name: String,
}

/// A text as templates see it.
#[derive(Serialize, Debug)]
pub struct TextView<'a> {
    /// Title.
    pub title: &'a str,
    /// Summary.
    pub summary: &'a str,
    /// The summary as HTML (already safe), its glossary marks as links.
    pub summary_html: String,
    /// Body HTML (already safe).
    pub body: String,
    /// Language of the text (may differ from the page's).
    pub lang: &'a str,
    /// Name of that language in its own script.
    pub lang_name: &'a str,
    /// Direction of the text.
    pub dir: &'static str,
    /// Whether the text stands in for a missing translation.
    pub fallback: bool,
    /// Whether a machine translated it.
    pub machine_translated: bool,
    /// A person reading the text aloud, when the text is in the page's
    /// language and has a recording.
    pub recording: Option<RecordingView>,
    /// Whether the page offers the phone's own voice instead (the text is
    /// in the page's language and has no recording): a hidden "Read aloud"
    /// button that `listen.js` shows when the phone has a voice for it.
    pub read_aloud: bool,
}

/// A recording of a text, as the player shows it.
#[derive(Serialize, Debug)]
pub struct RecordingView {
    /// Relative URL of the audio file.
    pub url: String,
    /// Its MIME type, for `<source type>`.
    pub mime: &'static str,
    /// Its length as the reader reads it ("2:05").
    pub duration: String,
    /// The same as an ISO 8601 duration (`PT2M5S`), for `<time datetime>`.
    pub duration_iso: String,
    /// "MP3, 120 KB".
    pub size: String,
    /// Its size in bytes.
    pub bytes: u64,
}

/// An offering in a list.
#[derive(Serialize, Debug)]
pub struct CardView<'a> {
    /// Relative URL.
    pub url: String,
    /// Title (maybe a fallback text, or the id when there is no text).
    pub title: &'a str,
    /// One-sentence summary.
    pub summary: &'a str,
    /// Language of title and summary.
    pub lang: &'a str,
    /// Their direction.
    pub dir: &'static str,
    /// Whether they stand in for a missing translation.
    pub fallback: bool,
    /// Schedule lines.
    pub when: Vec<WhenLine>,
    /// Venue name or "online".
    pub place: String,
    /// Language and direction of a venue name, written in the default
    /// language, when that is not the page's (absent for "online").
    pub place_lang: Option<(&'a str, &'static str)>,
    /// District name.
    pub district: String,
    /// Category id.
    pub category: &'a str,
    /// What the filters of the offerings list match (only there).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub facets: Option<Facets>,
}

/// A link in the navigation to a free page.
#[derive(Serialize, Clone, Debug)]
pub struct NavPage {
    /// Relative URL.
    pub url: String,
    /// The page's title.
    pub title: String,
    /// Language of the title.
    pub lang: String,
    /// Its direction.
    pub dir: &'static str,
}

/// A link in the navigation to a district.
#[derive(Serialize, Clone, Debug)]
pub struct NavDistrict {
    /// Relative URL.
    pub url: String,
    /// The district's name.
    pub name: String,
}

/// A category with its link and number of current offerings.
#[derive(Serialize, Clone, Debug)]
pub struct CategoryView {
    /// Id.
    pub id: String,
    /// Pictogram name.
    pub icon: String,
    /// Label in the page's language.
    pub label: String,
    /// Relative URL.
    pub url: String,
    /// Current offerings of this kind.
    pub count: usize,
}

/// A list whose entry for the page being shown has `current: true`, and
/// every other `current: false`.
#[derive(Debug)]
pub struct Marked<'c, T> {
    /// The entries.
    pub items: &'c [T],
    /// The page's entry.
    pub current: Option<usize>,
}

impl<T: Serialize> Serialize for Marked<'_, T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Entry<'e, T> {
            #[serde(flatten)]
            item: &'e T,
            current: bool,
        }
        let mut seq = s.serialize_seq(Some(self.items.len()))?;
        for (i, item) in self.items.iter().enumerate() {
            seq.serialize_element(&Entry {
                item,
                current: self.current == Some(i),
            })?;
        }
        seq.end()
    }
}

/// What every page of a language at one folder depth shows: built once per
/// build, then shared by its pages.
#[derive(Debug, Clone)]
pub struct Chrome {
    /// The page's language.
    pub lang: LangView,
    /// The site's default language.
    pub default_lang: LangView,
    /// Every language of the site.
    pub languages: Vec<LangView>,
    /// `../` by depth (or the base path on the 404 page): prefix of every link.
    pub root: String,
    /// The site's base URL.
    pub base_url: String,
    /// The site's title in the page's language.
    pub site_title: String,
    /// Free pages with a text to show in this language.
    pub nav_pages: Vec<NavPage>,
    /// Districts.
    pub nav_districts: Vec<NavDistrict>,
    /// Categories.
    pub categories: Vec<CategoryView>,
    /// The language's home page.
    pub home_url: String,
    /// The language's Atom feed.
    pub feed_url: String,
    /// The whole site's calendar in this language.
    pub calendar_url: String,
    /// The same calendar as a `webcal://` subscription.
    pub calendar_webcal: String,
    /// The archive of offerings that are over.
    pub archive_url: String,
    /// Whether any offering is over.
    pub has_archive: bool,
    /// The list of every current offering.
    pub offerings_url: String,
    /// The search page.
    pub search_url: String,
    /// The glossary page, when the site has a glossary.
    pub glossary_url: Option<String>,
    /// Rendered fragments (`templates/fragments/<name>.html`) by name; the
    /// page's path still to be filled in.
    pub fragments: BTreeMap<String, String>,
}

/// The chrome as one page shows it: its entries in the lists marked, its
/// path filled into the fragments; or as the fragments themselves see it.
#[derive(Debug)]
pub struct ChromeView<'c> {
    /// The language's chrome (built ahead, or for this page).
    pub chrome: std::borrow::Cow<'c, Chrome>,
    /// The page's entry in `nav_pages`.
    pub nav_page: Option<usize>,
    /// The page's entry in `nav_districts`.
    pub nav_district: Option<usize>,
    /// The page's entry in `categories`.
    pub category: Option<usize>,
    /// Whom the chrome is shown to.
    pub shown_to: ShownTo,
}

/// Whom a chrome is serialised for.
#[derive(Debug)]
pub enum ShownTo {
    /// A page: `fragments`, with its path in place.
    Page(BTreeMap<String, String>),
    /// The fragments themselves: `page_path`, a placeholder for each page's.
    Fragments(&'static str),
}

impl Serialize for ChromeView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let c = &*self.chrome;
        let mut m = s.serialize_struct("Chrome", 20)?;
        m.serialize_field("lang", &c.lang)?;
        m.serialize_field("default_lang", &c.default_lang)?;
        m.serialize_field("languages", &c.languages)?;
        m.serialize_field("root", &c.root)?;
        m.serialize_field("base_url", &c.base_url)?;
        m.serialize_field("site_title", &c.site_title)?;
        m.serialize_field(
            "nav_pages",
            &Marked {
                items: &c.nav_pages,
                current: self.nav_page,
            },
        )?;
        m.serialize_field(
            "nav_districts",
            &Marked {
                items: &c.nav_districts,
                current: self.nav_district,
            },
        )?;
        m.serialize_field(
            "categories",
            &Marked {
                items: &c.categories,
                current: self.category,
            },
        )?;
        m.serialize_field("home_url", &c.home_url)?;
        m.serialize_field("feed_url", &c.feed_url)?;
        m.serialize_field("calendar_url", &c.calendar_url)?;
        m.serialize_field("calendar_webcal", &c.calendar_webcal)?;
        m.serialize_field("archive_url", &c.archive_url)?;
        m.serialize_field("has_archive", &c.has_archive)?;
        m.serialize_field("offerings_url", &c.offerings_url)?;
        m.serialize_field("search_url", &c.search_url)?;
        m.serialize_field("glossary_url", &c.glossary_url)?;
        match &self.shown_to {
            ShownTo::Page(f) => m.serialize_field("fragments", f)?,
            ShownTo::Fragments(p) => m.serialize_field("page_path", p)?,
        }
        m.end()
    }
}

/// One page: the chrome, what every page has, and what its kind shows.
#[derive(Serialize, Debug)]
pub struct PageView<'c, 'a> {
    /// What every page of the language shows.
    #[serde(flatten)]
    pub chrome: ChromeView<'c>,
    /// The page's absolute URL.
    pub canonical: String,
    /// The page's path below `/<lang>/`.
    pub page_path: String,
    /// The page kind (`home`, `district`, …), as `data-page` on `<body>`.
    pub page_kind: &'static str,
    /// What a link to the page shows when it is shared (Open Graph).
    pub share: ShareMeta,
    /// What the page's kind shows.
    #[serde(flatten)]
    pub body: Body<'a>,
}

/// What a shared link to a page shows (Open Graph and Twitter cards).
#[derive(Serialize, Debug)]
pub struct ShareMeta {
    /// The title.
    pub title: String,
    /// A sentence about it (may be empty).
    pub description: String,
    /// `og:type`: `article` for offerings, `website` for the rest.
    pub kind: &'static str,
    /// The page's language as an Open Graph locale (`de_DE`, `ar_AR`).
    pub locale: String,
    /// The locales of the page's other languages.
    pub alternate_locales: Vec<String>,
    /// The share image, when the build made share images.
    pub image: Option<ShareImage>,
}

/// A share image.
#[derive(Serialize, Debug)]
pub struct ShareImage {
    /// Its absolute URL.
    pub url: String,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// What it shows, in words.
    pub alt: String,
}

/// Links that pass a page on (offering and district pages): they open the
/// messenger or mail program with a text in the page's language.
#[derive(Serialize, Debug)]
pub struct ShareLinks {
    /// The page's absolute URL.
    pub url: String,
    /// The text sent: title, when, link.
    pub text: String,
    /// The title alone.
    pub title: String,
    /// `https://wa.me/?text=…`
    pub whatsapp: String,
    /// `https://t.me/share/url?…`
    pub telegram: String,
    /// `sms:?&body=…`
    pub sms: String,
    /// `mailto:?subject=…&body=…`
    pub email: String,
}

/// What each kind of page shows besides the chrome.
#[derive(Serialize, Debug)]
#[serde(untagged)]
pub enum Body<'a> {
    /// The chooser and the 404 page.
    Plain {},
    /// A language's home page.
    Home(Box<HomeView<'a>>),
    /// A district.
    District(Box<DistrictView<'a>>),
    /// An offering.
    Offering(Box<OfferingView<'a>>),
    /// A category, an audience or the archive: offerings by district.
    Grouped(GroupedView<'a>),
    /// A free page.
    Page {
        /// The page's text.
        text: Option<TextView<'a>>,
    },
    /// The list of every current offering.
    Offerings(Box<OfferingsView<'a>>),
    /// The search page.
    Search(SearchView),
    /// An offering in every language (`/o/<district>/<offering>/`).
    Languages(LanguagesView),
    /// The glossary of German words.
    Glossary(GlossaryView),
}

/// The glossary page: the site's German words explained.
#[derive(Serialize, Debug)]
pub struct GlossaryView {
    /// The terms, in the alphabetical order of the page's language.
    pub terms: Vec<GlossaryEntry>,
    /// The default language's name, when an explanation stands in for a
    /// missing translation.
    pub fallback_lang_name: Option<String>,
    /// Whether a machine translated an explanation.
    pub machine_translated: bool,
}

/// One term on the glossary page.
#[derive(Serialize, Debug)]
pub struct GlossaryEntry {
    /// Its anchor (`#kita`), which marks in texts link to.
    pub id: String,
    /// Its name in the page's language (the German word when it has none).
    pub name: String,
    /// Whether `name` is the German word itself (German pages, or no name).
    pub name_is_term: bool,
    /// The German word.
    pub term: String,
    /// Its article (`der`, `die`, `das`).
    pub article: Option<String>,
    /// Its plural.
    pub plural: Option<String>,
    /// The default language's code, for `lang` on the German words.
    pub term_lang: String,
    /// The explanation (may be in the default language, see `fallback`).
    pub explain: Option<String>,
    /// Language of the explanation.
    pub explain_lang: String,
    /// Its direction.
    pub explain_dir: &'static str,
    /// Whether the explanation stands in for a missing translation.
    pub fallback: bool,
    /// Whether a machine translated it.
    pub machine_translated: bool,
}

/// The page an information sheet's QR code leads to: the offering's title
/// in every site language, each a link to its page in that language.
#[derive(Serialize, Debug)]
pub struct LanguagesView {
    /// The offering's title in the default language.
    pub title: String,
    /// One entry per site language, in the site's order.
    pub entries: Vec<LanguageEntry>,
}

/// One language on [`LanguagesView`].
#[derive(Serialize, Debug)]
pub struct LanguageEntry {
    /// The language.
    #[serde(flatten)]
    pub lang: LangView,
    /// The offering's page in it.
    pub url: String,
    /// The title shown on that page (the default language's when it is not
    /// translated; then `title_lang` says so).
    pub title: String,
    /// The language of `title`.
    pub title_lang: LangView,
}

/// A district on the home page.
#[derive(Serialize, Debug)]
pub struct DistrictCard<'a> {
    /// Relative URL.
    pub url: String,
    /// Name.
    pub name: String,
    /// Summary of its text.
    pub summary: Option<&'a str>,
    /// Language of the summary.
    pub summary_lang: Option<&'a str>,
    /// Its direction.
    pub summary_dir: Option<&'static str>,
    /// Current offerings.
    pub count: usize,
}

/// A language's home page.
#[derive(Serialize, Debug)]
pub struct HomeView<'a> {
    /// The site's home text.
    pub intro: Option<TextView<'a>>,
    /// Every district.
    pub districts: Vec<DistrictCard<'a>>,
    /// Meetings in the coming fortnight.
    pub whats_on: WhatsOn<'a>,
}

/// "What's on": meetings of the coming fortnight by day.
#[derive(Serialize, Debug)]
pub struct WhatsOn<'a> {
    /// Days with meetings.
    pub days: Vec<WhatsOnDay<'a>>,
    /// Meetings left out (beyond the most shown).
    pub more: usize,
}

/// One day of "what's on".
#[derive(Serialize, Debug)]
pub struct WhatsOnDay<'a> {
    /// "Today", "Tomorrow" or the date.
    pub label: String,
    /// Its meetings.
    pub items: Vec<WhatsOnItem<'a>>,
}

/// One meeting of "what's on".
#[derive(Serialize, Debug)]
pub struct WhatsOnItem<'a> {
    /// The time range.
    pub time: String,
    /// The offering's title.
    pub title: &'a str,
    /// Its language.
    pub lang: &'a str,
    /// Its direction.
    pub dir: &'static str,
    /// Whether it stands in for a missing translation.
    pub fallback: bool,
    /// Relative URL of the offering.
    pub url: String,
    /// District name.
    pub district: String,
    /// The venue's name (or "Online").
    pub place: String,
    /// `[code, dir]` of a venue name written in the default language, when
    /// the page is in another.
    pub place_lang: Option<(&'a str, &'static str)>,
}

/// A district's page.
#[derive(Serialize, Debug)]
pub struct DistrictView<'a> {
    /// Name.
    pub name: String,
    /// The district's text.
    pub intro: Option<TextView<'a>>,
    /// The district office.
    pub contact: Option<ContactView<'a>>,
    /// Current offerings by category.
    pub groups: Vec<CategoryGroup<'a>>,
    /// Number of current offerings.
    pub count: usize,
    /// Meetings in the district in the coming fortnight.
    pub whats_on: WhatsOn<'a>,
    /// The district's calendar.
    pub district_calendar_url: String,
    /// The same calendar as a `webcal://` subscription.
    pub district_calendar_webcal: String,
    /// Links that pass the page on.
    pub share_links: ShareLinks,
    /// The district's flyers.
    pub flyers: FlyerLinks,
}

/// Offerings of one category on a district page.
#[derive(Serialize, Debug)]
pub struct CategoryGroup<'a> {
    /// Category id.
    pub id: &'a str,
    /// Its label.
    pub label: String,
    /// Its pictogram name.
    pub icon: &'a str,
    /// The category's page.
    pub url: String,
    /// The offerings.
    pub offerings: Vec<CardView<'a>>,
}

/// Offerings of one district on a category, audience or archive page.
#[derive(Serialize, Debug)]
pub struct DistrictGroup<'a> {
    /// District name.
    pub name: String,
    /// The district's page.
    pub url: String,
    /// The offerings.
    pub offerings: Vec<CardView<'a>>,
}

/// The flyers of a district page: in the page's language, and in the others.
#[derive(Serialize, Debug, Default)]
pub struct FlyerLinks {
    /// In the page's language (alone and beside the default language).
    pub mine: Vec<FlyerLink>,
    /// In every other language.
    pub others: Vec<FlyerLink>,
}

/// A link to a flyer.
#[derive(Serialize, Debug)]
pub struct FlyerLink {
    /// Relative URL.
    pub url: String,
    /// The link text.
    pub label: String,
    /// The link text with language names marked with their language (HTML).
    pub label_html: String,
    /// "PDF, 85 KB", when known.
    pub size: Option<String>,
    /// The flyer's language (empty for the multilingual sheet).
    pub hreflang: String,
}

/// A link with a name.
#[derive(Serialize, Debug)]
pub struct NamedLink {
    /// Name.
    pub name: String,
    /// Relative URL.
    pub url: String,
}

/// A date of an offering's coming meetings.
#[derive(Serialize, Debug)]
pub struct NextDate {
    /// The day or period.
    pub label: String,
    /// The time range.
    pub time: String,
    /// Its calendar file ("add this date"), when the offering has calendars.
    pub ics: Option<String>,
}

/// An offering's page.
#[derive(Serialize, Debug)]
pub struct OfferingView<'a> {
    /// Its district.
    pub district: NamedLink,
    /// The offering's text.
    pub text: Option<TextView<'a>>,
    /// The facts: when, where, cost, …
    pub facts: FactsView<'a>,
    /// The next meetings.
    pub next: Vec<NextDate>,
    /// Whether the offering is over.
    pub over: bool,
    /// Whether it meets more than once.
    pub repeats: bool,
    /// Its calendar, when it has one.
    pub offering_calendar_url: Option<String>,
    /// The same calendar as a `webcal://` subscription.
    pub offering_calendar_webcal: Option<String>,
    /// Links that pass the page on.
    pub share_links: ShareLinks,
    /// Its multilingual information sheet.
    pub sheet: Option<FlyerLink>,
    /// Posters of the offering: in the page's language (beside the default
    /// language) and in the default language, A4 then A3.
    pub posters: Vec<FlyerLink>,
}

/// A venue; name and address are written in the default language.
#[derive(Serialize, Debug)]
pub struct PlaceView<'a> {
    /// Name.
    pub name: &'a str,
    /// Street address.
    pub address: Option<&'a str>,
    /// A map link.
    pub map: Option<String>,
    /// Whether it is reachable by wheelchair, when known.
    pub wheelchair: Option<bool>,
    /// The default language's code.
    pub lang: &'a str,
    /// Its direction.
    pub dir: &'static str,
}

/// A person or office to ask.
#[derive(Serialize, Debug)]
pub struct ContactView<'a> {
    /// Name.
    pub name: Option<&'a str>,
    /// Phone as written.
    pub phone: Option<&'a str>,
    /// `tel:` link.
    pub phone_href: Option<String>,
    /// E-mail.
    pub email: Option<&'a str>,
    /// Web address.
    pub website: Option<&'a str>,
    /// Their place.
    pub place: Option<PlaceView<'a>>,
}

/// The organisation behind an offering (written in the default language).
#[derive(Serialize, Debug)]
pub struct OrganisationView<'a> {
    /// Name.
    pub name: &'a str,
    /// The default language's code.
    pub lang: &'a str,
    /// Its direction.
    pub dir: &'static str,
    /// Web address.
    pub website: Option<&'a str>,
    /// E-mail.
    pub email: Option<&'a str>,
    /// Phone.
    pub phone: Option<&'a str>,
    /// `tel:` link.
    pub phone_href: Option<String>,
}

/// A language spoken at an offering.
#[derive(Serialize, Debug)]
pub struct SpokenView<'a> {
    /// Code.
    pub code: &'a str,
    /// Its name in its own script.
    pub name: String,
    /// Its direction.
    pub dir: &'static str,
}

/// The facts of an offering.
#[derive(Serialize, Debug)]
pub struct FactsView<'a> {
    /// Category id.
    pub category: &'a str,
    /// Category label.
    pub kind: String,
    /// Pictogram name.
    pub icon: &'a str,
    /// Schedule lines.
    pub when: Vec<WhenLine>,
    /// Venue.
    pub place: Option<PlaceView<'a>>,
    /// Online address or note.
    pub online: Option<&'a str>,
    /// Audiences as a list in words.
    pub audience: Option<String>,
    /// Languages spoken.
    pub languages: Vec<SpokenView<'a>>,
    /// Childcare, in words.
    pub childcare: Option<String>,
    /// Cost, in words.
    pub cost: Option<String>,
    /// Registration, in words.
    pub registration: Option<String>,
    /// Whom to ask.
    pub contact: Option<ContactView<'a>>,
    /// The organisation.
    pub organisation: Option<OrganisationView<'a>>,
}

/// An audience on the list pages.
#[derive(Serialize, Debug)]
pub struct AudienceLink {
    /// Id.
    pub id: &'static str,
    /// Label.
    pub label: String,
    /// Relative URL.
    pub url: String,
    /// Whether it is this page's.
    pub current: bool,
}

/// A category, audience or archive page: offerings grouped by district.
#[derive(Serialize, Debug)]
pub struct GroupedView<'a> {
    /// The category's or audience's label (not on the archive).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The category's pictogram (category pages only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub icon: Option<&'a str>,
    /// Audiences with offerings (audience pages only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audiences: Option<Vec<AudienceLink>>,
    /// The offerings by district.
    pub groups: Vec<DistrictGroup<'a>>,
}

/// The list of every current offering.
#[derive(Serialize, Debug)]
pub struct OfferingsView<'a> {
    /// Audiences with offerings.
    pub audiences: Vec<AudienceLink>,
    /// The filter form's choices.
    pub filters: FilterOptions<'a>,
    /// The offerings, with their facets.
    pub offerings: Vec<CardView<'a>>,
    /// "{n} offerings" by plural category, as JSON for the script.
    pub count_patterns: String,
}

/// The search page.
#[derive(Serialize, Debug)]
pub struct SearchView {
    /// Audiences with offerings.
    pub audiences: Vec<AudienceLink>,
    /// The language's search index.
    pub index_url: String,
    /// "{n} results" by plural category, as JSON for the script.
    pub count_patterns: String,
}
