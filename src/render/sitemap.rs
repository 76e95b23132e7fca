//! sitemap.xml with hreflang alternates, and robots.txt.

use crate::escape::xml as xml_escape;
use crate::model::Site;
use crate::render::page_kinds;
use crate::url;

/// `/sitemap.xml`: a sitemap index naming one sitemap per language, as
/// multilingual sites do (and as the protocol's limit of 50,000 addresses
/// per sitemap requires of big ones).
pub fn index(site: &Site) -> String {
    let cfg = &site.config;
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for l in &cfg.languages {
        out.push_str(&format!(
            "  <sitemap>\n    <loc>{}</loc>\n  </sitemap>\n",
            xml_escape(&url::absolute(&cfg.base_url, &url::sitemap(&l.code)))
        ));
    }
    out.push_str("</sitemapindex>\n");
    out
}

/// `/<lang>/sitemap.xml`: every page in language `lang`, each listing all
/// its language versions.
pub fn sitemap(site: &Site, lang: usize) -> String {
    use std::fmt::Write;
    let cfg = &site.config;
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    // Every address is a language's prefix and the page's path.
    let prefixes: Vec<String> = cfg
        .languages
        .iter()
        .map(|l| xml_escape(&url::language_prefix(&cfg.base_url, &l.code)))
        .collect();
    for kind in page_kinds(site) {
        let path = xml_escape(&kind.path(site));
        let _ = writeln!(out, "  <url>\n    <loc>{}{path}</loc>", prefixes[lang]);
        for (l, prefix) in cfg.languages.iter().zip(&prefixes) {
            let _ = writeln!(
                out,
                "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{prefix}{path}\"/>",
                l.code
            );
        }
        let _ = writeln!(
            out,
            "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}{path}\"/>\n  </url>",
            prefixes[cfg.default_language]
        );
    }
    // The recordings of this language's texts (one file for the site).
    for (_, r) in crate::render::recordings(site).filter(|(l, _)| *l == lang) {
        let _ = writeln!(
            out,
            "  <url>\n    <loc>{}</loc>\n  </url>",
            xml_escape(&url::absolute(&cfg.base_url, &url::recording(&r.path)))
        );
    }
    out.push_str("</urlset>\n");
    out
}

/// robots.txt pointing at the sitemap.
pub fn robots(site: &Site) -> String {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}\n",
        url::absolute(&site.config.base_url, url::SITEMAP_INDEX)
    )
}
