//! Escaping for the formats Quartier writes: HTML and XML text and
//! attribute values, and iCalendar text values. The one place that knows
//! which characters each format reserves.
//!
//! Hand-written on purpose: the escapers of the crates we weighed
//! (`html-escape`, `quick-xml`'s `escape`, `v_htmlescape`) escape `/` or
//! `'` differently, which changes every published page, and the HTML
//! escaper runs for every value of every page, where copying runs between
//! special characters is measurably faster than a per-character writer.

/// Escapes text for HTML text and quoted attribute values (`&`, `<`, `>`,
/// `"` and `'`). Unlike Tera's default it leaves `/` alone, so URLs stay
/// readable and pages small.
pub fn html(input: &str) -> String {
    let special = |b: &u8| matches!(b, b'&' | b'<' | b'>' | b'"' | b'\'');
    let bytes = input.as_bytes();
    let Some(first) = bytes.iter().position(special) else {
        return input.to_string();
    };
    let mut out = String::with_capacity(input.len() + 16);
    out.push_str(&input[..first]);
    // Every special character is ASCII, so the text between them is whole
    // UTF-8 and is copied in runs.
    let mut run = first;
    for (i, b) in bytes.iter().enumerate().skip(first) {
        let rep = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&input[run..i]);
        out.push_str(rep);
        run = i + 1;
    }
    out.push_str(&input[run..]);
    out
}

/// Escapes text for XML text and quoted attribute values: the same five
/// characters as [`html`] (`&#39;` is XML as well), and drops the
/// characters XML 1.0 does not allow at all (C0 controls but tab and line
/// breaks, U+FFFE, U+FFFF), which not even a reference can write.
pub fn xml(input: &str) -> String {
    let allowed = |c: char| {
        !(c.is_control() && c < ' ' && !matches!(c, '\t' | '\n' | '\r'))
            && c != '\u{FFFE}'
            && c != '\u{FFFF}'
    };
    if input.chars().all(allowed) {
        html(input)
    } else {
        html(&input.chars().filter(|c| allowed(*c)).collect::<String>())
    }
}

/// [`xml`] without the Unicode isolates (U+2068, U+2069) that interface
/// strings put around arguments: feed readers show them as boxes.
pub fn xml_plain(input: &str) -> String {
    xml(input).replace(['\u{2068}', '\u{2069}'], "")
}

/// Escapes an iCalendar TEXT value (RFC 5545, 3.3.11): backslash, `;`,
/// `,` and newlines; drops carriage returns, isolates and other control
/// characters.
pub fn ics(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    ics_each(s, |c| out.push(c));
    out
}

/// [`ics`] character by character: `push` hears each character of the
/// escaped text (so a writer can fold lines as it goes).
pub fn ics_each(s: &str, mut push: impl FnMut(char)) {
    for c in s.chars() {
        match c {
            '\\' | ';' | ',' => {
                push('\\');
                push(c);
            }
            '\n' => {
                push('\\');
                push('n');
            }
            '\r' => {}
            '\u{2068}' | '\u{2069}' => {}
            c if c.is_control() => {}
            c => push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_escapes_five_characters_and_keeps_slashes() {
        assert_eq!(html("a/b"), "a/b");
        assert_eq!(
            html(r#"<a href="x">'Tom' & Jerry</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&#39;Tom&#39; &amp; Jerry&lt;/a&gt;"
        );
        assert_eq!(html("Straße – شارع"), "Straße – شارع");
    }

    #[test]
    fn xml_drops_characters_xml_does_not_allow() {
        // Found by the `render` fuzz target: U+0014 in a title broke atom.xml.
        assert_eq!(xml("a\u{14}b\u{0}<\u{FFFF}"), "ab&lt;");
        assert_eq!(xml("tab\tand\nline"), "tab\tand\nline");
    }

    #[test]
    fn xml_plain_drops_isolates() {
        assert_eq!(xml_plain("\u{2068}Nord\u{2069} & Süd"), "Nord &amp; Süd");
    }

    #[test]
    fn ics_escapes_text_values() {
        assert_eq!(ics("a;b,c\\d\r\ne"), "a\\;b\\,c\\\\d\\ne");
        assert_eq!(ics("\u{2068}x\u{2069}\u{7}"), "x");
    }
}
