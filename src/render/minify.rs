//! The theme's stylesheets and scripts, minified as they are published
//! (Lighthouse's "minify CSS" on every page). The `minifier` crate drops
//! comments and white space between tokens and keeps every token, so the
//! rules stay as written; a test compares the result with the original.
//!
//! CSS is minified whatever theme layer it comes from. A script only when it
//! is the built-in theme's own, which the tests run minified (unit tests in
//! Node, the filter and search flows in Chromium): a site's own scripts are
//! published as written, since a token minifier can change what a script
//! without semicolons means.

/// The bytes to publish for the theme's static file `name` (`style.css`):
/// minified when it is CSS or one of the theme's own scripts and that makes
/// it smaller, else as they are.
pub fn theme_file(name: &str, bytes: &[u8]) -> Vec<u8> {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return bytes.to_vec();
    };
    let minified = if name.ends_with(".css") {
        css(text)
    } else if name.ends_with(".js") && crate::theme::is_built_in(&format!("static/{name}"), bytes) {
        minifier::js::minify(text).ok().map(|m| m.to_string())
    } else {
        None
    };
    match minified {
        Some(m) if m.len() < bytes.len() => m.into_bytes(),
        _ => bytes.to_vec(),
    }
}

/// A stylesheet without comments and needless white space (`None` when it
/// does not tokenise).
pub fn css(text: &str) -> Option<String> {
    let m = minifier::css::minify(text).ok()?.to_string();
    Some(m.trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    const STYLE: &str = include_str!("../../themes/default/static/style.css");

    /// The CSS without comments, with white space only where a token needs
    /// it, as a list of tokens: what minifying must keep.
    fn tokens(css: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut rest = css;
        while let Some(c) = rest.chars().next() {
            if let Some(r) = rest.strip_prefix("/*") {
                rest = r.split_once("*/").map_or("", |(_, r)| r);
            } else if c.is_whitespace() {
                rest = &rest[c.len_utf8()..];
            } else if c == '"' || c == '\'' {
                let end = rest[1..].find(c).map_or(rest.len(), |i| i + 2);
                out.push(rest[..end].to_string());
                rest = &rest[end..];
            } else if c.is_alphanumeric() || "-_#.%!@".contains(c) {
                let end = rest
                    .find(|x: char| !(x.is_alphanumeric() || "-_#.%!@".contains(x)))
                    .unwrap_or(rest.len());
                out.push(rest[..end].to_string());
                rest = &rest[end..];
            } else {
                out.push(c.to_string());
                rest = &rest[c.len_utf8()..];
            }
        }
        // `;` before `}` is optional.
        let mut kept: Vec<String> = Vec::new();
        for t in out {
            if t == "}" && kept.last().is_some_and(|l| l == ";") {
                kept.pop();
            }
            kept.push(t);
        }
        kept
    }

    #[test]
    fn the_themes_css_gets_smaller_and_keeps_every_rule() {
        let min = String::from_utf8(theme_file("style.css", STYLE.as_bytes())).unwrap();
        assert!(
            min.len() * 100 < STYLE.len() * 90,
            "{} -> {} bytes",
            STYLE.len(),
            min.len()
        );
        assert!(!min.contains("/*") && !min.contains('\n'));
        // Every token of every rule, in order; only white space and
        // comments are gone.
        assert_eq!(tokens(&min), tokens(STYLE));
        // A selector and a declaration, as a browser reads them.
        assert!(
            min.contains("[lang]:not(html)[dir]{unicode-bidi:isolate"),
            "{min}"
        );
        assert!(min.contains(":lang(ar),:lang(fa)"), "{min}");
    }

    #[test]
    fn tokens_that_need_their_spaces_keep_them() {
        let min = css(
            "/* x */ a { width: calc(100% - 2rem); margin: 0 auto; }\n@media (min-width: 40em) and (max-width: 60em) { .b:not(.c) .d > e { content: \" • \"; } }",
        )
        .unwrap();
        assert_eq!(
            min,
            "a{width:calc(100% - 2rem);margin:0 auto;}@media (min-width:40em) and (max-width:60em){.b:not(.c) .d>e{content:\" • \";}}"
        );
    }

    #[test]
    fn only_the_themes_own_scripts_are_minified() {
        let own = include_bytes!("../../themes/default/static/filter.js");
        let min = theme_file("filter.js", own);
        assert!(
            min.len() < own.len() * 3 / 4,
            "{} -> {}",
            own.len(),
            min.len()
        );
        assert!(String::from_utf8(min)
            .unwrap()
            .contains("g.quartierFilter="));
        let site = b"// a site's own script\nvar a = 1\nvar b = a\n";
        assert_eq!(theme_file("site.js", site), site.to_vec());
        assert_eq!(theme_file("favicon.svg", b"<svg/>"), b"<svg/>".to_vec());
    }
}
