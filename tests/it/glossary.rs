//! The glossary of German words: marks in texts (`[[Kita]]`) rendered in
//! the text's language with the German word, linked to the glossary page
//! of the page's language; that page sorted for its readers; marks on
//! flyers as words with the German word in brackets; no mark left as
//! brackets anywhere. (The findings are pinned in `findings`; axe audits
//! the browser fixture's marks and glossary page in `browser`.)

use std::path::Path;

use crate::common::Site;

const GLOSSARY: &str = r#"- term: Kita
  article: die
  plural: Kitas
  de: { explain: "Kindertagesstätte: Hier werden Kinder am Tag betreut." }
  en: { name: daycare centre, explain: "Children from 1 to 6 are looked after during the day." }
  ar: { name: "روضة الأطفال", explain: "يُعتنى فيها بالأطفال خلال النهار.", machine_translated: true }
- term: Ärztin
  article: die
  de: { explain: "Eine Frau, die Kranke behandelt." }
  en: { name: doctor, explain: "A woman who treats the sick." }
  ar: { name: "طبيبة" }
- term: Beratung
  article: die
  de: { explain: "Jemand hilft Ihnen mit Ihren Fragen." }
  en: { name: advice, explain: "Someone helps you with your questions." }
  ar: { name: "استشارة", explain: "شخص يساعدك في أسئلتك." }
- term: Elternabend
  article: der
  de: { explain: "Ein Treffen der Eltern einer Klasse mit der Lehrerin." }
  en: { name: parents' evening, explain: "A meeting of a class's parents with the teacher." }
  ar: { name: "أمسية الأهل", explain: "لقاء أولياء أمور الصف مع المعلمة." }
- term: Aufenthaltstitel
  article: der
  de: { explain: "Das Papier, das sagt, wie lange Sie in Deutschland bleiben dürfen." }
  en: { name: residence permit, explain: "The paper that says how long you may stay in Germany." }
  ar: { name: "إقامة", explain: "الورقة التي تحدد مدة بقائك في ألمانيا." }
"#;

const KURS: &str = "content/nordviertel/deutschkurs";

/// The basic fixture with the glossary and marks in German, English and
/// Arabic texts, summaries and bodies.
fn site() -> Site {
    let site = Site::basic();
    site.write("content/glossary.yaml", GLOSSARY)
        .write(
            &format!("{KURS}/de.md"),
            "---\ntitle: Mama lernt Deutsch\nsummary: Deutschkurs für Mütter, mit Platz in der [[Kita]].\n---\n\
             Wir lernen zusammen. Fragen zur [[Beratung]] und zum [[Aufenthaltstitel]]? \
             Die [[Kitas]] im Viertel helfen, auch die [[Ärztin]] und der [[Elternabend]].\n\n\
             Geschrieben wird `[[Kita]]`. [Zur [[Kita]]](../fest/)\n",
        )
        .write(
            &format!("{KURS}/ar.md"),
            "---\ntitle: ماما تتعلم الألمانية\nsummary: دورة للأمهات مع مكان في [[Kita]].\n---\n\
             نتعلم معًا في [[Kitas|الروضات]]. [[Kitta|خطأ]]\n",
        )
        .write(
            &format!("{KURS}/en.md"),
            "---\ntitle: Mum learns German\nsummary: German course for mothers, with a place at the [[Kita]].\n---\n\
             Ask for [[Beratung|advice from us]].\n",
        )
        .write(
            "content/nordviertel/fest/de.md",
            "---\ntitle: Stadtteilfest\nsummary: Das Fest für alle im Nordviertel.\n---\nMit Musik, Essen und der [[Kita]].\n",
        );
    site
}

#[test]
fn marks_show_the_german_word_and_the_name_in_the_texts_language() {
    let site = site();
    site.build_ok();
    // German: the word as written, a link to the German glossary.
    let de = site.read_out("de/nordviertel/deutschkurs/index.html");
    assert!(
        de.contains(
            r#"mit Platz in der <a class="term" href="../../../de/glossary/#kita">Kita</a>.</p>"#
        ),
        "summary: {de}"
    );
    assert!(
        de.contains(
            r#"Die <a class="term" href="../../../de/glossary/#kita">Kitas</a> im Viertel"#
        ),
        "a plural names its term"
    );
    assert!(de.contains(r#"href="../../../de/glossary/#ärztin">Ärztin</a>"#));
    // In code it stays as written; in a link's text it is words only.
    assert!(de.contains("<code>[[Kita]]</code>"), "{de}");
    assert!(
        de.contains(r#"<a href="../../../de/nordviertel/fest/">Zur Kita</a>"#),
        "{de}"
    );
    // Arabic: the name, then the German word marked as German, left to right.
    let ar = site.read_out("ar/nordviertel/deutschkurs/index.html");
    assert!(
        ar.contains(r#"<a class="term" href="../../../ar/glossary/#kita">روضة الأطفال (<span lang="de" dir="ltr">Kita</span>)</a>"#),
        "{ar}"
    );
    // Words after `|` replace the name, the German word stays as written.
    assert!(
        ar.contains(r#"الروضات (<span lang="de" dir="ltr">Kitas</span>)</a>"#),
        "{ar}"
    );
    // A mark of a word the glossary does not have is its words (and a warning).
    assert!(ar.contains("</a>. خطأ</p>"), "{ar}");
    let en = site.read_out("en/nordviertel/deutschkurs/index.html");
    assert!(
        en.contains(r#"daycare centre (<span lang="de" dir="ltr">Kita</span>)</a>"#),
        "{en}"
    );
    assert!(en.contains(r#"advice from us (<span lang="de" dir="ltr">Beratung</span>)</a>"#));
    // Where the summary is plain text, the mark is words.
    assert!(
        en.contains(r#"<meta name="description" content="German course for mothers, with a place at the daycare centre (Kita).">"#),
        "{en}"
    );
    // A German text standing in on the English page links to the English glossary.
    let fest = site.read_out("en/nordviertel/fest/index.html");
    assert!(
        fest.contains(r#"der <a class="term" href="../../../en/glossary/#kita">Kita</a>."#),
        "{fest}"
    );
    // The chrome links the glossary.
    assert!(fest.contains(r#"<a href="../../../en/glossary/">Important German words</a>"#));
}

#[test]
fn no_mark_is_left_as_brackets_in_any_file() {
    let site = site();
    site.build_ok();
    for e in walkdir::WalkDir::new(site.out()) {
        let e = e.unwrap();
        let Ok(text) = std::fs::read_to_string(e.path()) else {
            continue;
        };
        // `[[` before a word (JSON nests lists as `[["…`).
        let marked = |l: &str| {
            l.match_indices("[[")
                .any(|(i, _)| l[i + 2..].chars().next().is_some_and(char::is_alphabetic))
        };
        for line in text.lines().filter(|l| marked(l)) {
            assert!(
                line.contains("<code>[[Kita]]</code>"),
                "{}: {line}",
                e.path().display()
            );
        }
    }
}

/// Every `href` of `html` at `rel` (below the output) that points into a
/// glossary page, resolved to (file, id).
fn glossary_links(rel: &str, html: &str) -> Vec<(String, String)> {
    let dir = Path::new(rel).parent().unwrap();
    html.split("href=\"")
        .skip(1)
        .filter_map(|h| h.split('"').next())
        .filter(|h| h.contains("glossary/") && !h.contains("://"))
        .map(|h| {
            let (path, id) = h.split_once('#').unwrap_or((h, ""));
            let mut parts: Vec<String> = dir
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            for p in path.split('/').filter(|p| !p.is_empty()) {
                if p == ".." {
                    parts.pop().expect("a link above the output");
                } else {
                    parts.push(p.to_string());
                }
            }
            parts.push("index.html".into());
            (parts.join("/"), id.to_string())
        })
        .collect()
}

#[test]
fn every_glossary_link_leads_to_a_page_and_a_term_on_it() {
    let site = site();
    site.build_ok();
    let out = site.out();
    let mut marks = 0;
    for e in walkdir::WalkDir::new(&out) {
        let e = e.unwrap();
        let rel = e
            .path()
            .strip_prefix(&out)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if !rel.ends_with(".html") || rel == "404.html" {
            continue;
        }
        let html = std::fs::read_to_string(e.path()).unwrap();
        for (file, id) in glossary_links(&rel, &html) {
            let target = std::fs::read_to_string(out.join(&file))
                .unwrap_or_else(|_| panic!("{rel} links to {file}, which does not exist"));
            if !id.is_empty() {
                // A mark: to the glossary of the page's language.
                let lang = rel.split('/').next().unwrap();
                assert!(
                    file.starts_with(&format!("{lang}/glossary/")),
                    "{rel} -> {file}"
                );
                marks += 1;
                assert!(
                    target.contains(&format!(r#"id="{id}""#)),
                    "{rel} links to {file}#{id}, which has no such id"
                );
            }
        }
    }
    assert!(marks >= 13, "only {marks} marks found");
}

/// The terms' names on a glossary page, in order: the name in the page's
/// language, or the German word (after its article).
fn names(html: &str) -> Vec<String> {
    html.split("<dt>")
        .skip(1)
        .map(|dt| {
            let dt = dt.split("</dt>").next().unwrap();
            match dt.split_once(r#"<span class="term-name">"#) {
                Some((_, rest)) => rest.split("</span>").next().unwrap().to_string(),
                None => {
                    let de = dt
                        .split("\">")
                        .nth(1)
                        .unwrap()
                        .split("</span>")
                        .next()
                        .unwrap();
                    de.rsplit(' ').next().unwrap().to_string()
                }
            }
        })
        .collect()
}

#[test]
fn the_glossary_page_is_sorted_for_its_readers() {
    let site = site();
    site.build_ok();
    let de = site.read_out("de/glossary/index.html");
    // By code point Ä would come after Z.
    assert_eq!(
        names(&de),
        [
            "Ärztin",
            "Aufenthaltstitel",
            "Beratung",
            "Elternabend",
            "Kita"
        ]
    );
    let ar = site.read_out("ar/glossary/index.html");
    // By code point أ (U+0623) and إ (U+0625) come before ا (U+0627);
    // read as one letter, the next letter decides: س, ق, م.
    assert_eq!(
        names(&ar),
        ["استشارة", "إقامة", "أمسية الأهل", "روضة الأطفال", "طبيبة"]
    );
    // Each entry: anchor, the German word with article and plural, the
    // explanation; one without an Arabic explanation shows the German one,
    // marked as German, with the notice.
    assert!(ar.contains(r#"<div id="kita">"#), "{ar}");
    assert!(ar.contains(r#"<span class="term-de" lang="de" dir="ltr">die Kita</span>"#));
    assert!(ar.contains(r#"<span lang="de" dir="ltr">die Kitas</span>"#));
    assert!(
        ar.contains(r#"<dd lang="de" dir="ltr">Eine Frau, die Kranke behandelt.</dd>"#),
        "{ar}"
    );
    assert!(ar.contains(r#"<p class="notice" role="note">"#));
    assert!(ar.contains("notice-machine"), "Kita is machine translated");
    // The glossary is in the sitemap.
    assert!(site.read_out("ar/sitemap.xml").contains("/ar/glossary/"));
}

#[test]
fn without_a_glossary_nothing_changes() {
    let site = Site::basic();
    site.build_ok();
    assert!(!site.out().join("de/glossary").exists());
    assert!(!site.read_out("de/index.html").contains("glossary"));
}

fn pdf_text(path: &Path) -> String {
    let doc = lopdf::Document::load(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    doc.extract_text(&pages).unwrap_or_default()
}

#[test]
fn flyers_print_the_name_and_the_german_word_in_brackets() {
    let site = site();
    site.build_ok();
    let text = pdf_text(&site.out().join("flyers/nordviertel/de-en.pdf"));
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    // The English column: the name, then the German word in brackets.
    assert!(flat.contains("daycare centre (Kita)"), "{flat}");
    // The German column: the German word alone.
    assert!(flat.contains("in der Kita."), "{flat}");
    assert!(!flat.contains("[["), "{flat}");
    let ar = pdf_text(&site.out().join("flyers/nordviertel/de-ar.pdf"));
    assert!(ar.contains("Kita"), "{ar}");
    assert!(!ar.contains("[["), "{ar}");
}

#[test]
fn translators_get_the_summary_with_its_marks() {
    let site = site();
    // Untranslated: exported for translation.
    std::fs::remove_file(site.root().join(format!("{KURS}/ar.md"))).unwrap();
    let (model, diags) = quartier::load::load(site.root(), &crate::common::clock());
    let model = model.unwrap_or_else(|| panic!("{diags:?}"));
    let xliff = quartier::translations::export_xliff(&model, "ar").unwrap();
    assert!(
        xliff.contains("Deutschkurs für Mütter, mit Platz in der [[Kita]].</source>"),
        "{xliff}"
    );
}
