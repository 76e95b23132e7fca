//! `quartier new` and `quartier init`: skeleton files with every field
//! explained in German and English, valid as written, so `check` passes
//! right after and the editor only fills in the words.

use std::fs;
use std::path::{Path, PathBuf};

use crate::diag::Diagnostic;
use crate::ids;

/// What `new` creates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Kind {
    /// A district folder with district.yaml and an introduction.
    District,
    /// An offering folder (`DISTRICT/ID`) with offering.yaml and a text.
    Offering,
    /// A free page (about, imprint, privacy).
    Page,
}

fn check_id(id: &str, what: &str) -> Result<(), Diagnostic> {
    if ids::is_valid(id) {
        return Ok(());
    }
    let d = Diagnostic::general(format!("`{id}` is not a valid {what} id"));
    Err(match ids::suggest(id) {
        Some(s) => d.hint(format!(
            "use `{s}` (lower-case letters, digits and single hyphens)"
        )),
        None => d.hint("use lower-case letters, digits and single hyphens"),
    })
}

fn write_new(
    root: &Path,
    rel: &Path,
    text: &str,
    written: &mut Vec<PathBuf>,
) -> Result<(), Diagnostic> {
    let path = root.join(rel);
    if path.exists() {
        return Err(
            Diagnostic::error(rel, "already exists; nothing was changed")
                .hint("choose another id, or edit the existing file"),
        );
    }
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent)
            .map_err(|e| Diagnostic::error(rel, format!("cannot create the folder: {e}")))?;
    }
    fs::write(&path, text).map_err(|e| Diagnostic::error(rel, format!("cannot write: {e}")))?;
    written.push(rel.to_path_buf());
    Ok(())
}

/// First entry of a YAML mapping file (its first top-level key), if any.
fn first_key(root: &Path, rel: &str) -> Option<String> {
    let text = fs::read_to_string(root.join(rel)).ok()?;
    text.lines()
        .find(|l| !l.starts_with([' ', '#', '\t']) && l.contains(':'))
        .and_then(|l| l.split(':').next())
        .map(|k| k.trim().to_string())
}

fn text_file(title: &str, summary: &str, body: &str) -> String {
    // JSON strings are valid YAML double-quoted scalars: safe for any text.
    let q = |s: &str| serde_json::to_string(s).unwrap_or_default();
    let (title, summary) = (q(title), q(summary));
    format!(
        "---\n\
# Titel und ein Satz als Zusammenfassung (beide Pflicht).\n\
# Title and a one-sentence summary (both required).\n\
title: {title}\n\
summary: {summary}\n\
---\n\
{body}\n"
    )
}

/// Creates a district, offering or page skeleton in the site at `root`.
/// Returns the files written.
pub fn new(root: &Path, kind: Kind, id: &str) -> Result<Vec<PathBuf>, Diagnostic> {
    let cfg_diags = &mut crate::diag::Diagnostics::new();
    let config = crate::config::load(root, cfg_diags).ok_or_else(|| {
        Diagnostic::general("site.yaml is missing or has errors; run `quartier check` first")
    })?;
    let lang = config.default_lang().code.clone();
    let mut written = Vec::new();
    match kind {
        Kind::District => {
            check_id(id, "district")?;
            if crate::load::RESERVED_IDS.contains(&id) {
                return Err(
                    Diagnostic::general(format!("`{id}` is used by the site itself"))
                        .hint("choose another id"),
                );
            }
            let place = first_key(root, "content/places.yaml");
            let place_line = match &place {
                Some(p) => format!("  place: {p}                # Ort aus places.yaml / a place from places.yaml\n"),
                None => String::new(),
            };
            let yaml = format!(
                "# Der Stadtteil. The district.\n\
# Name: ein Name für alle Sprachen, oder je Sprache: {{ de: …, ar: … }}\n\
# Name: one name for all languages, or one per language: {{ de: …, ar: … }}\n\
name: {id}\n\
# Das Stadtteilbüro, steht auf den Flyern. The district office, printed on flyers.\n\
contact:\n\
\x20\x20name: Stadtteilbüro\n\
{place_line}\
\x20\x20phone: \"+49 0000 000000\"      # in Anführungszeichen / in quotes\n\
\x20\x20email: buero@example.org\n"
            );
            write_new(
                root,
                &Path::new("content").join(id).join("district.yaml"),
                &yaml,
                &mut written,
            )?;
            write_new(
                root,
                &Path::new("content").join(id).join(format!("{lang}.md")),
                &text_file(
                    id,
                    "Ein Satz über den Stadtteil.",
                    "Wer hier wohnt, was das Stadtteilbüro macht, wie man es erreicht.",
                ),
                &mut written,
            )?;
        }
        Kind::Offering => {
            let Some((district, offering)) = id.split_once('/') else {
                return Err(Diagnostic::general(format!("`{id}` does not say which district"))
                    .hint("write DISTRICT/ID, e.g. `quartier new offering kranichstein-sued/nachhilfe`"));
            };
            check_id(district, "district")?;
            check_id(offering, "offering")?;
            if !root
                .join("content")
                .join(district)
                .join("district.yaml")
                .is_file()
            {
                return Err(
                    Diagnostic::general(format!("there is no district `{district}`"))
                        .hint(format!("create it first: quartier new district {district}")),
                );
            }
            let Some(place) = first_key(root, "content/places.yaml") else {
                return Err(
                    Diagnostic::error("content/places.yaml", "there is no place yet")
                        .hint("add the venue to content/places.yaml first"),
                );
            };
            let kinds: Vec<&str> = config.categories.iter().map(|c| c.id.as_str()).collect();
            let yaml = format!(
                "# Angaben, die in allen Sprachen gleich sind. Facts that are the same in every language.\n\
# Art des Angebots, eine Kategorie aus site.yaml: {all}\n\
# Kind of offering, a category from site.yaml: {all}\n\
kind: {kind}\n\
# Ort aus content/places.yaml (oder `online: https://…`). A place from content/places.yaml (or `online: https://…`).\n\
place: {place}\n\
# Für wen / for whom: everyone, women, men, parents, children, youth, seniors, families\n\
audience: [everyone]\n\
# Sprachen, die dort gesprochen werden. Languages spoken there.\n\
spoken_languages: [{lang}]\n\
# Kinderbetreuung? Childcare? true / false\n\
childcare: false\n\
# Kosten: free, oder / or {{ amount: 25, currency: EUR }}\n\
cost: free\n\
# Anmeldung / registration: required, not-required\n\
registration: not-required\n\
# Auf dem Flyer des Stadtteils? On the district's flyer? (true / false)\n\
flyer: true\n\
# Wann. When. Uhrzeiten in Anführungszeichen, times in quotes. Tage/days: mon tue wed thu fri sat sun.\n\
# Andere Formen / other forms (docs/content.md):\n\
#   schedule: {{ date: 2027-06-12, start: \"14:00\", end: \"18:00\" }}\n\
#   schedule: {{ dates: [ {{ date: 2027-03-02, start: \"18:00\", end: \"20:00\" }} ] }}\n\
#   schedule: {{ monthly: [ {{ week: 1, day: mon, start: \"15:00\", end: \"17:00\" }} ] }}\n\
#   schedule: {{ by_appointment: true }}\n\
schedule:\n\
\x20\x20weekly:\n\
\x20\x20\x20\x20- {{ day: tue, start: \"09:00\", end: \"11:00\" }}\n\
\x20\x20interval: 1          # jede Woche / every week; 2 = jede zweite / every second\n\
\x20\x20except: []           # Ausfall-Tage / cancelled dates, e.g. [2027-04-06]\n",
                all = kinds.join(", "),
                kind = kinds.first().copied().unwrap_or("language-course"),
            );
            let dir = Path::new("content").join(district).join(offering);
            write_new(root, &dir.join("offering.yaml"), &yaml, &mut written)?;
            write_new(
                root,
                &dir.join(format!("{lang}.md")),
                &text_file(
                    offering,
                    "Ein Satz – was ist das Angebot, für wen?",
                    "Was passiert dort? Was muss man mitbringen? Kurze Sätze helfen allen.",
                ),
                &mut written,
            )?;
        }
        Kind::Page => {
            check_id(id, "page")?;
            write_new(
                root,
                &Path::new("content/pages")
                    .join(id)
                    .join(format!("{lang}.md")),
                &text_file(id, "Ein Satz über diese Seite.", "Text der Seite."),
                &mut written,
            )?;
        }
    }
    Ok(written)
}

/// Starts a new site in `dir` (which must be empty or missing).
pub fn init(dir: &Path) -> Result<Vec<PathBuf>, Diagnostic> {
    if dir.exists()
        && fs::read_dir(dir)
            .map(|mut r| r.next().is_some())
            .unwrap_or(true)
    {
        return Err(
            Diagnostic::general(format!("{} is not empty", dir.display()))
                .hint("choose a new folder name, e.g. quartier init mein-stadtteil"),
        );
    }
    let mut written = Vec::new();
    let files: [(&str, &str); 8] = [
        ("site.yaml", "# Einstellungen der Website. Settings of the website. See docs/content.md.\n\
title: Stadtteile                       # Ersatztitel / fallback title (per language: locales/<lang>/site.ftl)\n\
base_url: https://example.org/stadtteile # wo die Seite erscheint / where the site is published\n\
default_language: de                    # Hauptsprache / main language\n\
languages: [de, en, tr, ar]             # Reihenfolge im Sprachmenü / order in the language menu\n\
timezone: Europe/Berlin\n\
categories:                             # Arten von Angeboten; Namen in locales/<lang>/site.ftl\n\
\x20\x20- { id: language-course, icon: speech }\n\
\x20\x20- { id: parent-circle, icon: family }\n\
\x20\x20- { id: women-group, icon: women }\n\
\x20\x20- { id: festival, icon: festival }\n\
flyers:\n\
\x20\x20paper: a5                             # a4 | a5\n\
\x20\x20bilingual: true                       # auch zweisprachig neben Deutsch / also beside German\n"),
        ("content/places.yaml", "# Orte, auf die Angebote verweisen. Venues that offerings refer to.\n\
stadtteilhaus:\n\
\x20\x20name: Stadtteilhaus\n\
\x20\x20address: Musterstraße 1, 00000 Stadt\n\
\x20\x20wheelchair: true                      # stufenlos / step-free\n"),
        ("content/organisations.yaml", "# Träger (optional). Providers (optional).\n"),
        ("locales/de/site.ftl", "site-title = Stadtteile\ncategory-language-course = Deutschkurse\ncategory-parent-circle = Elternkreise\ncategory-women-group = Frauengruppen\ncategory-festival = Feste\n"),
        ("locales/en/site.ftl", "site-title = Districts\ncategory-language-course = German courses\ncategory-parent-circle = Parent circles\ncategory-women-group = Women's groups\ncategory-festival = Festivals\n"),
        ("locales/tr/site.ftl", "site-title = Semtler\ncategory-language-course = Almanca kursları\ncategory-parent-circle = Veli grupları\ncategory-women-group = Kadın grupları\ncategory-festival = Şenlikler\n"),
        ("locales/ar/site.ftl", "site-title = الأحياء\ncategory-language-course = دورات اللغة الألمانية\ncategory-parent-circle = حلقات الآباء\ncategory-women-group = مجموعات نسائية\ncategory-festival = احتفالات\n"),
        (".gitignore", "/public\n/.public.*\n/.quartier-cache/\n"),
    ];
    for (rel, text) in files {
        write_new(dir, Path::new(rel), text, &mut written)?;
    }
    written.extend(new(dir, Kind::District, "mein-stadtteil")?);
    written.extend(new(dir, Kind::Offering, "mein-stadtteil/deutschkurs")?);
    written.extend(new(dir, Kind::Page, "impressum")?);
    Ok(written)
}
