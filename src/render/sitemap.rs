//! sitemap.xml with hreflang alternates, and robots.txt.

use crate::model::Site;
use crate::render::page_kinds;

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

/// Every page in every language, each listing all its language versions.
pub fn sitemap(site: &Site) -> String {
    let cfg = &site.config;
    let mut urls: Vec<(String, String)> = Vec::new();
    for kind in page_kinds(site) {
        let path = kind.path(site);
        let mut alternates = String::new();
        for l in &cfg.languages {
            alternates.push_str(&format!(
                "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>\n",
                xml_escape(&l.code),
                xml_escape(&format!("{}{}/{path}", cfg.base_url, l.code))
            ));
        }
        alternates.push_str(&format!(
            "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>\n",
            xml_escape(&format!(
                "{}{}/{path}",
                cfg.base_url,
                cfg.default_lang().code
            ))
        ));
        for l in &cfg.languages {
            let loc = format!("{}{}/{path}", cfg.base_url, l.code);
            urls.push((loc.clone(), alternates.clone()));
        }
    }
    urls.sort();
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for (loc, alt) in urls {
        out.push_str(&format!(
            "  <url>\n    <loc>{}</loc>\n{alt}  </url>\n",
            xml_escape(&loc)
        ));
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
