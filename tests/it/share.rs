//! Passing pages on: Open Graph tags that point to share images that
//! exist, share links with the page's text, `webcal://` subscriptions and
//! "add this date" calendars.

use std::collections::BTreeMap;
use std::fs;

use crate::common::{all_files, Site};

/// The `content` of every `<meta property|name="key" content="…">` of a page, in order.
fn metas(html: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for tag in html.split("<meta ").skip(1) {
        let tag = &tag[..tag.find('>').unwrap_or(tag.len())];
        let attr = |name: &str| {
            let start = tag.find(&format!("{name}=\""))? + name.len() + 2;
            let end = tag[start..].find('"')? + start;
            Some(tag[start..end].to_string())
        };
        if let (Some(k), Some(v)) = (attr("property").or_else(|| attr("name")), attr("content")) {
            out.push((k, v));
        }
    }
    out
}

fn unescape(s: &str) -> String {
    s.replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
}

/// Width and height of a PNG, from its header.
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "not a PNG");
    let be = |i: usize| u32::from_be_bytes(bytes[i..i + 4].try_into().unwrap());
    (be(16), be(20))
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            out.push(u8::from_str_radix(&s[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

#[test]
fn every_page_names_its_share_image_and_the_image_exists() {
    let site = Site::basic();
    site.build_ok();
    let out = site.out();
    let files: BTreeMap<String, Vec<u8>> = all_files(&out).into_iter().collect();
    let yaml = fs::read_to_string(site.root().join("site.yaml")).unwrap();
    let base = yaml
        .lines()
        .find_map(|l| l.strip_prefix("base_url:"))
        .unwrap()
        .trim()
        .trim_end_matches('/')
        .to_string()
        + "/";
    let mut pages = 0;
    let mut with_image = 0;
    for (path, bytes) in &files {
        if !path.ends_with(".html")
            || path == "404.html"
            || path == "index.html"
            || path.starts_with("o/")
        {
            continue;
        }
        let html = String::from_utf8_lossy(bytes);
        let m: BTreeMap<String, String> = metas(&html).into_iter().collect();
        pages += 1;
        let url = m
            .get("og:url")
            .unwrap_or_else(|| panic!("{path}: no og:url"));
        assert!(
            html.contains(&format!("<link rel=\"canonical\" href=\"{url}\">")),
            "{path}: og:url {url} is not the canonical URL"
        );
        for key in [
            "og:title",
            "og:locale",
            "og:type",
            "og:site_name",
            "twitter:card",
        ] {
            assert!(
                m.get(key).is_some_and(|v| !v.is_empty()),
                "{path}: no {key}"
            );
        }
        let lang = path.split('/').next().unwrap();
        let locale = &m["og:locale"];
        assert!(locale.starts_with(lang), "{path}: og:locale {locale}");
        let Some(image) = m.get("og:image") else {
            panic!("{path}: no og:image");
        };
        with_image += 1;
        let rel = image
            .strip_prefix(base.as_str())
            .unwrap_or_else(|| panic!("{path}: {image} is not under {base}"));
        let png = files
            .get(rel)
            .unwrap_or_else(|| panic!("{path}: og:image {rel} was not written"));
        assert_eq!(png_size(png), (1200, 630), "{rel}");
        assert!(png.len() < 300 * 1024, "{rel}: {} bytes", png.len());
        assert_eq!(m["og:image:width"], "1200");
        assert_eq!(m["og:image:height"], "630");
        assert_eq!(m["twitter:card"], "summary_large_image");
        assert!(!m["og:image:alt"].is_empty(), "{path}");
        // Offerings and districts have their own image, in the page's language.
        let below = path.strip_suffix("index.html").unwrap();
        if html.contains("data-page=\"offering\"") || html.contains("data-page=\"district\"") {
            assert_eq!(rel, format!("{below}share.png"), "{path}");
        } else {
            assert_eq!(rel, format!("{lang}/share.png"), "{path}");
        }
    }
    assert!(pages > 20 && with_image == pages, "{with_image} of {pages}");
}

#[test]
fn without_images_pages_name_none() {
    let site = Site::basic();
    let out = site.out();
    let (summary, diags) = quartier::build::build_with(
        site.root(),
        &out,
        &crate::common::clock(),
        &quartier::build::Options {
            images: false,
            ..Default::default()
        },
        &(),
    );
    assert!(summary.is_some(), "{diags:?}");
    let html = fs::read_to_string(out.join("ar/index.html")).unwrap();
    assert!(
        !html.contains("og:image"),
        "an image that was not made is named"
    );
    assert!(html.contains("<meta name=\"twitter:card\" content=\"summary\">"));
    assert!(!all_files(&out)
        .iter()
        .any(|(p, _)| p.ends_with("share.png")));
}

#[test]
fn offering_pages_pass_themselves_on_and_add_single_dates() {
    let site = Site::basic();
    site.build_ok();
    let out = site.out();
    let mut checked = 0;
    for (path, bytes) in all_files(&out) {
        let html = String::from_utf8_lossy(&bytes);
        if !html.contains("data-page=\"offering\"")
            || html.contains("class=\"notice\" role=\"note\"")
        {
            continue;
        }
        let m: BTreeMap<String, String> = metas(&html).into_iter().collect();
        let url = &m["og:url"];
        let title = unescape(
            html.split("<h1>")
                .nth(1)
                .unwrap()
                .split("</h1>")
                .next()
                .unwrap(),
        );
        // WhatsApp: title and address in the text, in the page's language.
        let wa = html
            .split("href=\"https://wa.me/?text=")
            .nth(1)
            .unwrap_or_else(|| panic!("{path}: no WhatsApp link"));
        let text = percent_decode(&unescape(&wa[..wa.find('"').unwrap()]));
        assert!(text.contains(&title), "{path}: {text:?} lacks {title:?}");
        assert!(text.ends_with(url.as_str()), "{path}: {text:?}");
        for link in [
            "https://t.me/share/url?url=",
            "sms:?&amp;body=",
            "mailto:?subject=",
        ] {
            assert!(
                html.contains(&format!("href=\"{link}")),
                "{path}: no {link}"
            );
        }
        assert!(
            html.contains(&format!(
                "id=\"share-url\" class=\"share-url\" type=\"url\" readonly value=\"{url}\""
            )),
            "{path}"
        );
        // The calendar as a subscription.
        let below = path.strip_suffix("index.html").unwrap();
        if html.contains("calendar.ics") {
            let webcal = url.replacen("https://", "webcal://", 1);
            assert!(
                html.contains(&format!("href=\"{webcal}calendar.ics\"")),
                "{path}: no webcal link"
            );
            // Each coming date: a calendar of that one date.
            let dates: Vec<&str> = html
                .split("<a href=\"")
                .skip(1)
                .map(|a| &a[..a.find('"').unwrap()])
                .filter(|h| h.ends_with(".ics") && !h.ends_with("calendar.ics"))
                .map(|h| {
                    assert!(h.ends_with(&format!("/{}", &h[h.len() - 14..])), "{h}");
                    &h[h.len() - 14..]
                })
                .collect();
            // A one-off event has no list of dates: its calendar is the date.
            assert!(
                !dates.is_empty() || !html.contains("id=\"next-heading\""),
                "{path}: no date to add"
            );
            for d in dates {
                let ics = fs::read_to_string(out.join(below).join(d))
                    .unwrap_or_else(|e| panic!("{below}{d}: {e}"));
                assert_eq!(ics.matches("BEGIN:VEVENT").count(), 1, "{below}{d}");
                let day = d.trim_end_matches(".ics").replace('-', "");
                assert!(
                    ics.lines()
                        .any(|l| l.starts_with("DTSTART") && l.contains(&day)),
                    "{below}{d}: {ics}"
                );
                assert!(ics.contains(&format!("URL;VALUE=URI:{url}")), "{below}{d}");
                checked += 1;
            }
        }
    }
    assert!(checked > 5, "{checked} single dates checked");
}

#[test]
fn a_shared_page_in_arabic_speaks_arabic() {
    let site = Site::basic();
    site.build_ok();
    let files = all_files(&site.out());
    let (path, bytes) = files
        .iter()
        .find(|(p, b)| {
            p.starts_with("ar/") && String::from_utf8_lossy(b).contains("data-page=\"offering\"")
        })
        .unwrap();
    let html = String::from_utf8_lossy(bytes);
    let m: BTreeMap<String, String> = metas(&html).into_iter().collect();
    assert_eq!(m["og:locale"], "ar_AR", "{path}");
    let alternates: Vec<String> = metas(&html)
        .into_iter()
        .filter(|(k, _)| k == "og:locale:alternate")
        .map(|(_, v)| v)
        .collect();
    assert_eq!(alternates, ["de_DE", "en_GB"], "{path}");
    assert!(
        html.contains("<h2 id=\"share-heading\">شارك</h2>"),
        "{path}"
    );
}
