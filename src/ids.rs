//! Ids: the folder names that become URL segments.
//!
//! An id must match `[a-z0-9]+(-[a-z0-9]+)*` so that every URL is plain ASCII,
//! safe on every file system and readable when printed on a flyer. When a
//! folder breaks the rule we suggest the fixed name, transliterating German
//! umlauts the German way (`Mütter-Café` -> `muetter-cafe`) and everything
//! else with deunicode.

/// Whether `id` is a valid id.
pub fn is_valid(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// The nearest valid id for `name`, or `None` when nothing usable is left.
pub fn suggest(name: &str) -> Option<String> {
    let mut german = String::with_capacity(name.len());
    for c in name.chars() {
        match c {
            'ä' => german.push_str("ae"),
            'ö' => german.push_str("oe"),
            'ü' => german.push_str("ue"),
            'Ä' => german.push_str("Ae"),
            'Ö' => german.push_str("Oe"),
            'Ü' => german.push_str("Ue"),
            'ß' => german.push_str("ss"),
            c => german.push(c),
        }
    }
    let ascii = deunicode::deunicode(&german).to_ascii_lowercase();
    let mut out = String::with_capacity(ascii.len());
    for c in ascii.chars() {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_string();
    (!out.is_empty()).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_and_rejects() {
        for ok in ["a", "kranichstein-sued", "kurs-2", "2026"] {
            assert!(is_valid(ok), "{ok}");
        }
        for bad in ["", "-a", "a-", "a--b", "A", "ä", "a_b", "a b", ".", ".."] {
            assert!(!is_valid(bad), "{bad}");
        }
    }

    #[test]
    fn suggests_german_transliteration() {
        assert_eq!(suggest("Mütter-Café").as_deref(), Some("muetter-cafe"));
        assert_eq!(suggest("Straße 5").as_deref(), Some("strasse-5"));
        assert_eq!(suggest("Çiçek  Kursu").as_deref(), Some("cicek-kursu"));
        assert_eq!(suggest("--x__y--").as_deref(), Some("x-y"));
        assert_eq!(suggest("!!!"), None);
        for s in ["Mütter-Café", "ÀÉ b", "Kurs für Frauen"] {
            assert!(is_valid(&suggest(s).unwrap()));
        }
    }
}
