//! sitemap.xml with hreflang alternates, and robots.txt.

use crate::escape::xml as xml_escape;
use crate::model::Site;
use crate::render::page_kinds;

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
            xml_escape(&format!("{}{}/sitemap.xml", cfg.base_url, l.code))
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
    let code = &cfg.languages[lang].code;
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    let base = xml_escape(&cfg.base_url);
    for kind in page_kinds(site) {
        let path = xml_escape(&kind.path(site));
        let _ = writeln!(out, "  <url>\n    <loc>{base}{code}/{path}</loc>");
        for l in &cfg.languages {
            let _ = writeln!(
                out,
                "    <xhtml:link rel=\"alternate\" hreflang=\"{0}\" href=\"{base}{0}/{path}\"/>",
                l.code
            );
        }
        let _ = writeln!(
            out,
            "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{base}{}/{path}\"/>\n  </url>",
            cfg.default_lang().code
        );
    }
    out.push_str("</urlset>\n");
    out
}

/// robots.txt pointing at the sitemap.
pub fn robots(site: &Site) -> String {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}sitemap.xml\n",
        site.config.base_url
    )
}
